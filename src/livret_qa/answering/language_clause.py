"""'and in English, how many employees?', 'qui la dirige ? en anglais stp', 'In French:
what does VESTALI do?': a question with a clause asking the language of its answer. The
clause is no topic (read as one, the fiche 'never mentions English'); the rest is asked, and
answered in the language named. A turn asking only for a language ('et en anglais ?') asks
the previous question again (`planner._language_asked`)."""

from __future__ import annotations

import re

from livret_qa.text import fold

_LANG = r"(?:in|en|into)\s+(?P<lang>english|anglais|french|francais)"
_POLITE = r"(?:\s+(?:please|pls|plz|svp|stp|s'il (?:te|vous) plait))?"
_OPENING = re.compile(
    # openers, an acknowledgement among them ('yes and in English please: …', 'oui, et en
    # anglais : …'), before the clause
    r"^\W*(?:(?:and|et|now|maintenant|ok|okay|alors|yes|yeah|yep|oui|ouais|no|non|sure|thanks|"
    r"merci|great|super|d.accord)[\s,.!]+)*(?:(?:answer|reponds?|repondez)\s+)?"
    + _LANG
    + _POLITE
    + r"\s*[,:;–-]\s*(?P<rest>.+)$"
)
_CLOSING = re.compile(
    r"^(?P<rest>.+?)\s*(?P<sep>[,:;–?.!-])\s*(?:(?:and|et|but|mais)\s+)?(?:(?:answer|reponds?|repondez)\s+)?"
    + _LANG
    + _POLITE
    + r"\W*$"
)


def language_clause(question: str) -> tuple[str, str]:
    """The question without its language clause, and 'en' or 'fr'; (question, '') without
    one. The rest keeps the question's own characters (names, case, accents)."""
    folded = fold(question)
    if len(folded) != len(question):  # (folding changed the length: spans would not hold)
        return question, ""
    for pattern in (_OPENING, _CLOSING):
        m = pattern.match(folded)
        if m is None:
            continue
        rest = question[m.start("rest") : m.end("rest")].strip()
        if len(re.findall(r"[^\W\d_]{3,}", rest)) < 2:
            return question, ""  # 'ok, in English': nothing else asked
        if pattern is _CLOSING and m.group("sep") == "?":
            rest += " ?"  # 'qui la dirige ? en anglais stp': still a question
        return rest, "en" if m.group("lang") in ("english", "anglais") else "fr"
    return question, ""
