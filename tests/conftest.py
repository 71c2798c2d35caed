from __future__ import annotations

from pathlib import Path

import pytest

from livret_qa.parsing.corpus import Corpus, load_corpus

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT / "corpus"
BOOKLET = CORPUS_DIR / "livret-ess-hauts-de-france.md"


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    return load_corpus(CORPUS_DIR)


@pytest.fixture(scope="session")
def source(corpus: Corpus) -> str:
    return corpus.sources[BOOKLET.name]


@pytest.fixture(scope="session")
def engine():  # type: ignore[no-untyped-def]
    """The real engine on the real booklet (the index is built on first use)."""
    from livret_qa.retrieval.engine import Engine

    return Engine.open(CORPUS_DIR, ROOT / "index", progress=False)
