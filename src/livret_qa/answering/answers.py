"""Answers, extractive by default: every qualifying structure once, the exact sentence that
says so, where it stands in the booklet, or a plain "le livret ne le dit pas"."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from livret_qa.answering import abstention
from livret_qa.answering.evidence import (
    Citation,
    Evidence,
    best_evidence,
    citation_for,
    figure_citation,
)
from livret_qa.answering.intent import KEY_FIGURE, LIST, PRECISE, SIMILAR, classify, figure_kinds
from livret_qa.answering.language import detect_language
from livret_qa.answering.resolution import retrieve
from livret_qa.errors import QueryError
from livret_qa.indexing.analyzer import analyze
from livret_qa.parsing.fiche import Fiche
from livret_qa.retrieval.engine import Engine, SearchResult, validate_query
from livret_qa.retrieval.filters import Filters
from livret_qa.retrieval.grouping import StructureHit
from livret_qa.text import fold

MAX_HISTORY_TURNS = 20
MAX_HISTORY_CHARS = 20_000
SIMILAR_COUNT = 3
CHALLENGE_SLACK = 0.03  # cosine a 'défi' may lose and still present a similar project
MAX_LISTED = 9


@dataclass
class StructureAnswer:
    fiche_id: str
    name: str
    theme: str
    town: str
    departement: str
    departement_code: str
    why: str  # the evidence, as plain text
    citations: list[int]
    confidence: float
    shared: list[str] = field(default_factory=list)  # for "projet similaire"


@dataclass
class Answer:
    question: str
    lang: str
    intent: str
    answer: str
    abstained: bool
    abstain_reason: str
    structures: list[StructureAnswer]
    citations: list[Citation]
    query: str
    followup: bool
    filters: dict[str, Any]
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def validate_history(history: list[dict[str, str]] | None) -> list[dict[str, str]]:
    history = history or []
    if len(history) > MAX_HISTORY_TURNS:
        raise QueryError(
            f"The history has {len(history)} turns; the limit is {MAX_HISTORY_TURNS}. "
            "Send only the last turns."
        )
    size = sum(len(t.get("content", "")) for t in history)
    if size > MAX_HISTORY_CHARS:
        raise QueryError(
            f"The history has {size} characters; the limit is {MAX_HISTORY_CHARS}. "
            "Send only the last turns."
        )
    for turn in history:
        if turn.get("role") not in ("user", "assistant"):
            raise QueryError(
                f"History roles must be 'user' or 'assistant', got {turn.get('role')!r}."
            )
    return history


def _fiche_text(engine: Engine, fiche: Fiche) -> str:
    return engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end]


class Composer:
    """Builds one Answer; holds the per-question state so each step stays small."""

    def __init__(
        self, engine: Engine, question: str, history: list[dict[str, str]], filters: Filters | None
    ):
        self.engine = engine
        self.question = validate_query(question)
        self.history = validate_history(history)
        self.resolved, self.result, self.applied = retrieve(
            engine, self.question, self.history, filters
        )
        self.lang = detect_language(self.question)
        self.intent = classify(self.question)
        if self.intent == LIST and self.engine.mentions.mentioned(self.question):
            self.intent = PRECISE  # "who runs La Remise Enjouée?" names its one structure
        self.citations: list[Citation] = []

    # -- which structures ---------------------------------------------------------------
    def targets(self) -> list[StructureHit]:
        structures = self.result.structures
        by_id = {s.fiche_id: s for s in structures}
        if self.resolved.focus and not self.resolved.soft:
            return [by_id[f] for f in self.resolved.focus if f in by_id]
        named = [f for f in self.engine.mentions.mentioned(self.question) if f in by_id]
        if named:
            return [by_id[f] for f in named]
        if self.intent == LIST:
            return self.result.qualifying[:MAX_LISTED]
        if self.intent == SIMILAR:
            return structures[:SIMILAR_COUNT]
        return structures[:1]

    # -- evidence -------------------------------------------------------------------------
    def _cite(self, citation: Citation) -> int:
        for existing in self.citations:
            if (existing.source, existing.start, existing.end) == (
                citation.source,
                citation.start,
                citation.end,
            ):
                return existing.n
        citation.n = len(self.citations) + 1
        self.citations.append(citation)
        return citation.n

    def _figure_evidence(self, fiche: Fiche) -> tuple[str, list[int]] | None:
        kinds = figure_kinds(self.question)
        figures = [f for f in fiche.key_figures if f.kind in kinds]
        if not figures:
            return None
        numbers: list[int] = []
        parts: list[str] = []
        for figure in figures:
            n = self._cite(figure_citation(self.engine, 0, fiche.id, figure))
            if n not in numbers:
                numbers.append(n)
                year = (
                    f" ({figure.year})"
                    if figure.year and str(figure.year) not in figure.value
                    else ""
                )
                parts.append(f"{figure.label.capitalize()} : {figure.value}{year}")
        return " ; ".join(parts), numbers

    def _quote(self, evidence: Evidence | None) -> tuple[str, list[int]] | None:
        if evidence is None:
            return None
        return evidence.sentence.text, [self._cite(citation_for(self.engine, 0, evidence))]

    def _attribute_evidence(
        self, structure: StructureHit, attrs: list[abstention.Attribute]
    ) -> tuple[str, list[int]] | None:
        """The closest sentence that states the attribute asked for ('jours d'ouverture')."""
        scores = self.engine.sentence_scores(self.resolved.query)
        best: Evidence | None = None
        for j, sentence in enumerate(self.engine.sentences):
            chunk = self.engine.chunks[sentence.chunk]
            if chunk.fiche_id != structure.fiche_id:
                continue
            states = all(a.stated.search(fold(sentence.text)) for a in attrs)
            if states and (best is None or scores[j] > best.score):
                best = Evidence(structure.fiche_id, sentence, chunk, float(scores[j]))
        return self._quote(best)

    def _sentence_evidence(self, structure: StructureHit) -> tuple[str, list[int]] | None:
        return self._quote(best_evidence(self.engine, self.resolved.query, self.result, structure))

    def _similar_evidence(self, structure: StructureHit) -> tuple[str, list[int]] | None:
        """A similar project is best presented by the structure's own 'défi' sentence, unless
        another of its sentences is clearly closer to the founder's description."""
        best = best_evidence(self.engine, self.resolved.query, self.result, structure)
        scores = self.engine.sentence_scores(self.resolved.query)
        for j, sentence in enumerate(self.engine.sentences):
            chunk = self.engine.chunks[sentence.chunk]
            if chunk.fiche_id == structure.fiche_id and chunk.section.value == "challenge":
                if best is None or scores[j] >= best.score - CHALLENGE_SLACK:
                    best = Evidence(structure.fiche_id, sentence, chunk, float(scores[j]))
                break
        return self._quote(best)

    def evidence_for(self, structure: StructureHit, fiche: Fiche) -> tuple[str, list[int]] | None:
        attrs = abstention.asked_attributes(self.question)
        if self.intent == SIMILAR:
            return self._similar_evidence(structure)
        if self.intent in (KEY_FIGURE,) or (self.resolved.followup and figure_kinds(self.question)):
            found = self._figure_evidence(fiche)
            if found:
                return found
        if attrs:
            found = self._attribute_evidence(structure, attrs)
            if found:
                return found
        return self._sentence_evidence(structure)

    # -- abstention -----------------------------------------------------------------------
    def abstain_reason(self, targets: list[StructureHit]) -> str:
        if not targets:
            return (
                "aucune structure ne correspond aux filtres"
                if self.lang == "fr"
                else "no structure matches the filters"
            )
        named_or_focused = self.resolved.focus or self.engine.mentions.mentioned(self.question)
        unknown_words = abstention.unknown_words(
            self.resolved.query, self.engine.lexical_vocabulary
        )
        # English words are unknown to a French booklet: only a French question, or one with
        # no word at all (markup, punctuation), abstains on this ground.
        if (
            not named_or_focused
            and unknown_words is not None
            and (self.lang == "fr" or not unknown_words)
        ):
            shown = ", ".join(f"« {w} »" for w in unknown_words[:4])
            if self.lang == "fr":
                return f"il ne mentionne pas {shown}" if shown else "la question n'a aucun mot"
            return f"it never mentions {shown}" if shown else "the question has no words"
        unknown = abstention.unknown_names(self.question, self.engine.lexical_vocabulary)
        if unknown:
            names = ", ".join(unknown)
            return (
                f"le livret ne mentionne pas {names}"
                if self.lang == "fr"
                else f"the booklet never mentions {names}"
            )
        if self.lang == "fr" and not named_or_focused:
            apart = abstention.missing_together(self.resolved.query, self.engine.mentions.vocab)
            if apart:
                shown = ", ".join(f"« {w} »" for w in apart)
                return f"aucune de ses structures ne réunit {shown} avec le reste de la question"
        fiches = [self.engine.corpus.fiche(t.fiche_id) for t in targets]
        texts = [_fiche_text(self.engine, f) for f in fiches]
        if self.intent != LIST:
            missing = [
                abstention.missing_attribute(self.question, f, t)
                for f, t in zip(fiches, texts, strict=True)
            ]
            if all(missing) and missing[0] is not None:
                label = missing[0].label_fr if self.lang == "fr" else missing[0].label_en
                who = ", ".join(f.name for f in fiches)
                return (
                    f"la fiche de {who} n'indique pas de {label}"
                    if self.lang == "fr"
                    else f"the fiche of {who} gives no {label}"
                )
            years = [abstention.missing_years(self.question, t) for t in texts]
            if all(years):
                return (
                    f"le livret ne donne pas d'information pour {', '.join(years[0])}"
                    if self.lang == "fr"
                    else f"the booklet gives nothing for {', '.join(years[0])}"
                )
        return ""

    # -- text -----------------------------------------------------------------------------
    def _shared_terms(self, fiche: Fiche) -> list[str]:
        """Words of the founder's description that this fiche shares and few others do."""
        vocabs = self.engine.mentions.vocab
        vocab = vocabs.get(fiche.id, set())
        common = max(2, len(vocabs) // 2)
        words: list[str] = []
        for word in re.findall(r"[^\W\d_]{4,}", self.question):
            tokens = analyze(word)
            if (
                tokens
                and all(t in vocab for t in tokens)
                and all(sum(t in v for v in vocabs.values()) <= common for t in tokens)
                and word.lower() not in words
            ):
                words.append(word.lower())
        return words[:6]

    def compose(self) -> Answer:
        targets = self.targets()
        reason = self.abstain_reason(targets)
        structures: list[StructureAnswer] = []
        if not reason:
            for target in targets:
                fiche = self.engine.corpus.fiche(target.fiche_id)
                found = self.evidence_for(target, fiche)
                if found is None:
                    continue
                why, numbers = found
                structures.append(
                    StructureAnswer(
                        fiche.id,
                        fiche.name,
                        fiche.theme,
                        fiche.contact.town,
                        fiche.contact.departement,
                        fiche.contact.departement_code,
                        why,
                        numbers,
                        target.confidence,
                        self._shared_terms(fiche) if self.intent == SIMILAR else [],
                    )
                )
            if not structures:
                reason = (
                    "le livret ne contient pas de passage qui réponde"
                    if self.lang == "fr"
                    else "no passage of the booklet answers this"
                )
        text = (
            render_abstention(self.engine, self.lang, reason)
            if reason
            else render(self.lang, self.intent, structures, len(targets) > 1)
        )
        return Answer(
            question=self.question,
            lang=self.lang,
            intent=self.intent,
            answer=text,
            abstained=bool(reason),
            abstain_reason=reason,
            structures=structures if not reason else [],
            citations=self.citations if not reason else [],
            query=self.resolved.query,
            followup=self.resolved.followup,
            filters={k: v for k, v in asdict(self.applied).items() if v},
        )


def ask(
    engine: Engine,
    question: str,
    history: list[dict[str, str]] | None = None,
    filters: Filters | None = None,
) -> Answer:
    """Answer a question in its conversation, extractively, with numbered citations."""
    return Composer(engine, question, history or [], filters).compose()


def _place(s: StructureAnswer) -> str:
    bits = [b for b in (s.town, s.departement) if b]
    return f" ({', '.join(bits)})" if bits else ""


def _marks(numbers: list[int]) -> str:
    return "".join(f"[{n}]" for n in numbers)


def render(lang: str, intent: str, structures: list[StructureAnswer], several: bool) -> str:
    fr = lang == "fr"
    if intent == SIMILAR:
        head = (
            "Les initiatives du livret les plus proches de votre projet :"
            if fr
            else "The booklet's initiatives closest to your project:"
        )
        lines = [head]
        for i, s in enumerate(structures, 1):
            shared = ""
            if s.shared:
                shared = (
                    f" En commun : {', '.join(s.shared)}."
                    if fr
                    else f" In common: {', '.join(s.shared)}."
                )
            lines.append(
                f"{i}. **{s.name}**{_place(s)} — « {s.why} » {_marks(s.citations)}{shared}"
            )
        return "\n".join(lines)
    if intent == LIST or several:
        n = len(structures)
        if fr:
            head = "Une structure correspond :" if n == 1 else f"{n} structures correspondent :"
        else:
            head = "One structure matches:" if n == 1 else f"{n} structures match:"
        lines = [head]
        lines += [
            f"{i}. **{s.name}**{_place(s)} — « {s.why} » {_marks(s.citations)}"
            for i, s in enumerate(structures, 1)
        ]
        return "\n".join(lines)
    s = structures[0]
    return f"**{s.name}**{_place(s)} : « {s.why} » {_marks(s.citations)}"


def render_abstention(engine: Engine, lang: str, reason: str) -> str:
    themes: dict[str, list[str]] = {}
    for fiche in engine.corpus.fiches:
        themes.setdefault(fiche.theme, []).append(fiche.name)
    covered = " ; ".join(f"{theme} : {', '.join(names)}" for theme, names in themes.items())
    if lang == "fr":
        return (
            f"Le livret ne le dit pas ({reason}). Il présente {len(engine.corpus.fiches)} "
            f"structures — {covered}."
        )
    return (
        f"The booklet does not say ({reason}). It presents {len(engine.corpus.fiches)} "
        f"structures — {covered}."
    )


__all__ = ["PRECISE", "Answer", "SearchResult", "StructureAnswer", "ask"]
