"""The chat UI (Gradio Blocks, mounted at /ui by livret_qa.serving.server): a conversation with the
booklet, the cited passages beside it and a card per structure.

Answers come from `serving.api.service.answer_question`, the same path as POST /api/ask,
so the UI and the API answer alike. The conversation is kept in the browser session (a
gr.State of plain-text turns) and sent back as `history` with each question.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import gradio as gr

from livret_qa.answering.answers import Answer
from livret_qa.errors import QueryError
from livret_qa.limits import MAX_HISTORY_CHARS, MAX_HISTORY_TURNS
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.parsing.fiche import Fiche
from livret_qa.retrieval.engine import MAX_QUERY_CHARS, Engine
from livret_qa.retrieval.filters import Filters
from livret_qa.serving import ui_render as render
from livret_qa.settings import Settings, get_settings

log = logging.getLogger(__name__)

ALL = "Tous"
EXAMPLES = [
    "Quelles structures utilisent le logiciel CAP3C ?",
    "Je veux monter une recyclerie de jouets, qui fait déjà ça ?",
    "Quel est le budget de VESTALI ?",
    "Qui dirige La Remise Enjouée ?",
    "Qui vend des produits locaux en circuit court ?",
]
STREAM_MIN_CHARS = 160  # shorter answers appear at once
STREAM_WORDS = 5
STREAM_DELAY = 0.025  # seconds between two pieces of a streamed answer
USER_DISPLAY_MAX = 300
ASK_CONCURRENCY = 4  # a very long question is shown shortened in the chat

MSG_EMPTY = (
    "Votre question est vide. Écrivez une question sur les initiatives du livret, "
    "ou cliquez sur l'un des exemples."
)
MSG_TOO_LONG = (
    "Votre question est trop longue ({n} caractères ; {limit} au plus). Pouvez-vous la raccourcir ?"
)
MSG_QUERY = (
    "Je n'ai pas pu traiter cette question. Reformulez-la, ou cliquez sur "
    "« Nouvelle conversation » pour repartir de zéro."
)
MSG_FAILURE = (
    "Une erreur inattendue s'est produite pendant la recherche. Réessayez dans un instant ; "
    "si le problème persiste, cliquez sur « Nouvelle conversation »."
)
PENDING = "_Recherche dans le livret…_"
PENDING_COLD = (
    "_Recherche dans le livret… (première question : le modèle de recherche se charge, "
    "comptez une quinzaine de secondes)_"
)
PLACEHOLDER = (
    "**Bienvenue !** Posez une question sur les structures du livret : qui fait quoi, où, "
    "avec quels moyens, quels chiffres clés, qui contacter…\n\n"
    "Les réponses citent le livret mot pour mot, avec un numéro [n] qui renvoie au passage "
    "dans le panneau **Sources**. Vous pouvez enchaîner : « et leur budget ? »"
)

# --- conversation logic (no Gradio here) ---------------------------------------------------

Turn = dict[str, Any]  # {"role": "user"|"assistant", "content": plain text, "error": bool}


def check_question(question: str | None) -> str | None:
    """A friendly French message when the question cannot be sent, else None."""
    text = (question or "").strip()
    if not text:
        return MSG_EMPTY
    if len(text) > MAX_QUERY_CHARS:
        return MSG_TOO_LONG.format(n=len(text), limit=MAX_QUERY_CHARS)
    return None


def engine_history(
    turns: list[Turn], max_turns: int = MAX_HISTORY_TURNS, max_chars: int = MAX_HISTORY_CHARS
) -> list[dict[str, str]]:
    """The previous exchanges as the engine takes them: plain {role, content}, without the
    failed ones, the most recent that fit the engine's limits, starting with a question."""
    pairs: list[list[dict[str, str]]] = []
    for i, turn in enumerate(turns):
        if turn["role"] != "user":
            continue
        reply = turns[i + 1] if i + 1 < len(turns) else None
        if reply is None or reply["role"] != "assistant" or reply.get("error"):
            continue
        pairs.append(
            [
                {"role": "user", "content": turn["content"]},
                {"role": "assistant", "content": reply["content"]},
            ]
        )
    kept: list[dict[str, str]] = []
    size = 0
    for pair in reversed(pairs):
        pair_size = sum(len(t["content"]) for t in pair)
        if len(kept) + 2 > max_turns or size + pair_size > max_chars:
            break
        kept = pair + kept
        size += pair_size
    return kept


