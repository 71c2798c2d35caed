"""'ça fait 350 en tout donc ?', 'so 30 in total?' after a figure of one structure: the
asker's own sum, checked against the answer (the figures of that structure again), not a
total over the booklet. Class: a figure the user computed from the last answer."""

from __future__ import annotations

import pytest

from livret_qa.parsing.corpus import Corpus

CHECKS = [
    "ça fait 350 en tout donc ?",
    "donc 38 salariés au total ?",
    "so 30 in total?",
    "that makes 120 members altogether?",
]


def _history(corpus: Corpus) -> tuple[str, list[dict[str, str]]]:
    fiche = corpus.fiches[1]
    return fiche.id, [
        {"role": "user", "content": f"Combien de salariés a {fiche.name} ?"},
        {"role": "assistant", "content": "7 permanents et 30 en insertion."},
    ]


@pytest.mark.parametrize("question", CHECKS)
def test_a_sum_checked_stays_on_the_one_in_focus(plan, corpus: Corpus, question: str) -> None:
    fiche_id, history = _history(corpus)
    planned = plan(question, history)
    assert planned.targets == [fiche_id], planned
    assert planned.parts[0].attribute == "measure:salaries", planned


@pytest.mark.parametrize(
    "question",
    [
        "et en tout dans le livret ?",  # a total over the booklet: must not change
        "combien de salariés en tout pour toutes les structures ?",
        "so how many in total across the structures?",
    ],
)
def test_a_total_over_structures_is_no_check(plan, corpus: Corpus, question: str) -> None:
    fiche_id, history = _history(corpus)
    planned = plan(question, history)
    assert planned.targets != [fiche_id] or planned.intent == "aggregate", planned
