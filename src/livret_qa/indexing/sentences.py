"""Sentences with exact spans: the unit of evidence quoted in answers.

Markdown lines, list items and labelled fields are sentence boundaries too; a sentence keeps
its markdown in the source span but is compared and shown as plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from livret_qa.text import clean_inline

# End of sentence: . ! ? … followed by a space and an upper-case letter, a digit or a quote.
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"(\[A-ZÀ-ÖØ-Þ0-9*])")
MIN_CHARS = 12


@dataclass(frozen=True)
class Sentence:
    start: int  # offsets in the source file
    end: int
    text: str  # plain text for display and matching

    def __len__(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class IndexedSentence:
    """A sentence of the index: its chunk (by position in the chunk table) and exact span."""

    chunk: int
    start: int
    end: int
    text: str


# A paragraph left unfinished by the layout: it ends on a word, a comma or a word cut by a
# hyphen ('au développement so-' / 'cio-économique …'), no full stop.
_UNFINISHED = re.compile(r"[^\W\d_][,-]?\s*$")
_LOWER_START = re.compile(r"\s*[a-zà-öø-ÿ]")
_BOLD_NUMBER_START = re.compile(r"\s*\*\*\d")
_BOLD_NUMBER = re.compile(r"\*\*\s*\d")
_LAST_WORD_LOWER = re.compile(r"(?:^|\s)[a-zà-öø-ÿ][^\s]*\s*$")


def _continues(previous: str, block: str) -> bool:
    """Whether a blank line cuts one sentence in two, as the booklet's layout often does
    ('… préparation de' / 'de panneaux en l'état …', '… a atteint' / '**160 000 €**'): the
    paragraph before is unfinished and the next goes on in lower case, or gives the bold figure
    an unfinished lower-case clause announced (not a key figure after another one)."""
    if previous.lstrip().startswith(("#", "|")) or not _UNFINISHED.search(previous):
        return False
    if _LOWER_START.match(block):
        return True
    return bool(
        _BOLD_NUMBER_START.match(block)
        and not _BOLD_NUMBER.search(previous)
        and _LAST_WORD_LOWER.search(previous)
    )


def _blocks(text: str) -> list[str]:
    """Paragraphs, list items and fields, with their separators, one sentence cut by a
    blank line read whole."""
    parts = re.split(r"(\n\s*\n|\n(?=\s*(?:[-*+] |#|\*\*)))", text)
    out: list[str] = []
    i = 0
    while i < len(parts):
        block = parts[i]
        while (
            i + 2 < len(parts)
            and block.strip()
            and re.fullmatch(r"\n\s*\n", parts[i + 1])
            and _continues(block, parts[i + 2])
        ):
            block += parts[i + 1] + parts[i + 2]
            i += 2
        out.append(block)
        i += 1
    return out


def split_sentences(text: str, offset: int = 0) -> list[Sentence]:
    """Sentences of `text` (a chunk), with offsets in the source (`offset` = chunk start)."""
    out: list[Sentence] = []
    pos = 0
    for block in _blocks(text):
        if not block or block.isspace() or re.fullmatch(r"\n\s*\n|\n", block):
            pos += len(block)
            continue
        start_in_block = 0
        for piece in _SENTENCE_END.split(block):
            at = block.find(piece, start_in_block)
            start_in_block = at + len(piece)
            stripped = piece.strip()
            if not stripped:
                continue
            lead = piece.find(stripped)
            a = offset + pos + at + lead
            plain = clean_inline(" ".join(stripped.split())).lstrip("#-*+ ").strip()
            heading = stripped.startswith("#")
            if not heading and len(plain) >= MIN_CHARS and re.search(r"[^\W\d_]", plain):
                out.append(Sentence(a, a + len(stripped), plain))
        pos += len(block)
    return out
