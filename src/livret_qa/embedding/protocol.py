"""The contract between embedders and the code that uses them.

The index and the search only see ``Embedder``; every backend prepares its input with
``prepare_texts`` so that all of them (and the rebuilt tokenizer) see the same characters.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class Embedder(Protocol):
    """What the index and the search need from an embedding model.

    ``model_id`` is recorded in the index manifest: an index is only reused by an embedder with
    the same id and ``dim``. Both backends of the default model share one id on purpose.
    """

    @property
    def model_id(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) float32, L2-normalized."""
        ...

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) float32, L2-normalized."""
        ...


def prepare_texts(texts: Sequence[str]) -> list[str]:
    """NFC so both backends (and the rebuilt tokenizer) see the same characters; NUL would end
    the C engine's strings early, so it is dropped everywhere."""
    if isinstance(texts, str):
        raise TypeError("expected a sequence of texts, got a single str (wrap it in a list)")
    out = []
    for t in texts:
        if not isinstance(t, str):
            raise TypeError(f"expected str, got {type(t).__name__}")
        out.append(unicodedata.normalize("NFC", t).replace("\x00", ""))
    return out


def short_error(exc: BaseException, limit: int = 300) -> str:
    """A backend's exception on one line, short enough to sit inside a ``ModelLoadError``."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"
