"""A founder's project description read into the same facets as the fiches: the tables of
`facet_words` (French and English), the départements, towns and areas it names, and the
figures it gives (staff, budget, volunteers, members, creation year). Pure: no model.

Only table values become facets, so no facet comes from a stop word or from a verb like
'ouvrir' or 'lancer'; the embedding side (`similarity.embedded_sector`) adds a sector only
when the tables find none, and says so.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from livret_qa import facet_words as fw
from livret_qa.answering.language import detect_language
from livret_qa.facts.facets import folded_with_offsets, match_places, match_words, place_label
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.retrieval.places import departements_in
from livret_qa.text import fold, parse_number

# What a description says its project does not do or have ('sans ouvrir de boutique pour
# l'instant', 'without opening a shop yet', 'pas de salariés', 'rather than a shop'): the words
# right after, up to four, state no facet (class: a founder's project told with a negation).
# Lacking the means to do it negates it too ("on n'a pas les moyens d'ouvrir un magasin", "we
# can't afford a shop", "not able to hire yet", "pas encore prêts à embaucher").
_NEGATED = re.compile(
    r"(?:\b(?:sans|without|pas de|pas d'|pas encore de|pas encore d'|plutôt que|plutot que|"
    r"rather than|instead of|not yet|no)\s+"
    r"|\bpas (?:encore )?(?:les moyens|le budget|l'argent|assez d'argent|prêts?|prets?|"
    r"en mesure)\s*(?:de\s|d'|d’|à\s|a\s|pour\s)"
    r"|(?:\bcan't|\bcannot|\bcan not|\bcan’t|\bcouldn't|\bnot able to|\bunable to)"
    r"(?:\s+(?:yet|afford|to|really))*\s+)"
    r"(?:[^\W\d_]+['’]?\s*){1,4}",
    re.IGNORECASE,
)
SET_FACETS = ("sector", "activity", "public", "model", "insertion", "partners", "kind")
_NUMBER = r"(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+(?:[.,]\d+)?)"
_WORD_NUMBERS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "dix": 10,
    "douze": 12,
    "quinze": 15,
    "vingt": 20,
    "trente": 30,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "seven": 7,
    "eight": 8,
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
}


@dataclass
class Stated:
    """A facet value a description states: its key and the words that state it."""

    facet: str
    value: str
    label: str
    text: str  # the description's words
    start: int
    end: int
    how: str = "lexicon"  # or 'embedding' (see similarity.embedded_sector)
    number: float | None = None
    share: float | None = None


@dataclass
class ProjectFacets:
    description: str
    lang: str
    stated: list[Stated] = field(default_factory=list)
    young: bool = False  # 'tout juste lancée', 'just started'
    small: bool = False  # 'petit budget', 'tiny', 'sans salarié'

    def values(self, facet: str) -> dict[str, Stated]:
        out: dict[str, Stated] = {}
        for s in self.stated:
            if s.facet == facet and s.value not in out:
                out[s.value] = s
        return out

    def facets(self) -> list[str]:
        return list(dict.fromkeys(s.facet for s in self.stated))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _label(facet: str, value: str, lang: str) -> str:
    if facet == "territory":
        label = place_label(value)
        if value.startswith("setting:"):
            return fw.word("setting", value.split(":", 1)[1]).label(lang)
        return label
    return fw.word(facet, value).label(lang)


def project_facets(description: str, lang: str | None = None) -> ProjectFacets:
    """The facets a description states, each with the words that state them; labels in
    `lang` (by default the description's language)."""
    text = " ".join(description.split())
    lang = lang or detect_language(text)
    out = ProjectFacets(text, lang)
    negated = [n.span() for n in _NEGATED.finditer(text)]
    for m in match_words(text):
        if any(start <= m.start < end for start, end in negated):
            continue  # 'sans ouvrir de boutique', 'without a shop yet': not what it does
        facet = "territory" if m.facet == "setting" else m.facet
        value = f"setting:{m.value}" if m.facet == "setting" else m.value
        label = _label(facet, value, lang)
        out.stated.append(Stated(facet, value, label, m.text, m.start, m.end, share=m.share))
    for m in match_places(text):
        out.stated.append(
            Stated("territory", m.value, _label("territory", m.value, lang), m.text, m.start, m.end)
        )
    for code in departements_in(text):
        if not any(s.value == f"dep:{code}" for s in out.stated):
            start, end = _where(text, DEPARTEMENTS[code], code)
            out.stated.append(
                Stated("territory", f"dep:{code}", DEPARTEMENTS[code], text[start:end], start, end)
            )
    out.stated += _figures(text, lang)
    folded = fold(text)
    out.young = bool(re.search(fw.YOUNG, folded))
    out.small = bool(re.search(fw.SMALL, folded) or re.search(fw.NO_STAFF, folded))
    return out


def _where(text: str, name: str, code: str) -> tuple[int, int]:
    folded, offsets = folded_with_offsets(text)
    words = r"[\s-]+".join(re.escape(w) for w in fold(name).split("-"))
    m = re.search(rf"{words}|\b{code}\b", folded)
    if m is None:
        return 0, 0
    return offsets[m.start()], offsets[m.end() - 1] + 1


def _number(raw: str) -> float | None:
    value = _WORD_NUMBERS.get(raw.lower())
    return float(value) if value is not None else parse_number(raw)


def _figures(text: str, lang: str) -> list[Stated]:
    """Staff, volunteers, members, budget and creation year stated with a number."""
    folded, offsets = folded_with_offsets(text)
    out: list[Stated] = []
    words = "|".join(_WORD_NUMBERS)
    for measure, unit in fw.SIZE_NUMBERS:
        if measure == "budget":
            continue
        pattern = rf"(?<![\w.,])({_NUMBER}|{words})\s+(?:\w+\s+){{0,2}}?(?:{unit})"
        for m in re.finditer(pattern, folded):
            number = _number(m.group(1))
            if number is None or (measure != "salaries" and number > 100_000):
                continue
            a, b = offsets[m.start()], offsets[m.end() - 1] + 1
            out.append(
                Stated("size", measure, size_label(measure, lang), text[a:b], a, b, number=number)
            )
            break
    budget = re.search(
        rf"(?:{fw.BUDGET_WORDS})[^.;]{{0,40}}?{_NUMBER}\s*(k|m|millions?|mille)?\s*"
        rf"(?:€|euros?|eur\b)|{_NUMBER}\s*(k|m|millions?|mille)?\s*(?:€|euros?)[^.;]{{0,30}}"
        rf"(?:{fw.BUDGET_WORDS})",
        folded,
    )
    if budget:
        raw = budget.group(1) or budget.group(3)
        scale = budget.group(2) or budget.group(4) or ""
        number = parse_number(raw or "")
        if number is not None:
            number *= {"k": 1e3, "mille": 1e3, "m": 1e6}.get(
                scale, 1e6 if "million" in scale else 1
            )
            a, b = offsets[budget.start()], offsets[budget.end() - 1] + 1
            out.append(
                Stated("size", "budget", size_label("budget", lang), text[a:b], a, b, number=number)
            )
    none = re.search(fw.NO_STAFF, folded)
    if none is not None:
        a, b = offsets[none.start()], offsets[none.end() - 1] + 1
        out.append(
            Stated("size", "salaries", size_label("salaries", lang), text[a:b], a, b, number=0)
        )
    created = re.search(fw.CREATED_IN, folded)
    if created:
        a, b = offsets[created.start()], offsets[created.end() - 1] + 1
        out.append(
            Stated(
                "size",
                "annee_creation",
                size_label("annee_creation", lang),
                text[a:b],
                a,
                b,
                number=float(created.group(1)),
            )
        )
    return out


SIZE_LABELS = {
    "annee_creation": ("année de création", "creation year"),
    "budget": ("budget", "budget"),
    "salaries": ("salariés", "staff"),
    "etp": ("équivalents temps plein", "full-time equivalents"),
    "benevoles": ("bénévoles", "volunteers"),
    "adherents": ("adhérents", "members"),
}


def size_label(measure: str, lang: str) -> str:
    fr, en = SIZE_LABELS[measure]
    return en if lang == "en" else fr
