"""Bad corpus input: a clear error naming the file, and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from livret_qa.errors import CorpusError
from livret_qa.parsing.corpus import load_corpus

GOOD = (
    "# Une Structure\n\ndéfi\n\nUn défi.\n\n"
    "## CONTACT\n\n**ADRESSE DE L'ÉTABLISSEMENT** :\n1 rue A\n59000 Lille\n"
)


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="does not exist"):
        load_corpus(tmp_path / "nope")


def test_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=r"holds no \*\.md"):
        load_corpus(tmp_path)


def test_file_without_fiche(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# Just notes\n\nNothing here.\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"notes\.md: no fiche found"):
        load_corpus(tmp_path)


def test_non_utf8_file(tmp_path: Path) -> None:
    (tmp_path / "latin.md").write_bytes(GOOD.encode("latin-1"))
    with pytest.raises(CorpusError, match=r"latin\.md: not valid UTF-8 .*line 3"):
        load_corpus(tmp_path)


def test_binary_file(tmp_path: Path) -> None:
    (tmp_path / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0")
    with pytest.raises(CorpusError, match=r"image\.md: this is not a text file"):
        load_corpus(tmp_path)


def test_several_booklets_and_nothing_written(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.md").write_text(GOOD.replace("Une Structure", "Autre"), encoding="utf-8")
    before = {p: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    corpus = load_corpus(tmp_path)
    assert corpus.ids() == ["une-structure", "autre"]
    assert corpus.fiche("autre").contact.town == "Lille"
    assert {p: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == before


def test_fingerprint_changes_with_content(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    first = load_corpus(tmp_path).fingerprint()
    (tmp_path / "a.md").write_text(GOOD + "\nUne ligne de plus.\n", encoding="utf-8")
    assert load_corpus(tmp_path).fingerprint() != first
