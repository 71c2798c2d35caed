"""Near-miss counts: a count asked of one structure whose figure's clause NAMES the thing asked
without COUNTING it — after a preposition, as what another counted thing is for ('40 têtes de
lit pour hôtel'), or far from any number. The answer abstains, names the structure and quotes
the nearest fact; a clause whose number counts the thing ('30 bénévoles impliqués', 'NOMBRE
D'ADHÉRENTS : 400', '3,5 tonnes de jouets') keeps its answer. Synthetic questions, French and
English, on the real booklet with the fake embedder (counted_complement.py, counted_head.py)."""

from __future__ import annotations

import pytest

from livret_qa.answering import counted_head
from livret_qa.answering.compose import ask
from livret_qa.answering.counted_complement import mentioned_uncounted
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer

BOIS = "le-bois-de-deux-mains"
COCAGNE = "le-jardin-de-cocagne-de-la-haute-borne"
SYNAPSE = "synapse-3i"
DRIVE = "association-des-producteurs-des-vallees-de-l-oise"

# (question, the one structure the abstention names)
ABSENT = [
    ("How many hotels did Le Bois de Deux Mains make headboards for?", BOIS),
    ("Le Bois de Deux Mains a fait des têtes de lit pour combien d'hôtels ?", BOIS),
    ("How many students did Le Bois de Deux Mains make beech chairs for?", BOIS),
]

# (question, structure, what the answer says)
STATED = [
    ("How many volunteers are involved at Le Bois de Deux Mains?", BOIS, "30"),
    ("Combien d'adhérents compte le Jardin de Cocagne de la Haute Borne ?", COCAGNE, "400"),
    ("How many trainers does Synapse 3i employ?", SYNAPSE, "5"),
    (
        "Combien de colis viande vend l'Association des Producteurs des Vallées de l'Oise ?",
        DRIVE,
        "15",
    ),
]


@pytest.mark.parametrize(("question", "fiche_id"), ABSENT)
def test_count_of_a_thing_only_named_abstains(
    fake_engine: Engine, question: str, fiche_id: str
) -> None:
    answer = ask(fake_engine, question, [])
    check_answer(fake_engine.corpus, answer.to_dict())
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id], answer.answer
    assert answer.citations, answer.answer  # the nearest fact, quoted


@pytest.mark.parametrize(("question", "fiche_id", "said"), STATED)
def test_count_of_a_counted_thing_stays_answered(
    fake_engine: Engine, question: str, fiche_id: str, said: str
) -> None:
    answer = ask(fake_engine, question, [])
    assert not answer.abstained, answer.answer
    assert fiche_id in [s.fiche_id for s in answer.structures], answer.answer
    assert fold(said) in fold(answer.answer), answer.answer


def _asked(text: str, lang: str) -> list[counted_head.Glossed]:
    return counted_head._asked_things(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "clause", "uncounted"),
    [
        # named after a preposition: the number counts another thing
        ("How many hotels?", "en", "40 têtes de lit pour hôtel ; 120 chaises design", True),
        ("combien d'étudiants ?", "fr", "80 chaises en hêtre massif pour étudiants", True),
        # named far from any number, in another segment
        ("How many shops?", "en", "Un magasin ouvert à tous ; 2 ateliers", True),
        # counted: a number before it, or a label before its number
        ("How many volunteers?", "en", "30 bénévoles impliqués.", False),
        ("combien d'adhérents ?", "fr", "NOMBRE D'ADHÉRENTS : 400", False),
        ("How many toys?", "en", "3,5 tonnes de jouets collectés", False),
        ("combien d'alternants ?", "fr", "3 contrats en alternance", False),
        ("combien de bénévoles ?", "fr", "une dizaine sont des bénévoles actifs", False),
        # not named at all: another check reads it
        ("How many hotels?", "en", "30 bénévoles impliqués.", False),
    ],
)
def test_mentioned_uncounted(text: str, lang: str, clause: str, uncounted: bool) -> None:
    asked = _asked(text, lang)
    assert asked, text
    assert mentioned_uncounted(asked, clause) is uncounted
