"""An area asked of one thing ('la surface des serres ?', 'how big are the greenhouses?')
where a sentence gives several areas side by side ('4 ha dont 4600 m2 de serres') is the
area written next to that thing; the whole site's area answers the structure's size.
Synthetic sentences, and the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.area_of_thing import area_of
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


def _names(word: str):  # type: ignore[no-untyped-def]
    return lambda text: word in text


@pytest.mark.parametrize(
    ("quote", "thing", "area"),
    [
        ("un site de 3 ha dont 800 m2 de serres et 200 m2 de hangar", "serre", "800 m2"),
        ("un site de 3 ha dont 800 m2 de serres et 200 m2 de hangar", "hangar", "200 m2"),
        ("2 ha de vergers et 1 ha de prairies", "prairie", "1 ha"),
        # one area only, or none named, or several named: no choice made
        ("un atelier de 1.500m2", "atelier", ""),
        ("2 (80m2 & 40m2)", "boutique", ""),
        ("300 m2 de serres et 100 m2 de serres froides", "serre", ""),
    ],
)
def test_the_area_next_to_the_thing(quote: str, thing: str, area: str) -> None:
    assert area_of(quote, _names(thing)) == area


@pytest.mark.parametrize(
    ("question", "area"),
    [
        ("Quelle est la surface des serres du Jardin de Cocagne de la Haute Borne ?", "4600 m2"),
        ("How big are the greenhouses at the Jardin de Cocagne?", "4600 m2"),
        ("Quelle est la surface du Jardin de Cocagne de la Haute Borne ?", "4 ha"),
        ("How many hectares is the Jardin de Cocagne?", "4 ha"),
    ],
)
def test_an_area_asked_of_a_thing_is_its_own(engine: Engine, question: str, area: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    value = answer.answer.split("[1]")[0]
    assert area in value, answer.answer
