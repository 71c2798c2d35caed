"""'d'autres ?', 'any others?', 'il y en a d'autres qui font ça ?' after a list: more
structures answering the same list question, besides those the last answer gave. The last
answer may have shown only some (a client's own short answer, a list cut by the reader's
eye); what it asked is asked again, and those it named are left out. This is no complement
of the list ('et les autres ?', the rest of the structures, `planner._the_others`): a
structure not doing what was asked is no other one doing it."""

from __future__ import annotations

import re
from dataclasses import replace

from livret_qa import lexicon as lx
from livret_qa.answering.plan import QuestionPlan
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.text import fold

# The words of a follow-up asking for more of the same (class: 'd'autres ?', 'encore ?',
# 'il y en a d'autres ?', 'y en a-t-il d'autres qui font ça ?', 'tu en connais d'autres ?',
# 'any others?', 'anyone else?', 'are there more?', 'any other ones doing that?'), folded:
# a question made of these words only, one of them a marker of more (`_MORE`).
_FILLER = frozenset(
    """et and ou or alors so ok okay merci thanks thank you il y en a t est ce que qu
    tu vous en connais connaissez as avez as-tu y-en a-t-il ya yen ny n pas encore
    des de d structure structures asso assos association associations initiative initiatives
    acteur acteurs exemple exemples projet projets organisation organisations organization
    organizations qui font fait le la ca cela pareil meme chose aussi dans ce genre type
    comme celles-ci ceux-ci sont is are there any anyone anybody someone else more other
    others ones one doing do does that this same too also like those them such kind
    who what about besides d'autres dautres autres autre plus
    a part eux elles elle lui en dehors d'eux d'elles d'elle hormis apart from other than
    ceux-la celles-la d'autre quelqu'un""".split()
)
_MORE = re.compile(
    r"\b(d'?autres|d'autre|encore|(any|some|more|the)?\s*others?\b(?! than)|else|more|"
    r"autres? (structures?|assos?|initiatives?|exemples?)|"
    # the ones given set aside ('et à part eux ?', 'en dehors d'elles ?', 'besides them?',
    # 'other than those?'): more of the same list, those given left out
    r"(a part|en dehors d'?|hormis|besides|apart from|other than) ?(eux|elles?|lui|them|"
    r"those|ceux-la|celles-la))\b"
)
# 'les autres', 'the others', 'the other one', 'the rest': the complement, not more of it
_COMPLEMENT = re.compile(r"\b(les autres|l'autre|the others?|the rest|le reste|restantes?)\b")
_WORD = re.compile(r"[\w'-]+")
# the words placing a place named in a follow-up ('dans l'', 'in the', 'au', 'en'), taken out
# with it
_PLACING = (
    r"(?:\b(?:dans|en|au|aux|a|in|at|around|du|de|des|near|pres de)\s+)?"
    r"(?:\b(?:le|la|les|the)\s+|\bl')?"
)


def asks_more(folded: str) -> bool:
    """Whether a follow-up only asks for more structures like those just listed."""
    if not _MORE.search(folded) or _COMPLEMENT.search(folded):
        return False
    return all(w in _FILLER for w in _WORD.findall(folded))


# A follow-up asking for the rest of a ranking ('et les autres ?', 'and the others?', 'the
# rest?', 'les suivantes ?'): its words, folded; any other word asks something of the others.
_REST = frozenset(
    """et and alors so ok okay what about quoi sinon les the rest reste restantes restants
    autres autre others other l'autre suivantes suivants suivante suivant next ones remaining
    structures initiatives assos associations of them d'entre elles eux please svp stp""".split()
)


def asks_rest(folded: str) -> bool:
    """Whether a follow-up only asks for the others of what was just given ('et les autres
    ?', 'the rest?'). After a ranking of the closest structures, the others are the next
    closest (class: 'les autres ?' after a similar answer), no list of the booklet's rest."""
    if not (_COMPLEMENT.search(folded) or re.search(r"\b(suivant|next)", folded)):
        return False
    return all(w in _REST for w in _WORD.findall(folded))


MORE_OF_LIST = "the previous list asked again, besides the structures it gave"


def more_of_list(plan: QuestionPlan, last: QuestionPlan, given: list[str]) -> QuestionPlan:
    """The last list question asked again, leaving out the structures `given`."""
    plan.parts = [replace(p) for p in last.parts]  # (their words say what is listed)
    plan.query = last.query
    plan.theme = plan.theme or last.theme
    plan.departements = plan.departements or list(last.departements)
    plan.places = plan.places or list(last.places)
    plan.targets, plan.target_source = [], "any"
    plan.besides, plan.followup = list(given), True
    plan.resolution = MORE_OF_LIST
    return plan


def asks_more_besides_named(unnamed: str, places: list[str], departements: list[str]) -> bool:
    """Class: 'd'autres dans le Nord à part la Remise Enjouée ?', 'any others besides
    VESTALI?', 'encore, sauf Synapse 3i ?' — more structures like those the last list asked,
    the ones named after an exclusion word left out (they are no other ones). `unnamed`: the
    question without the names it gives; its places are the last list's own, or narrow it.
    Read alone, the name made it a question about that one structure."""
    folded = fold(unnamed)
    if not lx.MORE_EXCLUDING.search(folded):
        return False
    rest = lx.MORE_EXCLUDING.sub(" ", folded)
    for place in [*places, *(DEPARTEMENTS.get(code, "") for code in departements)]:
        if place:
            # the place with the words placing it ('dans l'Aisne', 'in the Pas-de-Calais'):
            # a preposition or article left behind is no word asked
            rest = re.sub(rf"{_PLACING}\b{re.escape(fold(place))}\b", " ", rest)
    return asks_more(rest)
