"""The chat UI's rendering helpers (fast, synthetic inputs) and the Blocks on the real engine
(slow): escaping, the quote highlighted in its passage, structure cards, the exchange logic."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt

from livret_qa.answering.answers import Answer, StructureAnswer
from livret_qa.answering.evidence import Citation
from livret_qa.errors import QueryError
from livret_qa.parsing.fiche import Contact, ContactPerson, Fiche, Identity, KeyFigure, Span
from livret_qa.serving.ui.cards import CARDS_EMPTY, render_card, render_cards
from livret_qa.serving.ui.chat import (
    MSG_EMPTY,
    MSG_FAILURE,
    PENDING,
    check_question,
    display_messages,
    engine_history,
    new_conversation,
    respond,
    stream_prefixes,
    to_filters,
)
from livret_qa.serving.ui.facts import FACTS_EMPTY, order_css, render_facts
from livret_qa.serving.ui.reader import link_answer
from livret_qa.serving.ui.safe import booklet_text, escape_markdown, safe_answer_markdown
from livret_qa.serving.ui.sources import (
    EXCERPT_MAX,
    SOURCES_EMPTY,
    SOURCES_PENDING,
    render_sources,
    source_view,
)
from livret_qa.serving.ui.welcome import welcome_html

XSS_USER = "<img src=x onerror=alert(1)>"
XSS_CORPUS = "Un texte <script>alert('x')</script> et <b onmouseover=alert(2)>gras</b>"
ALLOWED_TAGS = {
    "article", "header", "footer", "div", "span", "p", "h1", "h3", "h4", "strong", "mark",
    "details", "summary", "dl", "dt", "dd", "ul", "li", "br",
    "button",  # a card's 'Initiatives similaires' (type=button: no form, no handler attribute)
    "a",  # only to an anchor of the page ('#lq-…'): the passage in its fiche
}  # fmt: skip


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


def text_of(markup: str) -> str:
    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    parser = Text()
    parser.feed(markup)
    return "".join(parser.parts)


def assert_inert(markup: str) -> None:
    for tag, attrs in tags_of(markup):
        assert tag in ALLOWED_TAGS, f"unexpected <{tag}> in {markup!r}"
        assert not any(name.startswith("on") for name in attrs), attrs
        assert "src" not in attrs, attrs
        # the only links: to a passage inside the page (the sources panel, the fiche reader)
        assert tag == "a" or "href" not in attrs, attrs
        assert tag != "a" or str(attrs.get("href", "")).startswith("#lq-"), attrs


def markdown_html(text: str) -> str:
    """CommonMark with raw HTML on, as the chatbot's Markdown would let it through."""
    return MarkdownIt("commonmark", {"html": True}).render(text)


# --- synthetic booklet pieces --------------------------------------------------------------


def citation(
    passage: str, quote: str, n: int = 1, passage_start: int = 1000, **over: object
) -> Citation:
    at = passage.index(quote)
    fields: dict[str, object] = {
        "n": n,
        "fiche_id": "demo",
        "fiche_name": "La <Démo> & Cie",
        "section": "action",
        "section_title": "Zoom sur l'action",
        "heading_path": ["Zoom sur l'action", "Le <tri>"],
        "quote": quote,
        "source": "livret.md",
        "start": passage_start + at,
        "end": passage_start + at + len(quote),
        "line_start": 40,
        "line_end": 40,
        "passage": passage,
        "passage_start": passage_start,
        "passage_end": passage_start + len(passage),
    }
    fields.update(over)
    return Citation(**fields)  # type: ignore[arg-type]


SPAN = Span(0, 1, 1, 1)


def fiche(**over: object) -> Fiche:
    fields: dict[str, object] = {
        "id": "demo",
        "name": "La <Démo> & Cie",
        "theme": "Le réemploi",
        "source": "livret.md",
        "challenge": "",
        "identity": Identity(
            activity="Réemploi <script>alert(1)</script>",
            legal_status="association",
            website="https://exemple.org/<x>",
        ),
        "contact": Contact(
            town="Liévin",
            departement="Pas-de-Calais",
            departement_code="62",
            persons=[
                ContactPerson(
                    name="Alice Martin",
                    role="Directrice",
                    phones=["03 21 00 00 00"],
                    emails=["alice@exemple.org"],
                )
            ],
        ),
        "sections": [],
        "key_figures": [
            KeyFigure("budget", "BUDGET GLOBAL", "878 296 €", 878296.0, "€", 2019, SPAN),
            KeyFigure("members", "NB D'ADHÉRENTS", "3 228", 3228.0, "", None, SPAN),
            KeyFigure("other", "AUTRES INDICATEURS", "60 000 masques", None, "", None, SPAN),
            KeyFigure("other", "AUTRES INDICATEURS", "60 000 masques", None, "", None, SPAN),
        ],
        "span": SPAN,
    }
    fields.update(over)
    return Fiche(**fields)  # type: ignore[arg-type]


