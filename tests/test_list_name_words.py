"""A list question whose thing is also a word of a structure's name ('qui vend des paniers
de légumes ?' of a booklet where a structure is named 'Le Panier de …', its network 'les
Paniers de …'): the fiche writes its name in shorter forms (no article, no closing number,
plural), none of which states the thing. Counting them made the thing look held by one
structure more, common enough that it stopped deciding the list, and the list fell back to
whatever the search qualified (every structure, for an English noun-noun compound such as
'vegetable baskets'). Synthetic names for the name forms; the real booklet for the lists,
their expected structures read from the fiches' text, never written down."""

from __future__ import annotations

import re

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.list_scope import stating_holders, value_holders
from livret_qa.facts.facets import name_pattern
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("Le Panier des Dunes 59", "l'association le panier des dunes organise", True),
        ("Le Panier des Dunes 59", "la federation nationale des paniers des dunes", True),
        ("Le Panier des Dunes 59", "le panier des dunes 59 a boulogne", True),
        ("Les Ateliers du Val", "les ateliers du val recrutent", True),
        ("Les Ateliers du Val", "l'atelier du val", True),
        # a thing the name holds, written as a thing, is no name
        ("Le Panier des Dunes 59", "elle vend des paniers de legumes", False),
        ("Les Ateliers du Val", "des ateliers de couture", False),
        # a one-word core is the kind the structure is: only the whole name is a name
        ("La Ressourcerie", "une ressourcerie de quartier", False),
        ("La Ressourcerie", "la ressourcerie ouvre", True),
    ],
)
def test_a_name_is_read_in_its_shorter_forms(name: str, text: str, found: bool) -> None:
    assert bool(name_pattern(name).search(text)) is found


def _stated_beyond_name(engine: Engine, pattern: str) -> set[str]:
    """The fiches whose text writes `pattern` once their own name's forms are blanked out."""
    out = set()
    for fiche in engine.corpus.fiches:
        text = fold(engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end])
        for name in {fiche.name, fiche.identity.legal_name} - {""}:
            text = name_pattern(name).sub(" ", text)
        text = re.sub(r"\S*[@/.]\S*", " ", text)  # addresses: mail, web
        if re.search(pattern, text):
            out.add(fiche.id)
    return out


def _named_only(engine: Engine, pattern: str) -> set[str]:
    """The fiches writing `pattern` only inside their own name (or its mail, web addresses)."""
    every = {
        f.id
        for f in engine.corpus.fiches
        if re.search(pattern, fold(engine.corpus.sources[f.source][f.span.start : f.span.end]))
    }
    return every - _stated_beyond_name(engine, pattern)


@pytest.mark.slow
def test_a_thing_written_in_a_name_is_not_held_by_the_name(engine: Engine) -> None:
    named_only = _named_only(engine, r"\bpaniers?\b")
    assert named_only  # the booklet has a structure named after a basket
    holders = value_holders(engine, ("sector", "paniers"))
    assert holders and not holders & named_only
    assert stating_holders(engine, ("sector", "paniers")) <= _stated_beyond_name(
        engine, r"\bpaniers?\b"
    )


BASKETS = [
    "which initiatives sell vegetable baskets?",
    "who sells vegetable baskets?",
    "which initiatives sell baskets of vegetables?",
    "qui vend des paniers de légumes ?",
    "which initiatives sell vegetable boxes?",
    "quelles structures font des paniers",
    "paniers legumes qui ?",
    "who does veg boxes",
    "any structures selling food baskets?",
    "Lesquelles vendent des paniers de fruits et légumes ?",
]


@pytest.mark.slow
@pytest.mark.parametrize("question", BASKETS)
def test_baskets_asked_list_the_fiches_writing_baskets(engine: Engine, question: str) -> None:
    answer = ask(engine, question, [])
    listed = {s.fiche_id for s in answer.structures}
    writing = _stated_beyond_name(engine, r"\bpaniers?\b")
    assert listed and listed <= writing, (question, listed - writing)
    assert not listed & _named_only(engine, r"\bpaniers?\b")
    # a booklet of nine: a thing a few fiches write is no list of them all
    assert len(listed) < len(engine.corpus.fiches) / 2


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "pattern"),
    [
        # the structure named after a basket still sells what its fiche states
        ("qui vend du poisson ?", r"\bpoissons?\b"),
        ("which structures sell fish?", r"\bpoissons?\b"),
        ("qui vend des jouets d'occasion ?", r"\bjouets?\b"),
    ],
)
def test_what_a_name_word_structure_states_still_lists_it(
    engine: Engine, question: str, pattern: str
) -> None:
    answer = ask(engine, question, [])
    listed = {s.fiche_id for s in answer.structures}
    assert listed and listed <= _stated_beyond_name(engine, pattern)


@pytest.mark.slow
def test_food_aid_still_lists_the_structure_named_after_a_basket(engine: Engine) -> None:
    """Food aid is stated in the fiche's own words, not its name: unchanged."""
    named_only = _named_only(engine, r"\bpaniers?\b")
    for question in ("which structures do food aid?", "qui fait de l'aide alimentaire ?"):
        listed = {s.fiche_id for s in ask(engine, question, []).structures}
        assert named_only <= listed, question


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "pattern"),
    [
        ("kel structure recycle les ordis ?", r"\bordinateurs?\b"),
        ("qui reconditionne des ordis ?", r"\bordinateurs?\b"),
        ("les assos qui vendent des jouets ?", r"\bjouets?\b"),
    ],
)
def test_a_clipped_noun_asks_for_the_thing(engine: Engine, question: str, pattern: str) -> None:
    """'les ordis', 'les assos': a list of those writing the whole noun, not a refusal."""
    answer = ask(engine, question, [])
    listed = {s.fiche_id for s in answer.structures}
    assert not answer.abstained
    assert listed and listed <= _stated_beyond_name(engine, pattern)
