"""BM25 as sparse vectors, for an engine that applies IDF itself (Qdrant's `Modifier.IDF`).

A document's value for a term is BM25's term-frequency part, tf / (tf + k1·(1 − b + b·dl/avgdl)),
computed here over our own French analyzer's tokens with bm25s' parameters (its default
"lucene" variant); the engine multiplies it by ln(1 + (N − n + 0.5)/(n + 0.5)) at query time,
the IDF bm25s uses. A query's value for a term is its count, as bm25s counts a repeated query
token. So the sum a sparse dot product gives is bm25s' score, up to float rounding.

Token ids are hashes, not positions in a vocabulary: replicas need no shared vocabulary file,
and a token the corpus lacks simply matches nothing.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from livret_qa.indexing.analyzer import analyze

K1, B = 1.2, 0.75  # as LexicalIndex (bm25s' defaults)
EMPTY = "\u2205"  # the token an empty document gets, as in LexicalIndex (so avgdl agrees)
VERSION = 1  # of this encoding: part of the Qdrant collection's key


@dataclass(frozen=True)
class SparseVector:
    indices: list[int]
    values: list[float]


def token_id(token: str) -> int:
    """A stable unsigned 32-bit id (Qdrant's sparse index type); collisions are summed."""
    return int.from_bytes(hashlib.blake2b(token.encode(), digest_size=4).digest(), "big")


def _vector(weights: dict[int, float]) -> SparseVector:
    indices = sorted(weights)
    return SparseVector(indices, [weights[i] for i in indices])


def document_vectors(texts: Sequence[str], k1: float = K1, b: float = B) -> list[SparseVector]:
    """BM25 term-frequency parts of each text's tokens (IDF left to the engine)."""
    tokenized = [analyze(t) or [EMPTY] for t in texts]
    if not tokenized:
        return []
    avgdl = sum(len(t) for t in tokenized) / len(tokenized)
    vectors = []
    for tokens in tokenized:
        norm = k1 * (1 - b + b * len(tokens) / avgdl)
        weights: dict[int, float] = {}
        for token, tf in Counter(tokens).items():
            index = token_id(token)
            weights[index] = weights.get(index, 0.0) + tf / (tf + norm)
        vectors.append(_vector(weights))
    return vectors


def query_vector(query: str) -> SparseVector:
    """Each query token's count; empty when the query has no token (then nothing matches)."""
    weights: dict[int, float] = {}
    for token, count in Counter(analyze(query)).items():
        index = token_id(token)
        weights[index] = weights.get(index, 0.0) + float(count)
    return _vector(weights)
