"""The booklet's proper names a question types without their capitals, read from how the
booklet writes its names.

Class: a list over a named partner or funder typed in lowercase or unaccented ('la fondation
ag2r finance quelles assos ?', 'le credit agricole, il finance qui ?', 'qui bosse avec la
mission locale ?', 'qui travaille avec ecologic') or opening the question ('Emmaüs bosse avec
qui ?'). `list_scope.asked_names` reads a name from its capitals; these questions write none,
so the list fell back to every structure sharing a word with the question. A run of words the
question types is a name when the booklet writes the same words (accents and case folded) as
a run of capitalised words inside a sentence: two words or more ('Crédit Agricole', 'Mission
Locale'), or one word the booklet never writes in lowercase ('Ecologic', 'AG2R', 'Emmaüs').
No word list: the names are the booklet's own."""

from __future__ import annotations

import re
from functools import lru_cache

from livret_qa import lexicon as lx
from livret_qa.answering.real_words import is_real
from livret_qa.text import fold

_CAPITAL = r"[A-ZÀÂÉÈÊÎÔÛÇ][\w’'-]*"
# a run of capitalised words inside a sentence, joined by spaces or a short connector
_RUN = re.compile(rf"{_CAPITAL}(?:\s+(?:(?:de|du|des|de la|d'|la|le|l')\s+)?{_CAPITAL})*")
_WORD = re.compile(r"[\w’'-]+")


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split())


def _inside_sentence(text: str, start: int) -> bool:
    """Whether a run starts inside a sentence (after a word, a comma or a bracket), not at a
    line's, a sentence's or a label's start, where any word is capitalised."""
    before = text[max(0, start - 4) : start]
    return bool(re.search(r"[\w,(’'/]\s*$|[\w,]\s+et\s*$", before)) and not re.search(
        r"[.!?:;*#]\s*$", before
    )


@lru_cache(maxsize=4)
def booklet_names(texts: tuple[str, ...]) -> dict[str, str]:
    """Folded name -> the name as the booklet writes it: whole runs of two capitalised words or
    more inside a sentence, and single words written with a capital (or a digit, 'AG2R') and
    never in lowercase."""
    lower: set[str] = set()
    capital: dict[str, str] = {}
    names: dict[str, str] = {}
    for text in texts:
        for m in _WORD.finditer(text):
            word = m.group(0).strip("'’-")
            if word[:1].islower():
                lower.add(fold(word))
        for m in _RUN.finditer(text):
            if not _inside_sentence(text, m.start()):
                continue
            words = [w.strip("'’-") for w in m.group(0).split()]
            for word in words:
                if word[:1].isupper() and len(word) >= 3 and fold(word) not in lx.STOPWORDS:
                    capital.setdefault(fold(word), word)
            while words and (fold(words[0]) in lx.STOPWORDS or words[0] in lx.NOT_NAMES):
                words = words[1:]  # 'Des Fonds': a capitalised function word opens no name
            # the whole run only: 'Projet Alimentaire' of 'Projet Alimentaire Territorial' is
            # two common words, no name of its own
            if len(words) >= 2:
                names.setdefault(_plain(" ".join(words)), " ".join(words))
    for folded, word in capital.items():
        alnum = any(c.isdigit() for c in word) and any(c.isalpha() for c in word)
        if folded in lower or (len(folded) < 4 and not alnum):
            continue
        if not word.isupper() and not alnum and _inflected(folded, lower):
            continue  # 'Cité' is also 'cite', a form of 'citent': a common word typed
        names.setdefault(_plain(word), word)
    return {k: v for k, v in names.items() if k and not set(k.split()) <= lx.STOPWORDS}


@lru_cache(maxsize=4)
def _lowercase(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(
        fold(m.group(0)) for text in texts for m in _WORD.finditer(text) if m.group(0)[:1].islower()
    )


def _inflected(folded: str, lower: set[str] | frozenset[str]) -> bool:
    """Whether a word is a form of a word the booklet writes in lowercase: some lowercase word
    starts with it and runs at most three letters longer ('cite' of 'citent', 'europe' of
    'europeen')."""
    return any(w.startswith(folded) and len(w) - len(folded) <= 3 for w in lower)


def _opens_a_name(name: str, texts: tuple[str, ...]) -> bool:
    """Whether the booklet writes the capitalised word only at the head of a longer name
    followed by a lowercase word ('Repair café'): typed alone, a real word of the language
    ('repair') is that word, not the name. A word the booklet writes alone ('Ecologic') stays."""
    after = [
        m.group(1) for t in texts for m in re.finditer(rf"\b{re.escape(name)}\b\s*([^\W\d_]*)", t)
    ]
    return bool(after) and all(w[:1].islower() for w in after)


def typed_names(question: str, texts: tuple[str, ...]) -> list[str]:
    """The booklet's names the question types without the capitals the booklet gives them
    (longest first, no two overlapping), as the booklet writes them. A name the question
    writes with its capitals is left to `list_scope.asked_names`."""
    names = booklet_names(texts)
    words = _WORD.findall(question)
    plain_words = [_plain(w) for w in words]
    taken = [False] * len(words)
    out: list[str] = []
    for size in range(min(5, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            if any(taken[i : i + size]):
                continue
            key = " ".join(w for w in plain_words[i : i + size] if w)
            name = names.get(key)
            if name is None or key.split()[0] != plain_words[i]:
                continue
            typed = words[i : i + size]
            opener = i == 0
            if not opener and all(w[:1].isupper() for w in typed) and size > 1:
                continue  # written as a name: read from its capitals
            if size == 1 and not opener and typed[0] == name:
                continue
            if size == 1 and (
                lx.compiled(lx.STATING_VERBS).search(key) or key in lx.LIST_ONLY_WORDS
            ):
                continue  # 'qui cite …': a word of the question's frame, not 'Cité'
            if size == 1 and typed[0].islower() and _inflected(key, _lowercase(texts)):
                continue
            if size == 1 and typed[0].islower() and is_real([key]) and _opens_a_name(name, texts):
                continue  # 'which initiatives repair furniture?': a verb, not 'Repair café'
            taken[i : i + size] = [True] * size
            out.append(name)
    return out
