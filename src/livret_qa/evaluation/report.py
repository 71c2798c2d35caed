"""Evaluation outputs: report.md (tables and misses), report.json, TREC files, a PNG chart."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from livret_qa.evaluation.gold import GoldQuestion
from livret_qa.evaluation.metrics import SystemReport, misses, qrels_of, run_of

HEADLINE = [
    "hit@1",
    "hit@3",
    "mrr@10",
    "section_recall@5",
    "section_ndcg@10",
    "list_recall",
    "list_precision",
]


def _table(header: list[str], rows: list[list[Any]]) -> str:
    def fmt(v: Any) -> str:
        return f"{v:.3f}" if isinstance(v, float) else str(v)

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(fmt(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def headline_table(reports: list[SystemReport]) -> str:
    rows = [
        [
            r.name,
            *(r.overall.get(k, 0.0) for k in HEADLINE),
            r.latency["p50_ms"],
            r.latency["p95_ms"],
        ]
        for r in reports
    ]
    return _table(["system", *HEADLINE, "p50 ms", "p95 ms"], rows)


def to_json(
    reports: list[SystemReport],
    answers: dict[str, Any] | None,
    meta: dict[str, Any],
    blind: dict[str, Any] | None = None,
) -> dict[str, Any]:
    return {
        "meta": meta,
        "systems": {
            r.name: {
                "overall": r.overall,
                "by_type": r.by_type,
                "by_lang": r.by_lang,
                "latency": r.latency,
            }
            for r in reports
        },
        "answers": answers or {},
        "blind": blind or {},
    }


def write_trec(reports: list[SystemReport], questions: list[GoldQuestion], out: Path) -> None:
    runs = out / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    for level in ("fiche", "section"):
        with (runs / f"qrels-{level}.txt").open("w", encoding="utf-8") as fh:
            for qid, docs in qrels_of(questions, level).items():
                for doc, rel in docs.items():
                    fh.write(f"{qid} 0 {doc} {rel}\n")
        for r in reports:
            with (runs / f"{r.name}-{level}.trec").open("w", encoding="utf-8") as fh:
                for qid, ranked in run_of(r, level).items():
                    for rank, (doc, score) in enumerate(ranked.items(), start=1):
                        fh.write(f"{qid} Q0 {doc} {rank} {score:.6f} {r.name}\n")


def write_chart(reports: list[SystemReport], path: Path, metric: str = "hit@1") -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    types = sorted({t for r in reports for t in r.by_type})
    width = 0.8 / max(1, len(reports))
    fig, ax = plt.subplots(figsize=(10, 4.5))
    for n, r in enumerate(reports):
        values = [r.by_type.get(t, {}).get(metric, 0.0) for t in types]
        ax.bar([i + n * width for i in range(len(types))], values, width, label=r.name)
    ax.set_xticks([i + width * (len(reports) - 1) / 2 for i in range(len(types))], types)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel(metric)
    ax.set_title(f"Fiche {metric} per question type (dev set)")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=len(reports), fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def dev_and_blind(
    reports: list[SystemReport], answers: dict[str, Any], blind: dict[str, Any]
) -> list[str]:
    """Dev (tuned on) and blind (never tuned on) side by side; the gap is overfitting."""
    dev_retrieval = reports[0].overall
    rows: list[list[Any]] = [
        [
            f"retrieval {k}",
            dev_retrieval.get(k, 0.0),
            blind["retrieval"].get(k, 0.0),
            round(dev_retrieval.get(k, 0.0) - blind["retrieval"].get(k, 0.0), 4),
        ]
        for k in ("hit@1", "mrr@10", "list_recall", "list_precision")
    ]
    for k, v in blind["answers"].items():
        if isinstance(v, (int, float)) and isinstance(answers.get(k), (int, float)):
            if k.endswith("_ms") or k in ("citations", "answerable_questions"):
                continue  # timings and sizes are no quality figures
            label = k if k.startswith("ask") else f"ask {k}"
            rows.append([label, answers[k], v, round(float(answers[k]) - float(v), 4)])
    worst = max(blind.get("gaps", {}).items(), key=lambda kv: kv[1], default=("–", 0.0))
    out = [
        "## Dev and blind, side by side",
        "",
        f"The blind set (`{blind.get('path', 'eval/blind.jsonl')}`, {blind['n_questions']} "
        "questions) was written before the answer code changed and is never tuned on: only its "
        "figures are reported here, never its questions. **Overfitting** is the dev − blind gap; "
        f"the largest gap among {', '.join(blind.get('gaps', {}))} is **{worst[1]:+.3f}** "
        f"({worst[0]}).",
        "",
        _table(["figure", "dev", "blind", "gap (dev − blind)"], rows),
        "",
        "Blind errors by kind (counts): "
        + (", ".join(f"{k} ×{n}" for k, n in blind["errors_by_kind"].items()) or "none"),
        "",
    ]
    by_type = blind["answers"].get("ask_hit@1_by_type", {})
    if by_type:
        dev_by_type = answers.get("ask_hit@1_by_type", {})
        out += [
            _table(
                ["type", "dev ask hit@1", "blind ask hit@1"],
                [[t, dev_by_type.get(t, "–"), v] for t, v in by_type.items()],
            ),
            "",
        ]
    return out


def aggregate_section(sets: dict[str, Any]) -> list[str]:
    """Counts, totals, bounds, rankings and comparisons: right = value and structures."""
    out = [
        "## Aggregates (counts, totals, bounds, rankings, comparisons) through `ask`",
        "",
        "Right = the answer's value (within 0.5 %) and its structures (in order for a ranking or "
        "a comparison; every group's value for a breakdown). Sealed sets report figures only.",
        "",
    ]
    rows = []
    for name, f in sets.items():
        if name == "gap":
            continue
        ops = ", ".join(f"{op} {v['right']}/{v['n']}" for op, v in f["by_op"].items())
        langs = ", ".join(f"{k} {v['right']}/{v['n']}" for k, v in f["by_lang"].items())
        rows.append(
            [
                f"`{name}`" + (" (sealed)" if f["sealed"] else ""),
                f["n"],
                f["right"],
                f["accuracy"],
                f["planned"],
                ops,
                langs,
            ]
        )
    out.append(_table(["set", "n", "right", "accuracy", "planned", "by op", "by language"], rows))
    gap = sets.get("gap")
    if gap:
        out += [
            "",
            f"Tuned sets {gap['tuned_accuracy']:.3f} vs sealed {gap['sealed_accuracy']:.3f}: "
            f"gap **{gap['gap']:.3f}** (a defect while above 0.03).",
        ]
    for name, f in sets.items():
        if name != "gap" and f.get("wrong"):
            out.append(f"- wrong in `{name}`: " + ", ".join(f"`{i}`" for i in f["wrong"]))
    out.append("")
    return out


def paraphrase_section(para: dict[str, Any]) -> list[str]:
    return [
        "## Paraphrase robustness",
        "",
        f"Each of {para['paraphrased_questions']} dev questions asked three ways (as written, in "
        "English, typed in a hurry): the same structures for all three in "
        f"**{para['paraphrase_agreement']:.3f}** of them, the same first structure in "
        f"**{para['paraphrase_first_structure_agreement']:.3f}**. Differing: "
        + (", ".join(f"`{i}`" for i in para["differing"]) or "none")
        + ".",
        "",
    ]


def markdown(
    reports: list[SystemReport],
    questions: list[GoldQuestion],
    answers: dict[str, Any] | None,
    meta: dict[str, Any],
    blind: dict[str, Any] | None = None,
) -> str:
    n_ans = sum(q.answerable for q in questions)
    out = [
        "# livret-qa — evaluation report",
        "",
        f"Gold set: `{meta['questions']}` — {len(questions)} questions, {n_ans} answerable. "
        f"Regenerate with `{meta['command']}`. Model `{meta.get('model', '?')}`, queries "
        f"embedded by `{meta.get('query_backend', '?')}`.",
        "",
        "## Retrieval, all systems side by side",
        "",
        headline_table(reports),
        "",
        "hit@k, mrr@10: fiche level (structures ranked). section_recall@5, section_ndcg@10: "
        "(fiche, section) pairs of the gold evidence among the best passages. list_recall / "
        "list_precision: structures the system says qualify, on `list` questions.",
        "",
        "![hit@1 per question type](report.png)",
        "",
    ]
    for r in reports:
        out += [f"### {r.name} — per question type", ""]
        out.append(
            _table(
                ["type", "n", *HEADLINE],
                [
                    [t, int(m["n"]), *(m.get(k, 0.0) for k in HEADLINE)]
                    for t, m in r.by_type.items()
                ],
            )
        )
        out += ["", f"### {r.name} — per language", ""]
        out.append(
            _table(
                ["lang", "n", *HEADLINE],
                [
                    [t, int(m["n"]), *(m.get(k, 0.0) for k in HEADLINE)]
                    for t, m in r.by_lang.items()
                ],
            )
        )
        out.append("")
    if answers and blind:
        out += dev_and_blind(reports, answers, blind)
    if answers and answers.get("answer_sets"):
        from livret_qa.evaluation.answer_sets import answer_sets_section

        out += answer_sets_section(answers["answer_sets"])
    if answers and answers.get("paraphrases"):
        out += paraphrase_section(answers["paraphrases"])
    if answers and answers.get("aggregates"):
        out += aggregate_section(answers["aggregates"])
    if answers and answers.get("similar"):
        from livret_qa.evaluation.similar_sets import similar_section

        out += similar_section(answers["similar"])
    if answers:
        out += ["## Answers (`ask`) on the dev set", ""]
        out.append(
            _table(
                ["metric", "value"],
                [[k, v] for k, v in answers.items() if not isinstance(v, (list, dict))],
            )
        )
        out.append("")
        for row in answers.get("errors", []):
            out.append(f"- `{row['id']}` {row.get('question', '')} — {row['problem']}")
        out.append("")
    main = reports[0]
    out += [f"## Misses of `{main.name}`", ""]
    rows = misses(main, questions)
    if not rows:
        out.append("None.")
    for m in rows:
        miss = f"; missing from the list: {', '.join(m['missing'])}" if m["missing"] else ""
        out.append(
            f"- `{m['id']}` ({m['type']}) {m['question']} — gold {', '.join(m['gold'])}; "
            f"returned {', '.join(m['returned'])}{miss}"
        )
    return "\n".join(out) + "\n"


def write_report(
    reports: list[SystemReport],
    questions: list[GoldQuestion],
    out: Path,
    answers: dict[str, Any] | None,
    meta: dict[str, Any],
    blind: dict[str, Any] | None = None,
) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(
        json.dumps(to_json(reports, answers, meta, blind), indent=2, ensure_ascii=False),
        encoding="utf-8",
    )
    (out / "report.md").write_text(
        markdown(reports, questions, answers, meta, blind), encoding="utf-8"
    )
    write_trec(reports, questions, out)
    write_chart(reports, out / "report.png")
