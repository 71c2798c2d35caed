"""'d'autres ?', 'any others?' after a list asks for more structures doing what the list
asked, besides those the last answer gave — not the rest of the booklet. Class: follow-ups
asking for more of the same (they listed every other structure, 7 of 9). Synthetic
conversations over the real booklet; the last answer is a client's own short list."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.more_of_list import asks_more
from livret_qa.parsing.corpus import Corpus
from livret_qa.text import fold


@pytest.mark.parametrize(
    "question",
    [
        "d'autres ?",
        "il y en a d'autres ?",
        "y en a-t-il d'autres qui font ça ?",
        "tu en connais d'autres ?",
        "encore ?",
        "any others?",
        "anyone else?",
        "are there any more?",
        "any other ones doing that?",
        "Et d'autres structures comme celles-ci ?",
    ],
)
def test_more_of_the_same_is_read(question: str) -> None:
    assert asks_more(fold(question))


@pytest.mark.parametrize(
    "question",
    [
        "et les autres ?",  # the complement of the list, not more of it
        "the others?",
        "and the rest?",
        "d'autres structures dans l'aisne ?",  # a place of its own
        "d'autres qui vendent des jouets ?",  # a topic of its own
        "what other partners do they have?",
        "et leur budget ?",
    ],
)
def test_other_follow_ups_are_not_more_of_the_same(question: str) -> None:
    assert not asks_more(fold(question))


def _listed(answer_of: list[str], corpus: Corpus) -> str:
    return " ; ".join(f"**{corpus.fiche(f).name}**" for f in answer_of)


@pytest.mark.parametrize(
    ("question", "more"),
    [
        ("Quelles structures font du réemploi de jouets ?", "d'autres ?"),
        ("Which structures repair furniture?", "any others?"),
        ("qui récupère des invendus alimentaires ?", "il y en a d'autres ?"),
    ],
)
def test_more_lists_what_the_list_holds_besides_those_given(
    engine, corpus: Corpus, question: str, more: str
) -> None:
    whole = ask(engine, question)
    listed = [s.fiche_id for s in whole.structures]
    assert listed, whole.answer
    # the client's answer gave the first only: the others of the same list are the more
    history = [
        {"role": "user", "content": question},
        {"role": "assistant", "content": _listed(listed[:1], corpus)},
    ]
    again = ask(engine, more, history)
    got = [s.fiche_id for s in again.structures]
    assert listed[0] not in got or len(listed) == 1, again.answer
    assert set(got) <= set(listed), (got, listed)
    assert len(got) < len(corpus.fiches) - 2, again.answer
    assert not again.abstained


def test_no_more_says_so_and_keeps_the_ones_given(engine, corpus: Corpus) -> None:
    question = "qui fait du réemploi de textiles ?"
    whole = ask(engine, question)
    listed = [s.fiche_id for s in whole.structures]
    history = [
        {"role": "user", "content": question},
        {"role": "assistant", "content": _listed(listed, corpus)},
    ]
    for more, said in (("d'autres ?", "pas d'autres"), ("any others?", "no others")):
        again = ask(engine, more, history)
        assert [s.fiche_id for s in again.structures] == listed, again.answer
        assert said in again.answer, again.answer


def test_more_after_a_project_gives_the_next_closest(engine) -> None:
    project = "je veux ouvrir une recyclerie de jouets"
    first = ask(engine, project)
    given = {s.fiche_id for s in first.structures}
    history = [
        {"role": "user", "content": project},
        {"role": "assistant", "content": first.answer},
    ]
    again = ask(engine, "d'autres ?", history)
    assert again.structures and not given & {s.fiche_id for s in again.structures}
