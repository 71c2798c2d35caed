"""The Qdrant backend: the same three rankings from a Qdrant collection pair.

Chunks go in one collection with a dense vector (`dense`, inner product) and a sparse BM25
vector (`bm25`, `Modifier.IDF`: Qdrant weighs each term by its rarity, our analyzer makes the
terms, `indexing/sparse_bm25.py`); sentences in another (dense only). Every point carries its
chunk's theme, département, section, fiche and booklet file as payload, so filters are
payload conditions evaluated inside Qdrant, before ranking.

The collections are filled from the built index (its vectors, never a new embedding) and
named after what the index was built from (corpus fingerprint, model, chunking, encoding):
replicas that start on the same index find them complete and fill nothing; a new corpus gets
new collections. Point ids are table positions, so two replicas filling at once write the
same points and a fill interrupted half-way is completed by the next start.

Without a URL the client runs in local mode, in memory (tests, one process); with
`url` the same code talks to a Qdrant server or cluster shared by every API replica.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

from livret_qa.errors import SearchBackendError
from livret_qa.indexing import sparse_bm25
from livret_qa.indexing.chunking import Chunk
from livret_qa.indexing.sentences import IndexedSentence
from livret_qa.retrieval.backends.protocol import BackendName, Ranking
from livret_qa.retrieval.filters import ChunkFilter

if TYPE_CHECKING:
    from qdrant_client import QdrantClient, models

    from livret_qa.indexing.index_store import LoadedIndex

log = logging.getLogger(__name__)

DENSE, SPARSE = "dense", "bm25"
BATCH = 256
T = TypeVar("T")


@dataclass(frozen=True)
class QdrantConfig:
    """Where the collections live. `url` None: local mode in memory (no server)."""

    url: str | None = None
    api_key: str | None = None
    collection: str = "livret-qa"  # prefix of the two collections' names
    timeout: float = 30.0

    def where(self) -> str:
        return self.url or "local mode (in memory)"


def collection_key(identity: dict[str, Any]) -> str:
    """A short digest of what the index was built from, plus this backend's encoding."""
    data = json.dumps({**identity, "sparse": sparse_bm25.VERSION}, sort_keys=True)
    return hashlib.sha256(data.encode()).hexdigest()[:16]


def _payload(chunk: Chunk) -> dict[str, Any]:
    return {
        "fiche_id": chunk.fiche_id,
        "theme": chunk.theme,
        "departement_code": chunk.departement_code,
        "section": chunk.section.value,
        "source": chunk.source,
    }


def payload_filter(where: ChunkFilter | None) -> models.Filter | None:
    """The filter as Qdrant payload conditions (all must hold)."""
    if where is None:
        return None
    from qdrant_client import models

    must: list[models.Condition] = []
    for key, value in (("theme", where.theme), ("departement_code", where.departement_code)):
        if value is not None:
            must.append(models.FieldCondition(key=key, match=models.MatchValue(value=value)))
    for key, values in (
        ("section", sorted(k.value for k in where.sections)),
        ("fiche_id", sorted(where.fiche_ids)),
        ("source", sorted(where.sources)),
    ):
        if values:
            must.append(models.FieldCondition(key=key, match=models.MatchAny(any=values)))
    return models.Filter(must=must)