def answer(text: str, citations: list[Citation], **over: object) -> Answer:
    fields: dict[str, object] = {
        "question": "q",
        "lang": "fr",
        "intent": "list",
        "answer": text,
        "abstained": False,
        "abstain_reason": "",
        "structures": [
            StructureAnswer(
                "demo", "La Démo", "Le réemploi", "Liévin", "Pas-de-Calais", "62", "why", [1], 0.9
            )
        ],
        "citations": citations,
        "query": "q",
        "followup": False,
        "filters": {},
    }
    fields.update(over)
    return Answer(**fields)  # type: ignore[arg-type]


PASSAGE = (
    "### Le tri :\n\n"
    "Les objets sont collectés en déchetterie.\n\n"
    "L'association utilise le logiciel **CAP3C** pour la traçabilité. Elle trie ensuite.\n\n"
    "Voir [le site](https://exemple.org) pour <script>alert(1)</script> plus."
)
QUOTE = "L'association utilise le logiciel **CAP3C** pour la traçabilité."


# --- chat Markdown -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        XSS_USER,
        XSS_CORPUS,
        "[clic](https://evil.example) ![x](https://evil.example/x.png)",
        "<https://evil.example> https://evil.example www.evil.example moi@evil.example",
        "```mermaid\ngraph TD; A-->B\n```",
        "# Titre\n1. un\n- deux\n> cité\n| a | b |\n|---|---|",
        "**gras** _it_ `code` ~~barré~~ &lt; \\*",
    ],
)
def test_user_text_renders_as_typed_and_creates_no_element(text: str) -> None:
    rendered = markdown_html(escape_markdown(text))
    for tag, attrs in tags_of(rendered):
        assert tag in {"p", "br"}, f"<{tag}> created from {text!r}"
        assert not attrs
    assert " ".join(text_of(rendered).split()) == " ".join(text.split())


def test_answer_keeps_bold_names_and_lists_but_no_link_or_html() -> None:
    text = (
        "2 structures correspondent :\n"
        "1. **Synapse 3i** (Amiens, Somme) — « voir [ici](https://evil.example) "
        "<img src=x onerror=alert(1)> www.synapse3i.fr » [1]\n"
        "2. **Il était deux fois** (Campigneulles) — « <script>alert(1)</script> » [2]"
    )
    rendered = markdown_html(safe_answer_markdown(text))
    tags = [t for t, _ in tags_of(rendered)]
    assert tags.count("strong") == 2 and tags.count("li") == 2 and "ol" in tags
    assert not {"a", "img", "script"} & set(tags)
    visible = text_of(rendered)
    assert "<img src=x onerror=alert(1)>" in visible
    assert "<script>alert(1)</script>" in visible
    assert "[1]" in visible and "[2]" in visible
    assert "[ici](https://evil.example)" in visible


def test_unpaired_bold_marker_is_shown_not_interpreted() -> None:
    rendered = markdown_html(safe_answer_markdown("a ** b"))
    assert "<strong>" not in rendered and "a ** b" in text_of(rendered)


def test_stream_prefixes_grow_to_the_whole_answer_and_close_bold() -> None:
    text = (
        "**Synapse 3i** (Amiens, Somme) : « Afin d'améliorer la traçabilité des ordinateurs » [1]"
    )
    prefixes = list(stream_prefixes(text, 2))
    assert prefixes[-1] == text
    assert len(prefixes) > 3
    assert all(p.count("**") % 2 == 0 for p in prefixes)
    lengths = [len(p.replace("**", "")) for p in prefixes]
    assert lengths == sorted(lengths)


def test_answer_glues_guillemets_markers_and_colons_to_their_word() -> None:
    text = "**VESTALI** — budget : 878 296 € [1] — « BUDGET GLOBAL : 878 296 € »"
    visible = text_of(markdown_html(safe_answer_markdown(text)))
    assert "«\u00a0BUDGET" in visible and "€\u00a0»" in visible and "€\u00a0[1]" in visible
    assert "budget\u00a0:" in visible
    assert " ".join(visible.replace("\u00a0", " ").split()) == text.replace("**", "")


