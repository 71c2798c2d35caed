"""The answer to a project description, to 'similar to this fiche' and to 'pourquoi pas X ?':
the closest structures, each with the facets it shares with the project (every value cited
from the structure's own text) and its main differences; or, for 'why not', where a structure
ranks and which facets keep it behind the first one."""

from __future__ import annotations

import math
from typing import Any

from livret_qa.answering.answers import StructureAnswer
from livret_qa.answering.evidence import citation_at
from livret_qa.answering.messages import say
from livret_qa.answering.similarity import (
    COMMON_SHOWN,
    FacetScore,
    SimilarResult,
    SimilarStructure,
    held,
    searchable,
)
from livret_qa.answering.wording import Wording
from livret_qa.retrieval.engine import Engine

FACETS_SHOWN = 4  # facets in common a line names (the table shows them all)
DIFFERENCES_SHOWN = 3
LOSSES_SHOWN = 3


def number(value: float, lang: str) -> str:
    text = f"{value:.2f}"
    return text if lang == "en" else text.replace(".", ",")


def _marks(numbers: list[int]) -> str:
    return "".join(f"[{n}]" for n in numbers)


def _place(s: SimilarStructure) -> str:
    bits = [b for b in (s.town, s.departement) if b]
    return f" ({', '.join(bits)})" if bits else ""


class SimilarWriter:
    """Writes the lines of a similar answer, numbering its citations through `words`."""

    def __init__(self, engine: Engine, words: Wording, lang: str, query: str = ""):
        self.engine = engine
        self.words = words
        self.lang = lang
        self.query = query  # what the wording was compared with (the description)

    def closest(self, s: SimilarStructure) -> tuple[str, list[int]]:
        """The structure's sentence closest to the project, cited: the evidence of a match
        that rests on wording alone."""
        if not self.query:
            return "", []
        scores = self.engine.sentence_scores(searchable(self.query))
        best, best_score = -1, -math.inf
        for j, sentence in enumerate(self.engine.sentences):
            if self.engine.chunks[sentence.chunk].fiche_id == s.fiche_id and scores[j] > best_score:
                best, best_score = j, float(scores[j])
        if best < 0:
            return "", []
        sentence = self.engine.sentences[best]
        chunk = self.engine.chunks[sentence.chunk]
        citation = citation_at(
            self.engine, 0, s.fiche_id, chunk.source, sentence.start, sentence.end
        )
        return citation.quote, [self.words.cite(citation)]

    def cite_facet(self, s: SimilarStructure, facet: FacetScore) -> list[int]:
        """The citation of a facet's first value in common: the passage that states it."""
        marks = []
        for common in facet.common[:1]:
            e = common.evidence
            citation = citation_at(self.engine, 0, s.fiche_id, e.source, e.start, e.end)
            marks.append(self.words.cite(citation))
        return marks

    def common_text(self, s: SimilarStructure) -> tuple[str, list[int]]:
        items, numbers = [], []
        for facet in sorted(s.explained(), key=lambda f: -f.contribution)[:FACETS_SHOWN]:
            marks = self.cite_facet(s, facet)
            numbers += marks
            values = " ; ".join(dict.fromkeys(c.label for c in facet.common[:COMMON_SHOWN]))
            items.append(
                say(
                    "similar_same",
                    self.lang,
                    facet=facet.label,
                    values=values,
                    marks=_marks(marks),
                ).strip()
            )
        if not items:
            quote, marks = self.closest(s)
            text = say("similar_only_text", self.lang)
            if quote:
                text += " " + say("similar_closest", self.lang, quote=quote, marks=_marks(marks))
            return text, marks
        return say("similar_common", self.lang, items=" ; ".join(items)), numbers

    def differences_text(self, s: SimilarStructure, reference: bool) -> str:
        items = []
        for facet in sorted(s.differences(), key=lambda f: -f.weight)[:DIFFERENCES_SHOWN]:
            if facet.note:
                items.append(facet.note)
            elif facet.theirs and facet.facet == "territory":
                values = ", ".join(facet.theirs)
                items.append(say("similar_other_departement", self.lang, values=values))
            elif facet.theirs:
                values = ", ".join(facet.theirs)
                items.append(say("similar_other", self.lang, facet=facet.label, values=values))
            elif facet.missing and not reference:
                values = ", ".join(facet.missing[:COMMON_SHOWN])
                items.append(say("similar_lacks", self.lang, values=values))
        if not items:
            return say("similar_no_difference", self.lang)
        return say("similar_differences", self.lang, items=" ; ".join(items))

    def structure(
        self, s: SimilarStructure, i: int, reference: bool
    ) -> tuple[str, StructureAnswer]:
        before = len(self.words.citations)
        common, _ = self.common_text(s)
        line = say(
            "similar_item",
            self.lang,
            i=i,
            name=s.name,
            place=_place(s),
            common=common,
            differences=self.differences_text(s, reference),
        )
        numbers = [c.n for c in self.words.citations[before:]]
        fiche = self.engine.corpus.fiche(s.fiche_id)
        shared = [c.label for f in s.explained() for c in f.common[:COMMON_SHOWN]]
        answer = StructureAnswer.of(
            fiche, common, numbers, s.score, shared, facets=facets_payload(s, self.words)
        )
        return line, answer

    def read_line(self, result: SimilarResult) -> str:
        """What the description was read as: the values per facet, in the project's words."""
        by_facet: dict[str, list[str]] = {}
        for stated in result.stated:
            if stated.facet == "size" or stated.value.startswith("town:"):
                continue
            labels = by_facet.setdefault(stated.facet, [])
            if stated.label not in labels:
                labels.append(stated.label)
        if not by_facet:
            return say("similar_read_nothing", self.lang)
        from livret_qa.answering.similarity import _label

        items = [
            f"{_label(facet, self.lang)} : {', '.join(labels[:4])}"
            if self.lang != "en"
            else f"{_label(facet, self.lang)}: {', '.join(labels[:4])}"
            for facet, labels in by_facet.items()
        ]
        return say("similar_read", self.lang, items=" ; ".join(items))

    def answer(self, result: SimilarResult) -> tuple[str, list[StructureAnswer]]:
        if result.reference is not None:
            name = self.engine.corpus.fiche(result.reference).name
            lines = [say("similar_head_fiche", self.lang, name=name)]
        else:
            lines = [say("similar_head", self.lang), self.read_line(result)]
        structures = []
        for i, s in enumerate(held(result.structures), start=1):
            line, answer = self.structure(s, i, result.reference is not None)
            lines.append(line)
            structures.append(answer)
        return "\n".join(lines), structures

    def why_not(self, result: SimilarResult, fiche_id: str) -> tuple[str, list[StructureAnswer]]:
        """Where `fiche_id` ranks, what it shares, and the facets that keep it behind."""
        ranked = result.structures
        target = next(s for s in ranked if s.fiche_id == fiche_id)
        top = ranked[0]
        _, structure = self.structure(target, 1, result.reference is not None)
        what = (
            f"**{self.engine.corpus.fiche(result.reference).name}**"
            if result.reference
            else say("why_not_project", self.lang)
        )
        lang = self.lang
        if target is top:
            lines = [
                say(
                    "why_not_first",
                    lang,
                    name=target.name,
                    what=what,
                    score=number(target.score, lang),
                )
            ]
        else:
            lines = [
                say(
                    "why_not",
                    lang,
                    name=target.name,
                    rank=target.rank if lang != "en" else _ordinal_en(target.rank),
                    n=len(ranked),
                    what=what,
                    score=number(target.score, lang),
                    top=top.name,
                    top_score=number(top.score, lang),
                )
            ]
        common, _ = self.common_text(target)
        if target.explained():
            lines.append(say("why_not_shares", lang, items=common.split(":", 1)[-1].strip()))
        else:
            line = say("why_not_shares_nothing", lang)
            quote, marks = self.closest(target)
            if quote:
                line += " " + say("similar_closest", lang, quote=quote, marks=_marks(marks))
            lines.append(line)
        if target is not top:
            losses = self._losses(target, top)
            if losses:
                lines.append(say("why_not_loses", lang, top=top.name, items=" ; ".join(losses)))
        structure.why = "\n".join(lines[1:])
        return "\n".join(lines), [structure]

    def _losses(self, target: SimilarStructure, top: SimilarStructure) -> list[str]:
        """The facets where the first structure gains most over this one, worded."""
        gaps = []
        for facet in target.facets:
            theirs = top.facet(facet.facet)
            if facet.score is None or theirs.score is None:
                continue
            gain = theirs.contribution - facet.contribution
            if gain > 0.01:
                gaps.append((gain, facet, theirs))
        gaps.sort(key=lambda g: -g[0])
        out = []
        for _, facet, theirs in gaps[:LOSSES_SHOWN]:
            detail = ""
            if facet.theirs:
                detail = f" ({', '.join(facet.theirs)})"
            elif facet.note:
                detail = f" ({facet.note})"
            elif facet.missing:
                detail = (
                    " ("
                    + say("similar_lacks", self.lang, values=", ".join(facet.missing[:3]))
                    + ")"
                )
            out.append(
                say(
                    "why_not_facet",
                    self.lang,
                    facet=facet.label,
                    score=number(facet.score or 0.0, self.lang),
                    top_score=number(theirs.score or 0.0, self.lang),
                    detail=detail,
                )
            )
        return out


