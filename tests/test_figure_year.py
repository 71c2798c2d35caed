"""Class: a follow-up asking the year of a figure by naming the figure ('ils sont combien
d'adhérents, c'est de quand le chiffre ?', 'what year is that figure from?'), the figure asked
in the same part or by the last turn: that figure, whose answer gives its year, not any date
of the fiche (refused as 'ne date pas ce qui est demandé'). Near misses: a date of an event
after a figure stays that event's; a noun followed by what it counts is a measure."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.figure_year import asks_year_of_figure, without_year_clause
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange as _h
from tests.conversations import named as _named

IL2, REMISE, VESTALI = "il-etait-deux-fois", "la-remise-enjouee", "vestali"

BUDGET_IL2 = _h("budget d'Il était deux fois ?", "316 000 € de budget de fonctionnement.")
MEMBERS_REMISE = _h("How many members does La Remise Enjouée have?", "50 members.")
BUDGET_VESTALI = _h("Quel est le budget de VESTALI ?", "Environ 878 000 euros.")

DATED = [
    (BUDGET_IL2, "ils sont combien d'adhérents, c'est de quand le chiffre ?", IL2, "2021"),
    (BUDGET_IL2, "et les adhérents, ce chiffre date de quand ?", IL2, "2021"),
    (BUDGET_IL2, "how many members, and what year is that figure from?", IL2, "2021"),
    (MEMBERS_REMISE, "what year is that figure from?", REMISE, "2021"),
    (MEMBERS_REMISE, "and the number, it dates from when?", REMISE, "2021"),
    (BUDGET_VESTALI, "c'est de quelle année, ce chiffre ?", VESTALI, "2019"),
]


@pytest.mark.parametrize(("history", "question", "fiche", "year"), DATED)
def test_the_year_of_a_figure_is_the_figure_with_its_year(
    engine: Engine, history: list[dict[str, str]], question: str, fiche: str, year: str
) -> None:
    answer = ask(engine, question, history)
    assert _named(answer) == [fiche]
    assert year in answer.answer


def test_an_event_after_a_figure_stays_that_event(engine: Engine) -> None:
    answer = ask(engine, "et elle a été créée quand ?", BUDGET_VESTALI)
    assert _named(answer) == [VESTALI]
    assert "1997" in answer.answer


@pytest.mark.parametrize(
    ("text", "dated", "rest"),
    [
        ("ils sont combien d'adhérents, c'est de quand le chiffre ?", True, "combien"),
        ("what year is that figure from?", True, ""),
        ("these numbers are from which year?", True, ""),
        ("en quelle année le nombre de salariés a doublé ?", False, None),
        ("quand le chiffre d'affaires a-t-il atteint 100 000 € ?", False, None),
        ("when was the association founded?", False, None),
    ],
)
def test_a_clause_asking_the_year_of_a_figure(text: str, dated: bool, rest: str | None) -> None:
    assert asks_year_of_figure(text) is dated
    if rest is not None:
        assert (rest in without_year_clause(text)) if rest else without_year_clause(text) == ""
