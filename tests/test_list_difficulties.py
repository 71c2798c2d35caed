"""Class: which structures have a difficulty, a lack or a need with something ('qui a des
problèmes de locaux ?', 'quelles structures ont des difficultés de locaux ?', 'qui manque de
bénévoles ?', 'which ones struggle to find premises?', 'which ones say they lack
volunteers?'). 'problèmes' is no word of the booklet, so the first abstained; 'difficultés'
is, so the second listed those whose sentence says 'difficultés' about anything else. The cue
says where to look (the obstacles, or a sentence stating a need or a search), the rest what
about: the list holds the fiches with such a sentence about the topic, quoted with it. A
public 'en difficulté' or 'in need' is whom a structure serves, no difficulty asked."""

from __future__ import annotations

import re

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.difficulty_lists import difficulty_sentences, topics_asked
from livret_qa.parsing.fiche import SectionKind
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

PREMISES = (
    r"\b(un|le|du|des|les|nouveaux?|nouvel|d'un|l')\s+((nouveaux?|nouvel)\s+)?(local|locaux)\b"
    r"|\bbatiments?\b"
)
NEED = r"\b(recherch|cherch|manqu|besoin|trop petit|difficult|trouver)"


@pytest.mark.parametrize(
    ("question", "lang", "word"),
    [
        ("qui a des problèmes de locaux ?", "fr", "local"),
        ("quelles structures ont des difficultés de locaux ?", "fr", "local"),
        ("qui a des soucis de locaux ?", "fr", "local"),
        ("qui manque de bénévoles ?", "fr", "benevol"),
        ("quelles structures ont du mal à trouver des financements ?", "fr", "financ"),
        ("which ones struggle to find premises?", "en", "local"),
        ("which structures have trouble with their premises?", "en", "local"),
        ("which ones say they lack volunteers?", "en", "benevol"),
    ],
)
def test_the_cue_is_blanked_and_the_topic_kept(question: str, lang: str, word: str) -> None:
    topics = topics_asked(question, lang)
    assert len(topics) == 1 and word in topics[0].stems, topics


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("qui aide les familles en difficulté ?", "fr"),
        ("which ones help people in need?", "en"),
        ("quelles structures vendent des légumes ?", "fr"),
        ("which structures mention a shop?", "en"),
    ],
)
def test_no_difficulty_asked_reads_no_topic(question: str, lang: str) -> None:
    assert topics_asked(question, lang) == []


def _sentences_of_need(engine: Engine, topic: str) -> set[str]:
    """The fiches with an obstacle, or a sentence of need or search, naming the topic."""
    out = set()
    for sentence in engine.sentences:
        chunk = engine.chunks[sentence.chunk]
        text = fold(sentence.text)
        obstacle = chunk.section == SectionKind.OBSTACLES
        if (obstacle or re.search(NEED, text)) and re.search(topic, text):
            out.add(chunk.fiche_id)
    return out


@pytest.mark.parametrize(
    "question",
    [
        "qui a des problèmes de locaux ?",
        "quelles structures ont des difficultés de locaux ?",
        "qui a des soucis de locaux ?",
        "which ones struggle to find premises?",
        "which structures have trouble with their premises?",
        "Quelles structures manquent de locaux ou ont des locaux trop petits ?",
    ],
)
def test_a_difficulty_with_premises_lists_who_states_one(
    fake_engine: Engine, question: str
) -> None:
    expected = _sentences_of_need(fake_engine, PREMISES)
    assert 1 < len(expected) < len(fake_engine.corpus.fiches)
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert {s.fiche_id for s in answer.structures} == expected, answer.answer
    for citation in answer.citations:  # quoted with the sentence stating it
        assert re.search(PREMISES, fold(citation.quote)), citation.quote


@pytest.mark.parametrize("question", ["qui manque de bénévoles ?", "which ones lack volunteers?"])
def test_a_lack_of_volunteers_lists_who_states_one(fake_engine: Engine, question: str) -> None:
    expected = _sentences_of_need(fake_engine, r"\bbenevol")
    mentioning = {
        f.id
        for f in fake_engine.corpus.fiches
        if "benevol" in fold(fake_engine.corpus.sources[f.source][f.span.start : f.span.end])
    }
    assert expected and expected < mentioning
    answer = ask(fake_engine, question)
    assert {s.fiche_id for s in answer.structures} == expected, answer.answer


def test_difficulty_sentences_hold_every_topic(fake_engine: Engine) -> None:
    topics = topics_asked("qui a des problèmes de locaux ?", "fr")
    said = difficulty_sentences(fake_engine, topics)
    assert said and all(re.search(PREMISES, fold(s)) for v in said.values() for s in v)


def test_a_difficulty_in_a_departement_keeps_the_place(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Quelles structures du Nord ont des problèmes de locaux ?")
    expected = {
        f
        for f in _sentences_of_need(fake_engine, PREMISES)
        if fake_engine.corpus.fiche(f).contact.departement_code == "59"
    }
    assert expected and {s.fiche_id for s in answer.structures} == expected, answer.answer


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("which structures help people looking for work?", "en"),
        ("which ones support families who need food?", "en"),
        ("qui aide les familles qui ont besoin d'aide alimentaire ?", "fr"),
        ("quelles structures accompagnent les personnes qui cherchent un emploi ?", "fr"),
    ],
)
def test_someone_elses_need_is_no_difficulty_of_the_structures(question: str, lang: str) -> None:
    assert topics_asked(question, lang) == []
