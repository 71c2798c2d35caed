"""Which language a question is in (French or English), from its function words."""

from __future__ import annotations

import re

from livret_qa.lexicon import ENGLISH_FUNCTION_WORDS, FRENCH_FUNCTION_WORDS
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
