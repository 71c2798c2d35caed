"""The manifest of a saved index, validated field by field before anything in it is trusted.

Every field has a type and a range; a missing, extra or mistyped field, a checksum list that
is not exactly the code's own list of files (`FILES`), or a digest that is not a SHA-256 makes
the manifest invalid, and an invalid manifest means "rebuild". The files to verify come from
`FILES`, never from the manifest: an emptied or edited checksum list cannot exempt a file.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from livret_qa.errors import IndexError_

FORMAT_VERSION = 3  # 3: what each build embedded and what it reused from the cache
VECTORS, CHUNKS, MANIFEST = "vectors.faiss", "chunks.jsonl", "manifest.json"
SENTENCES, SENTENCE_VECTORS = "sentences.jsonl", "sentence_vectors.npy"
FILES = (VECTORS, CHUNKS, SENTENCES, SENTENCE_VECTORS)  # every file a build writes and checks

Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class Manifest(BaseModel):
    """What an index was built from and the digest of each of its files."""

    # strict: no "2" for 2, no true for 1; forbid: an unknown field is not ignored.
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    format_version: int
    corpus_fingerprint: Sha256
    model_id: str = Field(min_length=1)
    dim: int = Field(gt=0)
    chunking: dict[str, int]
    n_chunks: int = Field(ge=0)
    built_at: str
    build_seconds: float = Field(ge=0)
    versions: dict[str, str]
    checksums: dict[str, Sha256]
    # The embedding pass: distinct texts taken from the embedding cache vs embedded by this
    # build, in total and per booklet file, and the seconds it took.
    reused: int = Field(ge=0)
    embedded: int = Field(ge=0)
    embedding_seconds: float = Field(ge=0)
    by_source: dict[str, dict[str, int]]

    @field_validator("checksums")
    @classmethod
    def _cover_exactly_the_files(cls, checksums: dict[str, str]) -> dict[str, str]:
        missing = sorted(set(FILES) - set(checksums))
        unknown = sorted(set(checksums) - set(FILES))
        if missing or unknown:
            parts = [f"missing {missing}"] if missing else []
            parts += [f"unknown {unknown}"] if unknown else []
            raise ValueError("not the index's files: " + ", ".join(parts))
        return checksums


def parse_manifest(data: bytes, where: str) -> Manifest:
    """The manifest in `data`, or IndexError_ with a one-line reason (never the raw input)."""
    try:
        return Manifest.model_validate_json(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False)
        shown = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'document'}: "
            + err["msg"].removeprefix("Value error, ")
            for err in errors[:3]
        )
        more = f" (+{len(errors) - 3} more)" if len(errors) > 3 else ""
        raise IndexError_(f"invalid manifest in {where}: {shown}{more}".replace("\n", " ")) from exc
