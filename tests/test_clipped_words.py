"""A thing asked in a clipped everyday word ('combien d'ordis ?', 'les bénévs', 'les adhés')
or by the head of a two-word measure label ('combien de chiffre ?') is read as the booklet's
word it clips: the refusal naming it is asked again with that word (clipped_words.py).
What must not change: the same clipped word asked of a fiche, a year or a thing the booklet
does not state still refuses; a word the booklet writes, or a short one, is read as typed.
Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.clipped_words import ClippedReader, refused_nouns
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_citation


def _reader(engine: Engine) -> ClippedReader:
    labels = [m.label_fr for m in lx.MEASURES]
    return ClippedReader(engine.booklet_folded, engine.lexical_vocabulary, labels)


@pytest.mark.parametrize(
    ("question", "history", "fiche_id", "stated"),
    [
        ("Synapse 3i file combien d'ordis chaque année ?", [], "synapse-3i", "1200"),
        ("combien d'ordis reconditionnés par synapse en 2020 ?", [], "synapse-3i", "1500"),
        ("y a combien de bénévs au bois de deux mains ?", [], "le-bois-de-deux-mains", "30"),
        ("le panier de la mer a combien d'adhés ?", [], "le-panier-de-la-mer-62", "120"),
        (
            "l'épicerie des copains de thiérache fait combien de chiffre ?",
            [],
            "les-copains-de-thierache",
            "160 000",
        ),
        (
            "et ils ont combien d'adhés ?",
            [
                {"role": "user", "content": "c'est quoi la remise enjouée ?"},
                {"role": "assistant", "content": "Une ressourcerie du jouet."},
            ],
            "la-remise-enjouee",
            "50",
        ),
    ],
)
def test_a_clipped_word_answers(
    fake_engine: Engine, question: str, history: list[dict[str, str]], fiche_id: str, stated: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    for citation in answer.to_dict()["citations"]:
        check_citation(fake_engine.corpus, citation)
    assert answer.structures[0].fiche_id == fiche_id
    assert stated in answer.answer
    assert answer.question == question  # the asker's own words are kept


@pytest.mark.parametrize(
    "question",
    [
        "combien d'ordis synapse a reconditionné en 2017 ?",  # another year
        "combien d'ordis vend vestali ?",  # a fiche that does not count them
        "combien de bénévs chez vestali ?",
        "combien d'apparts gère synapse 3i ?",  # 'appartenance' is no flat
        "combien de frigos a le jardin de cocagne ?",
    ],
)
def test_a_clipped_word_the_fiche_does_not_state_still_refuses(
    fake_engine: Engine, question: str
) -> None:
    assert ask(fake_engine, question).abstained


def test_what_a_clipped_word_is_read_as(fake_engine: Engine) -> None:
    reader = _reader(fake_engine)
    assert reader.meant("ordis") == "ordinateurs"
    assert reader.meant("bénévs") == "benevoles"
    assert reader.meant("adhés") == "adherents"
    assert reader.meant("ordinateurs") is None  # written so
    assert reader.meant("pros") is None  # too short to tell
    assert reader.meant("broderie") is None  # no booklet word begins so
    assert reader.label_of("chiffre") == "chiffre d'affaires"
    assert reader.label_of("personnes") is None  # a generic count, no label's head


def test_only_a_refused_noun_is_expanded(fake_engine: Engine) -> None:
    reader = _reader(fake_engine)
    assert reader.expanded("combien d'ordis ?", {"ordis"}) == "combien d'ordinateurs ?"
    assert reader.expanded("combien d'ordis ?", {"budget"}) is None
    assert reader.expanded("combien de chiffre ?", {"chiffre"}) == (
        "combien de chiffre d'affaires ?"
    )
    assert reader.expanded("le chiffre d'affaires ?", {"chiffre"}) is None  # already whole
    plan = {"parts": [{"noun": "ordis", "attribute": ""}, {"noun": "", "attribute": "x"}]}
    assert refused_nouns(plan) == {"ordis"}
