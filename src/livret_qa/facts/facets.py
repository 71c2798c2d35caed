"""The facets of a fiche, each value with the sentence that states it: what it works on
(sector), what it does (activity), who it is for (public), where (territory), how it is paid
for (model), its integration status (insertion), its partners and networks, and its stage and
size. The same tables read a founder's description (`match_words`), so that a fiche and a
project meet on the same values.

Values come from the tables of `facet_words` matched in the fiche's own sentences, and from the
typed facts (département, town, agréments, networks, creation year, budget, staff…) with the
spans the facts store already holds. Every value keeps the exact span of the sentence (or
field) that states it and the span of the words matched inside it, so an explanation cites the
booklet: `source[start:end]` holds `source[match_start:match_end]`, which is the value's text.

A value stated where the fiche says what the structure is (its activity field, its défi, the
action's objective, the matters concerned) is *core*; others weigh by how often they recur.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from livret_qa import facet_words as fw
from livret_qa.facts.records import Fact, locate
from livret_qa.indexing.sentences import split_sentences
from livret_qa.parsing.fiche import Fiche, SectionKind
from livret_qa.text import clean_inline, fold

# Where a fiche says what the structure is, per facet: a value read there is core. The défi,
# the first sentence of the history (its 'objet') and the activity field are core for all.
CORE_LABELS: dict[str, re.Pattern[str]] = {
    "sector": re.compile(r"^(activite|objectif|matieres concernees|materiau initial)"),
    "activity": re.compile(r"^(activite|objectif|matieres concernees|materiau initial)"),
    "public": re.compile(r"^(activite|objectif|beneficiaires|usagers)"),
    "model": re.compile(r"^(la viabilite|nouveau modele)"),
    "insertion": re.compile(r"^(activite|objectif)"),
    "kind": re.compile(r"^(activite|objectif|matieres concernees|materiau initial)"),
}
PARTNER_LABELS = re.compile(r"partenaires|reseau", re.IGNORECASE)
SIZE_MEASURES = ("annee_creation", "budget", "salaries", "etp", "benevoles", "adherents")
# Facets read in a fiche's sentences, and whether its partner lists count for them.
TEXT_FACETS: dict[str, bool] = {
    "sector": False,
    "activity": False,
    "public": False,
    "model": True,
    "insertion": False,
    "partners": True,
    "setting": False,
    "kind": False,
}
RECURRENCE_SALIENCE = (0.4, 0.6, 0.8)  # a value read once, twice, three times or more


@dataclass
class Match:
    """A table value found in a text: its facet, key, and where (offsets in that text)."""

    facet: str
    value: str
    start: int
    end: int
    text: str
    share: float | None = None  # a share of resources, when a percentage precedes it


@dataclass
class FacetEvidence:
    """One value of one facet of a fiche, with the passage that states it."""

    facet: str
    value: str  # the key ('textile', 'dep:62', 'budget')
    label: str  # in French, as the tables name it ('textile et vêtements', 'Pas-de-Calais')
    text: str  # the words as the booklet writes them: source[match_start:match_end]
    fiche_id: str
    source: str
    start: int  # source[start:end]: the sentence or field that states it
    end: int
    line_start: int
    line_end: int
    match_start: int
    match_end: int
    core: bool = False
    number: float | None = None
    year: int | None = None
    share: float | None = None
    quote: str = ""  # the passage as plain text (source[start:end] without its markdown)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class FicheFacets:
    fiche_id: str
    values: dict[str, dict[str, list[FacetEvidence]]] = field(default_factory=dict)

    def add(self, evidence: FacetEvidence) -> None:
        self.values.setdefault(evidence.facet, {}).setdefault(evidence.value, []).append(evidence)

    def of(self, facet: str) -> dict[str, list[FacetEvidence]]:
        return self.values.get(facet, {})

    def salience(self, facet: str, value: str) -> float:
        """How much the fiche is about this value: 1 when core, else by recurrence."""
        found = self.of(facet).get(value, [])
        if not found:
            return 0.0
        if any(e.core for e in found):
            return 1.0
        return RECURRENCE_SALIENCE[min(len(found), len(RECURRENCE_SALIENCE)) - 1]

    def best(self, facet: str, value: str) -> FacetEvidence | None:
        """The passage to cite for a value: a core one first, else the first stated."""
        found = self.of(facet).get(value, [])
        return next((e for e in found if e.core), found[0] if found else None)


# -- matching ----------------------------------------------------------------------------------
def folded_with_offsets(text: str) -> tuple[str, list[int]]:
    """`fold(text)` (’ read as ') and, for each of its characters, the offset in `text` it
    comes from: folding may change lengths ('…' is three dots), spans must not move."""
    out: list[str] = []
    offsets: list[int] = []
    for i, char in enumerate(text):
        piece = fold(char.replace("’", "'"))
        out.append(piece)
        offsets.extend([i] * len(piece))
    return "".join(out), offsets


def _negated(folded: str, at: int) -> bool:
    """'sauf les vêtements', 'without opening a shop': the value is stated as not there."""
    clause_start = max(folded.rfind(c, 0, at) for c in ".;:!?\n") + 1
    return bool(re.search(fw.NEGATION, folded[clause_start:at]))


def match_words(text: str, facets: Iterable[str] = tuple(fw.TABLES)) -> list[Match]:
    """Every value of the given facet tables stated in `text` (offsets in `text`), negated
    mentions left out; a value a stronger one implies is added at the same place."""
    folded, offsets = folded_with_offsets(text)
    found: list[Match] = []
    for facet in facets:
        for entry in fw.TABLES[facet]:
            for m in fw.compiled(entry.pattern).finditer(folded):
                if _negated(folded, m.start()):
                    continue
                start, end = offsets[m.start()], offsets[m.end() - 1] + 1
                share = _share_before(folded, m.start()) if facet == "model" else None
                found.append(Match(facet, entry.name, start, end, text[start:end], share))
                for implied in entry.implies:
                    found.append(Match(facet, implied, start, end, text[start:end]))
    return found


def _share_before(folded: str, at: int) -> float | None:
    """'70 % de subventions', '30% d'activité économique': the percentage just before."""
    window = folded[max(0, at - 45) : at]
    shares = list(fw.MODEL_SHARE.finditer(window))
    if not shares:
        return None
    between = window[shares[-1].end() :]
    if re.search(r"[.;:]|\d", between):
        return None
    return float(shares[-1].group(1))


def match_places(text: str) -> list[Match]:
    """Areas and towns of the region named in `text` (facet 'territory': 'area:…', 'dep:…')."""
    folded, offsets = folded_with_offsets(text)
    found: list[Match] = []
    for pattern, (label, code) in fw.AREAS.items():
        for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w])", folded):
            start, end = offsets[m.start()], offsets[m.end() - 1] + 1
            found.append(Match("territory", f"area:{label}", start, end, text[start:end]))
            found.append(Match("territory", f"dep:{code}", start, end, text[start:end]))
    for town, code in fw.TOWNS.items():
        pattern = re.escape(town).replace(r"\-", "[- ]").replace(r"\ ", "[- ]")
        for m in re.finditer(rf"(?<![\w-])(?<!pas de )(?<!pas-de-){pattern}(?![\w-])", folded):
            start, end = offsets[m.start()], offsets[m.end() - 1] + 1
            found.append(Match("territory", f"town:{town_key(town)}", start, end, text[start:end]))
            found.append(Match("territory", f"dep:{code}", start, end, text[start:end]))
    return found


