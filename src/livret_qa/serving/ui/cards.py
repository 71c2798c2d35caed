"""The structure cards: one per structure of the answer, with its theme, place, activity,
status, website, contact and key figures, and the [n] of the passages that cite it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from livret_qa.serving.ui.safe import booklet_text, esc
from livret_qa.serving.ui.similar import similar_button, similar_extra

if TYPE_CHECKING:  # types only: rendering needs none of these modules at run time
    from livret_qa.answering.answers import Answer
    from livret_qa.parsing.fiche import ContactPerson, Fiche, KeyFigure

MAIN_FIGURES = ("budget", "members", "tonnage", "sites", "people_supported")
FIGURE_MAX = 220


def _label(text: str) -> str:
    text = " ".join(text.split()).strip(" :")
    return text[:1].upper() + text[1:].lower() if text.isupper() else text


def _short(text: str, limit: int = FIGURE_MAX) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit] + " …"


def unique_figures(figures: Iterable[KeyFigure]) -> list[KeyFigure]:
    """Key figures once each (the booklet parse may repeat a figure)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for f in figures:
        key = (f.label.strip().upper(), " ".join(f.value.split()))
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _figure_value(f: KeyFigure) -> str:
    year = f" ({f.year})" if f.year and str(f.year) not in f.value else ""
    return esc(booklet_text(_short(f.value)) + year)


def _figure_items(figures: list[KeyFigure]) -> str:
    """One line per label; a label given several values lists them under it."""
    groups: dict[str, list[KeyFigure]] = {}
    for f in figures:
        groups.setdefault(_label(f.label), []).append(f)
    items = []
    for label, group in groups.items():
        values = "<br>".join(_figure_value(f) for f in group)
        sep = "<br>" if len(group) > 1 else " "
        items.append(f'<li><span class="lq-fl">{esc(label)}</span>{sep}{values}</li>')
    return "".join(items)


def _dd(label: str, value: str) -> str:
    return f"<dt>{esc(label)}</dt><dd>{value}</dd>" if value else ""


def _contact_html(persons: list[ContactPerson]) -> str:
    rows = []
    for p in persons:
        who = esc(p.name)
        if p.role:
            who += f' <span class="lq-role">— {esc(p.role)}</span>'
        lines = [f'<div class="lq-person">{who}</div>']
        if p.phones:
            lines.append(f'<div class="lq-tel">Tél. {esc(" · ".join(p.phones))}</div>')
        if p.emails:
            lines.append(f'<div class="lq-mail">{esc(" · ".join(p.emails))}</div>')
        rows.append("".join(lines))
    return "".join(rows)


def theme_class(theme: str) -> str:
    folded = theme.lower()
    if "aliment" in folded:
        return "lq-food"
    if "emploi" in folded:
        return "lq-reuse"
    return "lq-other"


def render_card(fiche: Fiche, citations: Iterable[int] = (), extra: str = "") -> str:
    """One structure's card: theme, place, activity, status, website, contact, key figures,
    and `extra` (a similar initiative's facets table). The website is shown as text, not as a
    link. Its button asks for the initiatives similar to this one."""
    ident, contact = fiche.identity, fiche.contact
    where = ", ".join(b for b in (contact.town,) if b)
    if contact.departement:
        code = f" ({contact.departement_code})" if contact.departement_code else ""
        where = f"{where} · {contact.departement}{code}" if where else contact.departement + code
    marks = "".join(f'<span class="lq-n lq-n-small">{int(n)}</span>' for n in citations)
    figures = unique_figures(fiche.key_figures)
    main = [f for f in figures if f.kind in MAIN_FIGURES]
    other = [f for f in figures if f.kind not in MAIN_FIGURES]
    figures_html = ""
    if main:
        figures_html += f'<ul class="lq-figs">{_figure_items(main)}</ul>'
    if other:
        figures_html += (
            f'<details class="lq-more"><summary>Autres indicateurs ({len(other)})</summary>'
            f'<ul class="lq-figs">{_figure_items(other)}</ul></details>'
        )
    details = (
        _dd("Activité", esc(ident.activity))
        + _dd("Statut", esc(ident.legal_status))
        + _dd(
            "Site web", f'<span class="lq-url">{esc(ident.website)}</span>' if ident.website else ""
        )
        + _dd("Contact", _contact_html(contact.persons))
    )
    return (
        f'<article class="lq-card {theme_class(fiche.theme)}" data-fiche="{esc(fiche.id)}">'
        f"<header><h4>{esc(fiche.name)}</h4>{marks}{similar_button(fiche.id, fiche.name)}</header>"
        f'<div class="lq-meta"><span class="lq-badge">{esc(fiche.theme)}</span>'
        f'<span class="lq-where">{esc(where)}</span></div>'
        f"{extra}"
        f"<dl>{details}</dl>"
        f"{figures_html}"
        "</article>"
    )


CARDS_EMPTY = (
    '<div class="lq-panel lq-empty" id="lq-cards"><h3>Structures</h3>'
    "<p>Les fiches des structures citées (contact, statut, chiffres clés) "
    "apparaîtront ici.</p></div>"
)


def render_cards(answer: Answer | None, fiche_of: Callable[[str], Fiche]) -> str:
    """A card per structure of the answer; `fiche_of(fiche_id)` returns its Fiche."""
    structures = answer.structures if answer is not None else []
    if not structures:
        return CARDS_EMPTY
    cards = "".join(
        render_card(fiche_of(s.fiche_id), s.citations, similar_extra(answer, s, fiche_of))
        for s in structures
    )
    n = len(structures)
    title = f'Structures <span class="lq-count">{n}</span>' if n > 1 else "Structure"
    return f'<div class="lq-panel" id="lq-cards"><h3>{title}</h3>{cards}</div>'
