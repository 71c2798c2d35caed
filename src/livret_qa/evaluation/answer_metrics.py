"""Answer-level evaluation, through `ask` as users meet it: the first structure of the answer
(fiche hit@1, per language and type), abstention, citations, follow-ups, list answers, two-part
questions, and whether every abstention says what the booklet does state instead."""

from __future__ import annotations

import statistics
import time
from collections import defaultdict
from typing import Any

from livret_qa.answering.answers import Answer
from livret_qa.answering.compose import ask
from livret_qa.evaluation.gold import GoldQuestion
from livret_qa.evaluation.metrics import list_scores
from livret_qa.evaluation.stats import percentile
from livret_qa.retrieval.engine import Engine

# An abstention "says what is there" when it cites the nearest stated fact, or when it tells
# that the booklet never mentions the topic (its refusal lists what the booklet presents).
TOPIC_ABSENT_MARKERS = ("Le livret ne le dit pas", "The booklet does not say")


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _mean(values: list[float]) -> float:
    return round(statistics.fmean(values), 4) if values else 0.0


def names_what_is_there(answer: Answer) -> bool:
    return bool(answer.citations) or answer.answer.startswith(TOPIC_ABSENT_MARKERS)


def evaluate_answers(
    engine: Engine, questions: list[GoldQuestion], with_texts: bool = True
) -> dict[str, Any]:
    """Figures of `ask` on a gold set. `with_texts=False` keeps question texts out of the
    result (a blind set stays sealed: only its figures are reported)."""
    tp = fp = fn = 0
    citations = good_citations = exact = 0
    hits: dict[str, list[float]] = defaultdict(list)
    followup_hits: list[float] = []
    list_recall: list[float] = []
    list_precision: list[float] = []
    parts_planned: list[float] = []
    parts_answered: list[float] = []
    abstentions_explained: list[float] = []
    latencies: list[float] = []
    errors: list[dict[str, str]] = []

    def error(q: GoldQuestion, problem: str) -> None:
        errors.append(
            {"id": q.id, "type": q.type, "problem": problem}
            | ({"question": q.question} if with_texts else {})
        )

    for q in questions:
        started = time.perf_counter()
        answer = ask(engine, q.question, q.history)
        latencies.append((time.perf_counter() - started) * 1000)
        if answer.abstained:
            abstentions_explained.append(float(names_what_is_there(answer)))
        if not q.answerable:
            if answer.abstained:
                tp += 1
            else:
                fn += 1
                names = ", ".join(s.name for s in answer.structures)
                error(q, f"answered instead of abstaining ({names})")
        elif answer.abstained:
            fp += 1
            error(q, f"false abstention ({answer.abstain_reason})")
        for c in answer.citations:
            citations += 1
            source = engine.corpus.sources[c.source]
            fiche = engine.corpus.fiche(c.fiche_id)
            inside = fiche.span.start <= c.start < c.end <= fiche.span.end
            exact += source[c.start : c.end] == source[c.start : c.end].strip() and inside
            if q.answerable and c.fiche_id in q.gold_fiches:
                good_citations += 1
        if not q.answerable:
            continue
        named = [] if answer.abstained else [s.fiche_id for s in answer.structures]
        hit = float(bool(named) and named[0] in q.gold_fiches)
        for key in ("all", f"lang:{q.lang}", f"type:{q.type}"):
            hits[key].append(hit)
        if not hit and not answer.abstained:
            error(q, f"first structure {named[0] if named else 'none'}")
        if q.type == "followup":
            followup_hits.append(hit)
        if q.type == "list":
            r, p = list_scores(q.gold_fiches, named)
            list_recall.append(r)
            list_precision.append(p)
        if q.parts > 1:
            parts_planned.append(float(len(answer.plan.get("parts", [])) >= q.parts))
        if len(q.part_fiches) > 1:
            # one plan part may serve several asked parts ("the budget of A and of B"): what
            # counts for the user is that each part's structure is answered
            parts_answered.append(float(all(set(f) & set(named) for f in q.part_fiches if f)))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "ask_hit@1": _mean(hits["all"]),
        "ask_hit@1_en": _mean(hits["lang:en"]),
        "ask_hit@1_fr": _mean(hits["lang:fr"]),
        "abstention_precision": round(precision, 4),
        "abstention_recall": round(recall, 4),
        "abstention_f1": round(_f1(precision, recall), 4),
        "false_abstentions": fp,
        "missed_abstentions": fn,
        "abstentions_naming_what_is_stated": _mean(abstentions_explained),
        "citations": citations,
        "citations_in_gold_fiche": round(good_citations / citations, 4) if citations else 0.0,
        "citations_exact_and_inside_their_fiche": round(exact / citations, 4) if citations else 0,
        "followup_hit@1": _mean(followup_hits),
        "list_answer_recall": _mean(list_recall),
        "list_answer_precision": _mean(list_precision),
        # None when the set has no two-part question
        "multipart_fully_planned": _mean(parts_planned) if parts_planned else None,
        "multipart_every_part_answered": _mean(parts_answered) if parts_answered else None,
        "ask_p50_ms": round(percentile(latencies, 50), 1),
        "ask_p95_ms": round(percentile(latencies, 95), 1),
        "answerable_questions": sum(1 for q in questions if q.answerable),
        "ask_hit@1_by_type": {
            key.split(":", 1)[1]: _mean(values)
            for key, values in sorted(hits.items())
            if key.startswith("type:")
        },
        "errors": errors,
    }


# The figures compared between the dev set (tuned on) and the blind set (never tuned on); a
# gap between them is overfitting, and the report names it.
GAP_METRICS = (
    "ask_hit@1",
    "ask_hit@1_en",
    "abstention_f1",
    "followup_hit@1",
    "list_answer_recall",
    "list_answer_precision",
)


def gaps(dev: dict[str, Any], blind: dict[str, Any]) -> dict[str, float]:
    """dev − blind for each compared figure: how much of the dev figure is fitted."""
    return {m: round(float(dev[m]) - float(blind[m]), 4) for m in GAP_METRICS}
