"""The 'FICHE IDENTITÉ' block as structured fields, read from the section's labelled sub-parts."""

from __future__ import annotations

import re

from livret_qa.parsing.fiche import Identity, Section
from livret_qa.text import EMAIL, clean_inline, label_key

_URL = re.compile(r"(?:https?://|www\.)[^\s)\]>]+", re.IGNORECASE)
_APE = re.compile(r"\b(\d{2})\.?\s?(\d{2})\s?([A-Z])\b")


def _field(key: str) -> str | None:
    """Which Identity field a folded label feeds ('CODE PAE' is a known misspelling of APE)."""
    rules = [
        ("legal_name", ("NOM DE L ENTREPRISE",)),
        ("establishment_name", ("ETABLISSEMENT PORTANT",)),
        ("head_office", ("SIEGE",)),
        ("activity", ("ACTIVITE",)),
        ("legal_status", ("STATUT",)),
        ("siret", ("SIRET", "SIREN")),
        ("ape", ("CODE APE", "CODES APE", "CODE PAE", "CODE NAF", "APE")),
        ("agrements", ("AGREMENT",)),
        ("networks", ("RESEAU",)),
        ("website", ("SITE INTERNET", "SITE WEB")),
        ("label", ("LABEL",)),
    ]
    for name, needles in rules:
        if any(n in key for n in needles):
            return name
    return None


def _split_list(value: str, pattern: str = r"\s*[;,]\s*|\s+&\s+") -> list[str]:
    return [v for v in (p.strip(" .") for p in re.split(pattern, value)) if v]


def parse_identity(section: Section | None) -> Identity:
    identity = Identity()
    if section is None:
        return identity
    for part in section.subparts:
        raw_lines = [ln.strip() for ln in part.value.splitlines() if ln.strip()]
        value = clean_inline(" ".join(raw_lines))
        name = _field(label_key(part.label))
        if name == "website":
            url = _URL.search(part.value)
            identity.website = url.group(0).rstrip(".,;") if url else value
        elif name == "siret":
            identity.siret = re.sub(r"\D", "", value)
        elif name == "ape":
            identity.ape_raw = value
            identity.ape_codes = [f"{a}{b}{c}" for a, b, c in _APE.findall(value)]
        elif name == "agrements":
            identity.agrements = _split_list(value, r"\s*;\s*|\s+&\s+")
        elif name == "networks":
            # Continuation lines with an e-mail or a web address belong to the network's contact.
            names = [ln for ln in raw_lines if not (EMAIL.search(ln) or _URL.search(ln))]
            identity.networks = _split_list(clean_inline(" ".join(names)))
        elif name in {
            "legal_name",
            "activity",
            "legal_status",
            "label",
            "head_office",
            "establishment_name",
        }:
            setattr(identity, name, value)
        elif value:
            identity.other[part.label] = value
    return identity
