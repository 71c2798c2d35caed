"""The season of an event asked ('in which season and year did they set it up?', 'à quelle
saison a-t-elle été créée ?', 'what time of year did it open?'): a date naming its season or
its month answers ('créent au printemps 2019', 'en avril 2021'); a year alone is the nearest
fact, no season given. 'season' is no thing the fiche must name. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.dated_thing import things_dated
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    "question",
    [
        "In which season and year did they set it up?",
        "À quelle saison a-t-elle été créée ?",
        "What time of year did the shop open?",
        "Which season was it founded in?",
        "et la saison ?",
    ],
)
def test_a_season_is_asked(question: str) -> None:
    assert lx.SEASON_ASKED.search(fold(question))


def test_a_season_is_no_thing_dated() -> None:
    assert not things_dated("In which season did the growers set up their association?", "X")


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("In which season did the Oise farmers set up their association?", "printemps 2019"),
        ("À quelle saison l'APVO a-t-elle été créée ?", "printemps 2019"),
        ("What season did the APVO's first pick-up point open?", "avril 2021"),
        ("À quelle saison La Remise Enjouée a-t-elle été créée ?", "août 2020"),
    ],
)
def test_a_date_naming_its_season_or_month_answers(
    engine: Engine, question: str, stated: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert stated in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What season was Il était deux fois founded in?",
        "In which season did Le Bois de Deux Mains start its welding activity?",
    ],
)
def test_a_year_alone_gives_no_season(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
    assert "season" in answer.answer, answer.answer