def _shorten(text: str, limit: int = USER_DISPLAY_MAX) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + " […]"


def display_messages(turns: list[Turn], pending: str | None = None) -> list[dict[str, str]]:
    """The chatbot's messages: user text shown as typed, answers with their bold names and
    numbered lists only, every other Markdown or HTML construct inert."""
    messages = []
    for turn in turns:
        if turn["role"] == "user":
            content = render.escape_markdown(_shorten(turn["content"]))
        elif turn.get("error"):
            content = render.escape_markdown(turn["content"])
        else:
            content = render.safe_answer_markdown(turn["content"])
        messages.append({"role": turn["role"], "content": content})
    if pending is not None:
        messages.append({"role": "assistant", "content": pending})
    return messages


def to_filters(theme: str | None, departement: str | None) -> Filters | None:
    theme = None if not theme or theme == ALL else theme
    departement = None if not departement or departement == ALL else departement
    if not theme and not departement:
        return None
    return Filters(theme=theme, departement=departement)


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


AnswerFn = Callable[[str, list[dict[str, str]], Filters | None], Answer]
Outputs = tuple[str, list[dict[str, str]], list[Turn], str, str]


def respond(
    answer_fn: AnswerFn,
    fiche_of: Callable[[str], Fiche],
    departements: dict[str, str],
    question: str | None,
    turns: list[Turn] | None,
    theme: str | None,
    departement: str | None,
    delay: float = STREAM_DELAY,
    pending: str = PENDING,
) -> Iterator[Outputs]:
    """One exchange, as successive states of (textbox, chat, turns, sources, cards)."""
    turns = list(turns or [])
    text = (question or "").strip()
    problem = check_question(text)
    if problem:
        if text:
            turns.append({"role": "user", "content": text, "error": False})
        turns.append({"role": "assistant", "content": problem, "error": True})
        yield "", display_messages(turns), turns, gr.skip(), gr.skip()
        return
    history = engine_history(turns)
    turns.append({"role": "user", "content": text, "error": False})
    yield "", display_messages(turns, pending), turns, render.SOURCES_PENDING, gr.skip()
    started = time.perf_counter()
    try:
        answer = answer_fn(text, history, to_filters(theme, departement))
    except QueryError as exc:
        log.info("question refused: %s", exc)
        turns.append({"role": "assistant", "content": MSG_QUERY, "error": True})
        yield "", display_messages(turns), turns, render.SOURCES_EMPTY, render.CARDS_EMPTY
        return
    except Exception:
        log.exception("the answer failed")
        turns.append({"role": "assistant", "content": MSG_FAILURE, "error": True})
        yield "", display_messages(turns), turns, render.SOURCES_EMPTY, render.CARDS_EMPTY
        return
    log.info("answered in %.2f s: %r", time.perf_counter() - started, text[:80])
    sources = render.render_sources(answer, departements)
    try:
        cards = render.render_cards(answer, fiche_of)
    except Exception:  # a card is a convenience: never lose the answer for it
        log.exception("structure cards failed")
        cards = render.CARDS_EMPTY
    final = [*turns, {"role": "assistant", "content": answer.answer, "error": False}]
    if len(answer.answer) >= STREAM_MIN_CHARS:
        for prefix in render.stream_prefixes(answer.answer, STREAM_WORDS):
            if prefix == answer.answer:
                break
            partial = [*turns, {"role": "assistant", "content": prefix, "error": False}]
            yield "", display_messages(partial), turns, sources, cards
            time.sleep(delay)
    yield "", display_messages(final), final, sources, cards


def new_conversation() -> Outputs:
    return "", [], [], render.SOURCES_EMPTY, render.CARDS_EMPTY


def warm_up(engine: Engine) -> threading.Event:
    """Embed one query in the background, since the model's first call is slow (~15 s);
    the event is set once it is done (or failed: the first question will then say so)."""
    ready = threading.Event()

    def run() -> None:
        try:
            engine.embed_query("initiatives du livret")
        except Exception:  # best effort only
            log.debug("warm-up failed", exc_info=True)
        finally:
            ready.set()

    threading.Thread(target=run, name="livret-qa-warm-up", daemon=True).start()
    return ready


