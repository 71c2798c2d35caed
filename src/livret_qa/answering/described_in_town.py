"""Class: one structure named by a description that gives its town and its kind or activity
('the Liévin sewing charity', 'the Pommiers workshop', 'l'asso de Guise', 'the Boulogne one',
'le jardin de Villeneuve'), asked something of it ('By how much did the Liévin sewing charity's
sales grow in 2019?').

Of the structures standing in the town, the one meant is the one whose fiche states the kind
or the things the *description* names: what is asked of it is no word of its description.
Read in the whole question, 'grow' (the sales growing) read as growing crops, a value the
sewing charity's fiche does not hold, and the one structure in Liévin was refused as 'no
structure in the place asked matches'. The words are those of the description's span
(`description.description_span`), scored over all fiches by the facet tables as before; a
question describing none keeps its whole query. Pure: folded text in, text out."""

from __future__ import annotations

import re
from collections.abc import Mapping

from livret_qa.answering.description import description_span


def description_topic(question: str, folded: str, query: str) -> str:
    """The words a structure's kind and things are read from when a question names one by a
    description with its town: the description itself when `folded` (the folded question,
    as long as `question`) describes one, else `query` (the whole question searched)."""
    if len(folded) != len(question):
        return query
    span = description_span(folded)
    if span is None:
        return query
    return question[span[0] : span[1]]


MAX_WORDS_BEFORE_PLACE = (
    3  # 'l'atelier [informatique] d'Amiens', 'la ressourcerie [de jouets] de …'
)


def through_its_place(text: str, end: int, places: list[str]) -> int:
    """Where a description ending at `end` (its kind: "l'atelier") really ends when the words
    after the kind lead, in a few words, to a town the question names ("l'atelier informatique
    d'Amiens", "l'épicerie solidaire de Guise", 'la ressourcerie de jouets de Villeneuve'):
    after that town. Read up to the kind only, 'informatique' stayed a word asked ('budget'
    and 'informatique' together, which no sentence of the fiche writes)."""
    rest = text[end:]
    best = end
    for place in places:
        found = re.match(
            rf"((?:\s+[\w'’-]+){{0,{MAX_WORDS_BEFORE_PLACE}}}?)\s*(?:\b(?:de|du|d['’]|à|a|in|at)\s*)"
            rf"{re.escape(place)}\b",
            rest,
            flags=re.I,
        )
        if found is not None and not re.search(r"[?,;:!.]", found.group(1)):
            best = max(best, end + found.end())
    return best


def told_apart(described: str, fiche_ids: list[str], vocab: Mapping[str, set[str]]) -> list[str]:
    """Of several structures standing in the town a description names ('the toy shop in
    Villeneuve d'Ascq', 'le magasin de jouets de Villeneuve'), those whose fiche holds every
    thing of the description that tells them apart; [] when none tells them apart (class: a
    follow-up switching to a structure described by its kind and town, sent to the other one
    standing there by a search that ranked the question's other words)."""
    from livret_qa import lexicon as lx
    from livret_qa.answering import topic_words

    things = [
        g
        for g in (
            *topic_words.topic_words(described, lx.GENERIC_TOPIC_EN),
            *topic_words.french_things(described),
            *topic_words.french_things(f"des {described}"),
        )
        if not g.stems & lx.EVENT_NAMES
    ]
    holders = [{f for f in fiche_ids if g.held_by(vocab.get(f, set()))} for g in things]
    telling = [h for h in holders if 0 < len(h) < len(fiche_ids)]
    return [f for f in fiche_ids if telling and all(f in h for h in telling)]
