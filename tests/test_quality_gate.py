"""Quality gate: the engine stays above agreed floors on the dev set, and above every baseline
measured in the same run (slow tier, run by CI). Floors are the figures reached when they were
set, minus a margin of about two questions; raise them when the engine improves."""

from __future__ import annotations

from pathlib import Path

import pytest

from livret_qa.evaluation.answer_metrics import evaluate_answers
from livret_qa.evaluation.answer_sets import sealed
from livret_qa.evaluation.gold import load_gold
from livret_qa.evaluation.runner import ENGINE, evaluate

from .conftest import ROOT

pytestmark = pytest.mark.slow

RETRIEVAL_FLOORS = {
    "hit@1": 0.93,
    "hit@3": 0.97,
    "mrr@10": 0.95,
    "section_recall@5": 0.82,
    "list_recall": 0.94,
    "list_precision": 0.78,
}
ANSWER_FLOORS = {
    "ask_hit@1": 0.93,
    "ask_hit@1_en": 0.92,
    "abstentions_naming_what_is_stated": 1.0,
    "abstention_f1": 0.85,
    "followup_hit@1": 0.90,
    "list_answer_recall": 0.90,
    "list_answer_precision": 0.78,
    "citations_exact_and_inside_their_fiche": 1.0,
}
BEAT_BASELINES_ON = ("hit@1", "mrr@10", "section_recall@5", "list_recall")


@pytest.fixture(scope="module")
def questions(engine):  # type: ignore[no-untyped-def]
    return load_gold(ROOT / "eval" / "questions.jsonl", engine.corpus)


def test_retrieval_floors_and_baselines(engine, questions) -> None:  # type: ignore[no-untyped-def]
    reports = {r.name: r.overall for r in evaluate(engine, questions, baselines=True)}
    ours = reports.pop(ENGINE)
    for metric, floor in RETRIEVAL_FLOORS.items():
        assert ours[metric] >= floor, f"{metric} fell to {ours[metric]} (floor {floor})"
    for name, theirs in reports.items():
        for metric in BEAT_BASELINES_ON:
            assert ours[metric] >= theirs[metric], f"{name} beats us on {metric}"


def test_answer_floors(engine, questions) -> None:  # type: ignore[no-untyped-def]
    figures = evaluate_answers(engine, questions)
    for metric, floor in ANSWER_FLOORS.items():
        assert figures[metric] >= floor, f"{metric} fell to {figures[metric]} (floor {floor})"
    assert figures["false_abstentions"] <= 2


# The blind set is never tuned on; its floors guard against regressions only (the figures of
# its last run minus about two questions), and are not targets.
# Regression guards, not targets. List recall fell 0.886 -> 0.860 in the round that made
# lists keep only structures stating a thing centrally (precision 0.813 -> 0.831): a known
# loss, reported in the CHANGELOG, floored at its new value minus about one question.
BLIND_FLOORS = {
    "ask_hit@1": 0.88,
    "list_answer_recall": 0.84,
    "abstention_f1": 0.6,
    "abstentions_naming_what_is_stated": 1.0,
    "citations_exact_and_inside_their_fiche": 1.0,
}


def test_blind_floors(engine) -> None:  # type: ignore[no-untyped-def]
    blind = load_gold(ROOT / "eval" / "blind.jsonl", engine.corpus)
    figures = evaluate_answers(engine, blind, with_texts=False)
    for metric, floor in BLIND_FLOORS.items():
        assert figures[metric] >= floor, f"blind {metric} fell to {figures[metric]} (floor {floor})"


