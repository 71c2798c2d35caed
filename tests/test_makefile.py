"""The Makefile does what the README and pyproject say it does."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from livret_qa.embedding.fake import HashEmbedder
from livret_qa.indexing.index_store import build_index
from livret_qa.parsing.corpus import load_corpus

from .conftest import BOOKLET, ROOT

MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
TARGETS = set(re.findall(r"(?m)^([a-z][a-z-]*):", MAKEFILE))


@pytest.mark.parametrize("doc", ["README.md", "pyproject.toml", ".ci/run"])
def test_every_make_command_named_in_the_docs_exists(doc: str) -> None:
    named = set(re.findall(r"\bmake ([a-z][a-z-]*)", (ROOT / doc).read_text(encoding="utf-8")))
    assert named - TARGETS == set()


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_clean_removes_the_built_index(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(BOOKLET, corpus / BOOKLET.name)
    index = tmp_path / "index"
    for _ in range(2):  # the second build prunes the first: builds/, current, .lock remain
        build_index(load_corpus(corpus), HashEmbedder(), index, progress=False)
    (index / "README.md").write_text("kept", encoding="utf-8")
    assert (index / "current").is_symlink() and any((index / "builds").iterdir())
    subprocess.run(
        ["make", "-s", "-C", str(ROOT), "clean", f"INDEX={index}"], check=True, timeout=60
    )
    assert sorted(p.name for p in index.iterdir()) == ["README.md"]
