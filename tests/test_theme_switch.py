"""A follow-up moving the previous question to another theme of the booklet ('Quelles
structures font du réemploi ?' then 'et dans l'alimentation durable ?'): the question asked
again of that theme, not a pick among the structures in focus, none of which the booklet files
under it. Saying it picks ('lesquelles font de l'alimentation ?') still picks, and a theme
after a list of a place narrows that list. Synthetic conversations over the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.parsing.corpus import Corpus
from livret_qa.retrieval.engine import Engine

REUSE, FOOD = "Le réemploi", "L'alimentation durable"


def _list_turn(question: str, ids: list[str], corpus: Corpus) -> list[dict[str, str]]:
    names = " ; ".join(f"**{corpus.fiche(f).name}**" for f in ids)
    return [{"role": "user", "content": question}, {"role": "assistant", "content": names}]


def _of(corpus: Corpus, theme: str) -> list[str]:
    return [f.id for f in corpus.fiches if f.theme == theme]


@pytest.mark.parametrize(
    ("first", "first_theme", "follow", "theme"),
    [
        ("Quelles structures font du réemploi ?", REUSE, "et dans l'alimentation durable ?", FOOD),
        ("Quelles structures font du réemploi ?", REUSE, "et pour l'alimentation ?", FOOD),
        ("List the re-use structures", REUSE, "same for food?", FOOD),
        ("Which initiatives do sustainable food?", FOOD, "and in re-use?", REUSE),
        ("Quelles initiatives d'alimentation durable ?", FOOD, "idem pour le réemploi", REUSE),
        ("Which structures are in sustainable food?", FOOD, "what about reuse?", REUSE),
    ],
)
def test_another_theme_asks_the_question_again_of_it(
    plan, corpus: Corpus, first: str, first_theme: str, follow: str, theme: str
) -> None:
    planned = plan(follow, _list_turn(first, _of(corpus, first_theme), corpus))
    assert planned.resolution == "previous question, another theme", planned
    assert planned.theme == theme and not planned.targets, planned
    assert planned.parts[0].intent == "list", planned


def test_another_theme_lists_the_structures_of_that_theme(
    fake_engine: Engine, corpus: Corpus
) -> None:
    history = _list_turn("Quelles structures font du réemploi ?", _of(corpus, REUSE), corpus)
    answer = ask(fake_engine, "et dans l'alimentation durable ?", history)
    assert {s.fiche_id for s in answer.structures} == set(_of(corpus, FOOD)), answer.answer


def test_the_rest_of_the_previous_question_is_kept(plan, corpus: Corpus) -> None:
    """'Quel est le budget des structures du réemploi ?' then 'et dans l'alimentation ?': the
    budget, asked of the other theme."""
    history = _list_turn(
        "Quel est le budget des structures du réemploi ?", _of(corpus, REUSE), corpus
    )
    planned = plan("et dans l'alimentation ?", history)
    assert planned.parts[0].attribute == "measure:budget", planned
    assert "budget" in planned.query and "alimentation" in planned.query, planned


# -- what must not change
@pytest.mark.parametrize(
    "follow",
    [
        "lesquelles font de l'alimentation ?",  # says it picks: none of them does
        "which of them are in food?",
        "Which food initiatives sell online?",  # a question of its own
        "et leurs budgets dans l'alimentation ?",  # asks an attribute
        "et dans l'Aisne ?",  # another place, not another theme
    ],
)
def test_a_pick_a_question_of_its_own_or_a_place_is_no_theme_switch(
    plan, corpus: Corpus, follow: str
) -> None:
    history = _list_turn("Quelles structures font du réemploi ?", _of(corpus, REUSE), corpus)
    assert plan(follow, history).resolution != "previous question, another theme"


def test_a_theme_after_a_list_of_a_place_narrows_that_list(
    fake_engine: Engine, corpus: Corpus
) -> None:
    """'Quelles structures sont dans le Nord ?' then 'et dans l'alimentation ?': those of
    the Nord doing food (the previous list named no theme)."""
    nord = [f.id for f in corpus.fiches if f.contact.departement_code == "59"]
    history = _list_turn("Quelles structures sont dans le Nord ?", nord, corpus)
    answer = ask(fake_engine, "et dans l'alimentation ?", history)
    ids = {s.fiche_id for s in answer.structures}
    assert ids and ids <= set(nord) & set(_of(corpus, FOOD)), answer.answer
