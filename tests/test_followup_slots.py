"""A follow-up takes what it lacks from the last turn. Classes (synthetic shapes, none copied
from an evaluation set):
- a bare 'who' ('qui ?', 'and who?') names the one the last question left unnamed, or asks
  who runs the structure in focus (bare_question_word.who_resolved);
- a bare question word replaces the last question's own question word ('When did X close?'
  then 'why?' is 'why did X close?', bare_question_word.joined);
- a question opening with 'why' asks a reason, never the figure a noun of it names (lexicon
  REASON_OPENS);
- a demonstrative ('that scheme', 'cette aide') points back at the last turn's thing, whose
  words are searched with it (lexicon DEMONSTRATIVE_THING)."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.bare_question_word import joined, who_resolved
from livret_qa.answering.compose import ask
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("question", "last", "read"),
    [
        # the last question asked about someone unnamed: which structure is asked
        (
            "qui ?",
            "Quelqu'un a gagné un concours de design ?",
            "quelle structure a gagné un concours de design ?",
        ),
        (
            "and who?",
            "Did anyone open a second shop in 2019?",
            "which structure open a second shop in 2019 ?",
        ),
        (
            "who?",
            "Is there an association that repairs bicycles?",
            "which structure repairs bicycles ?",
        ),
        (
            "et qui donc ?",
            "Est-ce qu'une structure loue des vélos ?",
            "quelle structure loue des vélos ?",
        ),
        # otherwise: who runs the structure in focus
        ("qui ?", "Quelle structure vend des jouets ?", "qui la dirige ?"),
        ("Who?", "What's the address of the toy shop?", "who runs it?"),
        ("who then?", "Which one collects fish?", "who runs it?"),
        # no bare 'who'
        ("qui la dirige ?", "Quelle structure vend des jouets ?", None),
        ("à qui ?", "Elle donne des ordinateurs ?", None),
        ("who else?", "Which one collects fish?", None),
    ],
)
def test_a_bare_who_takes_its_target_from_the_last_turn(
    question: str, last: str, read: str | None
) -> None:
    assert who_resolved(question, last) == read


@pytest.mark.parametrize(
    ("word", "last", "whole"),
    [
        ("why", "When did the bakery close?", "why did the bakery close ?"),
        (
            "pourquoi",
            "Quand le magasin de Laon a-t-il fermé ?",
            "pourquoi le magasin de Laon a-t-il fermé ?",
        ),
        ("when", "Where did they open the new workshop?", "when did they open the new workshop ?"),
        (
            "comment",
            "Pourquoi ils recrutent des bénévoles ?",
            "comment ils recrutent des bénévoles ?",
        ),
        # a figure's own words stay: 'how many' holds the thing counted
        (
            "since when",
            "How many members does it have?",
            "since when How many members does it have ?",
        ),
        # a word that only starts like one ('Whoever', 'Quandt') is no question word
        ("why", "Whoever runs the shop?", "why Whoever runs the shop ?"),
    ],
)
def test_the_last_question_word_gives_way(word: str, last: str, whole: str) -> None:
    assert joined(word, last) == whole


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("why did the bakery's second shop stop?", True),
        ("Pourquoi le budget a baissé ?", True),
        ("et pourquoi ils ont moins de sites ?", True),
        ("how come the staff fell?", True),
        ("pour quelle raison le local a fermé ?", True),
        ("how many shops does it have?", False),
        ("le budget, c'est pourquoi faire ?", False),  # (not opening the question)
    ],
)
def test_a_reason_is_asked_by_its_opening(question: str, reason: bool) -> None:
    assert bool(lx.REASON_OPENS.search(fold(question))) is reason


@pytest.mark.parametrize(
    ("question", "points_back"),
    [
        ("what was that grant called?", True),
        ("c'était quand, cette collecte ?", True),
        ("how much was this loan?", True),
        ("et ces ateliers, ils sont gratuits ?", True),
        ("those volunteers, how many are they?", True),
        ("c'est ce que je pensais", False),
        ("is that it?", False),
        ("what is it that they sell?", False),
        ("ce qui compte, c'est le prix", False),
    ],
)
def test_a_demonstrative_points_back_at_a_thing(question: str, points_back: bool) -> None:
    assert bool(lx.DEMONSTRATIVE_THING.search(fold(question))) is points_back


def test_a_bare_who_after_a_which_question_names_the_person(engine) -> None:
    history = [
        {"role": "user", "content": "Which structure refurbishes old computers?"},
        {"role": "assistant", "content": "That would be Synapse 3i, up in Amiens."},
    ]
    answer = ask(engine, "who?", history)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures][:1] == ["synapse-3i"]
    assert "Motte" in answer.answer, answer.answer


def test_why_after_when_asks_a_reason_not_a_figure(engine) -> None:
    history = [
        {"role": "user", "content": "When did Les Copains de Thiérache's Hirson shop stop?"},
        {"role": "assistant", "content": "It paused in early 2021."},
    ]
    answer = ask(engine, "why?", history)
    assert answer.plan["parts"][0]["intent"] == "fact", answer.plan
    assert "cambriol" in answer.answer, answer.answer
