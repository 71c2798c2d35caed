"""'Why' asked of an action, not of the founding ('pourquoi produit-elle en petites séries ?',
'why did they choose a drive?'): when the sentence telling the action gives no reason and
the one after it explains it ('Ce choix de production est plus adapté …'), or a sentence of
the same section names the action with a causal shape ('… leur apparaît comme la solution la
plus pragmatique'), that reason is quoted first. What must not change: a sentence that states
its own reason is quoted alone; the founding asked still quotes the story; a 'why' with
nothing beside it is answered as before. Synthetic sentences and questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.reasons import reason_index
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

STEP = [
    "En 2019, la coopérative ouvre un atelier de vélos.",
    "Elle décide de réparer les vélos en petites séries.",
    "Ce choix est mieux adapté à ses salariés en insertion.",
    "Les vélos sont vendus à la boutique.",
]


def test_the_next_sentence_explaining_the_action_is_its_reason() -> None:
    assert reason_index(STEP, 1, [True] * 4, [True] * 4) == 2


def test_a_sentence_with_its_own_reason_needs_none() -> None:
    texts = ["Elle répare les vélos afin de les revendre.", "Ce choix est le bon."]
    assert reason_index(texts, 0, [True, True], [True, True]) is None


def test_a_causal_sentence_naming_the_action_in_the_same_section() -> None:
    texts = [
        "Le confinement arrive.",
        "Aussi, l'idée d'une cantine leur apparaît comme la solution la plus simple.",
        "Trois cuisiniers se mobilisent.",
        "La cantine ouvre en mai.",
    ]
    named = [False, True, False, True]
    assert reason_index(texts, 3, named, [True] * 4) == 1
    # in another section, or naming nothing asked, it is no reason of that action
    assert reason_index(texts, 3, named, [False, False, True, True]) is None
    assert reason_index(texts, 3, [False, False, False, True], [True] * 4) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("pourquoi Le Bois de Deux Mains produit en petites séries ?", "plus adapté"),
        ("why does Le Bois de Deux Mains make its furniture in small series?", "plus adapté"),
        ("why did the Oise producers choose a drive fermier?", "pragmatique"),
        ("Pourquoi les producteurs des vallées de l'Oise ont lancé un drive ?", "pragmatique"),
    ],
)
def test_the_reason_of_an_action_is_quoted(engine: Engine, question: str, reason: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert fold(reason) in fold(answer.answer.split("\n")[1] if "\n" in answer.answer else "")


@pytest.mark.slow
def test_the_founding_asked_still_quotes_the_story(engine: Engine) -> None:
    answer = ask(engine, "pourquoi VESTALI a-t-elle été créée ?")
    assert not answer.abstained and "1997" in answer.answer and "\n" not in answer.answer


def test_a_why_question_is_still_answered(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Pourquoi Synapse 3i détruit les données des disques durs ?")
    assert not answer.abstained and [s.fiche_id for s in answer.structures] == ["synapse-3i"]
