"""Class: a count asked of a noun while another word of the question names a card field
('how many computers does it hand out to its partner networks?': the planner reads the
networks field, the question counts computers). The fiche's count of that noun answers, as
it answers the question without the field's word. What must not change: a count the fiche
does not state is refused, its field's value the nearest fact ('how many visitors on the
website?', 'how many bikes … through the tourist office network?'). Synthetic questions,
real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import named


@pytest.mark.parametrize(
    ("question", "fiche", "stated"),
    [
        (
            "Combien de poissons surgelés Le Panier de la Mer 62 redistribue-t-il aux réseaux "
            "d'aide alimentaire ?",
            "le-panier-de-la-mer-62",
            "49 tonnes de poissons",
        ),
        (
            "How many computers does Synapse 3i give away through its partner networks?",
            "synapse-3i",
            "1200 ordinateurs",
        ),
    ],
)
def test_the_noun_counted_answers(engine: Engine, question: str, fiche: str, stated: str) -> None:
    answer = ask(engine, question)
    assert named(answer) == [fiche], answer.answer
    assert stated in answer.citations[0].quote
    assert "networks:" not in answer.answer and "réseaux d'appartenance" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "combien de visiteurs sur le site de VESTALI ?",
        "How many website visitors does Synapse 3i get?",
        "How many bikes does Les Copains de Thiérache rent out through the tourist office network?",
    ],
)
def test_a_count_the_fiche_does_not_state_is_refused(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained
