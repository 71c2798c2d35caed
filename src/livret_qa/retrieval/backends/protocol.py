"""What the engine asks of a search backend: three rankings, each restricted by a filter.

The engine keeps everything else (fusion, grouping, mentions, confidence), so two backends
that rank alike give the same `Engine.search` results. Ids are positions in the index's chunk
and sentence tables, which every backend is filled from.
"""

from __future__ import annotations

from typing import Protocol, get_args

import numpy as np

from livret_qa.retrieval.filters import ChunkFilter
from livret_qa.settings import SearchBackendName as BackendName

BACKENDS: tuple[BackendName, ...] = get_args(BackendName)

Ranking = tuple[np.ndarray, np.ndarray]
"""(ids, scores), best first: int64 ids, float32 scores."""


class SearchBackend(Protocol):
    @property
    def name(self) -> BackendName: ...

    def dense(self, vector: np.ndarray, k: int, where: ChunkFilter | None) -> Ranking:
        """The k chunks closest to the query vector (inner product) among those let through."""
        ...

    def lexical(self, query: str, k: int, where: ChunkFilter | None) -> Ranking:
        """The k best chunks by BM25 over the French analyzer's tokens; no match, no entry."""
        ...

    def sentences(self, vector: np.ndarray, where: ChunkFilter | None) -> Ranking:
        """Every sentence whose chunk is let through, closest to the query vector first."""
        ...

    def sentence_scores(self, vector: np.ndarray) -> np.ndarray:
        """The inner product of the query vector with every sentence, in table order."""
        ...
