"""One embedding pass over a build's texts: reuse what the cache holds, embed the rest.

The texts still to embed are sorted by length (longest first) and sent in large groups: the
model pads every batch to its longest text, so texts of similar length batched together waste
far less work than batches taken in corpus order, where a 1,000-character chunk pads fifteen
short sentences. Each group is stored as soon as it is embedded, so a build that is killed
keeps what it embedded and the next one resumes from there.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from livret_qa.embedding.protocol import Embedder
    from livret_qa.indexing.embedding_cache import EmbeddingCache

GROUP = 256  # texts per embedder call: large enough to batch well, small enough to checkpoint


@dataclass(frozen=True)
class EmbedStats:
    """How a pass got its vectors. `reused + embedded == unique` (distinct texts, of `total`);
    `embedded_at` holds the positions (in the texts given) whose text was embedded."""

    total: int
    unique: int
    reused: int
    embedded: int
    rejected: int
    seconds: float
    embedded_at: frozenset[int]


def length_sorted_groups(
    texts: Sequence[str], positions: Sequence[int], size: int
) -> list[list[int]]:
    """`positions` ordered by text length, longest first (ties by position), cut in groups."""
    if size < 1:
        raise ValueError(f"size must be 1 or more. Currently, size is {size}.")
    ordered = sorted(positions, key=lambda i: (-len(texts[i]), i))
    return [ordered[i : i + size] for i in range(0, len(ordered), size)]


def embed_texts(
    embedder: Embedder,
    texts: Sequence[str],
    cache: EmbeddingCache | None = None,
    progress: bool = False,
    group: int = GROUP,
) -> tuple[np.ndarray, EmbedStats]:
    """(len(texts), dim) float32 vectors, row i for texts[i]; each distinct text embedded once."""
    from tqdm import tqdm

    started = time.perf_counter()
    unique = list(dict.fromkeys(texts))
    lookup = cache.lookup(unique) if cache is not None else None
    missing = lookup.missing if lookup is not None else list(range(len(unique)))
    vectors: dict[int, np.ndarray] = dict(lookup.found) if lookup is not None else {}
    bar = tqdm(
        total=len(missing),
        desc="Embedding",
        unit="text",
        disable=not progress or not missing,
        file=sys.stderr,
    )
    for positions in length_sorted_groups(unique, missing, group):
        batch = [unique[i] for i in positions]
        out = np.asarray(embedder.embed_documents(batch), dtype=np.float32)
        if cache is not None:
            cache.store(batch, out)
        vectors.update(zip(positions, out, strict=True))
        bar.update(len(batch))
    bar.close()
    dim = next(iter(vectors.values())).shape[0] if vectors else embedder.dim
    position = {text: j for j, text in enumerate(unique)}
    matrix = np.zeros((len(texts), dim), dtype=np.float32)
    for i, text in enumerate(texts):
        matrix[i] = vectors[position[text]]
    embedded_unique = {unique[i] for i in missing}
    stats = EmbedStats(
        total=len(texts),
        unique=len(unique),
        reused=len(unique) - len(missing),
        embedded=len(missing),
        rejected=lookup.rejected if lookup is not None else 0,
        seconds=round(time.perf_counter() - started, 3),
        embedded_at=frozenset(i for i, t in enumerate(texts) if t in embedded_unique),
    )
    return matrix, stats
