from __future__ import annotations

from pathlib import Path

import pytest

from livret_qa.corpus import Corpus, load_corpus

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT / "corpus"
BOOKLET = CORPUS_DIR / "livret-ess-hauts-de-france.md"


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    return load_corpus(CORPUS_DIR)


@pytest.fixture(scope="session")
def source(corpus: Corpus) -> str:
    return corpus.sources[BOOKLET.name]
