"""Class: a follow-up asking of a thing of the one structure in focus, in words another fiche
writes more often ('le magasin est ouvert combien de jours ?' after Il était deux fois, 'what's
the European project called?' after Le Panier de la Mer 62, 'la boutique a ouvert quand ?').
The focus is carried: a noun that is the subject of its own verb ('le magasin est …') is the
thing asked, no description of another structure; and a thing the focus's own fiche writes
points at no other structure of the booklet. Near misses: an elliptic switch describing
another one ('what about the toy one?', 'et celle d'Amiens ?') still switches."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.description import described_words
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold
from tests.conversations import exchange as _h
from tests.conversations import named as _named

IL2, PANIER, REMISE, SYNAPSE, COPAINS = (
    "il-etait-deux-fois",
    "le-panier-de-la-mer-62",
    "la-remise-enjouee",
    "synapse-3i",
    "les-copains-de-thierache",
)

IL2_FR = _h("Il était deux fois, c'est quoi ?", "Une ressourcerie associative du Montreuillois.")
PANIER_EN = _h("What does Le Panier de la Mer 62 do?", "It collects unsold fish in Boulogne.")
COPAINS_FR = _h("Parle-moi des Copains de Thiérache.", "Une épicerie associative à Guise.")
BUDGET_IL2 = _h("How much is the budget of Il était deux fois?", "316 000 € in 2021.")
WHERE_BOIS = _h("Où se trouve Le Bois de Deux Mains ?", "À Pommiers, dans l'Aisne.")

CARRIED = [
    (IL2_FR, "le magasin est ouvert combien de jours ?", IL2),
    (IL2_FR, "la boutique a ouvert quand ?", IL2),
    (PANIER_EN, "what's the European project called?", PANIER),
    (PANIER_EN, "when does the European project end?", PANIER),
    (COPAINS_FR, "le magasin de Guise vend quoi ?", COPAINS),
]


@pytest.mark.parametrize(("history", "question", "fiche"), CARRIED)
def test_a_thing_of_the_focus_keeps_the_focus(
    engine: Engine, history: list[dict[str, str]], question: str, fiche: str
) -> None:
    answer = ask(engine, question, history)  # (answered, or refused naming its nearest fact)
    assert [s.fiche_id for s in answer.structures][:1] == [fiche]


SWITCHED = [
    (BUDGET_IL2, "what about the toy one?", REMISE),
    (WHERE_BOIS, "et celle d'Amiens ?", SYNAPSE),
]


@pytest.mark.parametrize(("history", "question", "fiche"), SWITCHED)
def test_an_elliptic_description_still_switches(
    engine: Engine, history: list[dict[str, str]], question: str, fiche: str
) -> None:
    assert _named(ask(engine, question, history)) == [fiche]


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("le magasin est ouvert combien de jours ?", ""),
        ("la boutique a ouvert quand ?", ""),
        ("and the fish charity?", "fish"),
        ("et l'asso qui retape des meubles ?", "retape meubles"),
    ],
)
def test_a_noun_before_its_verb_describes_none(question: str, words: str) -> None:
    assert described_words(fold(question)) == words
