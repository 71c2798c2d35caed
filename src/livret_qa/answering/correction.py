"""'non, je parlais de l'autre', 'no, I meant the food one', 'pas celle-là, celle des
meubles': the user says the structure in focus is not the one meant. The one meant is among
the others (those of the list the focus was picked from, else the rest of the booklet), picked
as any pointer picks ('the food one', 'celle des meubles', 'l'autre'); what the last turn
asked is asked of it. Read without this, the pointer picked among the focus alone: the very
structure the user had just refused."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx

# Class: a correction pointing at another structure, folded. An opener denying or restating
# ('non', 'no', 'pas celle-là', 'not that one', 'je parlais de', 'I meant') and a pointer at
# a structure ('l'autre', 'the other', 'celle des …', 'the … one'). A correction naming the
# structure ('non, je parlais de VESTALI') names it anew, which needs no rule; one correcting
# the attribute ('no, I meant the budget') points at no structure.
_OPENER = re.compile(
    # (an apology may come first: 'sorry I meant …', 'désolé, je parlais de …')
    r"^\W*(?:(?:sorry|desolee?|pardon|excuse[sz]?[- ]moi|my bad)\W*)?"
    r"(non|nan|no|nope|pas (ca|celle|celui|cette)|not (that|this)|wrong|mauvais\w*|"
    r"oups?|oops|je (parlais|voulais dire|pensais|demandais)|i (meant|mean|was (talking|asking))|"
    r"plutot|rather|en fait|actually|sorry|desolee?|pardon)\b"
)
_OTHER_STRUCTURE = re.compile(
    r"\b(l'autre|the other( one)?|une autre|another( one)?|"
    r"(celle|celui)(-la)? (de|des|du|d'|qui|sur|pour|avec|en|a|dans)\b|"
    r"the (\w+[ -])?one\b|the one (that|which|who|doing|in|with|about|for)\b|"
    r"pas (celle|celui)[- ]la|not (that|this) one)"
)


def corrects_structure(folded: str) -> bool:
    """Whether a follow-up says the structure in focus is not the one meant: it points at
    another, or describes the one meant by its kind and place ('I meant the ressourcerie in
    the Pas-de-Calais')."""
    if not _OPENER.match(folded):
        return False
    return bool(_OTHER_STRUCTURE.search(folded) or placed_kind(meant_part(folded)))


CORRECTED = "a correction: another structure than the one in focus"


def others_than(focus: list[str], wider: list[str], every: list[str]) -> list[str]:
    """Where the one meant is looked for: the list the focus came from, else the booklet."""
    pool = wider if set(wider) - set(focus) else every
    return [f for f in pool if f not in focus]


# Class: a correction describing the one meant by its kind and place ('sorry I meant the
# ressourcerie in the Pas-de-Calais, not the fish one', 'non, je parlais de l'épicerie de
# Guise, pas du jardin'): the structure refused, said after 'not'/'pas', is no pointer at the
# one meant. Folded; the refusal runs to the next comma or the end.
_REFUSED = re.compile(
    r",?\s*\b(?:and |et )?(?:not|pas|non pas|rather than|instead of|plutot que)\s+"
    r"(?:the|that|this|celle|celui|cette|ce|cet|le|la|les|l'|du|de la|des|de l')[^,;?!]*"
)
# a kind that describes no structure apart: every structure is one
_GENERIC_KINDS = frozenset({"one", "structure", "association", "asso", "initiative", "org"})


def meant_part(folded: str) -> str:
    """The correction without the structure it refuses ('…, not the fish one'), when the
    refusal follows the one meant (a correction opening with it, 'pas celle-là, celle des
    meubles', keeps its opening)."""
    match = _REFUSED.search(folded)
    if match is None or not folded[: match.start()].strip(" ,"):
        return folded
    return f"{folded[: match.start()]} {folded[match.end() :]}".strip()


def placed_kind(folded: str) -> str:
    """`described_kind`, when a place follows the kind ('the ressourcerie in …', 'la
    ressourcerie du …'): a structure described, not a thing of it ('the shop's hours')."""
    kind = described_kind(folded)
    placed = rf"\b{kind}\s+(in|at|of|from|near|de|du|des|d'|a|en|dans)\b"
    return kind if kind and re.search(placed, folded) else ""


def described_kind(folded: str) -> str:
    """The kind of structure a correction describes the one meant by ('the ressourcerie in
    the Pas-de-Calais' -> 'ressourcerie', 'l'épicerie de Guise' -> 'epicerie'); '' when it
    names none apart from any structure ('the one in …', 'l'association de …')."""
    match = lx.DESCRIBED_ONE.search(folded)
    if match is None or match.group(1) in _GENERIC_KINDS:
        return ""
    return match.group(1)


# Class: a correction naming the structure meant and asking nothing else ('non, je voulais
# dire celle d'Il était deux fois', 'sorry, I meant the one at VESTALI', 'non je parlais de
# VESTALI'): what the last turn asked is asked of the one named, as 'et VESTALI ?' is — its
# correcting words are no question of their own. Folded words, the names taken out.
_RENAMING_WORDS = frozenset(
    """non nan no nope je j parlais voulais dire pensais demandais i meant mean was talking
    asking about de d du des la le les l celle celui ceux celles the one ones of at in for
    sorry desole desolee pardon excuse excusez moi plutot rather en fait actually pas that
    this wrong oups oops ok okay ah mais but et and my bad c est it s is was i m il elle""".split()
)


def renames_structure(bare: str) -> bool:
    """Whether a follow-up naming a structure only corrects which one is meant (`bare`: its
    folded words without the names): an opener of correction, and no word of its own."""
    if not _OPENER.match(bare):
        return False
    return all(w in _RENAMING_WORDS for w in re.findall(r"[a-z]+", bare))
