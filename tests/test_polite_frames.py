"""Questions put through a frame of politeness or of knowing. 'Tu connais X ?', 'What do you
know about X?', 'Vous pouvez me parler de X ?', 'X, ça vous dit quelque chose ?' ask what the
structure is (its overview), not a sentence that shares a word. 'Could you tell me who runs
X?', 'Do you know the budget of X?', 'pouvez-vous me dire …' ask the value after the frame,
not whether one can tell: no 'Yes —' before it. What must not change: '… if X has a shop?',
'tu sais si …' stay yes/no; an attribute after the frame is still that attribute. Synthetic
questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asks_yes_no
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Tu connais Synapse 3i ?",
        "Vous connaissez les Copains de Thiérache ?",
        "What do you know about the Panier de la Mer?",
        "Pouvez-vous me parler de La Remise Enjouée ?",
        "Il était deux fois, ça vous dit quelque chose ?",
        "Can you tell me about VESTALI?",
    ],
)
def test_knowing_a_structure_asks_its_overview(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.plan["parts"][0].get("attribute") == "overview:structure", answer.plan


@pytest.mark.parametrize(
    ("question", "yes_no"),
    [
        ("Could you tell me who runs La Remise Enjouée?", False),
        ("Do you know the budget of Synapse 3i?", False),
        ("Can you tell me where the Bois de Deux Mains is?", False),
        ("Pourriez-vous me dire combien de bénévoles a VESTALI ?", False),
        ("Tu sais quand les Copains ont ouvert ?", False),
        ("Do you know if VESTALI has a shop?", True),
        ("Could you tell me whether Synapse 3i sells computers?", True),
        ("Est-ce que VESTALI a une boutique ?", True),
    ],
)
def test_a_polite_frame_asks_the_value_after_it(question: str, yes_no: bool) -> None:
    assert asks_yes_no(question) is yes_no


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("Do you know the budget of La Remise Enjouée?", "measure:budget"),
        ("Could you tell me who runs Synapse 3i?", "role:leader"),
        ("Tu connais le directeur de VESTALI ?", "role:director"),
    ],
)
def test_the_value_after_the_frame_is_answered(
    engine: Engine, question: str, attribute: str
) -> None:
    answer = ask(engine, question)
    part = answer.plan["parts"][0]
    assert part.get("attribute") == attribute, answer.plan
    assert not part.get("yes_no"), answer.plan
    assert not answer.answer.startswith(("Yes", "Oui")), answer.answer
