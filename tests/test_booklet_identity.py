"""Booklet identity: each loaded booklet has an id, a file, a title read from its cover and a date
when stated; every fiche knows its booklet; search filters by booklet."""

from __future__ import annotations

from pathlib import Path

import pytest

from livret_qa.errors import QueryError
from livret_qa.parsing.booklet_identity import booklet_id, find_booklet, read_cover
from livret_qa.parsing.corpus import Corpus, load_corpus
from livret_qa.retrieval.filters import Filters, allowed_chunks
from tests.conftest import BOOKLET

FICHE = """
# Une Structure

défi

Faire **quelque chose** de durable.

## FICHE IDENTITÉ

- **NOM DE L'ENTREPRISE** : Une Structure
- **ACTIVITÉ** : réemploi de palettes

## CONTACT

**ADRESSE DE L'ÉTABLISSEMENT** :
1 rue de la Gare
80000 Amiens

## ZOOM SUR L'ACTION

Les palettes sont réparées et revendues.
"""


def test_the_real_booklet_reads_its_title_from_its_cover(corpus: Corpus) -> None:
    (booklet,) = corpus.booklets
    assert booklet.id == "livret-ess-hauts-de-france"
    assert booklet.source == BOOKLET.name
    assert booklet.title == "ÉCONOMIE SOCIALE ET SOLIDAIRE & TRANSITION ÉCOLOGIQUE"
    assert booklet.subtitle.startswith("Livret d'initiatives en matière de réemploi")
    assert booklet.date == ""  # the cover states none: nothing is made up
    assert {f.booklet for f in corpus.fiches} == {booklet.id}
    assert corpus.booklet(BOOKLET.name) is booklet
    assert corpus.booklet(booklet.id) is booklet
    assert len(corpus.fiches_of(booklet.id)) == len(corpus.fiches)


@pytest.mark.parametrize(
    ("cover", "date"),
    [
        ("# Livret B\n\nÉdition 2023\n", "Édition 2023"),
        ("# Livret B\n\nPublié en mars 2022 par la CRESS.\n", "Publié en mars 2022"),
        ("# Livret B\n\n*2021*\n", "2021"),
        ("# Livret B\n\nLivret d'initiatives en Bretagne\n", ""),
    ],
)
def test_a_cover_date_is_kept_as_written(cover: str, date: str) -> None:
    booklet = read_cover(cover + FICHE, "b.md", len(cover))
    assert booklet.title == "Livret B"
    assert booklet.date == date


def test_a_cover_without_heading_is_titled_by_its_file() -> None:
    text = "Quelques mots.\n" + FICHE
    assert read_cover(text, "Livret Bretagne 2024.md", len("Quelques mots.\n")).title == (
        "Livret Bretagne 2024"
    )
    assert booklet_id("Livret Bretagne 2024.md") == "livret-bretagne-2024"


def test_two_booklets_each_know_their_fiches(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Livret A\n" + FICHE, encoding="utf-8")
    other = FICHE.replace("Une Structure", "Autre Chose")
    (tmp_path / "B_livret.md").write_text("# Livret B\n\n& \n\n# Le retour\n" + other, "utf-8")
    corpus = load_corpus(tmp_path)
    assert [(b.id, b.title) for b in corpus.booklets] == [
        ("b-livret", "Livret B & Le retour"),
        ("a", "Livret A"),
    ]
    assert {f.name: f.booklet for f in corpus.fiches} == {
        "Une Structure": "a",
        "Autre Chose": "b-livret",
    }
    assert corpus.fiche("autre-chose").summary()["booklet"] == "b-livret"


def test_booklet_ids_stay_unique_when_file_names_fold_alike(tmp_path: Path) -> None:
    (tmp_path / "Livret.md").write_text(FICHE, encoding="utf-8")
    (tmp_path / "livret.md").write_text(FICHE.replace("Une Structure", "Autre"), "utf-8")
    corpus = load_corpus(tmp_path)
    ids = [b.id for b in corpus.booklets]
    assert len(set(ids)) == 2
    assert {f.booklet for f in corpus.fiches} == set(ids)


def test_an_unknown_booklet_error_lists_the_loaded_ones(corpus: Corpus) -> None:
    with pytest.raises(
        QueryError, match=r"Unknown booklet .*loaded booklet: livret-ess-hauts-de-france "
    ):
        find_booklet("livret-bretagne", corpus.booklets)


def test_the_booklet_filter_keeps_its_chunks_only(tmp_path: Path) -> None:
    from livret_qa.indexing.chunking import ChunkingParams, chunk_fiches

    (tmp_path / "a.md").write_text("# Livret A\n" + FICHE, encoding="utf-8")
    (tmp_path / "b.md").write_text(FICHE.replace("Une Structure", "Autre Chose"), "utf-8")
    corpus = load_corpus(tmp_path)
    chunks = chunk_fiches(corpus.fiches, corpus.sources, ChunkingParams())
    for key in ("b", "b.md"):
        kept = allowed_chunks(Filters(booklet=key), corpus.fiches, chunks, corpus.booklets)
        assert kept is not None and len(kept) > 0
        assert {chunks[i].source for i in kept} == {"b.md"}
    with pytest.raises(QueryError, match="Unknown booklet 'c'"):
        allowed_chunks(Filters(booklet="c"), corpus.fiches, chunks, corpus.booklets)
