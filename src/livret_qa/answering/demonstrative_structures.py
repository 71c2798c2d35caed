"""Class: the structures in focus pointed at by a demonstrative and a collective noun ('elles
sont où ces structures ?', 'where are these organisations?', 'ces assos, elles emploient
qui ?'): a pronoun for the ones just given, no list asked of 'structures'. Read as the pronoun
('elles', 'they'), the question asks what it asks of each. A question choosing among them
('lesquelles de ces structures …', 'which of these organisations …', 'combien de ces
structures …') keeps its words: it asks a list or a count of them. Pure."""

from __future__ import annotations

import re

from livret_qa.text import fold

_POINTED = re.compile(
    r"\b(ces|these|those)\s+(deux\s+|trois\s+|two\s+|three\s+)?(structures?|initiatives?|"
    r"associations?|assos?|organi[sz]ations?|entreprises?|acteurs?|projets?|projects?|"
    r"charities|groups?)\b",
    re.IGNORECASE,
)
# a question choosing among the ones pointed at, or counting them (folded)
_CHOOSES = re.compile(
    r"\b(lesquel(le)?s|laquelle|lequel|which (of|one)|quel(le)?s? de ces|combien (de|d') ?ces|"
    r"how many of|parmi|among|d'entre)\b"
)
# a subject pronoun already there ('elles sont où ces structures ?'): the phrase repeats it
_SUBJECT = re.compile(r"\b(elles|ils|they)\b", re.IGNORECASE)


def as_pronoun(question: str) -> str:
    """`question` with the demonstrative phrase read as a pronoun, or as it was."""
    if _CHOOSES.search(fold(question)):
        return question

    def pronoun(m: re.Match[str]) -> str:
        return "they" if m.group(1).lower() in ("these", "those") else "elles"

    if _SUBJECT.search(question):
        return " ".join(_POINTED.sub(" ", question).replace(" ,", ",").split())
    return _POINTED.sub(pronoun, question)