# The other question sets, written from the booklet by helpers who never saw the code: the
# tuning set's floors are its figures minus about two questions; the sealed sets' floors guard
# against regressions only (their last run minus about two questions), and are not targets.
SET_FLOORS = {
    "answers_dev": {
        "ask_hit@1": 0.97,
        "abstention_f1": 0.95,
        "followup_hit@1": 0.93,
        "list_answer_recall": 0.93,
        "list_answer_precision": 0.90,
        "abstentions_naming_what_is_stated": 1.0,
    },
    "blind_answers": {
        "ask_hit@1": 0.94,
        "abstention_f1": 0.84,
        "followup_hit@1": 0.92,
        "list_answer_recall": 0.86,
        "abstentions_naming_what_is_stated": 1.0,
    },
    # abstention F1 lowered 0.82 -> 0.80 in round 17 (the merge of 'or' alternatives in lists
    # turned three refusals into answers: 0.842 -> 0.813); round 19's pairs stated together
    # mended part of it (0.830): the floor rises to 0.81
    "topics_blind": {"ask_hit@1": 0.67, "abstention_f1": 0.81, "list_answer_recall": 0.71},
    "answers_dev2": {
        "ask_hit@1": 0.96,
        "abstention_f1": 0.93,
        "followup_hit@1": 0.93,
        "list_answer_recall": 0.85,
        "list_answer_precision": 0.87,
        "abstentions_naming_what_is_stated": 1.0,
    },
    "answers_dev3": {
        "ask_hit@1": 0.96,
        "abstention_f1": 0.90,
        "followup_hit@1": 0.93,
        "list_answer_recall": 0.95,
        "list_answer_precision": 0.95,
        "abstentions_naming_what_is_stated": 1.0,
    },
    # The validation set: held out (figures only) but read during the work; its floors are its
    # figures minus about two questions, like a tuning set's.
    "val_answers4": {
        "ask_hit@1": 0.94,
        "abstention_f1": 0.86,
        "followup_hit@1": 0.92,
        "list_answer_recall": 0.88,
        "list_answer_precision": 0.91,
        "abstentions_naming_what_is_stated": 0.97,
    },
    "val_answers5": {
        "ask_hit@1": 0.93,
        "abstention_f1": 0.82,
        "followup_hit@1": 0.92,
        "list_answer_recall": 0.87,
        "list_answer_precision": 0.85,
        "abstentions_naming_what_is_stated": 1.0,
    },
    "val_answers6": {
        "ask_hit@1": 0.95,
        "abstention_f1": 0.79,
        "followup_hit@1": 0.90,
        "list_answer_recall": 0.85,
        "list_answer_precision": 0.85,
        "abstentions_naming_what_is_stated": 1.0,
    },
    "val_answers8": {
        "ask_hit@1": 0.94,
        "abstention_f1": 0.75,
        "followup_hit@1": 0.88,
        "list_answer_recall": 0.87,
        "list_answer_precision": 0.84,
        "abstentions_naming_what_is_stated": 1.0,
    },
    "blind_answers8": {
        "ask_hit@1": 0.93,
        "abstention_f1": 0.75,
        "followup_hit@1": 0.89,
        # 0.874 in round 8's report; an index built afresh (round 9's set-up) gives 0.847 at
        # that same commit, and at every commit since: the floor follows what a fresh set-up
        # measures, not one lost by the code
        "list_answer_recall": 0.84,
        "abstentions_naming_what_is_stated": 1.0,
    },
    "val_answers9": {
        "ask_hit@1": 0.93,
        "abstention_f1": 0.75,
        "followup_hit@1": 0.89,
        "list_answer_recall": 0.86,
        "list_answer_precision": 0.90,
    },
    "blind_answers9": {
        "ask_hit@1": 0.95,
        "abstention_f1": 0.79,
        "followup_hit@1": 0.95,
        "list_answer_recall": 0.88,
    },
    "answers_dev4": {
        "ask_hit@1": 0.98,
        "abstention_f1": 0.97,
        "followup_hit@1": 0.98,
        "list_answer_recall": 0.98,
        "list_answer_precision": 0.98,
        "abstentions_naming_what_is_stated": 1.0,
    },
    "blind_answers10": {
        "ask_hit@1": 0.94,
        "abstention_f1": 0.79,
        "followup_hit@1": 0.95,
        "list_answer_recall": 0.96,
        "list_answer_precision": 0.94,
        "abstentions_naming_what_is_stated": 1.0,
    },
    "answers_dev5": {
        "ask_hit@1": 0.97,
        "abstention_f1": 0.93,
        "followup_hit@1": 0.97,
        "list_answer_recall": 0.94,
        "list_answer_precision": 0.95,
        "abstentions_naming_what_is_stated": 1.0,
    },
    "blind_answers11": {
        "ask_hit@1": 0.91,
        "abstention_f1": 0.79,
        "followup_hit@1": 0.77,
        "list_answer_recall": 0.86,
        "list_answer_precision": 0.89,
        "abstentions_naming_what_is_stated": 1.0,
    },
    "answers_dev6": {
        "ask_hit@1": 0.97,
        "abstention_f1": 0.92,
        "followup_hit@1": 0.97,
        "list_answer_recall": 0.95,
        "list_answer_precision": 0.95,
        "abstentions_naming_what_is_stated": 1.0,
    },
    "blind_answers12": {
        "ask_hit@1": 0.88,
        "abstention_f1": 0.74,
        "followup_hit@1": 0.83,
        "list_answer_recall": 0.85,
        "list_answer_precision": 0.89,
        "abstentions_naming_what_is_stated": 1.0,
    },
    # round 14's pair: the tuning set's floors are its figures at 4743231 minus about two
    # questions; the sealed set's are its 'before' figures (b394ad2) minus a margin
    "answers_dev7": {
        "ask_hit@1": 0.96,
        "abstention_f1": 0.94,
        "followup_hit@1": 0.93,
        "list_answer_recall": 0.95,
        "list_answer_precision": 0.95,
        "abstentions_naming_what_is_stated": 0.96,
    },
    "blind_answers13": {
        "ask_hit@1": 0.90,
        "abstention_f1": 0.72,
        "followup_hit@1": 0.90,
        "list_answer_recall": 0.83,
        "list_answer_precision": 0.82,
        "abstentions_naming_what_is_stated": 0.96,
    },
    # round 15's pair: the tuning set's floors are its figures after tuning (the merged
    # round, measured through ask) minus about two questions; the sealed set's are its
    # 'before' figures (dd5b818) minus a margin
    "answers_dev8": {
        "ask_hit@1": 0.95,
        "abstention_f1": 0.92,
        "followup_hit@1": 0.95,
        "list_answer_recall": 0.90,
        "list_answer_precision": 0.90,
        "abstentions_naming_what_is_stated": 0.96,
    },
    "blind_answers14": {
        "ask_hit@1": 0.87,
        "abstention_f1": 0.76,
        "followup_hit@1": 0.81,
        "list_answer_recall": 0.94,
        "list_answer_precision": 0.90,
        "abstentions_naming_what_is_stated": 0.96,
    },
    # round 16's pair: the tuning set's floors are its figures after tuning minus about two
    # questions; the sealed set's are its 'before' figures (4cfaf5f) minus a margin
    "answers_dev9": {
        "ask_hit@1": 0.91,
        "abstention_f1": 0.85,
        "followup_hit@1": 0.90,
        "list_answer_recall": 0.93,
        "list_answer_precision": 0.93,
        "abstentions_naming_what_is_stated": 0.96,
    },
    "blind_answers15": {
        "ask_hit@1": 0.90,
        "abstention_f1": 0.84,
        "followup_hit@1": 0.90,
        "list_answer_recall": 0.95,
        "list_answer_precision": 0.90,
        "abstentions_naming_what_is_stated": 0.96,
    },
    # round 17's pair: the tuning set's floors are its 'before' figures (4092ae2) minus a
    # margin, to be raised to its figures after tuning; the sealed set's are its 'before'
    # figures (hit@1 0.917, abstention F1 0.825, follow-ups 0.937, lists 0.936 / 0.967) minus
    # a margin
    "answers_dev10": {
        "ask_hit@1": 0.97,
        "abstention_f1": 0.90,
        "followup_hit@1": 0.95,
        "list_answer_recall": 0.95,
        "list_answer_precision": 0.91,
        "abstentions_naming_what_is_stated": 0.97,
    },
    # unseen in round 18 (its figures were a fresh measure); tuned on from round 19
    "answers_dev11": {
        "ask_hit@1": 0.96,
        "abstention_f1": 0.91,
        "followup_hit@1": 0.93,
        "list_answer_recall": 0.94,
        "list_answer_precision": 0.96,
        "abstentions_naming_what_is_stated": 0.98,
    },
    "blind_answers17": {
        "ask_hit@1": 0.92,
        "abstention_f1": 0.83,
        "followup_hit@1": 0.85,
        "list_answer_recall": 0.92,
        "list_answer_precision": 0.97,
        "abstentions_naming_what_is_stated": 0.98,
    },
    "blind_answers19": {
        "ask_hit@1": 0.91,
        "abstention_f1": 0.80,
        "followup_hit@1": 0.79,
        "list_answer_recall": 0.92,
        "list_answer_precision": 0.92,
        "abstentions_naming_what_is_stated": 0.98,
    },
    # round 20's pair, measured at c641117 then at f42f5ec (blind20 0.925 / 0.900 / 0.873 /
    # 0.921 / 0.931; dev12 0.911 / 0.871 / 0.811 / 0.868 / 0.884) minus about two questions
    "blind_answers20": {
        "ask_hit@1": 0.91,
        "abstention_f1": 0.87,
        "followup_hit@1": 0.84,
        "list_answer_recall": 0.89,
        "list_answer_precision": 0.90,
        "abstentions_naming_what_is_stated": 0.98,
    },
    # tuned on in rounds 21 and 23: 1.000 / 0.988 / 1.000 / 0.934 / 1.000 at round 23's end
    "answers_dev12": {
        "ask_hit@1": 0.96,
        "abstention_f1": 0.94,
        "followup_hit@1": 0.95,
        "list_answer_recall": 0.95,
        "list_answer_precision": 0.95,
        "abstentions_naming_what_is_stated": 0.98,
    },
    # round 21's pair, measured at dfed1a6 then at its end (blind21 0.924 / 0.874 / 0.896 /
    # 0.942 / 0.952; dev13 0.915 / 0.824 / 0.898 / 0.932 / 0.976) minus about two questions;
    # blind21 at round 23's end: 0.948 / 0.896 / 0.938 / 0.942 / 0.952
    "blind_answers21": {
        "ask_hit@1": 0.92,
        "abstention_f1": 0.87,
        "followup_hit@1": 0.90,
        "list_answer_recall": 0.93,
        "list_answer_precision": 0.93,
        "abstentions_naming_what_is_stated": 0.98,
    },
    # tuned on in rounds 22 to 24: 0.995 / 0.980 / 1.000 / 1.000 / 1.000 at round 24's end
    "answers_dev13": {
        "ask_hit@1": 0.97,
        "abstention_f1": 0.95,
        "followup_hit@1": 0.96,
        "list_answer_recall": 0.96,
        "list_answer_precision": 0.96,
        "abstentions_naming_what_is_stated": 0.98,
    },
    # tuned on in rounds 23 and 24: 1.000 / 0.975 / 1.000 / 1.000 / 1.000 at round 24's end
    "answers_dev14": {
        "ask_hit@1": 0.97,
        "abstention_f1": 0.94,
        "followup_hit@1": 0.95,
        "list_answer_recall": 0.96,
        "list_answer_precision": 0.96,
        "abstentions_naming_what_is_stated": 0.98,
    },
    # round 22's sealed set, measured at 1ec7516 then at the round's end (0.993 / 0.965 /
    # 1.000 / 0.967 / 0.989): floors guard regressions only
    "blind_answers22": {
        "ask_hit@1": 0.97,
        "abstention_f1": 0.92,
        "followup_hit@1": 0.95,
        "list_answer_recall": 0.92,
        "list_answer_precision": 0.93,
        "abstentions_naming_what_is_stated": 0.98,
    },
    # round 23's sealed set (two writers, founders and advisers), measured at 6ae6d78 then
    # at the round's end (0.974 / 0.938 / 0.960 / 0.970 / 0.970): floors guard regressions
    "blind_answers23": {
        "ask_hit@1": 0.95,
        "abstention_f1": 0.90,
        "followup_hit@1": 0.92,
        "list_answer_recall": 0.93,
        "list_answer_precision": 0.93,
        "abstentions_naming_what_is_stated": 0.98,
    },
    # round 24's pair, written in the users' own words, measured at 761de61 then at the
    # round's end: dev15 (tuned) 0.979 / 0.949 / 0.933 / 0.992 / 1.000; blind24 (sealed)
    # 0.922 / 0.894 / 0.882 / 0.893 / 0.906, floors guarding regressions only
    "answers_dev15": {
        "ask_hit@1": 0.96,
        "abstention_f1": 0.94,
        "followup_hit@1": 0.93,
        "list_answer_recall": 0.96,
        "list_answer_precision": 0.96,
        "abstentions_naming_what_is_stated": 0.98,
    },
    "answers_dev16": {
        "ask_hit@1": 0.93,
        "abstention_f1": 0.85,
        "followup_hit@1": 0.88,
        "list_answer_recall": 0.93,
        "list_answer_precision": 0.96,
        "abstentions_naming_what_is_stated": 0.98,
    },
    "answers_dev17": {
        "ask_hit@1": 0.96,
        "abstention_f1": 0.92,
        "followup_hit@1": 0.94,
        "list_answer_recall": 0.92,
        "list_answer_precision": 0.95,
        "abstentions_naming_what_is_stated": 0.98,
    },
    "answers_dev18": {
        "ask_hit@1": 0.97,
        "abstention_f1": 0.95,
        "followup_hit@1": 0.96,
        "list_answer_recall": 0.97,
        "list_answer_precision": 0.95,
        "abstentions_naming_what_is_stated": 0.98,
    },
    "answers_dev19": {
        "ask_hit@1": 0.98,
        "abstention_f1": 0.96,
        "followup_hit@1": 0.97,
        "list_answer_recall": 0.96,
        "list_answer_precision": 0.97,
        "abstentions_naming_what_is_stated": 0.98,
    },
    # round 36's pair, measured at 81f780b then at the round's end: dev27 (tuned) 0.960 /
    # 0.896 / 0.921 / 0.970 / 0.987 -> 0.966 / 0.896 / 0.937 / 0.970 / 0.987; blind36 (sealed)
    # 0.962 / 0.909 / 0.931 / 1.000 / 1.000 -> unchanged on every figure
    "answers_dev27": {
        "ask_hit@1": 0.95,
        "abstention_f1": 0.88,
        "followup_hit@1": 0.92,
        "list_answer_recall": 0.96,
        "list_answer_precision": 0.97,
        "abstentions_naming_what_is_stated": 0.98,
    },
    "blind_answers36": {
        "ask_hit@1": 0.95,
        "abstention_f1": 0.89,
        "followup_hit@1": 0.92,
        "list_answer_recall": 0.98,
        "list_answer_precision": 0.98,
        "abstentions_naming_what_is_stated": 0.98,
    },
    # round 39's pair, measured at 7eaf926 then at the round's end: dev30 (tuned) 0.953 /
    # 0.878 / 0.940 / 0.956 / 1.000 -> 0.980 / 0.905 / 0.960 / 0.990 / 1.000; blind39 (sealed)
    # 0.969 / 0.951 / 0.936 / 0.992 / 0.990 -> unchanged on every figure
    "answers_dev30": {
        "ask_hit@1": 0.97,
        "abstention_f1": 0.89,
        "followup_hit@1": 0.95,
        "list_answer_recall": 0.98,
        "list_answer_precision": 0.99,
        "abstentions_naming_what_is_stated": 0.98,
    },
    "blind_answers39": {
        "ask_hit@1": 0.96,
        "abstention_f1": 0.94,
        "followup_hit@1": 0.93,
        "list_answer_recall": 0.98,
        "list_answer_precision": 0.98,
        "abstentions_naming_what_is_stated": 0.98,
    },
    # round 38's pair, measured at f0ea182 then at the round's end: dev29 (tuned) 0.926 /
    # 0.854 / 0.907 / 0.835 / 0.910 -> 0.946 / 0.896 / 0.930 / 0.835 / 0.922; blind38 (sealed)
    # 0.974 / 0.891 / 0.941 / 0.977 / 1.000 -> unchanged on every figure
    "answers_dev29": {
        "ask_hit@1": 0.94,
        "abstention_f1": 0.88,
        "followup_hit@1": 0.92,
        "list_answer_recall": 0.82,
        "list_answer_precision": 0.91,
        "abstentions_naming_what_is_stated": 0.98,
    },
    "blind_answers38": {
        "ask_hit@1": 0.96,
        "abstention_f1": 0.88,
        "followup_hit@1": 0.93,
        "list_answer_recall": 0.96,
        "list_answer_precision": 0.98,
        "abstentions_naming_what_is_stated": 0.98,
    },
    # round 37's pair, measured at 4ed2ea5 then at the round's end: dev28 (tuned) 0.947 /
    # 0.950 / 0.955 / 0.816 / 0.906 -> 1.000 / 0.980 / 1.000 / 0.966 / 1.000; blind37 (sealed)
    # 0.981 / 0.891 / 0.974 / 0.926 / 0.978 -> unchanged on every figure
    "answers_dev28": {
        "ask_hit@1": 0.98,
        "abstention_f1": 0.96,
        "followup_hit@1": 0.98,
        "list_answer_recall": 0.95,
        "list_answer_precision": 0.98,
        "abstentions_naming_what_is_stated": 0.98,
    },
    "blind_answers37": {
        "ask_hit@1": 0.97,
        "abstention_f1": 0.88,
        "followup_hit@1": 0.96,
        "list_answer_recall": 0.92,
        "list_answer_precision": 0.97,
        "abstentions_naming_what_is_stated": 0.98,
    },
    # round 35's pair, measured at 3f50f53 then at the round's end: dev26 (tuned) 0.973 /
    # 0.939 / 0.947 / 0.939 / 0.995 -> 0.987 / 0.950 / 0.974 / 0.939 / 1.000; blind35 (sealed)
    # 0.968 / 0.912 / 0.921 / 0.924 / 0.955 -> 0.974 / 0.928 / 0.947 / 0.924 / 0.955
    "answers_dev26": {
        "ask_hit@1": 0.97,
        "abstention_f1": 0.93,
        "followup_hit@1": 0.96,
        "list_answer_recall": 0.92,
        "list_answer_precision": 0.98,
        "abstentions_naming_what_is_stated": 0.98,
    },
    "blind_answers35": {
        "ask_hit@1": 0.96,
        "abstention_f1": 0.91,
        "followup_hit@1": 0.93,
        "list_answer_recall": 0.91,
        "list_answer_precision": 0.94,
        "abstentions_naming_what_is_stated": 0.98,
    },
    # round 34's pair, measured at 996309b then at the round's end: dev25 (tuned) 0.980 /
    # 0.962 / 1.000 / 0.930 / 0.955 -> 0.993 / 0.971 / 1.000 / 0.951 / 0.987; blind34
    # (sealed) 0.949 / 0.894 / 0.938 / 0.950 / 0.950 -> unchanged on every figure
    "answers_dev25": {
        "ask_hit@1": 0.98,
        "abstention_f1": 0.96,
        "followup_hit@1": 0.98,
        "list_answer_recall": 0.94,
        "list_answer_precision": 0.97,
        "abstentions_naming_what_is_stated": 0.98,
    },
    "blind_answers34": {
        "ask_hit@1": 0.94,
        "abstention_f1": 0.88,
        "followup_hit@1": 0.93,
        "list_answer_recall": 0.94,
        "list_answer_precision": 0.94,
        "abstentions_naming_what_is_stated": 0.96,
    },
    # round 33's pair, measured at 825fef2 then at the round's end: dev24 (tuned) 0.945 /
    # 0.916 / 0.941 / 0.989 / 0.965 -> 0.979 / 0.962 / 0.971 / 1.000 / 0.984; blind33 (sealed)
    # 0.955 / 0.921 / 0.961 / 1.000 / 0.984 -> unchanged on every figure
    "answers_dev24": {
        "ask_hit@1": 0.97,
        "abstention_f1": 0.94,
        "followup_hit@1": 0.96,
        "list_answer_recall": 0.98,
        "list_answer_precision": 0.97,
        "abstentions_naming_what_is_stated": 0.98,
    },
    "blind_answers33": {
        "ask_hit@1": 0.95,
        "abstention_f1": 0.91,
        "followup_hit@1": 0.95,
        "list_answer_recall": 0.98,
        "list_answer_precision": 0.98,
        "abstentions_naming_what_is_stated": 0.98,
    },
    # round 32's pair, measured at 9f8a7ec then at the round's end: dev23 (tuned) 0.931 /
    # 0.903 / 0.881 / 0.968 / 0.931 -> 0.993 / 0.991 / 0.985 / 1.000 / 0.947; blind32
    # (sealed) 0.924 / 0.855 / 0.844 / 0.992 / 1.000 -> 0.930 / 0.871 / 0.857 / 0.992 / 1.000
    "answers_dev23": {
        "ask_hit@1": 0.98,
        "abstention_f1": 0.97,
        "followup_hit@1": 0.97,
        "list_answer_recall": 0.98,
        "list_answer_precision": 0.93,
        "abstentions_naming_what_is_stated": 0.98,
    },
    "blind_answers32": {
        "ask_hit@1": 0.92,
        "abstention_f1": 0.86,
        "followup_hit@1": 0.84,
        "list_answer_recall": 0.98,
        "list_answer_precision": 0.98,
        "abstentions_naming_what_is_stated": 0.98,
    },
    # round 31's pair, measured at 3de2775 then at the round's end: dev22 (tuned) 0.972 /
    # 0.889 / 0.968 / 0.989 / 0.971 -> 0.979 / 0.946 / 0.968 / 0.989 / 0.971; blind31
    # (sealed) 0.968 / 0.951 / 0.934 / 0.985 / 1.000 -> unchanged
    "answers_dev22": {
        "ask_hit@1": 0.96,
        "abstention_f1": 0.92,
        "followup_hit@1": 0.95,
        "list_answer_recall": 0.97,
        "list_answer_precision": 0.95,
        "abstentions_naming_what_is_stated": 0.98,
    },
    "blind_answers31": {
        "ask_hit@1": 0.95,
        "abstention_f1": 0.93,
        "followup_hit@1": 0.91,
        "list_answer_recall": 0.96,
        "list_answer_precision": 0.97,
        "abstentions_naming_what_is_stated": 0.98,
    },
    # round 30's pair, measured at 6a283e6 then at the round's end: dev21 (tuned) 0.936 /
    # 0.914 / 0.885 / 0.961 / 0.964 -> 0.971 / 0.983 / 0.942 / 0.961 / 0.964; blind30
    # (sealed) 0.962 / 0.918 / 0.952 / 0.938 / 0.946 -> 0.962 / 0.936 / 0.952 / 0.938 / 0.946
    "answers_dev21": {
        "ask_hit@1": 0.95,
        "abstention_f1": 0.96,
        "followup_hit@1": 0.92,
        "list_answer_recall": 0.94,
        "list_answer_precision": 0.94,
        "abstentions_naming_what_is_stated": 0.98,
    },
    "blind_answers30": {
        "ask_hit@1": 0.94,
        "abstention_f1": 0.91,
        "followup_hit@1": 0.93,
        "list_answer_recall": 0.91,
        "list_answer_precision": 0.92,
        "abstentions_naming_what_is_stated": 0.98,
    },
    # round 29's pair, measured at ee4cecd then at the round's end: dev20 (tuned) 0.944 /
    # 0.879 / 0.906 / 0.977 / 1.000 -> 0.979 / 0.957 / 0.943 / 0.977 / 1.000; blind29
    # (sealed) 0.949 / 0.894 / 0.918 / 0.921 / 0.963 -> 0.949 / 0.912 / 0.918 / 0.921 / 0.963
    "answers_dev20": {
        "ask_hit@1": 0.96,
        "abstention_f1": 0.93,
        "followup_hit@1": 0.92,
        "list_answer_recall": 0.96,
        "list_answer_precision": 0.98,
        "abstentions_naming_what_is_stated": 0.98,
    },
    "blind_answers29": {
        "ask_hit@1": 0.93,
        "abstention_f1": 0.89,
        "followup_hit@1": 0.90,
        "list_answer_recall": 0.90,
        "list_answer_precision": 0.94,
        "abstentions_naming_what_is_stated": 0.98,
    },
    "blind_answers28": {
        "ask_hit@1": 0.96,
        "abstention_f1": 0.92,
        "followup_hit@1": 0.94,
        "list_answer_recall": 0.97,
        "list_answer_precision": 0.95,
        "abstentions_naming_what_is_stated": 0.97,
    },
    "blind_answers27": {
        "ask_hit@1": 0.91,
        "abstention_f1": 0.83,
        "followup_hit@1": 0.88,
        "list_answer_recall": 0.89,
        "list_answer_precision": 0.92,
        "abstentions_naming_what_is_stated": 0.97,
    },
    "blind_answers26": {
        "ask_hit@1": 0.91,
        "abstention_f1": 0.86,
        "followup_hit@1": 0.89,
        "list_answer_recall": 0.92,
        "list_answer_precision": 0.95,
        "abstentions_naming_what_is_stated": 0.97,
    },
    "blind_answers25": {
        "ask_hit@1": 0.93,
        "abstention_f1": 0.89,
        "followup_hit@1": 0.88,
        "list_answer_recall": 0.92,
        "list_answer_precision": 0.95,
        "abstentions_naming_what_is_stated": 0.98,
    },
    "blind_answers24": {
        "ask_hit@1": 0.90,
        "abstention_f1": 0.86,
        "followup_hit@1": 0.85,
        "list_answer_recall": 0.86,
        "list_answer_precision": 0.88,
        "abstentions_naming_what_is_stated": 0.98,
    },
    "blind_answers16": {
        "ask_hit@1": 0.89,
        "abstention_f1": 0.79,
        "followup_hit@1": 0.90,
        "list_answer_recall": 0.91,
        "list_answer_precision": 0.93,
        "abstentions_naming_what_is_stated": 0.96,
    },
    "val_answers7": {
        "ask_hit@1": 0.93,
        "abstention_f1": 0.70,
        "followup_hit@1": 0.89,
        "list_answer_recall": 0.90,
        "list_answer_precision": 0.86,
        "abstentions_naming_what_is_stated": 1.0,
    },
    "blind_answers7": {
        "ask_hit@1": 0.93,
        "abstention_f1": 0.77,
        "followup_hit@1": 0.93,
        "list_answer_recall": 0.78,
        "abstentions_naming_what_is_stated": 1.0,
    },
    "blind_answers6": {
        "ask_hit@1": 0.94,
        "abstention_f1": 0.78,
        "followup_hit@1": 0.85,
        "list_answer_recall": 0.89,
        "abstentions_naming_what_is_stated": 1.0,
    },
    "blind_answers5": {
        "ask_hit@1": 0.94,
        "abstention_f1": 0.87,
        "followup_hit@1": 0.88,
        "list_answer_recall": 0.88,
        "abstentions_naming_what_is_stated": 1.0,
    },
    "blind_answers3": {
        "ask_hit@1": 0.91,
        "abstention_f1": 0.82,
        "followup_hit@1": 0.83,
        "list_answer_recall": 0.79,
        "abstentions_naming_what_is_stated": 1.0,
    },
    "blind_answers4": {
        "ask_hit@1": 0.91,
        "abstention_f1": 0.84,
        "followup_hit@1": 0.92,
        "list_answer_recall": 0.78,
        "abstentions_naming_what_is_stated": 1.0,
    },
    "blind_answers2": {
        "ask_hit@1": 0.94,
        "abstention_f1": 0.83,
        "followup_hit@1": 0.92,
        "list_answer_recall": 0.90,
        "abstentions_naming_what_is_stated": 1.0,
    },
}


