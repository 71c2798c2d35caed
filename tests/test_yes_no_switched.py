"""A yes or no asked again of another structure ('Does VESTALI sell online?' then 'and Le Bois
de Deux Mains?', 'et chez Synapse 3i ?'): asked by the last question's words, of the one named
anew. Read by its own words (none) it answered 'Yes' with whatever line held a word of the
query, a website line for 'online'. Synthetic conversations on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


def _after(engine: Engine, first: str, said: str, then: str):  # type: ignore[no-untyped-def]
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": said}]
    return ask(engine, then, history)


@pytest.mark.parametrize(
    ("first", "then", "fiche", "held"),
    [
        # stated of the one named anew: yes, by the sentence stating it
        ("Does VESTALI sell online?", "and Il était deux fois?", "deux-fois", "vente en ligne"),
        ("VESTALI vend en ligne ?", "et Il était deux fois ?", "deux-fois", "vente en ligne"),
        ("Le Panier de la Mer récupère du poisson ?", "et chez VESTALI ?", "vestali", ""),
        ("Does VESTALI sell online?", "what about Le Bois de Deux Mains?", "bois", ""),
        ("Does VESTALI sell online?", "and Le Bois de Deux Mains?", "bois", ""),
    ],
)
def test_the_yes_no_is_asked_of_the_one_named_anew(
    engine: Engine, first: str, then: str, fiche: str, held: str
) -> None:
    answer = _after(engine, first, "Yes.", then)
    assert fiche in answer.structures[0].fiche_id, answer.answer
    if held:
        assert not answer.abstained and held in answer.answer, answer.answer
    else:  # not stated there: no 'yes' from a website line or another sentence
        assert answer.abstained, answer.answer
        assert "SITE INTERNET" not in answer.answer.split("—")[0]