def _ordinal_en(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def facets_payload(s: SimilarStructure, words: Wording | None = None) -> list[dict[str, Any]]:
    """Every facet of a structure's score, as data: score, weight, contribution, the values
    in common with their exact passages (and citation numbers when the answer cites them)."""
    cited = {}
    if words is not None:
        cited = {(c.source, c.start, c.end): c.n for c in words.citations}
    out = []
    for f in s.facets:
        out.append(
            {
                "facet": f.facet,
                "label": f.label,
                "score": None if f.score is None else round(f.score, 4),
                "weight": f.weight,
                "contribution": round(f.contribution, 4),
                "common": [
                    {
                        "value": c.value,
                        "label": c.label,
                        "stated": c.stated,
                        "text": c.evidence.text,
                        "quote": c.evidence.quote,
                        "source": c.evidence.source,
                        "start": c.evidence.start,
                        "end": c.evidence.end,
                        "match_start": c.evidence.match_start,
                        "match_end": c.evidence.match_end,
                        "line_start": c.evidence.line_start,
                        "line_end": c.evidence.line_end,
                        "citation": cited.get(
                            (c.evidence.source, c.evidence.start, c.evidence.end)
                        ),
                    }
                    for c in f.common
                ],
                "missing": list(f.missing),
                "theirs": list(f.theirs),
                "note": f.note,
            }
        )
    return out
