"""Which language a question is in (French or English), from its function words."""

from __future__ import annotations

import re
from functools import cache

from livret_qa.glossary import EN_FR
from livret_qa.indexing.analyzer import analyze
from livret_qa.lexicon import (
    ENGLISH_FUNCTION_WORDS,
    FIELDS,
    FRENCH_FUNCTION_WORDS,
    MEASURES,
    ROLES,
    Field,
    Measure,
    Role,
)
from livret_qa.text import fold


def detect_language(text: str, default: str = "fr") -> str:
    """'fr' or 'en'. Capitalised words are left out: names ('Le Bois de Deux Mains') are
    French whatever the language of the question around them. A text with no word of either
    language ('names?', 'VESTALI ?') is in `default`: in a conversation, the language it was
    held in."""
    tokens = re.findall(r"\b[^\W\d_]+(?:-[^\W\d_]+)*\b", text)  # not the 'i' of '3i'
    # 'I' is English however it is placed ('Can I volunteer at …?')
    words = [w.lower() for n, w in enumerate(tokens) if n == 0 or not w[0].isupper() or w == "I"]
    accented = any(re.search(r"[éèêàçùâîôû]", w) for w in words)
    # an accent leans French, but less than two English words: English keeps its loanwords
    # ('Does VESTALI run a café?', 'Who runs a repair café?')
    fr = sum(w in FRENCH_FUNCTION_WORDS for w in words) + 1.5 * accented
    en = sum(w in ENGLISH_FUNCTION_WORDS for w in words)
    # the possessive 's is English, whatever follows ("Oxfam's budget?", "VESTALI's staff?")
    en += len(re.findall(r"['’]s\b", text))
    if fold(text).strip().startswith(("y a t", "y a-t")):
        fr += 2
    if en == fr == 0:
        return default
    return "en" if en > fr else "fr"


@cache
def _english_only_words() -> frozenset[str]:
    """Words of the glossary's and the lexicon's English side that its French side never
    writes ('staff', 'phone', 'key', 'figures'): 'budget', 'contact', 'site' are both."""
    english = {w for k in EN_FR for w in k.lower().split()}
    labelled: tuple[Measure | Field | Role, ...] = (*MEASURES, *FIELDS, *ROLES)
    english |= {w for m in labelled for w in m.label_en.lower().split()}
    english |= {"key", "figures", "email"}
    french = {fold(w) for v in EN_FR.values() for x in v for w in x.split()}
    french |= {fold(w) for m in labelled for w in m.label_fr.split()}
    return frozenset(english - french - FRENCH_FUNCTION_WORDS)


def terse_language(text: str, booklet: set[str]) -> str:
    """The language of a first question with no function word of either language, from its
    content words: 'key figures of Synapse 3i' or 'staff Jardin de Cocagne' is English (its
    labels then are: « key figures », not « chiffres clés »), 'budget Synapse 3i' French. A
    word the booklet writes ('contact', 'café'; `booklet`: its analyzed tokens) is French too.
    Class: terse adviser queries typed in English, opening a conversation."""
    tokens = re.findall(r"\b[^\W\d_]+(?:-[^\W\d_]+)*\b", text)
    words = [w.lower() for n, w in enumerate(tokens) if n == 0 or not w[0].isupper()]
    english = [w for w in words if w in _english_only_words()]
    return "en" if any(not set(analyze(w)) <= booklet for w in english) else "fr"
