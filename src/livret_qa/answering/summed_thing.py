"""Which structures' figures a total or list of a measure of a thing may count.

Class: a measure of a material or thing the fiche does not state ('combien de tonnes de
métal à Pommiers ?', 'how many tonnes of fish in all?'), answered from the facts store
with the measure of another thing ('1 100 tonnes de bois'): the store holds one figure
per structure and measure, whatever it measures. A row counts when its sentence binds
the unit asked to the thing asked (unit_binding.states_thing); when none does, nothing
is counted and the figures found are the nearest facts. Pure logic over the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from livret_qa.answering import unit_binding
from livret_qa.facts.query import FactRow


def thing_asked(question: str) -> str:
    """The thing a measure is asked of, as written ('métal' of 'tonnes de métal'), quoted."""
    raw: list[str] = []
    unit_binding.asked_type(question, "", raw)
    return ", ".join(f"« {w} »" for w in raw[1:])


def binding(
    question: str, rows: Sequence[FactRow], vocab_of: Callable[[str], set[str]]
) -> list[str] | None:
    """The structures whose row states the measure asked of the thing asked; None when the
    question asks a unit of no thing ('combien de tonnes au total ?') or a share."""
    kind, stated, things = unit_binding.asked_type(question, "")
    if not kind or kind == "share" or not things:
        return None
    return [
        r.fiche_id
        for r in rows
        if unit_binding.states_thing(
            r.text or r.citation.quote, stated, things, vocab_of(r.fiche_id)
        )
    ]