# --- layout --------------------------------------------------------------------------------

CSS = """
.gradio-container { max-width: 1480px !important;
  --color-accent: #1d4ed8; --color-accent-soft: #eff6ff;
  --button-primary-background-fill: #1d4ed8; --button-primary-background-fill-hover: #1e40af;
  --button-primary-border-color: #1d4ed8; --button-primary-text-color: #fff;
  --font: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans",
    "Noto Sans", system-ui, sans-serif;
  --font-mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; }
#lq-reset { align-self: center; }
#lq-filters { align-items: center; }
#lq-style { display: none; }
.lq-header { padding: 4px 2px 2px; }
.lq-header h1 { font-size: 1.55rem; margin: 0 0 4px; font-weight: 700; }
.lq-header p { margin: 0; color: var(--body-text-color-subdued); font-size: .95rem;
  line-height: 1.45; }
.lq-n { display: inline-flex; align-items: center; justify-content: center; min-width: 1.5em;
  height: 1.5em; padding: 0 .35em; border-radius: 999px; background: #1d4ed8; color: #fff;
  font-size: .78rem; font-weight: 700; margin-right: .45em; }
.lq-n-small { min-width: 1.35em; height: 1.35em; font-size: .7rem; margin: 0 0 0 .3em; }
#lq-side { gap: 12px; }
.lq-panel h3 { font-size: 1rem; margin: 0 0 10px !important; font-weight: 700; display: flex;
  align-items: center; gap: .5em; }
.lq-count { font-size: .75rem; font-weight: 600; color: var(--body-text-color-subdued);
  background: var(--background-fill-secondary); border-radius: 999px; padding: 1px 8px; }
.lq-empty p { color: var(--body-text-color-subdued); font-size: .9rem; margin: 0; }
.lq-note { font-size: .82rem; color: var(--body-text-color-subdued); margin: -4px 0 8px; }
#lq-sources-box, #lq-cards-box { border: 1px solid var(--border-color-primary);
  border-radius: 10px; padding: 12px 14px; background: var(--background-fill-primary); }
#lq-sources-box { max-height: 400px; overflow-y: auto !important; }
#lq-cards-box { max-height: 330px; overflow-y: auto !important; }
.lq-cite { border-left: 3px solid #1d4ed8; padding: 6px 0 8px 10px; margin: 0 0 12px; }
.lq-cite header { display: flex; align-items: center; flex-wrap: wrap; gap: 2px 8px;
  font-size: .9rem; }
.lq-cite .lq-n { margin-right: 0; }
.lq-name { font-weight: 700; }
.lq-section { color: var(--body-text-color-subdued); font-size: .82rem; }
.lq-section::before { content: "· "; }
.lq-heading { font-size: .8rem; color: var(--body-text-color-subdued); margin: 2px 0 0;
  font-style: italic; }
.lq-passage { white-space: pre-line; font-size: .88rem; line-height: 1.5; margin-top: 6px;
  color: var(--body-text-color); }
.lq-passage .lq-h { display: inline-block; font-size: .8rem; text-transform: none;
  color: var(--body-text-color-subdued); }
.lq-passage mark { background: #fde68a; color: #111827; padding: 1px 2px; border-radius: 3px; }
.lq-full summary, .lq-more summary { cursor: pointer; font-size: .8rem; color: #1d4ed8;
  margin-top: 4px; }
.lq-full .lq-passage { background: var(--background-fill-secondary); border-radius: 6px;
  padding: 8px 10px; max-height: 260px; overflow-y: auto; }
.lq-place { font-size: .75rem; color: var(--body-text-color-subdued); margin-top: 4px;
  font-family: var(--font-mono); }
.lq-card { border: 1px solid var(--border-color-primary); border-radius: 10px;
  padding: 10px 12px; margin: 0 0 10px; border-top: 4px solid #64748b; }
.lq-card.lq-food { border-top-color: #16a34a; }
.lq-card.lq-reuse { border-top-color: #0891b2; }
.lq-card header { display: flex; align-items: center; }
.lq-card h4 { margin: 0 !important; font-size: 1rem; font-weight: 700; }
.lq-meta { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center;
  margin: 4px 0 6px; font-size: .82rem; }
.lq-badge { border-radius: 999px; padding: 1px 9px; font-weight: 600; font-size: .75rem;
  background: #e2e8f0; color: #334155; }
.lq-food .lq-badge { background: #dcfce7; color: #166534; }
.lq-reuse .lq-badge { background: #cffafe; color: #155e75; }
.lq-where { color: var(--body-text-color-subdued); }
.lq-card dl { display: grid; grid-template-columns: 78px 1fr; gap: 3px 10px; margin: 0;
  font-size: .84rem; }
.lq-card dt { color: var(--body-text-color-subdued); }
.lq-card dd { margin: 0; overflow-wrap: anywhere; }
.lq-role, .lq-tel, .lq-mail { color: var(--body-text-color-subdued); }
.lq-url, .lq-mail { font-family: var(--font-mono); font-size: .78rem; }
.lq-card ul.lq-figs { list-style: none !important; padding: 6px 0 0 !important;
  margin: 8px 0 0 !important; font-size: .84rem;
  border-top: 1px dashed var(--border-color-primary); }
.lq-card ul.lq-figs li { margin: 2px 0 !important; padding: 0 !important;
  list-style: none !important; }
.lq-card ul.lq-figs li::before, .lq-card ul.lq-figs li::marker { content: none !important; }
.lq-fl { font-weight: 600; }
.lq-fl::after { content: " :"; }
#lq-examples { gap: 6px; flex-wrap: wrap; }
#lq-examples button { flex: 0 1 auto !important; min-width: 0 !important; font-size: .82rem;
  padding: 4px 10px; font-weight: 500; }
#lq-examples-label p { font-size: .82rem; color: var(--body-text-color-subdued); margin: 0; }
#lq-chat { border-radius: 10px; }
#lq-chat .placeholder { max-width: 560px; margin: 0 auto; padding: 0 24px;
  color: var(--body-text-color-subdued); line-height: 1.5; }
"""


