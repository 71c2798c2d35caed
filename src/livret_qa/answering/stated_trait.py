"""Of the structures a list keeps for naming the thing asked, those stating the trait asked of
it: the thing and what is done with it in one sentence.

Class: list questions whose trait some fiches state and others only brush against. 'Which
structures recycle textiles?' kept every fiche naming textiles: one recycling them ('elles
trient, lavent et recyclent des textiles') and one sewing them, which recycles computers
elsewhere. 'Groups that give away food for free' kept the fiche giving computers for free.
A fiche states the trait where one of its sentences names the thing close to the other words
asked (a few words apart: a long sentence enumerating workshops joins one's textiles with
another's recycling); when some fiche does, those that only hold the words apart are left
out. When none does, the list is left as it was: the words may be phrased apart by all."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from livret_qa.answering.topic_words import Glossed, french_things
from livret_qa.indexing.analyzer import analyze

# a sentence must join the thing with at least this many of the other words asked
MIN_JOINED = 1
# how many analyzed words apart a thing and another word asked are still said together
WINDOW = 6


def french_words(question: str) -> list[Glossed]:
    """A French question's determined nouns (things, `french_things`) and its other words of
    more than three letters, each its own stem ('recyclent' -> 'recycl')."""
    things = french_things(question)
    held = {stem for g in things for stem in g.stems}
    others = [
        Glossed(stem, stem, (stem,), frozenset({stem}), False)
        for stem in dict.fromkeys(analyze(question))
        if len(stem) > 3 and not stem.isdigit() and stem not in held
    ]
    return [*things, *others]


def sentence_tokens(texts: Iterable[str]) -> list[list[str]]:
    """Each sentence's analyzed words, in order."""
    return [analyze(text) for text in texts]


def joined(
    sentences: Sequence[Sequence[str]], things: Sequence[Glossed], others: Sequence[Glossed]
) -> int:
    """The most other words asked held within WINDOW words of a word naming a thing asked, in
    one sentence; -1 when no sentence names a thing."""
    best = -1
    for words in sentences:
        for i, word in enumerate(words):
            if any(g.held_by({word}) for g in things):
                run = set(words[max(0, i - WINDOW) : i + WINDOW + 1])
                best = max(best, sum(g.held_by(run) for g in others))
    return best


def stating(
    kept: Sequence[str],
    sentences: Mapping[str, Sequence[Sequence[str]]],
    things: Sequence[Glossed],
    others: Sequence[Glossed],
) -> list[str]:
    """The fiches of `kept` joining the thing with the most other words in one sentence; all
    of `kept` when no fiche joins it with any (MIN_JOINED) or there is nothing else asked."""
    if not things or not others or len(kept) < 2:
        return list(kept)
    scores = {f: joined(sentences.get(f, []), things, others) for f in kept}
    best = max(scores.values())
    if best < MIN_JOINED:
        return list(kept)
    return [f for f in kept if scores[f] == best]
