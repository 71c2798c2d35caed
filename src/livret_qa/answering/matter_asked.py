"""The matter a measure of matter is asked of: 'qui collecte le plus de tonnes de bois ?' ->
bois; 'which structure handles the biggest tonnage of textile?' -> textile, tissu, étoffe;
'the largest wood tonnage' -> wood, bois. Class: a ranking, a total or a bound of a quantity
of matter restricted to a thing (lexicon.MATTER_ASKED); an English thing reaches the booklet's
French words through the glossary (EN_FR, SAME_THING_FR). Pure."""

from __future__ import annotations

import re

from livret_qa import glossary
from livret_qa import lexicon as lx
from livret_qa.answering.aggregate_conditions import number_in
from livret_qa.facts.matter import singular
from livret_qa.text import fold

__all__ = ["matter_asked"]


def _forms(word: str) -> list[str]:
    """The word asked, then its French words and those naming the same thing (folded)."""
    forms = [word]
    for key in (word, singular(word)):
        forms += [fold(f) for f in glossary.EN_FR.get(key, ())]
    seen = {singular(f) for f in forms}
    for group in glossary.SAME_THING_FR:
        if any(singular(fold(g)) in seen for g in group):
            forms += [fold(g) for g in group]
    return list(dict.fromkeys(f for f in forms if " " not in f))


def matter_asked(folded: str, measure: str | None) -> list[str]:
    """The forms of the matter the question restricts a measure of matter to, the word asked
    first; [] when it names none ('le plus gros tonnage', 'tonnes par an')."""
    if measure not in lx.MATTER_MEASURES:
        return []
    collective = lx.compiled(rf"^({lx._COLLECTIVE_NOUNS})$")
    for match in lx.MATTER_ASKED.finditer(folded):
        word = match.group(1) or match.group(2)
        if (
            word in lx.NOT_A_MATTER
            or word in lx.STOPWORDS
            or word in lx.AGGREGATE_FRAME_WORDS
            or collective.match(word)
            or re.fullmatch(r"(?:annee|year|an)s?", word)
            or number_in(word) is not None  # 'fifty tonnes', 'cinquante tonnes'
        ):
            continue
        return _forms(word)
    return []
