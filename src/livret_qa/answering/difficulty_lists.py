"""Which structures have a difficulty, a lack or a need with something.

Class of questions: 'qui a des problèmes de locaux ?', 'quelles structures ont des difficultés
de locaux ?', 'qui manque de bénévoles ?', 'which ones struggle to find premises?', 'which
ones say they lack volunteers?'. The cue word ('problèmes', 'lack', 'struggle') says where to
look: the obstacles a fiche lists, or a sentence stating a need or a search
(`lx.NEED_STATED`: 'nécessite la recherche d'un nouveau local', 'Le local trop petit'); the
rest of the question says what about (premises, volunteers, funding, in their synonyms). A
structure is listed when such a sentence holds the topic, and quoted with it; the cue word
alone decides nothing (a sentence saying 'difficultés' about something else is not one), nor
does the topic named in passing (the premises a fiche merely describes). Pure: reads the
question and the index's sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass

from livret_qa import lexicon as lx
from livret_qa.answering import topic_words
from livret_qa.indexing.analyzer import analyze
from livret_qa.parsing.fiche import SectionKind
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

_LABEL = re.compile(r"^[^a-z:]{3,}:\s*")  # a field's label in capitals, 'USAGERS CLIENTS :'
MIN_PREFIX = 5  # a stem this long holds its longer forms ('benevol' in 'benevolat')


@dataclass(frozen=True)
class Topic:
    """What a difficulty is about: the stems writing it, and how a fiche's folded sentence
    names it when the lexicon knows (`lx.DIFFICULTY_TOPICS`), else by its stems."""

    stems: frozenset[str]
    pattern: re.Pattern[str] | None = None

    def held_by(self, sentence: str) -> bool:
        if self.pattern is not None:
            return self.pattern.search(fold(sentence)) is not None
        return any(
            t in self.stems or any(len(s) >= MIN_PREFIX and t.startswith(s) for s in self.stems)
            for t in analyze(sentence)
        )


def topics_asked(question: str, lang: str) -> list[Topic]:
    """The topics a difficulty question is about; none when it asks no difficulty or names
    nothing beside the cue. The cue words are blanked first: 'problèmes de locaux' is about
    premises, 'trouble with premises' too."""
    folded = fold(question)
    hurt = lx.EVENT_HARDSHIP.search(folded)
    if hurt is not None and _of_the_structures(folded[: hurt.start()]):
        # 'which ones were hit hard by Covid?': the event is the obstacle read
        return [_topic(frozenset(analyze(hurt.group(hurt.lastindex or 0))))]
    cue = lx.DIFFICULTY_ASKED.search(folded)
    if cue is None or not _of_the_structures(folded[: cue.start()]):
        return []
    rest = lx.DIFFICULTY_ASKED.sub(" ", folded)
    if lang == "en":
        words = topic_words.topic_words(rest, lx.GENERIC_TOPIC_EN)
        things = [g for g in words if g.thing] or words  # 'funding': an activity, asked too
        stems = [frozenset(g.stems) for g in things]
    else:
        noise = lx.LIST_ONLY_WORDS | lx.LOCATED_WORDS | _question_stems() | _sought_qualifiers()
        stems = [frozenset({t}) for t in analyze(rest) if len(t) > 2 and t not in noise]
    topics: list[Topic] = []
    for found in stems:
        topic = _topic(found)
        if topic not in topics:
            topics.append(topic)
    return topics


# Before the cue, a relative clause past the opening word or a verb of serving makes the
# difficulty someone else's: 'qui aide les familles qui ont besoin de …', 'which ones help
# people looking for work?' ask whom a structure serves, no difficulty of its own.
_SOMEONE_ELSES = re.compile(
    r"^.+\b(who|that|qui|que|qu')\b|\b(help\w*|aid\w*|serv\w*|support\w*|accompagn\w*|"
    r"soutien\w*|soutiennent|assist\w*|for|pour|aupres)\b"
)


def _of_the_structures(before: str) -> bool:
    """Whether the words before the cue make it the structures' own difficulty."""
    return _SOMEONE_ELSES.search(before.strip()) is None


def _question_stems() -> frozenset[str]:
    """Stems of the words that only ask which structures or who ('structures', 'qui') or
    that they meet a difficulty ('rencontrent'): no topic."""
    return frozenset(
        analyze(
            "structures structure associations initiatives fiches ont qui rencontrent "
            "rencontre rencontrees disent dit font connaissent"
        )
    )


def _sought_qualifiers() -> frozenset[str]:
    """Stems of the words saying which one is sought ('un nouveau local', 'plus grand'): no
    topic (`lx.SOUGHT_QUALIFIERS`)."""
    return frozenset(analyze(lx.SOUGHT_QUALIFIERS))


def _topic(stems: frozenset[str]) -> Topic:
    """A topic of the lexicon holding one of these stems, else the stems alone."""
    for words, pattern in lx.DIFFICULTY_TOPICS:
        if stems & words:
            return Topic(words, pattern)
    return Topic(stems)


def difficulty_sentences(engine: Engine, topics: list[Topic]) -> dict[str, list[str]]:
    """Per fiche, its sentences stating a difficulty, a lack or a need that hold every topic:
    those of its obstacles section, and those elsewhere stating a need or a search."""
    out: dict[str, list[str]] = {}
    for sentence in engine.sentences:
        chunk = engine.chunks[sentence.chunk]
        obstacle = chunk.section == SectionKind.OBSTACLES
        if not obstacle and not lx.NEED_STATED.search(fold(sentence.text)):
            continue
        # a field's label is no statement ('PARTENAIRES TECHNIQUES MOBILISÉS : … la recherche
        # de points de distribution' seeks no partners)
        text = _LABEL.sub("", sentence.text)
        if all(t.held_by(text) for t in topics):
            out.setdefault(chunk.fiche_id, []).append(sentence.text)
    return out


def cue_only(question: str) -> bool:
    """Whether the question is the cue and little else ('des problèmes ?'): no topic."""
    return not re.sub(r"\W+", "", lx.DIFFICULTY_ASKED.sub(" ", fold(question)))
