"""A thing asked with a French adjective before it ('les vieux ordinateurs', 'des vieux
livres', 'les anciens jouets', 'de beaux meubles'): the noun is the thing a structure must
hold, not the adjective, so the question is answered instead of refused as 'no structure
brings together « vieux » with the rest'. What must not change: a thing no fiche holds
still abstains, with or without an adjective ('des vieilles voitures', 'du bon pain').
Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.abstention import missing_together
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("Qui récupère les vieux ordinateurs ?", "synapse-3i"),
        ("Quelles structures réparent les anciens jouets ?", "la-remise-enjouee"),
        ("Y a-t-il une structure qui vend des vieux livres ?", "le-bois-de-deux-mains"),
        ("Qui vend de beaux meubles en bois ?", "le-bois-de-deux-mains"),
    ],
)
def test_the_noun_after_the_adjective_is_the_thing(
    engine: Engine, question: str, fiche_id: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert fiche_id in [s.fiche_id for s in answer.structures]


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        ("Qui vend des vieilles voitures ?", "voitures"),
        ("Y a-t-il une structure qui vend des vieilles voitures ?", "voitures"),
        ("Qui fabrique du bon pain ?", "pain"),
    ],
)
def test_a_thing_no_fiche_holds_still_abstains(engine: Engine, question: str, absent: str) -> None:
    assert missing_together(question, engine.mentions.vocab) == [absent]
    assert ask(engine, question).abstained
