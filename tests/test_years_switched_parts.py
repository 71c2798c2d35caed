"""One figure asked for two years, the second part switching the year alone ('Combien
d'ordinateurs Synapse a donnés en 2019 et combien en 2021 ?', '… in 2019, and how many in
2021?'): the second part is the first asked for its year, so a year the fiche does not give
is refused for that part too, not answered with a count of nothing. Pure: split pieces."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import _years_switched
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("pieces", "second"),
    [
        (
            ["Combien d'ordinateurs a-t-elle donnés en 2019", "combien en 2021"],
            "Combien d'ordinateurs a-t-elle donnés en 2021",
        ),
        (
            ["How many members did it have in 2019", "and how many in 2021?"],
            "How many members did it have in 2021",
        ),
        (["Quel était le budget en 2018", "et pour 2020 ?"], "Quel était le budget en 2020"),
        (
            ["How many tonnes were collected in 2019", "what about 2020"],
            "How many tonnes were collected in 2020",
        ),
        (["combien de salariés en 2020", "et en 2021"], "combien de salariés en 2021"),
    ],
)
def test_a_later_piece_switching_the_year_asks_the_first_again(
    pieces: list[str], second: str
) -> None:
    assert _years_switched(pieces) == [pieces[0], second]


@pytest.mark.parametrize(
    "pieces",
    [
        ["Combien de salariés en 2020", "et qui dirige ?"],
        ["Quand a été créée VESTALI", "en 2021 combien de salariés ?"],
        ["Combien de salariés", "et en 2021"],  # no year before to switch
    ],
)
def test_other_second_parts_are_kept(pieces: list[str]) -> None:
    assert _years_switched(pieces) == pieces


def test_two_years_neither_given_is_refused(engine: Engine) -> None:
    answer = ask(engine, "Combien d'ordinateurs Synapse a donnés en 2019 et combien en 2021 ?")
    assert answer.abstained, answer.answer
