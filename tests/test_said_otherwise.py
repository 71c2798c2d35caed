"""False abstentions where the booklet states the answer in other words (round 23): a thing
asked in a synonym of the fiche's word ('dépenses' for its 'frais'), an English hyphenated
compound ('pick-up spots' for 'points de dépôt'), a list with one word the booklet never writes
among words it answers, a person who launched one side of a structure told in its history.
Each answerable probe must be answered by the fiche stating it; each near miss (a year not
stated, a role never named, a thing never mentioned) must keep being refused.

On the real booklet with the real engine: synthetic questions of the class, FR and EN."""

from __future__ import annotations

import pytest

from livret_qa.answering import launched_side
from livret_qa.answering.compose import ask
from livret_qa.answering.planner import _counted_noun
from livret_qa.answering.topic_words import topic_words
from livret_qa.lexicon import GENERIC_TOPIC_EN

APVO = "association-des-producteurs-des-vallees-de-l-oise"
COCAGNE = "le-jardin-de-cocagne-de-la-haute-borne"
COPAINS = "les-copains-de-thierache"
BOIS = "le-bois-de-deux-mains"
SYNAPSE = "synapse-3i"
IEDF = "il-etait-deux-fois"

ANSWERED: list[tuple[str, set[str]]] = [
    # a thing in a synonym of the fiche's word
    ("Qui prend en charge les dépenses de fonctionnement du drive fermier de l'Oise ?", {APVO}),
    ("les dépenses courantes du drive fermier de l'Oise, qui les paie ?", {APVO}),
    ("Who covers the running expenses of the Oise farm drive?", {APVO}),
    ("Association Des Producteurs Des Vallées De L'Oise : qui paie les dépenses ?", {APVO}),
    # an English hyphenated compound
    ("How many drop-off points does the Cocagne garden have?", {COCAGNE}),
    ("How many pick-up points has Le Jardin de Cocagne got?", {COCAGNE}),
    ("how many pick-up spots for Le Jardin de Cocagne de la Haute Borne?", {COCAGNE}),
    ("Combien de points de dépôt a le Jardin de Cocagne ?", {COCAGNE}),
    # a figure for the very year it is stated for
    ("What was the turnover of Les Copains de Thiérache in 2020?", {COPAINS}),
    ("What were Les Copains de Thiérache's sales in 2020?", {COPAINS}),
    ("Quel chiffre d'affaires pour Les Copains de Thiérache en 2020 ?", {COPAINS}),
    ("What was the value of Les Copains de Thiérache's sales in 2020?", {COPAINS}),
    ("What were total sales at Il était deux fois in 2020?", {IEDF}),
    # who launched one side of a structure, told in its history
    ("Who launched the upholstery activity at Le Bois de Deux Mains?", {BOIS}),
    ("qui a développé l'activité tapisserie au Bois de Deux Mains ?", {BOIS}),
    # a proportion in other words
    (
        "What share of Le Bois de Deux Mains' insertion employees had a positive exit in 2020?",
        {BOIS},
    ),
    ("Quel pourcentage de sorties positives au Bois de Deux Mains en 2020 ?", {BOIS}),
    ("What share of Le Bois de Deux Mains' sales comes from individuals?", {BOIS}),
    ("What percentage of Synapse 3i's employees are disabled?", {SYNAPSE}),
    ("What share of Le Bois de Deux Mains' trainees moved on successfully?", {BOIS}),
    # what happened in a year a sentence of the fiche states, though the passage found is
    # of another year
    ("What became of Synapse Picardie and Synapse Insertion in 2018?", {SYNAPSE}),
    # a figure of what is being bought, asked in the future ('how big will … be?')
    ("How big will VESTALI's new building be?", {"vestali"}),
    # a list, its things in other words
    ("Which structures do upholstery?", {BOIS, SYNAPSE}),
    ("Quelles structures font de la tapisserie d'ameublement ?", {BOIS, SYNAPSE}),
    ("Who does upholstery and restores old chairs and settees?", {BOIS, SYNAPSE}),
    ("Which structures attract tourists?", {COPAINS, IEDF}),
    ("Quelles structures attirent les touristes ?", {COPAINS, IEDF}),
    ("Which structures try to draw in tourists?", {COPAINS, IEDF}),
    ("Which ones attract tourists?", {COPAINS, IEDF}),
    # a compound's head said again alone is the compound again
    ("Who sells veg boxes, with cheaper boxes for students?", {COCAGNE}),
]

