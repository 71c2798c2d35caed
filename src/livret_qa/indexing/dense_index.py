"""The dense index: FAISS exact inner product over L2-normalised vectors (= cosine).

Exact search is right at this size: a flat index scans ~200 vectors of 384 floats in
microseconds. An approximate index (HNSW, IVF) starts to pay off around a few hundred thousand
chunks, i.e. thousands of booklets; the interface stays the same.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np


class DenseIndex:
    def __init__(self, vectors: np.ndarray):
        import faiss

        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if vectors.ndim != 2:
            raise ValueError(f"vectors must be a 2-D array, got shape {vectors.shape}")
        self.dim = vectors.shape[1]
        self._index = faiss.IndexFlatIP(self.dim)
        self._index.add(vectors)

    @property
    def size(self) -> int:
        return int(self._index.ntotal)

    def vectors(self) -> np.ndarray:
        """Every stored vector, in id order (to fill another engine without re-embedding)."""
        if self.size == 0:
            return np.empty((0, self.dim), dtype=np.float32)
        return np.asarray(self._index.reconstruct_n(0, self.size), dtype=np.float32)

    def search(
        self, query: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (ids, scores); `allowed` restricts the search to those ids before ranking."""
        import faiss

        q = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        if allowed is not None:
            if len(allowed) == 0:
                return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
            selector = faiss.IDSelectorBatch(np.asarray(allowed, dtype=np.int64))
            k = min(k, len(allowed))
            scores, ids = self._index.search(q, k, params=faiss.SearchParameters(sel=selector))  # type: ignore[call-arg]
        else:
            scores, ids = self._index.search(q, min(k, self.size))
        keep = ids[0] >= 0
        return ids[0][keep], scores[0][keep]

    def save(self, path: Path) -> None:
        import faiss

        faiss.write_index(self._index, str(path))

    @classmethod
    def load(cls, path: Path) -> DenseIndex:
        import faiss

        index = faiss.read_index(str(path))
        obj = cls.__new__(cls)
        obj._index = index  # type: ignore[assignment]
        obj.dim = index.d
        return obj
