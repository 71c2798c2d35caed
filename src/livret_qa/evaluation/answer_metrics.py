"""Answer-level evaluation: abstention, citations, follow-ups and list answers, via `ask`."""

from __future__ import annotations

import statistics
import time
from typing import Any

from livret_qa.answering.compose import ask
from livret_qa.evaluation.gold import GoldQuestion
from livret_qa.evaluation.metrics import list_scores
from livret_qa.evaluation.stats import percentile
from livret_qa.retrieval.engine import Engine


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate_answers(engine: Engine, questions: list[GoldQuestion]) -> dict[str, Any]:
    tp = fp = fn = 0
    citations = good_citations = exact = 0
    followup_hits: list[float] = []
    list_recall: list[float] = []
    list_precision: list[float] = []
    latencies: list[float] = []
    errors: list[dict[str, str]] = []
    for q in questions:
        started = time.perf_counter()
        answer = ask(engine, q.question, q.history)
        latencies.append((time.perf_counter() - started) * 1000)
        unanswerable = not q.answerable
        if answer.abstained and unanswerable:
            tp += 1
        elif answer.abstained:
            fp += 1
            errors.append(
                {
                    "id": q.id,
                    "question": q.question,
                    "problem": f"false abstention ({answer.abstain_reason})",
                }
            )
        elif unanswerable:
            fn += 1
            names = ", ".join(s.name for s in answer.structures)
            errors.append(
                {
                    "id": q.id,
                    "question": q.question,
                    "problem": f"answered instead of abstaining ({names})",
                }
            )
        for c in answer.citations:
            citations += 1
            source = engine.corpus.sources[c.source]
            fiche = engine.corpus.fiche(c.fiche_id)
            inside = fiche.span.start <= c.start < c.end <= fiche.span.end
            exact += source[c.start : c.end] == source[c.start : c.end].strip() and inside
            if q.answerable and c.fiche_id in q.gold_fiches:
                good_citations += 1
        named = [s.fiche_id for s in answer.structures]
        if q.type == "followup" and q.answerable:
            followup_hits.append(float(bool(named) and named[0] in q.gold_fiches))
        if q.type == "list" and q.answerable:
            r, p = list_scores(q.gold_fiches, named)
            list_recall.append(r)
            list_precision.append(p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    answered_citations = sum(1 for q in questions if q.answerable)
    return {
        "abstention_precision": round(precision, 4),
        "abstention_recall": round(recall, 4),
        "abstention_f1": round(_f1(precision, recall), 4),
        "false_abstentions": fp,
        "missed_abstentions": fn,
        "citations": citations,
        "citations_in_gold_fiche": round(good_citations / citations, 4) if citations else 0.0,
        "citations_exact_and_inside_their_fiche": round(exact / citations, 4) if citations else 0,
        "followup_hit@1": round(statistics.fmean(followup_hits), 4) if followup_hits else 0.0,
        "list_answer_recall": round(statistics.fmean(list_recall), 4) if list_recall else 0.0,
        "list_answer_precision": round(statistics.fmean(list_precision), 4)
        if list_precision
        else 0.0,
        "ask_p50_ms": round(percentile(latencies, 50), 1),
        "ask_p95_ms": round(percentile(latencies, 95), 1),
        "answerable_questions": answered_citations,
        "errors": errors,
    }
