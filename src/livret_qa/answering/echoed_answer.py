"""Class: a follow-up that names no structure and no pronoun but asks about a thing the last
answer just said ('Who buys from Le Bois de Deux Mains?' — 'Individuals, companies and public
bodies.' — 'What share do individuals account for?'): it is about the structure of that answer,
as 'the individuals' would be (lexicon.DEFINITE_REFERENCE), not a new topic of the booklet.

`echoes_answer` tells whether a question takes up a content word of the answer (a word of five
letters or more, compared on its first five letters, so 'individuals' takes up 'Individuals'
and 'particuliers' 'particulier'); words any question about a structure says ('structure',
'association', 'booklet') take up nothing. Pure: folded text in, a yes or no out."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z]{5,}")
# words that say nothing of what an answer told: frames of questions, the booklet's own terms
_GENERIC = frozenset(
    "about which where there their these those other others structure structures association "
    "associations organisation organisations organization organizations booklet livret fiche "
    "quelle quelles quels lesquelles laquelle combien comment pourquoi depuis avoir faire "
    "would could should count counts account share what".split()
)


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _WORD.findall(text) if w not in _GENERIC}


def echoes_answer(folded_question: str, folded_answer: str) -> bool:
    """Whether the question takes up a content word the answer said."""
    return bool(_stems(folded_question) & _stems(folded_answer))