@pytest.mark.parametrize("name", sorted(SET_FLOORS))
def test_question_set_floors(engine, name: str) -> None:  # type: ignore[no-untyped-def]
    questions = load_gold(ROOT / "eval" / f"{name}.jsonl", engine.corpus)
    figures = evaluate_answers(engine, questions, with_texts=not sealed(Path(name)))
    for metric, floor in SET_FLOORS[name].items():
        assert figures[metric] >= floor, f"{name} {metric} fell to {figures[metric]} ({floor})"


# Aggregates (counts, totals, bounds, rankings, comparisons) through `ask`: right = value and
# structures. The tuned sets' floors are their figures minus about two questions; the sealed
# set's floor guards against regressions only.
AGGREGATE_FLOORS = {
    "aggregates.jsonl": 0.95,
    "aggregates_more.jsonl": 0.95,
    "aggregates_third.jsonl": 0.95,
    "aggregates_paraphrases.jsonl": 0.95,
    "aggregates_blind.jsonl": 0.69,
}


@pytest.mark.parametrize(("name", "floor"), sorted(AGGREGATE_FLOORS.items()))
def test_aggregate_floors(engine, name: str, floor: float) -> None:  # type: ignore[no-untyped-def]
    from livret_qa.evaluation.aggregates import evaluate_aggregates, load_aggregates

    figures = evaluate_aggregates(engine, load_aggregates(ROOT / "eval" / name, engine.corpus))
    assert figures["accuracy"] >= floor, (
        f"{name}: {figures['right']}/{figures['n']} (floor {floor})"
    )


