"""The blind-set gap and the paraphrase file: pure pieces of the evaluation, on small inputs."""

from __future__ import annotations

import pytest

from livret_qa.errors import GoldSetError
from livret_qa.evaluation.answer_metrics import GAP_METRICS, gaps
from livret_qa.evaluation.paraphrases import load_paraphrases


def test_the_gap_is_dev_minus_blind_for_every_compared_figure() -> None:
    dev = {m: 0.9 for m in GAP_METRICS}
    blind = {m: 0.8 for m in GAP_METRICS}
    blind["abstention_f1"] = 0.95
    result = gaps(dev, blind)
    assert set(result) == set(GAP_METRICS)
    assert result["ask_hit@1"] == pytest.approx(0.1)
    assert result["abstention_f1"] == pytest.approx(-0.05)  # blind better: no overfitting


def test_paraphrases_load_by_source_and_kind(tmp_path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text(
        '{"id": "q1-en", "source_id": "q1", "kind": "en", "question": "Who runs it?"}\n'
        '{"id": "q1-noisy", "source_id": "q1", "kind": "noisy", "question": "qui dirige"}\n',
        encoding="utf-8",
    )
    assert load_paraphrases(path) == {"q1": {"en": "Who runs it?", "noisy": "qui dirige"}}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"source_id": "q1", "kind": "en"}', "needs source_id, kind and question"),
        ('{"source_id": "q1", "kind": "fr", "question": "x"}', "kind must be one of"),
        ("not json", "needs source_id, kind and question"),
    ],
)
def test_a_bad_paraphrase_line_is_named(tmp_path, line: str, message: str) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(GoldSetError, match=rf"p\.jsonl:1: .*{message}"):
        load_paraphrases(path)