def town_key(town: str) -> str:
    """'Villeneuve-d'Ascq', 'VILLENEUVE D'ASCQ' -> "villeneuve d'ascq"."""
    return re.sub(r"[\s-]+", " ", fold(town.replace("’", "'"))).strip()


def facts_from_rows(rows: Iterable[dict[str, Any]]) -> list[Fact]:
    """Facts as the store returns them (SELECT * FROM facts) back into records."""
    return [
        Fact(
            fiche_id=r["fiche_id"],
            name=r["name"],
            text=r["text"],
            origin=r["origin"],
            source=r["source"],
            start=r["span_start"],
            end=r["span_end"],
            line_start=r["line_start"],
            line_end=r["line_end"],
            number=r["number"],
            unit=r["unit"] or "",
            year=r["year"],
            qualifiers=list(r["qualifiers"] or []),
            derived=r["derived"] or "",
            scope=r["scope"] or "",
            primary=bool(r["is_primary"]),
            values_differ=bool(r["values_differ"]),
        )
        for r in rows
    ]


def place_label(value: str) -> str:
    """'dep:62' -> 'Pas-de-Calais', 'town:amiens' -> 'Amiens', 'area:Thiérache' -> itself."""
    from livret_qa.parsing.contact_card import DEPARTEMENTS

    kind, _, key = value.partition(":")
    if kind == "dep":
        return DEPARTEMENTS.get(key, key)
    if kind == "town":
        return key.title().replace("D'", "d'")
    if kind == "setting":
        return fw.word("setting", key).fr
    return key