def test_booklet_units_and_addresses_show_as_characters() -> None:
    assert booklet_text("4600 m<sup>2</sup>, 800 m2, 1100 m3") == "4600 m², 800 m², 1100 m³"
    assert booklet_text("Cf <https://www.paniers-hdf.fr/site/>") == (
        "Cf https://www.paniers-hdf.fr/site/"
    )
    assert booklet_text("CAP3C, 2 037 760€, <img src=x>") == "CAP3C, 2 037 760€, <img src=x>"
    view = source_view(citation("Un atelier de 1.500m<sup>2</sup> <b>ici</b>.", "Un atelier"))
    assert "1.500m²" in view.excerpt_html and "&lt;b&gt;" in view.excerpt_html
    assert "<sup>" not in view.passage_html and "&lt;sup" not in view.passage_html


# --- sources panel -------------------------------------------------------------------------


def test_the_quote_is_highlighted_inside_its_passage() -> None:
    c = citation(PASSAGE, QUOTE)
    view = source_view(c)
    marked = view.excerpt_html.split("<mark>")[1].split("</mark>")[0]
    assert text_of(marked) == "L'association utilise le logiciel CAP3C pour la traçabilité."
    assert "<strong>CAP3C</strong>" in marked
    # the context: the rest of its paragraph, not the other paragraphs
    assert "Elle trie ensuite." in view.excerpt_html
    assert "déchetterie" not in view.excerpt_html
    assert view.trimmed and view.excerpt_html.startswith("… ")
    # the whole passage also has the mark, and its heading as text
    assert view.passage_html.count("<mark>") == 1
    assert "Le tri :" in text_of(view.passage_html) and "###" not in view.passage_html
    assert view.place == "livret.md, ligne 40"


def test_excerpt_keeps_the_heading_just_above_a_key_figure() -> None:
    passage = "## CHIFFRES CLÉS :\n\n### BUDGET GLOBAL :\n\n**878 296 €** (2019)\n\n### NB :\n\n12"
    view = source_view(citation(passage, "**878 296 €** (2019)"))
    assert text_of(view.excerpt_html).startswith("… BUDGET GLOBAL :\n878 296 € (2019)")
    assert "CHIFFRES" not in view.excerpt_html


def test_quote_found_by_text_when_offsets_do_not_fit() -> None:
    c = citation(PASSAGE, QUOTE, start=5, end=10)  # offsets before the passage
    view = source_view(c)
    assert text_of(view.excerpt_html.split("<mark>")[1].split("</mark>")[0]).startswith(
        "L'association"
    )


def test_a_long_paragraph_is_cut_around_the_quote_on_word_boundaries() -> None:
    before = " ".join(["avant"] * 300)
    after = " ".join(["après"] * 300)
    passage = f"{before} La phrase citée ici. {after}"
    view = source_view(citation(passage, "La phrase citée ici."))
    text = text_of(view.excerpt_html)
    assert len(text) < EXCERPT_MAX
    assert text.startswith("… avant ") and text.endswith(" après …")


def test_sources_panel_escapes_corpus_text_and_links() -> None:
    c = citation(PASSAGE, QUOTE, fiche_name="<script>alert(1)</script>")
    panel = render_sources(answer("x", [c]), {"62": "Pas-de-Calais"})
    assert_inert(panel)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in panel
    assert "<script" not in panel
    assert "le site" in text_of(panel) and "https://exemple.org" not in panel
    assert 'id="lq-cite-1"' in panel and "Zoom sur l'action" in text_of(panel)
    assert "livret.md, ligne 40" in panel


def test_sources_panel_states_filters_and_abstention() -> None:
    filtered = answer("x", [citation(PASSAGE, QUOTE)], filters={"theme": "Le réemploi"})
    filtered.filters["departement"] = "62"
    panel = render_sources(filtered, {"62": "Pas-de-Calais"})
    assert "Filtres appliqués : Le réemploi · Pas-de-Calais (62)" in text_of(panel)
    abstained = answer("Le livret ne le dit pas.", [], abstained=True, structures=[])
    assert "le livret ne répond pas" in render_sources(abstained)
    assert render_sources(None) == SOURCES_EMPTY


# --- structure cards -----------------------------------------------------------------------


