"""'Combien de salariés a X ?' then 'et combien de permanents ?', 'dont combien de femmes ?',
'how many apprentices?': a part of the staff asked by its contract or its people is answered by
the count the staff field states of that part, never by the whole headcount again; a field
stating no such part abstains, the headcount its nearest fact. Work-integration staff stays a
measure of its own ('and how many are in insertion?'). Synthetic staff fields written into a
copy of the booklet (fast tier, `test_headcount.engine_with_staff`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from livret_qa.answering.compose import ask
from tests.test_headcount import engine_with_staff

STAFF = "4 salariés permanents, 2 apprentis et 9 salariés en insertion (dont 5 femmes)"


def _after_headcount(engine, name: str, follow: str, lang: str = "fr"):  # type: ignore[no-untyped-def]
    first = f"Combien de salariés a {name} ?" if lang == "fr" else f"How many staff at {name}?"
    answer = ask(engine, first)
    assert ": 15 (= 4 + 2 + 9)" in answer.answer, answer.answer
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": answer.answer}]
    return ask(engine, follow, history)


@pytest.mark.parametrize(
    ("follow", "lang", "said"),
    [
        ("et combien de permanents ?", "fr", "4 salariés permanents"),
        ("et en CDI ?", "fr", "4 salariés permanents"),
        ("dont combien de femmes ?", "fr", "5 femmes"),
        ("et d'apprentis ?", "fr", "2 apprentis"),
        ("and how many women?", "en", "5 femmes"),
        ("how many apprentices?", "en", "2 apprentis"),
        ("and how many permanent staff?", "en", "4 salariés permanents"),
    ],
)
def test_a_part_of_the_staff_is_answered_by_its_count(
    corpus_dir: Path, follow: str, lang: str, said: str
) -> None:
    engine, name = engine_with_staff(corpus_dir, STAFF)
    answer = _after_headcount(engine, name, follow, lang)
    assert not answer.abstained, answer.answer
    assert said in answer.answer.split("«")[0], answer.answer
    assert "15 (" not in answer.answer, answer.answer


def test_a_part_asked_directly_is_answered_too(corpus_dir: Path) -> None:
    engine, name = engine_with_staff(corpus_dir, STAFF)
    answer = ask(engine, f"Combien de salariés permanents a {name} ?")
    assert "4 salariés permanents" in answer.answer.split("«")[0], answer.answer


@pytest.mark.parametrize(
    ("follow", "lang", "measure_said"),
    [
        ("and how many are in insertion?", "en", "9 salariés en insertion"),
        ("combien sont en insertion ?", "fr", "9 salariés en insertion"),
        ("et en insertion ?", "fr", "9 salariés en insertion"),
    ],
)
def test_work_integration_staff_stays_its_own_measure(
    corpus_dir: Path, follow: str, lang: str, measure_said: str
) -> None:
    engine, name = engine_with_staff(corpus_dir, STAFF)
    answer = _after_headcount(engine, name, follow, lang)
    assert measure_said in answer.answer, answer.answer
    assert "15 (" not in answer.answer, answer.answer


def test_a_part_the_field_does_not_state_abstains_with_the_headcount(corpus_dir: Path) -> None:
    engine, name = engine_with_staff(corpus_dir, "12 salariés")
    first = f"Combien de salariés a {name} ?"
    answer = ask(engine, first)
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": answer.answer}]
    follow = ask(engine, "et combien de permanents ?", history)
    assert follow.abstained, follow.answer
    assert "12" in follow.answer, follow.answer


@pytest.mark.parametrize(
    "question",
    [
        "Combien de salariés a {name} ?",
        "How many employees does {name} have?",
        "Quel est l'effectif de {name} ?",
    ],
)
def test_the_whole_headcount_is_unchanged(corpus_dir: Path, question: str) -> None:
    engine, name = engine_with_staff(corpus_dir, STAFF)
    answer = ask(engine, question.format(name=name))
    assert ": 15 (= 4 + 2 + 9)" in answer.answer, answer.answer


def test_a_part_is_read_on_the_staff_line_first(fake_engine) -> None:  # type: ignore[no-untyped-def]
    """A fiche counting other permanent people elsewhere ('5 formateurs permanents') answers
    'et combien de permanents ?' after its headcount from its staff line."""
    fiche = next(
        f
        for f in fake_engine.corpus.fiches
        if "formateurs permanents"
        in fake_engine.corpus.sources[f.source][f.span.start : f.span.end]
    )
    first = f"Combien de salariés a {fiche.name} ?"
    answer = ask(fake_engine, first)
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": answer.answer}]
    follow = ask(fake_engine, "how many of them are permanent?", history)
    assert "EFFECTIF SALARIAL" in follow.answer and "formateurs" not in follow.answer


def test_a_part_never_stated_abstains(corpus_dir: Path) -> None:
    engine, name = engine_with_staff(corpus_dir, STAFF)
    answer = _after_headcount(engine, name, "et les hommes ?")
    assert answer.abstained and "15" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("staff", "question", "said", "abstained"),
    [
        ("12 salariés en 2020", "Combien de salariés avait {name} en 2020 ?", ": 12 (2020)", False),
        ("12 salariés en 2020", "How many employees did {name} have in 2019?", "12 (2020)", True),
        ("12 salariés", "Combien de salariés a {name} en 2021 ?", "12", True),
        (
            "4 permanents et 8 salariés en insertion en 2021",
            "{name} : combien de salariés en 2021 ?",
            "12 (2021, = 4 + 8)",
            False,
        ),
    ],
)
def test_the_headcount_of_a_year_is_the_field_s_of_that_year(
    corpus_dir: Path, staff: str, question: str, said: str, abstained: bool
) -> None:
    """'Combien de salariés en 2021 ?': the headcount, when the field is of that year; of
    another year or of none, the nearest fact (it fell to an unrelated key figure)."""
    engine, name = engine_with_staff(corpus_dir, staff)
    answer = ask(engine, question.format(name=name))
    assert answer.abstained == abstained, answer.answer
    assert said in answer.answer, answer.answer
