"""Qdrant against the default backend on the real dev set, with the real model (slow tier):
the same fiche hit@1, within one question, for the search and for what `ask` retrieves."""

from __future__ import annotations

import pytest

from livret_qa.evaluation.backends import compare_backends
from livret_qa.evaluation.gold import load_gold

from .conftest import ROOT, qdrant_twin

pytestmark = pytest.mark.slow


def test_qdrant_has_the_default_backends_dev_set_hit_at_1(engine) -> None:  # type: ignore[no-untyped-def]
    questions = load_gold(ROOT / "eval" / "questions.jsonl", engine.corpus)
    report = compare_backends({"faiss": engine, "qdrant": qdrant_twin(engine)}, questions)
    for system in ("search", "retrieve"):
        row = report[system]
        assert abs(row["faiss"]["hits"] - row["qdrant"]["hits"]) <= 1, row
        assert len(row["hit@1_differs"]) <= 1, row
