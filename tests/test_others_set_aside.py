"""'et à part eux ?', 'en dehors d'elle ?', 'besides them?', 'who else?', 'qui d'autre ?'
after a list ask more of the same list, those the answer gave left out (more_of_list.py): after
an answer naming part of a list, the structures 'les autres ?' gets; after a whole list of the
initiatives closest to a project, the next ones, never those given again. 'et à part eux ?' had
been read as the rest of the whole booklet, and after a project's closest initiatives it gave
the same two again (found in the chat UI). Synthetic conversations; the expected structures
are read from the engine's own answers, never written down."""

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


@pytest.mark.parametrize("follow_up", ["et à part eux ?", "besides them?", "qui d'autre ?"])
def test_after_the_closest_initiatives_none_given_comes_again(
    engine: Engine, follow_up: str
) -> None:
    project = "Je veux monter une ressourcerie de jouets d'occasion, qui fait déjà ça ?"
    first = ask(engine, project)
    history = [
        {"role": "user", "content": project},
        {"role": "assistant", "content": first.answer},
    ]
    given = {s.fiche_id for s in first.structures}
    answer = ask(engine, follow_up, history)
    assert answer.structures, answer.answer
    assert not given & {s.fiche_id for s in answer.structures}, answer.answer
