"""What shape of answer a question wants: a list, a key figure, similar initiatives, or one fact.
Keyword rules in French and English; the answer composer reads them, nothing else."""

from __future__ import annotations

import re

from livret_qa.text import fold

LIST, KEY_FIGURE, SIMILAR, PRECISE = "list", "key_figure", "similar", "precise"

_LIST = re.compile(
    r"\b(quelles?|quels|lesquelles|lesquels|which|what)\s+(structures?|associations?|"
    r"initiatives?|organisations?|organizations?|projets?|projects?|acteurs?|ateliers?|"
    r"entreprises?|ones)\b|\b(qui|who)\s+(fait|font|propose|proposent|a|ont|does|do|makes?|"
    r"offers?|uses?|runs?)\b|\b(toutes les|tous les|all the|list|liste|lister)\b|"
    r"\b(y a[- ]t[- ]il (des|une?)|are there|is there (any|an?))\b|\bstructures\b|"
    # "who …?" / "où peut-on …?" without a named structure can have several answers; a named
    # structure turns the question back into a precise one (see answers.Composer).
    r"^(who|qui)\b|\b(ou peut-on|ou peut on|where can (i|one|we|you))\b"
)
_SIMILAR = re.compile(
    r"\b(je (veux|voudrais|souhaite|compte|cherche a|pense)|j'aimerais|nous voulons|"
    r"on (veut|voudrait|aimerait|souhaite)|mon projet|notre projet|projet similaire|"
    r"comme (moi|le mien|mon projet)|i want to|i'd like to|i would like to|we want to|"
    r"we'd like to|my project|our project|like mine|similar|ressemble|inspir)\b"
)
# Key-figure kinds, by the words that ask for them.
FIGURE_WORDS: dict[str, str] = {
    "budget": r"budget|chiffre d'affaires|\bca\b|turnover|revenue|recettes?",
    "members": r"adherent|membres?|members?|membership",
    "tonnage": r"tonnes?|tonnage|tons?|kilos?|\bkg\b",
    "sites": r"\bsites?\b|combien de (lieux|locaux|boutiques)|how many (sites|shops|places)",
    "people_supported": r"personnes accompagnees|people (supported|helped)",
    "projects": r"projets? en etude|feasibility",
}
_KEY_FIGURE = re.compile(
    r"\b(combien|how many|how much|nombre|number of|chiffres? cles?|"
    r"key figures?|" + "|".join(FIGURE_WORDS.values()) + r")"
)


def figure_kinds(question: str) -> list[str]:
    folded = fold(question)
    return [kind for kind, pattern in FIGURE_WORDS.items() if re.search(pattern, folded)]


def classify(question: str) -> str:
    folded = fold(question)
    if _SIMILAR.search(folded):
        return SIMILAR
    if _LIST.search(folded):
        return LIST
    if _KEY_FIGURE.search(folded):
        return KEY_FIGURE
    return PRECISE
