"""The booklet itself asked about, as a whole ('de quoi parle le livret ?', 'what is the
booklet about?', 'quels thèmes couvre le livret ?'): answered from what the booklet says of
itself — the title on its cover and the theme headings it files its fiches under, with the
structures under each — not refused, and not answered with one fiche's sentence that shares a
word with the question. Read from the parsed booklet, so it holds on any booklet."""

from __future__ import annotations

from livret_qa import lexicon as lx
from livret_qa.answering.messages import say
from livret_qa.answering.plan import QuestionPlan
from livret_qa.parsing.corpus import Corpus
from livret_qa.text import fold


def asks_booklet(plan: QuestionPlan) -> bool:
    """A question about the booklet as a whole: its frame, and nothing narrowing it to some
    structures (a structure named, a place, a theme, a follow-up)."""
    narrowed = plan.targets or plan.places or plan.departements or plan.theme or plan.followup
    return not narrowed and bool(lx.BOOKLET_ASKED.search(fold(plan.question)))


def booklet_about(corpus: Corpus, lang: str) -> str:
    """'Le livret « … » présente 9 structures, en 2 thèmes — L'alimentation durable : …'."""
    themes: dict[str, list[str]] = {}
    for fiche in corpus.fiches:
        themes.setdefault(fiche.theme, []).append(fiche.name)
    covered = " ; ".join(f"{theme} : {', '.join(names)}" for theme, names in themes.items())
    titles = " ; ".join(b.label() for b in corpus.booklets)
    return say(
        "booklet_about", lang, title=titles, n=len(corpus.fiches), t=len(themes), covered=covered
    )
