"""Class: a structure's own costs kept down, asked ('how do they keep costs down?', 'comment
limitent-ils leurs dépenses ?', 'how does it cut its costs?'). The costs it bears, lowered:
never a price it charges (dev29-123, dev30-141 were refused as 'no price').

What the fiche states decides: a line of its story saying its expenses are low or lowered
('Des dépenses réduites :', 'La diminution des charges du stockage …', 'Les frais de
fonctionnement sont peu élevés …'), with the items it introduces when it ends on a colon
('- Un suivi précis des stocks', '- Pas de frais de location …'). A fiche with no such line
does not say how it keeps its costs down: the answer abstains, its nearest fact given."""

from __future__ import annotations

import re

# Expenses named ('dépenses', 'charges', 'frais', 'coûts'; not the 'charge' of 'prise en
# charge'), folded.
_EXPENSES = r"(?:(?<!en )\bcharges?\b|\b(?:couts?|depenses?|frais)\b)"
# ... said low or lowered, on either side ('des dépenses réduites', 'la diminution des
# charges', 'frais … peu élevés', 'pas de frais de location', 'maîtrise des coûts'), folded.
_LOWERED = (
    r"(?:redu[ci]\w*|diminu\w*|faibles?|peu eleve\w*|bas\b|limit\w*|maitris\w*|"
    r"baiss\w*|pas de|aucuns? |ni d)"
)
_STATED = re.compile(rf"{_LOWERED}[^.;:]{{0,25}}{_EXPENSES}|{_EXPENSES}[^.;:]{{0,40}}\b{_LOWERED}")
MAX_ITEMS = 6  # the items a label line introduces, at most


def states_lowered(text: str) -> bool:
    """Whether a folded sentence says the structure's expenses are low or lowered."""
    return bool(_STATED.search(text))


def introduces_items(text: str) -> bool:
    """Whether a sentence is a label introducing the items after it ('Des dépenses réduites :')."""
    return text.rstrip().endswith(":")
