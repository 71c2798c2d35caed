"""The torch backend's loading errors: each one says what to set."""

from __future__ import annotations

from pathlib import Path

import pytest

from livret_qa.embedding.sentence_transformers_backend import SentenceTransformerEmbedder
from livret_qa.errors import ModelLoadError


def test_missing_model_folder_gives_helpful_error(tmp_path: Path) -> None:
    emb = SentenceTransformerEmbedder(tmp_path / "no-such-model")
    with pytest.raises(ModelLoadError, match="does not exist") as info:
        emb.embed_queries(["bonjour"])
    assert "LIVRET_QA_MODEL" in str(info.value)


def test_folder_without_model_gives_helpful_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a model")
    with pytest.raises(ModelLoadError, match="LIVRET_QA_MODEL"):
        SentenceTransformerEmbedder(tmp_path).warm_up()


@pytest.mark.slow
def test_unloadable_model_folder_gives_model_load_error(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{not json")
    with pytest.raises(ModelLoadError, match="LIVRET_QA_MODEL") as info:
        SentenceTransformerEmbedder(tmp_path).embed_documents(["x"])
    assert str(tmp_path) in str(info.value)
