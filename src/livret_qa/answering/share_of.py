"""The part of a population a share is asked of (class: a share of a sub-population the fiche
does not state: 'What share of Synapse 3i's insertion workers are women?' met by '50 % des
salariés en insertion sont issus des quartiers prioritaires').

A share answers only when its sentence names the part asked ('women', 'femmes', 'a
disability' for 'en situation de handicap'); one naming another part of the same population
is the nearest fact. Words neither the booklet's French nor the glossary reads leave the
share found as it is."""

from __future__ import annotations

from collections.abc import Callable

from livret_qa import lexicon as lx
from livret_qa.answering import topic_words
from livret_qa.indexing.analyzer import analyze


def part_asked(folded_question: str) -> str | None:
    """The words saying which part of the population a share counts ('women', 'des
    femmes'), or None when the share asked names none ('what share of its sales …?')."""
    if not lx.SHARE_FRAME.search(folded_question):
        return None
    match = lx.SHARE_QUALIFIER.search(folded_question)
    return match.group("part") if match is not None else None


def naming_part(part: str, lang: str) -> Callable[[str], bool] | None:
    """What tells a sentence naming the part asked: its glossed things in English, its own
    words' stems in French; None when nothing in it can be read."""
    if lang == "en":
        things = [g for g in topic_words.topic_words(part, lx.GENERIC_TOPIC_EN) if g.thing]
        if not things:
            return None
        return lambda text: any(g.held_by(set(analyze(text))) for g in things)
    stems = {t for t in analyze(part) if not t.isdigit()}
    if not stems:
        return None
    return lambda text: bool(stems & set(analyze(text)))
