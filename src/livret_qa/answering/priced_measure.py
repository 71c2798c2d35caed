"""A sum of money the fiche states, asked with a price word ('ça a coûté combien leur budget
en 2020 ?', 'le budget de VESTALI, ça coûte combien ?', 'how much does their payroll cost?').

Class served: answerable questions refused as 'no price stated' because the measure asked (a
budget, a turnover, a payroll) is asked in everyday words, with the verb of a price. A price
is what a thing costs its buyer; a budget that 'costs' is the budget. Reasoned from what the
question names, no new words: with the price words taken out, what is left still asks a
measure of money the lexicon knows, so that measure is asked, not a price. A question naming
no such measure ('combien coûte un panier ?', 'ils payent un loyer ?') is still a price."""

from __future__ import annotations

import re
from collections.abc import Callable

from livret_qa import lexicon as lx

_MONEY = frozenset(m.name for m in lx.MEASURES if m.family == "money")
_MONEY_ASKED = [m.asked for m in lx.MEASURES if m.family == "money"]


def names_money_measure(folded: str) -> bool:
    """Whether a folded question names a measure of money ('leur budget', 'the payroll'):
    its price words then ask that sum, not the price of one thing (bound_qualifiers.py)."""
    return any(lx.compiled(asked).search(folded) for asked in _MONEY_ASKED)


def measure_priced(
    folded: str, price_asked: re.Pattern[str], asked: Callable[[str], tuple[str, str, bool] | None]
) -> bool:
    """Whether a folded question asking a price (`price_asked`) names a measure of money,
    which is then what it asks; `asked` reads a question's attribute (the planner's)."""
    if not price_asked.search(folded):
        return False
    rest = price_asked.sub(" ", folded)
    read = asked(rest)
    return read is not None and read[1].removeprefix("measure:") in _MONEY
