"""A figure stated for several years together ('60 000 masques produits en 2020 et 2021',
'expérimentation en 2020 et 2021 … 80 chaises') is a total over them: asked of one of those
years alone, it is the nearest fact and the answer abstains (class: a figure for another year
than the one stated). What must not change: asked of those years together, or with no year,
the figure is answered; a figure of one year stays that year's. Synthetic questions on the
real booklet, fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering import periods
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("clause", "years"),
    [
        ("60 000 masques produits en 2020 et 2021", {2020, 2021}),
        ("de 2019 à 2021, 300 repas", {2019, 2020, 2021}),
        ("budget 2020-2021", {2020, 2021}),
        ("28 000 objets vendus en 2020", set()),
        ("progressé de 5,54% en 2019 par rapport à 2018", set()),
    ],
)
def test_the_years_a_figure_is_stated_for_together(clause: str, years: set[int]) -> None:
    assert periods.years_together(fold(clause)) == years


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("Combien de masques VESTALI a-t-elle produits en 2021 ?", "vestali"),
        ("How many masks did VESTALI sew in 2020 alone?", "vestali"),
    ],
)
def test_one_year_of_a_total_over_several_abstains(
    fake_engine: Engine, question: str, fiche_id: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained and "60 000" in answer.answer, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Combien de masques VESTALI a-t-elle produits en 2020 et 2021 ?", "60 000"),
        ("How many masks has VESTALI produced?", "60 000"),
        ("Combien d'objets Il était deux fois a vendus en 2020 ?", "28 000"),
    ],
)
def test_the_years_stated_or_none_are_answered(
    fake_engine: Engine, question: str, said: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained and said in answer.answer, answer.answer
