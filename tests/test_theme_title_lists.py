"""Lists asking a theme of the booklet by its title AND another criterion ('Quelles
structures de l'alimentation durable ont un agrément ACI ?', 'côté réemploi, lesquelles …'):
the list holds the structures filed under that theme which meet the criterion. The title's
words ('durable') are where the structures are filed, no thing their fiche must write; the
criterion's holders filed under another theme are not of the list. Synthetic questions over
the real booklet with the real engine; the gold is read from the fiches' cards."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask

JARDIN = "le-jardin-de-cocagne-de-la-haute-borne"
PANIER = "le-panier-de-la-mer-62"
REMISE = "la-remise-enjouee"
BOIS = "le-bois-de-deux-mains"

TITLED_THEME_LISTS = [
    ("Quelles structures de l'alimentation durable ont un agrément ACI ?", {JARDIN, PANIER}),
    ("Côté alimentation durable, lesquelles ont un agrément ACI ?", {JARDIN, PANIER}),
    ("Dans l'alimentation durable, quelles structures sont agréées ACI ?", {JARDIN, PANIER}),
    ("Parmi les structures du réemploi, lesquelles ont un agrément ESUS ?", {BOIS}),
    ("Côté réemploi, lesquelles ont leur siège dans le Nord ?", {REMISE}),
]


@pytest.mark.parametrize(("question", "gold"), TITLED_THEME_LISTS)
def test_a_theme_asked_by_its_title_bounds_the_list(engine, question: str, gold: set[str]) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, question, [])
    assert not answer.abstained, answer.answer
    assert {s.fiche_id for s in answer.structures} == gold


def test_the_title_word_is_no_thing_the_fiche_must_write(engine) -> None:  # type: ignore[no-untyped-def]
    # 'durable' was read as the thing asked: only those writing it were listed, none of
    # them a chantier d'insertion
    answer = ask(
        engine, "Dans l'alimentation durable, quelles structures sont des chantiers d'insertion ?"
    )
    listed = [s.fiche_id for s in answer.structures]
    assert {JARDIN, PANIER} <= set(listed)
    assert listed[0] in {JARDIN, PANIER}
