"""Lists with an exclusion: the class of list questions that leave out a town, an area or a
structure ('lesquelles sont dans le Nord hors métropole lilloise ?', 'Which structures are in
the Somme apart from Amiens?', 'à part Synapse 3i, qui d'autre est dans la Somme ?', 'sans
compter celles de Boulogne', 'other than VESTALI', 'leaving aside the Cocagne garden'), or a
structure described rather than named ('à part la ressourcerie', 'apart from the toy charity':
the one its description fits clearly best, `described_things`). Read whole, the excluded
place was taken as the place asked (the list held only the structures it should leave
out); the list is the one asked without the exclusion, minus the structures standing in
the place left out (their town or head office, `stands_in`; an area of the region's table,
`list_scope.in_area`) or named. None left: a refusal that says so and names those left out.

Not of this class: a figure computed over the structures ('how many reuse initiatives outside
the Pas-de-Calais?', 'la moyenne des budgets hors Pas-de-Calais', 'outside the 62, who has the
most members?') leaving out a département. Its planner reads that exclusion itself
(`aggregate_conditions.excluded_departements`) and computes the figure over those kept;
narrowing the structures after the figure is computed kept the figure of all
(`LeftOut.departements` says the exclusion was a département's).

Only an exclusion the booklet resolves to structures counts: 'hors subventions', 'sauf le
lundi' leave the question as asked; a département left out ('hors du Nord', 'outside the
62') leaves out the structures it holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from livret_qa import facet_words as fw
from livret_qa.answering import list_scope
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.parsing.fiche import Fiche
from livret_qa.text import fold

# The words leaving something out of a list, read on the folded question.
_MARK = (
    r"(?:hors(?: de| du| des| d')?|en dehors (?:de|du|des|d')|mis a part|a part|sauf"
    r"|excepte(?:e|s|es)?|a l'exception (?:de|du|des|d')|sans compter|hormis|(?:d')?autres? que"
    r"|apart from|aside from|except(?: for)?|excluding|other than|besides|not counting"
    r"|leaving out|outside(?: of)?|(?:leaving|setting|putting|leave|set|put) aside"
    r"|(?:en )?laissant de cote|mise?s? de cote|not including|sans inclure)"
)
# What is left out runs to a punctuation mark or the verb of the question.
_LEFT_OUT = re.compile(
    rf"(?:,\s*)?\b{_MARK}\s+(?P<what>[^,;:?!.]+?)"
    r"(?=\s*[,;:?!.]|\s+(?:qui|que|sont|est|are|is|which|who|do|does|font|fait)\b|\s*$)"
)
# A word leaving something out, anywhere in a folded question ('à part la ressourcerie ?').
LEAVING_OUT = re.compile(rf"\b{_MARK}\b")
# 'qui d'autre', 'which other', 'who else', 'il reste quelles structures ?', 'which ones
# remain?': the others are what the list holds anyway.
_OTHER = re.compile(
    r"\b(?:d'autre|else|other)\b\s*"
    r"|\b(?:il\s+)?rest(?:e|ent)(?:[- ]t[- ]il)?\b\s*|\brestante?s\b\s*|\bremain(?:s|ing)?\b\s*"
)


@dataclass(frozen=True)
class LeftOut:
    """A list question read without its exclusion, and the structures it leaves out."""

    asked: str  # the question as asked
    question: str  # the question without the exclusion
    what: str  # the words naming what is left out, as typed
    fiche_ids: frozenset[str]
    departements: bool = False  # what is left out is a département ('hors du Nord')


def left_out(
    question: str,
    fiches: list[Fiche],
    named: Callable[[str], list[str]],
    stands_in: Callable[[Fiche, list[str]], bool],
    described: Callable[[str], list[str]] | None = None,
) -> LeftOut | None:
    """The exclusion a question asks, resolved to the structures it leaves out: those
    `named` in it (fiche ids), or standing in the département, town or area it names; None
    when it leaves out nothing the booklet places."""
    folded = fold(question)
    if len(folded) != len(question):
        return None  # positions read on the folded text must hold on the question
    m = _LEFT_OUT.search(folded)
    if m is None:
        return None
    what = question[m.start("what") : m.end("what")].strip()
    ids = _resolved(what, fiches, named, stands_in)
    if not ids and described is not None and _describes_one(what, question, m, named):
        # 'à part la ressourcerie', 'apart from the wood workshop': a structure described,
        # not named, is left out when the description fits one clearly best
        ids = set(described(what))
    departements = bool(_departements(what))
    if not ids:
        return None
    kept = (question[: m.start()] + question[m.end() :]).strip()
    kept = _OTHER.sub("", kept)
    kept = re.sub(r"\s+([?!.])", r"\1", re.sub(r"\s+", " ", re.sub(r"^\W+", "", kept)))
    if len(re.findall(r"[^\W\d_]{3,}", kept)) < 2:
        return None
    return LeftOut(
        asked=question,
        question=kept,
        what=what,
        fiche_ids=frozenset(ids),
        departements=departements,
    )


def _describes_one(
    what: str, question: str, m: re.Match[str], named: Callable[[str], list[str]]
) -> bool:
    """Whether what is left out reads as one structure described: after a definite article
    ('la ressourcerie', 'the toy charity'; 'besides computers' leaves out a thing), in a
    question naming no structure itself ('what does Synapse 3i take apart besides computers?'
    asks of Synapse 3i, no list)."""
    if not re.match(r"(?:la|le|l'|les|the|cette|ce|that|this)\s*\w", fold(what)):
        return False
    return not named(question[: m.start()] + " " + question[m.end() :])


def _resolved(
    what: str,
    fiches: list[Fiche],
    named: Callable[[str], list[str]],
    stands_in: Callable[[Fiche, list[str]], bool],
) -> set[str]:
    """The structures `what` leaves out: of a département it names, named, in a town it
    names (or its first word, of several: 'Boulogne'), or in an area of the region's table."""
    folded = _spaced(what)
    codes = _departements(what)
    if codes:  # 'hors du Nord', 'outside the 62': the structures of the département
        return {f.id for f in fiches if f.contact.departement_code in codes}
    ids = set(named(what))
    towns = [t for t in fw.TOWNS if _spaced(t) in folded]
    for f in fiches:  # a town as written, or by its first word ('Boulogne' for
        words = _spaced(f.contact.town).split()  # 'Boulogne sur Mer')
        if words and (_spaced(f.contact.town) in folded or f" {words[0]} " in folded):
            towns.append(f.contact.town)
    in_towns = {f.id for f in fiches if towns and stands_in(f, towns)}
    ids |= in_towns
    if not in_towns:  # an area ('la métropole lilloise', 'the Lille metropolitan area')
        for pattern in fw.AREAS:
            if re.search(rf"(?<![\w-])(?:{pattern})(?![\w])", folded.strip()):
                ids |= {f.id for f in fiches if list_scope.in_area(f, pattern)}
    return ids


def _departements(what: str) -> set[str]:
    """The codes of the départements `what` names ('le Pas-de-Calais', 'the 62')."""
    folded = _spaced(what)
    codes = {c for c, name in DEPARTEMENTS.items() if _spaced(name) in folded}
    return codes | set(re.findall(r"(?<= )(?:02|59|60|62|80)(?= )", folded)) & set(DEPARTEMENTS)


def _spaced(text: str) -> str:
    """`text` folded, its hyphens, apostrophes and runs of spaces as one space, a space either
    side ('hors de l'Aisne' names the Aisne: an elided article is no part of the name)."""
    return " " + re.sub(r"[\s'’-]+", " ", fold(text)).strip() + " "
