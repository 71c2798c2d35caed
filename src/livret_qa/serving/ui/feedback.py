"""👍/👎 on each answer of the chat, and an optional comment, kept in the feedback database
(feedback.store, the same one POST /api/feedback writes), to become evaluation questions
(`livret-qa feedback export`).

The chatbot's own thumbs give the message's index; its turn holds the answer as the API
returns it (chat.Turn), the turn before it the question, and the turns before that the
history. A second click on the same answer changes its verdict; the comment goes to the last
answer rated. Only what the user typed and was answered is kept.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from livret_qa import __version__
from livret_qa.errors import FeedbackError
from livret_qa.feedback.store import Feedback, FeedbackStore
from livret_qa.serving.ui.chat import Turn, engine_history

log = logging.getLogger(__name__)

NOTE_DOWN = (
    "Merci : la réponse n° {n} est notée **à revoir**. Dites-nous ce qui manque ou ce qui est "
    "faux (facultatif) : vos remarques deviennent des questions d'évaluation."
)
NOTE_UP = "Merci : la réponse n° {n} est notée **utile**. Un commentaire ? (facultatif)"
NOTE_COMMENT = "Merci, votre commentaire sur la réponse n° {n} est enregistré."
NOTE_NOTHING = "Notez d'abord une réponse (👍 ou 👎) ; le commentaire s'y ajoutera."
NOTE_FAILED = "Votre avis n'a pas pu être enregistré. Réessayez plus tard."


def verdict_of(liked: Any) -> str | None:
    """'up' or 'down' from the chatbot's like data (True, False, 'Like', 'Dislike'); None for
    a verdict taken back or an option that is not a thumb."""
    if liked is True or liked == "Like":
        return "up"
    if liked is False or liked == "Dislike":
        return "down"
    return None


def answer_number(turns: list[Turn], index: int) -> int:
    """1 for the first answer of the conversation, and so on."""
    return sum(1 for t in turns[: index + 1] if t["role"] == "assistant" and not t.get("error"))


def feedback_for(turns: list[Turn], index: int, verdict: str) -> Feedback | None:
    """The feedback on the answer shown at `index`, or None when it is no answer."""
    if not 0 < index < len(turns):
        return None
    turn, asked = turns[index], turns[index - 1]
    record = turn.get("answer")
    if turn["role"] != "assistant" or turn.get("error") or not record or asked["role"] != "user":
        return None
    return Feedback(
        verdict=verdict,  # type: ignore[arg-type]
        question=asked["content"],
        answer=record.get("answer", turn["content"]),
        history=engine_history(turns[: index - 1]),
        structures=list(record.get("structures") or []),
        citations=list(record.get("citations") or []),
        plan=dict(record.get("plan") or {}),
        lang=str(record.get("lang", "")),
        intent=str(record.get("intent", "")),
        abstained=bool(record.get("abstained", False)),
        app_version=__version__,
        channel="ui",
    )


def give_verdict(
    store_of: Callable[[], FeedbackStore], turns: list[Turn], index: Any, liked: Any
) -> tuple[list[Turn], str, str | None]:
    """Keep a thumb: (turns, with the feedback id in the answer's turn; the note to show; the
    id the comment box now adds to, or None)."""
    verdict = verdict_of(liked)
    if isinstance(index, (list, tuple)):
        index = index[0]
    if verdict is None or not isinstance(index, int):
        return turns, "", None
    feedback = feedback_for(turns, index, verdict)
    if feedback is None:
        return turns, "", None
    n = answer_number(turns, index)
    try:
        store = store_of()
        known = turns[index].get("feedback_id")  # a second click changes the verdict
        kept = store.revise(known, verdict=feedback.verdict) if known else store.add(feedback)
    except FeedbackError:
        log.exception("feedback not kept")
        return turns, NOTE_FAILED, None
    turns = list(turns)
    turns[index] = {**turns[index], "feedback_id": kept.id}
    note = (NOTE_DOWN if verdict == "down" else NOTE_UP).format(n=n)
    return turns, note, kept.id


def add_comment(
    store_of: Callable[[], FeedbackStore], turns: list[Turn], feedback_id: str | None, text: str
) -> tuple[str, str]:
    """Attach the comment to the last rated answer: (the note, the box's new text)."""
    text = (text or "").strip()
    if not feedback_id:
        return NOTE_NOTHING, text
    if not text:
        return "", ""
    index = next((i for i, t in enumerate(turns) if t.get("feedback_id") == feedback_id), -1)
    try:
        store_of().revise(feedback_id, comment=text)
    except FeedbackError:
        log.exception("comment not kept")
        return NOTE_FAILED, text
    return NOTE_COMMENT.format(n=answer_number(turns, index) if index >= 0 else "?"), ""
