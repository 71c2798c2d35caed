"""The 'CONTACT' block: address, postcode, town, département and contact persons."""

from __future__ import annotations

import re

from livret_qa.parsing.fiche import Contact, ContactPerson, Section
from livret_qa.text import EMAIL, clean_inline, fold, label_key

# French postcodes, sometimes written '62 200' or '80 000'.
_POSTCODE_TOWN = re.compile(r"^(\d{2})\s?(\d{3})\s+(.+)$")
_PHONE = re.compile(r"(?:\+33\s?|\b0)\d(?:[\s.]?\d{2}){2,4}\b")

# Départements of Hauts-de-France by code; other codes keep the name the booklet gives.
DEPARTEMENTS = {
    "02": "Aisne",
    "59": "Nord",
    "60": "Oise",
    "62": "Pas-de-Calais",
    "80": "Somme",
}


def departement_from_text(text: str) -> str | None:
    """'Pas de Calais', 'pas-de-calais (62)', 'Département : Nord' -> the département's code."""
    folded = re.sub(r"[^a-z0-9]+", " ", fold(text)).strip()
    for code, name in DEPARTEMENTS.items():
        name_key = re.sub(r"[^a-z0-9]+", " ", fold(name)).strip()
        if re.search(rf"\b{name_key}\b", folded) or re.search(rf"\({code}\)", text):
            return code
    return None


def _town_case(town: str) -> str:
    """'LIÉVIN' -> 'Liévin'; mixed-case names are kept as written."""
    return town.title() if town.isupper() else town


def _person(lines: list[str]) -> ContactPerson | None:
    person = ContactPerson(name="")
    for line in lines:
        text = clean_inline(line)
        folded = fold(text)
        emails = EMAIL.findall(line)
        if folded.startswith(("tel", "tél", "phone")) or (_PHONE.search(text) and not emails):
            person.phones += [p.strip() for p in _PHONE.findall(text)]
        elif emails or folded.startswith(("mail", "e-mail", "courriel")):
            for email in emails:
                if email not in person.emails:
                    person.emails.append(email)
        elif folded.startswith("fonction"):
            person.role = text.split(":", 1)[-1].strip()
        elif not person.name:
            name, _, role = text.partition(" - ")
            person.name, person.role = name.strip(), role.strip() or person.role
        elif not person.role:
            person.role = text
    return person if person.name or person.phones or person.emails else None


def parse_contact(section: Section | None) -> Contact:
    contact = Contact()
    if section is None:
        return contact
    for part in section.subparts:
        key = label_key(part.label)
        lines = [ln.strip() for ln in part.value.splitlines() if ln.strip()]
        if "ADRESSE" in key:
            _read_address(contact, lines)
        elif "CONTACT" in key or "PERSONNE" in key:
            person = _person(lines)
            if person:
                contact.persons.append(person)
    return contact


def _read_address(contact: Contact, lines: list[str]) -> None:
    seen_postcode = False
    for line in (clean_inline(ln) for ln in lines):
        match = _POSTCODE_TOWN.match(line)
        if match and not seen_postcode:
            seen_postcode = True
            contact.postcode = match.group(1) + match.group(2)
            contact.town = _town_case(match.group(3).strip(" ,"))
            code = match.group(1)
            contact.departement_code = code
            contact.departement = DEPARTEMENTS.get(code, "")
        elif seen_postcode:
            code = departement_from_text(line)
            if not contact.departement:
                name = line.split(":", 1)[-1]
                contact.departement = re.sub(r"\s*\(\d+\)\s*$", "", name).strip()
            if code and not contact.departement_code:
                contact.departement_code = code
        else:
            contact.address.append(line.rstrip(" ,"))
