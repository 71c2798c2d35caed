"""Class: a thing asked by its initials while the fiche writes it out ('et leur taux de VA ?' of
« un taux de valeur ajoutée de 36,6% », 'le CA' of « chiffre d'affaires »). A check comparing
the question's words with a sentence's never meets letters with the words they stand for
(dev29-101 was refused as 'no share of what is asked' quoting the very rate).

An initialism is a word of two to five capitals as the asker typed it; a sentence spells it
out when consecutive words of it, function words skipped ('de', 'des', 'd''), begin with
those letters in order. Pure: text in, a yes or no out."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.text import fold

_CAPITALS = re.compile(r"\b[A-Z]{2,5}\b")


def asked(question: str) -> list[str]:
    """The initialisms a question writes, folded ('VA' -> 'va')."""
    return [fold(m.group(0)) for m in _CAPITALS.finditer(question)]


def spelt_out(letters: str, text: str) -> bool:
    """Whether a sentence writes out `letters` as consecutive words' initials."""
    words = [w for w in re.findall(r"[a-z0-9]+", fold(text)) if w not in lx.NAME_CONNECTORS]
    n = len(letters)
    return any(
        "".join(w[0] for w in words[i : i + n]) == letters for i in range(len(words) - n + 1)
    )


def spelt_in(question: str, text: str) -> bool:
    """Whether a sentence writes out an initialism the question asks by."""
    return any(spelt_out(letters, text) for letters in asked(question))
