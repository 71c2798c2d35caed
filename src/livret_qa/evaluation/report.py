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
    reports: list[SystemReport], answers: dict[str, Any] | None, meta: dict[str, Any]
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


def markdown(
    reports: list[SystemReport],
    questions: list[GoldQuestion],
    answers: dict[str, Any] | None,
    meta: dict[str, Any],
) -> str:
    n_ans = sum(q.answerable for q in questions)
    out = [
        "# livret-qa — evaluation report",
        "",
        f"Gold set: `{meta['questions']}` — {len(questions)} questions, {n_ans} answerable. "
        f"Regenerate with `{meta['command']}`.",
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
    if answers:
        out += ["## Answers (`ask`)", ""]
        out.append(
            _table(
                ["metric", "value"],
                [[k, v] for k, v in answers.items() if not isinstance(v, (list, dict))],
            )
        )
        out.append("")
        for row in answers.get("errors", []):
            out.append(f"- `{row['id']}` {row['question']} — {row['problem']}")
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
) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(
        json.dumps(to_json(reports, answers, meta), indent=2, ensure_ascii=False),
        encoding="utf-8",
    )
    (out / "report.md").write_text(markdown(reports, questions, answers, meta), encoding="utf-8")
    write_trec(reports, questions, out)
    write_chart(reports, out / "report.png")
