"""The act a count is bound to (class: a count of things sold asked where the fiche counts
them given away or collected: 'how many toys do they sell?' of '3,5 tonnes de jouets
collectés', 'ok and how many do they sell?' after '1200 ordinateurs sont donnés par an').

A figure answers a count only when it counts what the question counts done the way it asks:
a figure stating another act (given for sold, collected for sold) is the nearest fact, not
the answer. A figure stating no act at all ('309 ateliers', 'BÉNÉFICIAIRES : 400') is left
to the other checks. Pure functions over folded text (`text.fold`)."""

from __future__ import annotations

from livret_qa import lexicon as lx


def acts_in(folded: str, asked: bool) -> set[str]:
    """The acts (`lexicon.COUNTED_ACTS`) a question asks (`asked`) or a clause states."""
    return {
        act
        for act, (ask_rx, state_rx, _, _) in lx.COUNTED_ACTS.items()
        if (ask_rx if asked else state_rx).search(folded)
    }


def act_not_stated(folded_question: str, folded_clause: str) -> str | None:
    """The act the question asks that the figure's clause does not state, when that clause
    states another one instead ('vendus' asked, 'collectés' stated); None when it states the
    act asked, states none, or the question asks none."""
    if not lx.COUNT_ASKED.search(folded_question) and not (
        lx.ACT_QUALIFIED_MEASURE.search(folded_question)  # 'leur tonnage collecté'
    ):
        return None  # 'which fiches give a tonnage figure?': 'give' frames, it counts nothing
    asked = acts_in(folded_question, asked=True)
    stated = acts_in(folded_clause, asked=False)
    if not asked or not stated or asked & stated:
        return None
    return sorted(asked)[0]


def act_label(act: str, noun: str, lang: str) -> str:
    """What is asked in words: the noun counted and the act ('jouets vendus', 'toys sold')."""
    _, _, fr, en = lx.COUNTED_ACTS[act]
    said = en if lang == "en" else fr
    return f"{noun} {said}" if noun else said
