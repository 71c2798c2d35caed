"""The similar initiatives in the page (no browser): every structure card has its
'Initiatives similaires' button; a similar answer's cards show the facets in common as a small
table (the project's words, the structure's passage with the shared words marked, a link to
the passage in the sources panel), escaped, with no link but to #lq-cite-n."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.serving.ui.cards import render_cards
from livret_qa.serving.ui.similar import facets_table, similar_question

BIKES = (
    "On voudrait ouvrir une recyclerie de vélos dans un quartier prioritaire d'Amiens avec des "
    "salariés en insertion."
)


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(markup: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(markup)
    return parser.tags


def test_every_card_has_its_similar_button(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Quelles structures font de l'insertion ?")
    html = render_cards(answer, fake_engine.corpus.fiche)
    buttons = [a for t, a in tags_of(html) if t == "button"]
    assert len(buttons) == len(answer.structures)
    names = {s.name for s in answer.structures}
    assert {b["data-name"] for b in buttons} == names
    assert all(b["type"] == "button" and b["class"] == "lq-similar" for b in buttons)
    assert "<table" not in html  # no facets table outside a similar answer


def test_a_similar_answer_shows_the_facets_in_common(fake_engine: Engine) -> None:
    answer = ask(fake_engine, BIKES)
    html = render_cards(answer, fake_engine.corpus.fiche)
    assert html.count('<table class="lq-facets">') >= 1
    assert "En commun avec votre projet" in html and "<mark>" in html
    for tag, attrs in tags_of(html):
        assert not any(name.startswith("on") for name in attrs), attrs
        if tag == "a":
            assert re.fullmatch(r"#lq-cite-\d+", attrs["href"] or ""), attrs
            n = int((attrs["href"] or "").rsplit("-", 1)[1])
            assert 1 <= n <= len(answer.citations)
        assert tag != "script"
    # each row's link points at a citation of that structure
    for s in answer.structures:
        for f in s.facets:
            for c in f["common"]:
                if c["citation"]:
                    assert answer.citations[c["citation"] - 1].fiche_id == s.fiche_id


def test_the_table_of_similar_to_a_fiche_names_it(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Initiatives similaires à VESTALI")
    html = render_cards(answer, fake_engine.corpus.fiche)
    assert "En commun avec VESTALI" in html


def test_booklet_and_project_text_is_escaped() -> None:
    facet = {
        "facet": "sector",
        "label": "filière",
        "score": 1.0,
        "weight": 3.0,
        "contribution": 0.5,
        "common": [
            {
                "label": "textile <b>",
                "stated": "<script>alert(1)</script>",
                "text": "tissus",
                "quote": "Des <i>tissus</i> & des tissus",
                "citation": 2,
            }
        ],
        "missing": [],
        "theirs": [],
        "note": "",
    }
    html = facets_table([facet], "Différences : <x>")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>" not in html and "<i>" not in html and "&lt;x&gt;" in html
    assert 'href="#lq-cite-2"' in html


def test_the_button_asks_the_chat() -> None:
    class Event:
        value = " VESTALI "

    assert similar_question(Event()) == "Initiatives similaires à VESTALI"  # type: ignore[arg-type]
