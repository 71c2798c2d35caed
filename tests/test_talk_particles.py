"""Particles of talk closing a yes/no ('ils louent des vélos alors ?', 'fait de la soudure
donc ?', 'does it sell clothes then?') stress the question and name no thing: the fiche need
not write them for the thing asked to be stated, and a thing it never writes is still
refused. Synthetic questions; the real booklet with the fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Les Copains de Thiérache louent des vélos alors ?",
        "Le Bois de Deux Mains fait de la soudure donc ?",
        "VESTALI vend des vêtements hein ?",
        "Does VESTALI sell clothes then?",
        "Does Le Bois de Deux Mains do welding anyway?",
    ],
)
def test_a_particle_names_no_thing_asked(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert answer.answer.startswith(("Oui", "Yes"))


@pytest.mark.parametrize(
    "question",
    ["VESTALI vend des vélos alors ?", "Does VESTALI rent bikes then?"],
)
def test_a_thing_never_written_is_still_refused(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained
    assert "« alors »" not in answer.answer and "« then »" not in answer.answer