def test_card_shows_identity_contact_and_figures_escaped() -> None:
    card = render_card(fiche(), [1, 3])
    assert_inert(card)
    text = text_of(card)
    for expected in (
        "La <Démo> & Cie",
        "Le réemploi",
        "Liévin · Pas-de-Calais (62)",
        "Réemploi <script>alert(1)</script>",
        "association",
        "https://exemple.org/<x>",
        "Alice Martin — Directrice",
        "03 21 00 00 00",
        "alice@exemple.org",
        "Budget global 878 296 € (2019)",
        "Nb d'adhérents 3 228",
    ):
        assert expected in text, expected
    assert text.count("60 000 masques") == 1  # a repeated figure once
    assert "<details" in card  # other indicators folded
    assert 'class="lq-card lq-reuse"' in card


def test_card_lists_several_values_of_one_label_under_it() -> None:
    figures = [
        KeyFigure("tonnage", "TONNAGES CONCERNÉS", "150 000 tonnes", None, "", None, SPAN),
        KeyFigure("tonnage", "TONNAGES CONCERNÉS", "1500 ordinateurs", None, "", None, SPAN),
    ]
    card = render_card(fiche(key_figures=figures))
    assert card.count("Tonnages concernés") == 1
    assert "Tonnages concernés</span><br>150 000 tonnes<br>1500 ordinateurs" in card


def test_card_without_contact_or_figures_has_no_empty_rows() -> None:
    bare = fiche(
        identity=Identity(), contact=Contact(), key_figures=[], theme="L'alimentation durable"
    )
    card = render_card(bare)
    assert "<dt>" not in card and "lq-figs" not in card and "lq-food" in card


def test_cards_panel_one_card_per_structure() -> None:
    panel = render_cards(answer("x", []), lambda fid: fiche(id=fid))
    assert panel.count('class="lq-card') == 1
    assert render_cards(None, fiche) == CARDS_EMPTY


def test_welcome_says_what_the_booklet_covers() -> None:
    text = text_of(welcome_html({"L'alimentation durable": 4, "Le réemploi": 5}))
    assert "9 initiatives" in text
    assert "4 en alimentation durable et 5 dans le réemploi" in text
    assert "Hauts-de-France" in text


# --- the figures of an aggregate answer ------------------------------------------------------

FACTS_TAGS = ALLOWED_TAGS | {
    "section", "figure", "figcaption", "ol", "table", "caption", "thead", "tbody", "tr", "th",
    "td", "label", "input", "a",
}  # fmt: skip


def fact_row(
    fiche_id: str, structure: str, number: float | None, citation: int | None, **over: object
) -> dict[str, object]:
    """One row of answer.facts["table"], as answering.aggregate_answer.facts_payload makes it."""
    row: dict[str, object] = {
        "fiche_id": fiche_id, "structure": structure, "theme": "Le réemploi",
        "departement": "Nord", "number": number, "unit": "", "year": None,
        "text": f"{number} salariés", "qualifiers": [], "derived": "", "values_differ": False,
        "others": [], "source": "livret.md", "start": 10, "end": 20, "line_start": 40,
        "line_end": 40, "quote": "x", "citation": citation,
    }  # fmt: skip
    row.update(over)
    return row


def facts_answer(op: str, table: list[dict[str, object]], **over: object) -> Answer:
    facts: dict[str, object] = {
        "query": {"op": op, "measure": "salaries", "group_by": None, "order": None},
        "value": None,
        "unit": "",
        "selected": [r["fiche_id"] for r in table if r["citation"]],
        "table": table,
        "groups": [],
        "missing": [],
        "conventions": [],
    }
    facts.update(over)
    cited = [r for r in table if r["citation"]]
    citations = [
        citation(PASSAGE, QUOTE, n=int(str(r["citation"])), fiche_name=str(r["structure"]))
        for r in cited
    ]
    return answer("x", citations, intent="aggregate", facts=facts)


class Tables(HTMLParser):
    """Each copy of the facts table: its order, its rows (cell texts) and its links."""

    def __init__(self) -> None:
        super().__init__()
        self.orders: dict[str, list[list[str]]] = {}
        self.links: dict[str, list[str]] = {}
        self.fors: set[str] = set()
        self.radios: list[str] = []
        self.order: str | None = None
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "div" and a.get("data-order"):
            self.order = str(a["data-order"])
            self.orders[self.order], self.links[self.order] = [], []
        elif tag == "tr" and self.order and a.get("data-fiche"):
            self.orders[self.order].append([])
        elif tag == "td" and self.order:
            self.cell = []
        elif tag == "a" and self.order:
            self.links[self.order].append(str(a.get("href")))
        elif tag == "label":
            self.fors.add(str(a.get("for")))
        elif tag == "input":
            self.radios.append(str(a.get("id")))

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self.order and self.cell is not None:
            self.orders[self.order][-1].append("".join(self.cell).strip())
            self.cell = None
        elif tag == "table":
            self.order = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def tables_of(markup: str) -> Tables:
    parser = Tables()
    parser.feed(markup)
    return parser


