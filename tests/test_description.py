"""A structure described, not named (description.py), read the three ways its classes need:
a question describing one structure up to what it asks ('l'asso du Boulonnais, son budget ?'),
the kind and the clause after it that the facet scoring reads ('the charity that recycles
toys'), the words of a follow-up that switch to another structure ('what about the fish
charity?' -> 'fish'); and an answer written by someone else telling of one ('A joinery workshop
near Soissons.'). Neighbours describe none in any reading: a demonstrative ('this shop',
'cette association'), a position or 'the other one', a generic kind alone. Synthetic
questions, French and English; pure, no engine."""

from __future__ import annotations

import pytest

from livret_qa.answering.description import (
    Description,
    Reading,
    describe,
    described_words,
    description,
    facet_description,
    tells_one,
    without_description,
)
from livret_qa.answering.planner import describes_one
from livret_qa.text import fold

# -- reading "apart": a question describing one structure, then asking about it ---------------


@pytest.mark.parametrize(
    ("question", "described"),
    [
        ("l'asso du Boulonnais, son budget ?", "l'asso du boulonnais"),
        ("the one that fixes computers — what's their budget?", "the one that fixes computers"),
        ("celle qui reconditionne des ordis, elle a combien d'adhérents ?", "celle qui"),
        ("the wood workshop: how big is it?", "the wood workshop"),
        ("the Villeneuve d'Ascq toy shop — how many employees?", "the villeneuve d'ascq toy"),
        ("Anthony Grossot's association: how many sites?", "grossot's association"),
        ("What was the Guise association's turnover in 2020?", "the guise association"),
        ("la menuiserie solidaire, ses freins ?", "la menuiserie solidaire"),
    ],
)
def test_a_description_of_one_is_read_up_to_what_is_asked(question: str, described: str) -> None:
    assert description(fold(question)).startswith(described)
    assert describes_one(fold(question))


# -- reading "clause": the kind and what follows it, for the facet scoring --------------------


def test_a_description_reads_the_clause_after_its_kind() -> None:
    assert "toys" in facet_description("Who funds the charity that recycles toys?")
    assert "poisson" in facet_description("Le budget de l'association du poisson ?")
    assert facet_description("What is this charity's budget?") == ""


# -- reading "followup": the words that switch a follow-up to another structure ---------------


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("what about the fish charity?", "fish"),
        ("and the Amiens computer people?", "amiens computer"),
        ("same for the wood workshop", "wood workshop"),
        ("et l'asso qui retape des meubles ?", "retape meubles"),
        ("and the farm drive people?", "farm drive"),
        ("et les gens du drive fermier ?", "drive fermier"),
        ("what about the fish charity in Boulogne?", "fish boulogne"),
        ("et l'asso du poisson ?", "poisson"),
        ("and the other one?", ""),
        ("what about the association?", ""),
        ("and this shop?", ""),
        ("where is the shop?", ""),
        ("what about the second one?", ""),
    ],
)
def test_words_describing_one(question: str, words: str) -> None:
    assert described_words(fold(question)) == words


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("the grocery: what's its turnover?", "grocery"),
        ("celle-là, la menuiserie, elle est où ?", "menuiserie"),
        ("where is the shop?", "shop"),
        ("and the association?", ""),
        ("the first one: who runs it?", ""),
    ],
)
def test_a_kind_picks_among_several(question: str, words: str) -> None:
    assert described_words(fold(question), several=True) == words


@pytest.mark.parametrize(
    "question",
    [
        "How many days a week is the shop open?",
        "is the garden open on Saturdays?",
        "when does the store close?",
    ],
)
def test_english_words_after_the_kind_are_asked_of_it(question: str) -> None:
    # 'the shop open': what is asked of the shop in focus, no description switching to another
    assert described_words(fold(question)) == ""


def test_the_describing_words_are_not_asked() -> None:
    assert without_description("and for the clothes one?") == "and for ?"
    assert without_description("what about the fish charity?") == "what about ?"
    assert without_description("and the textile people in Liévin?", pointer=False) == "and ?"
    assert without_description("what's the budget?") == "what's the budget?"


# -- every reading: what points back or tells nothing apart describes none ---------------------


@pytest.mark.parametrize(
    "question",
    [
        "cette association a combien de salariés ?",
        "What is this charity's budget?",
        "and this shop?",
        "and the other one?",
        "what about the second one?",
        "et l'autre association ?",
    ],
)
def test_pointing_back_describes_none_in_any_reading(question: str) -> None:
    folded = fold(question)
    assert describe(folded, "apart") is None
    assert describe(folded, "followup") is None
    assert describe(folded, "followup", several=True) is None


@pytest.mark.parametrize(
    "question", ["What is this charity's budget?", "cette association a combien de salariés ?"]
)
def test_a_demonstrative_is_no_clause_to_score(question: str) -> None:
    assert describe(fold(question), "clause") is None


@pytest.mark.parametrize(
    ("question", "reading", "kind", "words"),
    [
        ("l'asso du Boulonnais, son budget ?", "apart", "asso", "l'asso du boulonnais"),
        ("Who funds the charity that recycles toys?", "clause", "charity", None),
        ("what about the fish charity?", "followup", "charity", "fish"),
        ("and the Amiens computer people?", "followup", "people", "amiens computer"),
    ],
)
def test_one_record_tells_where_the_description_stands(
    question: str, reading: Reading, kind: str, words: str | None
) -> None:
    folded = fold(question)
    found = describe(folded, reading)
    assert isinstance(found, Description) and found.kind == kind
    assert kind in folded[found.span[0] : found.span[1]]
    assert words is None or found.words == words


# -- an answer written by someone else telling of one structure --------------------------------


@pytest.mark.parametrize(
    ("answer", "one"),
    [
        ("A work-integration joinery workshop near Soissons.", True),
        ("It's an association of farmers in the Oise.", True),
        ("C'est une épicerie associative à Guise.", True),
        ("Oui, une asso à Villeneuve-d'Ascq qui retape les jouets.", True),
        ("Two: a garden and a toy workshop.", False),
        ("Plusieurs structures : une ressourcerie et une menuiserie.", False),
        ("Synapse 3i and VESTALI.", False),
    ],
)
def test_an_answer_telling_of_one(answer: str, one: bool) -> None:
    assert tells_one(answer) is one
