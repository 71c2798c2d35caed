"""One structure's figure held against a bound, asked yes or no: 'Does VESTALI have a budget
over 500k?', 'Le Bois de Deux Mains a-t-il été créé avant 2010 ?', 'VESTALI a plus de 10
salariés ?', and after an answer about one structure 'does it have more than 20 volunteers?'.

Class: yes/no threshold questions about one structure. Read as a fact, such a question was
answered 'Oui' with whatever sentence shared its words, or refused for want of the bound's
year ('rien pour 2010'). As a bound over that one structure's row of the facts store, the
answer says yes or no from its stated value, and abstains only when the fiche states none.
Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from livret_qa import lexicon as lx
from livret_qa.answering.aggregate_conditions import BOUND_OPS, Condition
from livret_qa.text import fold


def asks_without_wh_word(question: str) -> bool:
    """No 'which/combien/quel…' asks for something else than a yes or a no ('Quel budget a
    VESTALI, plus de 500k ?' asks the budget)."""
    asked = re.sub(r"^est[- ]ce qu(e\b|')\s*", "", fold(question).strip())
    return not lx.NOT_YES_NO.search(asked) and not _WH_ANYWHERE.search(asked)


# A wh-word anywhere ('les recettes ont progressé de combien entre 2018 et 2019 ?'): a
# value is asked, not a yes or a no.
_WH_ANYWHERE = re.compile(
    r"\b(combien|quel(le)?s?|lequel|laquelle|lesquel(le)?s|quand|pourquoi|comment|how|what|"
    r"which|when|why|who|whom|whose|where)\b"
)


def bound_asked_of_one(
    named: Sequence[str],
    focus: Sequence[str] | None,
    conditions: list[Condition],
    question: str,
) -> Condition | None:
    """The one bound a yes/no question holds one structure's figure against, or None: one
    structure named (or, none named, one in focus), exactly one bound on a measure, no
    wh-word."""
    one = len(named) == 1 or (not named and focus is not None and len(focus) == 1)
    bounds = [c for c in conditions if c.op in BOUND_OPS and c.measure and c.value is not None]
    if not one or len(bounds) != 1 or not asks_without_wh_word(question):
        return None
    return bounds[0]
