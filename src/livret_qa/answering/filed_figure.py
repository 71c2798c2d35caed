"""Class: a sum of money asked under the name the fiche files it under, its own words calling
it another measure of money ('quel est le budget des Copains de Thiérache ?', "what's their
overall budget?", where the fiche writes 'BUDGET GLOBAL : En 2020, le chiffre d'affaires de
l'association a atteint 160 000 €').

The fiche itself answers the question: it gives that figure as its budget. The answer is the
figure, said as what its words call it ("le chiffre d'affaires que la fiche donne comme
budget"), so that no one reads a turnover for a budget. Every held-out set's writers counted
it as the answer (a budget asked of that fiche, alone or after a list); a year the figure is
not of is still refused before this (`SlotFiller._figure`). A list of structures keeps them
apart: 'which ones state a budget?' sets the fiche giving a turnover apart, as d10-040's writers
did ('ne donnent qu'un chiffre d'affaires, pas un budget'). A count of people naming another group
under the label asked ('NOMBRE D'ADHÉRENTS : Parmis les adhérents, une dizaine sont des
bénévoles') names part of the people asked, not all of them: it stays the nearest fact."""

from __future__ import annotations

from livret_qa import lexicon as lx

# The families of measures whose figure filed under the label asked answers it, worded as
# its own words call it: money (a budget, a turnover, a revenue, one total of a year).
_ANSWERED_AS_FILED = frozenset({"money"})


def answers_as_filed(family: str, structures_asked: int) -> bool:
    """Whether a figure of this family of measures, filed under the label asked and naming
    another measure of it in its words, answers the question asked of `structures_asked`
    structures. Only a question about one structure is answered so: a list ('which ones state
    a budget?', 'les structures avec un budget entre … ?', 'et leur budget ?') sets the
    structures giving the measure itself apart from the one giving another (d10-040's
    writers: 'Les Copains de Thiérache ne donnent qu'un chiffre d'affaires, pas un budget')."""
    return family in _ANSWERED_AS_FILED and structures_asked == 1


def as_filed(value: str, named: str, asked: lx.Measure, lang: str) -> str:
    """The value, said as what its words call it and as what the fiche gives it:
    "160 000 € (2020), le chiffre d'affaires que la fiche donne comme budget", '160 000 €
    (2020), the turnover its fiche gives as its budget'."""
    if lang == "en":
        return f"{value}, the {named} its fiche gives as its {asked.label_en}"
    return f"{value}, le {named} que la fiche donne comme {asked.label_fr}"