# -- a fiche's facets --------------------------------------------------------------------------
@dataclass
class _Region:
    start: int
    end: int
    labels: list[str]  # folded labels of the fields that hold it
    whole_core: bool  # the défi or the activity field: core for every facet
    partners: bool
    history: bool = False

    def core(self, facet: str, first_of_history: bool) -> bool:
        if self.whole_core or (self.history and first_of_history):
            return facet != "territory"
        pattern = CORE_LABELS.get(facet)
        return pattern is not None and any(pattern.match(label) for label in self.labels)


def _regions(fiche: Fiche, generic_challenge: bool) -> list[_Region]:
    """The fiche's text to read, cut where its labelled fields begin: the contact block apart
    (facts hold it), identity cards only by their activity field. A défi that another fiche
    states word for word (a defect of the booklet) says nothing of this one: not core."""
    regions: list[_Region] = []
    for section in fiche.sections:
        if section.kind == SectionKind.CONTACT:
            continue
        if section.kind == SectionKind.IDENTITY:
            for sub in section.subparts:
                if fold(sub.label).startswith("activite"):
                    regions.append(_Region(sub.span.start, sub.span.end, [], True, False))
            continue
        cuts = sorted({section.span.start, section.span.end} | _cuts(section))
        challenge = section.kind == SectionKind.CHALLENGE and not generic_challenge
        for a, b in itertools.pairwise(cuts):
            labels = [fold(lb) for lb in _labels_at(section, a)]
            partners = any(PARTNER_LABELS.search(lb) for lb in labels)
            history = section.kind == SectionKind.HISTORY and a == section.span.start
            regions.append(_Region(a, b, labels, challenge, partners, history))
    return regions


def _cuts(section: Any) -> set[int]:
    out: set[int] = set()
    for sub in section.subparts:
        out.add(sub.span.start)
        out.add(sub.span.end)
    return {c for c in out if section.span.start <= c <= section.span.end}


def _labels_at(section: Any, at: int) -> list[str]:
    """The labels of the fields that hold offset `at` (a field inside a field: both)."""
    labels: list[str] = []
    for sub in section.subparts:
        if sub.span.start <= at < sub.span.end:
            labels += [*sub.path, sub.label]
    return labels


def _evidence(
    fiche: Fiche,
    source: str,
    facet: str,
    value: str,
    label: str,
    sentence: tuple[int, int],
    match: tuple[int, int],
    core: bool = False,
    **extra: Any,
) -> FacetEvidence:
    where = locate(source, *sentence)
    return FacetEvidence(
        facet=facet,
        value=value,
        label=label,
        text=source[match[0] : match[1]],
        fiche_id=fiche.id,
        source=fiche.source,
        start=where.start,
        end=where.end,
        line_start=where.line_start,
        line_end=where.line_end,
        match_start=match[0],
        match_end=match[1],
        core=core,
        quote=clean_inline(" ".join(source[where.start : where.end].split())),
        **extra,
    )


def _table_label(facet: str, value: str) -> str:
    if facet == "territory":
        return place_label(value)
    return fw.word(facet, value).fr


def corpus_facets(
    fiches: Iterable[Fiche], sources: dict[str, str], facts: Iterable[Fact]
) -> dict[str, FicheFacets]:
    """The facets of every fiche of a corpus, by fiche id."""
    fiches = list(fiches)
    by_fiche: dict[str, list[Fact]] = {}
    for fact in facts:
        by_fiche.setdefault(fact.fiche_id, []).append(fact)
    challenges: dict[str, int] = {}
    for fiche in fiches:
        key = " ".join(fold(fiche.challenge).split())
        challenges[key] = challenges.get(key, 0) + 1
    return {
        fiche.id: fiche_facets(
            fiche,
            sources[fiche.source],
            by_fiche.get(fiche.id, []),
            generic_challenge=challenges.get(" ".join(fold(fiche.challenge).split()), 0) > 1,
        )
        for fiche in fiches
    }


def _name_spans(fiche: Fiche, text: str) -> list[tuple[int, int]]:
    """Where `text` writes the structure's own name: 'Le Panier de la Mer' is no basket. A
    fiche writes its name in shorter forms too (`name_pattern`): 'l'association « Le Panier
    des Dunes »' of 'Le Panier des Dunes 59', its network 'la fédération des Paniers des
    Dunes'; none of them is a thing the structure sells."""
    folded, offsets = folded_with_offsets(text)
    spans = []
    for name in {fiche.name, fiche.identity.legal_name} - {""}:
        for m in name_pattern(name).finditer(folded):
            spans.append((offsets[m.start()], offsets[m.end() - 1] + 1))
    return spans


