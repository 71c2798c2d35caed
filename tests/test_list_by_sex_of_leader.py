"""Lists of structures by the sex of who leads them, however the lead is said ('à leur
direction', 'à leur tête', 'directed by', 'women-led', 'a man in charge'), in both languages,
both sexes asked at once ('directed by women and which by men': two parallel lists), and a sex
the booklet never writes as a word ('man': its cards say 'Directeur') no ground to refuse.
Synthetic questions over the real booklet with the real engine, and the pure rules."""

from __future__ import annotations

import pytest

from livret_qa.answering import asked_value, parallel_list
from livret_qa.answering.compose import ask
from tests.conversations import named

OISE = "association-des-producteurs-des-vallees-de-l-oise"
JARDIN = "le-jardin-de-cocagne-de-la-haute-borne"
PANIER = "le-panier-de-la-mer-62"
COPAINS = "les-copains-de-thierache"
IEDF = "il-etait-deux-fois"
REMISE = "la-remise-enjouee"
SYNAPSE = "synapse-3i"
VESTALI = "vestali"

WOMEN = {PANIER, IEDF, REMISE, VESTALI}
MEN = {JARDIN, COPAINS, SYNAPSE}  # and the Oise founders, 'Messieurs Pillot et Labarre'

BY_SEX = [
    ("quelles structures ont une femme à leur direction ?", WOMEN),
    ("Quelles associations ont une femme à la tête ?", WOMEN),
    ("Which structures are directed by women?", WOMEN),
    ("Which initiatives are women-led?", WOMEN),
    ("Which ones have a woman at the helm?", WOMEN),
    ("Which organisations are led by a man?", MEN),
    ("Quelles structures ont un homme à leur tête ?", MEN),
    ("Which ones have a man in charge?", MEN),
]


@pytest.mark.parametrize(("question", "gold"), BY_SEX)
def test_a_list_by_the_leaders_sex_keeps_those_of_that_sex(
    engine, question: str, gold: set[str]
) -> None:  # type: ignore[no-untyped-def]
    listed = set(named(ask(engine, question, [])))
    assert gold <= listed <= gold | {OISE}


@pytest.mark.parametrize(
    "question",
    [
        "Which structures are directed by women and which by men?",
        "Quelles structures sont dirigées par des femmes et lesquelles par des hommes ?",
    ],
)
def test_both_sexes_asked_list_each(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    listed = set(named(ask(engine, question, [])))
    assert listed >= WOMEN | MEN


@pytest.mark.parametrize(
    ("piece", "before", "restated"),
    [
        (
            "which by men",
            "Which structures are directed by women",
            "Which structures are directed by men",
        ),
        (
            "et lesquelles par des hommes",
            "Quelles structures sont dirigées par des femmes",
            "Quelles structures sont dirigées par des hommes",
        ),
    ],
)
def test_an_agent_ellipsis_restates_the_list_before(piece: str, before: str, restated: str) -> None:
    assert parallel_list.restated(piece, before) == restated
    assert parallel_list.parallel(before, restated)


def test_the_sex_asked_narrows_a_leader_list() -> None:
    assert asked_value.narrows("Which organisations are led by a man?", "role:leader")
    assert asked_value.asked_sex("Which organisations are led by a man?") == "m"
    assert not asked_value.narrows("Which organisations are led by a man?", "")
