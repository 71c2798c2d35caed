"""A follow-up that asks the previous list again of another thing.

'Quelles structures recyclent des vêtements ?' then 'et des jouets ?' ('and toys?', 'what about
furniture?') asks which structures recycle toys: the previous question with the thing it
named replaced, as 'et dans l'alimentation durable ?' moves it to another theme
(`theme_switch`). It is no pick among the structures in focus — those recycling clothes need
not do toys, and it answered the first of them — so the list is drawn afresh. A follow-up
that says it picks ('lesquelles font aussi des jouets ?', 'which of them do toys?'), points
back ('et leurs jouets ?'), asks something of them (a figure, a field), names a place or
theme, or shares a thing with the previous question ('et les paniers classiques ?' after
'paniers solidaires') keeps its reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from livret_qa import lexicon as lx
from livret_qa.answering.plan import PlanPart, QuestionPlan
from livret_qa.answering.topic_words import Glossed, french_things, topic_words
from livret_qa.facts.facets import folded_with_offsets, match_places
from livret_qa.retrieval.places import departements_in
from livret_qa.text import fold

RESOLUTION = "previous list, another thing"
_DETERMINER = re.compile(
    r"^(?:pour |for |about |with |avec )?(?:des|les|du|de la|de l'|d'|de|le|la|l'|un|une|the|"
    r"some|any|a|an)\b\s*"
)
_NOT_AN_ELLIPSIS = ("ou", "or")  # 'où …' folded, 'or …': a question of its own


def _things(text: str) -> list[Glossed]:
    """The things a question names, read in English and in French; a place ('dans le Nord')
    is none ('Quelles structures sont dans le Nord ?' asked of no thing)."""
    things = [*topic_words(text, lx.GENERIC_TOPIC_EN), *french_things(text)]
    return [g for g in things if not departements_in(g.word) and not match_places(g.word)]


def _stems(things: list[Glossed]) -> set[str]:
    return set().union(*(g.stems for g in things)) if things else set()


def _points_in_the_list(folded: str) -> bool:
    """'la seconde', 'the last', 'les deux premières', 'l'autre', 'the others': a position
    in the previous list or the rest of it (ordinal words in set phrases aside)."""
    bare = lx.ORDINAL_IN_A_PHRASE.sub(" ", folded)
    if any(re.search(rf"\b({pattern})\b", bare) for _, pattern in lx.ORDINALS):
        return True
    pointers = (lx.FIRST_OR_LAST_FEW, lx.RELATIVE_ORDINAL, lx.OTHER_ONE, lx.OTHERS)
    return any(p.search(folded) for p in pointers)


def moved_to_thing(
    plan: QuestionPlan, last: QuestionPlan | None, picks: bool, words: Callable[[str], list[str]]
) -> bool:
    """Whether `plan`, a follow-up naming no structure, asks the list `last` again of another
    thing: it opens as an ellipsis ('et …', 'and …', 'what about …'), says little besides
    (`words`: the content words of a folded text; at most two), names a thing `last` did not,
    and asks, points back and picks nothing (`picks`)."""
    if last is None or plan.targets or picks:
        return False
    if last.target_source != "any" or any(p.intent != "list" for p in last.parts):
        return False  # a list drawn from the booklet by what the structures do
    if any(p.attribute or p.yes_no for p in plan.parts):
        return False
    if plan.departements or plan.places or plan.years:
        return False  # (a theme named by its heading is `theme_switch`'s, tried before)
    folded = fold(plan.question)
    opener = lx.ELLIPSIS_OPENER.match(folded)
    if opener is None or opener.group(0) in _NOT_AN_ELLIPSIS:
        return False
    rest = folded[opener.end() :]
    if lx.PLURAL_REFERENCE.search(rest) or lx.SINGULAR_REFERENCE.search(rest):
        return False
    if _points_in_the_list(rest):
        return False  # 'et la seconde ?', 'et les autres ?' point at the list, no thing
    if len(words(rest)) > 2:
        return False
    new, old = _stems(_things(rest)), _stems(_things(last.query))
    return bool(new) and bool(old) and not new & old


def _without_determiner(text: str) -> str:
    """'des jouets ?' -> 'jouets', 'for computers?' -> 'computers', as typed (accents kept)."""
    folded, offsets = folded_with_offsets(text)
    match = _DETERMINER.match(folded)
    cut = offsets[match.end()] if match and match.end() < len(offsets) else 0
    return " ".join(re.sub(r"[?!.]", " ", text[cut:]).split())


def asked_of_thing(plan: QuestionPlan, last: QuestionPlan) -> QuestionPlan:
    """`last` asked again of the thing `plan` names: its query with the first word naming its
    old thing replaced by the follow-up's words (what else it asked, a verb, stays asked);
    the question read from then on is that one ('et des jouets ?' -> 'Quelles structures
    recyclent des jouets ?'), so a thing no fiche holds is refused as it would be asked."""
    folded = fold(plan.question)
    opener = lx.ELLIPSIS_OPENER.match(folded)
    rest = plan.question[opener.end() :] if opener else plan.question
    new = _without_determiner(rest.strip())
    query = last.query
    folded_query, offsets = folded_with_offsets(query)
    for thing in _things(last.query):
        spot = re.search(rf"\b{re.escape(fold(thing.word))}\b", folded_query)
        if spot is not None:
            start, end = offsets[spot.start()], offsets[spot.end() - 1] + 1
            query = f"{query[:start]}{new}{query[end:]}"
            break
    plan.question = query
    plan.parts = [PlanPart(query, "list")]
    plan.query = query
    plan.targets, plan.target_source = [], "any"
    plan.followup = True
    plan.resolution = RESOLUTION
    return plan
