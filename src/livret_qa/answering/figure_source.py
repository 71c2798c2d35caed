"""A figure asked anew from another source (class: an elliptic follow-up naming where the
figure comes from, after a figure of the one structure in focus asked by its thing: 'Le Panier
de la Mer récupère combien de poisson ?' then 'et de la part des entreprises ?', 'and from
companies?', 'et venant des criées ?', 'what about donations from businesses?').

The figure answering it is one whose sentence names that source ('35 tonnes de produits
collectés issus de dons d'entreprise'), whatever thing it counts: the thing of the last
question came from the source the follow-up replaces. A fiche stating no figure from that
source does not give it (its figures from other sources are the nearest fact)."""

from __future__ import annotations

import re
from collections.abc import Callable

from livret_qa import lexicon as lx
from livret_qa.text import fold

MIN_STEM = 4  # letters of a stem read as the start of a word counted ('entrepris')
# The words of a source that say nothing of which one it is ('dons', 'donations': the gift
# itself, 'ceux', 'the').
_NOT_SOURCE = frozenset(
    """
    don dons donation donations gift gifts apport apports contribution contributions ceux
    celles ce qui vient viennent the some any their leur leurs ils elles they combien much
    many how
    """.split()
)


def source_words(question: str) -> list[str]:
    """The words naming the source a follow-up switches to ('et de la part des entreprises ?'
    -> ['entreprises'], 'and from local companies?' -> ['local', 'companies']); [] when the
    question names no source switched to (lexicon SOURCE_SWITCH)."""
    folded = fold(question).strip()
    match = lx.SOURCE_SWITCH.match(folded)
    if match is None:
        return []
    kept = {
        w
        for w in re.findall(r"[^\W\d_]{3,}", folded[match.end() :])
        if w not in lx.STOPWORDS and w not in _NOT_SOURCE and w not in lx.ENGLISH_FUNCTION_WORDS
    }
    # as typed ('criées', not 'criees'), in the question's order
    typed = re.findall(r"[^\W\d_]{3,}", question)
    return list(dict.fromkeys(w for w in typed if fold(w) in kept))


def names_source(sentence: str, stems: list[set[str]], analyze: Callable[[str], list[str]]) -> bool:
    """Whether a sentence names each source word (as one of its stems, glossed: 'companies'
    read as « entreprises »)."""
    tokens = set(analyze(sentence))
    return bool(stems) and all(s & tokens for s in stems)


def counts_source(sentence: str, stems: list[set[str]]) -> bool:
    """Whether a number in the folded sentence counts the source itself ('3 entreprises
    locales mécènes'), rather than what came from it ('35 tonnes … issus de dons
    d'entreprise')."""
    prefixes = {s for group in stems for s in group if len(s) >= MIN_STEM}
    return any(re.search(rf"\d[\d  .,]*\s+{re.escape(p)}", sentence) for p in prefixes)
