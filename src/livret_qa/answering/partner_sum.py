"""Class: the sum one named funder gave, asked of a structure in everyday typing ('et le haut
commissariat il a donné combien ?', "et l'ademe elle a mis combien ?" after a turn listing
its funders): the fiche's sentence naming that funder with a sum ('Fond de solidarité à
l'ESS mis en œuvre par le Haut-Commissariat à l'ESS (1 500€ en 2020)') answers, not the
funders' list, which names no sum and was quoted as 'ne donne pas ce montant'.

A funder is a word of the question the fiche writes as a name (capitalised or in capitals,
whatever case the question types it in), not one of the structure's own names. A funder the
fiche names with no sum (the DIRECCTE's 'Aides à l'emploi') stays refused. Pure functions
over text; the composer picks the sentence."""

from __future__ import annotations

import re
import unicodedata

from livret_qa import lexicon as lx
from livret_qa.text import fold

_WORD = re.compile(r"[^\W\d_]\w*")  # 'Haut-Commissariat' is 'haut' and 'commissariat'

_MIN_LETTERS = 3


def named_funders(question: str, fiche_text: str, own: set[str]) -> list[str]:
    """The folded words of `question` that `fiche_text` writes as a name (its first letter a
    capital, 'Haut-Commissariat', 'ADEME'), its stop words and the structure's `own` name
    words aside: 'haut', 'commissariat', 'ademe'."""
    out: list[str] = []
    for word in _WORD.findall(question):
        folded = fold(word)
        if len(folded) < _MIN_LETTERS or folded in lx.STOPWORDS or folded in own:
            continue
        if folded not in out and _written_as_name(folded, fiche_text):
            out.append(folded)
    return out


def _written_as_name(folded: str, text: str) -> bool:
    """Whether a text writes a folded word as a whole word beginning with a capital."""
    pattern = re.compile(rf"(?<!\w){re.escape(folded)}(?!\w)", re.IGNORECASE)
    return any(m.group(0)[:1].isupper() for m in pattern.finditer(_plain(text)))


def _plain(text: str) -> str:
    """The text with its accents off, its case kept."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def names_all(sentence: str, funders: list[str]) -> bool:
    """Whether a sentence names every funder word asked (accents and case aside)."""
    folded = fold(sentence)
    return all(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", folded) for f in funders)
