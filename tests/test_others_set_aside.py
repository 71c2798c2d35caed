"""'et à part eux ?', 'en dehors d'elle ?', 'besides them?', 'who else?', 'qui d'autre ?'
after an answer naming part of a list (lists the booklet answers with more structures than
the answer named) ask what 'les autres ?' asks: the others answering the
same list (planner._shown_in_part). 'et à part eux ?' had been read as the rest of the whole
booklet (eight structures). Synthetic conversations; the expected structures are those 'les
autres ?' gets, never written down."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

_LISTS = [
    ("Qui récupère des invendus alimentaires ?", "Le Panier de la Mer récupère du poisson."),
    ("Which structures sell second-hand goods?", "Il était deux fois, a ressourcerie."),
    ("Qui travaille avec des personnes en insertion ?", "VESTALI, à Liévin."),
]


@pytest.mark.parametrize(("asked", "said"), _LISTS)
@pytest.mark.parametrize(
    "follow_up",
    ["et à part eux ?", "en dehors d'elle ?", "besides them?", "who else?", "qui d'autre ?"],
)
def test_the_ones_named_set_aside_ask_the_others(
    engine: Engine, asked: str, said: str, follow_up: str
) -> None:
    history = [{"role": "user", "content": asked}, {"role": "assistant", "content": said}]
    others = {s.fiche_id for s in ask(engine, "les autres ?", history).structures}
    answer = ask(engine, follow_up, history)
    assert {s.fiche_id for s in answer.structures} == others, answer.answer
