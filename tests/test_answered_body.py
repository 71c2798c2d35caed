"""Class: a fact asked, by a pointer ('that one', 'their', 'son', 'celle-ci'), of the body the
previous answer gave when the previous question asked which body or who and that body has no
fiche: the booklet states no budget, email or head of it, so the follow-up is refused naming
it, not answered with the structure the first question named. What must not change: a person
or structure of the booklet given as the answer (its fiche states the fact). Synthetic
conversations (answered_body.py)."""

from __future__ import annotations

import pytest

from livret_qa.answering.answered_body import asked_of, asks_an_entity, opening_name
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which structure inspired them?", True),
        ("Who helped the shop get started?", True),
        ("Quelle association a servi de modèle ?", True),
        ("Et qui finance le drive ?", True),
        ("Par qui est-elle accompagnée ?", True),
        ("What is the budget of VESTALI?", False),
        ("Combien de salariés en insertion ?", False),
    ],
)
def test_a_question_asking_an_entity(question: str, expected: bool) -> None:
    assert asks_an_entity(question) is expected


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        ("and what's the budget of that one?", "en", "and what's the budget of Gamma?"),
        ("their email?", "en", "the email of Gamma?"),
        ("who runs it?", "en", "who runs Gamma?"),
        ("et son budget ?", "fr", "et budget de Gamma ?"),
        (
            "et celle-ci, elle a combien de salariés ?",
            "fr",
            "et Gamma, elle a combien de salariés ?",
        ),
        ("le budget global ?", "fr", None),
    ],
)
def test_the_pointer_names_the_body(question: str, lang: str, expected: str | None) -> None:
    assert asked_of(question, "Gamma", lang) == expected


def _turns(*texts: str) -> list[dict[str, str]]:
    return [
        {"role": "user" if i % 2 == 0 else "assistant", "content": t} for i, t in enumerate(texts)
    ]


@pytest.mark.parametrize(
    ("history", "question"),
    [
        (("Which body inspired La Remise Enjouée?", "RecyclJouets, in the Aisne."), "its budget?"),
        (
            ("Quelle association a inspiré La Remise Enjouée ?", "RecyclJouets, dans l'Aisne."),
            "et son adresse mail ?",
        ),
        (
            ("Who was a model for La Remise Enjouée?", "RecyclJouets."),
            "how many employees does that one have?",
        ),
        (
            ("Qui a servi de modèle à La Remise Enjouée ?", "RecyclJouets."),
            "qui dirige celle-ci ?",
        ),
        (
            (
                "Which structure gave La Remise Enjouée ideas?",
                "RecyclJouets, run by an association.",
            ),
            "and what's their phone number?",
        ),
    ],
)
def test_a_fact_of_the_body_answered_is_refused(
    engine: Engine, history: tuple[str, str], question: str
) -> None:
    answer = ask(engine, question, _turns(*history))
    assert answer.abstained, answer.answer
    assert "RecyclJouets" in answer.answer


@pytest.mark.parametrize(
    ("history", "question", "expected"),
    [
        (("Quelle structure est à Liévin ?", "VESTALI."), "et son budget ?", "878"),
        (
            (
                "Who is the director of Le Jardin de Cocagne de la Haute Borne?",
                "Jean-Louis Poillon.",
            ),
            "and his email?",
            "poillon@",
        ),
    ],
)
def test_a_body_of_the_booklet_answered_keeps_its_fact(
    engine: Engine, history: tuple[str, str], question: str, expected: str
) -> None:
    answer = ask(engine, question, _turns(*history))
    assert not answer.abstained, answer.answer
    assert expected in answer.answer


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Gamma, which runs Delta.", "Gamma"),
        ("The Gamma Foundation, in Lille.", "Gamma Foundation"),
        ("Gamma 02, with Delta.", "Gamma 02"),
        ("Among others, the Gamma fund.", "Gamma"),
        ("L'Gamma, à Arras.", "Gamma"),
        ("Jean Dupont, directeur de Gamma.", None),
        ("Yes, with Gamma.", None),
    ],
)
def test_the_body_the_answer_opens_with(answer: str, expected: str | None) -> None:
    assert opening_name(answer, ["Delta", "Gamma"]) == expected
