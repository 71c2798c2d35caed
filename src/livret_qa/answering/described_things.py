"""Class: one structure described, not named, by what it works on or does ('the toy reuse
charity', 'l'association du textile', 'the wood workshop', 'the resource centre'), asked
something whose words pull the search elsewhere ('Which network does the toy reuse charity
belong to?' ranks a re-use structure whose fiche names networks first; 'How many sites does the
textile charity have?' the one whose fiche counts three sites).

The search ranks whole questions; the words of what is asked (network, sites, volunteers,
budget) weigh as much as those describing the structure, and in English a description's words
reach the French fiches only through the dense retriever, where structures of one theme stand
close. The description alone tells which structure is meant: the facet values it names (the
things, activities and kinds each fiche states, `facts.facets`), each weighed by how few
fiches state it, and the words of a structure's name it translates ('wood' for 'Le Bois de
Deux Mains', 'resource centre' for 'Ressourcerie Il était deux fois'). French and English
alike: the facet tables and the glossary read both. Where the description stands in the question
(its kind and the clause or adjectives after it) is `description.facet_description`; this module
scores it against the fiches."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable

from livret_qa import lexicon as lx
from livret_qa.answering.list_scope import NAMED_FACETS
from livret_qa.facts.facets import FicheFacets, match_words

# How far the structure the description fits best must stand above the search's first, in the
# weight of one value all but one fiche state (log(N / (N - 1)) is small; a value one or two
# fiches state weighs log(N / 2) or more).
MARGIN = 0.2
NAME_WORD_WEIGHT = 1.0  # a word of a structure's own name, translated or not


def described_scores(
    text: str,
    fiches: dict[str, FicheFacets],
    name_words: Callable[[str], set[str]],
) -> dict[str, float]:
    """Per fiche, how well a description fits it: each sector, activity or kind value the
    description names, weighed by log(N / fiches stating it) times how central it is to the
    fiche (`FicheFacets.salience`), plus NAME_WORD_WEIGHT per word of the description that is a
    word of the fiche's name (`name_words(word)`: the fiches whose name it stands for). A value
    every fiche or none states tells none apart."""
    total = len(fiches)
    scores = dict.fromkeys(fiches, 0.0)
    if not text or total < 2:
        return scores
    seen: set[tuple[str, str]] = set()
    for m in match_words(text, NAMED_FACETS):
        if (m.facet, m.value) in seen:
            continue
        seen.add((m.facet, m.value))
        held = {f: ff.salience(m.facet, m.value) for f, ff in fiches.items()}
        holders = sum(1 for s in held.values() if s > 0)
        if not 0 < holders < total:
            continue
        weight = math.log(total / holders)
        for f, s in held.items():
            scores[f] += s * weight
    for word in set(re.findall(r"[^\W\d_]{3,}", text)):
        if word in lx.STOPWORDS:
            continue
        for f in name_words(word):
            if f in scores:
                scores[f] += NAME_WORD_WEIGHT
    return scores


def best_described(ranked: Iterable[str], scores: dict[str, float]) -> str | None:
    """Of the fiches the search ranked (best first), the one the description fits best, when it
    fits it clearly better (by MARGIN) than the search's first and than every other; None to
    keep the search's choice."""
    order = list(ranked)
    if not order:
        return None
    first = order[0]
    best = max(order, key=lambda f: scores.get(f, 0.0))
    top = scores.get(best, 0.0)
    if best == first or top < scores.get(first, 0.0) + MARGIN:
        return None
    if any(f != best and scores.get(f, 0.0) > top - MARGIN for f in order):
        return None
    return best
