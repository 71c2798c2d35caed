"""The part of a population a share is asked of (class: a share of a sub-population the fiche
does not state: 'What share of Synapse 3i's insertion workers are women?' met by '50 % des
salariés en insertion sont issus des quartiers prioritaires').

A share answers only when its sentence names the part asked ('women', 'femmes', 'a
disability' for 'en situation de handicap'); one naming another part of the same population
is the nearest fact. Words neither the booklet's French nor the glossary reads leave the
share found as it is."""

from __future__ import annotations

import re
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
    if match is None:
        return None
    part = match.group("part")
    if not _SHARE_ALONE.fullmatch(part):
        return part
    # the share words after the verb ('les particuliers c'est quelle part ?', 'individuals,
    # what share is it?'): the part is the subject put before them
    subject = _LEAD.sub("", folded_question[: match.start()]).strip(" ,;:-")
    subject = _PRONOUN_END.sub("", subject).strip(" ,;:-")
    return subject if len(subject) >= 3 else None


# A part that is only the share asked ('quelle part', 'what percentage', 'combien en %'), folded.
_SHARE_ALONE = re.compile(
    r"(?:(?:what|which|quel(?:le)?s?|how much|combien)\s+)?(?:the |la |le )?"
    r"(?:share|proportion|percentage|fraction|part|pourcentage|%)(?: (?:of it|of them|du total))?"
)
# Words opening a follow-up before its subject ('et', 'ok and'), folded.
_LEAD = re.compile(r"^(?:(?:ok|okay|et|and|so|alors|donc|bon|mais|but)\b[\s,]*)+")
# A pronoun taking the subject up before the verb ('les particuliers c'', 'and buyers it').
_PRONOUN_END = re.compile(r"\s*(?:c'|c |ce|ca|cela|it|that|this|they|ils|elles)$")


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


def rate_head(folded_question: str) -> str | None:
    """What a rate asked measures, without the population it is taken of: 'sorties positives'
    of 'le taux de sorties positives des salariés en insertion', 'positive exit' of 'the
    positive exit rate of its integration workers', 'positive exits' of 'the rate of positive
    exits among …'. None when the question asks no rate by name. Class: a rate of one thing
    asked where the fiche states a percentage of another thing of the same population
    ('50 % des salariés en insertion sont issus des quartiers prioritaires' answers no exit
    rate)."""
    for pattern in (_RATE_HEAD_FR, _RATE_HEAD_EN, _RATE_OF_EN):
        match = pattern.search(folded_question)
        if match is None:
            continue
        words = [w for w in match.group("head").split() if w not in _NOT_HEAD]
        if words:
            return " ".join(words)
    return None


# 'taux de sorties positives des salariés', 'taux d'insertion chez …': up to the first word
# that opens its complement (folded).
_RATE_HEAD_FR = re.compile(
    r"\btaux (?:de |d'|d )(?P<head>[a-z'-]+(?: (?!(?:de|des|du|d|chez|pour|a|au|aux|en|dans|"
    r"sur|parmi|entre|sont|est|ont|a|on|il|elle|ils|elles)\b)[a-z'-]+){0,2})"
)
# 'the rate of positive exits among …'
_RATE_OF_EN = re.compile(
    r"\brates? of (?:the )?(?P<head>[a-z-]+(?: (?!(?:of|for|at|among|in|from|by|with)\b)"
    r"[a-z-]+){0,2})"
)
# 'the positive exit rate', 'its job placement rate'
_RATE_HEAD_EN = re.compile(r"(?P<head>(?:[a-z-]+ ){1,2})rates?\b")
# Words before 'rate' that say whose or which rate, not what it measures.
_NOT_HEAD = frozenset(
    "the its their his her this that what which whats is was a an of s my our your overall "
    "average current annual global total".split()
)
