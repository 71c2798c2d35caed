"""An existence frame asked of one structure named ('Y a-t-il un café dans la boutique de
VESTALI ?', 'Is there a café at Il était deux fois?') asks whether it has the thing: a yes/no
from its fiche, abstaining when the fiche never names the things together, never a passage
picked for its closeness. What must not change: other structures asked ('y a-t-il d'autres
structures que VESTALI …'), an existence question naming no structure, and a figure asked
this way ('y a-t-il des bénévoles au Bois de Deux Mains ?'). Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


def _yes_no(engine: Engine, question: str) -> bool:
    return bool(ask(engine, question).plan["parts"][0]["yes_no"])


@pytest.mark.parametrize(
    "question",
    [
        "Y a-t-il un café ou un coin snack dans la boutique de VESTALI ?",
        "Y a-t-il un potager chez La Remise Enjouée ?",
        "Is there a café at Il était deux fois?",
        "il y a un parking chez Synapse 3i ?",
    ],
)
def test_an_existence_frame_asked_of_one_structure_is_yes_no(
    fake_engine: Engine, question: str
) -> None:
    assert _yes_no(fake_engine, question)


@pytest.mark.parametrize(
    "question",
    [
        "Y a-t-il d'autres structures que VESTALI qui recyclent des vêtements ?",
        "Y a-t-il une recyclerie de vélos à Lille ?",
        "Is there another initiative like Synapse 3i?",
    ],
)
def test_other_structures_asked_stay_a_search(fake_engine: Engine, question: str) -> None:
    assert not _yes_no(fake_engine, question)


def test_a_thing_the_fiche_never_names_abstains(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Y a-t-il un coin snack chez VESTALI ?")
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == ["vestali"]
    assert answer.citations


def test_a_figure_asked_so_is_answered(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Y a-t-il des bénévoles au Bois de Deux Mains ?")
    assert not answer.abstained, answer.answer
    assert "30" in answer.answer
