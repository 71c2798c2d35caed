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
    """Folded name -> the name as the booklet writes it: runs of two capitalised words or more
    inside a sentence (and their runs of two or more words ending on a capitalised word), and
    single words written with a capital (or a digit, 'AG2R') and never in lowercase."""
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
            words = m.group(0).split()
            for i, first in enumerate(words):
                if not first[:1].isupper():
                    continue
                if len(first) >= 3 and fold(first) not in lx.STOPWORDS:
                    capital.setdefault(fold(first.strip("'’-")), first.strip("'’-"))
                if fold(first) in lx.STOPWORDS or first in lx.NOT_NAMES:
                    continue  # 'Des Fonds': a capitalised function word opens no name
                for j in range(i + 1, len(words)):
                    if not words[j][:1].isupper():
                        continue
                    name = " ".join(words[i : j + 1]).strip("'’-")
                    names.setdefault(_plain(name), name)
    for folded, word in capital.items():
        alnum = any(c.isdigit() for c in word) and any(c.isalpha() for c in word)
        if folded not in lower and (len(folded) >= 4 or alnum):
            names.setdefault(_plain(word), word)
    return {k: v for k, v in names.items() if k and not set(k.split()) <= lx.STOPWORDS}


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
            taken[i : i + size] = [True] * size
            out.append(name)
    return out


def _acronym_like(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(word) >= 3 and bool(letters) and all(c.isupper() for c in letters)


def acronym_head(name: str) -> str:
    """The acronym a name of several words opens with ('AG2R' of 'AG2R La Mondiale'), when the
    rest is words, not acronyms: fiches write such a funder by its acronym with the rest cut
    or changed ('Fondations AG2R', 'AG2R Mondiale'), so the acronym names it as well. Class: a
    funder or partner asked by its full name that some fiches write shorter. '' otherwise."""
    words = name.split()
    if len(words) < 2 or not _acronym_like(words[0]) or words[0] in lx.NOT_NAMES:
        return ""
    if any(_acronym_like(w) for w in words[1:]):
        return ""
    return words[0]
