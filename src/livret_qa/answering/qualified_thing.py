"""Class: a list asking for one thing qualified by another in one noun phrase ('qui vend des
légumes bio ?', 'who sells organic poultry?', 'organic fruit and vegetables'): the structure
must state the qualified thing, both values in one phrase of its fiche ('350 paniers de
légumes biologiques'), not each somewhere ('des volailles bios, des colis de viande et des
paniers de légumes' sells organic poultry and vegetables, not organic vegetables). Two values
the question joins by 'et' / 'and' are two things, not one qualified; an activity and its
thing ('réemploi de meubles') is no such pair (THINGS). None stating it so: the list stays.

Read from the facet tables' matches in the question and the passages each fiche's facets hold;
pure but for the engine's facet tables."""

from __future__ import annotations

import re
from itertools import pairwise

from livret_qa.answering.similarity import facets_for
from livret_qa.facts.facets import match_words
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

Value = tuple[str, str]
# The facet of things and of their qualities ('légumes', 'bio', 'volailles'): an activity
# ('réemploi de meubles', 'second-hand clothes') is what a fiche does, stated anywhere in it,
# not a quality its things must be written with.
THINGS = "sector"

# What may stand between the two words of one noun phrase in a question ('légumes bio',
# 'jouets d'occasion', 'vêtements de seconde main'): a preposition or an article, no joint.
_PHRASE_GAP = re.compile(r"^\s*(?:(?:de|d|du|des|of|a|an|the|la|le|les|l)\s*['’]?\s*){0,2}$")
# What may stand between the two values in a fiche's passage: a few words, no punctuation,
# figure or joint ('légumes biologiques', 'agriculture biologique majoritairement des légumes').
_MOST_WORDS_BETWEEN = 5
_BREAK = re.compile(r"[,;:.()«»\[\]\d*]|\b(?:et|and|ou|or)\b")


def phrase_pairs(topic: str, values: list[Value]) -> list[tuple[Value, Value]]:
    """The pairs of asked values the question names in one noun phrase, its words next to
    each other or joined by a preposition only."""
    found = [m for m in match_words(topic, (THINGS,)) if (m.facet, m.value) in values]
    found.sort(key=lambda m: m.start)
    pairs: list[tuple[Value, Value]] = []
    for a, b in pairwise(found):
        if (a.facet, a.value) == (b.facet, b.value) or b.start < a.end:
            continue
        if _PHRASE_GAP.match(fold(topic[a.end : b.start])):
            pairs.append(((a.facet, a.value), (b.facet, b.value)))
    return pairs


def stated_together(engine: Engine, pair: tuple[Value, Value]) -> frozenset[str]:
    """The fiches holding both values in one phrase of one passage (see the module)."""
    (fa, va), (fb, vb) = pair
    out: set[str] = set()
    for fiche_id, ff in facets_for(engine).fiches.items():
        firsts = ff.of(fa).get(va, [])
        seconds = ff.of(fb).get(vb, [])
        for a in firsts:
            source = engine.corpus.sources[a.source]
            for b in seconds:
                if a.source != b.source:
                    continue
                lo, hi = sorted([(a.match_start, a.match_end), (b.match_start, b.match_end)])
                between = source[lo[1] : hi[0]] if hi[0] >= lo[1] else ""
                if _BREAK.search(fold(between)):
                    continue
                if len(between.split()) <= _MOST_WORDS_BETWEEN:
                    out.add(fiche_id)
    return frozenset(out)
