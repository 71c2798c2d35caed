"""Class: an elliptic follow-up that repeats the genitive of the question before it ('What's
the SIRET of Vestali?' then 'and of the computer recycler?'; 'le budget de Vestali ?' then
'et du drive fermier ?', 'et de la ressourcerie ?'). The 'of' / 'de' belongs to the attribute
asked before ('the SIRET of …'), not to what the turn names: read with it, the turn was no
ellipsis naming a structure ('and the computer recycler?' is one) and the answer stayed on
the structure in focus. The turn is read without it ('and the computer recycler?', 'et le
drive fermier ?', 'et la ressourcerie ?'), as typed otherwise.

'et des jouets ?' is left as it is: French 'des' after 'et' is as often a partitive ('and
some toys?'), a thing asked of the one in focus; so are the phrases 'du coup', 'du côté',
'du moins', 'du tout', 'du reste'. Pure: text in, text out."""

from __future__ import annotations

import re

# The opener, then the genitive and the article it holds or precedes.
_GENITIVE = re.compile(
    r"^(?P<open>\W*(?:and|et|what about|how about|ok et|ok and)\s+)"
    r"(?:(?P<of>of\s+)(?=the\b)|(?P<de>de\s+)(?=(?:la|l['’])\W?)|(?P<du>du)\s+(?!(?:coup|cote|côté|moins|tout|reste|coté)\b)(?=[^\W\d_]))",
    re.IGNORECASE,
)


def without_genitive(question: str) -> str:
    """`question` without the genitive an elliptic follow-up repeats ('and of the toy
    recyclers?' -> 'and the toy recyclers?', 'et du drive fermier ?' -> 'et le drive
    fermier ?'); any other question as it is."""
    match = _GENITIVE.match(question)
    if match is None:
        return question
    rest = question[match.end() :]
    if match.group("du"):
        return f"{match.group('open')}le {rest}"
    return f"{match.group('open')}{rest}"
