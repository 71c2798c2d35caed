"""An acronym the fiche spells out beside it though not letter for letter: 'SYNESI (Syndicat
d'employeur pour les ateliers et chantiers d'insertion)', '(EAPN : European Anti Poverty
Network)', 'Réseau pour Eviter le Gaspillage ALimentaire (REGAL)'. Its letters are drawn in
order from the words (a short form from its long form), so the booklet does spell it out;
asked as a follow-up or alone, the words are the answer. Neighbours: an acronym it never
spells out still abstains; words whose letters do not start with the acronym's spell nothing."""

from __future__ import annotations

import pytest

from livret_qa.answering.acronym import spelt_out
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange


@pytest.mark.parametrize(
    ("text", "acronym", "words"),
    [
        (
            "membre de SYNESI (Syndicat d'employeur pour les ateliers et chantiers d'insertion) et",
            "SYNESI",
            "Syndicat d'employeur pour les ateliers et chantiers d'insertion",
        ),
        (
            "avec le (EAPN : European Anti Poverty Network) qui",
            "EAPN",
            "European Anti Poverty Network",
        ),
        (
            "le Réseau pour Eviter le Gaspillage ALimentaire (REGAL) que",
            "REGAL",
            "Réseau pour Eviter le Gaspillage ALimentaire",
        ),
        ("la caisse d'allocation familiale (CAF) puis", "CAF", "caisse d'allocation familiale"),
    ],
)
def test_letters_drawn_in_order_spell_it_out(text: str, acronym: str, words: str) -> None:
    assert [s.words for s in spelt_out(text, acronym)] == [words]


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("membre de COORACE (réseau national) et", "COORACE"),  # letters not drawn in order
        ("avec le (ABC : une très longue suite de mots qui ne finit jamais ici) et", "ABC"),
        ("la boutique (ouverte trois jours) de", "SYNESI"),
    ],
)
def test_words_not_drawn_from_the_letters_spell_nothing(text: str, acronym: str) -> None:
    assert spelt_out(text, acronym) == []


@pytest.mark.parametrize(
    ("history", "question", "words"),
    [
        (
            exchange("Which networks is VESTALI a member of?", "COORACE and SYNESI."),
            "What does SYNESI stand for?",
            "Syndicat d'employeur",
        ),
        (
            exchange(
                "Le Jardin de Cocagne lutte contre la pauvreté avec qui ?",
                "Avec la branche française de l'EAPN.",
            ),
            "EAPN, ça veut dire quoi ?",
            "European Anti Poverty Network",
        ),
        ([], "what does EAPN stand for?", "European Anti Poverty Network"),
        ([], "que veut dire le sigle CROUS ?", "Centre Régional des Œuvres"),
    ],
)
def test_the_booklet_spelling_it_out_answers(
    engine: Engine, history: list[dict[str, str]], question: str, words: str
) -> None:
    answer = ask(engine, question, history)
    assert not answer.abstained
    assert words in answer.answer


def test_an_acronym_never_spelt_out_still_abstains(engine: Engine) -> None:
    history = exchange("Which networks is VESTALI a member of?", "COORACE and SYNESI.")
    assert ask(engine, "What does COORACE stand for?", history).abstained
