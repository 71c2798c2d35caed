from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from livret_qa.answering.plan import QuestionPlan
from livret_qa.answering.planner import plan_question
from livret_qa.parsing.corpus import Corpus, load_corpus
from livret_qa.retrieval.mentions import MentionDetector

if TYPE_CHECKING:
    from livret_qa.retrieval.engine import Engine

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT / "corpus"
BOOKLET = CORPUS_DIR / "livret-ess-hauts-de-france.md"


@pytest.fixture(scope="session", autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Feedback written by any test (and by the servers they start) goes to a temporary
    folder, never to the user's data folder."""
    folder = tmp_path_factory.mktemp("data")
    before = os.environ.get("LIVRET_QA_DATA_DIR")
    os.environ["LIVRET_QA_DATA_DIR"] = str(folder)
    yield folder
    if before is None:
        os.environ.pop("LIVRET_QA_DATA_DIR", None)
    else:
        os.environ["LIVRET_QA_DATA_DIR"] = before


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A corpus folder of its own holding the real booklet: a test may add, edit or break
    files in it."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(BOOKLET, folder / BOOKLET.name)
    return folder


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    return load_corpus(CORPUS_DIR)


@pytest.fixture(scope="session")
def mentions(corpus: Corpus) -> MentionDetector:
    """Names learnt from the real booklet, once for the whole run."""
    texts = {f.id: corpus.sources[f.source][f.span.start : f.span.end] for f in corpus.fiches}
    return MentionDetector(corpus.fiches, texts)


@pytest.fixture(scope="session")
def plan(corpus: Corpus, mentions: MentionDetector) -> Callable[..., QuestionPlan]:
    """The question plan of a synthetic question (and its conversation) over the real
    booklet's names: no model, no retrieval."""

    def make(question: str, history: list[dict[str, str]] | None = None) -> QuestionPlan:
        return plan_question(question, history, mentions, len(corpus.fiches))

    return make


@pytest.fixture(scope="session")
def source(corpus: Corpus) -> str:
    return corpus.sources[BOOKLET.name]


@pytest.fixture(scope="session")
def engine():  # type: ignore[no-untyped-def]
    """The real engine on the real booklet (the index is built on first use), in the folder
    LIVRET_QA_INDEX_DIR names when set, so a second checkout shares one built index."""
    from livret_qa.retrieval.engine import Engine

    index_dir = Path(os.environ.get("LIVRET_QA_INDEX_DIR", ROOT / "index"))
    return Engine.open(CORPUS_DIR, index_dir, progress=False)


@pytest.fixture(scope="session")
def fake_engine(corpus: Corpus) -> Engine:
    """The real booklet, chunked as the real index is, embedded with the deterministic fake
    embedder, in memory: the fast tier's engine (built in well under a second). Shared by the
    whole session, so tests must not change it."""
    from livret_qa.embedding.fake import HashEmbedder
    from livret_qa.indexing.chunking import ChunkingParams, chunk_fiches
    from livret_qa.retrieval.engine import Engine

    chunks = chunk_fiches(corpus.fiches, corpus.sources, ChunkingParams())
    return Engine.in_memory(corpus, chunks, HashEmbedder())


def qdrant_twin(engine: Engine) -> Engine:
    """The same engine ranking through Qdrant in local mode (in memory), its collections filled
    from the engine's own vectors, as `Engine.open` fills them from the index."""
    from livret_qa.retrieval.backends.qdrant import QdrantBackend, QdrantConfig, connect

    backend = QdrantBackend.fill(
        connect(QdrantConfig()),
        "test-chunks",
        "test-sentences",
        engine.chunks,
        engine.dense.vectors(),
        engine.sentences,
        engine.sentence_vectors,
    )
    return engine.using(backend)


@pytest.fixture(scope="session")
def fake_engine_qdrant(fake_engine: Engine) -> Engine:
    """`fake_engine` ranking through Qdrant's local mode."""
    return qdrant_twin(fake_engine)


@pytest.fixture(scope="session", params=["faiss", "qdrant"])
def fake_engine_each(
    request: pytest.FixtureRequest, fake_engine: Engine, fake_engine_qdrant: Engine
) -> Engine:
    """`fake_engine` once per search backend: tests that take it run on both."""
    return fake_engine if request.param == "faiss" else fake_engine_qdrant
