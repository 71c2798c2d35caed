"""The similar-initiatives sets: project descriptions (paraphrased, never naming the
structure) with the structures a founder should meet and the facets each shares with the
project. Checked through `ask`, as a founder gets the answer:

- hit@1: the first structure suggested is a gold one; hit@3: a gold one is among the first
  three; recognised: the description was planned as one; refused: no structure was given
  (an abstention or an error);
- facet agreement: for the first gold structure, the F1 of the facets the answer explains
  as in common against the expected ones (through the same ranking, whatever its rank);
- the same ranking with the wording alone (weight 1 on 'text', 0 elsewhere), the ranking
  livret-qa gave before facets, as a baseline measured in the same run.

A sealed set ('blind' in its file name) reports its figures only, never its descriptions or
their ids."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from livret_qa.answering.compose import ask
from livret_qa.answering.similarity import similar_to_description
from livret_qa.errors import GoldSetError, LivretError
from livret_qa.facet_words import FACETS
from livret_qa.parsing.corpus import Corpus
from livret_qa.retrieval.engine import Engine

WORDING_ONLY = {facet: 0.0 for facet in FACETS} | {"text": 1.0}


@dataclass
class SimilarQuestion:
    id: str
    lang: str
    description: str
    gold_fiches: list[str]
    expected_facets: dict[str, list[str]]


def load_similar(path: Path, corpus: Corpus) -> list[SimilarQuestion]:
    known = set(corpus.ids())
    out = []
    for n, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
            q = SimilarQuestion(
                id=str(data["id"]),
                lang=data["lang"],
                description=data["description"],
                gold_fiches=list(data["gold_fiches"]),
                expected_facets={k: list(v) for k, v in data["expected_facets"].items()},
            )
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
            raise GoldSetError(f"{path}:{n}: not a similar-initiatives question ({exc})") from exc
        unknown = [f for f in [*q.gold_fiches, *q.expected_facets] if f not in known]
        if unknown or not q.gold_fiches:
            raise GoldSetError(f"{path}:{n}: unknown or missing fiche id(s) {unknown}")
        facets = {f for fs in q.expected_facets.values() for f in fs}
        if facets - set(FACETS):
            raise GoldSetError(f"{path}:{n}: unknown facet(s) {sorted(facets - set(FACETS))}")
        out.append(q)
    return out


def facet_f1(got: set[str], expected: set[str]) -> float:
    if not got and not expected:
        return 1.0
    return 2 * len(got & expected) / (len(got) + len(expected))


def evaluate_similar(engine: Engine, questions: list[SimilarQuestion]) -> dict[str, Any]:
    rows = []
    for q in questions:
        try:
            answer = ask(engine, q.description)
            ids = [s.fiche_id for s in answer.structures]
            ranking = [r["fiche_id"] for r in (answer.similar or {}).get("ranking", [])] or ids
            refused = answer.abstained or not ids
            recognised = answer.intent == "similar"
        except LivretError:
            ids, ranking, refused, recognised = [], [], True, False
        full = similar_to_description(engine, q.description)
        gold = q.gold_fiches[0]
        mine = next(s for s in full.structures if s.fiche_id == gold)
        got = {f.facet for f in mine.in_common()}
        wording = similar_to_description(engine, q.description, weights=WORDING_ONLY)
        rows.append(
            {
                "id": q.id,
                "lang": q.lang,
                "hit@1": bool(ids) and ids[0] in q.gold_fiches,
                "hit@3": any(i in q.gold_fiches for i in ranking[:3]),
                "gold_rank": ranking.index(gold) + 1 if gold in ranking else None,
                "facet_f1": facet_f1(got, set(q.expected_facets[gold])),
                "recognised": recognised,
                "refused": refused,
                "wording_hit@1": wording.structures[0].fiche_id in q.gold_fiches,
                "wording_hit@3": any(s.fiche_id in q.gold_fiches for s in wording.structures[:3]),
            }
        )
    return summarise(rows)


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(rows)

    def mean(key: str, subset: list[dict[str, Any]] | None = None) -> float:
        subset = rows if subset is None else subset
        return sum(float(r[key]) for r in subset) / len(subset) if subset else 0.0

    by_lang = {}
    for lang in sorted({r["lang"] for r in rows}):
        subset = [r for r in rows if r["lang"] == lang]
        by_lang[lang] = {"n": len(subset), "hit@1": mean("hit@1", subset)}
    return {
        "n": n,
        "hit@1": mean("hit@1"),
        "hit@3": mean("hit@3"),
        "facet_agreement": mean("facet_f1"),
        "recognised": mean("recognised"),
        "refused": sum(bool(r["refused"]) for r in rows),
        "wording_only_hit@1": mean("wording_hit@1"),
        "wording_only_hit@3": mean("wording_hit@3"),
        "by_lang": by_lang,
        "misses": [{"id": r["id"], "gold_rank": r["gold_rank"]} for r in rows if not r["hit@1"]],
    }


def similar_sets(folder: Path) -> list[Path]:
    """similar*.jsonl beside the dev set, the sealed one ('blind' in its name) last."""
    found = sorted(Path(folder).glob("similar*.jsonl"))
    return [p for p in found if "blind" not in p.stem] + [p for p in found if "blind" in p.stem]


def run_similar_sets(engine: Engine, paths: list[Path]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for path in paths:
        figures = evaluate_similar(engine, load_similar(path, engine.corpus))
        sealed = "blind" in path.stem
        if sealed:
            figures["misses"] = []
        figures["sealed"] = sealed
        out[path.name] = figures
    tuned = [f for f in out.values() if not f["sealed"]]
    sealed_sets = [f for f in out.values() if f["sealed"]]
    if tuned and sealed_sets:
        out["gap"] = {
            metric: tuned[0][metric] - sealed_sets[0][metric]
            for metric in ("hit@1", "hit@3", "facet_agreement")
        }
    return out


def similar_section(sets: dict[str, Any]) -> list[str]:
    """The report's section: each set's figures, the wording-only baseline, the gap."""
    from livret_qa.evaluation.report import _table

    out = [
        "## Similar initiatives, facet by facet (project descriptions through `ask`)",
        "",
        "hit@1: the first structure suggested is a gold one; hit@3: a gold one among the first "
        "three; facet agreement: F1 of the facets explained as in common with the first gold "
        "structure against the expected ones; recognised: planned as a project description; "
        "refused: no structure given. *Wording only*: the same ranking with all the weight "
        "on the closeness of wording (how livret-qa ranked before facets). Sealed sets report "
        "figures only.",
        "",
    ]
    rows = []
    for name, f in sets.items():
        if name == "gap":
            continue
        langs = ", ".join(f"{k} {v['hit@1']:.2f} (n={v['n']})" for k, v in f["by_lang"].items())
        rows.append(
            [
                f"`{name}`" + (" (sealed)" if f["sealed"] else ""),
                f["n"],
                f["hit@1"],
                f["hit@3"],
                f["facet_agreement"],
                f["recognised"],
                f["refused"],
                f"{f['wording_only_hit@1']:.3f} / {f['wording_only_hit@3']:.3f}",
                langs,
            ]
        )
    out.append(
        _table(
            [
                "set",
                "n",
                "hit@1",
                "hit@3",
                "facet agreement",
                "recognised",
                "refused",
                "wording only hit@1 / hit@3",
                "hit@1 by language",
            ],
            rows,
        )
    )
    gap = sets.get("gap")
    if gap:
        out += [
            "",
            "Gap, dev minus sealed: "
            + ", ".join(f"{k} **{v:+.3f}**" for k, v in gap.items())
            + " (the size of the overfitting).",
        ]
    for name, f in sets.items():
        if name != "gap" and f.get("misses"):
            out.append(
                f"- first suggestion not gold in `{name}`: "
                + ", ".join(f"`{m['id']}` (gold at rank {m['gold_rank']})" for m in f["misses"])
            )
    out.append("")
    return out
