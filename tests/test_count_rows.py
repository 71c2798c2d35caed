"""A count bound by a figure ('combien de structures ont plus de 100 adhérents ?', 'how many
have more than 10 employees?') shows each structure counted with the figure that qualifies it,
cited from that figure's line — it gave the town, which says nothing of why — and 'lesquelles ?',
'which ones?', 'laquelle ?' after it give the same rows (retrieval quoted any line of each, a
network line for a count of members). A count bound by a place keeps each one's town. Synthetic
thresholds read from the facts store of the real booklet (fast tier)."""

from __future__ import annotations

import re

import pytest

from livret_qa.answering.aggregate_answer import run_query
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

BOUNDED = [
    ("adherents", "combien de structures ont plus de {n} adhérents ?"),
    ("salaries", "how many structures have more than {n} employees?"),
    ("budget", "combien de structures ont un budget supérieur à {n} € ?"),
]


def _threshold(engine: Engine, measure: str) -> tuple[float, set[str]]:
    """A bound that keeps at least two structures but not all that state the figure."""
    result = run_query(engine, {"op": "list", "measure": measure, "filters": {}})
    assert result is not None
    values = sorted({r.number for r in result.rows if r.number is not None})
    bound = values[len(values) // 3]
    return bound, {r.fiche_id for r in result.rows if r.number is not None and r.number > bound}


def _cited_figures(engine: Engine, answer) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {c.fiche_id: c.quote for c in answer.citations}


@pytest.mark.parametrize(("measure", "template"), BOUNDED)
@pytest.mark.parametrize("which", [None, "lesquelles ?", "which ones?", "c'est qui ?"])
def test_a_count_bound_by_a_figure_cites_each_ones_figure(
    fake_engine: Engine, measure: str, template: str, which: str | None
) -> None:
    bound, expected = _threshold(fake_engine, measure)
    assert len(expected) >= 2
    question = template.format(n=f"{bound:.0f}")
    answer = ask(fake_engine, question)
    if which is not None:
        turn = [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.answer},
        ]
        answer = ask(fake_engine, which, turn)
    assert {s.fiche_id for s in answer.structures} == expected, answer.answer
    cited = _cited_figures(fake_engine, answer)
    assert set(cited) == expected
    for fiche_id, quote in cited.items():  # the figure's line: a number, not a town
        assert re.search(r"\d", quote), (fiche_id, quote)


def test_which_one_after_a_count_of_one_names_it(fake_engine: Engine) -> None:
    result = run_query(fake_engine, {"op": "list", "measure": "annee_creation", "filters": {}})
    assert result is not None
    oldest = min((r for r in result.rows if r.number), key=lambda r: r.number or 0.0)
    question = f"combien de structures ont été créées avant {int(oldest.number or 0) + 1} ?"
    count = ask(fake_engine, question)
    turn = [{"role": "user", "content": question}, {"role": "assistant", "content": count.answer}]
    for which in ("laquelle ?", "which one?"):
        answer = ask(fake_engine, which, turn)
        assert [s.fiche_id for s in answer.structures] == [oldest.fiche_id], answer.answer
        assert str(int(oldest.number or 0)) in answer.answer


def test_a_count_bound_by_a_place_keeps_each_ones_town(fake_engine: Engine) -> None:
    fiche = fake_engine.corpus.fiches[0]
    answer = ask(fake_engine, f"combien de structures sont dans le {fiche.contact.departement} ?")
    assert fiche.contact.town in answer.answer
