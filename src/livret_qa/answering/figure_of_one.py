"""Class: a key figure asked without naming a structure, whose measure's object tells which
structure it is ('combien de kilos de jouets récupérés la première moitié de 2021 ?', 'combien
de tonnes de poisson viennent des criées ?', 'how many tonnes of fish come from the
auctions?'). Read as a sum of the measure over the booklet, it answered a total of every
fiche's tonnage; the thing weighed (toys, fish from the auctions, digital waste) is written
in one fiche's figure only, so that fiche's figure is what is asked.

The object is read from what the fiches state, not from a list: the question's words (its
English words read in French through the glossary), stemmed, against the stems of each
fiche's quotes of that measure in the facts store. A word that one fiche's quotes write and
no other's tells the structure; when all such words point at one fiche, that fiche is asked.
Years and numbers tell nothing apart (a year is no thing weighed); a question asking for a
sum ('au total', 'combined') or over a place, a theme or structures keeps its total.

Class: the words that ask the measure itself tell no object. 'elles emploient combien de
personnes ?' after a list of two asks each one's headcount; 'personnes' (a generic counted
noun) and 'emploient' (the measure's own word) are written by one fiche's staff line and not
by the other's bare '2', and read as an object they made that fiche the one asked. The words
any measure of the asked measure's family recognises (lexicon MEASURES `asked`) and the
generic counted nouns (lexicon GENERIC_COUNTED) are left out before the object is read."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from livret_qa import lexicon as lx
from livret_qa.answering.aggregate_answer import facts_for
from livret_qa.glossary import EN_FR
from livret_qa.indexing.analyzer import analyze
from livret_qa.text import fold

if TYPE_CHECKING:
    from livret_qa.retrieval.engine import Engine

_TOTAL_ASKED = lx.compiled(r"\b(total|totale|tout|en tout|in all|all together|booklet|livret)\b")


def _french(word: str) -> tuple[str, ...]:
    """The glossary's French words for an English word or its singular ('toys' -> 'jouet')."""
    for form in (word, word[:-1] if word.endswith("s") else ""):
        if form in EN_FR:
            return EN_FR[form]
    return ()


def _stems(text: str) -> set[str]:
    """The stems of a text, its English words also read as their French words."""
    folded = fold(text)
    words = folded.replace("'", " ").split()
    glossed = " ".join(" ".join(_french(w.strip("?,.;:!"))) for w in words)
    return {s for s in analyze(f"{folded} {glossed}") if not s.isdigit()}


def _without_measure_words(question: str, measure: str | None) -> str:
    """The question without the words asking the measure (those of any measure of its family)
    and without the generic counted nouns ('personnes', 'people'): what is left may name the
    thing counted, not the count."""
    if measure is None:
        return question
    family = next((m.family for m in lx.MEASURES if m.name == measure), None)
    text = fold(question)
    for m in lx.MEASURES:
        if m.name == measure or (family is not None and m.family == family):
            text = lx.compiled(m.asked).sub(" ", text)
    return " ".join(w for w in text.split() if w.strip("?,.;:!") not in lx.GENERIC_COUNTED)


def holder(
    question: str, quotes: Mapping[str, Sequence[str]], measure: str | None = None
) -> str | None:
    """The one fiche (by id) whose quotes of the measure write the words that set the
    question's object apart, or None when none or several do. `measure`: the measure asked,
    whose own words (and its family's) tell no object."""
    asked = _stems(_without_measure_words(question, measure))
    held = {
        fid: set().union(*map(_stems, texts)) if texts else set() for fid, texts in quotes.items()
    }
    apart = {w for w in asked if sum(w in stems for stems in held.values()) == 1}
    owners = {fid for fid, stems in held.items() if apart & stems}
    return next(iter(owners)) if len(owners) == 1 else None


def asks_one_figure(question: str, facts_query: Mapping[str, Any] | None) -> str | None:
    """The measure of a facts query summing one measure over the whole booklet, or over the
    structures of the last answer ('the toy place, how many tons did they gather?' after a
    list of five), for a question that asks no total; None for a query of another kind or
    scope."""
    if not facts_query or facts_query.get("op") != "sum":
        return None
    if set(facts_query.get("filters") or {}) - {"structures"}:
        return None  # over a place, a theme, a bound: a total of those
    folded = fold(question)
    if lx.TOTAL.search(folded) or _TOTAL_ASKED.search(folded):
        return None
    measure = facts_query.get("measure")
    return measure if isinstance(measure, str) else None


def quotes_of(engine: Engine, measure: str) -> dict[str, list[str]]:
    """Each fiche's quotes of a measure's figures in the facts store (every fiche listed)."""
    rows = facts_for(engine).store.query(
        "SELECT fiche_id, quote FROM facts WHERE name = ? AND number IS NOT NULL", [measure]
    )
    out: dict[str, list[str]] = {f.id: [] for f in engine.corpus.fiches}
    for row in rows:
        out.setdefault(row["fiche_id"], []).append(row["quote"] or "")
    return out


def figure_holder(
    engine: Engine, question: str, facts_query: Mapping[str, Any] | None
) -> str | None:
    """The structure whose figure a booklet-wide sum really asks (`holder`), or None."""
    measure = asks_one_figure(question, facts_query)
    if measure is None:
        return None
    quotes = quotes_of(engine, measure)
    scope = (facts_query or {}).get("filters", {}).get("structures")
    if scope:
        quotes = {fid: texts for fid, texts in quotes.items() if fid in scope}
    return holder(question, quotes, measure)