def assert_facts_inert(markup: str, citations: set[int]) -> None:
    for tag, attrs in tags_of(markup):
        assert tag in FACTS_TAGS, f"unexpected <{tag}>"
        assert not any(name.startswith("on") for name in attrs), attrs
        assert "src" not in attrs, attrs
        if "href" in attrs:  # only anchors to the answer's own citations
            href = str(attrs["href"])
            assert href.startswith("#lq-cite-") and int(href.rsplit("-", 1)[1]) in citations


THRESHOLD_TABLE = [
    fact_row("jardin", "Le <b>Jardin</b>", 38.0, 1, derived="7 + 1 + 30"),
    fact_row("panier", "Le panier & la mer", 25.0, 2, year=2021, qualifiers=["environ"]),
    fact_row("synapse", "Synapse 3i", 115.0, 3, line_start=1235, line_end=1236),
    fact_row("vestali", "VESTALI", 13.0, None),  # under the bound: not in the answer
]


def test_facts_table_rows_and_source_links_come_from_answer_facts() -> None:
    facts = facts_answer("gt", THRESHOLD_TABLE)
    markup = render_facts(facts)
    assert_facts_inert(markup, {1, 2, 3})
    assert "<b>" not in markup and "&lt;b&gt;Jardin&lt;/b&gt;" in markup
    tables = tables_of(markup)
    rows = tables.orders["answer"]  # the copy on show first: the answer's order
    assert [r[0] for r in rows] == ["Le <b>Jardin</b>", "Le panier & la mer", "Synapse 3i"]
    assert rows[0][1:5] == ["38", "salariés", "—", "calculé : 7 + 1 + 30"]
    assert rows[1][1:5] == ["25", "salariés", "2021", "environ"]
    assert rows[2][1] == "115" and rows[2][5] == "3 l. 1235–1236"
    # each Source cell links to its passage in the sources panel
    assert tables.links["answer"] == ["#lq-cite-1", "#lq-cite-2", "#lq-cite-3"]
    panel = render_sources(facts)
    assert all(f'id="lq-cite-{n}"' in panel for n in (1, 2, 3))
    assert 'aria-label="Voir le passage cité 3 : livret.md, lignes 1235–1236"' in markup
    # the structure under the bound is named below the table, not in it
    assert "Non retenues : VESTALI (13)." in text_of(markup)
    assert "lq-chart" not in markup  # a threshold draws no chart


def test_facts_table_sorts_without_script() -> None:
    markup = render_facts(facts_answer("gt", THRESHOLD_TABLE))
    assert "<script" not in markup
    tables = tables_of(markup)
    names = {order: [r[0] for r in rows] for order, rows in tables.orders.items()}
    assert names["value-desc"] == ["Synapse 3i", "Le <b>Jardin</b>", "Le panier & la mer"]
    assert names["value-asc"] == names["value-desc"][::-1]
    assert names["structure-asc"] == ["Le <b>Jardin</b>", "Le panier & la mer", "Synapse 3i"]
    assert names["year-desc"][0] == names["year-asc"][0] == "Le panier & la mer"  # no year last
    # one radio per order, each header a label for one of them, a rule of the CSS for each
    assert set(tables.radios) == {f"lq-sort-{o}" for o in tables.orders}
    assert tables.fors <= set(tables.radios)
    assert markup.count("checked") == 1 and 'id="lq-sort-answer" value="answer" checked' in markup
    css = order_css()
    assert all(f"#lq-sort-{o}:checked" in css for o in tables.orders if o != "answer")
    assert 'aria-sort="descending"' in markup and 'role="radiogroup"' in markup