_NAME_ARTICLE = re.compile(r"^(?:(?:le|la|les)\s+|l')")
_NAME_NUMBER = re.compile(r"\s+\d+$")  # a département's number ('62') or a year


def name_pattern(name: str) -> re.Pattern[str]:
    """The folded forms a fiche writes a structure's name in: whole, or, when its core has
    two words or more, without its article or the number closing it, each word singular or
    plural ('Le Panier des Dunes 59' → 'panier des dunes', 'paniers des dunes'). A one-word
    core ('La Ressourcerie') stays whole: alone, it is the kind the structure is."""
    key = fold(name.replace("’", "'")).strip()
    core = _NAME_NUMBER.sub("", _NAME_ARTICLE.sub("", key)).strip()
    words = core.split()
    forms = [re.escape(key)]
    if len(words) >= 2:
        singular = [w[:-1] if len(w) > 3 and w[-1] in "sx" else w for w in words]
        forms.append(r"\s+".join(rf"{re.escape(w)}[sx]?" for w in singular))
    return re.compile(rf"\b(?:{'|'.join(forms)})\b")


def fiche_facets(
    fiche: Fiche, source: str, facts: Iterable[Fact], generic_challenge: bool = False
) -> FicheFacets:
    """Every facet value of one fiche, each with its passage; `facts`: the fiche's typed facts
    (from the facts store), whose places, agréments, networks and figures are reused."""
    out = FicheFacets(fiche.id)
    for region in _regions(fiche, generic_challenge):
        text = source[region.start : region.end]
        for n, sentence in enumerate(split_sentences(text, region.start)):
            plain = source[sentence.start : sentence.end]
            names = _name_spans(fiche, plain)
            wanted = [f for f, in_lists in TEXT_FACETS.items() if in_lists or not region.partners]
            for m in match_words(plain, wanted):
                if any(a < m.end and m.start < b for a, b in names):
                    continue
                facet = "territory" if m.facet == "setting" else m.facet
                value = f"setting:{m.value}" if m.facet == "setting" else m.value
                at = (sentence.start + m.start, sentence.start + m.end)
                out.add(
                    _evidence(
                        fiche,
                        source,
                        facet,
                        value,
                        _table_label(facet, value),
                        (sentence.start, sentence.end),
                        at,
                        core=region.core(facet, n == 0),
                        share=m.share,
                    )
                )
            if not region.partners:
                for m in match_places(plain):
                    at = (sentence.start + m.start, sentence.start + m.end)
                    out.add(
                        _evidence(
                            fiche,
                            source,
                            "territory",
                            m.value,
                            place_label(m.value),
                            (sentence.start, sentence.end),
                            at,
                        )
                    )
    for fact in facts:
        _from_fact(out, fiche, source, fact)
    return out


def _from_fact(out: FicheFacets, fiche: Fiche, source: str, fact: Fact) -> None:
    """The facts' places, statuses, networks and figures as facet values (their own spans)."""
    span = (fact.start, fact.end)
    if fact.name == "departement" and fiche.contact.departement_code:
        code = fiche.contact.departement_code
        out.add(_evidence(fiche, source, "territory", f"dep:{code}", fact.text, span, span, True))
    elif fact.name == "ville":
        town = town_key(fact.text)
        out.add(_evidence(fiche, source, "territory", f"town:{town}", fact.text, span, span, True))
    elif fact.name in ("agrement", "label", "reseau"):
        facets = ("insertion", "partners") if fact.name != "reseau" else ("partners",)
        matches = [m for m in match_words(source[fact.start : fact.end], facets)]
        for m in matches:
            at = (fact.start + m.start, fact.start + m.end)
            out.add(
                _evidence(
                    fiche, source, m.facet, m.value, fw.word(m.facet, m.value).fr, span, at, True
                )
            )
        if fact.name == "reseau" and not any(m.facet == "partners" for m in matches):
            key = "reseau:" + re.sub(r"[^a-z0-9]+", " ", fold(fact.text)).strip()
            out.add(_evidence(fiche, source, "partners", key, fact.text, span, span, True))
    elif fact.name in SIZE_MEASURES and fact.primary and fact.number is not None:
        out.add(
            _evidence(
                fiche,
                source,
                "size",
                fact.name,
                fact.text,
                span,
                span,
                True,
                number=fact.number,
                year=fact.year,
            )
        )
