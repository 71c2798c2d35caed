"""Class: a list asking for one thing qualified by another in one noun phrase ('qui vend des
légumes bio ?', 'who sells organic poultry?', 'des colis de viande', 'vêtements de seconde
main', 'second-hand clothes', 'ordinateurs reconditionnés'): a structure whose fiche binds the
qualifier to another thing, or the thing to another content, and never the two together, is
no answer: 'des volailles bios, des colis de viande et des paniers de légumes' sells organic
poultry, not organic vegetables; « le réemploi des ordinateurs » beside « l'atelier couture
… confectionne divers produits textiles » re-uses computers and makes new textiles, it sells
no second-hand clothes. A structure the fiche says nothing against keeps its place: writing
the two apart (« paniers solidaires alimentaires » and, elsewhere, « une maraîchère
biologique ») is no contradiction, and an activity done on things joined by 'et' ('collecte
objets et meubles') is done on each. Two values the question joins by 'et' / 'and' are two
things, not one qualified.

The thing is the head noun: the first of two things in French ('légumes bio', 'paniers de
légumes'), the last in English ('organic vegetables', 'vegetable baskets'); an activity
('seconde main', 'reconditionnés') always qualifies the thing beside it.

Read from the facet tables' matches in the question and the passages each fiche's facets hold;
pure but for the engine's facet tables."""

from __future__ import annotations

import re
from itertools import pairwise

from livret_qa.answering.similarity import facets_for
from livret_qa.facts.facets import FacetEvidence, FicheFacets, Match, match_words
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

Value = tuple[str, str]
# The facet of things and of their qualities ('légumes', 'bio', 'volailles'), and that of what
# is done to them ('seconde main', 'reconditionnés'), which qualifies a thing beside it too.
THINGS = "sector"
DOINGS = "activity"
# A value of THINGS that is a quality, no thing of its own: 'bio' binds no other thing away
# from the one asked ('une maraîchère biologique' leaves her vegetables what they were).
QUALITIES = frozenset({"bio"})
# What is done to a thing already used ('seconde main', 'd'occasion', 'reconditionnés',
# 'recyclés'), against making it new: a fiche whose thing is only ever made ('confectionne
# divers produits textiles en série') says it is no second-hand one.
REUSED = frozenset({"reemploi", "reparation", "recyclage"})
MADE_NEW = frozenset({"fabrication"})

# What may stand between the two words of one noun phrase in a question ('légumes bio',
# 'jouets d'occasion', 'vêtements de seconde main'): a preposition or an article, no joint.
_PHRASE_GAP = re.compile(r"^\s*(?:(?:de|d|du|des|of|a|an|the|la|le|les|l)\s*['’]?\s*){0,2}$")
# What may stand between the two values in a fiche's passage: a few words, no punctuation,
# figure or joint ('légumes biologiques', 'agriculture biologique majoritairement des légumes').
_MOST_WORDS_BETWEEN = 5
# What may join two things of one phrase in a question: a coordination or a preposition
# ('fruit and vegetables', 'vêtements en tissu'), no comma, verb or other noun.
_SAME_PHRASE = re.compile(
    r"^\s*(?:(?:and|et|or|ou|&|en|in|made of|from|of|de|d|du|des|a|an|the|la|le|les|l)"
    r"\s*['’]?\s*){0,3}$"
)
_BREAK = re.compile(r"[,;:.()«»\[\]\d*]|\b(?:et|and|ou|or)\b")