REFUSED: list[object] = [
    # a figure for a year not stated
    "What were sales worth at the Thiérache shops in 2018?",
    "What proportion of Le Bois de Deux Mains' trainees moved on successfully in 2018?",
    "Combien de sorties positives au Bois de Deux Mains en 2017 ?",
    "What was the turnover of Les Copains de Thiérache in 2015?",
    "What happened to Synapse 3i in 2016?",
    "How big will Synapse 3i's new building be?",
    # a role or person never named
    "Who started the sewing workshop at Le Bois de Deux Mains?",
    "Qui a lancé l'atelier poterie du Bois de Deux Mains ?",
    "Who started the upholstery side at VESTALI?",
    "Who started the upholstery workshop at Synapse 3i?",
    "Who founded Le Bois de Deux Mains?",
    "Who is the treasurer of the Oise farm drive?",
    # a thing never mentioned
    "Who repairs pianos and organs?",
    # (an English word the glossary lacks, 'skiers', is no topic read: answered at HEAD too)
    pytest.param("Which structures draw in skiers?", marks=pytest.mark.xfail(strict=True)),
    pytest.param(
        "Which places make a point of drawing in cruise passengers?",
        marks=pytest.mark.xfail(strict=True),
    ),
    "How many camping pitches does the Cocagne garden have?",
    "How many charging points does the Cocagne garden have?",
    "Combien a coûté la publicité du drive fermier de l'Oise ?",
    "Quelles structures réparent des pianos ?",
    "What proportion of VESTALI's volunteers are women?",
    "What percentage of Synapse 3i's trainees moved on successfully?",
    "What proportion of Le panier de la mer 62's trainees moved on successfully?",
    "Qui paie les dépenses de chauffage de la piscine du drive fermier ?",
    # an unknown thing asked alone, as half of two, or two of them in a list
    "Who repairs sofas?",
    "Who repairs bikes and pianos?",
    "Who does upholstery, re-covering chairs, sofas and pianos?",
    "Who sells veg boxes, with cheaper boxes for dogs?",
]


@pytest.mark.parametrize(("question", "fiches"), ANSWERED)
def test_a_fact_said_otherwise_is_answered(engine, question: str, fiches: set[str]) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, question, [])
    assert not answer.abstained, answer.answer[:300]
    assert answer.structures and answer.structures[0].fiche_id in fiches


@pytest.mark.parametrize("question", REFUSED)
def test_a_near_miss_is_still_refused(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    assert ask(engine, question, []).abstained


@pytest.mark.parametrize(
    ("folded", "noun"),
    [
        ("how many pick-up spots does it have", "pick-up"),
        ("how many drop-off points", "drop-off"),
        ("combien de points de depot", "points"),
        ("how many masks", "masks"),
    ],
)
def test_a_hyphenated_noun_is_counted_whole(folded: str, noun: str) -> None:
    """'pick-up spots' counts pick-up spots, not 'pick' (a word the fiche never states)."""
    assert _counted_noun(folded) == noun


@pytest.mark.parametrize(
    ("question", "side"),
    [
        ("Who started the upholstery side at Le Bois de Deux Mains?", ["upholstery"]),
        ("qui a lancé la tapisserie ?", ["tapisserie"]),
        ("Who founded Le Bois de Deux Mains?", []),
        ("qui a créé l'association ?", []),
        ("Who started it?", []),
    ],
)
def test_the_side_whose_launcher_is_asked(question: str, side: list[str]) -> None:
    assert launched_side.side_asked(question, "Le Bois de Deux Mains") == side


def test_a_launch_is_of_the_side_right_after_its_verb() -> None:
    stems = ["tapiss"]
    assert launched_side.tells_launch("Une tapissière développe l'activité tapisserie.", stems)
    assert not launched_side.tells_launch(
        "L'atelier tapisserie d'ameublement restaure et crée des sièges anciens.", stems
    )


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("selling veg boxes with cheaper boxes for students", ["selling", "veg boxes", "students"]),
        ("Which ones sell veg boxes and gift boxes?", ["sell", "veg boxes", "gift", "boxes"]),
    ],
)
def test_a_compound_head_said_again_is_the_compound(question: str, words: list[str]) -> None:
    assert [g.word for g in topic_words(question, GENERIC_TOPIC_EN)] == words
