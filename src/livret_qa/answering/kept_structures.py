"""The structures a list or a figure keeps once some are left out.

Class served: lists and figures that leave structures out by where they stand or by name, with
nothing else to narrow them.

- a list whose only condition is a place left out ('Quelles structures sont en dehors du
  Pas-de-Calais ?', 'Which structures are outside the Nord?', 'lesquelles hors de l'Aisne
  ?'): read without its exclusion the question has no words at all and was refused; it asks
  every structure of the booklet but those standing there (asked of the départements where
  the others stand);
- a figure computed over structures, a town or a structure left out ('combien d'adhérents
  au total dans le Pas-de-Calais, sans compter celle de Liévin ?', 'the combined budget of
  the Pas-de-Calais ones, leaving out the one in Boulogne'): the structures kept bound the
  query over the facts, which otherwise computed the figure of all of them;
- a list follow-up leaving out one of the last list by describing it ('à part la ressourcerie
  ?', 'Apart from the fish one?', 'sauf celle de Liévin ?', 'other than the toy place?'):
  the description picks the one(s) it describes among the last list, as 'the fish one' does;
  the answer is the others of that list, not the one described.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from livret_qa.answering.exclusion import LEAVING_OUT
from livret_qa.answering.messages import say
from livret_qa.text import fold

_IN = {"fr": "dans", "en": "in"}
REST_OF_LIST = "the last list, the ones the follow-up describes left out"


def only_a_place_left_out(abstain_reason: str, lang: str) -> bool:
    """Whether a list read without its exclusion was refused for having no word at all: the
    place left out was its only condition."""
    return say("reason_no_words", lang) in abstain_reason


def over_the_places(question: str, lang: str, departements: list[str]) -> str:
    """`question` (its exclusion taken out) asked of the départements the structures kept
    stand in, so that each is listed with the address that places it."""
    body = re.sub(r"\s*[?!.]*\s*$", "", question)
    places = ", ".join(dict.fromkeys(d for d in departements if d))
    return f"{body} {_IN['en' if lang == 'en' else 'fr']} {places} ?"


def query_within(query: dict[str, Any], kept: list[str], every: list[str]) -> dict[str, Any]:
    """A facts query bound to the structures `kept` (of `every`): those not kept left out,
    beside any the query already leaves out."""
    left = [f for f in every if f not in kept]
    if not left:
        return query
    filters = dict(query.get("filters") or {})
    filters["not_structures"] = sorted({*filters.get("not_structures", []), *left})
    return {**query, "filters": filters}


def the_rest_of_list(
    question: str,
    described: list[str],
    intents: Sequence[str],
    listed: list[str],
    picked: list[str],
) -> list[str]:
    """Of a list follow-up's last list `listed`, those it keeps when it leaves out the ones its
    description (`described`: the words or places picking them) `picked` ('à part la
    ressourcerie ?'); `picked` itself when the question asks of those described (no word
    leaving them out: 'celle de Guise vend quoi à part des produits alimentaires ?' leaves
    out a thing, not the one of Guise), or a part asks no list."""
    if len(listed) < 2 or not picked or set(listed) <= set(picked):
        return picked
    if any(i != "list" for i in intents):
        return picked
    folded = fold(question)
    mark = LEAVING_OUT.search(folded)
    if mark is None:
        return picked
    after = f" {re.sub(r'[^a-z0-9]+', ' ', folded[mark.end() :])} "
    words = {w for d in described for w in re.findall(r"[a-z0-9]{3,}", fold(d))}
    if not any(f" {w} " in after for w in words):
        return picked
    return [f for f in listed if f not in picked]
