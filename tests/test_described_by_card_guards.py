"""Probes of a structure described by its kind and its place ('la ressourcerie du 62', 'the
computer charity in Amiens', 'the Pommiers woodshop', "et la recyclerie de jouets de
Villeneuve ?"), end to end, and the guards described_by_card.py keeps: a yes/no asking
whether the one in focus stands in a place is no description; a kind the fiche does not
state is no match; an English kind with no French twin ('woodshop') is left unread."""

from __future__ import annotations

import pytest

from livret_qa.answering import described_by_card as card
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

_VESTALI = [
    {"role": "user", "content": "Qui dirige VESTALI ?"},
    {"role": "assistant", "content": "Hélène Maréchal, sa directrice."},
]
_VESTALI_EN = [
    {"role": "user", "content": "Who runs VESTALI?"},
    {"role": "assistant", "content": "Hélène Maréchal, its director."},
]
_SYNAPSE = [
    {"role": "user", "content": "le budget de synapse 3i ?"},
    {"role": "assistant", "content": "2 037 760 €."},
]
_PANIER = [
    {"role": "user", "content": "Qui dirige Le panier de la mer 62 ?"},
    {"role": "assistant", "content": "Sophie Cazenave, sa directrice."},
]
_BOIS_EN = [
    {"role": "user", "content": "Who runs Le Bois de Deux Mains?"},
    {"role": "assistant", "content": "Matthieu Renard, its project lead."},
]
_COCAGNE = "le-jardin-de-cocagne-de-la-haute-borne"
_APVO = "association-des-producteurs-des-vallees-de-l-oise"


@pytest.mark.parametrize(
    ("question", "history", "fiche_id"),
    [
        ("la ressourcerie du 62, son site internet ?", [], "il-etait-deux-fois"),
        ("Who runs the computer charity in Amiens?", [], "synapse-3i"),
        ("l'asso de Liévin, c'est quoi son budget ?", [], "vestali"),
        ("l'asso de lievin, son site ?", [], "vestali"),
        ("the Pommiers woodshop: who should I contact?", [], "le-bois-de-deux-mains"),
        ("Can you drop off metal at the Pommiers woodshop?", [], "le-bois-de-deux-mains"),
        ("le jardin de Villeneuve d'Ascq, il a combien de salariés ?", [], _COCAGNE),
        ("la ferme bio de villeneuve d'ascq a combien d'adhérents ?", [], _COCAGNE),
        ("et la recyclerie de jouets de Villeneuve ?", _VESTALI, "la-remise-enjouee"),
        ("the toy shop in Villeneuve: its email?", [], "la-remise-enjouee"),
        ("l'épicerie de Guise, qui la dirige ?", [], "les-copains-de-thierache"),
        ("the fish charity in Boulogne: how many employees?", [], "le-panier-de-la-mer-62"),
        ("l'atelier couture du 62, combien de salariés ?", [], "vestali"),
        ("What is the budget of the sewing workshop in Liévin?", [], "vestali"),
        ("le drive fermier de Mortemer, son adresse ?", [], _APVO),
        ("Who is the director of the Amiens association?", [], "synapse-3i"),
        ("la ressourcerie de campigneulles vend quoi ?", [], "il-etait-deux-fois"),
        ("et celle de campigneulles ?", _SYNAPSE, "il-etait-deux-fois"),
        ("and the woodshop in the Aisne?", _VESTALI_EN, "le-bois-de-deux-mains"),
        ("the carpentry workshop in the Aisne, what's its budget?", [], "le-bois-de-deux-mains"),
        ("la menuiserie de pommiers, elle a combien de salariés ?", [], "le-bois-de-deux-mains"),
        ("et l'asso de liévin ?", _SYNAPSE, "vestali"),
        ("the computer recycling place in Amiens, its phone number?", [], "synapse-3i"),
        ("the charity in Boulogne-sur-Mer, who runs it?", [], "le-panier-de-la-mer-62"),
    ],
)
def test_the_one_structure_described_is_answered(
    engine: Engine, question: str, history: list[dict[str, str]], fiche_id: str
) -> None:
    answer = ask(engine, question, history)
    assert not answer.abstained, answer.answer[:300]
    assert [s.fiche_id for s in answer.structures] == [fiche_id], answer.answer[:300]


