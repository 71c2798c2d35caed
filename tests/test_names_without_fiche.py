"""A figure, person or contact asked of a name the booklet gives only as a partner, network,
funder or project of its structures ('le budget de SOLAAL', 'who runs Coorace?'): no fiche
states it, so the answer abstains, saying in which fiches the name occurs. What must not
change: a structure's own names, towns and contacts, a town of the region, and the other
questions about such a name (what it does, who works with it). Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.abstention import names_without_fiche
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer

SOURCES = {
    "a.md": "# Atelier Bleu\nPartenaires : SOLAAR, la Fédération Gamma et la ville de Lune.\n"
    "Atelier Bleu travaille avec Gamma. Les bleus du lieu.\n"
}


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Quel est le budget de SOLAAR ?", ["SOLAAR"]),
        ("Qui dirige Gamma ?", ["Gamma"]),
        # its own name, a town it is `known` by, a word the booklet writes in lowercase too
        ("Quel est le budget de l'Atelier Bleu ?", []),
        ("Combien de salariés à Lune ?", []),
        ("Quel est le budget du Bleu ?", []),
        # a name the booklet never writes is another refusal's ('le livret ne mentionne pas')
        ("Quel est le budget de Zorglub ?", []),
    ],
)
def test_names_the_booklet_gives_only_as_names_without_a_fiche(
    question: str, names: list[str]
) -> None:
    found = names_without_fiche(question, SOURCES, ["Atelier Bleu"], lambda w: w == "Lune")
    assert found == names


def _ask(engine: Engine, question: str) -> tuple[bool, str, list[str]]:
    answer = ask(engine, question)
    check_answer(engine.corpus, answer.to_dict())
    return answer.abstained, answer.answer, [s.fiche_id for s in answer.structures]


@pytest.mark.parametrize(
    ("question", "name", "cited_in"),
    [
        ("Quel est le budget de SOLAAL ?", "SOLAAL", "panier de la mer"),
        ("Quel est le numéro de téléphone d'Emmaüs ?", "Emmaüs", "Il était deux fois"),
        ("Who runs Coorace?", "Coorace", "VESTALI"),
        ("Quel est le mail du directeur de SOLAAL ?", "SOLAAL", "panier de la mer"),
    ],
)
def test_a_fact_of_a_name_without_a_fiche_abstains(
    fake_engine: Engine, question: str, name: str, cited_in: str
) -> None:
    abstained, text, fiches = _ask(fake_engine, question)
    assert abstained, text
    assert fiches == []
    assert fold(name) in fold(text) and fold(cited_in) in fold(text), text


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("Que fait SOLAAL ?", "le-panier-de-la-mer-62"),
        ("Quelles structures travaillent avec Emmaüs ?", "le-panier-de-la-mer-62"),
        ("Quel est le budget de l'ALEFPA ?", "le-jardin-de-cocagne-de-la-haute-borne"),
        ("How many items did the Campigneulles ressourcerie sell in 2020?", "il-etait-deux-fois"),
        ("Quel est le budget de la Ressourcerie Il était deux fois ?", "il-etait-deux-fois"),
    ],
)
@pytest.mark.slow  # which fiche says what a partner does: the real embedder's ranking
def test_a_structure_own_names_and_other_questions_are_answered(
    engine: Engine, question: str, fiche_id: str
) -> None:
    abstained, text, fiches = _ask(engine, question)
    assert not abstained, text
    assert fiche_id in fiches


@pytest.mark.parametrize(
    "question",
    [
        "Quel est le budget des structures du Nord ?",
        "Quel est le budget des structures des Hauts-de-France ?",
        "What is the budget of the structures in the Aisne?",
    ],
)
def test_a_place_of_the_region_is_no_name_without_fiche(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
