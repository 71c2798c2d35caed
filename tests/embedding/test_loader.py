"""Settings values to embedder: which backend runs which model."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from livret_qa.embedding.default_model import DEFAULT_MODEL_ID
from livret_qa.embedding.loader import load_embedder
from livret_qa.embedding.sentence_transformers_backend import SentenceTransformerEmbedder
from livret_qa.errors import ModelLoadError


def test_unknown_backend_and_nano_for_other_models() -> None:
    with pytest.raises(ModelLoadError, match="'torch'"):
        load_embedder(backend="gpu")  # type: ignore[arg-type]  # settings come from env vars
    with pytest.raises(ModelLoadError, match="only runs the default model"):
        load_embedder("sentence-transformers/all-MiniLM-L6-v2", backend="nano")


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
