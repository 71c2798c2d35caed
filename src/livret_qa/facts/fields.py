"""Text facts of a fiche: theme, place, legal status, APE codes, agréments, networks and the
roles of its contacts, each located in the source so that a table cell can cite it."""

from __future__ import annotations

import re

from livret_qa.facts.records import Fact, Origin, locate
from livret_qa.parsing.fiche import Fiche, SectionKind


def find_value(source: str, value: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Where `value` is written between lo and hi: exactly, else ignoring case, else the line
    holding its first long word (the card's markdown may split or style it)."""
    if not value:
        return None
    at = source.find(value, lo, hi)
    if at < 0:
        at = source.lower().find(value.lower(), lo, hi)
    if at >= 0:
        return at, at + len(value)
    words = [w for w in re.findall(r"\w{4,}", value)]
    for word in words[:1]:
        hit = source.lower().find(word.lower(), lo, hi)
        if hit >= 0:
            line_start = source.rfind("\n", lo, hit) + 1
            line_end = source.find("\n", hit, hi)
            return line_start, line_end if line_end >= 0 else hi
    return None


def _text_fact(
    fiche: Fiche, source: str, name: str, value: str, origin: Origin, lo: int, hi: int
) -> Fact | None:
    found = find_value(source, value, lo, hi)
    if found is None:
        return None
    where = locate(source, *found)
    return Fact(
        fiche_id=fiche.id,
        name=name,
        text=value,
        origin=origin,
        source=fiche.source,
        start=where.start,
        end=where.end,
        line_start=where.line_start,
        line_end=where.line_end,
    )


def field_facts(fiche: Fiche, source: str) -> list[Fact]:
    facts: list[Fact | None] = []
    identity = fiche.section(SectionKind.IDENTITY)
    contact = fiche.section(SectionKind.CONTACT)
    if fiche.theme:
        heading = source.rfind(fiche.theme, 0, fiche.span.start)
        if heading >= 0:
            facts.append(
                _text_fact(
                    fiche, source, "theme", fiche.theme, "identite", heading, fiche.span.start
                )
            )
    if identity is not None:
        lo, hi = identity.span.start, identity.span.end
        card = fiche.identity
        facts.append(_text_fact(fiche, source, "statut", card.legal_status, "identite", lo, hi))
        facts.append(_text_fact(fiche, source, "activite", card.activity, "identite", lo, hi))
        for code in card.ape_codes:
            raw = _ape_written(card.ape_raw, code)
            fact = _text_fact(fiche, source, "code_ape", raw, "identite", lo, hi)
            if fact is not None:
                fact.text = code
            facts.append(fact)
        labels = [v.strip() for v in re.split(r"\s*[;,]\s*", card.label) if v.strip()]
        for name, values in (
            ("agrement", card.agrements),
            ("label", labels),
            ("reseau", card.networks),
        ):
            facts += [_text_fact(fiche, source, name, v, "identite", lo, hi) for v in values]
    if contact is not None:
        lo, hi = contact.span.start, contact.span.end
        card_of = fiche.contact
        facts.append(_text_fact(fiche, source, "ville", card_of.town, "contact", lo, hi))
        facts.append(
            _text_fact(fiche, source, "departement", card_of.departement, "contact", lo, hi)
        )
        for person in card_of.persons:
            fact = _text_fact(fiche, source, "contact", person.name, "contact", lo, hi)
            if fact is not None and person.role:
                fact.text = f"{person.name} — {person.role}"
                role = find_value(source, person.role, fact.start, hi)
                if role is not None:
                    where = locate(source, fact.start, role[1])
                    fact.end, fact.line_end = where.end, where.line_end
            facts.append(fact)
    return [f for f in facts if f is not None]


def _ape_written(raw: str, code: str) -> str:
    """How the card writes an APE code ('88.10C', '8810 C')."""
    pattern = r"\s?\.?\s?".join(re.escape(c) for c in (code[:2], code[2:4], code[4:]))
    match = re.search(pattern, raw)
    return match.group(0) if match else code
