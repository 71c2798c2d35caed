"""Class: a fact asked of a partner the booklet gives no fiche, the partner described in
apposition ('what's the website of INFORMA, their training partner?', 'qui dirige GALLOO, le
repreneur de métaux de Synapse 3i ?', 'le site d'INFORMA (partenaire de VESTALI) ?'): the
apposition describes the name asked, its 'their' or its structure asks nothing of a structure,
so the answer abstains as for the name alone, saying which fiche names it. Near-twins keep
today's answer: a fact of the structure in focus, a partner tied to the structures by the
question itself ('quels partenaires de VESTALI …'). Synthetic questions, FR and EN."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.unfiched import held_by, without_apposition
from livret_qa.retrieval.engine import Engine

FOCUS = [
    {"role": "user", "content": "Parle-moi de VESTALI"},
    {"role": "assistant", "content": "VESTALI, à Liévin, forme des femmes à la couture."},
]


@pytest.mark.parametrize(
    ("question", "name", "bare"),
    [
        (
            "what's the website of INFORMA, their training partner?",
            "INFORMA",
            "what's the website of INFORMA?",
        ),
        ("le site d'INFORMA (leur partenaire) ?", "INFORMA", "le site d'INFORMA ?"),
        ("Who runs GALLOO, the metals buyer?", "GALLOO", "Who runs GALLOO?"),
        (
            "le téléphone de GALLOO, partenaire de Synapse 3i ?",
            "GALLOO",
            "le téléphone de GALLOO?",
        ),
        ("the phone number of GALLOO?", "GALLOO", "the phone number of GALLOO?"),
    ],
)
def test_the_apposition_is_left_out(question: str, name: str, bare: str) -> None:
    assert without_apposition(question, name) == bare
    assert held_by(question, name)


def test_a_relation_asked_outside_an_apposition_still_ties() -> None:
    assert not held_by("Quels partenaires travaillent avec INFORMA ?", "INFORMA")


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("what's the website of INFORMA, their training partner?", FOCUS),
        ("quel est le site web d'INFORMA, leur organisme de formation ?", FOCUS),
        ("Quel est le site d'INFORMA, partenaire de VESTALI ?", []),
        ("Who runs GALLOO, the metals buyer of Synapse 3i?", []),
        ("What's the phone number of GALLOO, Synapse 3i's partner?", []),
        ("Tell me about VESTALI >> what's the email of INFORMA (their partner)?", []),
    ],
)
def test_a_fact_of_a_described_partner_is_refused(
    engine: Engine, question: str, history: list[dict[str, str]]
) -> None:
    *before, last = question.split(" >> ")
    for turn in before:
        history = [
            *history,
            {"role": "user", "content": turn},
            {"role": "assistant", "content": ask(engine, turn).answer},
        ]
    answer = ask(engine, last, history)
    assert answer.abstained, answer.answer
    assert "INFORMA" in answer.answer or "GALLOO" in answer.answer


@pytest.mark.parametrize(
    ("question", "history", "fiche"),
    [
        ("and its website?", FOCUS, "vestali"),
        ("Quel est le site web de VESTALI ?", [], "vestali"),
        ("Qui dirige Synapse 3i ?", [], "synapse-3i"),
    ],
)
def test_the_structure_own_fact_is_kept(
    engine: Engine, question: str, history: list[dict[str, str]], fiche: str
) -> None:
    answer = ask(engine, question, history)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche
