"""'How many hectares does the Jardin de Cocagne du Raquet farm?': a name starting like a
structure's own and going on otherwise names a sibling the booklet mentions in passing; the
answer abstains, quoting that mention. Class: a member of a structure's family named by the
family's words plus its own (it answered with the structure's facts). Synthetic names, and
the real booklet's siblings found by scanning it."""

from __future__ import annotations

import re

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.sibling_name import sibling_named
from livret_qa.parsing.corpus import Corpus
from livret_qa.text import fold

HOMES = {"Le Moulin des Cerises de la Plaine": fold("Le Moulin des Cerises de la Plaine Arras")}
BOOKLET = fold(
    "Le Moulin des Cerises de la Plaine travaille avec le Moulin des Cerises du Val. "
    "Le Moulin des Cerises d'Arras accueille du public."
)


@pytest.mark.parametrize(
    ("question", "sibling"),
    [
        ("How big is the Moulin des Cerises du Val?", "Moulin des Cerises du Val"),
        ("le Moulin des Cerises du Val a combien de salariés ?", "Moulin des Cerises du Val"),
        ("Who runs the Moulin des Cerises de la Plaine?", None),  # the structure itself
        ("Le Moulin des Cerises d'Arras, budget ?", None),  # its own town
        ("Who runs the Moulin des Cerises de Paris?", None),  # a name the booklet never writes
        ("Qui dirige le Moulin ?", None),
    ],
)
def test_a_sibling_is_told_from_the_structure(question: str, sibling: str | None) -> None:
    found = sibling_named(question, HOMES, BOOKLET)
    assert (found.written if found else None) == sibling


BOOKLET_TOWN = fold(
    "Le Moulin des Cerises de la Plaine travaille avec le Moulin des Cerises du Val de Bapaume."
)


@pytest.mark.parametrize(
    ("question", "sibling"),
    [
        # typed in lower case, the family's words then its own
        ("le moulin des cerises du val a combien de salariés ?", "moulin des cerises du val"),
        # named by its town, the booklet writing more words between
        ("Le Moulin des Cerises de Bapaume, qui le dirige ?", "Moulin des Cerises de Bapaume"),
        # the structure's own next word, its own town, a town the booklet never writes there
        ("le moulin des cerises de la plaine, budget ?", None),
        ("le moulin des cerises d'Arras, budget ?", None),
        ("Le Moulin des Cerises de Paris, qui le dirige ?", None),
    ],
)
def test_a_sibling_typed_loosely_is_told_from_the_structure(
    question: str, sibling: str | None
) -> None:
    found = sibling_named(question, HOMES, BOOKLET_TOWN)
    assert (found.written if found else None) == sibling


def _head(name: str) -> str:
    """A name's first three words, its article left out: the family it may share."""
    words = name.split()
    return " ".join(words[1:4] if words[0].lower() in ("le", "la", "les") else words[:3])


def _siblings(corpus: Corpus) -> list[tuple[str, str]]:
    """Names the booklet writes that start like a fiche's name and go on with words that are
    not the rest of its name nor its town."""
    text = "\n".join(corpus.sources.values())
    out = []
    for fiche in corpus.fiches:
        pattern = re.escape(_head(fiche.name)) + r"(?:\s+(?:de|du|des|d'|la|le)\s*)+[A-Z][\w-]+"
        for m in re.finditer(pattern, text):
            name = m.group()
            if fold(name) not in fold(fiche.name) and fiche.contact.town.split()[0] not in name:
                out.append((name, fiche.id))
    return out


def test_the_booklets_siblings_are_refused_with_their_mention(engine, corpus: Corpus) -> None:
    siblings = _siblings(corpus)
    assert siblings
    for name, _ in siblings:
        for question in (f"How many employees does the {name} have?", f"Qui dirige le {name} ?"):
            answer = ask(engine, question)
            assert answer.abstained, answer.answer
            assert answer.citations and name.lower() in answer.citations[0].quote.lower()


def test_the_structure_by_its_town_is_still_answered(engine, corpus: Corpus) -> None:
    long_names = [f for f in corpus.fiches if len(f.name.split()) >= 7]
    assert long_names
    for fiche in long_names:
        question = f"Quelle est l'adresse du {_head(fiche.name)} de {fiche.contact.town} ?"
        answer = ask(engine, question)
        assert not answer.abstained, answer.answer
        assert answer.structures[0].fiche_id == fiche.id
