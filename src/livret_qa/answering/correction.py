"""'non, je parlais de l'autre', 'no, I meant the food one', 'pas celle-là, celle des
meubles': the user says the structure in focus is not the one meant. The one meant is among
the others (those of the list the focus was picked from, else the rest of the booklet), picked
as any pointer picks ('the food one', 'celle des meubles', 'l'autre'); what the last turn
asked is asked of it. Read without this, the pointer picked among the focus alone: the very
structure the user had just refused."""

from __future__ import annotations

import re

# Class: a correction pointing at another structure, folded. An opener denying or restating
# ('non', 'no', 'pas celle-là', 'not that one', 'je parlais de', 'I meant') and a pointer at
# a structure ('l'autre', 'the other', 'celle des …', 'the … one'). A correction naming the
# structure ('non, je parlais de VESTALI') names it anew, which needs no rule; one correcting
# the attribute ('no, I meant the budget') points at no structure.
_OPENER = re.compile(
    r"^\W*(non|nan|no|nope|pas (ca|celle|celui|cette)|not (that|this)|wrong|mauvais\w*|"
    r"oups?|oops|je (parlais|voulais dire|pensais|demandais)|i (meant|mean|was (talking|asking))|"
    r"plutot|rather|en fait|actually)\b"
)
_OTHER_STRUCTURE = re.compile(
    r"\b(l'autre|the other( one)?|une autre|another( one)?|"
    r"(celle|celui)(-la)? (de|des|du|d'|qui|sur|pour|avec|en|a|dans)\b|"
    r"the (\w+[ -])?one\b|the one (that|which|who|doing|in|with|about|for)\b|"
    r"pas (celle|celui)[- ]la|not (that|this) one)"
)


def corrects_structure(folded: str) -> bool:
    """Whether a follow-up says the structure in focus is not the one meant."""
    return bool(_OPENER.match(folded) and _OTHER_STRUCTURE.search(folded))


CORRECTED = "a correction: another structure than the one in focus"


def others_than(focus: list[str], wider: list[str], every: list[str]) -> list[str]:
    """Where the one meant is looked for: the list the focus came from, else the booklet."""
    pool = wider if set(wider) - set(focus) else every
    return [f for f in pool if f not in focus]
