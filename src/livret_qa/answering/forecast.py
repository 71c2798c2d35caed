"""A forecast against an actual figure (class: 'quel a été le budget réalisé ?', 'the actual
budget, not the forecast', 'et le budget prévisionnel ?').

The booklet gives some figures as forecasts ('260 000 € (budget prévisionnel 2021)') and
others as what was spent or reached ('878 296 € (2019)'). Asked for the actual figure, a
forecast is the nearest fact, not the answer; asked for the forecast, a figure the booklet
does not call one is the nearest fact. A question naming neither is answered with whatever
the fiche gives, its qualifier shown (`lexicon.FIGURE_QUALIFIERS`). A target ('atteindre un
chiffre d'affaires mensuel de 10 000€') answers only a question asking the aim. Pure
functions over folded text (`text.fold`)."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx


def kind_asked(folded_question: str) -> str | None:
    """'actual', 'forecast', or None when the question does not say which ('quel budget ?').
    Negating the forecast ('pas le prévisionnel') asks the actual figure. Naming both ('c'est
    un prévisionnel ou du réalisé ?') asks which one it is: the figure with its qualifier."""
    if asks_which_kind(folded_question):
        return None
    if lx.compiled(lx.ACTUAL_ASKED).search(folded_question):
        return "actual"
    if lx.compiled(lx.FORECAST_ASKED).search(folded_question):
        return "forecast"
    return None


def asks_which_kind(folded_question: str) -> bool:
    """Class: the status of a figure asked ('is that the real figure or a forecast?', 'c'est
    un prévisionnel ou du réalisé ?'): both kinds named as alternatives ask which one the
    figure is, answered by the figure and the qualifier its fiche gives — no yes or no, and
    no gap for either kind (lexicon FIGURE_KIND_EITHER)."""
    return bool(lx.FIGURE_KIND_EITHER.search(folded_question))


def missing_kind(folded_question: str, folded_clause: str, quoted: str = "") -> str | None:
    """What the figure's own clause lacks of what is asked: 'actual' (a forecast was found
    for an actual figure), 'forecast' (the reverse), 'target' (a target was found, no aim
    asked), or None when it answers. `quoted`: the clause as the booklet words it, where a
    target's word must come before the number (`_aims_at_its_number`); the clause if none."""
    asked = kind_asked(folded_question)
    forecast = bool(lx.compiled(lx.FORECAST_STATED).search(folded_clause))
    aimed = bool(lx.compiled(lx.TARGET_ASKED).search(folded_question))
    target = _aims_at_its_number(quoted or folded_clause)
    if target and not aimed and asked != "forecast":
        return "target"
    if asked == "actual" and forecast:
        return "actual"
    if asked == "forecast" and not forecast:
        return "forecast"
    return None


def _aims_at_its_number(folded_clause: str) -> bool:
    """Whether a clause states its figure as a target: the target's word comes before the
    number ('objectif : … atteindre un chiffre d'affaires de 10 000€'), not after it ('en
    créant 4 nouveaux postes, son objectif est de vendre des prestations' states 4 posts)."""
    target = lx.compiled(lx.TARGET_STATED).search(folded_clause)
    return target is not None and bool(re.search(r"\d", folded_clause[target.end() :]))
