"""Follow-ups about a structure described, not named (description.py; its readings are tested in
test_description.py):
'what about the fish charity?', 'and the Amiens computer people?', "et l'asso du poisson ?"
after turns about another structure switch to the one the words describe; 'the grocery: …'
picks among several in focus; an answer written by hand that describes one structure ('A
joinery workshop near Soissons.') puts that one in focus, not every one the system would
answer. Neighbours keep the one in focus: a generic kind ('the association'), a demonstrative
('this shop'), 'the other one', a kind alone after one structure ('where is the shop?')."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


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
