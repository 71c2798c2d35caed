"""The booklet itself asked about, as a whole ('de quoi parle le livret ?', 'what is the
booklet about?', 'quels thèmes couvre le livret ?', 'what does this booklet cover?'): answered
from what the booklet says of itself — its cover title, its theme headings and the structures
under each — instead of one fiche's sentence sharing a word with the question. What must not
change: a question about one structure or a place that names the booklet ('De quoi parle la
fiche de VESTALI ?', 'Quelles structures du Nord présente le livret ?', 'What does the
booklet say about Synapse 3i?'). Synthetic questions; the title, themes and counts are read
from the parsed booklet, not written for this one."""

from __future__ import annotations

import pytest

from livret_qa.answering.booklet_about import asks_maker, booklet_about
from livret_qa.answering.compose import ask
from livret_qa.answering.plan import QuestionPlan
from livret_qa.parsing.corpus import Corpus
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "De quoi parle le livret ?",
        "What is the booklet about?",
        "Quels thèmes couvre le livret ?",
        "c'est quoi ce livret",
        "What does this booklet cover?",
        "Quel est le titre du livret ?",
    ],
)
def test_the_booklet_asked_about_is_answered_from_itself(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    for fiche in engine.corpus.fiches:
        assert fiche.name in answer.answer and fiche.theme in answer.answer
    assert engine.corpus.booklets[0].label() in answer.answer


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("De quoi parle la fiche de VESTALI ?", "vestali"),
        ("Quelles structures du Nord présente le livret ?", "le-jardin-de-cocagne"),
        ("What does the booklet say about Synapse 3i?", "synapse-3i"),
    ],
)
def test_a_structure_or_place_asked_stays_asked(
    engine: Engine, question: str, fiche_id: str
) -> None:
    answer = ask(engine, question)
    assert answer.structures and answer.structures[0].fiche_id.startswith(fiche_id)


def test_the_answer_is_read_from_the_booklet(corpus: Corpus) -> None:
    text = booklet_about(corpus, "fr")
    assert f"{len(corpus.fiches)} structures" in text
    assert f"{len({f.theme for f in corpus.fiches})} thèmes" in text


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Qui a rédigé ce livret et en quelle année ?", True),
        ("qui a fait le livret ?", True),
        ("C'est qui l'auteur du livret ?", True),
        ("Le livret a été publié quand ?", True),
        ("Who wrote this booklet?", True),
        ("Who are the authors of the booklet?", True),
        ("When was the booklet published?", True),
        # neighbours: things made by the structures, the booklet's topic
        ("Which products in the booklet are made by hand?", False),
        ("Qui a fait le drive fermier dans le livret ?", False),
        ("De quoi parle le livret ?", False),
        ("Who makes furniture in this booklet?", False),
    ],
)
def test_who_made_the_booklet_is_asked(question: str, asks: bool) -> None:
    plan = QuestionPlan(question=question, lang="fr", parts=[], query=question)
    assert asks_maker(plan, "livret d'initiatives") is asks
    assert not asks_maker(plan, "livret realise par la cress")
