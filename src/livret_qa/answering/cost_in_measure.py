"""Class: a cost counted in a measure of its own, not in money ('what did it cost them in staff
time?', 'ça leur coûte combien en temps de salarié ?', 'how much does it cost in FTEs?'): the
measure named after 'in' / 'en' is asked ('0,5 ETP'), not a price the fiche does not state.

A cost word followed, within a few words, by 'in' / 'en' and the words of one of the lexicon's
measures (lexicon.MEASURES) of no money family. Pure: folded text in, a yes or no out."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx

_COST_IN = re.compile(
    r"\b(?:cost|costs|costed|coute|coutent|coutait|coute-t-il|cout)\b"
    r"[^?.!]{0,40}?\b(?:in|en)\s+(?:terms of\s+)?(?P<rest>[^?.!]{1,60})"
)


def cost_counted_in_measure(folded: str) -> bool:
    """Whether `folded` asks a cost counted in a measure that is no sum of money."""
    for match in _COST_IN.finditer(folded):
        at = match.start("rest")  # matched in place: a measure's lookbehind sees before it
        for measure in lx.MEASURES:
            if measure.family != "money" and re.compile(rf"(?:{measure.asked})").match(folded, at):
                return True
    return False


# One thing priced with an indefinite article ('a basket', 'un vélo'): its price is asked, even
# with a pronoun for the structure ('How much does a basket cost them?'). Folded.
_ONE_THING = re.compile(
    r"\b(?:a|an|un|une)\s+(?!(?:eux|elle|elles|lui|leur|an|coute\w*)\b)[a-z]{3,}"
)


# The thing that cost, named as the subject of the cost ('how much did THE VETERINARY
# APPROVAL cost them?', 'LE CAMION leur a coûté combien ?'): a thing of its own, whose cost
# only a sum bound to it states; the structure's budget is the nearest fact, not the answer.
# A pronoun for the structure or its running ('it', 'that', 'ça') names no thing. Folded.
_THING_THAT_COST = re.compile(
    r"\b(?:how much|what) (?:did|does|do|will|would|has|have) (?:the|its|their|this|that) "
    r"(?!(?:association|structure|organi[sz]ation|charity|whole|running)\b)"
    r"[a-z-]{3,}(?: [a-z-]+){0,3} (?:cost|costed)\b|"
    r"^(?:(?:et|and|ok|alors|mais)\W+)*(?:le|la|les|l'|son|sa|ses|leur|leurs) "
    r"(?!(?:association|structure|asso|fonctionnement)\b)[a-z-]{3,}(?: [a-z'-]+){0,3} "
    r"(?:leur|lui) (?:a |ont )?cout"
)


def cost_borne(folded: str) -> bool:
    """Class: what the structure itself spends, asked with a pronoun standing for it ('ça leur
    coûte combien à eux ?', 'combien ça lui coûte par an ?', 'how much does it cost them to
    run?'): its budget, not a price it charges; a thing priced ('a basket', 'un vélo', 'the
    veterinary approval') keeps the question a price."""
    return (
        bool(lx.COST_BORNE.search(folded))
        and not _ONE_THING.search(folded)
        and not _THING_THAT_COST.search(folded)
    )
