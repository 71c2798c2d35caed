"""`livret-qa eval`: the engine and its baselines over a gold file, side by side, in one run."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from livret_qa.answering.compose import retrieve
from livret_qa.evaluation.gold import GoldQuestion, load_gold
from livret_qa.evaluation.metrics import SystemReport, run_system, score
from livret_qa.indexing.chunking import fixed_window_chunks
from livret_qa.retrieval.engine import Engine

ENGINE = "livret-qa"
BASELINES = ("bm25-only", "dense-only", "usual-recipe")


def naive_query(q: GoldQuestion) -> str:
    """What a system without conversation handling searches: the user's turns joined."""
    turns = [t["content"] for t in q.history if t.get("role") == "user"]
    return " ".join([*turns, q.question])


def evaluate(
    engine: Engine, questions: list[GoldQuestion], baselines: bool = True
) -> list[SystemReport]:
    systems = [(ENGINE, lambda q: retrieve(engine, q.question, q.history))]
    if baselines:
        windows = Engine.in_memory(
            engine.corpus,
            fixed_window_chunks(engine.corpus.fiches, engine.corpus.sources),
            engine.embedder,
        )
        systems += [
            ("bm25-only", lambda q: engine.search(naive_query(q), top_k=20, mode="lexical")),
            ("dense-only", lambda q: engine.search(naive_query(q), top_k=20, mode="dense")),
            ("usual-recipe", lambda q: windows.search(naive_query(q), top_k=20, mode="dense")),
        ]
    reports = []
    for name, search in systems:
        search(questions[0])  # warm the model up; then every system embeds its own queries
        engine.clear_cache()
        if baselines:
            windows.clear_cache()
        reports.append(score(run_system(name, search, questions), questions))
    return reports


def run_eval(
    engine: Engine,
    questions_path: Path,
    out: Path | None,
    baselines: bool = True,
    with_answers: bool = True,
    blind_path: Path | None = None,
    paraphrases_path: Path | None = None,
    answer_set_paths: list[Path] | None = None,
) -> dict[str, Any]:
    """Evaluate on the dev set (tuned on), and, when given, on the blind set (never tuned on:
    only its figures are reported, never its questions), on paraphrases of the dev set and on
    other question sets (`answer_set_paths`: their answer figures side by side)."""
    from livret_qa.evaluation.report import to_json, write_report

    questions = load_gold(questions_path, engine.corpus)
    started = time.perf_counter()
    reports = evaluate(engine, questions, baselines)
    answers: dict[str, Any] | None = None
    if with_answers:
        from livret_qa.evaluation.answer_metrics import evaluate_answers

        engine.clear_cache()
        answers = evaluate_answers(engine, questions)
    blind: dict[str, Any] | None = None
    if blind_path is not None:
        from livret_qa.evaluation.answer_metrics import gaps

        blind = run_blind(engine, blind_path)
        if answers is not None:
            blind["gaps"] = gaps(answers, blind["answers"])
    if paraphrases_path is not None and answers is not None:
        from livret_qa.evaluation.paraphrases import load_paraphrases, paraphrase_agreement

        answers["paraphrases"] = paraphrase_agreement(
            engine, questions, load_paraphrases(paraphrases_path)
        )
    if with_answers and answers is not None and answer_set_paths:
        from livret_qa.evaluation.answer_sets import run_answer_sets

        dev = answers | {"n": len(questions)}
        answers["answer_sets"] = run_answer_sets(engine, answer_set_paths, dev)
    aggregates: dict[str, Any] | None = None
    if with_answers:
        from livret_qa.evaluation.aggregates import aggregate_sets, run_aggregate_sets

        found = aggregate_sets(Path(questions_path).parent)
        aggregates = run_aggregate_sets(engine, found) if found else None
        if answers is not None and aggregates:
            answers["aggregates"] = aggregates
        from livret_qa.evaluation.similar_sets import run_similar_sets, similar_sets

        descriptions = similar_sets(Path(questions_path).parent)
        if answers is not None and descriptions:
            answers["similar"] = run_similar_sets(engine, descriptions)
    meta = {
        "questions": str(questions_path),
        "n_questions": len(questions),
        "blind": str(blind_path) if blind_path else None,
        "paraphrases": str(paraphrases_path) if paraphrases_path else None,
        "model": engine.embedder.model_id,
        # what embedded the queries (nano by default for the default model; the index: torch)
        "query_backend": engine.query_backend or "in memory",
        "chunks": len(engine.chunks),
        "seconds": round(time.perf_counter() - started, 1),
        "command": "make eval  (or: livret-qa eval --out eval)",
    }
    if out is not None:
        write_report(reports, questions, out, answers, meta, blind)
    return to_json(reports, answers, meta, blind)


def run_blind(engine: Engine, path: Path) -> dict[str, Any]:
    """The blind set's figures: retrieval and answers, no question text."""
    from livret_qa.evaluation.answer_metrics import evaluate_answers

    questions = load_gold(path, engine.corpus)
    retrieval = score(
        run_system(ENGINE, lambda q: retrieve(engine, q.question, q.history), questions), questions
    )
    figures = evaluate_answers(engine, questions, with_texts=False)
    errors = figures.pop("errors")
    by_problem: dict[str, int] = {}
    for row in errors:
        kind = row["problem"].split(" (")[0].split(" ")[0]
        by_problem[f"{row['type']}: {kind}"] = by_problem.get(f"{row['type']}: {kind}", 0) + 1
    return {
        "path": str(path),
        "n_questions": len(questions),
        "retrieval": retrieval.overall,
        "answers": figures,
        "errors_by_kind": dict(sorted(by_problem.items())),
    }
