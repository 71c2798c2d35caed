"""A follow-up pointing back at a structure of an earlier turn by a thing it works on ('back to
the textile one', 'revenons à celui des légumes', 'et celle du bois …') after the last turn
moved to another structure that names the thing only in passing: the earlier structure whose
fiche names it far most is meant (earlier_described.py). Neighbours keep their answer: a
pointer the structure in focus fits best, a pointer at a structure named once only.
Synthetic conversations (free assistant turns) over the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.earlier_described import earlier_meant
from livret_qa.answering.topic_words import Glossed
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange, named

_TWO_TURNS = [
    (
        ("VESTALI's budget?", "€878,296 (2019)."),
        ("and Synapse 3i?", "€2,037,760."),
        "ok, back to the textile one: how many sites does it have?",
        "vestali",
    ),
    (
        ("combien d'adhérents au Jardin de Cocagne ?", "400 adhérents."),
        ("et au Panier de la Mer ?", "120 adhérents."),
        "revenons à celui des légumes, il a quel budget ?",
        "le-jardin-de-cocagne-de-la-haute-borne",
    ),
    (
        ("Le Bois de Deux Mains, c'est où ?", "À Pommiers, dans l'Aisne."),
        ("et Il était deux fois ?", "À Campigneulles-les-Petites, dans le Pas-de-Calais."),
        "et celle du bois, elle a combien de salariés en insertion ?",
        "le-bois-de-deux-mains",
    ),
    (
        ("what does Le Bois de Deux Mains make?", "Furniture from reclaimed wood, in Pommiers."),
        ("and Il était deux fois?", "A ressourcerie reselling household objects and furniture."),
        "going back to the wood one, what's its budget?",
        "le-bois-de-deux-mains",
    ),
    # neighbours: the pointer fits the one in focus, or a structure named once only
    (
        ("combien de salariés au Panier de la Mer ?", "25, dont 19 en insertion."),
        ("et au Jardin de Cocagne ?", "7 permanents, 1 apprenti et 30 en insertion."),
        "ok, et celui du poisson, son budget ?",
        "le-panier-de-la-mer-62",
    ),
    (
        ("VESTALI's budget?", "€878,296 (2019)."),
        ("and Synapse 3i?", "€2,037,760."),
        "and the computer one, how many sites?",
        "synapse-3i",
    ),
    (
        ("parle-moi de La Remise Enjouée", "Une asso qui rénove et revend des jouets."),
        ("et Il était deux fois ?", "Une ressourcerie à Campigneulles-les-Petites."),
        "revenons à celle des jouets : quel budget ?",
        "la-remise-enjouee",
    ),
]


@pytest.mark.parametrize(("first", "second", "question", "meant"), _TWO_TURNS)
def test_a_pointer_back_means_the_earlier_structure_doing_it(
    engine: Engine,
    first: tuple[str, str],
    second: tuple[str, str],
    question: str,
    meant: str,
) -> None:
    history = [*exchange(*first), *exchange(*second)]
    assert named(ask(engine, question, history))[:1] == [meant]


def _thing(stem: str) -> Glossed:
    return Glossed(word=stem, key=stem, french=(stem,), stems=frozenset({stem}), thing=True)


_VOCAB = {"a": {"textil", "couture"}, "b": {"textil", "ordin"}, "c": {"jouet"}}
_COUNTS = {("a", "textil"): 30, ("b", "textil"): 1, ("a", "ordin"): 0, ("b", "ordin"): 20}


def _mentions(fiche: str, things: list[Glossed]) -> int:
    return sum(_COUNTS.get((fiche, s), 0) for g in things for s in g.stems)


@pytest.mark.parametrize(
    ("focus", "earlier", "stem", "meant"),
    [
        ("b", ["a"], "textil", "a"),  # named in passing by the focus: the earlier one's trade
        ("a", ["b"], "textil", None),  # the focus's own trade: kept
        ("b", ["a"], "ordin", None),  # only the focus names it
        ("b", ["c"], "textil", None),  # the earlier one does not name it at all
        ("b", [], "textil", None),  # no earlier structure
    ],
)
def test_earlier_meant_reads_how_often_each_fiche_names_it(
    focus: str, earlier: list[str], stem: str, meant: str | None
) -> None:
    assert earlier_meant(focus, earlier, [_thing(stem)], _VOCAB, _mentions, 2) == meant