def _style_tag() -> str:
    """The page CSS. gr.mount_gradio_app takes `css` itself (Blocks no longer does in
    Gradio 6), and the server mounts with its own arguments: a <style> element in the page
    keeps this module self-contained."""
    return f"<style>{CSS}</style>"


def build_ui(engine: Engine, settings: Settings | None = None, warm: bool = True) -> gr.Blocks:
    """The chat UI over `engine`; `settings` chooses the optional language model."""
    from livret_qa.serving.api.service import answer_question

    settings = settings or get_settings()
    departements = departement_names(engine)

    def answer_fn(question: str, history: list[dict[str, str]], filters: Filters | None) -> Answer:
        return answer_question(engine, settings, question, history, filters)

    ready = warm_up(engine) if warm else None

    def on_ask(question: str, turns: list[Turn], theme: str, departement: str) -> Iterator[Outputs]:
        cold = ready is not None and not ready.is_set()
        yield from respond(
            answer_fn,
            engine.corpus.fiche,
            departements,
            question,
            turns,
            theme,
            departement,
            pending=PENDING_COLD if cold else PENDING,
        )

    themes = sorted({f.theme for f in engine.corpus.fiches})
    present = sorted({f.contact.departement_code for f in engine.corpus.fiches} - {""})
    with gr.Blocks(title="Livret ESS Hauts-de-France — questions & réponses") as blocks:
        gr.HTML(_style_tag(), elem_id="lq-style")
        gr.HTML(render.welcome_html(theme_counts(engine)))
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
                sources = gr.HTML(render.SOURCES_EMPTY, elem_id="lq-sources-box")
                cards = gr.HTML(render.CARDS_EMPTY, elem_id="lq-cards-box")

        outputs = [question, chat, turns, sources, cards]
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
        reset.click(new_conversation, None, outputs, queue=False)
        chat.clear(new_conversation, None, outputs, queue=False)  # the chatbot's own bin icon
    return blocks


def _fixed(text: str) -> Callable[[], str]:
    def value() -> str:
        return text

    return value