def test_facts_chart_for_a_breakdown() -> None:
    table = [
        fact_row(f"f{i}", f"S{i}", None, None, departement=dep, text="Le réemploi")
        for i, dep in enumerate(["Nord", "Nord", "Somme", "Pas-de-<Calais>"])
    ]
    groups = [
        {"label": "Nord", "value": 2.0, "fiche_ids": ["f0", "f1"]},
        {"label": "Pas-de-<Calais>", "value": 1.0, "fiche_ids": ["f3"]},
        {"label": "Somme", "value": 1.0, "fiche_ids": ["f2"]},
    ]
    facts = facts_answer(
        "group",
        table,
        query={"op": "group", "measure": None, "group_by": "departement"},
        selected=[r["fiche_id"] for r in table],
        groups=groups,
    )
    markup = render_facts(facts)
    assert_facts_inert(markup, set())
    chart = markup.split('<figure class="lq-chart">')[1].split("</figure>")[0]
    assert text_of(chart.split("</figcaption>")[0]) == "Nombre de structures par département"
    bars = chart.split("<li")[1:]
    assert [text_of("<li" + b) for b in bars] == ["Nord2", "Pas-de-<Calais>1", "Somme1"]
    assert 'style="width: 100.0%"' in bars[0] and 'style="width: 50.0%"' in bars[1]
    # the table lists the structures with where they stand; no source column without values
    rows = tables_of(markup).orders["answer"]
    assert len(rows) == 4 and rows[3] == ["S3", "Pas-de-<Calais>", "Le réemploi"]
    assert "Source" not in markup


def test_facts_chart_for_a_ranking_marks_the_winner() -> None:
    table = [
        fact_row("synapse", "Synapse 3i", 2037760.0, 1, unit="€"),
        fact_row("vestali", "VESTALI", 878296.0, 2, unit="€", year=2019),
    ]
    facts = facts_answer(
        "max",
        table,
        query={"op": "max", "measure": "budget"},
        unit="€",
        selected=["synapse"],
    )
    markup = render_facts(facts)
    bars = markup.split('<ol class="lq-bars">')[1].split("</ol>")[0].split("<li")[1:]
    assert [text_of("<li" + b) for b in bars] == [
        "Synapse 3i2 037 760 €",
        "VESTALI (2019)878 296 €",
    ]
    assert bars[0].startswith(' class="lq-win"') and "lq-win" not in bars[1]
    assert 'data-fiche="synapse" class="lq-win"' in markup
    rows = tables_of(markup).orders["answer"]
    assert rows[0][1:4] == ["2 037 760", "€", "—"] and rows[1][3] == "2019"
    assert "Précisions" not in markup  # a column no row fills is left out


def test_facts_of_years_have_no_chart_nor_unit() -> None:
    table = [
        fact_row("vestali", "VESTALI", 1997.0, 1, unit="année"),
        fact_row("panier", "Le panier", 2002.0, 2, unit="année"),
    ]
    query = {"op": "min", "measure": "annee_creation"}
    markup = render_facts(facts_answer("min", table, query=query, unit="année"))
    assert "lq-chart" not in markup
    head = markup.split("<thead>")[1].split("</thead>")[0]
    headers = [text_of(th).split()[0] for th in re.findall(r"<th[^>]*>(.*?)</th>", head)]
    assert headers == ["Structure", "Valeur", "Source"]
    assert [r[:2] for r in tables_of(markup).orders["answer"]] == [
        ["VESTALI", "1997"],
        ["Le panier", "2002"],
    ]


def test_no_facts_table_for_other_answers() -> None:
    assert render_facts(answer("x", [citation(PASSAGE, QUOTE)])) == FACTS_EMPTY
    assert render_facts(None) == FACTS_EMPTY
    assert render_facts(facts_answer("gt", [fact_row("v", "V", 3.0, None)], selected=[])) == ""


def test_facts_box_shown_only_with_a_table() -> None:
    import gradio as gr

    from livret_qa.serving.ui.layout import show_facts

    state = ("", [], [], "s", "c", FACTS_EMPTY)
    assert show_facts(state)[-1] == gr.update(value="", visible=False)
    shown = show_facts((*state[:5], "<section>t</section>"))[-1]
    assert shown == gr.update(value="<section>t</section>", visible=True)
    skip = gr.skip()
    assert show_facts((*state[:5], skip))[-1] is skip


def test_respond_sends_the_facts_table_of_an_aggregate_answer() -> None:
    def answer_fn(question, history, filters):  # type: ignore[no-untyped-def]
        return facts_answer("gt", THRESHOLD_TABLE)

    *_, facts = _run(answer_fn, "Quelles structures ont plus de 20 salariés ?")[-1]
    assert facts == render_facts(facts_answer("gt", THRESHOLD_TABLE))
    assert 'href="#lq-cite-1"' in facts


