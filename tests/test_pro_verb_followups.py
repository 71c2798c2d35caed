"""'pourquoi ils ont fait ça ?', 'comment ils font ?', 'why did they do that?', 'how do they do
it?' after a question stating what a structure does: the question word asked of that doing,
as a bare 'pourquoi ?' is (bare_question_word). Class: the pro-verb ('ils font ça', 'they do
that') hid what was asked, and a sentence of the fiche unrelated to it was quoted. After a
question that asked something itself ('Ils ont fait quoi comme séries ?'), the pro-verb stands
for no stated doing and the follow-up is read as before. Synthetic conversations (assistant
turns in a client's own words) over the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.bare_question_word import joined, question_word, says_pro_verb
from livret_qa.answering.compose import ask
from tests.conversations import exchange, named


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("pourquoi ils ont fait ça ?", "pourquoi"),
        ("et comment ils font ?", "comment"),
        ("depuis quand elles font ça ?", "depuis quand"),
        ("comment font-ils ?", "comment"),
        ("why did they do that?", "why"),
        ("how do they do it?", "how"),
        ("since when have they done this?", "since when"),
        ("comment ils vendent ?", ""),
        ("why did they move?", ""),
    ],
)
def test_a_question_word_with_a_pro_verb_is_bare(question: str, word: str) -> None:
    assert question_word(question) == word
    assert says_pro_verb(question) is bool(word)


def test_a_pro_verb_stands_for_no_doing_a_question_asked() -> None:
    assert joined("depuis quand", "Ils ont fait quoi comme séries ?", pro_verb=True) == ""
    assert joined("depuis quand", "Ils ont fait quoi comme séries ?") != ""
    assert joined("pourquoi", "VESTALI a créé une confection-école ?", pro_verb=True) == (
        "pourquoi VESTALI a créé une confection-école ?"
    )


@pytest.mark.parametrize(
    ("before", "said", "question", "fiche", "words"),
    [
        (
            "VESTALI a créé une confection-école ?",
            "Oui, une école de confection dans ses ateliers.",
            "pourquoi ils ont fait ça ?",
            "vestali",
            ["retouche", "enseignes", "main d'œuvre"],
        ),
        (
            "Does La Remise Enjouée clean the toys?",
            "Yes, they do.",
            "how do they do it?",
            "la-remise-enjouee",
            ["produits écologiques"],
        ),
        (
            "Il était deux fois a acheté un camion ?",
            "Oui.",
            "pourquoi ils ont fait ça ?",
            "il-etait-deux-fois",
            ["collectes"],
        ),
    ],
)
def test_the_question_word_is_asked_of_the_doing_stated(
    engine, before: str, said: str, question: str, fiche: str, words: list[str]
) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, question, exchange(before, said))
    assert named(answer) == [fiche]
    assert any(w.lower() in answer.answer.lower() for w in words), answer.answer
