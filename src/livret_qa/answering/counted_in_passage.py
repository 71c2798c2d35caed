"""A count asked by a part's own words, answered by a passage that states no quantity.

Class served: a near-miss unanswerable count in a part the planner reads as a fact — mostly a
follow-up that keeps the intent of the turn before ('Is the drive thinking of new ways to
sell?' then 'How many customers order online each month?') — answered with the passage
that talks of the thing ('Recherche de nouveaux points de distribution …', 'Usagers
clients : les entreprises …'). The answer's type is bound to the words that ask it ('how
many <thing>', 'combien de <thing>'), not to the intent inherited: a passage with no number
(nor a number word: 'une dizaine', 'aucun') states no count. The fiche's sentence that
counts the thing answers instead; none does: the fiche does not give that count, and the
passage found is the nearest fact.

Only a passage that talks of the thing counted is judged (the nearest fact about it); one
holding a quantity is left to the other checks (counted_head, unit_binding); a duration
('combien de temps', 'how many years') is no count of things."""

from __future__ import annotations

import re

from livret_qa.answering import bound_qualifiers, counted_head
from livret_qa.answering.counted_complement import mentioned_uncounted
from livret_qa.answering.plan import PlanPart
from livret_qa.answering.slots import Filled, Found, Missing, SlotFiller

_DIGITS = re.compile(r"\d")


def _heads(text: str, lang: str) -> list[str]:
    """The head nouns a part counts in its own words ('vending machines' → 'machines')."""
    heads = (
        counted_head.french_counted_heads(text)
        if lang == "fr"
        else counted_head.counted_heads(text)
    )
    return counted_head._plain_heads(heads)


def bound(filler: SlotFiller, part: PlanPart, filled: Filled, lang: str) -> Filled:
    """The passage kept when it states a quantity or no count is asked; else the fiche's
    sentence with a number counting the thing; else the fiche does not give that count."""
    if part.intent != "fact" or part.yes_no or not isinstance(filled, Found):
        return filled
    if not bound_qualifiers.asks_quantity(part.text):
        return filled
    heads = _heads(part.text, lang)
    if not heads:
        return filled
    clause = f"{filled.value} {filled.citation.quote}"
    if bound_qualifiers.states_quantity(clause):
        return filled
    asked = counted_head._asked_things(part.text, lang)
    if not asked:  # a head the glossary does not read as a thing ('came'): nothing to judge
        return filled
    ev = filler.best_sentence(
        filled.fiche_id,
        lambda t: (
            bool(_DIGITS.search(t))
            and counted_head.holds_asked(asked, t)
            and not mentioned_uncounted(asked, t)
        ),
    )
    if ev is not None:
        return filler.found(ev)
    if not counted_head.holds_asked(asked, clause):
        # a passage that does not talk of the thing ('how many collection boxes?' of a line
        # on the textiles sorted) was found for the rest of the question: not judged here
        return filled
    words = [g.word for g in asked]
    return Missing(filled.fiche_id, "attribute", filled, "noun:" + counted_head.joined(words, lang))
