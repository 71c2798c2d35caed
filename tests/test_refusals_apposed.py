"""Class: a first question naming its structure with a description set before the name ('the
toy recycling charity La Remise Enjouée', 'the thrift store Il était deux fois'): the
description says what the structure is and asks nothing of its fiche, so a date the fiche
states answers instead of a refusal. A description bound by a preposition ('the sewing
school of VESTALI') names a thing of the structure and stays asked."""

from __future__ import annotations

import pytest

from livret_qa.answering.apposed import without_apposed
from livret_qa.answering.compose import ask
from tests.conversations import named


@pytest.mark.parametrize(
    ("question", "ids", "kept"),
    [
        (
            "When did the toy recycling charity La Remise Enjouée open?",
            ["la-remise-enjouee"],
            "When did the La Remise Enjouée open?",
        ),
        (
            "When did the thrift store Il était deux fois open?",
            ["il-etait-deux-fois"],
            "When did the Il était deux fois open?",
        ),
        # bound by a preposition: a thing of the structure, kept
        (
            "When did the sewing school of VESTALI start?",
            ["vestali"],
            "When did the sewing school of VESTALI start?",
        ),
        (
            "quand a démarré l'école de confection de VESTALI ?",
            ["vestali"],
            "quand a démarré l'école de confection de VESTALI ?",
        ),
        # a clause, not a description ('les trucs que récupère la Remise')
        (
            "c'est quoi les trucs que récupère la Remise Enjouée ?",
            ["la-remise-enjouee"],
            "c'est quoi les trucs que récupère la Remise Enjouée ?",
        ),
        # a comma parts the thing asked from the names ('l'épicerie quand, les copains')
        (
            "ils visent l'équilibre pour l'épicerie quand, les copains ?",
            ["les-copains-de-thierache"],
            "ils visent l'équilibre pour l'épicerie quand, les copains ?",
        ),
        # a possessive: what follows is a thing of it
        (
            "When did VESTALI's sewing school start?",
            ["vestali"],
            "When did VESTALI's sewing school start?",
        ),
    ],
)
def test_a_description_before_the_name_is_cut(
    engine, question: str, ids: list[str], kept: str
) -> None:
    assert without_apposed(question, engine.mentions, ids) == kept


@pytest.mark.parametrize(
    ("question", "fiche", "year"),
    [
        ("When did the toy recycling charity La Remise Enjouée open?", "la-remise-enjouee", "2021"),
        (
            "quand a démarré l'atelier de réemploi Il était deux fois ?",
            "il-etait-deux-fois",
            "2020",
        ),
        ("When did the Liévin textile charity VESTALI start its sewing school?", "vestali", "2020"),
    ],
)
def test_a_described_structure_is_dated(engine, question: str, fiche: str, year: str) -> None:
    answer = ask(engine, question)
    assert named(answer) == [fiche] and year in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "When did the toy recycling charity La Remise Enjouée close?",
        "When did the toy recycling charity La Remise Enjouée open its second shop?",
        "quand la ressourcerie Il était deux fois a-t-elle déménagé ?",
    ],
)
def test_what_the_fiche_does_not_date_is_still_refused(engine, question: str) -> None:
    """Must not change: the description cut, a date the fiche does not state is refused."""
    assert ask(engine, question).abstained
