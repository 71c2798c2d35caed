"""The words of a contact asked, left out of the search that picks the structure.

Class: a terse query describing a structure and asking how to reach it ('ressourcerie montreuil
contact mail', 'recyclerie jouets villeneuve tel', 'atelier informatique amiens email'): every
fiche has a contact card, so 'contact', 'mail' or 'tel' tell no structure from another, but they
match one card's own words ('contact@…') and can outrank the structure described. The
structure is picked by the words that describe it; the field is then read from its card."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.text import aligned_fold

# the fields every contact card holds: asking one of them describes no structure
CARD_CONTACT_FIELDS = ("email", "phone", "website", "address")
_CONTACT = re.compile(r"\bcontacts?\b|\bcoordonnees\b|\bdetails\b|\bnumeros?\b|\bnumbers?\b")
_WORD = re.compile(r"[\w']+")
# fewer describing words than this, and the field words are what there is to search on
MIN_DESCRIBING_WORDS = 2


def without_contact_words(query: str) -> str:
    """`query` with the words asking a contact field blanked out, or `query` itself when
    what is left describes too little to pick a structure."""
    folded = aligned_fold(query)
    spans = [m.span() for m in _CONTACT.finditer(folded)]
    for field in lx.FIELDS:
        if field.name in CARD_CONTACT_FIELDS:
            spans += [m.span() for m in lx.compiled(field.asked).finditer(folded)]
    kept = list(query)
    for start, end in spans:
        kept[start:end] = " " * (end - start)
    rest = " ".join("".join(kept).split())
    return rest if len(_WORD.findall(rest)) >= MIN_DESCRIBING_WORDS else query
