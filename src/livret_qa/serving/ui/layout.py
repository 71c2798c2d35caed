"""The page (Gradio Blocks, mounted at /ui by livret_qa.serving.server): the filters, the chat,
the figures of an aggregate answer (hidden otherwise) and the question box on the left, the
sources panel and the structure cards on the right."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from livret_qa.answering.answers import Answer
from livret_qa.feedback.store import FeedbackStore
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.filters import Filters
from livret_qa.serving.ui.cards import CARDS_EMPTY
from livret_qa.serving.ui.chat import (
    ALL,
    PENDING,
    PENDING_COLD,
    Outputs,
    Turn,
    new_conversation,
    respond,
    warm_up,
)
from livret_qa.serving.ui.css import style_tag
from livret_qa.serving.ui.export import write_export
from livret_qa.serving.ui.facts import FACTS_EMPTY
from livret_qa.serving.ui.feedback import add_comment, give_verdict
from livret_qa.serving.ui.reader import READER_EMPTY, READER_JS, render_reader
from livret_qa.serving.ui.similar import SIMILAR_JS, similar_question
from livret_qa.serving.ui.sources import SOURCES_EMPTY
from livret_qa.serving.ui.welcome import EXAMPLES, PLACEHOLDER, welcome_html
from livret_qa.settings import Settings, get_settings

ASK_CONCURRENCY = 4  # questions answered at once, whichever way they are asked


def departement_names(engine: Engine) -> dict[str, str]:
    names = dict(DEPARTEMENTS)
    for fiche in engine.corpus.fiches:
        c = fiche.contact
        if c.departement_code and c.departement:
            names.setdefault(c.departement_code, c.departement)
    return names


def booklet_choices(engine: Engine) -> list[tuple[str, str]]:
    """(label, id) of each booklet: its title, with its file when two titles are the same."""
    booklets = engine.corpus.booklets
    titles = [b.label() for b in booklets]
    return [
        (t if titles.count(t) == 1 else f"{t} ({b.source})", b.id)
        for t, b in zip(titles, booklets, strict=True)
    ]


def theme_counts(engine: Engine) -> dict[str, int]:
    counts: dict[str, int] = {}
    for fiche in engine.corpus.fiches:
        counts[fiche.theme] = counts.get(fiche.theme, 0) + 1
    return counts


def build_ui(engine: Engine, settings: Settings | None = None, warm: bool = True) -> gr.Blocks:
    """The chat UI over `engine`; `settings` chooses the optional language model."""
    from livret_qa.serving.api.deps import open_feedback
    from livret_qa.serving.api.service import answer_question

    settings = settings or get_settings()
    departements = departement_names(engine)

    def answer_fn(question: str, history: list[dict[str, str]], filters: Filters | None) -> Answer:
        return answer_question(engine, settings, question, history, filters)

    ready = warm_up(engine) if warm else None
    # What the conversation keeps besides the chat: the fiche reader (rendered once per set of
    # answers), the Markdown export (a private folder, removed with the process) and the
    # feedback database (opened on the first verdict).
    reader_cache: dict[tuple[int, ...], str] = {}
    exports = tempfile.TemporaryDirectory(prefix="livret-qa-exports-")
    stores: list[FeedbackStore] = []

    def reader_of(turns: list[Turn]) -> str:
        key = tuple(id(t["answer"]) for t in turns if t.get("answer"))
        if key not in reader_cache:
            reader_cache.clear()
            reader_cache[key] = render_reader(
                turns, engine.corpus.fiche, lambda f: engine.corpus.sources[f.source]
            )
        return reader_cache[key]

    def feedback_store() -> FeedbackStore:
        if not stores:
            stores.append(open_feedback(settings))
        return stores[0]

    def on_ask(
        question: str, turns: list[Turn], theme: str, departement: str, booklet: str
    ) -> Iterator[tuple[Any, ...]]:
        cold = ready is not None and not ready.is_set()
        for state in respond(
            answer_fn,
            engine.corpus.fiche,
            departements,
            question,
            turns,
            theme,
            departement,
            pending=PENDING_COLD if cold else PENDING,
            booklet=booklet,
        ):
            yield (*show_facts(state), reader_of(state[2]), gr.skip())
        # the conversation so far, to download (after the last piece of the answer)
        path = write_export(state[2], Path(exports.name))
        yield (*show_facts(state), gr.skip(), export_update(path))

    def on_verdict(turns: list[Turn], like: gr.LikeData) -> tuple[Any, ...]:
        turns, note, feedback_id = give_verdict(feedback_store, turns, like.index, like.liked)
        return (
            turns,
            gr.update(value=note, visible=bool(note)),
            feedback_id,
            gr.update(visible=feedback_id is not None),
        )

    def on_comment(turns: list[Turn], feedback_id: str | None, text: str) -> tuple[Any, ...]:
        note, kept_text = add_comment(feedback_store, turns, feedback_id, text)
        return gr.update(value=note, visible=bool(note)), kept_text

    themes = sorted({f.theme for f in engine.corpus.fiches})
    present = sorted({f.contact.departement_code for f in engine.corpus.fiches} - {""})
    with gr.Blocks(
        title="Livret ESS Hauts-de-France — questions & réponses",
        analytics_enabled=False,
        delete_cache=(900, 3600),  # exported conversations leave Gradio's cache within an hour
    ) as blocks:
        gr.HTML(style_tag(), elem_id="lq-style")
        gr.HTML(welcome_html(theme_counts(engine)))
        turns = gr.State([])
        with gr.Row(equal_height=False):
            with gr.Column(scale=7, min_width=480):
                with gr.Row(equal_height=True, elem_id="lq-filters"):
                    theme = gr.Dropdown(
                        [ALL, *themes],
                        value=ALL,
                        label="Thème",
                        scale=3,
                        min_width=160,
                        elem_id="lq-theme",
                    )
                    departement = gr.Dropdown(
                        [(ALL, ALL)] + [(f"{departements.get(c, c)} ({c})", c) for c in present],
                        value=ALL,
                        label="Département",
                        elem_id="lq-dep",
                        scale=3,
                        min_width=160,
                    )
                    booklet = gr.Dropdown(  # only when there is a choice to make
                        [(ALL, ALL), *booklet_choices(engine)],
                        value=ALL,
                        label="Livret",
                        elem_id="lq-booklet",
                        scale=3,
                        min_width=160,
                        visible=len(engine.corpus.booklets) > 1,
                    )
                    reset = gr.Button(
                        "Nouvelle conversation",
                        variant="secondary",
                        size="sm",
                        scale=2,
                        min_width=150,
                        elem_id="lq-reset",
                    )
                    export = gr.DownloadButton(
                        "Exporter (.md)",
                        value=None,
                        size="sm",
                        scale=2,
                        min_width=130,
                        interactive=False,
                        elem_id="lq-export",
                    )
                chat = gr.Chatbot(
                    elem_id="lq-chat",
                    show_label=False,
                    height=440,
                    placeholder=PLACEHOLDER,
                    sanitize_html=True,
                    render_markdown=True,
                    allow_tags=False,
                    latex_delimiters=[],
                    line_breaks=True,
                    buttons=[],
                    feedback_options=["Like", "Dislike"],
                    group_consecutive_messages=False,
                )
                feedback_note = gr.Markdown("", visible=False, elem_id="lq-feedback-note")
                with gr.Row(
                    equal_height=True, visible=False, elem_id="lq-feedback"
                ) as feedback_row:
                    comment = gr.Textbox(
                        show_label=False,
                        placeholder="Votre commentaire sur cette réponse (facultatif)…",
                        lines=1,
                        max_lines=3,
                        max_length=2000,
                        scale=8,
                        elem_id="lq-comment",
                    )
                    send_comment = gr.Button(
                        "Envoyer le commentaire", size="sm", scale=2, elem_id="lq-comment-send"
                    )
                facts = gr.HTML(FACTS_EMPTY, elem_id="lq-facts-box", visible=False, js_on_load=None)
                with gr.Row(equal_height=True):
                    question = gr.Textbox(
                        elem_id="lq-question",
                        show_label=False,
                        placeholder="Votre question sur les initiatives du livret…",
                        lines=1,
                        max_lines=4,
                        scale=8,
                        autofocus=True,
                    )
                    send = gr.Button(
                        "Envoyer", variant="primary", scale=1, min_width=100, elem_id="lq-send"
                    )
                gr.Markdown("Exemples :", elem_id="lq-examples-label")
                with gr.Row(elem_id="lq-examples"):
                    example_buttons = [gr.Button(q, size="sm") for q in EXAMPLES]
            with gr.Column(scale=5, min_width=380, elem_id="lq-side"):
                sources = gr.HTML(SOURCES_EMPTY, elem_id="lq-sources-box")
                cards = gr.HTML(CARDS_EMPTY, elem_id="lq-cards-box", js_on_load=SIMILAR_JS)
                reader = gr.HTML(READER_EMPTY, elem_id="lq-reader-box", js_on_load=READER_JS)
        rated = gr.State(None)  # the feedback id the comment box adds to

        outputs = [question, chat, turns, sources, cards, facts, reader, export]
        inputs = [question, turns, theme, departement, booklet]
        # Every way of asking shares one pool of workers (the engine is thread-safe).
        ask_options: dict[str, Any] = {
            "show_progress": "hidden",
            "concurrency_id": "ask",
            "concurrency_limit": ASK_CONCURRENCY,
        }
        question.submit(on_ask, inputs, outputs, **ask_options)
        send.click(on_ask, inputs, outputs, **ask_options)
        for button, text in zip(example_buttons, EXAMPLES, strict=True):
            button.click(_fixed(text), None, question, queue=False).then(
                on_ask, inputs, outputs, **ask_options
            )
        # A card's 'Initiatives similaires' button asks for the structures closest to it.
        cards.select(similar_question, None, question, queue=False).then(
            on_ask, inputs, outputs, **ask_options
        )
        reset.click(start_over, None, outputs, queue=False, api_name="new_conversation").then(
            hide_feedback, None, [feedback_note, feedback_row, rated, comment], queue=False
        )
        chat.clear(start_over, None, outputs, queue=False).then(  # the chatbot's bin icon
            hide_feedback, None, [feedback_note, feedback_row, rated, comment], queue=False
        )
        chat.like(on_verdict, [turns], [turns, feedback_note, rated, feedback_row], queue=False)
        for event in (comment.submit, send_comment.click):
            event(on_comment, [turns, rated, comment], [feedback_note, comment], queue=False)
    return blocks


def show_facts(state: Outputs) -> tuple[Any, ...]:
    """The facts table shown when there is one, hidden otherwise (a skipped output stays)."""
    *rest, facts = state
    if isinstance(facts, str):
        return (*rest, gr.update(value=facts, visible=bool(facts)))
    return (*rest, facts)


def start_over() -> tuple[Any, ...]:
    return (*show_facts(new_conversation()), READER_EMPTY, export_update(None))


def export_update(path: Path | None) -> Any:
    """The export button: the conversation's file once there is one, else disabled."""
    return gr.update(value=str(path) if path else None, interactive=path is not None)


def hide_feedback() -> tuple[Any, ...]:
    return gr.update(value="", visible=False), gr.update(visible=False), None, ""


def _fixed(text: str) -> Callable[[], str]:
    def value() -> str:
        return text

    return value
