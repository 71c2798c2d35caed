"""The date of a thing the fiche states only as a plan: the class of 'when' questions about
something still to come ('ils l'ont lancé quand, leur site marchand ?', 'when did they open
their ressourcerie?', 'quand a démarré leur pôle textile ?'). The fiche gives no date because
the thing is not done yet; the sentence stating it as planned ('il s'agit maintenant de …
en créant son site internet marchand', 'un projet de ressourcerie') answers "not yet,
planned" rather than a refusal. Pure: reads the asked text and the nearest sentence.
"""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.text import fold

# words of a 'when' question that name no thing (the asking, the event, pronouns)
_NOT_THINGS = frozenset(
    "quand quelle quel annee date depuis when which year since what lance lancee lances "
    "launch launched ouvert ouverte ouvrir open opened opening demarre demarrage started "
    "start started cree creee creation create created obtenu obtain obtained leur leurs "
    "their ils elles they mais alors about donc".split()
)


def planned_thing(asked: str, quote: str) -> bool:
    """Whether `quote` states as a plan a thing `asked` names: a plan marker (lexicon
    PLANNED_STATED) followed by a word of the thing (five letters or more)."""
    folded = fold(quote)
    plan = lx.PLANNED_STATED.search(folded)
    if plan is None:
        return False
    words = {w for w in re.findall(r"[^\W\d_]{5,}", fold(asked)) if w not in _NOT_THINGS}
    after = set(re.findall(r"[^\W\d_]{5,}", folded[plan.start() :]))
    return bool(words & after)
