"""The conversation: checking a question, the history sent to the engine, the chat's
messages, and one exchange streamed as successive states of the page.

Answers come from `answer_fn` (in the page, `serving.api.service.answer_question`, the same
path as POST /api/ask, so the UI and the API answer alike). The conversation is kept in the
browser session (a gr.State of plain-text turns) and sent back as `history` with each question.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import gradio as gr

from livret_qa.answering.answers import Answer
from livret_qa.errors import QueryError
from livret_qa.limits import MAX_DESCRIPTION_CHARS, MAX_HISTORY_CHARS, MAX_HISTORY_TURNS
from livret_qa.parsing.fiche import Fiche
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.filters import Filters
from livret_qa.serving.ui.cards import CARDS_EMPTY, render_cards
from livret_qa.serving.ui.facts import FACTS_EMPTY, render_facts
from livret_qa.serving.ui.reader import answer_record, link_answer
from livret_qa.serving.ui.safe import escape_markdown, safe_answer_markdown
from livret_qa.serving.ui.sources import SOURCES_EMPTY, SOURCES_PENDING, render_sources

log = logging.getLogger(__name__)

ALL = "Tous"
STREAM_MIN_CHARS = 160  # shorter answers appear at once
STREAM_WORDS = 5
STREAM_DELAY = 0.025  # seconds between two pieces of a streamed answer
USER_DISPLAY_MAX = 300  # a very long question is shown shortened in the chat

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

# {"role": "user"|"assistant", "content": plain text, "error": bool}; an answer's turn also keeps
# "answer": the answer as the API returns it (reader.answer_record), for its links, the fiche
# reader, the export and the feedback.
Turn = dict[str, Any]


def check_question(question: str | None) -> str | None:
    """A friendly French message when the question cannot be sent, else None."""
    text = (question or "").strip()
    if not text:
        return MSG_EMPTY
    if len(text) > MAX_DESCRIPTION_CHARS:  # a long text is a project description: welcome
        return MSG_TOO_LONG.format(n=len(text), limit=MAX_DESCRIPTION_CHARS)
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
    numbered lists only, every other Markdown or HTML construct inert; an answer's [n] and
    structure names link to the fiche reader (reader.link_answer)."""
    messages = []
    for turn in turns:
        if turn["role"] == "user":
            content = escape_markdown(_shorten(turn["content"]))
        elif turn.get("error"):
            content = escape_markdown(turn["content"])
        else:
            content = link_answer(safe_answer_markdown(turn["content"]), turn.get("answer"))
        messages.append({"role": turn["role"], "content": content})
    if pending is not None:
        messages.append({"role": "assistant", "content": pending})
    return messages


def to_filters(
    theme: str | None, departement: str | None, booklet: str | None = None
) -> Filters | None:
    theme = None if not theme or theme == ALL else theme
    departement = None if not departement or departement == ALL else departement
    booklet = None if not booklet or booklet == ALL else booklet
    if not theme and not departement and not booklet:
        return None
    return Filters(theme=theme, departement=departement, booklet=booklet)


AnswerFn = Callable[[str, list[dict[str, str]], Filters | None], Answer]
# (textbox, chat, turns, sources, cards, facts): the facts table is FACTS_EMPTY ("", hidden)
# unless the answer is an aggregate one.
Outputs = tuple[str, list[dict[str, str]], list[Turn], str, str, str]


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
    booklet: str | None = None,
) -> Iterator[Outputs]:
    """One exchange, as successive states of (textbox, chat, turns, sources, cards, facts)."""
    turns = list(turns or [])
    text = (question or "").strip()
    problem = check_question(text)
    if problem:
        if text:
            turns.append({"role": "user", "content": text, "error": False})
        turns.append({"role": "assistant", "content": problem, "error": True})
        yield "", display_messages(turns), turns, gr.skip(), gr.skip(), gr.skip()
        return
    history = engine_history(turns)
    turns.append({"role": "user", "content": text, "error": False})
    yield "", display_messages(turns, pending), turns, SOURCES_PENDING, gr.skip(), FACTS_EMPTY
    started = time.perf_counter()
    try:
        answer = answer_fn(text, history, to_filters(theme, departement, booklet))
    except QueryError as exc:
        log.info("question refused: %s", exc)
        turns.append({"role": "assistant", "content": MSG_QUERY, "error": True})
        yield "", display_messages(turns), turns, SOURCES_EMPTY, CARDS_EMPTY, FACTS_EMPTY
        return
    except Exception:
        log.exception("the answer failed")
        turns.append({"role": "assistant", "content": MSG_FAILURE, "error": True})
        yield "", display_messages(turns), turns, SOURCES_EMPTY, CARDS_EMPTY, FACTS_EMPTY
        return
    log.info("answered in %.2f s: %r", time.perf_counter() - started, text[:80])
    sources = render_sources(answer, departements)
    try:
        cards = render_cards(answer, fiche_of)
    except Exception:  # a card is a convenience: never lose the answer for it
        log.exception("structure cards failed")
        cards = CARDS_EMPTY
    try:
        facts = render_facts(answer)
    except Exception:  # so is the table: the answer lists the same figures
        log.exception("facts table failed")
        facts = FACTS_EMPTY
    record = answer_record(answer)
    final = [*turns, {"role": "assistant", "content": answer.answer, "error": False}]
    final[-1]["answer"] = record
    if len(answer.answer) >= STREAM_MIN_CHARS:
        for prefix in stream_prefixes(answer.answer, STREAM_WORDS):
            if prefix == answer.answer:
                break
            partial = [*turns, {"role": "assistant", "content": prefix, "error": False}]
            partial[-1]["answer"] = record
            yield "", display_messages(partial), turns, sources, cards, facts
            time.sleep(delay)
    yield "", display_messages(final), final, sources, cards, facts


def new_conversation() -> Outputs:
    return "", [], [], SOURCES_EMPTY, CARDS_EMPTY, FACTS_EMPTY


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


def stream_prefixes(text: str, words_per_step: int = 6) -> Iterator[str]:
    """Growing prefixes of `text`, a few words at a time, ending with the whole text. A
    prefix that opened a **bold** name closes it, so the bubble never shows stray stars."""
    tokens = re.split(r"(\s+)", text)
    shown = ""
    words = 0
    for token in tokens:
        shown += token
        if token.strip():
            words += 1
            if words % words_per_step == 0 and len(shown) < len(text):
                yield shown + ("**" if shown.count("**") % 2 else "")
    yield text
