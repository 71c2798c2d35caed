"""Lists asked in a user's own words (round 25): statements ('I'm after groups that …', 'je
cherche des structures qui …'), imperatives, yes/no over the set ('Any of them … ?'),
contrasts ('X rather than Y'), traits by legal form, partner, public, material, price; and
near misses no fiche states, which are refused rather than answered with neighbours.

Gold read from the booklet by grepping every spelling of the trait. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.list_wording import as_list_question
from livret_qa.retrieval.engine import Engine

APVO = "association-des-producteurs-des-vallees-de-l-oise"
JARDIN = "le-jardin-de-cocagne-de-la-haute-borne"
PANIER = "le-panier-de-la-mer-62"
COPAINS = "les-copains-de-thierache"
DEUX_FOIS = "il-etait-deux-fois"
REMISE = "la-remise-enjouee"
BOIS = "le-bois-de-deux-mains"
SYNAPSE = "synapse-3i"
VESTALI = "vestali"


def _listed(engine: Engine, question: str) -> set[str] | None:
    """The structures listed; None when the answer abstains."""
    answer = ask(engine, question)
    return None if answer.abstained else {s.fiche_id for s in answer.structures}


# -- traits some fiches state: exactly those are listed -------------------------------------
@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("je cherche des structures qui récupèrent des jouets", {REMISE}),
        ("Show me the ones that refurbish computers.", {SYNAPSE}),
        ("Which ones work with the CROUS?", {JARDIN}),
        ("Which structures work with the town hall?", {APVO, VESTALI}),
        ("Which initiatives sell toys?", {REMISE}),
        ("Which ones rent out bikes?", {COPAINS}),
        ("Which structures employ women in difficulty?", {VESTALI}),
        ("Y en a qui vendent des jouets ?", {REMISE}),
        (
            "Give me all the sustainable-food initiatives in the booklet.",
            {APVO, JARDIN, PANIER, COPAINS},
        ),
        ("I'm looking for structures that collect toys.", {REMISE}),
        # schools: 'action en direction des écoles', 'collèges', 'établissements
        # d'enseignement' as clients; not 'des réseaux de la petite enfance' (childcare)
        ("Any of them partner with schools?", {COPAINS, SYNAPSE, BOIS}),
        ("Any of them working with retirees?", {DEUX_FOIS}),
        ("Who rents out bikes?", {COPAINS}),
        ("Which structures are labelled ESUS?", {BOIS}),
        ("Which ones are about fish?", {PANIER}),
        ("Les structures qui bossent avec les mairies ?", {APVO, VESTALI}),
        ("Which structures work with town halls?", {APVO, VESTALI}),
        ("Which structures give computers for free?", {SYNAPSE}),
        ("Lesquelles ont plusieurs sites ?", {VESTALI, APVO, SYNAPSE, PANIER, COPAINS}),
        (
            "Quelles structures sont des associations ?",
            {
                APVO,
                JARDIN,
                PANIER,
                COPAINS,
                DEUX_FOIS,
                REMISE,
                BOIS,
                SYNAPSE,
                VESTALI,
            },
        ),
    ],
)
def test_a_stated_trait_lists_its_holders(engine: Engine, question: str, gold: set[str]) -> None:
    assert _listed(engine, question) == gold


# 'chaises … pour étudiants' (an order) may or may not count as working with students
@pytest.mark.parametrize(
    "question",
    ["Y en a qui travaillent avec des étudiants ?", "Any of them working with students?"],
)
def test_students_are_those_of_the_stating_fiches(engine: Engine, question: str) -> None:
    listed = _listed(engine, question)
    assert listed is not None
    assert JARDIN in listed
    assert listed <= {JARDIN, BOIS}


# -- near misses: no fiche states the trait, the list is refused ----------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Any of these associations working with supermarkets?",
        "Y en a qui travaillent avec les grandes surfaces ?",
        "Which structures train their employees to drive forklifts?",
        "Lesquelles forment des caristes ?",
        "Which ones train people for a forklift licence (CACES)?",
        "Which initiatives are run as cooperatives rather than associations?",
        "Lesquelles sont des coopératives plutôt que des associations ?",
        "Which ones are cooperatives?",
        "Which of them are SCOP or SCIC?",
        "Which ones work with social landlords?",
        "Y en a qui bossent avec des bailleurs sociaux ?",
        "Any of them working with prisoners?",
        "Which ones help refugees?",
        "Any initiative working with hospitals?",
        "Y a-t-il des structures qui font du compost ?",
        "Show me the structures working with supermarkets.",
        "I'm looking for associations that train forklift drivers.",
        "je cherche des structures qui travaillent avec des bailleurs sociaux",
    ],
)
def test_an_unstated_trait_is_refused(engine: Engine, question: str) -> None:
    assert _listed(engine, question) is None


# -- the sentence shapes, read as the plain list question ----------------------------------
@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("I'm after groups that give away food for free.", "Which groups give away food for free?"),
        (
            "Looking for associations which work with students",
            "Which associations work with students?",
        ),
        (
            "je cherche des structures qui récupèrent des jouets",
            "Quelles structures récupèrent des jouets ?",
        ),
        (
            "On recherche des associations qui vendent des meubles.",
            "Quelles associations vendent des meubles ?",
        ),
        (
            "Which initiatives are run as cooperatives rather than associations?",
            "Which initiatives are cooperatives?",
        ),
        (
            "Lesquelles sont des coopératives plutôt que des associations ?",
            "Lesquelles sont des coopératives?",
        ),
        ("Which structures operate as cooperatives?", "Which structures are cooperatives?"),
        ("Any of them working with students?", "Which of them are working with students?"),
        ("Any structures selling online?", "Which structures are selling online?"),
        ("Y en a qui vendent des jouets ?", "Lesquelles vendent des jouets ?"),
        ("Est-ce qu'il y en a qui recyclent ?", "Lesquelles recyclent ?"),
        ("Y en a qui bossent avec les mairies ?", "Lesquelles travaillent avec les mairies ?"),
        (
            "Which sustainable-food initiatives are there?",
            "Which sustainable food initiatives are there?",
        ),
        ("Which second-hand shops are in Lens?", "Which second-hand shops are in Lens?"),
    ],
)
def test_a_sentence_shape_is_read_as_its_list(typed: str, plain: str) -> None:
    assert as_list_question(typed) == plain


@pytest.mark.parametrize(
    "kept",
    [
        "I am looking for structures similar to my project that recycle furniture",
        "Quel est le budget de VESTALI ?",
        "What does Synapse 3i do rather than recycling?",
        "je cherche une idée pour mon projet",
        "Any of them in the Nord?",
    ],
)
def test_other_questions_keep_their_wording(kept: str) -> None:
    assert as_list_question(kept) == kept
