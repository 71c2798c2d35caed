"""Whether a fiche states a thing named by a noun and its adjective as one thing, in one
sentence, rather than each word somewhere apart.

Class: an existence question about a topic the booklet does not have, whose words a fiche
holds only in unrelated passages ('il y a un projet sur les cantines scolaires bio ?': one
fiche writes 'tickets restaurants' — a synonym of 'cantines' — and, elsewhere, the CROUS's
'Œuvres Universitaires et Scolaires'; 'une laverie solidaire ?' where 'solidaire' is
everywhere). A noun followed by its adjective names one thing: the fiche that states it
writes both in one sentence ('des paniers solidaires', 'des ordinateurs reconditionnés').
Only a pair one of whose words the fiches hold through a synonym alone is read so: two words
both written by the booklet keep the reading by fiche ('des fruits locaux' stays answered).

Only a pair written side by side in the question is read, the second word an adjective
making a kind of the noun ('-aire', '-ique', '-el', '-al', '-aux', '-if'): 'un atelier vélo'
is two things, each stated on its own. Pure functions over text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from livret_qa.answering.abstention import MIN_SYNONYM, _held_in_other_words
from livret_qa.answering.stated_topic import _held
from livret_qa.answering.yes_no import same_words
from livret_qa.indexing.analyzer import analyze
from livret_qa.lexicon import FRENCH_FUNCTION_WORDS, GENERIC_COUNTED, NO_THING_NOUNS
from livret_qa.text import fold

MIN_WORD = 4  # letters of a noun or adjective read as a content word
# a noun and the word right after it, with nothing between (folded)
_PAIR = re.compile(rf"(?=\b([^\W\d_]{{{MIN_WORD},}}) ([^\W\d_]{{{MIN_WORD},}})\b)")
# a French adjective that makes a kind of the noun, by its ending (folded): 'scolaire',
# 'solidaire', 'biologique', 'locale', 'culturel', 'associatif'. A participle ('usagés',
# 'recyclés') says a state of the thing, which a fiche may leave unsaid: not read.
_ADJECTIVE = re.compile(r"(aires?|iques?|elles?|els?|ales?|aux|ifs?|ives?)$")
# a sentence of a fiche: a line, or a part of it ended by a full stop
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")


def noun_adjective_pairs(body: str) -> list[tuple[str, str]]:
    """The (noun, adjective) pairs written side by side in a folded topic: 'cantines
    scolaires bio' -> [('cantines', 'scolaires')]; 'un atelier velo' -> [] (two nouns)."""
    pairs = []
    skip = set(FRENCH_FUNCTION_WORDS) | GENERIC_COUNTED | NO_THING_NOUNS
    for match in _PAIR.finditer(fold(body)):
        noun, adjective = match.group(1), match.group(2)
        if noun in skip or adjective in skip or not _ADJECTIVE.search(adjective):
            continue
        if not analyze(noun) or not analyze(adjective):
            continue
        pairs.append((noun, adjective))
    return pairs


@cache
def _sentence_vocabs(text: str) -> tuple[frozenset[str], ...]:
    return tuple(
        frozenset(analyze(sentence)) for sentence in _SENTENCE_END.split(text) if sentence.strip()
    )


def unstated_pairs(body: str, fiche_texts: Iterable[str]) -> list[str]:
    """The pairs of `body` that no fiche states within one sentence, each as written ('cantines
    scolaires'); empty when every pair is stated together by some fiche (or there is none)."""
    pairs = noun_adjective_pairs(body)
    if not pairs:
        return []
    sentences = [s for text in fiche_texts for s in _sentence_vocabs(text)]
    written = frozenset().union(*sentences) if sentences else frozenset()
    return [
        f"{noun} {adjective}"
        for noun, adjective in pairs
        if not (_written(noun, written) and _written(adjective, written))
        and not any(_holds(vocab, noun) and _holds(vocab, adjective) for vocab in sentences)
    ]


def _holds(vocab: frozenset[str], word: str) -> bool:
    """A sentence's words hold `word`: as typed or a glossary synonym, give or take an ending
    ('recyclees' typed without its accents, 'recyclés' written)."""
    if _held_in_other_words(word, set(vocab)):
        return True
    others = [w for w in same_words(word) if len(w) >= MIN_SYNONYM - 1]  # "vélo" too
    for candidate in (word, *others):
        stems = [t for t in analyze(candidate) if not t.isdigit()]
        if stems and all(_held(t, set(vocab)) or _same_root(t, vocab) for t in stems):
            return True
    return False


MIN_ROOT = 6  # letters a participle and its noun share to be read as one word


def _same_root(stem: str, vocab: frozenset[str]) -> bool:
    """A participle held by its noun or verb ('reconditionnées' by 'reconditionnement')."""
    if len(stem) < MIN_ROOT + 1:
        return False
    root = stem[: max(MIN_ROOT, len(stem) - 3)]
    return any(v.startswith(root) for v in vocab)


def _written(word: str, vocab: frozenset[str]) -> bool:
    """Whether the fiches write the word itself, not only a synonym of it."""
    stems = analyze(word)
    return bool(stems) and all(t in vocab for t in stems)