def _batches(items: list[T], size: int = BATCH) -> Iterator[list[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class QdrantBackend:
    name: BackendName = "qdrant"

    def __init__(
        self, client: QdrantClient, chunks_collection: str, sentences_collection: str, n: int
    ) -> None:
        """`n`: the number of sentences (a full sentence ranking asks for all of them)."""
        self.client = client
        self.chunks_collection = chunks_collection
        self.sentences_collection = sentences_collection
        self.n_sentences = n
        self.where = "Qdrant"

    @classmethod
    def from_index(cls, loaded: LoadedIndex, config: QdrantConfig) -> QdrantBackend:
        """Connect, and fill the collections from the index unless they are complete."""
        m = loaded.manifest
        key = collection_key(
            {
                "format_version": m.format_version,
                "corpus_fingerprint": m.corpus_fingerprint,
                "model_id": m.model_id,
                "chunking": m.chunking,
                "dim": m.dim,
                "chunks": len(loaded.chunks),
                "sentences": len(loaded.sentences),
            }
        )
        return cls.fill(
            connect(config),
            f"{config.collection}-chunks-{key}",
            f"{config.collection}-sentences-{key}",
            loaded.chunks,
            loaded.dense.vectors(),
            loaded.sentences,
            loaded.sentence_vectors,
            where=config.where(),
            local=config.url is None,
        )

    @classmethod
    def fill(
        cls,
        client: QdrantClient,
        chunks_collection: str,
        sentences_collection: str,
        chunks: list[Chunk],
        chunk_vectors: np.ndarray,
        sentences: list[IndexedSentence],
        sentence_vectors: np.ndarray,
        where: str = "Qdrant",
        local: bool = True,
    ) -> QdrantBackend:
        """Collections holding these chunks and sentences, created and filled if needed."""
        from qdrant_client import models

        backend = cls(client, chunks_collection, sentences_collection, len(sentences))
        backend.where = where
        dim = int(chunk_vectors.shape[1])
        dense = models.VectorParams(size=dim, distance=models.Distance.DOT)
        sparse = models.SparseVectorParams(modifier=models.Modifier.IDF)

        def chunk_points() -> list[models.PointStruct]:
            bm25 = sparse_bm25.document_vectors([c.search_text for c in chunks])
            return [
                models.PointStruct(
                    id=i,
                    vector={
                        DENSE: chunk_vectors[i].tolist(),
                        SPARSE: models.SparseVector(indices=s.indices, values=s.values),
                    },
                    payload=_payload(c),
                )
                for i, (c, s) in enumerate(zip(chunks, bm25, strict=True))
            ]

        def sentence_points() -> list[models.PointStruct]:
            return [
                models.PointStruct(
                    id=j,
                    vector={DENSE: sentence_vectors[j].tolist()},
                    payload={**_payload(chunks[s.chunk]), "chunk": s.chunk},
                )
                for j, s in enumerate(sentences)
            ]

        backend._ensure(chunks_collection, len(chunks), chunk_points, local, dense, sparse)
        backend._ensure(sentences_collection, len(sentences), sentence_points, local, dense, None)
        return backend

    def _ensure(
        self,
        name: str,
        expected: int,
        points: Callable[[], list[models.PointStruct]],
        local: bool,
        dense: models.VectorParams,
        sparse: models.SparseVectorParams | None,
    ) -> None:
        """Create `name` if missing and upsert its points unless it already holds them all."""
        from qdrant_client import models

        if self._call(self.client.collection_exists, name):
            count = self._call(self.client.count, name, exact=True).count
            if count == expected:
                log.info("Qdrant collection %s is complete (%d points)", name, count)
                return
            log.info("Qdrant collection %s holds %d of %d points: filling", name, count, expected)
        else:
            try:
                self.client.create_collection(
                    name,
                    vectors_config={DENSE: dense},
                    sparse_vectors_config={SPARSE: sparse} if sparse else None,
                )
            except Exception as exc:  # another replica created it meanwhile: fine if it exists
                if not self._call(self.client.collection_exists, name):
                    raise self._error(exc) from exc
            if not local:  # payload indexes make filters fast on a server (local mode: no-op)
                for field in ("fiche_id", "theme", "departement_code", "section", "source"):
                    self._call(
                        self.client.create_payload_index,
                        name,
                        field_name=field,
                        field_schema=models.PayloadSchemaType.KEYWORD,
                    )
        for batch in _batches(points()):
            self._call(self.client.upsert, name, points=batch, wait=True)
        log.info("Qdrant collection %s filled (%d points)", name, expected)

    def _call(self, method: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """A client call; any failure becomes a SearchBackendError that says where and why."""
        try:
            return method(*args, **kwargs)
        except Exception as exc:
            raise self._error(exc) from exc

    def _error(self, exc: Exception) -> SearchBackendError:
        detail = " ".join(str(exc).split())[:300] or type(exc).__name__
        return SearchBackendError(
            f"Qdrant ({self.where}) failed: {detail}. Check that the server is up and "
            "that LIVRET_QA_QDRANT_URL (and LIVRET_QA_QDRANT_API_KEY) point at it."
        )

    def _query(
        self, collection: str, query: Any, using: str, k: int, where: ChunkFilter | None
    ) -> Ranking:
        if k <= 0:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
        response = self._call(
            self.client.query_points,
            collection,
            query=query,
            using=using,
            limit=k,
            query_filter=payload_filter(where),
            with_payload=False,
            with_vectors=False,
        )
        ids = np.asarray([int(p.id) for p in response.points], dtype=np.int64)
        scores = np.asarray([p.score for p in response.points], dtype=np.float32)
        return ids, scores

    def dense(self, vector: np.ndarray, k: int, where: ChunkFilter | None) -> Ranking:
        return self._query(self.chunks_collection, _floats(vector), DENSE, k, where)

    def lexical(self, query: str, k: int, where: ChunkFilter | None) -> Ranking:
        from qdrant_client import models

        sparse = sparse_bm25.query_vector(query)
        if not sparse.indices:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
        vector = models.SparseVector(indices=sparse.indices, values=sparse.values)
        ids, scores = self._query(self.chunks_collection, vector, SPARSE, k, where)
        keep = scores > 0
        ids, scores = ids[keep], scores[keep]
        # Chunks scored alike (same terms, counts and length) get bit-equal scores in both
        # engines; bm25s then ranks them by id, Qdrant in no stated order: rank them by id.
        order = np.lexsort((ids, -scores))
        return ids[order], scores[order]

    def sentences(self, vector: np.ndarray, where: ChunkFilter | None) -> Ranking:
        scores = self._all_sentence_scores(vector, where)
        order = np.argsort(-scores)  # as the default backend sorts: same ties, same order
        order = order[np.isfinite(scores[order])]
        return order.astype(np.int64), scores[order]

    def sentence_scores(self, vector: np.ndarray) -> np.ndarray:
        return self._all_sentence_scores(vector, None)

    def _all_sentence_scores(self, vector: np.ndarray, where: ChunkFilter | None) -> np.ndarray:
        """Every sentence's score in table order (-inf where the filter excludes it). A
        duplicated sentence has the same vector, so its copies tie here as they do in the
        default backend, and the same sort puts them in the same order."""
        ids, scores = self._query(
            self.sentences_collection, _floats(vector), DENSE, self.n_sentences, where
        )
        out = np.full(self.n_sentences, -np.inf, dtype=np.float32)
        out[ids] = scores
        return out


def _floats(vector: np.ndarray) -> list[float]:
    return [float(x) for x in np.asarray(vector, dtype=np.float32).reshape(-1)]


def connect(config: QdrantConfig) -> QdrantClient:
    """A client for `config`: local mode in memory without a URL, else the server."""
    try:
        from qdrant_client import QdrantClient
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise SearchBackendError(
            "The qdrant backend needs qdrant-client: pip install 'qdrant-client>=1.15'."
        ) from exc
    if config.url is None:
        return QdrantClient(location=":memory:")
    return QdrantClient(url=config.url, api_key=config.api_key, timeout=int(config.timeout))
