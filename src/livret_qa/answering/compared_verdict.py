"""A comparison asked as a yes/no question: 'Is VESTALI's budget bigger than Synapse 3i's?',
'Est-ce que Synapse 3i a plus de salariés que VESTALI ?', 'Is X older than Y?'.

Class: yes/no comparisons of two named structures on a measure. The facts store ranks them
in the direction asked (`order`), the winner first; the question's subject is the structure
it names first. The answer opens with 'Oui'/'Non' before the ranking, as a user asking "is
X bigger?" expects, not only "Y comes first". Pure."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

Verdict = Literal["yes", "no"]


def verdict(subject: str, ranked: Sequence[tuple[str, float | None]]) -> Verdict | None:
    """'yes' when the subject alone leads the ranking, 'no' when another leads or ties with
    it; None when the subject is not ranked or a side has no value (no comparison made)."""
    if len(ranked) < 2 or any(number is None for _, number in ranked):
        return None
    ids = [fiche_id for fiche_id, _ in ranked]
    if subject not in ids:
        return None
    lead_value = ranked[0][1]
    leaders = [fiche_id for fiche_id, number in ranked if number == lead_value]
    return "yes" if leaders == [subject] else "no"
