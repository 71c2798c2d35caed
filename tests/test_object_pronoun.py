"""An object pronoun between a French subject and its verb ('ils les prennent, les télés ?',
'elle l'accepte, la vaisselle ?', 'ils ne les vendent pas') determines no noun: the verb is no
thing asked, whose absence from the fiche would refuse the question. An inverted subject
('accueille-t-elle les vélos ?') is followed by an article, and its noun is still asked."""

from __future__ import annotations

import pytest

from livret_qa.answering import yes_no
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("et Synapse, ils les prennent les télés ?", "prennent"),
        ("elle l'accepte, la vaisselle ?", "accepte"),
        ("ils ne les vendent pas en ligne ?", "vendent"),
        ("on les récupère où, les meubles ?", "recupere"),
        ("elles la louent, la salle ?", "louent"),
    ],
)
def test_the_verb_after_an_object_pronoun_is_no_thing(question: str, verb: str) -> None:
    assert verb not in [w.lower() for w in yes_no.predicate(question, "fr").words]


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("VESTALI accueille-t-elle les vélos ?", "velos"),
        ("vend-il les meubles ?", "meubles"),
        ("ont-elles la certification ?", "certification"),
    ],
)
def test_an_inverted_subject_keeps_its_noun(question: str, noun: str) -> None:
    assert noun in [w.lower() for w in yes_no.predicate(question, "fr").words]


def test_a_thing_taken_asked_with_an_object_pronoun_is_answered(engine: Engine) -> None:
    history = [
        {
            "role": "user",
            "content": "Est-ce que la ressourcerie Il était deux fois prend les télés ?",
        },
        {"role": "assistant", "content": "Non, les téléviseurs font partie des exclusions."},
    ]
    answer = ask(engine, "et Synapse, ils les prennent les télés ?", history)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == "synapse-3i"
    assert "télévisions" in answer.answer, answer.answer
