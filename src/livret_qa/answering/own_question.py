"""Class: a short question of its own after turns about one structure, naming a thing that
structure's fiche never states and one other fiche does ('Qui dirige VESTALI ?' then 'Combien
de tonnes de poissons sont collectées par an ?'): a new question of the booklet, not one about
the structure in focus (its fiche would only be quoted as the nearest fact). A question opening
with 'et', 'and', 'what about', or pointing back ('ils', 'their') still follows (planner).

`names_anothers_thing`: whether some word of the question, analysed as the index analyses
text, is held by no term of the fiche in focus and by the terms of exactly one other fiche.
Pure: words and term sets in, a yes or no out."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from livret_qa.indexing.analyzer import analyze


def names_anothers_thing(
    words: Iterable[str], focus: str, fiche_terms: Mapping[str, set[str]]
) -> bool:
    """Whether a word names a thing only one fiche, not the one in `focus`, states."""
    own = fiche_terms.get(focus, set())
    for word in words:
        terms = analyze(word)
        if not terms or any(t in own for t in terms):
            continue
        holders = [f for f, held in fiche_terms.items() if all(t in held for t in terms)]
        if len(holders) == 1:
            return True
    return False