# --- the exchange ----------------------------------------------------------------------------


def test_questions_checked_in_french() -> None:
    assert check_question("   ") == MSG_EMPTY
    assert "trop longue" in (check_question("a" * 20_001) or "")
    assert check_question("Nous voulons ouvrir une ressourcerie. " * 80) is None  # a description
    assert check_question("Qui fait du réemploi ?") is None


def test_history_skips_failed_turns_and_fits_the_limits() -> None:
    turns = [
        {"role": "assistant", "content": MSG_EMPTY, "error": True},
        {"role": "user", "content": "q1", "error": False},
        {"role": "assistant", "content": "a1", "error": False},
        {"role": "user", "content": "q2", "error": False},
        {"role": "assistant", "content": "oops", "error": True},
        {"role": "user", "content": "q3", "error": False},
        {"role": "assistant", "content": "a3", "error": False},
    ]
    assert engine_history(turns) == [
        {"role": "user", "content": "q1"},
        {"role": "assistant", "content": "a1"},
        {"role": "user", "content": "q3"},
        {"role": "assistant", "content": "a3"},
    ]
    assert engine_history(turns, max_turns=2) == engine_history(turns)[-2:]
    assert engine_history(turns, max_chars=3) == []


def test_display_escapes_user_text_and_keeps_answer_formatting() -> None:
    turns = [
        {"role": "user", "content": XSS_USER, "error": False},
        {"role": "assistant", "content": "**VESTALI** : « x » [1]", "error": False},
    ]
    shown = display_messages(turns, pending=PENDING)
    assert shown[0]["content"] == html.escape(XSS_USER, quote=False)
    assert shown[1]["content"].startswith("**VESTALI**")
    assert shown[2] == {"role": "assistant", "content": PENDING}


def test_filters_from_dropdowns() -> None:
    assert to_filters("Tous", "Tous") is None
    f = to_filters("Le réemploi", "62")
    assert f is not None and (f.theme, f.departement) == ("Le réemploi", "62")


def _run(answer_fn, question, turns=None):  # type: ignore[no-untyped-def]
    return list(
        respond(answer_fn, lambda fid: fiche(id=fid), {}, question, turns, "Tous", "Tous", 0)
    )


def test_respond_streams_a_long_answer_then_shows_sources_and_cards() -> None:
    long_text = "**La Démo** (Liévin) : « " + " ".join(["mot"] * 60) + " » [1]"
    seen: dict[str, object] = {}

    def answer_fn(question, history, filters):  # type: ignore[no-untyped-def]
        seen.update(question=question, history=history, filters=filters)
        return answer(long_text, [citation(PASSAGE, QUOTE)])

    earlier = [
        {"role": "user", "content": "avant", "error": False},
        {"role": "assistant", "content": "réponse", "error": False},
    ]
    states = _run(answer_fn, "  Et leur budget ?  ", earlier)
    assert seen["question"] == "Et leur budget ?"
    assert seen["history"] == [
        {"role": "user", "content": "avant"},
        {"role": "assistant", "content": "réponse"},
    ]
    assert seen["filters"] is None
    textbox, chat, turns, sources, cards, facts = states[0]
    assert textbox == "" and chat[-1]["content"] == PENDING and sources == SOURCES_PENDING
    assert facts == FACTS_EMPTY  # the previous answer's table goes at once
    assert len(states) > 5  # streamed in pieces
    textbox, chat, turns, sources, cards, facts = states[-1]
    assert {k: turns[-1][k] for k in ("role", "content", "error")} == {
        "role": "assistant",
        "content": long_text,
        "error": False,
    }
    assert turns[-1]["answer"]["citations"][0]["n"] == 1  # kept for links, reader, feedback
    assert chat[-1]["content"] == link_answer(safe_answer_markdown(long_text), turns[-1]["answer"])
    assert "](#lq-at-demo-" in chat[-1]["content"]  # [1] opens its passage in the fiche
    assert "<mark>" in sources and 'class="lq-card' in cards
    assert facts == FACTS_EMPTY  # not an aggregate answer: no table


def test_respond_turns_errors_into_french_messages() -> None:
    def fails(question, history, filters):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom\nTraceback")

    def refuses(question, history, filters):  # type: ignore[no-untyped-def]
        raise QueryError("The history has 40 turns")

    _, chat, turns, _, _, facts = _run(fails, "Qui ?")[-1]
    assert chat[-1]["content"] == escape_markdown(MSG_FAILURE)
    assert "boom" not in str(chat) and turns[-1]["error"] and facts == FACTS_EMPTY
    _, chat, _, _, _, _ = _run(refuses, "Qui ?")[-1]
    assert "Reformulez" in chat[-1]["content"] and "history" not in chat[-1]["content"]
    states = _run(fails, "")
    assert len(states) == 1 and states[0][1] == [
        {"role": "assistant", "content": escape_markdown(MSG_EMPTY)}
    ]


