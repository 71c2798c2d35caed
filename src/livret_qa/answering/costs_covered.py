"""Class: what covers a structure's costs, asked ('what share of its costs do grants cover?',
'quelle part des charges ses ventes couvrent-elles ?', 'how are its running costs covered?').

What the fiche states decides, not how the question words it. A fiche states what covers its
costs in three ways: a share of its charges covered ('70 % des charges d'exploitation sont
couvertes par des subventions'); a breakdown of its resources in shares ('Ses ressources sont
hybrides : 70% de subventions, 30% d'activité économique'), which is the same split seen from
the money coming in; or, with no share, who takes the charges on ('les frais de
fonctionnement … sont pris en charge par les producteurs adhérents'). The last answers a
question asking how or by whom they are covered, never one asking a share (dev22-149,
dev27-143 were refused for want of the words 'charges' and 'couvertes' in the sentence)."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.text import fold

# Money coming in, named as a whole ('ses ressources', 'de recettes', 'revenus'), folded.
_RESOURCES = re.compile(
    r"\b(ressources?|recettes?|revenus?|financements?|produits d'exploitation)\b"
)
# Charges named, but not the 'charge' of 'prise en charge des salariés' (a care, no cost).
_CHARGES = re.compile(r"(?<!en )\bcharges?\b|\b(couts?|depenses?|frais)\b")
# Charges said covered or taken on, by whom or what ('sont pris en charge par', 'couverts').
_TAKEN_ON = re.compile(
    r"\b(couvr\w*|couvert\w*|pris(es)? en charge|prend\w* en charge|financ\w*|assum\w*|"
    r"autofinanc\w*)\b"
)
# A quantity of the costs asked ('how much of', 'combien', 'what portion'), beside the share
# frames of the lexicon: a share asked, which a sentence without one does not answer.
_QUANTITY_ASKED = re.compile(r"\b(how much|combien|portion|percent\w*|pour ?cent\w*)\b")


def states_resources_split(text: str) -> bool:
    """Whether a folded sentence splits the money coming in by shares (two shares or more,
    and the resources named): '70% de subventions, 30% d'activité économique'. A single
    share of receipts ('les recettes ont progressé de 5,54%') is a change, not a split."""
    return len(lx.SHARE_STATED.findall(text)) >= 2 and bool(_RESOURCES.search(text))


def states_costs_covered(text: str) -> bool:
    """Whether a folded sentence states a share of charges covered ('couvrent 92 % des
    charges de personnel') or the split of the resources covering them."""
    if not lx.SHARE_STATED.search(text):
        return False
    named = lx.CHARGES_STATED.search(text) and lx.COVERING_STATED.search(text)
    return bool(named) or states_resources_split(text)


def states_charges_taken_on(text: str) -> bool:
    """Whether a folded sentence says the charges are covered or taken on by something
    ('les frais de fonctionnement … sont pris en charge par les producteurs adhérents')."""
    return bool(_CHARGES.search(text) and _TAKEN_ON.search(text))


def share_asked(folded: str) -> bool:
    """Whether a costs-covered question asks a quantity of them (a share, how much), not
    only how or by what they are covered."""
    return bool(
        lx.SHARE_FRAME.search(folded)
        or lx.RATE_ASKED.search(folded)
        or _QUANTITY_ASKED.search(folded)
    )


def answers_costs_covered(question: str, quote: str) -> bool:
    """Whether a sentence states what covers the costs a question asks the share of: a
    share of charges covered, or the split of the resources covering them."""
    return bool(lx.COSTS_COVERED_ASKED.search(fold(question))) and states_costs_covered(fold(quote))
