"""'How many employees does X have?' counts all of them, as the aggregates do: the stated
total, else the sum of the staff field's parts; a field giving only full-time equivalents is
no headcount (the answer abstains and quotes it). Synthetic staff fields written into a copy
of the booklet (fast tier)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from livret_qa.answering.compose import ask
from livret_qa.embedding.fake import HashEmbedder
from livret_qa.indexing.chunking import ChunkingParams, chunk_fiches
from livret_qa.parsing.corpus import load_corpus
from livret_qa.retrieval.engine import Engine

FIELD = re.compile(r"(EFFECTIF SALARIAL MOBILIS[ÉE]E?\**\s*:?\**\s*:?[ \t]*)([^\n]*)")


def engine_with_staff(corpus_dir: Path, staff: str) -> tuple[Engine, str]:
    """The booklet with the first fiche's staff field replaced by `staff`; that fiche's name."""
    path = next(corpus_dir.glob("*.md"))
    text = path.read_text(encoding="utf-8")
    first = FIELD.search(text)
    assert first is not None
    path.write_text(text[: first.start(2)] + staff + text[first.end(2) :], encoding="utf-8")
    corpus = load_corpus(corpus_dir)
    fiche = next(f for f in corpus.fiches if f.span.start <= first.start() < f.span.end)
    chunks = chunk_fiches(corpus.fiches, corpus.sources, ChunkingParams())
    return Engine.in_memory(corpus, chunks, HashEmbedder()), fiche.name


@pytest.mark.parametrize(
    ("staff", "said"),
    [
        ("12 salariés en insertion et 4 salariés permanents", "16 (= 12 + 4)"),
        ("9 salariés dont 6 en insertion", "9"),
        (
            "3 personnes en CDI, 2 apprentis et 10 salariés en insertion en 2020",
            "15 (2020, = 3 + 2 + 10)",
        ),
    ],
)
@pytest.mark.parametrize(
    "template", ["Combien de salariés a {name} ?", "How many employees does {name} have?"]
)
def test_the_headcount_is_all_the_staff(
    corpus_dir: Path, staff: str, said: str, template: str
) -> None:
    engine, name = engine_with_staff(corpus_dir, staff)
    answer = ask(engine, template.format(name=name))
    assert not answer.abstained, answer.answer
    assert f": {said} [1]" in answer.answer, answer.answer


def test_full_time_equivalents_are_no_headcount(corpus_dir: Path) -> None:
    engine, name = engine_with_staff(corpus_dir, "1,5 ETP mis à disposition par la commune")
    answer = ask(engine, f"Combien de salariés a {name} ?")
    assert answer.abstained
    assert "« 1,5 ETP mis à disposition par la commune »" in answer.answer
