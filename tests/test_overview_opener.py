"""Class: a founder opening on a structure with nothing asked yet ('je regarde le panier de
la mer 62', "je m'intéresse à VESTALI", "I'm looking at Synapse 3i"): what the structure
is, as 'parle-moi de X' gives, and X in focus for what follows. It quoted the card's name
line, and a two-part count next ('combien d'adhérents et combien de personnes accompagnées
?') was read as a total over the booklet (d27-056)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange


@pytest.mark.parametrize(
    "template",
    [
        "je regarde {name}",
        "je m'intéresse à {name}",
        "je me renseigne sur {name}",
        "I'm looking at {name}",
        "I am interested in {name}",
    ],
)
def test_an_opener_on_a_structure_gives_what_it_is(engine: Engine, template: str) -> None:
    for fiche in engine.corpus.fiches[::4]:
        opener = template.format(name=fiche.name)
        answer = ask(engine, opener)
        assert answer.plan["parts"][0]["attribute"] == "overview:structure", answer.plan
        assert [s.fiche_id for s in answer.structures] == [fiche.id], answer.answer
        then = ask(
            engine,
            "combien d'adhérents et combien de salariés ?",
            exchange(opener, answer.answer),
        )
        assert then.plan["facts_query"] is None, then.plan
        assert {s.fiche_id for s in then.structures} == {fiche.id}, then.answer


def test_an_opener_naming_nothing_is_no_overview(engine: Engine) -> None:
    answer = ask(engine, "je regarde ce qui se fait dans le réemploi")
    assert answer.plan["parts"][0]["attribute"] != "overview:structure"
