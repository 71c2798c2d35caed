"""Follow-ups about a structure described, not named (described_switch.py, told_one.py):
'what about the fish charity?', 'and the Amiens computer people?', "et l'asso du poisson ?"
after turns about another structure switch to the one the words describe; 'the grocery: …'
picks among several in focus; an answer written by hand that describes one structure ('A
joinery workshop near Soissons.') puts that one in focus, not every one the system would
answer. Neighbours keep the one in focus: a generic kind ('the association'), a demonstrative
('this shop'), 'the other one', a kind alone after one structure ('where is the shop?')."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.described_switch import described_words, without_description
from livret_qa.answering.told_one import tells_one
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


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


def test_the_describing_words_are_not_asked() -> None:
    assert without_description("and for the clothes one?") == "and for ?"
    assert without_description("what about the fish charity?") == "what about ?"
    assert without_description("and the textile people in Liévin?", pointer=False) == "and ?"
    assert without_description("what's the budget?") == "what's the budget?"


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


def _first(engine: Engine, history: list[str], question: str) -> str:
    turns = [
        {"role": "user" if n % 2 == 0 else "assistant", "content": text}
        for n, text in enumerate(history)
    ]
    answer = ask(engine, question, turns)
    return answer.structures[0].fiche_id if answer.structures else ""


SWITCHES = [
    ("what about the fish charity?", "le-panier-de-la-mer-62"),
    ("et l'asso du poisson ?", "le-panier-de-la-mer-62"),
    ("and the Amiens computer people?", "synapse-3i"),
    ("et les gens du drive fermier ?", "association-des-producteurs-des-vallees-de-l-oise"),
]


@pytest.mark.parametrize(("then", "meant"), SWITCHES)
def test_switch_to_the_structure_described(fake_engine: Engine, then: str, meant: str) -> None:
    for fiche in fake_engine.corpus.fiches:
        if fiche.id == meant:
            continue
        first = [f"Who runs {fiche.name}?", "The person its fiche names."]
        assert _first(fake_engine, first, then) == meant, (fiche.id, then)


@pytest.mark.parametrize("then", ["what about the association?", "and this shop?", "et l'asso ?"])
def test_a_generic_description_keeps_the_focus(fake_engine: Engine, then: str) -> None:
    for fiche in fake_engine.corpus.fiches:
        first = [f"Qui dirige {fiche.name} ?", "La personne que cite sa fiche."]
        assert _first(fake_engine, first, then) == fiche.id, (fiche.id, then)


def test_a_description_the_focus_fits_keeps_it(fake_engine: Engine) -> None:
    first = ["Who runs Le panier de la mer 62?", "Its director."]
    assert _first(fake_engine, first, "and the fish charity's budget?") == "le-panier-de-la-mer-62"


def test_a_kind_picks_among_those_in_focus(fake_engine: Engine) -> None:
    first = [
        "Which structures are in the Aisne?",
        "Les Copains de Thiérache and Le Bois de Deux Mains.",
    ]
    assert _first(fake_engine, first, "the grocery: who runs it?") == "les-copains-de-thierache"
    first = [
        "Quelles structures sont dans l'Aisne ?",
        "Le Bois de Deux Mains et Les Copains de Thiérache.",
    ]
    assert _first(fake_engine, first, "l'épicerie : qui la dirige ?") == "les-copains-de-thierache"


def test_a_hand_written_answer_describing_one(fake_engine: Engine) -> None:
    first = [
        "Which organisations collect furniture?",
        "A work-integration joinery workshop near Soissons.",
    ]
    assert _first(fake_engine, first, "who runs it?") == "le-bois-de-deux-mains"
    first = [
        "Qui fabrique des meubles en bois récupéré ?",
        "Une ressourcerie du Montreuillois, dans le Pas-de-Calais.",
    ]
    assert _first(fake_engine, first, "qui la dirige ?") == "il-etait-deux-fois"


def test_a_hand_written_answer_telling_of_several_keeps_them(fake_engine: Engine) -> None:
    first = [
        "Qui fabrique des meubles en bois récupéré ?",
        "Deux structures, une ressourcerie et une menuiserie.",
    ]
    turns = [
        {"role": "user" if n % 2 == 0 else "assistant", "content": t} for n, t in enumerate(first)
    ]
    answer = ask(fake_engine, "et leurs budgets ?", turns)
    assert len(answer.structures) == 2


def test_an_ordinal_counts_in_the_order_the_answer_shows(fake_engine: Engine) -> None:
    first = [
        "quelles structures ont moins de 100 adhérents ?",
        "Les producteurs de l'Oise (8), Il était deux fois (70), La Remise Enjouée (50) et "
        "Synapse 3i (15).",
    ]
    assert _first(fake_engine, first, "et la dernière, son budget ?") == "synapse-3i"
    assert _first(fake_engine, first, "and the second one's budget?") == "il-etait-deux-fois"


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
