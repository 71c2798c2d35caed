"""A figure asked for a year, found in a sentence of that year that holds the question's words.

Class: a count or figure asked of one structure for a year, in words the slot tables map to
another measure ('et ils ont formé combien de gens au numérique en 2020 ?' read as the staff,
whose figure is dated 2021), refused 'the fiche gives nothing for 2020' while a sentence of
the fiche states that year with the figure asked (« … soit 281 personnes initiées et formées
en 2020 »). A year gap is positive evidence only when no sentence of the fiche dated that
year holds a figure with the question's own words: such a sentence (at least MIN_SHARED of
the question's content stems, English glossed, the year and a number besides it) answers
instead. Reads the fiche's sentences, no word list."""

from __future__ import annotations

import re

from livret_qa.answering.evidence import Evidence
from livret_qa.indexing.analyzer import analyze
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

MIN_SHARED = 2  # content stems of the question a sentence must hold ('formé', 'numérique')
MIN_STEM = 4  # stems compared by prefix from this length ('form' ~ 'forme', 'format')
_WORD = re.compile(r"[^\W\d_]{3,}")


def _question_stems(engine: Engine, question: str, name: str) -> list[set[str]]:
    """Each content word of the question as its stems (with French glosses of an English
    word), less the structure's name."""
    own = set(analyze(name))
    out: list[set[str]] = []
    for word in _WORD.findall(question):
        stems = set(analyze(engine.glossed(word))) | set(analyze(word))
        stems = {s for s in stems if not s.isdigit() and s not in own}
        if stems and stems not in out:
            out.append(stems)
    return out


def _held(stems: set[str], vocab: set[str]) -> bool:
    return any(
        s in vocab or (len(s) >= MIN_STEM and any(v.startswith(s) for v in vocab)) for s in stems
    )


def dated_sentence(
    engine: Engine, question: str, fiche_id: str, name: str, years: list[int]
) -> Evidence | None:
    """The fiche's sentence stating one of `years` with a number besides it and the most of
    the question's content words (at least MIN_SHARED); None when none does."""
    asked = _question_stems(engine, question, name)
    best: tuple[int, Evidence] | None = None
    for sentence in engine.sentences:
        chunk = engine.chunks[sentence.chunk]
        if chunk.fiche_id != fiche_id:
            continue
        text = fold(sentence.text)
        if not any(re.search(rf"\b{y}\b", text) for y in years):
            continue
        without_years = re.sub(r"\b(19|20)\d\d\b", " ", text)
        if not re.search(r"\d", without_years):
            continue
        vocab = set(analyze(sentence.text))
        shared = sum(1 for stems in asked if _held(stems, vocab))
        if shared >= MIN_SHARED and (best is None or shared > best[0]):
            best = (shared, Evidence(fiche_id, sentence, chunk, 0.0))
    return best[1] if best else None
