"""The booklet as records: a fiche (one structure) with its sections, identity card, contact and
key figures. Every piece keeps its exact place in the source so that citations point at it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class SectionKind(StrEnum):
    CHALLENGE = "challenge"
    IDENTITY = "identity"
    CONTACT = "contact"
    HISTORY = "history"
    ACTION = "action"
    CHARACTERISTICS = "characteristics"
    LEVERS = "levers"
    OBSTACLES = "obstacles"
    KEY_FIGURES = "key_figures"


SECTION_TITLES_FR: dict[SectionKind, str] = {
    SectionKind.CHALLENGE: "Défi",
    SectionKind.IDENTITY: "Fiche identité",
    SectionKind.CONTACT: "Contact",
    SectionKind.HISTORY: "Objet & historique",
    SectionKind.ACTION: "Zoom sur l'action",
    SectionKind.CHARACTERISTICS: "Caractéristiques de l'action",
    SectionKind.LEVERS: "Leviers activés",
    SectionKind.OBSTACLES: "Freins rencontrés",
    SectionKind.KEY_FIGURES: "Chiffres clés",
}


@dataclass(frozen=True)
class Span:
    """Where a piece of text stands: `source_text[start:end]`, lines 1-based and inclusive."""

    start: int
    end: int
    line_start: int
    line_end: int


@dataclass
class SubPart:
    """A labelled field inside a section ('MATIÈRES CONCERNÉES', 'BUDGET GLOBAL', …)."""

    label: str
    text: str
    span: Span
    path: list[str] = field(default_factory=list)
    value_offset: int = 0

    @property
    def value(self) -> str:
        """The field's content, without its label."""
        return self.text[self.value_offset :].strip()


@dataclass
class Section:
    kind: SectionKind
    heading: str
    text: str
    span: Span
    subparts: list[SubPart] = field(default_factory=list)


@dataclass
class KeyFigure:
    """One figure of 'CHIFFRES CLÉS': `number` is set when the text gives one."""

    kind: str
    label: str
    value: str
    number: float | None
    unit: str
    year: int | None
    span: Span


@dataclass
class ContactPerson:
    name: str
    role: str = ""
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)


@dataclass
class Contact:
    address: list[str] = field(default_factory=list)
    postcode: str = ""
    town: str = ""
    departement: str = ""
    departement_code: str = ""
    persons: list[ContactPerson] = field(default_factory=list)


@dataclass
class Identity:
    legal_name: str = ""
    activity: str = ""
    legal_status: str = ""
    siret: str = ""
    ape_codes: list[str] = field(default_factory=list)
    ape_raw: str = ""
    agrements: list[str] = field(default_factory=list)
    label: str = ""
    networks: list[str] = field(default_factory=list)
    head_office: str = ""
    establishment_name: str = ""
    website: str = ""
    other: dict[str, str] = field(default_factory=dict)


@dataclass
class Fiche:
    id: str
    name: str
    theme: str
    source: str
    challenge: str
    identity: Identity
    contact: Contact
    sections: list[Section]
    key_figures: list[KeyFigure]
    span: Span
    booklet: str = ""  # id of its booklet (`Booklet.id`): which of the loaded booklets states it

    def section(self, kind: SectionKind | str) -> Section | None:
        return next((s for s in self.sections if s.kind == kind), None)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> dict[str, str]:
        return {
            "id": self.id,
            "name": self.name,
            "booklet": self.booklet,
            "theme": self.theme,
            "town": self.contact.town,
            "departement": self.contact.departement,
            "departement_code": self.contact.departement_code,
        }
