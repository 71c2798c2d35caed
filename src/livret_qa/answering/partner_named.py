"""Which words of a question name the partner a sum came from, read from what the fiche writes.

Class: an amount received from a funder, asked in everyday wording ('ils ont touché combien
de l'ademe ?', 'How much did the Campigneulles ressourcerie get from the ESS solidarity fund?'
where the fiche states « … abondé par l'ADEME (1 500€ en 2020) »). The sum-from-a-partner
slot (`slots._sum_from_partner`) needs the partner's name in the sentence giving the amount;
two readings of the question made it ask for words no funder's line holds:

- a structure described by its own place ('the Campigneulles ressourcerie'): the town of the
  structure's card is where it is, not who paid it (`own_place`);
- a funder typed in lower case ('ademe', 'dreets'): a word the fiche writes only as an
  acronym is that acronym all the same (`typed_acronyms`).

Both read the fiche itself (its card, its text), no word list."""

from __future__ import annotations

import re

from livret_qa.parsing.fiche import Fiche
from livret_qa.text import fold

_WORD = re.compile(r"(?<![\w-])([^\W\d_]{3,})(?![\w-])")


def own_place(word: str, fiche: Fiche) -> bool:
    """Whether a word is part of the town or head office on the structure's own card (the
    place the structure is described by, not a partner)."""
    card = fold(" ".join([fiche.contact.town, fiche.identity.head_office]))
    places = set(re.findall(r"[a-z]+", card))
    return fold(word) in places


def typed_acronyms(question: str, raw: str) -> list[str]:
    """The words a question types in lower case that the fiche writes only as an acronym
    ('ademe' when the fiche writes 'ADEME' and never 'ademe' or 'Ademe'), as the fiche
    writes them."""
    out: list[str] = []
    for match in _WORD.finditer(question):
        word = match.group(1)
        if not word.islower():
            continue
        upper = word.upper()
        forms = set(re.findall(rf"(?<![\w-]){re.escape(upper)}(?![\w-])", raw, re.IGNORECASE))
        if forms == {upper} and upper not in out:
            out.append(upper)
    return out
