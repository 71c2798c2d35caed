"""'sans compter X ?', 'à part X ?', 'excluding X?', 'et sans X ?' after a list, a total or a
ranking of several structures: the same list, total or ranking made of the rest (it answered a
stray sentence about X, or X alone). A name alone ('et X ?'), or such words after a turn about
one structure, keep their reading. Synthetic conversations on the fake engine over the real
booklet (fast tier)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


def _ask(engine: Engine, questions: list[str]):  # type: ignore[no-untyped-def]
    history: list[dict[str, str]] = []
    answers = []
    for question in questions:
        answer = ask(engine, question, history)
        answers.append(answer)
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.answer},
        ]
    return answers


@pytest.mark.parametrize(
    "template",
    ["sans compter {name} ?", "à part {name} ?", "excluding {name}?", "and without {name}?"],
)
def test_a_list_less_one_named(fake_engine: Engine, template: str) -> None:
    first = ask(fake_engine, "Quelles structures sont dans le Pas-de-Calais ?")
    listed = [s.fiche_id for s in first.structures]
    assert len(listed) > 2, first.answer
    left = next(f for f in fake_engine.corpus.fiches if f.id == listed[-1])
    _, answer = _ask(
        fake_engine,
        ["Quelles structures sont dans le Pas-de-Calais ?", template.format(name=left.name)],
    )
    assert {s.fiche_id for s in answer.structures} == set(listed) - {left.id}, answer.answer


def test_a_total_less_one_named(fake_engine: Engine) -> None:
    total, less = _ask(
        fake_engine, ["Quel est le budget total des structures du réemploi ?", "et sans VESTALI ?"]
    )
    assert total.facts and less.facts, less.answer
    assert {s.fiche_id for s in less.structures} == (
        {s.fiche_id for s in total.structures} - {"vestali"}
    ), less.answer
    assert less.facts["query"]["op"] == total.facts["query"]["op"]


def test_a_ranking_less_its_first(fake_engine: Engine) -> None:
    first, less = _ask(
        fake_engine, ["Which structure has the most employees?", "and apart from Synapse 3i?"]
    )
    assert first.structures[0].fiche_id == "synapse-3i", first.answer
    assert less.facts is not None and less.facts["query"]["op"] == "max", less.answer
    assert less.structures and less.structures[0].fiche_id != "synapse-3i", less.answer


def test_a_question_of_its_own_about_the_rest(fake_engine: Engine) -> None:
    _, answer = _ask(
        fake_engine,
        ["Quelles structures sont dans le Pas-de-Calais ?", "sauf VESTALI, combien de salariés ?"],
    )
    assert answer.facts is not None, answer.answer
    assert "vestali" not in {s.fiche_id for s in answer.structures}, answer.answer


@pytest.mark.parametrize(
    ("questions", "fiche"),
    [
        # one structure before: nothing to leave it out of
        (["Quel est le budget de VESTALI ?", "sans compter Synapse 3i ?"], "synapse-3i"),
        # a name alone after a list asks of that one
        (["Quelles structures sont dans le Pas-de-Calais ?", "et VESTALI ?"], "vestali"),
    ],
)
def test_other_follow_ups_keep_their_reading(
    fake_engine: Engine, questions: list[str], fiche: str
) -> None:
    answer = _ask(fake_engine, questions)[-1]
    assert [s.fiche_id for s in answer.structures][:1] == [fiche], answer.answer
