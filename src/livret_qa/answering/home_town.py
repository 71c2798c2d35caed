"""Class: a yes/no question that names its structure by the structure's own town, written as
part of the words describing it ('Do the Boulogne folks do catering?', 'Can you drop off old
metal at the Pommiers woodshop?', 'la ressourcerie de Campigneulles vend-elle des meubles ?').

The town picks the structure; it places nothing asked. Read as a place the thing must be
stated with ('a shop in Calais' when Calais is only a partner's town), it made the fiche
state catering *and* Boulogne in one sentence, which no fiche does of its own town — and the
question was refused though the fiche states the catering. A town is read so only on positive
evidence on both sides: the question writes it inside a description (in English before the
noun it qualifies, in French after a noun and 'de'), and it is the town the structure stands
in (its contact card or its head office). A town after 'in', 'at', 'à', 'en' stays a place
asked ('Is there a pick-up point in Mortemer?'), and so does a town that is not the
structure's own ('the Hirson shop' of a structure whose address is in Guise). Pure: text in,
names out."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from livret_qa.answering.town_adjunct import towns_before_nouns
from livret_qa.text import fold

# a French noun then 'de' / "d'" / 'du' then the town ('la ressourcerie de Campigneulles',
# "le jardin de Villeneuve d'Ascq"): the town qualifies the noun
_NOUN_DE = r"\b([a-z][a-z-]{2,})\s+(?:de\s+|d'|du\s+)"
# words before 'de' that make the town a source or a time, no qualifier
_NOT_A_NOUN = frozenset({"pres", "loin", "partir", "venant", "vient", "viennent", "sortie"})


def _spaced(name: str) -> str:
    """A folded town written with spaces, hyphens or an apostrophe between its words."""
    return "[\\s'-]*".join(re.escape(w) for w in re.split(r"[\s'-]+", fold(name)) if w)


def _in_french_description(folded: str, town: str) -> bool:
    for m in re.finditer(_NOUN_DE + _spaced(town) + r"\b", folded):
        if m.group(1) not in _NOT_A_NOUN:
            return True
    return False


def _home_of(town: str, home: Iterable[str]) -> bool:
    """Whether a town asked is one of the structure's own ('Boulogne' of 'Boulogne sur Mer',
    'Villeneuve' of "Villeneuve d'Ascq"): the town, or the opening words of one."""
    asked = " ".join(re.split(r"[\s'-]+", fold(town))).strip()
    if not asked:
        return False
    for name in home:
        own = " ".join(re.split(r"[\s'-]+", fold(name))).strip()
        if own and (own == asked or own.startswith(asked + " ")):
            return True
    return False


def naming_towns(
    question: str,
    places: Iterable[str],
    home: Iterable[str],
    town_opened: Callable[[str], str | None],
) -> set[str]:
    """The places of `places` that name the structure in `question` rather than place what
    is asked: written inside a description of it and its own town (`home`: its contact
    card's town, its head office's). `town_opened`: the booklet's town a name opens, or None
    (as the planner reads 'the Boulogne association')."""
    home = [h for h in home if h]
    if not home:
        return set()
    folded = fold(question)
    before_nouns = {fold(t) for t in towns_before_nouns(question, town_opened)}
    out: set[str] = set()
    for place in places:
        if not _home_of(place, home):
            continue
        if fold(place) in before_nouns or _in_french_description(folded, place):
            out.add(place)
    return out
