"""'La Remise Enjouée a des bénévoles ?', 'does VESTALI have members?': whether a structure
has people of a kind the booklet counts (volunteers, members). Its count answers when the
fiche gives one; when it gives none, a sentence saying it has them answers yes ('l'équipe de
bénévoles de l'association s'investit …'). Read as a count only it was refused ('n'indique
pas de nombre de bénévoles'); read as a sentence only, 'members' found the networks the
structure is a member of. Class: a yes/no asking whether a structure has volunteers or
members, in French or English, by intonation or inversion."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.text import fold

# the people counted whose having a sentence may state without a number
_HAD = ("benevoles", "adherents")
# a count asked, not whether: the figure only answers
_COUNT_ASKED = re.compile(r"\b(combien|how many|how much|nombre|number|total|count)\b")
# the verb of having just before the people named, with up to three words between
# ('a des bénévoles', 'ont-ils des adhérents', 'does it have any volunteers', 'are there
# members', 'y a-t-il des bénévoles', 'rely on volunteers', 's'appuie sur des bénévoles')
_HAVING = re.compile(
    r"\b(a|ont|as|avez|possede|possedent|compte|comptent|have|has|got|there|y a-t-il|"
    r"il y a|ont-ils|ont-elles|a-t-elle|a-t-il|rely on|relies on|s'appuie sur|"
    r"s'appuient sur|mobilise|mobilisent|involve|involves)\b(\W+\w+){0,3}\W+$"
)


def measure_had(text: str) -> str | None:
    """The measure of people a question asks whether a structure has; None for a count
    asked or any other question."""
    folded = fold(text)
    if _COUNT_ASKED.search(folded):
        return None
    for measure in lx.MEASURES:
        if measure.name not in _HAD:
            continue
        found = lx.compiled(measure.asked).search(folded)
        if found is not None and _HAVING.search(folded[: found.start()]):
            return measure.name
    return None


def states_them(measure: str, sentence: str) -> bool:
    """Whether a sentence names the people asked (by the word a fiche writes them with)."""
    stated = next(m.stated for m in lx.MEASURES if m.name == measure)
    return bool(lx.compiled(stated).search(fold(sentence)))
