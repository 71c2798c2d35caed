"""A ranking asked across the structures of a measure no fiche states, or only a few do.

Class: a superlative over all structures ('Which organisation has the largest carbon footprint
reduction?', 'laquelle a le plus de clients satisfaits ?', 'which one recycles the most
plastic?') whose measure the facts tables do not hold (the aggregate planner found no
measure for it). The search would list the structures closest to its words, one of them
read as the winner of a ranking the booklet cannot make: none states that figure, so the
booklet does not say which; the measures it does rank structures by are the nearest fact.

Left alone: a ranking whose measure is known (the facts answer it), or whose things some
sentence of the booklet states with a figure ('which one collects the most wood?': « 1 100
tonnes de bois »; the search lists it); a question about one structure ('what holds back the
Soissons workshop the most?': no 'which' among structures); a follow-up (its focus decides);
counts, totals and bounds (no winner asked).

Class too: a ranking by a measure the facts hold but fewer than half of the structures in
scope state ('Which structure has the most volunteers?': two of nine give a number; 'the
highest turnover?': two give one): the winner of those few is no winner of all, so the
booklet does not settle it; the figures stated are the nearest fact (`unsettled`). Most
stating it ('the most members?': seven of nine) settles it, the others said missing."""

from __future__ import annotations

import re
from typing import Any

from livret_qa import lexicon as lx
from livret_qa.answering import yes_no
from livret_qa.answering.plan import QuestionPlan
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

# 'which structure', 'laquelle', 'lequel', 'which one', 'qui … le plus': a pick among the
# structures. Folded.
_PICKS_ONE = re.compile(r"\b(laquelle|lequel|which one|who|qui)\b")
# The directions of a ranking by a figure (lexicon.SUPERLATIVES), not of age.
_BY_FIGURE = frozenset({"max", "min"})
_READ_AS = frozenset({"aggregate", "list", "fact"})


def _direction(folded: str) -> str:
    for pattern, direction in lx.SUPERLATIVES:
        if lx.compiled(pattern).search(folded):
            return direction
    return ""


def _stated_with_a_figure(engine: Engine, plan: QuestionPlan) -> bool:
    """Whether some sentence of the booklet holding a number names every thing the ranking
    asks ('wood' in « 1 100 tonnes de bois »); True when it asks no thing the glossary reads
    (nothing to judge it by)."""
    pred = yes_no.predicate(plan.question, plan.lang)
    things = tuple(g for g in pred.things if not _direction(fold(g.word)))
    if not things and not pred.names:
        return True
    asked = yes_no.Predicate(things, (), pred.names)
    wanted = len(things) + len(pred.names)
    return any(
        _DIGIT.search(s.text) and yes_no.held_in(asked, s.text) >= wanted for s in engine.sentences
    )


_DIGIT = re.compile(r"\d")


def asks_unmeasured_ranking(engine: Engine, plan: QuestionPlan) -> bool:
    """Whether the plan asks which structure ranks first by a measure the facts tables do
    not hold (`plan.facts_query` unset by the aggregate planner) and no sentence states
    with a figure."""
    if plan.facts_query is not None or plan.followup or plan.target_source != "any":
        return False
    # read as an aggregate with no measure, or as a list or a fact of any structure
    # ('laquelle économise le plus d'énergie ?')
    if not plan.parts or any(p.intent not in _READ_AS for p in plan.parts):
        return False
    folded = fold(plan.question)
    if not (lx.WHICH_STRUCTURES.search(folded) or _PICKS_ONE.search(folded)):
        return False
    if _direction(folded) not in _BY_FIGURE:
        return False
    return not _stated_with_a_figure(engine, plan)


def unsettled(query: dict[str, Any], stated: set[str], missing: set[str]) -> bool:
    """Whether a ranking ('max', 'min') over a scope the question did not name is stated by
    fewer than half of the structures in it (`stated` with a value, `missing` without)."""
    filters = query.get("filters") or {}
    if query.get("op") not in _BY_FIGURE or "structures" in filters:
        return False
    if filters.get("thing"):  # 'the most tonnes of wood': those handling no wood lack none
        return False
    return bool(stated) and len(stated) * 2 < len(stated | missing)
