"""A follow-up that moves the previous question to another theme of the booklet.

'Quelles structures font du réemploi ?' then 'et dans l'alimentation durable ?' (or 'and in
re-use?' after a list of food initiatives) asks the same question of the other theme, as 'et
dans l'Aisne ?' asks it again in another département. It is no pick among the structures in
focus: the booklet files each structure under one theme (its own section headings), so none of
a list drawn from one theme belongs to another, and picking among them could only find none.
A follow-up that says it picks ('lesquelles font de l'alimentation ?', 'which of them do
re-use?') is left to the pick, which answers that none of them does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from livret_qa import lexicon as lx
from livret_qa.answering.plan import QuestionPlan
from livret_qa.text import fold

# The article a theme's heading opens with ('L'alimentation durable', 'Le réemploi'): what is
# left names the theme inside a question ('font du réemploi', 'work on alimentation durable').
_ARTICLE = lx.THEME_HEADING_ARTICLE


def theme_named(text: str) -> str:
    """The one booklet theme `text` names by its name, or ''."""
    folded = fold(text)
    hits = [theme for theme, pattern in lx.THEME_NAMES.items() if pattern.search(folded)]
    return hits[0] if len(hits) == 1 else ""


def moved_to_theme(
    plan: QuestionPlan, last: QuestionPlan | None, picks: bool, words: Callable[[str], list[str]]
) -> bool:
    """Whether `plan`, a follow-up naming no structure, asks `last` again of another theme:
    it opens as an ellipsis ('et …', 'what about …', 'idem …') and says little but a booklet
    theme (`words`: the content words of a folded text; one besides the theme's, 'et côté
    alimentation ?', 'and the food ones?'), `last` named another theme, and it asks nothing
    of its own and does not say it picks among the structures in focus (`picks`)."""
    if last is None or plan.targets or picks:
        return False
    if any(p.attribute or p.yes_no for p in plan.parts):
        return False  # 'et leurs budgets dans l'alimentation ?' asks budgets
    new, old = theme_named(plan.question), theme_named(last.query)
    if not (new and old and new != old):
        return False
    folded = fold(plan.question)
    opener = lx.ELLIPSIS_OPENER.match(folded)
    if opener is None:
        return False  # 'Which food initiatives sell online?' is a question of its own
    rest = lx.THEME_NAMES[new].sub(" ", folded[opener.end() :])
    return len(words(rest)) <= 1


def asked_of_theme(plan: QuestionPlan, last: QuestionPlan) -> QuestionPlan:
    """`last` asked again of the theme `plan` names: its parts, and its query with the old
    theme's name replaced by the new one's (what else it asked stays asked)."""
    new, old = theme_named(plan.question), theme_named(last.query)
    name = _ARTICLE.sub("", fold(new))
    query = lx.THEME_NAMES[old].sub(f" {name} ", fold(last.query), count=1)
    plan.parts = [replace(p, text=plan.question) for p in last.parts]
    plan.query = " ".join(query.split())
    plan.theme = new
    plan.followup = True
    plan.resolution = "previous question, another theme"
    return plan
