"""Which measure a key figure states, from its label and the words next to its number."""

from __future__ import annotations

from livret_qa.parsing.fiche import KeyFigure, Span
from livret_qa.parsing.measures import figure_measures, has_quantity

SPAN = Span(0, 1, 1, 1)


def _figure(kind: str, label: str, value: str, number: float | None, unit: str) -> KeyFigure:
    return KeyFigure(kind, label, value, number, unit, None, SPAN)


def test_the_label_names_the_measure() -> None:
    assert figure_measures(_figure("members", "NOMBRE D'ADHÉRENTS", "400", 400, "")) == [
        "adherents"
    ]


def test_the_words_after_the_number_are_more_specific_than_the_label() -> None:
    other = _figure("other", "AUTRES INDICATEURS", "30 bénévoles impliqués.", 30, "bénévoles")
    assert figure_measures(other) == ["benevoles"]


def test_a_turnover_under_a_budget_label_is_a_turnover_first() -> None:
    ca = _figure(
        "budget", "BUDGET GLOBAL", "le chiffre d'affaires a atteint 160 000 €", 160000, "€"
    )
    assert figure_measures(ca) == ["chiffre_affaires", "budget"]  # what it gives as a budget
    budget = _figure(
        "budget", "BUDGET GLOBAL", "316 000 € (2021) ; 53 177 euros de CA", 316000, "€"
    )
    assert figure_measures(budget, same_value_figures=2) == ["budget"]


def test_a_line_of_several_figures_names_each_by_its_own_clause() -> None:
    value = "30 personnes en contrat d'insertion ; 350 paniers hebdomadaires"
    first = _figure("other", "AUTRES", value, 30, "personnes en contrat")
    second = _figure("other", "AUTRES", value, 350, "paniers hebdomadaires")
    assert figure_measures(first, 2) == ["insertion"]
    assert figure_measures(second, 2) == []


def test_an_amount_in_words_counts_a_plan_does_not() -> None:
    assert has_quantity(_figure("members", "ADHÉRENTS", "une dizaine de bénévoles", None, ""))
    assert not has_quantity(
        _figure("projects", "PROJETS", "Un catalogue des productions", None, "")
    )
