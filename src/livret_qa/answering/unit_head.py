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
# website?'): (its label, how it is asked, how a fiche states it), folded, French and
# English. The contact card's director does not do it unless a sentence or role says so.
DUTIES: tuple[tuple[str, str, str], ...] = (
    (
        "communication",
        r"\bcom\b|\bcomm\b|communication|social media|reseaux sociaux|marketing|\bpub\b",
        r"communication|reseaux sociaux|social media|marketing",
    ),
    (
        "comptabilité",
        r"accounting|accounts|bookkeeping|\bbooks\b|comptabilite|\bcompta\b",
        # (not 'l'exercice comptable': the year of the accounts, no one keeping them)
        r"comptabilite|expertise comptable|experts?[- ]comptables?|cabinet comptable|"
        r"accounting|accountants?",
    ),
    (
        "logistique",
        r"logisti\w*|\btransport\w*|deliver\w*|livraisons?",
        r"logisti\w*|transport\w*|livr\w*",
    ),
    ("site web", r"website|web ?site|site (?:web|internet)", r"site (?:web|internet)|website"),
    (
        "recrutement",
        r"recruit\w*|\bhiring\b|recrut\w*|embauch\w*",
        r"recrut\w*|embauch\w*|recruit\w*",
    ),
    (
        "recherche de financements",
        r"fundrais\w*|levee de fonds|recherche de (?:financements|fonds)|grant applications?",
        r"financement|levee de fonds|appels? a projets|mecenat|fundrais\w*",
    ),
)


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
