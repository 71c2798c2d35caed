"""Which structures state a figure or a card field.

Class of questions: 'Which structures give a number of volunteers?', 'Quelles fiches indiquent
un chiffre d'affaires ?', and the same asked with a verb of having ('Which structures have a
budget?', 'lesquelles possèdent un chiffre d'affaires ?', 'qui dispose d'un site internet ?',
'structures avec bénévoles chiffrés'). The list holds the structures whose fiche states the
figure or field, each with its value; not every structure the search ranked, nor one whose
only line says it gives none. Pure: reads the folded question and the planned attribute."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.text import fold

# The words of a negation around a stating verb ('ne … pas', "n'… aucun", "don't").
_NEGATION_WORDS = re.compile(
    r"\b(ne|don.?t|do not|does not|doesn.?t|never)\s+|\bn['’]|\s+(pas|aucun|aucune|point)\b",
    re.IGNORECASE,
)


def negated(folded: str) -> bool:
    """Whether a list asks which structures do NOT state something ('lesquelles
    n'indiquent pas leur nombre d'adhérents ?', "which ones don't give a budget?")."""
    return bool(lx.NEGATED_STATING.search(folded))


def unnegated(text: str) -> str:
    """The question asked without its negation, as 'which ones state it' reads (folded or
    as typed): a negated list is the complement of that list."""
    if not negated(fold(text)):
        return text
    return " ".join(_NEGATION_WORDS.sub(" ", text).split())


def asks_which_state(folded: str, intent: str, attribute: str) -> bool:
    """Whether a question asks which structures state a figure or a card field. A verb of
    stating ('donnent', 'mention', 'publish') asks it of any figure; a verb of having asks it
    of a figure whose noun is a quantity ('un budget', 'a turnover', 'un tonnage') or of a
    count named as one ('un nombre de bénévoles'), not of things had ('ont des bénévoles ?',
    'ont une boutique ?' ask who has any, which a fiche may say with no number); of a card
    field a card may leave out (a website, a SIRET), not of a status or a network all cards
    give; and of a part of the template a fiche fills or leaves blank (whether it can be
    replicated), however the list is asked. Negated ('lesquelles ne donnent pas …'), it
    asks the same, the list then keeping those that do not (`negated`)."""
    folded = unnegated(folded)
    if intent == "figure" and lx.WHICH_STATE_FIGURE.search(folded):
        return True
    if intent == "fact" and attribute.partition(":")[2] in lx.STATED_SUBPARTS:
        # 'quelles structures peuvent essaimer ?': those whose part of the template says so
        return bool(lx.LIST_FRAME.search(folded) or lx.WHICH_HAVE.search(folded))
    if intent == "field" and attribute.partition(":")[2] in lx.STATED_FIELDS:
        return bool(lx.WHICH_STATE_FIGURE.search(folded) or lx.WHICH_HAVE.search(folded))
    if intent != "figure" or not lx.WHICH_HAVE.search(folded):
        return False
    quantity = attribute.partition(":")[2] in lx.QUANTITY_MEASURES
    return quantity or bool(lx.QUANTITY_WORDS.search(folded))


def names_beside_attribute(text: str, attribute: str) -> bool:
    """Whether a question names someone (a capitalised word past its first) besides the card
    field it asks: 'Which ones mention ADEME funding?' names a funder, so it asks who names
    it, not who states a figure; 'Which structures have a SIRET number?', 'a Facebook page'
    name only the field."""
    kind, _, name = attribute.partition(":")
    asked = next((f.asked for f in lx.FIELDS if f.name == name), "") if kind == "field" else ""
    words = text.split()
    folded = [fold(w) for w in words]
    starts = [sum(len(w) + 1 for w in folded[:i]) for i in range(len(folded))]
    spans = [m.span() for m in lx.compiled(asked).finditer(" ".join(folded))] if asked else []
    for i, word in enumerate(words[1:], start=1):
        if not word[:1].isupper():
            continue
        start, end = starts[i], starts[i] + len(folded[i])
        if not any(a < end and start < b for a, b in spans):
            return True
    return False


def label_line_asked(folded: str, attribute: str) -> str:
    """The attribute a list asking which structures have a label reads: the card's LABEL line
    ('Quelles structures ont un label ?'), not its approvals, unless it names approvals too
    ('un label ou un agrément'). Asked of one structure, its labels are its approvals too."""
    label = next(f for f in lx.FIELDS if f.name == "label")
    approval = r"agrement|agree[es]?\b|approv\w*|accredit\w*|certifi\w*"
    if attribute != "field:agrements" or not lx.compiled(label.asked).search(folded):
        return attribute
    return attribute if lx.compiled(approval).search(folded) else "field:label"
