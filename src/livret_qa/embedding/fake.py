"""A deterministic fake embedder, so that logic tests run in milliseconds without a model.

It is the only thing tests import from below their layer. Vectors come from SHA-256, so they
are identical on every platform and run, and texts sharing words still score higher, which is
enough to exercise the index, fusion and the answer composer.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from livret_qa.embedding.protocol import prepare_texts

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=65536)
def _token_vector(token: str, dim: int) -> np.ndarray:
    """A unit vector spread from SHA-256 (counter mode) so it is identical on every platform."""
    need = 2 * dim
    stream = b"".join(
        hashlib.sha256(f"{i}\x1f{token}".encode()).digest() for i in range(-(-need // 32))
    )
    vec = np.frombuffer(stream[:need], dtype="<i2").astype(np.float32)
    norm = float(np.linalg.norm(vec))
    vec = vec / norm if norm else np.eye(1, dim, dtype=np.float32)[0]
    vec.setflags(write=False)
    return vec


def _hash_tokens(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return _WORD.findall("".join(c for c in folded if not unicodedata.combining(c)))


class HashEmbedder:
    """Deterministic stand-in for tests: a bag of hashed words, L2-normalized.

    Words are casefolded and stripped of accents, each maps to a fixed pseudo-random unit
    vector, so texts sharing words have a higher cosine. Queries and documents embed alike.
    """

    def __init__(self, dim: int = 64) -> None:
        if dim < 2:
            raise ValueError("dim must be at least 2")
        self.dim = dim
        self.model_id = f"hash-bag-of-words-{dim}"

    def __repr__(self) -> str:
        return f"HashEmbedder(dim={self.dim})"

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts)

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts)

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        items = prepare_texts(texts)
        out = np.zeros((len(items), self.dim), dtype=np.float32)
        for row, text in zip(out, items, strict=True):
            for token in _hash_tokens(text) or [""]:  # "" gives empty texts a fixed vector too
                row += _token_vector(token, self.dim)
            norm = float(np.linalg.norm(row))
            if norm < 1e-6:  # opposite word vectors cancelled out; fall back to the whole text
                row[:] = _token_vector("\x00" + text, self.dim)
            else:
                row /= norm
        return out
