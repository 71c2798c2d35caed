"""Filler phrases that tie a question to its topic without being one.

Class served: a question refused, or sent to another structure, on a word of a phrase that
only says 'about': 'des structures qui ont quelque chose à voir avec le vélo ?' refused as
« voir » stated nowhere, 'anything to do with bikes?', 'en rapport avec les jouets', "qui a
financé au niveau de l'Europe ?" ('niveau' read as a thing no fiche in focus names). The
topic is what follows the phrase; the phrase itself (`lexicon.FILLER_PHRASES`) is read as a
space wherever the question's words are weighed against what the fiches state.
"""

from __future__ import annotations

from livret_qa import lexicon as lx
from livret_qa.text import fold


def without_fillers(text: str) -> str:
    """`text` with its filler phrases taken out ('des structures qui ont quelque chose à voir
    avec le vélo ?' -> 'des structures qui le vélo ?'); `text` itself when it has none, or
    when folding moves its offsets."""
    folded = fold(text)
    if len(folded) != len(text) or not lx.FILLER_PHRASES.search(folded):
        return text
    kept, at = [], 0
    for match in lx.FILLER_PHRASES.finditer(folded):
        kept.append(text[at : match.start()])
        at = match.end()
    kept.append(text[at:])
    return " ".join(" ".join(kept).split())
