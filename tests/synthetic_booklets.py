"""An engine over a small synthetic booklet written by a test: fiches from a template, the
fake embedder, nothing saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from livret_qa.retrieval.engine import Engine


def synthetic_engine(
    tmp_path_factory: pytest.TempPathFactory, name: str, fiche: str, fiches: list[dict[str, Any]]
) -> Engine:
    from livret_qa.embedding.fake import HashEmbedder
    from livret_qa.indexing.chunking import ChunkingParams, chunk_fiches
    from livret_qa.parsing.corpus import load_corpus

    folder: Path = tmp_path_factory.mktemp(name)
    text = "# ÉCONOMIE SOCIALE ET SOLIDAIRE\n\nLivret de test\n\n"
    text += "".join(fiche.format(**f) for f in fiches)
    (folder / "livret-test.md").write_text(text, encoding="utf-8")
    corpus = load_corpus(folder)
    chunks = chunk_fiches(corpus.fiches, corpus.sources, ChunkingParams())
    return Engine.in_memory(corpus, chunks, HashEmbedder())
