"""Similar initiatives in the page: a small table per structure of the facets it shares with
the founder's project (the project's words, the structure's passage with the shared words
marked, a link to the passage in the sources panel), and the 'Initiatives similaires' button
of every structure card, which asks the chat for the structures closest to that one.

The button needs one line of script, run by Gradio when the cards box loads (`SIMILAR_JS`): a
click on a card's button sends the structure's name to the server as a `select` event; the
server writes the question into the box and asks it, as an example button does. Everything
from the booklet is escaped (safe.esc); the only links are #lq-cite-n anchors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import gradio as gr

from livret_qa.serving.ui.safe import esc

SHOWN_VALUES = 3
QUOTE_MAX = 110
BUTTON_LABEL = "Initiatives similaires"
QUESTION = "Initiatives similaires à {name}"

SIMILAR_JS = """
element.addEventListener('click', (event) => {
  const button = event.target.closest('button.lq-similar');
  if (button) { trigger('select', {index: 0, value: button.dataset.name}); }
});
"""

SIMILAR_CSS = """
.lq-card button.lq-similar { margin-left: auto; font-size: .78rem; padding: 2px 8px;
  border: 1px solid var(--border-color-primary); border-radius: 999px; cursor: pointer;
  background: var(--background-fill-secondary); color: var(--body-text-color); }
.lq-card button.lq-similar:hover, .lq-card button.lq-similar:focus-visible {
  border-color: #0891b2; outline: none; }
.lq-card .lq-facets { margin: 8px 0 2px; }
.lq-card .lq-facets caption { text-align: left; font-weight: 600; font-size: .82rem;
  padding-bottom: 3px; }
.lq-card table.lq-facets { width: 100%; border-collapse: collapse; font-size: .8rem;
  border: 0 !important; margin: 0 !important; table-layout: fixed; box-shadow: none; }
.lq-card table.lq-facets col.lq-c-facet { width: 22%; }
.lq-card table.lq-facets col.lq-c-values { width: 27%; }
.lq-card table.lq-facets col.lq-c-score { width: 11%; }
.lq-card table.lq-facets th, .lq-card table.lq-facets td { border: 0 !important;
  border-top: 1px solid var(--border-color-primary) !important; padding: 3px 4px !important;
  vertical-align: top; text-align: left; background: none !important; }
.lq-card table.lq-facets th { font-weight: 600; white-space: nowrap; }
.lq-card table.lq-facets td.lq-score { text-align: right; white-space: nowrap;
  font-variant-numeric: tabular-nums; color: var(--lq-muted); }
.lq-card table.lq-facets mark { background: #fef08a; color: inherit; padding: 0 1px; }
.lq-card .lq-diff { font-size: .8rem; color: var(--lq-muted); margin: 3px 0 0; }
"""


def similar_button(fiche_id: str, name: str) -> str:
    return (
        f'<button type="button" class="lq-similar" data-fiche="{esc(fiche_id)}" '
        f'data-name="{esc(name)}" title="{esc(QUESTION.format(name=name))}">'
        f"{BUTTON_LABEL}</button>"
    )


def similar_question(event: gr.SelectData) -> str:
    """The question a card's button asks ('Initiatives similaires à VESTALI')."""
    return QUESTION.format(name=str(event.value or "").strip())


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}".replace(".", ",")


def _marked(quote: str, words: str) -> str:
    """The passage, shortened around the shared words, those words marked."""
    at = quote.lower().find(words.lower()) if words else -1
    if at < 0:
        short = quote if len(quote) <= QUOTE_MAX else quote[:QUOTE_MAX].rstrip() + " …"
        return esc(short)
    start = max(0, at - QUOTE_MAX // 2)
    end = min(len(quote), at + len(words) + QUOTE_MAX // 2)
    if start:  # cut between words
        space = quote.find(" ", start, at)
        start = space + 1 if space >= 0 else start
    if end < len(quote):
        space = quote.rfind(" ", at + len(words), end)
        end = space if space >= 0 else end
    before = ("… " if start else "") + quote[start:at]
    after = quote[at + len(words) : end] + (" …" if end < len(quote) else "")
    return f"{esc(before)}<mark>{esc(quote[at : at + len(words)])}</mark>{esc(after)}"


def _row(facet: dict[str, Any]) -> str:
    common = facet["common"][:SHOWN_VALUES]
    labels = " ; ".join(dict.fromkeys(c["label"] for c in common))
    stated = " ; ".join(dict.fromkeys(c["stated"] for c in common if c.get("stated")))
    first = common[0]
    link = ""
    if first.get("citation"):
        n = int(first["citation"])
        link = f' <a class="lq-n lq-n-small" href="#lq-cite-{n}">{n}</a>'
    passage = _marked(" ".join(first["quote"].split()), " ".join(first["text"].split()))
    yours = f"<br><small>« {esc(stated)} »</small>" if stated else ""
    return (
        f'<tr><th scope="row">{esc(facet["label"])}</th>'
        f"<td>{esc(labels)}{yours}</td>"
        f"<td>{passage}{link}</td>"
        f'<td class="lq-score">{_score(facet["score"])}</td></tr>'
    )


def facets_table(
    facets: list[dict[str, Any]], differences: str = "", caption: str = "votre projet"
) -> str:
    """The facets a structure shares with the project (or with the fiche `caption` names),
    each with its passage; '' if none."""
    shared = [
        f for f in facets if f["facet"] != "text" and f["common"] and (f["score"] or 0.0) >= 0.5
    ]
    shared.sort(key=lambda f: -float(f["contribution"]))
    if not shared:
        return ""
    rows = "".join(_row(f) for f in shared)
    text = next((f for f in facets if f["facet"] == "text"), None)
    wording = (
        f'<tr><th scope="row">{esc(text["label"])}</th><td colspan="2"></td>'
        f'<td class="lq-score">{_score(text["score"])}</td></tr>'
        if text is not None and text["score"] is not None
        else ""
    )
    diff = f'<p class="lq-diff">{esc(differences)}</p>' if differences else ""
    return (
        f'<table class="lq-facets"><caption>En commun avec {esc(caption)}</caption>'
        '<colgroup><col class="lq-c-facet"><col class="lq-c-values"><col>'
        '<col class="lq-c-score"></colgroup>'
        "<thead><tr><th>Facette</th><th>Valeurs</th><th>Dans la fiche</th>"
        '<th class="lq-score">Score</th></tr></thead>'
        f"<tbody>{rows}{wording}</tbody></table>{diff}"
    )


def differences_of(facets: list[dict[str, Any]]) -> str:
    """'Différences : autre département (Aisne) ; budget 8× plus grand' from the facet data."""
    items = []
    for f in sorted(facets, key=lambda f: -float(f["weight"])):
        if f["facet"] == "text" or f["score"] is None:
            continue
        if f["note"]:
            items.append(f["note"])
        elif f["score"] < 0.2 and f["theirs"]:
            what = "département" if f["facet"] == "territory" else f["label"]
            items.append(f"autre {what} ({', '.join(f['theirs'])})")
    return f"Différences : {' ; '.join(items[:3])}" if items else ""


def similar_extra(answer: Any, structure: Any, fiche_of: Callable[[str], Any]) -> str:
    """The facets table of one structure of a similar answer ('' for any other answer);
    `fiche_of(fiche_id)` gives the reference fiche of 'similaires à X'."""
    facets = getattr(structure, "facets", None)
    if not facets:
        return ""
    reference = (getattr(answer, "similar", None) or {}).get("reference")
    caption = fiche_of(reference).name if reference else "votre projet"
    return facets_table(facets, differences_of(facets), caption)
