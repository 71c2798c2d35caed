"""Blanks a booklet left where its form asked something: the sentence holding one does not
answer the question asking what is blank. Pure: text in, kinds of blank out."""

from __future__ import annotations

from livret_qa import lexicon as lx
from livret_qa.text import fold


def blanks_in(sentence: str) -> set[str]:
    """The kinds of blank a sentence holds ('name', 'year', 'object', 'form')."""
    folded = fold(sentence)
    return {kind for kind, pattern in lx.BLANKS.items() if pattern.search(folded)}


def asked_blank(question: str, yes_no: bool, sentence: str) -> str:
    """The blank of `sentence` that `question` asks to be filled, or '' when the sentence
    answers it. A yes/no question quoting the form's own question is left unanswered too."""
    held = blanks_in(sentence)
    if not held:
        return ""
    if "form" in held and (yes_no or len(held) == 1):
        return "form"
    folded = fold(question)
    for kind, asks in lx.ASKS_BLANK.items():
        if kind in held and asks.search(folded):
            return kind
    return ""
