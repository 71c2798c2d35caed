"""The chat's clickable citations and fiche reader (serving/ui/reader.py), its feedback buttons
(serving/ui/feedback.py) and its Markdown export (serving/ui/export.py), without a browser:
each [n] links to a <mark> around its exact span inside the whole fiche, names link to their
card, marks nest whatever the spans, booklet text stays inert; a thumb and a comment reach the
feedback database; the export holds every answered exchange."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from livret_qa.answering.compose import ask
from livret_qa.feedback.store import FeedbackStore
from livret_qa.parsing.corpus import Corpus
from livret_qa.retrieval.engine import Engine
from livret_qa.serving.ui.chat import Turn, display_messages, engine_history
from livret_qa.serving.ui.export import export_turns, write_export
from livret_qa.serving.ui.feedback import NOTE_FAILED, NOTE_NOTHING, add_comment, give_verdict
from livret_qa.serving.ui.reader import (
    CLOSED,
    answer_record,
    card_anchor,
    link_answer,
    marked_html,
    nest,
    render_reader,
    span_anchor,
)
from livret_qa.serving.ui.safe import safe_answer_markdown

CAP3C = "Quelles structures utilisent le logiciel CAP3C ?"
VOID = {"br", "hr", "img", "input", "meta", "link", "wbr"}


class Tags(HTMLParser):
    """Every start tag with its attributes, and whether the tags are balanced."""

    def __init__(self) -> None:
        super().__init__()
        self.starts: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[str] = []
        self.balanced = True
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.starts.append((tag, dict(attrs)))
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open.pop() != tag:
            self.balanced = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def tags_of(markup: str) -> Tags:
    parser = Tags()
    parser.feed(markup)
    parser.close()
    return parser


def conversation(engine: Engine) -> list[Turn]:
    first = ask(engine, CAP3C)
    history = [{"role": "user", "content": CAP3C}, {"role": "assistant", "content": first.answer}]
    second = ask(engine, "et leur budget ?", history)
    return [
        {"role": "user", "content": CAP3C, "error": False},
        {
            "role": "assistant",
            "content": first.answer,
            "error": False,
            "answer": answer_record(first),
        },
        {"role": "user", "content": "et leur budget ?", "error": False},
        {
            "role": "assistant",
            "content": second.answer,
            "error": False,
            "answer": answer_record(second),
        },
    ]


# -- links in the bubbles --------------------------------------------------------------------
def test_each_marker_and_name_links_into_the_reader(fake_engine: Engine) -> None:
    turns = conversation(fake_engine)
    record = turns[1]["answer"]
    shown = display_messages(turns)[1]["content"]
    assert shown == link_answer(safe_answer_markdown(turns[1]["content"]), record)
    rendered = MarkdownIt("commonmark").render(shown)
    hrefs = [a["href"] for tag, a in tags_of(rendered).starts if tag == "a"]
    expected = [f"#{span_anchor(c['fiche_id'], c['start'], c['end'])}" for c in record["citations"]]
    assert [h for h in hrefs if h.startswith("#lq-at-")] == expected
    assert {f"#{card_anchor(s['fiche_id'])}" for s in record["structures"]} == {
        h for h in hrefs if h.startswith("#lq-card-")
    }
    assert all(h.startswith("#lq-") for h in hrefs)
    text = html.unescape(re.sub(r"<[^>]+>", "", rendered))
    assert "[1]" in text and "[2]" in text and "Synapse 3i" in text  # what shows is unchanged


def test_only_known_markers_and_names_become_links() -> None:
    record = {
        "citations": [{"n": 1, "fiche_id": "demo", "start": 10, "end": 20}],
        "structures": [{"fiche_id": "demo", "name": "La Démo"}],
    }
    markdown = safe_answer_markdown("**La Démo** et **2 structures** : « x » [1] [7]")
    linked = link_answer(markdown, record)
    assert '[**La Démo**](#lq-card-demo "Voir la fiche de La Démo")' in linked
    assert "[\\[1\\]](#lq-at-demo-10-20 " in linked
    assert "**2 structures**" in linked and "\\[7\\]" in linked and "#lq-at-demo-10-20" in linked
    assert link_answer(markdown, None) == markdown


def test_a_user_typed_link_in_a_question_stays_text() -> None:
    turns: list[Turn] = [
        {"role": "user", "content": "[1](https://evil.example) **La Démo**", "error": False},
    ]
    rendered = MarkdownIt("commonmark").render(display_messages(turns)[0]["content"])
    assert not [a for tag, a in tags_of(rendered).starts if tag == "a"]


# -- the reader ------------------------------------------------------------------------------
def test_the_reader_holds_each_cited_fiche_with_its_spans_marked(
    fake_engine: Engine, corpus: Corpus
) -> None:
    turns = conversation(fake_engine)
    reader = render_reader(turns, corpus.fiche, lambda f: corpus.sources[f.source])
    parsed = tags_of(reader)
    assert parsed.balanced
    sections = [a["id"] for tag, a in parsed.starts if tag == "section"]
    named = [s["fiche_id"] for t in turns[1::2] for s in t["answer"]["structures"]]
    assert sections == [f"lq-fiche-{f}" for f in dict.fromkeys(named)]  # each once, in order
    marks = {a["id"]: a for tag, a in parsed.starts if tag == "mark"}
    for turn in turns[1::2]:
        for c in turn["answer"]["citations"]:
            assert span_anchor(c["fiche_id"], c["start"], c["end"]) in marks
        for s in turn["answer"]["structures"]:
            assert f'id="{card_anchor(s["fiche_id"])}"' in reader
    shown = html.unescape("".join(parsed.text))
    assert "*" not in shown and "<" not in shown  # the booklet's Markdown is not shown raw
    # every link of the reader only closes it; no script, no handler, nothing external
    assert {a.get("href") for tag, a in parsed.starts if tag == "a"} == {f"#{CLOSED}"}
    assert not re.search(r"<script|\son\w+=|javascript:", reader, re.IGNORECASE)


def test_a_mark_holds_exactly_its_span_of_the_booklet(fake_engine: Engine, corpus: Corpus) -> None:
    first = answer_record(ask(fake_engine, CAP3C))
    for c in first["citations"]:
        fiche = corpus.fiche(c["fiche_id"])
        source = corpus.sources[fiche.source]
        text = source[fiche.span.start : fiche.span.end]
        anchor = span_anchor(c["fiche_id"], c["start"], c["end"])
        markup = marked_html(text, fiche.span.start, [(c["start"], c["end"], anchor)])
        inside = re.search(rf'<mark class="lq-span" id="{anchor}"[^>]*>(.*?)</mark>', markup, re.S)
        assert inside is not None
        shown = html.unescape(re.sub(r"<[^>]+>", "", inside.group(1)))
        expected = source[c["start"] : c["end"]]
        assert " ".join(shown.split()) == " ".join(expected.replace("**", "").split())


def test_the_reader_is_empty_without_citations(corpus: Corpus) -> None:
    turns: list[Turn] = [{"role": "user", "content": "q", "error": False}]
    assert render_reader(turns, corpus.fiche, lambda f: corpus.sources[f.source]) == ""


spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 60)).map(sorted).filter(lambda p: p[0] < p[1]),
    max_size=8,
)


# booklet-like text: letters, spaces, line breaks, headings, bold markers, characters to escape
pieces = st.sampled_from(["a", "b", " ", "\n", "#", "**", "<", ">", "&", "é", "[", "]"])


@settings(max_examples=300, deadline=None)
@given(
    spans=spans,
    # as in the booklet, bold markers come in twos ('**'), never three or more in a row, and
    # no line starts with white space
    text=st.lists(pieces, min_size=60, max_size=60).map(
        lambda p: re.sub(r"\n[ \t]+", "\n", re.sub(r"\*{3,}", "** ", "".join(p)))
    ),
)
def test_marks_nest_keep_every_span_and_lose_no_text(spans: list[list[int]], text: str) -> None:
    anchors = [(s, e, f"lq-at-x-{s}-{e}") for s, e in spans]
    kept, empty = nest(anchors)
    for a in kept:
        for b in kept:
            apart = a.end <= b.start or b.end <= a.start
            nested = (a.start <= b.start and b.end <= a.end) or (
                b.start <= a.start and a.end <= b.end
            )
            assert apart or nested, (a, b)
    assert {m.anchor for m in kept + empty} == {a for *_, a in anchors}  # every span reachable
    markup = marked_html(text, 100, [(s + 100, e + 100, a) for s, e, a in anchors])
    parsed = tags_of(markup)
    assert parsed.balanced
    ids = [a["id"] for _, a in parsed.starts if "id" in a]
    assert sorted(ids) == sorted({a for *_, a in anchors})
    plain = html.unescape(re.sub(r"<[^>]+>", "", markup)).split()
    whole = html.unescape(re.sub(r"<[^>]+>", "", marked_html(text, 100, []))).split()
    assert "".join(plain) == "".join(whole)  # the marks add no text and drop none


# -- feedback from the chat ------------------------------------------------------------------
def test_a_thumb_then_a_comment_are_kept(tmp_path: Path, fake_engine: Engine) -> None:
    store = FeedbackStore.open(tmp_path)
    turns = conversation(fake_engine)
    turns, note, feedback_id = give_verdict(lambda: store, turns, 3, False)
    assert feedback_id and "réponse n° 2" in note and "à revoir" in note
    kept = store.get(feedback_id)
    assert (kept.verdict, kept.question, kept.channel) == ("down", "et leur budget ?", "ui")
    assert kept.history == engine_history(turns[:2])
    assert kept.answer == turns[3]["content"]
    assert kept.citations == turns[3]["answer"]["citations"]
    assert turns[3]["feedback_id"] == feedback_id

    note, box = add_comment(lambda: store, turns, feedback_id, "  Il manque l'année.  ")
    assert "enregistré" in note and box == ""
    assert store.get(feedback_id).comment == "Il manque l'année."

    # a second click on the same answer changes its verdict, no second record
    turns, note, again = give_verdict(lambda: store, turns, 3, "Like")
    assert again == feedback_id and store.get(feedback_id).verdict == "up" and "utile" in note
    assert store.count() == 1

    # a question, an error or a taken-back verdict keeps nothing
    for index, liked in ((0, True), (3, None), (99, True)):
        _, note, nothing = give_verdict(lambda: store, turns, index, liked)
        assert nothing is None and note == ""
    assert add_comment(lambda: store, turns, None, "x")[0] == NOTE_NOTHING
    assert store.count() == 1


def test_a_store_that_cannot_be_opened_says_so(fake_engine: Engine) -> None:
    from livret_qa.errors import FeedbackError

    def broken() -> FeedbackStore:
        raise FeedbackError("no folder")

    turns = conversation(fake_engine)
    same, note, nothing = give_verdict(broken, turns, 1, True)
    assert note == NOTE_FAILED and nothing is None and "feedback_id" not in same[1]


# -- export from the chat --------------------------------------------------------------------
def test_the_export_holds_every_answered_exchange(tmp_path: Path, fake_engine: Engine) -> None:
    turns = conversation(fake_engine)
    failed: list[Turn] = [
        {"role": "user", "content": "boom ?", "error": False},
        {"role": "assistant", "content": "Une erreur inattendue", "error": True},
    ]
    exchanges: list[dict[str, Any]] = export_turns(turns + failed)
    assert [e["role"] for e in exchanges] == ["user", "assistant"] * 2
    assert exchanges[1]["citations"] == turns[1]["answer"]["citations"]
    path = write_export(turns + failed, tmp_path)
    assert path is not None and path.name.startswith("livret-qa-conversation-")
    text = path.read_text(encoding="utf-8")
    assert "## Question 2" in text and "boom" not in text
    assert "`livret-ess-hauts-de-france.md`, ligne" in text
    assert write_export([], tmp_path) is None


@pytest.mark.parametrize(("start", "end"), [(3, 4), (3, 3), (5, 9)])
def test_a_span_at_or_past_the_texts_end_keeps_its_anchor(start: int, end: int) -> None:
    # (hypothesis found it: a span clipped to nothing at the end of a fiche lost its link)
    markup = marked_html("abc", 0, [(start, end, "lq-at-end")])
    assert 'id="lq-at-end"' in markup
    assert html.unescape(re.sub(r"<[^>]+>", "", markup)) == "abc"
