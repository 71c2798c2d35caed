"""'et chez les jouets ?', 'et chez les ordinateurs ?' after turns about one structure: 'chez'
names whose place, never a thing, so the noun phrase after it describes a structure (the one
whose fiche names it far most), asked what the last turn asked (described_switch.py). Its
neighbours keep their reading: 'et les jouets ?' names a thing of the one in focus, 'et chez
les bénévoles ?' a role. Synthetic conversations over the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.described_switch import described_words
from livret_qa.text import fold


def _doing(engine, word: str) -> str:
    found = [f.id for f in engine.corpus.fiches if word in fold(f.identity.activity)]
    assert len(found) == 1, (word, found)
    return found[0]


def _turn(question: str, answer: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("et chez les jouets ?", "jouets"),
        ("et chez le bois ?", "bois"),
        ("et chez les salaries ?", ""),  # a role
        ("et les jouets ?", ""),  # a thing of the one in focus
        ("et chez eux ?", ""),
    ],
)
def test_chez_reads_a_structure_described(question: str, words: str) -> None:
    assert described_words(question) == words


@pytest.mark.parametrize(
    ("history", "question", "activity"),
    [
        (
            _turn("qui dirige la ressourcerie de Campigneulles ?", "Céline Dal."),
            "et chez les jouets ?",
            "jouet",
        ),
        (
            _turn("qui dirige la ressourcerie de Campigneulles ?", "Céline Dal."),
            "et chez les ordinateurs ?",
            "4 chantiers",
        ),
    ],
)
def test_a_switch_at_whose_place_asks_the_one_described(
    engine, history, question, activity
) -> None:
    answer = ask(engine, question, history)
    assert [s.fiche_id for s in answer.structures][:1] == [_doing(engine, activity)], answer.answer


def test_a_role_at_whose_place_stays_with_the_one_in_focus(engine) -> None:
    history = _turn("Combien de salariés chez Vestali ?", "8 en insertion et 5 permanents.")
    answer = ask(engine, "et chez les bénévoles ?", history)
    assert [s.fiche_id for s in answer.structures][:1] == ["vestali"], answer.answer
