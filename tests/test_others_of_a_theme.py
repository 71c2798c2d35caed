"""'et pour les autres structures de l'alimentation ?', 'and the other re-use ones?', 'et
les autres ?' after a turn about one structure it named: the previous question asked of the
other structures (of that theme), not again of the one in focus. Class: the others of a
theme or of the booklet, after one structure. Synthetic conversations over the real
booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.parsing.corpus import Corpus

FOOD, REUSE = "L'alimentation durable", "Le réemploi"


@pytest.mark.parametrize(
    ("question", "theme"),
    [
        ("et pour les autres structures de l'alimentation ?", FOOD),
        ("and the other re-use ones?", REUSE),
        ("et les autres du réemploi ?", REUSE),
        ("et les autres ?", None),
        ("what about the others?", None),
    ],
)
def test_the_last_question_is_asked_of_the_others(
    engine, corpus: Corpus, question: str, theme: str | None
) -> None:
    one = next(f for f in corpus.fiches if f.theme == (theme or FOOD))
    history = [
        {"role": "user", "content": f"Qui dirige {one.name} ?"},
        {"role": "assistant", "content": "Son directeur."},
    ]
    answer = ask(engine, question, history)
    got = {s.fiche_id for s in answer.structures}
    others = {f.id for f in corpus.fiches if f.id != one.id and (theme is None or f.theme == theme)}
    assert one.id not in got and got <= others and len(got) >= len(others) - 1, answer.answer
    assert answer.plan["parts"][0]["attribute"] == "role:leader", answer.plan


def test_the_others_of_a_list_pick_stay_the_lists(engine, corpus: Corpus) -> None:
    """Must not change: after a pick from a list, 'et les autres ?' is the rest of that list."""
    reuse = [f for f in corpus.fiches if f.theme == REUSE]
    history = [
        {"role": "user", "content": "Quelles structures font du réemploi ?"},
        {"role": "assistant", "content": ", ".join(f.name for f in reuse)},
        {"role": "user", "content": "la deuxième, son budget ?"},
        {"role": "assistant", "content": "Son budget."},
    ]
    answer = ask(engine, "et les autres ?", history)
    got = {s.fiche_id for s in answer.structures}
    assert got == {f.id for f in reuse} - {reuse[1].id}, answer.answer


def test_a_figure_over_the_others_stays_an_aggregate(engine, corpus: Corpus) -> None:
    """Must not change: 'et en moyenne pour les autres structures du réemploi ?' after one
    structure's members is an average over the others (an aggregate), not the last question
    asked of each."""
    one = next(f for f in corpus.fiches if f.theme == REUSE)
    history = [
        {"role": "user", "content": f"Combien d'adhérents compte {one.name} ?"},
        {"role": "assistant", "content": "Ses adhérents."},
    ]
    answer = ask(engine, "et en moyenne pour les autres structures du réemploi ?", history)
    assert answer.facts is not None and answer.facts.get("query", {}).get("op") == "avg", (
        answer.answer
    )
    assert one.id not in {s.fiche_id for s in answer.structures}
