"""A name the booklet writes as initials with dots (« P.A.N.I.E.R.S. »), typed so or in
capitals, is a programme's name, not the common word its letters spell ('paniers') nor a
word of a structure's name ('Le panier de la mer'): a figure asked of it is refused as a
name the booklet has no fiche for, citing only the fiches that write it with dots. Pure
functions on synthetic texts, then the real booklet (slow)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.unfiched import cited_in, names_without_fiche
from livret_qa.retrieval.engine import Engine

TEXTS = {
    "Alpha": "Le jardin vend des paniers et rejoint la démarche P.A.N.I.E.R.S. en 2020.",
    "Le panier de Beta": "Le panier de Beta distribue des paniers solidaires.",
}


def _names(question: str) -> list[str]:
    return names_without_fiche(
        question, TEXTS.values(), ["Alpha", "Le panier de Beta"], lambda _w: False
    )


@pytest.mark.parametrize(
    "question",
    [
        "Combien de points de vente a le réseau PANIERS ?",
        "Quel est le budget du réseau PANIERS ?",
        "How many baskets does PANIERS distribute each week?",
        "Qui dirige PANIERS ?",
        "le site de PANIERS ?",
    ],
)
def test_a_dotted_name_typed_in_capitals_is_a_name(question: str) -> None:
    assert _names(question) == ["PANIERS"]


def test_only_the_fiches_writing_it_dotted_cite_it() -> None:
    assert cited_in("PANIERS", TEXTS) == ["Alpha"]


def test_a_common_word_in_capitals_is_no_dotted_name() -> None:
    assert _names("Combien de JARDINS ?") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "Combien de points de vente a le réseau P.A.N.I.E.R.S. ?",
        "Quel est le budget du réseau P.A.N.I.E.R.S. ?",
        "How many baskets does P.A.N.I.E.R.S. distribute each week?",
        "combien de bénévoles a le réseau P.A.N.I.E.R.S. ?",
        "What is the turnover of P.A.N.I.E.R.S.?",
    ],
)
def test_a_figure_of_a_dotted_programme_is_refused(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
    assert "Copains" not in answer.answer.split("—")[0], answer.answer