# Similar initiatives (project descriptions through `ask`): the dev set's floors are its figures
# minus about one description; the sealed set's (written before the code, run once at the end)
# guard against regressions only.
SIMILAR_FLOORS = {
    "similar.jsonl": {"hit@1": 0.95, "hit@3": 1.0, "facet_agreement": 0.84, "recognised": 1.0},
    "similar_blind.jsonl": {"hit@1": 0.87, "hit@3": 0.93, "facet_agreement": 0.84},
}


@pytest.mark.parametrize(("name", "floors"), sorted(SIMILAR_FLOORS.items()))
def test_similar_floors(engine, name: str, floors: dict[str, float]) -> None:  # type: ignore[no-untyped-def]
    from livret_qa.evaluation.similar_sets import evaluate_similar, load_similar

    figures = evaluate_similar(engine, load_similar(ROOT / "eval" / name, engine.corpus))
    assert figures["refused"] == 0, f"{name}: {figures['refused']} description(s) refused"
    for metric, floor in floors.items():
        assert figures[metric] >= floor, f"{name}: {metric} fell to {figures[metric]} ({floor})"


def test_paraphrases_keep_their_structures(engine) -> None:  # type: ignore[no-untyped-def]
    """A question, its English and its noisy paraphrase get the same structures (issue 10
    asks 0.9; measured 0.929 when this floor was set)."""
    from livret_qa.evaluation.paraphrases import load_paraphrases, paraphrase_agreement

    questions = load_gold(ROOT / "eval" / "questions.jsonl", engine.corpus)
    pairs = load_paraphrases(ROOT / "eval" / "paraphrases.jsonl")
    agreement = paraphrase_agreement(engine, questions, pairs)["paraphrase_agreement"]
    assert agreement >= 0.9, f"paraphrase agreement fell to {agreement}"