def phrase_pairs(topic: str, values: list[Value], lang: str = "fr") -> list[tuple[Value, Value]]:
    """The pairs (thing, qualifier) the question names in one noun phrase, its words next to
    each other or joined by a preposition only: two asked things (the head first in French,
    last in English), or an asked thing and a re-use said of it ('vêtements de seconde main',
    'refurbished computers')."""
    found = [
        m
        for m in match_words(topic, (THINGS, DOINGS))
        if (m.facet, m.value) in values or (m.facet == DOINGS and m.value in REUSED)
    ]
    found.sort(key=lambda m: m.start)
    pairs: list[tuple[Value, Value]] = []
    for a, b in pairwise(found):
        if (a.facet, a.value) == (b.facet, b.value) or b.start < a.end:
            continue
        if not _PHRASE_GAP.match(fold(topic[a.end : b.start])):
            continue
        first, second = (a.facet, a.value), (b.facet, b.value)
        if a.facet == DOINGS and b.facet == DOINGS:
            continue
        head = b if a.facet == DOINGS or (b.facet == THINGS and lang == "en") else a
        if head is b:
            first, second = second, first

        # the thing asked elsewhere too, unqualified ('upholstery, re-covering chairs', 'a
        # sewing workshop or recycle clothing'): the qualifier holds for one mention only;
        # not a thing of the same phrase ('organic fruit and vegetables', 'vêtements en
        # tissu recyclé')
        if any((m.facet, m.value) == first and _elsewhere(topic, m, a, b) for m in found):
            continue
        pairs.append((first, second))
    return pairs


def _elsewhere(topic: str, m: Match, a: Match, b: Match) -> bool:
    """Whether a mention `m` stands outside the phrase of `a` … `b` (see phrase_pairs)."""
    if m.end <= a.start:
        return not _SAME_PHRASE.match(fold(topic[m.end : a.start]))
    if m.start >= b.end:
        return not _SAME_PHRASE.match(fold(topic[b.end : m.start]))
    return False


def _bound(source: str, a: FacetEvidence, b: FacetEvidence) -> bool:
    """Whether two values stand in one phrase of one passage (see the module)."""
    if a.source != b.source:
        return False
    lo, hi = sorted([(a.match_start, a.match_end), (b.match_start, b.match_end)])
    if hi[0] < lo[1]:
        return False  # one inside the other: one word read twice ('jouets' as 'objets')
    between = source[lo[1] : hi[0]]
    return not _BREAK.search(fold(between)) and len(between.split()) <= _MOST_WORDS_BETWEEN


def _bound_to(
    engine: Engine, ff: FicheFacets, value: Value, facet: str, but: set[Value]
) -> set[Value]:
    """The values of `facet` the fiche binds `value` to in one phrase, `but` those."""
    out: set[Value] = set()
    for a in ff.of(value[0]).get(value[1], []):
        source = engine.corpus.sources[a.source]
        for other, evidence in ff.of(facet).items():
            if (facet, other) in but or (facet, other) in out:
                continue
            if any(_bound(source, a, b) for b in evidence):
                out.add((facet, other))
    return out


def stated_together(engine: Engine, pair: tuple[Value, Value]) -> frozenset[str]:
    """The fiches holding both values in one phrase of one passage (see the module)."""
    (fa, va), (fb, vb) = pair
    out: set[str] = set()
    for fiche_id, ff in facets_for(engine).fiches.items():
        for a in ff.of(fa).get(va, []):
            source = engine.corpus.sources[a.source]
            if any(_bound(source, a, b) for b in ff.of(fb).get(vb, [])):
                out.add(fiche_id)
                break
    return frozenset(out)


def contradicted(engine: Engine, pair: tuple[Value, Value]) -> frozenset[str]:
    """The fiches whose text says against the thing qualified (see the module): never the
    two in one phrase, and the qualifier bound to another thing or the thing to another
    content (two things asked), or the thing only ever made new (a re-use asked)."""
    thing, qualifier = pair
    together = stated_together(engine, pair)
    out: set[str] = set()
    for fiche_id, ff in facets_for(engine).fiches.items():
        if fiche_id in together or not ff.of(thing[0]).get(thing[1]):
            continue
        if qualifier[0] == DOINGS:
            done = _bound_to(engine, ff, thing, DOINGS, set())
            if done and {v for _, v in done} <= MADE_NEW:
                out.add(fiche_id)
            continue
        asked = {thing, qualifier} | {(THINGS, q) for q in QUALITIES}
        elsewhere = _bound_to(engine, ff, qualifier, THINGS, asked)
        if not elsewhere and qualifier[1] not in QUALITIES:  # a content: the thing's own
            elsewhere = _bound_to(engine, ff, thing, THINGS, asked)
        if elsewhere:
            out.add(fiche_id)
    return frozenset(out)
