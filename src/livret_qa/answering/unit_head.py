"""Whether a person asked heads a part of the structure that the fiche's people do not.

Class served: who is in charge of one part of a structure — a workshop, a side, a shop, a
team, a pôle ('Who is in charge of the welding workshop?', 'who runs the computer-training
side?', 'qui s'occupe des ateliers cuisine ?', 'le responsable de l'atelier couture'). The
contact card names the structure's director or project lead; that person is the nearest fact,
not the answer, unless their role names that part ('Responsable de l'atelier bois'). Asking
who runs the structure itself ('Who runs Synapse 3i?', 'qui dirige VESTALI ?') names no part
and is answered by the card."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.text import fold

# The nouns naming a part of a structure, with up to three words before (English) or after
# (French) them that say which part ('the welding workshop', 'les ateliers cuisine').
_UNIT_EN = re.compile(
    r"\b(?:the|its|their|that|this)\s+((?:[a-z][\w-]*\s+){0,3}?"
    r"(?:workshops?|side|shops?|store|team|cent(?:re|er)|unit|department|branch|kitchen|"
    r"warehouse|hub|section|service|activity|programme|program|courses?|classes))\b"
)
_UNIT_FR = re.compile(
    r"\b(?:de l'|du|de la|des|le|la|les|l')\s*((?:atelier|pole|boutique|magasin|equipe|"
    r"service|chantier|section|antenne|entrepot|cours|formation)s?"
    # ('les ateliers cuisine là-bas': 'là-bas' points at the structure, no word of the part)
    r"(?:\s+(?!(?:de|du|des|a|au|aux|chez|pour|dans|en|la|ici)\b)[a-z][\w-]*){0,2})"
)
# A question asking who leads or looks after something.
_WHO_LEADS = re.compile(
    r"\b(?:who|qui)\b.*\b(?:in charge|runs?|running|manages?|heads?|leads?|looks? after|"
    r"responsable|s.occupe|gere|dirige|anime|encadre|chef)\b"
)
# A question asking who does a duty ('who handles communication?', 'qui gère la compta ?').
_WHO_DOES = re.compile(
    r"\b(?:who|qui)\b.*\b(?:in charge|manages?|handles?|looks? after|takes? care|deals? with|"
    r"responsible|does|do|s.occupe|gere|fait|assure|prend en charge|est charge)\b"
)


# A duty of a structure's life a founder asks who does (Class: who does a duty — 'who
# handles communication at X?', 'qui s'occupe de la compta ?', 'who is in charge of the
# website?'): lexicon.DUTIES, which also names each duty's post as a role ('the
# communications officer', 'le responsable RH'). The contact card's director does not do it
# unless a sentence or role says so.
DUTIES: tuple[tuple[str, str, str], ...] = tuple((d.label, d.asked, d.stated) for d in lx.DUTIES)


def unit_asked(question: str) -> str | None:
    """The part of a structure whose head is asked ('welding workshop', 'ateliers cuisine'),
    or None when the question asks no one's leading one part."""
    folded = fold(question).replace("’", "'")
    if not _WHO_LEADS.search(folded):
        return None
    m = _UNIT_EN.search(folded) or _UNIT_FR.search(folded)
    return m.group(1).strip() if m else None


def heads(role: str, unit: str) -> bool:
    """Whether a role names the part asked ('Responsable atelier bois' heads 'the wood
    workshop' read in French: its distinctive word is enough)."""
    said = set(re.findall(r"[a-z]{4,}", fold(role)))
    wanted = set(re.findall(r"[a-z]{4,}", fold(unit)))
    return bool(said & wanted)


def duty_asked(question: str) -> tuple[str, re.Pattern[str]] | None:
    """The duty whose doer is asked ('communication', 'comptabilité') and the pattern a fiche
    states it by, or None when the question asks no one's doing one duty."""
    folded = fold(question).replace("’", "'")
    if not _WHO_DOES.search(folded):
        return None
    for label, asked, stated in DUTIES:
        if re.search(asked, folded):
            return label, re.compile(stated)
    return None
