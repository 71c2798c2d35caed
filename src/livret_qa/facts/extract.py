"""Every fact of a corpus, with which value stands for each fiche and measure.

The value that stands for a fiche (`primary`) comes from the most authoritative place
(a labelled field before a sentence), covers the whole structure (no scope), and exists
today (not 'en projet' or 'en construction'); among equals, the first the fiche states.
Values that disagree for the same year are all kept and flagged, never silently dropped."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from livret_qa.facts.fields import field_facts
from livret_qa.facts.figures import figure_facts
from livret_qa.facts.records import ORIGIN_RANK, Fact
from livret_qa.facts.sentences import creation_facts, measure_facts, start_facts
from livret_qa.facts.staff import field_range, staff_facts
from livret_qa.parsing.corpus import Corpus
from livret_qa.parsing.fiche import Fiche
from livret_qa.text import fold

NOT_YET = ("en projet", "en construction")
MULTI_VALUED = ("code_ape", "agrement", "label", "reseau", "contact", "autre")


def fiche_facts(fiche: Fiche, source: str) -> list[Fact]:
    facts = (
        field_facts(fiche, source)
        + figure_facts(fiche, source)
        + staff_facts(fiche, source)
        + measure_facts(fiche, source, skip=field_range(fiche, source))
        + creation_facts(fiche, source)
        + start_facts(fiche, source)
    )
    mark_primary(facts)
    return facts


def corpus_facts(corpus: Corpus) -> list[Fact]:
    out: list[Fact] = []
    for fiche in corpus.fiches:
        out += fiche_facts(fiche, corpus.sources[fiche.source])
    return out + labels_that_are_agrements(out)


def _plain(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", fold(text)).strip()


def labels_that_are_agrements(facts: list[Fact]) -> list[Fact]:
    """A fiche that writes its agrément under 'LABEL' ('LABEL : Atelier Chantier
    d'Insertion') holds it all the same: a label whose words are an agrément of some fiche
    of the corpus is recorded as an agrément too, with the same span."""
    agrements = {_plain(f.text) for f in facts if f.name == "agrement"}
    have = {(f.fiche_id, _plain(f.text)) for f in facts if f.name == "agrement"}
    out = []
    for fact in facts:
        key = _plain(fact.text)
        if fact.name == "label" and key in agrements and (fact.fiche_id, key) not in have:
            out.append(replace(fact, name="agrement", qualifiers=["sous « LABEL »"]))
    return out


def _standing(fact: Fact) -> tuple[int, int, int, int]:
    not_yet = any(q in NOT_YET for q in fact.qualifiers)
    return (int(not_yet), int(bool(fact.scope)), ORIGIN_RANK[fact.origin], fact.start)


def mark_primary(facts: list[Fact]) -> None:
    groups: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for fact in facts:
        groups[(fact.fiche_id, fact.name)].append(fact)
    for (_, name), group in groups.items():
        if name in MULTI_VALUED:
            for fact in group:
                fact.primary = True
            continue
        ranked = sorted(group, key=_standing)
        best = ranked[0]
        if any(q in NOT_YET for q in best.qualifiers) or (best.scope and len(ranked) > 1):
            best.primary = False
        else:
            best.primary = True
        differing = [
            f
            for f in ranked
            if f.year == best.year
            and f.number != best.number
            and not f.scope
            and not any(q in NOT_YET for q in f.qualifiers)
        ]
        if differing:
            for fact in [best, *differing]:
                fact.values_differ = True
