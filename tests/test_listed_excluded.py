"""A list leaves out a fiche that names the thing asked only after an exclusion word ('… sauf
les cassettes VHS, le gros électroménager, les vêtements … et les téléviseurs'): that fiche
says it does not take it (synthetic sentences, and the real booklet, fast tier)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.listed_excluded import naming_sentence, only_excluded
from livret_qa.answering.yes_no import predicate
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer

EXCLUDING = "Tous les objets sont repris sauf les pneus, les matelas et les piles."


@pytest.mark.parametrize(
    ("question", "lang", "sentences", "expected"),
    [
        ("Which structures take mattresses?", "en", [EXCLUDING], True),
        ("quelles structures reprennent les matelas ?", "fr", [EXCLUDING], True),
        # named outside the exclusion too: it takes them somewhere
        (
            "quelles structures reprennent les matelas ?",
            "fr",
            [EXCLUDING, "Les matelas sont recyclés par l'atelier."],
            False,
        ),
        # named before the exclusion word: taken
        ("Which ones take mattresses?", "en", ["Les matelas sont repris, sauf les piles."], False),
        # not named at all: nothing to say, left to the list's own reading
        ("Which ones take bicycles?", "en", [EXCLUDING], False),
    ],
)
def test_a_thing_named_only_after_an_exclusion_word(
    question: str, lang: str, sentences: list[str], expected: bool
) -> None:
    assert only_excluded(predicate(question, lang), sentences) is expected


@pytest.mark.parametrize(
    "question",
    [
        "Which structures take TVs?",
        "quelles structures récupèrent des téléviseurs ?",
        "quelles structures récupèrent les vêtements ?",
        "Which initiatives collect clothes?",
    ],
)
def test_a_list_leaves_out_the_fiche_excluding_the_thing(
    fake_engine: Engine, question: str
) -> None:
    """Il était deux fois takes everything « sauf … les vêtements … et les téléviseurs »."""
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert "il-etait-deux-fois" not in [s.fiche_id for s in answer.structures], answer.answer


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("Which structures take TVs?", "synapse-3i"),
        ("quelles structures récupèrent les vêtements ?", "vestali"),
        ("Which structures take furniture?", "il-etait-deux-fois"),
    ],
)
def test_the_others_stay_listed(engine: Engine, question: str, kept: str) -> None:
    """What the search qualified and no exclusion names stays (the real model's ranking)."""
    answer = ask(engine, question)
    assert kept in [s.fiche_id for s in answer.structures], answer.answer


@pytest.mark.parametrize(
    "question",
    ["Which ones take VHS tapes?", "Quelles structures acceptent le gros électroménager ?"],
)
def test_a_thing_every_naming_fiche_excludes_is_refused_quoting_the_exclusion(
    fake_engine: Engine, question: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained and not answer.structures, answer.answer
    assert "sauf" in answer.answer


def test_a_sentence_naming_the_thing_by_another_form_is_found() -> None:
    """'téléviseurs' asked, « télévisions » written: one of its one-word French forms; the
    word a compound adds ('poste' of « poste de télévision ») names nothing."""
    pred = predicate("quelles structures reprennent les téléviseurs ?", "fr")
    sentences = [
        "Deux postes de travail sont créés.",
        "Tout est repris sauf les téléviseurs.",
        "Matériau : ordinateurs, imprimantes, télévisions en fin de vie.",
    ]
    assert naming_sentence(pred, sentences) == 2
    assert naming_sentence(pred, sentences[:2]) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures reprennent les téléviseurs ?",
        "quelles structures récupèrent des téléviseurs ?",
    ],
)
def test_when_the_ones_retrieved_exclude_it_those_naming_it_are_listed(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    check_answer(engine.corpus, answer.to_dict())
    assert [s.fiche_id for s in answer.structures] == ["synapse-3i"], answer.answer
    assert "televisions" in fold(answer.citations[0].quote)


FAMILY_EXCLUDED = "Tous les objets sont repris sauf les cassettes VHS et le gros électroménager."


@pytest.mark.parametrize(
    "question",
    [
        "Do they take washing machines?",
        "Can I bring my old fridge?",
        "Do they accept dishwashers?",
        "Do they take freezers and dryers?",
        "Which structures take tumble dryers?",
    ],
)
def test_a_kind_of_a_family_excluded_is_excluded(question: str) -> None:
    """'sauf le gros électroménager' leaves out washing machines and fridges: a large appliance
    asked is named, as its family, only after the exclusion word."""
    pred = predicate(question, "en")
    assert only_excluded(pred, [FAMILY_EXCLUDED]), question


@pytest.mark.parametrize(
    "question",
    [
        "Does Il était deux fois accept washing machines?",
        "Can I give my old fridge to Il était deux fois?",
        "Does Il était deux fois take dishwashers?",
    ],
)
def test_a_large_appliance_at_a_structure_excluding_them_is_a_no(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("No"), answer.answer
    assert "électroménager" in answer.answer
