"""Who launched one side of a structure ('Who started the upholstery side at X?', 'qui a lancé
la tapisserie ?'): not who founded the structure, which the card may not say, but who the
fiche's history says set that activity going ('une tapissière … développe l'activité
tapisserie d'ameublement'). Class: false abstentions on a founder asked of a part of a
structure, stated in its history in other words than 'founder'.

Near misses stay refused: a side the fiche never names ('the sewing workshop' of a joinery), a
side it names with no one launching it (only taken over, 'reprend un atelier'), and the
structure itself asked ('who founded it?'), which the founder role answers as before."""

from __future__ import annotations

import re

from livret_qa.text import fold

# What launched the side asked, then its words up to the structure ('at', 'à', 'chez' …).
_ASKED = re.compile(
    r"\b(?:started|launched|set up|created|began|founded|developed|"
    r"lance|cree|fonde|demarre|developpe|mis en place|monte)\s+"
    r"(?:(?:the|its|their|a|an|le|la|les|l'|un|une|son|sa|ses|leur)\s*)?"
    r"(?P<side>[a-z][\w'-]*(?:\s+(?!(?:at|in|of|for|a|au|aux|chez|du|de|des|dans|en|sur)\b)"
    r"[a-z][\w'-]*){0,3})"
)
# Words naming a part as such, no activity of its own ('the upholstery SIDE').
_PART_NOUNS = frozenset(
    "side activity activities workshop workshops part branch unit service team department "
    "business line activite activites atelier ateliers pole section filiere partie".split()
)
# Words naming the structure itself: its founder is the role's, not a side's.
_ITSELF = frozenset(
    "it association structure organisation organization project projet entreprise company "
    "charity scheme group shop boutique initiative thing place".split()
)
# A sentence telling someone set an activity going.
LAUNCHED = re.compile(
    r"\b(?:develop\w*|lanc\w*|cre(?:e|ee|ees|es|ent|er|a)\b|fond\w*|met en place|mis\w* en place|"
    r"initi\w*|demarr\w*|amorc\w*|ouvr\w*|ouvert\w*)"
)


def side_asked(question: str, own_name: str = "") -> list[str]:
    """The words of the side whose launcher is asked ('upholstery', 'tapisserie'), [] when
    the question asks who launched the structure itself (`own_name`: its name), or no
    launch."""
    match = _ASKED.search(fold(question).replace("’", "'"))
    if match is None:
        return []
    words = [w.strip("'-") for w in match.group("side").split()]
    own = set(re.findall(r"\w+", fold(own_name)))
    if not words or words[0] in _ITSELF or words[0] in own:
        return []
    return [w for w in words if len(w) >= 4 and w not in _PART_NOUNS and w not in _ITSELF | own]


def tells_launch(sentence: str, stems: list[str]) -> bool:
    """Whether a sentence tells the launch of the side: a launching verb whose object, at
    most four words on, is the side named by one of its `stems` ('développe l'activité
    tapisserie'), not a verb of something else beside it ('l'atelier tapisserie … crée
    des sièges')."""
    folded = fold(sentence)
    return any(
        re.search(rf"^\W*(?:[\w'-]+\W+){{0,4}}?{re.escape(s)}", folded[m.end() :])
        for m in LAUNCHED.finditer(folded)
        for s in stems
    )