@pytest.mark.parametrize(
    ("question", "history", "fiche_id", "yes"),
    [
        ("est-ce qu'elle est dans le Pas-de-Calais ?", _PANIER, "le-panier-de-la-mer-62", True),
        ("est-ce qu'elle est dans l'Aisne ?", _PANIER, "le-panier-de-la-mer-62", False),
        ("is it in the Aisne?", _VESTALI_EN, "vestali", False),
        ("is it in the Pas-de-Calais?", _VESTALI_EN, "vestali", True),
        ("elle est à Liévin ?", _PANIER, "le-panier-de-la-mer-62", False),
        ("is it in Pommiers?", _BOIS_EN, "le-bois-de-deux-mains", True),
    ],
)
def test_a_yes_no_about_a_place_stays_asked_of_the_one_in_focus(
    engine: Engine, question: str, history: list[dict[str, str]], fiche_id: str, yes: bool
) -> None:
    answer = ask(engine, question, history)
    assert [s.fiche_id for s in answer.structures] == [fiche_id], answer.answer[:300]
    assert "asked_as" not in answer.plan
    assert answer.answer.startswith(("No", "Non")) is not yes, answer.answer[:300]


@pytest.mark.parametrize(
    "question",
    [
        "la ressourcerie de Villeneuve-d'Ascq, son budget ?",
        "Quel est le budget de la ressourcerie de Villeneuve-d'Ascq ?",
        "Quels sont les freins de la recyclerie de meubles de Villeneuve-d'Ascq ?",
        "la ressourcerie de Guise, son budget ?",
        "the bakery in Guise: opening hours?",
    ],
)
def test_a_kind_the_fiche_does_not_state_is_no_match(engine: Engine, question: str) -> None:
    assert card.described_structure(engine, question, named=False) is None
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "the ressourcerie in Liévin: who runs it?",
        "le garage solidaire d'Amiens, son adresse ?",
        "l'asso de villeneuve d'ascq, c'est quoi son budget ?",  # two fit alike
        "est-ce qu'elle est dans le Pas-de-Calais ?",
        "is it in the Aisne?",
        "sont-ils basés à Amiens ?",
        "Which structures are in the Aisne?",
    ],
)
def test_near_misses_are_not_described_by_card(engine: Engine, question: str) -> None:
    assert card.described_structure(engine, question, named=False) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which structures are in the Aisne?",
            {"le-bois-de-deux-mains", "les-copains-de-thierache"},
        ),
        ("quelle association est basée à Amiens ?", {"synapse-3i"}),
        ("la remise enjouée à villeneuve, son budget ?", {"la-remise-enjouee"}),
        ("Is there a pick-up point in Mortemer?", {_APVO}),
    ],
)
def test_lists_and_named_questions_keep_their_reading(
    engine: Engine, question: str, expected: set[str]
) -> None:
    answer = ask(engine, question)
    assert {s.fiche_id for s in answer.structures} == expected, answer.answer[:300]
    assert "asked_as" not in answer.plan


@pytest.mark.parametrize(
    ("kind", "stated"),
    [("shop", "commerce"), ("menuiserie", "ebenisterie"), ("ressourcerie", "ressourcerie")],
)
def test_a_kind_is_read_through_the_glossary(kind: str, stated: str) -> None:
    assert stated in card.kind_forms(kind)


def test_an_english_kind_with_no_french_twin_is_left_unread() -> None:
    assert card.kind_forms("tannery") == frozenset()


@pytest.mark.parametrize(
    "question",
    [
        "Is that charity based in Amiens?",  # a demonstrative: the one in focus
        "what about the Nord one?",  # two there, nothing tells them apart
        "is the Guise shop still open?",  # the town picks a site, the name would lose it
        "la boutique de Guise est-elle toujours ouverte ?",
    ],
)
def test_a_pointer_back_a_bare_one_or_a_site_is_not_asked_by_name(
    engine: Engine, question: str
) -> None:
    assert card.asked_by_name(engine, question, named=False) is None
