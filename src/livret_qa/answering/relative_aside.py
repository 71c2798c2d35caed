"""The rest of a founder's description after the structure it resolved to, set aside.

Class served: false abstentions of a first question describing its structure by its place and
then by what it does, before asking ('The Liévin association that trains women in sewing:
what is its budget?', "L'association de Liévin qui forme des femmes à la couture, quel est son
budget ?"). Once the place found the structure and its name was put in the description's
place (`described_by_card.asked_by_name`), the relative clause left after the name ('VESTALI
that trains women in sewing: what is its budget') was read as part of what is asked: its
words became qualifiers of the budget no sentence holds together (refused), or the part grew
too long to read as the figure it asks (a sentence answered).

The clause is set aside only when what follows it asks by itself an attribute of the lexicon
(a key figure, a field, a role) and points back at nothing the clause names ('elle en a
produit combien ?' counts the clause's masks: kept). Pure over the question text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from livret_qa.text import fold

# a relative clause right after the name, closed by a comma, a colon or a dash
_CLAUSE = r"\s+(qui|that|which|who|dont)\s+[^,:;?—–]{3,160}?\s*[,:;—–]\s*"
# a pronoun of the rest standing for what the clause named ('en', 'them', 'those', 'ones')
_POINTS_BACK = re.compile(r"\b(en|y|them|those|these|ones|ceux-ci|celles-ci|ceux|celles)\b")


def without_clause(question: str, name: str, asks: Callable[[str], bool]) -> str | None:
    """`question` without the relative clause after `name`, or None when there is none or
    the rest does not ask an attribute by itself (`asks`) or points back at the clause."""
    match = re.search(re.escape(name) + _CLAUSE, question)
    if match is None:
        return None
    rest = question[match.end() :]
    if not rest.strip(" ?") or _POINTS_BACK.search(fold(rest)) or not asks(rest):
        return None
    return f"{question[: match.start()]}{name}, {rest}"
