"""Lists by legal form or approval, asked with words that only qualify the form ('aussi',
'agréés', 'officially'), with the form spelt twice ('cooperatives (SCIC)'), with two forms
('associations reconnues d'utilité publique'), or as an approval held ('ont un agrément
organisme de formation'): the structures whose identity card states every form named, from
the facts store; none stating it, an abstention saying what the cards do state. 'aussi' after
a verb is an adverb, not the joint of a second question."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import split_parts
from livret_qa.retrieval.engine import Engine


def card_holders(engine: Engine, *words: str) -> set[str]:
    """The fiches whose status, agréments or label hold every word (read from the cards)."""
    out = set()
    for f in engine.corpus.fiches:
        card = " ".join([f.identity.legal_status, *f.identity.agrements, f.identity.label]).lower()
        if all(w in card for w in words):
            out.add(f.id)
    return out


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Quelles structures sont aussi des organismes de formation agréés ?", ("formation",)),
        ("Quelles structures ont un agrément organisme de formation ?", ("formation",)),
        ("Which structures have an approval as a training body?", ("formation",)),
        ("Which structures are approved training organisations?", ("formation",)),
        (
            "Quelles structures sont des associations reconnues d'utilité publique ?",
            ("association", "utilité publique"),
        ),
        ("Quelles associations sont des chantiers d'insertion ?", ("association",)),
    ],
)
def test_the_cards_decide(fake_engine: Engine, question: str, words: tuple[str, ...]) -> None:
    answer = ask(fake_engine, question)
    expected = card_holders(fake_engine, *words)
    if "chantiers" in question:  # the ACI approval, however each card writes it
        expected = {s for s in expected if s in _aci(fake_engine)}
    assert expected
    assert not answer.abstained
    assert {s.fiche_id for s in answer.structures} == expected


def _aci(engine: Engine) -> set[str]:
    return {
        f.id
        for f in engine.corpus.fiches
        if any(
            "insertion" in a.lower() or "a.c.i" in a.lower() or a.strip() == "ACI"
            for a in [*f.identity.agrements, f.identity.label]
        )
    }


@pytest.mark.parametrize(
    "question",
    ["Which structures are cooperatives (SCIC)?", "Quelles structures sont des SCOP ?"],
)
def test_a_form_no_card_states_is_said_so(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained
    assert "association" in answer.answer.lower()  # what the cards do state


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("Quelles structures sont aussi des organismes de formation agréés ?", 1),
        ("Which structures are also training bodies?", 1),
        ("Lesquelles ont aussi un site internet ?", 1),
        # a joint still joins two questions
        ("Quel est le budget de VESTALI, aussi qui la dirige ?", 2),
        ("Qui dirige VESTALI also where is it?", 2),
        ("Où est Synapse 3i et qui la dirige ?", 2),
    ],
)
def test_also_after_a_verb_is_no_joint(question: str, parts: int) -> None:
    assert len(split_parts(question)) == parts
