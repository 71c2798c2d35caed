"""Which structures mention a thing or people, no quantity asked.

Class of questions: 'which structures mention a shop?', 'lesquelles citent une boutique ?',
'quelles structures mentionnent des bénévoles ?', 'which ones talk about a workshop?'. The
list holds every structure whose fiche names the thing (in the booklet's French words for an
English one), however many fiches do: the thing named is the whole condition, not a
distinctive term among others, and the search's ranking of common sentences decides nothing.
A quantity asked ('mention a number of volunteers', 'their turnover') is a figure stated
(`stating_list`), not this. Pure: reads the question and the fiches' vocabularies.

Widened to a verb of having, employing or counting (`lx.WHICH_HOLD_THING`): 'which structures have
volunteers?', 'quelles structures de l'alimentation ont des bénévoles ?', 'qui a des salariés
en insertion ?', 'structures with greenhouses': a fiche states what it has by naming it, so the
list holds exactly the structures whose fiche names the thing (a theme or a place narrowing
them), not those the search ranks near the theme's words."""

from __future__ import annotations

import re
from collections.abc import Mapping

from livret_qa import lexicon as lx
from livret_qa.answering import topic_words
from livret_qa.indexing.analyzer import analyze
from livret_qa.text import fold


def asks_who_mentions(question: str) -> bool:
    """Whether a question asks which structures mention something, no quantity asked."""
    folded = fold(question)
    return bool(lx.WHICH_MENTION.search(folded)) and not lx.QUANTITY_WORDS.search(folded)


def asks_who_has(question: str) -> bool:
    """Whether a question asks which structures have or employ something, no quantity asked."""
    folded = fold(question)
    return bool(lx.WHICH_HOLD_THING.search(folded)) and not lx.QUANTITY_WORDS.search(folded)


def things_mentioned(
    question: str, lang: str, frame: re.Pattern[str] = lx.WHICH_MENTION
) -> list[topic_words.Glossed]:
    """The things a question asks who mentions (or, `frame` being `lx.WHICH_HOLD_THING`, who has),
    as the glossary reads them: an English word with the booklet's French words for it
    ('shop': boutique, magasin)."""
    rest = frame.sub(" ", fold(question))  # the frame's own words are no thing
    if lang == "en":
        words = topic_words.topic_words(rest, lx.GENERIC_TOPIC_EN)
    else:
        words = topic_words.french_things(rest) or _words_after_the_verb(question, frame)
    return [g for g in words if g.thing]


HAD_THINGS_MAX = 2  # 'salariés en insertion': a head and its complement, no more


def things_had(question: str, lang: str) -> list[topic_words.Glossed]:
    """The thing a question asks who has ('des bénévoles', 'a shop', 'des salariés en
    insertion'), as `things_mentioned` reads it after a verb of having, when those things are
    the whole noun phrase asked: [] when a word after the verb is no thing read ('un atelier
    de tapisserie d'ameublement' read as 'ameublement' alone, a second clause 'et qui a …'),
    or when more than a head and its complement are asked ('un atelier de rénovation de
    meubles en bois'): each word found anywhere in a fiche is not the phrase stated."""
    things = things_mentioned(question, lang, lx.WHICH_HOLD_THING)
    if not things or len(things) > HAD_THINGS_MAX:
        return []
    folded = fold(question)
    match = lx.WHICH_HOLD_THING.search(folded)
    rest = folded[match.end() :] if match else folded
    noise = lx.LIST_ONLY_WORDS | lx.LOCATED_WORDS
    words = [t for t in analyze(rest) if len(t) > 2 and t not in noise and not t.isdigit()]
    covered = all(any(g.held_by({w}) or w in g.stems for g in things) for w in words)
    return things if covered else []


def _words_after_the_verb(question: str, frame: re.Pattern[str]) -> list[topic_words.Glossed]:
    """The analyzed words after the verb of mentioning, each as a thing of its own: what a
    French question names after an elided article ('parlent d'une boutique'), which the
    things read after a determiner miss."""
    folded = fold(question)
    match = frame.search(folded)
    rest = folded[match.end() :] if match else ""
    noise = lx.LIST_ONLY_WORDS | lx.LOCATED_WORDS
    stems = [t for t in analyze(rest) if len(t) > 2 and t not in noise]
    return [topic_words.Glossed(t, t, (), frozenset({t}), True) for t in dict.fromkeys(stems)]


def mentioning(
    things: list[topic_words.Glossed], vocabs: Mapping[str, set[str]], fiche_ids: list[str]
) -> list[str]:
    """The fiches, of those given and in their order, whose vocabulary holds every thing."""
    return [f for f in fiche_ids if all(g.held_by(vocabs.get(f, set())) for g in things)]
