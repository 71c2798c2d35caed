"""Which structures belong to a network named: the class of list questions asking
membership of a body ('lesquelles sont membres de la CRESS ?', 'who belongs to COORACE?',
'which ones are in the Chantier école network?', 'qui adhère à la CRESS ?'). A fiche names
its networks on its identity card ('NOM DES RÉSEAUX D'APPARTENANCE'); another fiche may
name the same body as an adviser or a partner ('Pour les conseils : … CRESS'), which is no
membership. When some fiche's network line names the body asked, the list holds those
fiches only. Pure: reads the question and the fiches' cards.
"""

from __future__ import annotations

import re

from livret_qa.parsing.fiche import Fiche
from livret_qa.text import fold

# Words asking whether a structure is in a body ('membres de', 'adhérentes à', 'part of',
# 'belong to', 'affiliated', 'in the … network'), read on the folded question.
_MEMBERSHIP = re.compile(
    r"\b(membres?|members?|adherente?s?|adhere\w*|appartien\w*|appartenance|affilie\w*"
    r"|affiliated|belong\w*|font partie|fait partie|part of|membership|join\w*)\b"
    r"|\b(reseaux?|networks?|federations?|federation)\b"
)


# Ties other than membership asked beside it ('membres de la CRESS ou accompagnées par
# elle', 'supported by the CRESS network'): the list holds those too.
_OTHER_TIES = re.compile(
    r"\b(accompagn\w*|soutien\w*|soutenu\w*|support\w*|conseil\w*|advi[sc]\w*|partenai\w*"
    r"|partner\w*|travaill\w*|work\w* with|financ\w*|fund\w*|aide\w*|aid\w*|help\w*"
    r"|coach\w*|mention\w*|cite\w*|name\w*|nomme\w*|lien\w*|link\w*)\b"
)


def asks_membership(question: str) -> bool:
    """Whether a list question asks which structures are members of something, and no
    other tie beside it."""
    folded = fold(question)
    return _MEMBERSHIP.search(folded) is not None and _OTHER_TIES.search(folded) is None


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(text))


def names_in_networks(fiche: Fiche, name: str) -> bool:
    """Whether a fiche's network line names a body, as a run of its words ('CRESS' in 'CRESS
    HDF', 'Chantier école' in 'CHANTIER ECOLE')."""
    asked = _words(name)
    if not asked:
        return False
    for network in fiche.identity.networks:
        words = _words(network)
        if any(words[i : i + len(asked)] == asked for i in range(len(words))):
            return True
    return False


def members(fiches: list[Fiche], question: str, names: list[str]) -> set[str] | None:
    """The fiches whose network line names a body asked, when the question asks membership
    and some fiche's network line names one; None otherwise (the list stands as it is)."""
    if not names or not asks_membership(question):
        return None
    held = {f.id for f in fiches if any(names_in_networks(f, n) for n in names)}
    return held or None


# Words of a network line that name no body of their own ('Réseaux national et régional des
# Ressourceries': the body is the Ressourceries).
_LINE_FILLER = frozenset(
    "reseau reseaux network networks national nationale regional regionale federation "
    "des de du la le les l d et".split()
)


def _bodies(network: str) -> list[list[str]]:
    """The bodies a network line names, each as its folded words: its parts between ';',
    ',', ' et ', its words of no body aside and its parenthesised description dropped
    ('COORACE et SYNESI (Syndicat d'employeur …)' -> ['coorace'], ['synesi'])."""
    line = re.sub(r"\([^)]*\)?", " ", network)
    parts = re.split(r"[;,]|\bet\b|\band\b", line)
    return [
        words
        for words in ([w for w in _words(part) if w not in _LINE_FILLER] for part in parts)
        if words and sum(map(len, words)) >= 4
    ]


def members_by_line(fiches: list[Fiche], question: str) -> set[str] | None:
    """The fiches whose network line names a body the question names in any case ('qui est
    membre du réseau chantier école ?': 'CHANTIER ECOLE', 'Chantier école'), when the
    question asks membership; None when it names no body of a network line. Class:
    membership lists whose body is typed in lowercase, where a structure sharing one of its
    words ('chantiers d'insertion', 'confection école') is no member."""
    if not asks_membership(question):
        return None
    asked = _words(question)
    held: set[str] = set()
    for fiche in fiches:
        for network in fiche.identity.networks:
            for body in _bodies(network):
                n = len(body)
                if any(asked[i : i + n] == body for i in range(len(asked) - n + 1)):
                    held.add(fiche.id)
    return held or None
