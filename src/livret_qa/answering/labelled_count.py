"""A count asked in the words of a key figure's own label (class: 'et ils accompagnent
combien de personnes ?' refused or answered by '366 personnes morales … clientes' while
the fiche files « NB DE PERSONNES ACCOMPAGNÉES : 285 »).

A generic noun ('personnes', 'projets') is counted by many sentences of a fiche; the key
figure whose label the question names whole — each of its words, at least two — is the
count asked, whatever sentence ranks first."""

from __future__ import annotations

from collections.abc import Iterable

from livret_qa.indexing.analyzer import analyze

PREFIX = 6  # letters a question's word and a label's word share to be one word
MIN_WORD = 4  # shorter label words ('nb', 'de') say nothing of what is counted
MIN_LABEL_WORDS = 2  # a label of one word ('BÉNÉVOLES') is a measure's, read elsewhere
_COUNTING = ("nombr", "total", "autre", "indicat")  # 'NOMBRE DE', 'AUTRES INDICATEURS'


def label_words(label: str) -> list[str]:
    """The words of a key figure's label saying what it counts."""
    return [w for w in analyze(label) if len(w) >= MIN_WORD and not w.startswith(_COUNTING)]


def named_whole(label: str, asked: Iterable[str]) -> bool:
    """Whether the question's words (stems, or French stems of English words) name every
    word of the label, and it has at least two."""
    prefixes = {w[:PREFIX] for w in asked if len(w) >= MIN_WORD}
    words = label_words(label)
    return len(words) >= MIN_LABEL_WORDS and all(w[:PREFIX] in prefixes for w in words)
