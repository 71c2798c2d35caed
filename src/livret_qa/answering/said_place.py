"""Class: 'et les autres, elles sont où ?', 'and the others?', "et l'autre ?" after an answer
about one structure that said others of the booklet stand in the same place as it ('… à
Campigneulles, Pas-de-Calais. D'autres structures du livret sont aussi dans ce département.',
'Il y a une autre structure du livret dans la même ville.', 'A couple of other projects are in
the same département.'): the others meant are those standing in that place — the one the
answer named — not the rest of the booklet nor 'which other one?'.

The answer's words only say where to look; which structures stand there is read from their
fiches' addresses by the answer (as for 'd'autres dans l'Aisne ?'). Pure: text in, places out."""

from __future__ import annotations

import re
from collections.abc import Iterable

from livret_qa import lexicon as lx
from livret_qa.retrieval.places import departements_in
from livret_qa.text import fold


def shared_place(said: str) -> str | None:
    """The kind of place ('departement' or 'town') an answer says other structures of the
    booklet share with the one it is about; None when it says no such thing."""
    match = lx.OTHERS_IN_SAME_PLACE.search(fold(said))
    if match is None:
        return None
    noun = match.group("dep") or match.group("dep2") or match.group("dep3") or ""
    return "departement" if noun.startswith("dep") else "town"


def place_said(said: str, towns: Iterable[str]) -> tuple[list[str], list[str]]:
    """The place the answer named, of the kind it says the others share: (départements,
    towns); both empty when it names none of that kind."""
    kind = shared_place(said)
    if kind is None:
        return [], []
    if kind == "departement":
        return departements_in(said)[:1], []
    folded = _key(said)
    named = [t for t in towns if _key(t) and re.search(rf"\b{re.escape(_key(t))}\b", folded)]
    return [], named[:1]


def _key(text: str) -> str:
    return re.sub(r"[\s'’-]+", " ", fold(text)).strip()
