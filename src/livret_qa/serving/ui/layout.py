"""The page (Gradio Blocks, mounted at /ui by livret_qa.serving.server): the filters, the chat,
the figures of an aggregate answer (hidden otherwise) and the question box on the left, the
sources panel and the structure cards on the right."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import gradio as gr

from livret_qa.answering.answers import Answer
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
from livret_qa.serving.ui.facts import FACTS_EMPTY
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


def theme_counts(engine: Engine) -> dict[str, int]:
    counts: dict[str, int] = {}
    for fiche in engine.corpus.fiches:
        counts[fiche.theme] = counts.get(fiche.theme, 0) + 1
    return counts


def build_ui(engine: Engine, settings: Settings | None = None, warm: bool = True) -> gr.Blocks:
    """The chat UI over `engine`; `settings` chooses the optional language model."""
    from livret_qa.serving.api.service import answer_question

    settings = settings or get_settings()
    departements = departement_names(engine)

    def answer_fn(question: str, history: list[dict[str, str]], filters: Filters | None) -> Answer:
        return answer_question(engine, settings, question, history, filters)

    ready = warm_up(engine) if warm else None

    def on_ask(
        question: str, turns: list[Turn], theme: str, departement: str
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
        ):
            yield show_facts(state)

    themes = sorted({f.theme for f in engine.corpus.fiches})
    present = sorted({f.contact.departement_code for f in engine.corpus.fiches} - {""})
    with gr.Blocks(
        title="Livret ESS Hauts-de-France — questions & réponses", analytics_enabled=False
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
                    reset = gr.Button(
                        "Nouvelle conversation",
                        variant="secondary",
                        size="sm",
                        scale=2,
                        min_width=150,
                        elem_id="lq-reset",
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
                    feedback_options=None,
                    group_consecutive_messages=False,
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

        outputs = [question, chat, turns, sources, cards, facts]
        inputs = [question, turns, theme, departement]
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
        reset.click(start_over, None, outputs, queue=False, api_name="new_conversation")
        chat.clear(start_over, None, outputs, queue=False)  # the chatbot's own bin icon
    return blocks


def show_facts(state: Outputs) -> tuple[Any, ...]:
    """The facts table shown when there is one, hidden otherwise (a skipped output stays)."""
    *rest, facts = state
    if isinstance(facts, str):
        return (*rest, gr.update(value=facts, visible=bool(facts)))
    return (*rest, facts)


def start_over() -> tuple[Any, ...]:
    return show_facts(new_conversation())


def _fixed(text: str) -> Callable[[], str]:
    def value() -> str:
        return text

    return value
