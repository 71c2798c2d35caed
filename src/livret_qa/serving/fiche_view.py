"""Readable plain-text rendering of a fiche, for the terminal."""

from __future__ import annotations

from livret_qa.parsing.fiche import SECTION_TITLES_FR, Fiche


def _fmt_number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}".replace(",", " ") if value == int(value) else f"{value:g}"


def fiche_as_text(fiche: Fiche) -> str:
    ident, contact = fiche.identity, fiche.contact
    out = [f"{fiche.name}  [{fiche.id}]", f"Thème : {fiche.theme}", f"Défi : {fiche.challenge}", ""]
    fields = [
        ("Nom", ident.legal_name),
        ("Activité", ident.activity),
        ("Statut", ident.legal_status),
        ("SIRET", ident.siret),
        ("Code APE", ", ".join(ident.ape_codes) or ident.ape_raw),
        ("Agrément(s)", "; ".join(ident.agrements)),
        ("Label", ident.label),
        ("Réseaux", "; ".join(ident.networks)),
        ("Siège", ident.head_office),
        ("Site internet", ident.website),
        ("Adresse", ", ".join([*contact.address, f"{contact.postcode} {contact.town}".strip()])),
        ("Département", f"{contact.departement} ({contact.departement_code})"),
    ]
    out += [f"  {k:<14} {v}" for k, v in fields if v.strip(" ()")]
    for person in contact.persons:
        who = " – ".join(x for x in (person.name, person.role) if x)
        out.append(f"  {'Contact':<14} {who}")
        if person.phones:
            out.append(f"  {'':<14} tél. {' / '.join(person.phones)}")
        if person.emails:
            out.append(f"  {'':<14} {' ; '.join(person.emails)}")
    out += ["", "Sections :"]
    out += [
        f"  {SECTION_TITLES_FR[s.kind]:<30} lignes {s.span.line_start}-{s.span.line_end}"
        for s in fiche.sections
    ]
    if fiche.key_figures:
        out += ["", "Chiffres clés :"]
        for kf in fiche.key_figures:
            number = _fmt_number(kf.number)
            head = f"{number} {kf.unit}".strip() if number else kf.value
            out.append(f"  {kf.label:<38} {head}" + (f" ({kf.year})" if kf.year else ""))
    return "\n".join(out)
