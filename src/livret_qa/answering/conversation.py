"""Follow-ups without a language model: pronouns, ordinals and ellipsis resolved against the
structures of the previous turns. The client sends the history, so nothing is kept here.

    "Quelles structures utilisent CAP3C ?" → "et leur budget ?"      (plural: all of them)
    "… la Remise Enjouée …"                → "qui la dirige ?"       (singular: the first one)
    "Where are the ressourceries?"         → "where is the second one?" (ordinal)
    "Qui fait du réemploi dans le Nord ?"  → "et dans le Pas-de-Calais ?" (same question, new place)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from livret_qa.retrieval.mentions import MentionDetector
from livret_qa.retrieval.places import departements_in
from livret_qa.text import fold

MAX_HISTORY_TURNS = 20
MAX_HISTORY_CHARS = 20000

# Pronouns, not the '-il' of an inversion ('y a-t-il', 'est-il') nor an elided 'l'' article.
_PLURAL = re.compile(
    r"(?<![-'])\b(leurs?|ils|elles|eux|ces structures|celles-ci|ceux-ci|les deux|toutes|they|their|"
    r"theirs|them|these|those|both|each|chacune?|laquelle|lequel|lesquel(?:le)?s|"
    r"which one|which of them)\b"
)
_SINGULAR = re.compile(
    r"(?<![-'])\b(lui|elle|il|celle-ci|celui-ci|cette structure|cette association|son|sa|ses|"
    r"it|its|she|he|her|him|this one|that one|this structure|this organisation)\b|"
    # 'la', 'le', 'l'' are pronouns only where a clitic stands ('qui la dirige', 'comment la
    # contacter'), not as articles ('dans l'Aisne', 'recyclent la laine').
    r"\b(qui|que|qu'|comment|ou|où|quand|pourquoi|je|j'|on|nous|vous|ne|n'|peut-on|pour)\s*"
    r"(la|le|l')(?=\s|\w)"
)
_ORDINALS = [
    (0, r"premi[eè]re?|first|1st|1re|1er"),
    (1, r"deuxi[eè]me|second|seconde|2nd|2e|2eme"),
    (2, r"troisi[eè]me|third|3rd|3e|3eme"),
    (3, r"quatri[eè]me|fourth|4th|4e"),
    (-1, r"derni[eè]re?|last"),
]
# Openers of an elliptic follow-up: "et …", "and …", "what about …", "aussi …"
# A definite reference ('the shop', 'la boutique') keeps a single structure in focus, softly.
_DEFINITE = re.compile(r"\b(the|this|that|le|la|les|ce|cette|ces)\b")
_ELLIPSIS = re.compile(r"^(et|and|what about|how about|puis|aussi|also|or|ou)\b")


@dataclass
class Resolved:
    query: str  # standalone query for the search
    focus: list[str] = field(default_factory=list)  # fiche ids the question is about
    departement: str | None = None  # a place the follow-up moved the question to
    followup: bool = False
    soft: bool = False  # focus as a preference (boost), not a filter
    reason: str = ""


def _turns(history: list[dict[str, str]], role: str) -> list[str]:
    return [t.get("content", "") for t in history if t.get("role") == role]


def _ordinal(text: str) -> int | None:
    for index, pattern in _ORDINALS:
        if re.search(rf"\b({pattern})\b", text):
            return index
    return None


def _content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]{3,}", text)]


def resolve(
    question: str, history: list[dict[str, str]] | None, detector: MentionDetector
) -> Resolved:
    question = " ".join(question.split())
    history = history or []
    named = detector.mentioned(question)
    folded = fold(question)
    if not history:
        return Resolved(question, named, reason="no history")
    if named:  # a structure named anew: a new topic
        return Resolved(question, named, reason="names a structure")

    previous_users = _turns(history, "user")
    previous_answers = _turns(history, "assistant")
    in_focus: list[str] = []
    # The structures of the last exchange: those the last answer names, else the last question.
    if previous_answers:
        in_focus = detector.mentioned(previous_answers[-1])
    if not in_focus and previous_users:
        in_focus = detector.mentioned(previous_users[-1])

    places = departements_in(question)
    words = _content_words(folded)
    elliptic = bool(_ELLIPSIS.match(folded)) or len(words) <= 4
    if places and elliptic and previous_users:
        # "et dans le Pas-de-Calais ?": the previous question, asked of another place.
        base = previous_users[-1]
        return Resolved(
            base, [], departement=places[0], followup=True, reason="same question, new place"
        )

    ordinal = _ordinal(folded)
    plural = bool(_PLURAL.search(folded))
    singular = bool(_SINGULAR.search(folded))
    if in_focus and (ordinal is not None or plural or singular or elliptic):
        if ordinal is not None and (ordinal < len(in_focus) or ordinal == -1):
            focus = [in_focus[ordinal]]
        elif plural or len(in_focus) == 1:
            focus = in_focus
        else:
            focus = in_focus[:1]
        return Resolved(question, focus, followup=True, reason="refers to the previous answer")
    if len(in_focus) == 1 and _DEFINITE.search(folded):
        return Resolved(
            question,
            in_focus,
            followup=True,
            soft=True,
            reason="may refer to the structure in focus",
        )
    return Resolved(question, [], reason="new topic")
