"""The lexical index: BM25 (bm25s) over the French analyzer's tokens.

It is rebuilt from the chunk table when the index loads: for a few hundred chunks that takes
milliseconds, so only the chunk table is stored; bm25s' own save() would pay off from about
100k chunks.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from livret_qa.indexing.analyzer import analyze


class LexicalIndex:
    def __init__(self, texts: Sequence[str], k1: float = 1.2, b: float = 0.75):
        import bm25s

        self.size = len(texts)
        self._retriever = bm25s.BM25(k1=k1, b=b)
        corpus_tokens = [analyze(t) or ["\u2205"] for t in texts]
        self._retriever.index(corpus_tokens, show_progress=False)
        self._vocab = set(self._retriever.vocab_dict)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every chunk for the query (zeros when no query term is known)."""
        tokens = [t for t in analyze(query) if t in self._vocab]
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._retriever.get_scores(tokens), dtype=np.float32)

    def search(
        self, query: str, k: int, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (ids, scores) among `allowed` ids; chunks that match no term are left out."""
        scores = self.scores(query)
        ids = np.arange(self.size) if allowed is None else np.asarray(allowed, dtype=np.int64)
        ids = ids[scores[ids] > 0]
        order = ids[np.argsort(-scores[ids], kind="stable")][:k]
        return order, scores[order]
