"""The default backend: FAISS (chunks), numpy (sentences) and bm25s (lexical), in process.

Exact at this size, and the fastest for one replica: nothing leaves the process. Filters
become the list of chunk ids they let through, applied before ranking.
"""

from __future__ import annotations

import numpy as np

from livret_qa.indexing.chunking import Chunk
from livret_qa.indexing.dense_index import DenseIndex
from livret_qa.indexing.lexical_index import LexicalIndex
from livret_qa.retrieval.backends.protocol import BackendName, Ranking
from livret_qa.retrieval.filters import ChunkFilter


class InProcessBackend:
    name: BackendName = "faiss"

    def __init__(
        self,
        chunks: list[Chunk],
        dense: DenseIndex,
        lexical: LexicalIndex,
        sentence_vectors: np.ndarray,
        sentence_chunk: np.ndarray,
    ) -> None:
        self.chunks = chunks
        self.dense_index = dense
        self.lexical_index = lexical
        self.sentence_vectors = sentence_vectors
        self.sentence_chunk = sentence_chunk

    def _allowed(self, where: ChunkFilter | None) -> np.ndarray | None:
        return None if where is None else where.chunk_ids(self.chunks)

    def dense(self, vector: np.ndarray, k: int, where: ChunkFilter | None) -> Ranking:
        return self.dense_index.search(vector, k, self._allowed(where))

    def lexical(self, query: str, k: int, where: ChunkFilter | None) -> Ranking:
        return self.lexical_index.search(query, k, self._allowed(where))

    def sentences(self, vector: np.ndarray, where: ChunkFilter | None) -> Ranking:
        scores = self.sentence_scores(vector)
        allowed = self._allowed(where)
        if allowed is not None:
            scores = np.where(np.isin(self.sentence_chunk, allowed), scores, -np.inf)
        order = np.argsort(-scores)
        order = order[np.isfinite(scores[order])]
        return order.astype(np.int64), scores[order]

    def sentence_scores(self, vector: np.ndarray) -> np.ndarray:
        return self.sentence_vectors @ vector
