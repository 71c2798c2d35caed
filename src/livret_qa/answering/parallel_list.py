"""A second list asked in parallel with the first, its predicate left out ('Which structures
were set up in 2015, and which one in 2017?', 'Lesquelles sont dans le Nord et lesquelles dans
l'Aisne ?', 'créées en 2015 et lesquelles en 2002 ?'): the second part is the first one with
its year, place or agent swapped for the one it names ('Which structures are directed by
women and which by men?': a list of a role's holders narrowed by their sex, d26-109). Read
alone, 'which one in 2017' asked no list, and 'lesquelles en 2002' was glued to the first
part, both years read as one list's constraints (none met both)."""

from __future__ import annotations

import re

# Class: a which-piece naming only a year or a place after a preposition.
_ELLIPTIC = re.compile(
    r"^\W*(?:(?:et|and|mais|but)\s+)?(?:which ones?|which|lesquel(?:le)?s|laquelle|lequel|"
    r"celles?|those)\s+(?P<rest>(?:in|en|dans|à|a|au|aux|from|since|depuis|before|after|"
    r"avant|apres|après|by|par)\s.*)$",
    re.IGNORECASE,
)
_MOST_WORDS = 5  # more, and the piece says more than a year or a place: a question of its own
_YEAR = re.compile(
    r"\b(?:in|en|since|depuis|before|after|avant|apres|après)\s+(?:19|20)\d\d\b", re.IGNORECASE
)
# Who does or leads it, after 'by' or 'par' ('by men', 'par des hommes', 'by the Region').
_AGENT = re.compile(
    r"\b(?:by|par)\s+(?:(?:a|an|the|des|un|une|les|le|la|l['’])\s*)?[^\W\d_][\w'’-]*",
    re.IGNORECASE,
)
_PLACE = re.compile(
    r"\b(?:in|dans|en|à|a|au|from)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’])?[A-ZÀ-Ý][\w'’-]*"
    r"(?:[\s-]+(?:de\s+|du\s+|des\s+|la\s+|le\s+|d['’])?[A-ZÀ-Ý][\w'’-]*)*"
)


def restated(piece: str, before: str) -> str:
    """`piece` asked as the list `before` asks, its year or place swapped for the piece's
    ('which one in 2017' after 'Which structures were set up in 2015' -> 'Which structures
    were set up in 2017'; 'which by men' after '… directed by women'); '' when `piece` is no
    such ellipsis or `before` has nothing to swap."""
    m = _ELLIPTIC.match(piece.strip())
    if m is None:
        return ""
    return _swapped(m.group("rest"), before, (_YEAR, _PLACE, _AGENT))


def _swapped(rest: str, before: str, phrases: tuple[re.Pattern[str], ...]) -> str:
    """`before` with its last phrase of the kind `rest` is (a year, place or agent) swapped for
    `rest`; '' when `rest` says more than that or `before` has none of its kind."""
    rest = rest.strip(" ?!.")
    if len(rest.split()) > _MOST_WORDS:
        return ""
    for phrase in phrases:
        if phrase.fullmatch(rest) is None:
            continue
        found = list(phrase.finditer(before))
        if found:
            last = found[-1]
            return f"{before[: last.start()]}{rest}{before[last.end() :]}".strip()
    return ""


def parallel(first: str, second: str) -> bool:
    """Whether two parts ask the same list of another year, place or agent ('Which structures
    were set up in 2015' / '… in 2017'): equal once their years, places and agents are left
    out."""

    def bare(text: str) -> str:
        left = _AGENT.sub("", _PLACE.sub("", _YEAR.sub("", text)))
        return " ".join(left.lower().split()).strip(" ?")

    return first.strip() != second.strip() and bare(first) == bare(second)


# Class: a follow-up naming only a year or an agent after its preposition ('et par des hommes
# ?', 'and by the Region?', 'et en 2017 ?'), after a list question: the same list asked again
# of it. Read alone it inherited the list's structures as a focus and answered one of them
# ('quelles structures sont dirigées par des femmes ?' then 'et par des hommes ?' gave
# VESTALI's directrice). A place swapped is the conversation's own narrowing, not this.
_FOLLOWUP = re.compile(
    r"^\W*(?:(?:et|and|mais|but|ok|alors|what about|and what about|et pour)\s+)?"
    r"(?P<rest>(?:in|en|since|depuis|before|after|avant|apres|après|by|par)\s.*)$",
    re.IGNORECASE,
)
_LIST_ASKED = re.compile(
    r"\b(?:quelles|quels|lesquelles|lesquels|which|what)\s+(?:structures?|initiatives?|"
    r"associations?|ones|organi[sz]ations?|projets?|projects?)\b",
    re.IGNORECASE,
)


def asked_again(question: str, last_question: str) -> str:
    """The last list question asked of the year or agent a follow-up names ('et par des
    hommes ?' after 'quelles structures sont dirigées par des femmes ?' -> 'quelles
    structures sont dirigées par des hommes ?'); '' for any other follow-up."""
    m = _FOLLOWUP.match(question.strip())
    if m is None or _LIST_ASKED.search(last_question) is None:
        return ""
    return _swapped(m.group("rest"), last_question.strip(), (_YEAR, _AGENT))
