"""A structure described with a place its fiche names only in a derived form, or with its
département, or in a follow-up after another structure (answering/place_forms.py,
described_switch._without_place_after, compose._of_kind_described). Class: 'the furniture
upcycler near Soissons' (« le bassin d'emploi soissonnais »), 'the Aisne furniture workshop',
'and the furniture upcycler near Soissons?' after another structure. Neighbours that must keep
their answer or refusal: a place no fiche names, a lone word ending like an agent, a role.
Synthetic questions on the real booklet, fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering import place_forms
from livret_qa.answering.compose import ask
from livret_qa.answering.described_switch import described_words
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("place", "text", "named"),
    [
        ("Soissons", "sur le bassin d'emploi soissonnais", True),
        ("Amiens", "du territoire amiénois", True),
        ("Calais", "le littoral calaisien", True),
        ("Soissons", "la ville de Compiègne", False),
        ("Lens", "des lensois", False),  # too short a name to read a derived word from
    ],
)
def test_a_place_named_by_its_derived_word(place: str, text: str, named: bool) -> None:
    assert place_forms.names_derived(text, [place]) is named


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("And the furniture upcycler near Soissons?", "furniture upcycler"),
        ("et le réparateur de vélos à Amiens ?", "reparateur velos"),
        ("and the toy recyclers?", "toy recyclers"),
        ("and the computer?", ""),
        ("and the new director?", ""),
        ("et les paniers ?", ""),
    ],
)
def test_a_follow_up_describing_a_structure_with_its_place(question: str, words: str) -> None:
    assert described_words(fold(question)) == words


HISTORY = [
    {"role": "user", "content": "What is VESTALI's budget?"},
    {"role": "assistant", "content": "€878,296 in 2019."},
]


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("When did the furniture upcycler near Soissons start its series production?", []),
        ("quand l'atelier de meubles du Soissonnais a démarré la production en série ?", []),
        ("What big batch orders did the Aisne furniture workshop take on as trials?", []),
        ("And the furniture upcycler near Soissons?", HISTORY),
        ("et l'atelier de meubles près de Soissons ?", HISTORY),
    ],
)
def test_the_structure_described_with_its_place_is_answered(
    fake_engine: Engine, question: str, history: list[dict[str, str]]
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures][:1] == ["le-bois-de-deux-mains"]


@pytest.mark.parametrize(
    "question",
    [
        "Is there a furniture upcycler in Lille?",
        "Which structure repairs bicycles in Calais?",
    ],
)
def test_a_place_no_fiche_names_stays_refused(fake_engine: Engine, question: str) -> None:
    assert ask(fake_engine, question).abstained