def test_new_conversation_clears_everything() -> None:
    assert new_conversation() == ("", [], [], SOURCES_EMPTY, CARDS_EMPTY, FACTS_EMPTY)


# --- slow: the real Blocks ------------------------------------------------------------------


@pytest.mark.slow
def test_blocks_build_and_answer_with_the_real_engine(engine) -> None:  # type: ignore[no-untyped-def]
    import gradio as gr

    from livret_qa.serving.api.service import answer_question
    from livret_qa.serving.ui.layout import build_ui, departement_names
    from livret_qa.settings import Settings

    blocks = build_ui(engine, Settings(llm_base_url=None), warm=False)
    assert isinstance(blocks, gr.Blocks)
    config = blocks.get_config_file()
    ids = {c.get("props", {}).get("elem_id") for c in config["components"]}
    assert {"lq-chat", "lq-question", "lq-sources-box", "lq-cards-box", "lq-reset"} <= ids
    assert "lq-facts-box" in ids

    settings = Settings(llm_base_url=None)

    def answer_fn(question, history, filters):  # type: ignore[no-untyped-def]
        return answer_question(engine, settings, question, history, filters)

    names = departement_names(engine)
    *_, last = respond(
        answer_fn,
        engine.corpus.fiche,
        names,
        "Quelles structures utilisent le logiciel CAP3C ?",
        [],
        "Tous",
        "Tous",
        0,
    )
    _, chat, turns, sources, cards, facts = last
    assert facts == FACTS_EMPTY
    assert "Synapse 3i" in chat[-1]["content"] and "Il était deux fois" in chat[-1]["content"]
    assert sources.count("<mark>") >= 2 and "CAP3C" in sources
    assert cards.count('class="lq-card') == 2 and "Jean Pierre Motte" in cards
    assert_inert(sources)
    assert_inert(cards)
    *_, last = respond(
        answer_fn, engine.corpus.fiche, names, "et leur budget ?", turns, "Tous", "Tous", 0
    )
    reply = last[1][-1]["content"]
    assert "316 000" in reply and "2 037 760" in reply
    *_, last = respond(
        answer_fn,
        engine.corpus.fiche,
        names,
        "Quelles structures ont plus de 20 salariés ?",
        [],
        "Tous",
        "Tous",
        0,
    )
    _, chat, _, sources, _, facts = last
    count = int(chat[-1]["content"].split("**")[1].split()[0])  # '**4 structures** — …'
    tables = tables_of(facts)
    assert len(tables.orders["answer"]) == count >= 2
    assert tables.links["answer"] == [f"#lq-cite-{n}" for n in range(1, count + 1)]
    assert all(f'id="lq-cite-{n}"' in sources for n in range(1, count + 1))
    assert "Synapse 3i" in {row[0] for row in tables.orders["answer"]}


def test_a_section_answer_shows_its_quotes_as_bullets_and_nothing_else_as_a_list() -> None:
    """The quotes of a section asked as a whole are bullets, at the top level or under a
    numbered structure; a dash the booklet or a user wrote stays text."""
    single = (
        "**Les Copains** (Guise, Aisne) — freins rencontrés :\n"
        "- « Une capacité réduite. » [1]\n"
        "- « <b>Un local</b> [ici](https://evil.example) » [2]"
    )
    rendered = markdown_html(safe_answer_markdown(single))
    tags = [t for t, _ in tags_of(rendered)]
    assert tags.count("li") == 2 and "ul" in tags and not {"a", "b"} & set(tags)
    nested = (
        "2 structures correspondent :\n"
        "1. **A** (X) — leviers activés :\n   - « un » [1]\n   - « deux » [2]\n"
        "2. **B** (Y) — « trois » [3]"
    )
    rendered = markdown_html(safe_answer_markdown(nested))
    tags = [t for t, _ in tags_of(rendered)]
    assert tags.count("li") == 4 and "ol" in tags and "ul" in tags
    plain = markdown_html(safe_answer_markdown("- deux\nsuite"))
    assert "li" not in [t for t, _ in tags_of(plain)]
