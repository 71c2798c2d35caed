"""A start date asked of a thing a structure does ('depuis quand VESTALI recycle des
textiles ?') is given by a year bound to that thing: the year opens the sentence or stands in
the clause naming it. A year of another clause ('… à partir de tissus recyclés et organisent
les ventes … depuis début 2021 via internet') dates no recycling. Pure function on synthetic
sentences, and the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering import dated_thing
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


def _things(question: str) -> list:
    return dated_thing.things_dated(question, "Structure Test")


@pytest.mark.parametrize(
    "sentence",
    [
        "Elle répare des vélos et vend des pots de miel depuis 2019 en ligne.",
        "Elle répare des vélos, puis ouvre un café en 2018.",
        "On y répare des vélos ; la boutique ouvre en 2020.",
        "It repairs bikes and, since 2019, sells honey online.",
    ],
)
def test_a_year_of_another_clause_dates_nothing(sentence: str) -> None:
    assert not dated_thing.dates_thing(sentence, _things("depuis quand répare-t-elle des vélos ?"))


@pytest.mark.parametrize(
    "sentence",
    [
        "En 2019, elle répare des vélos et vend du miel.",
        "Elle répare des vélos depuis 2019.",
        "Depuis 2018 elle répare des vélos pour les habitants.",
        "La boutique vend du miel et répare des vélos depuis mars 2017.",
    ],
)
def test_a_year_bound_to_the_thing_dates_it(sentence: str) -> None:
    assert dated_thing.dates_thing(sentence, _things("depuis quand répare-t-elle des vélos ?"))


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("depuis quand VESTALI recycle des textiles ?", "1997"),
        ("VESTALI recycle des textiles depuis quand ?", "1997"),
        ("depuis quand VESTALI vend sur internet ?", "2021"),
    ],
)
def test_the_booklet(engine: Engine, question: str, year: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert year in answer.answer.split("—")[1], answer.answer


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        ("Un deuxième site voit le jour en 2019 à Hirson.", True),
        ("Une antenne ouvre à Hirson en 2018.", True),
        ("En 2019, elle embauche un responsable à Hirson.", False),
        ("Un deuxième site voit le jour en 2019 à Guise.", False),
    ],
)
def test_a_shop_in_a_town_is_dated_by_a_site_there(sentence: str, dated: bool) -> None:
    things = dated_thing.things_dated("la boutique d'hirson est ouverte depuis quand ?", "X")
    assert dated_thing.dates_thing(sentence, things) is dated
