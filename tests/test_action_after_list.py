"""Class: a short follow-up asking what the ones just listed do with something, by a verb of
its own ('ils le transforment en quoi ?', 'ils les revendent à qui ?'), after a list question
('qui récupère du poisson ?'). Short enough to read as an ellipsis, it inherited the list and
repeated it; its own verb asks a sentence of the fiche about that verb. An ellipsis without a
verb of its own ('et dans le Nord ?') still narrows the list."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.text import fold
from tests.conversations import exchange


def _after(engine, first: str, second: str):  # type: ignore[no-untyped-def]
    return ask(engine, second, exchange(first, ask(engine, first, []).answer))


@pytest.mark.parametrize(
    ("first", "second", "stated"),
    [
        ("qui récupère du poisson ?", "ils le transforment en quoi ?", "transformation"),
        ("qui récupère du poisson ?", "et ils le transforment en quoi ?", "transformation"),
        ("Who collects unsold fish?", "ok, and they transform it into what?", "transformation"),
    ],
)
def test_a_verb_of_its_own_asks_a_fact_of_the_ones_listed(
    engine, first: str, second: str, stated: str
) -> None:
    answer = _after(engine, first, second)
    assert answer.plan["parts"][0]["intent"] != "list", answer.plan
    assert not answer.abstained and stated in fold(answer.answer), answer.answer


def test_an_ellipsis_after_a_list_still_narrows_it(engine) -> None:
    answer = _after(engine, "quelles structures font du réemploi ?", "et dans le Nord ?")
    assert answer.plan["parts"][0]["intent"] == "list", answer.plan
    assert {s.departement for s in answer.structures} == {"Nord"}, answer.answer
