"""Facts stated in running text: a number with its noun ('30 bénévoles', '4 ha'), the year a
structure was created, and the start date of its action.

A creation sentence counts when it says the structure itself was created: it names the
structure or an 'association'/'structure' as subject ('En 2017, un collectif crée
l'association'); 'un deuxième site voit le jour en 2019' is not the structure's birth."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.facts.records import Fact, Origin, fact_at, locate
from livret_qa.facts.wording import NUMBER, in_scale, qualifiers_of
from livret_qa.indexing.sentences import Sentence, split_sentences
from livret_qa.parsing.fiche import Fiche, SectionKind
from livret_qa.text import fold, parse_number

_STAFF_FIELD = re.compile(r"effectif salarial", re.IGNORECASE)
_START_FIELD = re.compile(r"DATE DE D[ÉE]MARRAGE\s*:?\s*\**\s*:?[ \t]*(.+)")
_CREATED = re.compile(
    r"\b(sa|leur) creation\b|\b(est|a ete|sont|ont ete) (creee?s?|fondee?s?|nee?)\b|"
    r"\bcree(nt)?\b(?! d)|\bnait\b|\bdonnent naissance\b|\bvoit le jour\b|\bfonde(nt)?\b"
)
_SUBJECT = re.compile(r"\b(association|structure|entreprise|cooperative|scic|scop)\b")
_NAMED_BODY = re.compile(
    r"\b(?:l'|l’)(?:association|structure|entreprise)\s+((?:[«\"]\s*)?[A-Z][\w'’-]*"
    r"(?:\s+(?:d'|de |des |du )?[A-Z][\w'’-]*)*)"
)
_RANGE_BEFORE = re.compile(r"\b(de|entre)\s+\d+\s*(a|et)\s*$")


def _sentences(fiche: Fiche, source: str) -> list[tuple[SectionKind, Sentence]]:
    out: list[tuple[SectionKind, Sentence]] = []
    for section in fiche.sections:
        if section.kind in (SectionKind.KEY_FIGURES, SectionKind.IDENTITY, SectionKind.CONTACT):
            continue
        text = source[section.span.start : section.span.end]
        out += [(section.kind, s) for s in split_sentences(text, section.span.start)]
    return out


def _fact(fiche: Fiche, source: str, s: Sentence, origin: Origin, **values: object) -> Fact:
    return fact_at(
        fiche.id, fiche.source, locate(source, s.start, s.end), origin, {"text": s.text, **values}
    )


def _year_near(folded: str, at: int) -> int | None:
    years = [(abs(m.start() - at), int(m.group(1))) for m in lx.YEAR.finditer(folded)]
    return min(years)[1] if years else None


def measure_facts(fiche: Fiche, source: str, skip: tuple[int, int] = (0, 0)) -> list[Fact]:
    """'Les 30 salariés en insertion', 'avec ses 4 ha': numbers whose noun names a measure.
    `skip`: the span of the staff field, which has its own reader."""
    facts: list[Fact] = []
    for kind, sentence in _sentences(fiche, source):
        if skip[0] <= sentence.start < skip[1] or _STAFF_FIELD.search(sentence.text):
            continue
        folded = fold(sentence.text)
        origin: Origin = "historique" if kind == SectionKind.HISTORY else "texte"
        for name, noun in lx.SENTENCE_MEASURES:
            pattern = lx.compiled(rf"(?<![\d,.])({NUMBER})\s*(?:nouveaux |nouvelles )?({noun})")
            for match in pattern.finditer(folded):
                number = parse_number(match.group(1))
                if number is None or _RANGE_BEFORE.search(folded[: match.start()]):
                    continue
                if lx.YEAR.fullmatch(match.group(1).strip()):
                    continue
                unit_word = match.group(2).split()[0]
                scaled, unit = in_scale(number, unit_word)
                if name not in ("tonnage", "surface"):
                    unit = lx.MEASURE_UNITS.get(name, "")
                before = folded[: match.start()].rstrip()
                facts.append(
                    _fact(
                        fiche,
                        source,
                        sentence,
                        origin,
                        name=name,
                        number=scaled,
                        unit=unit,
                        year=_year_near(folded, match.start()),
                        qualifiers=qualifiers_of(folded),
                        # '4 ha dont 4600 m2 de serres': a part of the whole stated before it
                        scope="partie du chiffre précédent" if before.endswith("dont") else "",
                    )
                )
    return _one_per_number(facts)


def _one_per_number(facts: list[Fact]) -> list[Fact]:
    """'12 salariés en insertion' is an insertion figure, not also a headcount."""
    taken: set[tuple[int, float | None]] = set()
    out = []
    for fact in facts:
        key = (fact.start, fact.number)
        if key in taken:
            continue
        taken.add(key)
        out.append(fact)
    return out


def _other_entity(sentence: str, names: list[str]) -> str:
    """The organisation a creation sentence names when it is not this structure
    ('l'association Synapse Picardie est créée' in the fiche of Synapse 3i)."""
    match = _NAMED_BODY.search(sentence)
    if match is None:
        return ""
    named = match.group(1).strip(' "«»')
    words = set(re.findall(r"\w{2,}", fold(named)))
    return "" if all(n in words for n in names) else named


def creation_facts(fiche: Fiche, source: str) -> list[Fact]:
    """Years the history says the structure (or what it grew from) was created."""
    names = [w for w in re.findall(r"\w{2,}", fold(fiche.name)) if w not in lx.STOPWORDS]
    facts: list[Fact] = []
    for kind, sentence in _sentences(fiche, source):
        if kind != SectionKind.HISTORY:
            continue
        folded = fold(sentence.text)
        match = _CREATED.search(folded)
        if match is None:
            continue
        names_it = bool(names) and all(n in re.findall(r"\w{2,}", folded) for n in names)
        if not (names_it or _SUBJECT.search(folded)):
            continue
        other = "" if names_it else _other_entity(sentence.text, names)
        year = _year_near(folded, match.start())
        if year is None:
            continue
        fact = _fact(
            fiche,
            source,
            sentence,
            "historique",
            name="annee_creation",
            number=float(year),
            unit="année",
        )
        if other:
            fact.scope = f"création de {other}"
        facts.append(fact)
    if not facts:
        facts = _age_facts(fiche, source)
    return sorted(facts, key=lambda f: bool(f.scope))


_AGE = re.compile(r"\b(\d{1,3})\s+(?:annees|ans)\s+d.existence\b|\bexiste depuis (\d{1,3}) ans\b")


def _age_facts(fiche: Fiche, source: str) -> list[Fact]:
    """'durant ses 11 années d'existence': a creation year the fiche gives as an age, counted
    back from the year of its key figures (the present the fiche describes: 'budget
    prévisionnel 2021'), and flagged as derived. No dated key figure, no year."""
    years = [f.year for f in fiche.key_figures if f.year is not None]
    if not years:
        return []
    latest = max(years)
    for kind, sentence in _sentences(fiche, source):
        match = _AGE.search(fold(sentence.text))
        if match is None:
            continue
        age = int(match.group(1) or match.group(2))
        fact = _fact(
            fiche,
            source,
            sentence,
            "historique" if kind == SectionKind.HISTORY else "texte",
            name="annee_creation",
            number=float(latest - age),
            unit="année",
        )
        fact.derived = f"{latest} − {age} ({match.group(0)})"
        fact.qualifiers = [f"déduite de l'âge, chiffres clés de {latest}"]
        return [fact]
    return []


def start_facts(fiche: Fiche, source: str) -> list[Fact]:
    """The 'DATE DE DÉMARRAGE' of the action: its year, and its words as the booklet gives them."""
    text = source[fiche.span.start : fiche.span.end]
    match = _START_FIELD.search(text)
    if match is None:
        return []
    value = match.group(1).strip()
    year = lx.YEAR.search(value)
    start = fiche.span.start + match.start(1)
    where = locate(source, start, start + len(value))
    return [
        Fact(
            fiche_id=fiche.id,
            name="demarrage_action",
            text=value.strip("* "),
            origin="demarrage",
            source=fiche.source,
            start=where.start,
            end=where.end,
            line_start=where.line_start,
            line_end=where.line_end,
            number=float(year.group(1)) if year else None,
            unit="année" if year else "",
        )
    ]
