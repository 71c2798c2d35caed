"""'Je prépare une réunion : quelles structures sont dans le Nord ?', 'For a report: which
ones are in the Somme?': the asker says why they ask, then asks. The preamble is no topic (read
as one, 'prépare' found the fiche of 'plats préparés' and the place list shrank to two), so the
question after the colon is what is answered. A project described before the colon ('je veux
monter une recyclerie : qui fait déjà ça ?') is the question's subject and stays."""

from __future__ import annotations

import re
from collections.abc import Callable

from livret_qa import lexicon as lx
from livret_qa.text import fold

MIN_ASKED_WORDS = 3  # the question after the colon stands alone
_PREAMBLE = re.compile(r"^(?P<pre>[^:?!]{3,120}?)\s*:\s*(?P<rest>\S.*)$", re.S)
# who is speaking and why: 'je prépare', 'nous organisons', 'pour un rapport', 'I'm writing'
_SPEAKER = re.compile(
    r"^\s*(bonjour|hello|hi|salut)?[ ,]*(je|j'|nous|on|pour|dans le cadre|i|i'm|i am|we|we're|"
    r"we are|for|as part of|quick question|question)\b",
    re.I,
)
_NAME_INSIDE = re.compile(r"(?<!^)\b[A-Z][\w-]*")  # a capitalised word after the first: a name
# 'For the toy association: …', 'pour l'asso de Guise : …', 'about the Boulogne one: …': the
# preamble names, by a description, the one structure the rest asks of (class: a structure
# named by description, town + kind or activity); it is the question's subject, no context
_OF_ONE_DESCRIBED = re.compile(r"^\s*(pour|for|about|concernant|regarding|sur)\s+")
_ASKS = re.compile(
    r"\?|\b(quel(le)?s?|lesquel(le)?s|qui|combien|ou|quand|comment|which|what|who|where|"
    r"when|how|list|liste)\b"
)


def asked_after_context(question: str) -> str | None:
    """The question after a preamble saying why it is asked, or None when there is none."""
    match = _PREAMBLE.match(question.strip())
    if match is None:
        return None
    pre, rest = match.group("pre"), match.group("rest")
    folded_pre, folded_rest = fold(pre), fold(rest)
    if not _SPEAKER.match(folded_pre) or lx.PROJECT_DESCRIPTION.search(folded_pre):
        return None
    if _describes_one(folded_pre):
        return None
    if _ASKS.search(folded_pre) or _NAME_INSIDE.search(pre.strip()):
        return None  # 'For VESTALI: …', 'Pour Synapse 3i, quelle est l'histoire : …' ask of it
    if not _ASKS.search(folded_rest) or len(folded_rest.split()) < MIN_ASKED_WORDS:
        return None
    if lx.PROJECT_DESCRIPTION.search(folded_rest) and not lx.LIST_FRAME.search(folded_rest):
        return None  # 'je suis éducatrice : on voudrait monter …' describes after the colon
    return rest


def _describes_one(folded_pre: str) -> bool:
    """Whether the preamble is 'for' one structure described by its kind ('for the toy
    association', "pour l'atelier de Pommiers"): the subject, not why the asker asks."""
    opening = _OF_ONE_DESCRIBED.match(folded_pre)
    if opening is None:
        return False
    described = lx.DESCRIBED_ONE.match(folded_pre, opening.end())
    return described is not None and not lx.PLURAL_STRUCTURES.search(folded_pre)


# 'on est une petite asso à Amiens et je me demandais combien …', 'we're a small charity in
# Lille, and I was wondering how many …': who the asker is, then what they wonder. The words
# of wondering end the preamble; what follows is the question.
_WONDERING = re.compile(
    r"^(?P<pre>.{3,160}?)[,;]?\s+(?:(?:et|and|so|alors|du coup)\s+)?"
    r"(?:je me demandais|je me demande|je voulais savoir|je voudrais savoir|j.aimerais savoir|"
    r"i was wondering|i wonder|i.m wondering|i.d like to know|i would like to know|"
    r"i wanted to know)\b[,\s]*(?:(?:si|if|whether)\s+)?(?P<rest>\S.*)$",
    re.S | re.I,
)


# the rest pointing back at the asker's place ('y a-t-il un jardin près de chez nous ?', 'any
# near us?'): the preamble's town is then the constraint asked, and stays
_HERE = re.compile(
    r"\b(chez (nous|moi)|dans (le|notre|mon) (coin|secteur|territoire|departement|region|"
    r"ville|commune)|pres d.ici|par ici|autour de (nous|moi|chez)|a cote|pas loin|"
    r"near (us|me|here|by)|nearby|around (here|us|me)|close (to|by)|in (our|my) (area|town|"
    r"city|region|department)|local(ly)?|sur place|la.bas|there)\b"
)


def asked_after_wondering(question: str, names_structure: Callable[[str], bool]) -> str | None:
    """The question after a preamble where the asker says who they are and then what they
    wonder (class: a context preamble with no colon; read as a constraint, its town refused
    the fiche asked, 'la fiche ne mentionne pas Amiens'). A preamble naming a structure
    ('we work with VESTALI and I was wondering how many members they have'), describing a
    project the asker plans, or whose place the rest points back at ('… près de chez nous')
    is the question's subject and stays: None."""
    match = _WONDERING.match(question.strip())
    if match is None:
        return None
    pre, rest = match.group("pre"), match.group("rest")
    folded_pre = fold(pre)
    if not _SPEAKER.match(folded_pre) or lx.PROJECT_DESCRIPTION.search(folded_pre):
        return None
    if names_structure(pre) or len(fold(rest).split()) < MIN_ASKED_WORDS:
        return None
    if _HERE.search(fold(rest)):
        return None
    return rest
