"""A measure asked of a structure whose fiche files another one under its label ('BUDGET
GLOBAL : En 2020, le chiffre d'affaires … a atteint 160 000 €'): the fiche gives that figure
as the one asked — answered, said as what its words call it (filed_figure.py); a count of
people naming another group stays the nearest fact; and a figure giving two measures in
clauses answers with the clause asked. Synthetic questions, French and English, about one
structure and after a list."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer


@pytest.mark.parametrize(
    "question",
    [
        "Quel est le budget des Copains de Thiérache ?",
        "What budget do Les Copains de Thiérache have?",
        "budget copains de thierache",
    ],
)
def test_a_turnover_filed_as_budget_answers_said_as_a_turnover(
    fake_engine: Engine, question: str
) -> None:
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.answer
    assert "160 000" in answer.answer
    assert "chiffre d'affaires" in answer.answer or "turnover" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What was Les Copains de Thiérache's budget in 2021?",
        "le budget des copains de thierache en 2019 ?",
        "Combien d'adhérents ont Les Copains de Thiérache ?",
        "How many members do Les Copains de Thiérache have?",
    ],
)
def test_a_filed_figure_of_another_year_or_of_people_stays_refused(
    fake_engine: Engine, question: str
) -> None:
    """Neighbours: the turnover is of 2020 only, and 'une dizaine sont des bénévoles' under
    NOMBRE D'ADHÉRENTS counts part of the members, not all of them."""
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer


def test_after_a_list_each_structure_says_which_measure_it_gives(fake_engine: Engine) -> None:
    history = [
        {"role": "user", "content": "Quelles structures sont dans l'Aisne ?"},
        {"role": "assistant", "content": "Le Bois de Deux Mains ; Les Copains de Thiérache"},
    ]
    answer = ask(fake_engine, "et leur budget ?", history)
    assert not answer.abstained, answer.answer
    line = next(x for x in answer.answer.splitlines() if "Copains" in x)
    assert "n'indique pas de budget" in line and "chiffre d'affaires" in line, line


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("Quel est le budget d'Il était deux fois ?", "316 000", "53 177"),
        ("What is the turnover of Il était deux fois?", "53 177", "316 000 €"),
    ],
)
def test_a_figure_of_two_measures_answers_with_the_clause_asked(
    fake_engine: Engine, question: str, said: str, not_said: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    first = answer.answer.split(" — «")[0]
    assert said in first and not_said not in fold(first), answer.answer


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("nb salariés vestali", "vestali"),
        ("synapse 3i effectif salariés", "synapse-3i"),
        ("ressourcerie campigneulles nombre salariés", "il-etait-deux-fois"),
    ],
)
def test_a_french_word_with_an_accent_is_no_english_typo(
    fake_engine: Engine, question: str, fiche_id: str
) -> None:
    """'salariés' typed among keywords is the staff, not 'salary' mistyped (which no fiche
    states)."""
    answer = ask(fake_engine, question)
    assert answer.plan["parts"][0]["attribute"] == "measure:salaries", answer.plan
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche_id


@pytest.mark.parametrize(
    "question",
    [
        "Quelle surface pour le futur bâtiment de VESTALI ?",
        "Quelle sera la surface du bâtiment prévu par VESTALI ?",
        # asked in the future tense: what is being bought or built answers
        "Quelle surface fera la confection école de VESTALI ?",
        "How big will VESTALI's new building be?",
    ],
)
def test_a_figure_of_a_planned_thing_asked_as_such_is_answered(
    fake_engine: Engine, question: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert "300" in answer.answer
