"""Class: 'the other one' said when one structure is in focus and no list holds another —
'Les Copains have two shops, right?' then 'Who is the head of the other one?'; 'Who runs the
toy reuse shop?' then 'and the other one, the ressourcerie - who runs it?'.

With nothing to pick 'the other' from, the one in focus is no answer (it is the one the asker
sets apart). A question describing the one meant ('the ressourcerie', 'celle des meubles', 'the
one in the Aisne') picks it among the rest of the booklet, as a correction does
(correction.py); one describing nothing asks which structure is meant. Pure: the planner gives
the state and what the question describes."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx

# the word right after 'the other' / "l'autre", when one follows
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)")
# words after 'the other' that name no thing: 'the other one', 'the other in Liévin',
# "l'autre qui fait des meubles"
_NO_THING = frozenset(
    """one ones in at from of with for on near that which who de du des a dans qui que avec
    pour sur en pres vers la le les l""".split()
)
# kinds of structure (no site nor thing of one: 'boutique', 'shop' are a structure's sites)
_STRUCTURE_KINDS = frozenset(
    """structure asso association associations charity organisation organization org
    ressourcerie recyclerie initiative entreprise company business collectif group groupe
    cooperative scic chantier atelier workshop jardin garden epicerie grocery""".split()
)

# the plan's resolution: which other one is asked (the one in focus kept as `among`)
OTHER_OF_NONE = "points at another one, but one structure only is in focus"

# all the others, not one: 'les autres', 'the others', 'd'autres', 'other ones'
_PLURAL_OTHERS = re.compile(r"\b(les autres|the others|others|d'autres|other ones|autres)\b")


def points_past_the_one(folded: str, focus: list[str], wider: list[str], named: bool) -> bool:
    """Whether a follow-up (folded) says 'the other one' when one structure is in `focus` and
    no list (`wider`) holds others; `named`: the question names a structure itself. 'les
    autres' (all the others) is another class: the rest of a list or of the booklet."""
    if named or len(focus) != 1 or set(wider) - set(focus):
        return False
    match = lx.OTHER_ONE.search(folded)
    if match is None or _PLURAL_OTHERS.search(folded):
        return False
    # 'the other pick-up points', "l'autre boutique": another thing of the one in focus (a
    # site, a service), not another structure; 'the other one', "l'autre, …", "l'autre
    # ressourcerie" point at a structure
    after = _NEXT_WORD.match(folded[match.end() :])
    if after is None or after.group(1) in _NO_THING:
        return True
    return after.group(1) in _STRUCTURE_KINDS
