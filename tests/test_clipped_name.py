"""'Combien de salariés a X ?' then 'et copains ?', 'et au panier ?', 'and the bois one?':
a bare follow-up naming a structure by the first word of its name alone asks the previous
question of that structure (it kept the previous structure). Alone, or where the word is an
everyday word in its frame ('et les paniers ?' after a count of baskets, 'and the wood?' after
a tonnage), nothing changes. Planner on the real booklet (fast tier)."""

from __future__ import annotations

import pytest

from livret_qa.answering.clipped_name import clipped_name


def _turn(question: str, answer: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


SYNAPSE_STAFF = _turn(
    "Combien de salariés a Synapse 3i ?", "**Synapse 3i** — nombre de salariés : 115 [1]"
)
VESTALI_BUDGET = _turn("What is VESTALI's budget?", "**VESTALI** — budget: 878 296 € [1]")


@pytest.mark.parametrize(
    ("history", "follow", "fiche", "attribute"),
    [
        (SYNAPSE_STAFF, "et copains ?", "les-copains-de-thierache", "measure:salaries"),
        (SYNAPSE_STAFF, "et au panier ?", "le-panier-de-la-mer-62", "measure:salaries"),
        (
            SYNAPSE_STAFF,
            "et chez producteurs ?",
            "association-des-producteurs-des-vallees-de-l-oise",
            "measure:salaries",
        ),
        (VESTALI_BUDGET, "and the bois one?", "le-bois-de-deux-mains", "measure:budget"),
        (VESTALI_BUDGET, "what about copains?", "les-copains-de-thierache", "measure:budget"),
        (VESTALI_BUDGET, "and at the remise?", "la-remise-enjouee", "measure:budget"),
        (VESTALI_BUDGET, "and the copins one?", "les-copains-de-thierache", "measure:budget"),
    ],
)
def test_a_bare_follow_up_naming_a_structure_by_its_head_asks_it(
    plan, history, follow: str, fiche: str, attribute: str
) -> None:  # type: ignore[no-untyped-def]
    p = plan(follow, history)
    assert p.targets == [fiche], (p.targets, p.resolution)
    assert p.parts[0].attribute == attribute, p.parts


@pytest.mark.parametrize(
    ("history", "follow", "fiche"),
    [
        # the word is what the previous question counted, not a structure
        (
            _turn(
                "Combien de paniers vend le Jardin de Cocagne ?",
                "**Le Jardin de Cocagne de la Haute Borne** — paniers : 350 [1]",
            ),
            "et les paniers ?",
            "le-jardin-de-cocagne-de-la-haute-borne",
        ),
        (
            _turn(
                "Combien de tonnes collecte la Remise Enjouée ?",
                "**La Remise Enjouée** — tonnage : 3,5 tonnes [1]",
            ),
            "et le bois ?",
            "la-remise-enjouee",
        ),
        (
            _turn(
                "Combien de tonnes collecte la Remise Enjouée ?",
                "**La Remise Enjouée** — tonnage : 3,5 tonnes [1]",
            ),
            "and the wood?",
            "la-remise-enjouee",
        ),
        # a full name, a place or a measure still read as before
        (SYNAPSE_STAFF, "et VESTALI ?", "vestali"),
        (SYNAPSE_STAFF, "et en insertion ?", "synapse-3i"),
    ],
)
def test_an_everyday_word_in_its_frame_keeps_the_focus(
    plan, history, follow: str, fiche: str
) -> None:  # type: ignore[no-untyped-def]
    p = plan(follow, history)
    assert p.targets == [fiche], (p.targets, p.resolution)


@pytest.mark.parametrize(
    "question",
    [
        "copains ?",  # no follow-up opener
        "et les paniers solidaires ?",  # more than one word
        "et le bois ?",  # an everyday word other fiches write, with no frame for a name
        "et l'oise ?",  # a place
        "et en 2021 ?",
    ],
)
def test_no_clipped_name_outside_a_bare_framed_follow_up(mentions, question: str) -> None:  # type: ignore[no-untyped-def]
    assert clipped_name(question, mentions) is None


def test_a_first_question_is_not_read_as_a_clipped_name(plan) -> None:  # type: ignore[no-untyped-def]
    assert plan("et au panier ?").targets != ["le-panier-de-la-mer-62"]
