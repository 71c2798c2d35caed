"""The deterministic fake embedder that logic tests use instead of a model."""

from __future__ import annotations

import numpy as np
import pytest

from livret_qa.embedding.fake import HashEmbedder


def _cos(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b)


def test_hash_embedder_is_deterministic_and_normalized() -> None:
    emb = HashEmbedder(dim=64)
    a = emb.embed_documents(["Le vélo de Lucie", "ressourcerie", ""])
    b = HashEmbedder(dim=64).embed_documents(["Le vélo de Lucie", "ressourcerie", ""])
    assert a.shape == (3, 64) and a.dtype == np.float32
    np.testing.assert_array_equal(a, b)
    np.testing.assert_allclose(np.linalg.norm(a, axis=1), 1.0, rtol=1e-5)
    np.testing.assert_array_equal(emb.embed_queries(["ressourcerie"])[0], a[1])
    assert emb.embed_queries([]).shape == (0, 64)


def test_hash_embedder_shared_words_are_closer() -> None:
    emb = HashEmbedder()
    q, near, far = emb.embed_queries(
        [
            "épicerie solidaire à Lille",
            "une épicerie solidaire ouvre à Lille",
            "réparation de vélos le samedi",
        ]
    )
    assert _cos(q, near) > _cos(q, far) + 0.3
    # casefolding and accents do not matter
    a, b = emb.embed_queries(["ÉPICERIE Solidaire", "epicerie solidaire"])
    assert _cos(a, b) == pytest.approx(1.0, abs=1e-6)
