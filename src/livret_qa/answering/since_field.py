"""Since when a card's field holds (class: 'since when' asked after a status, a network, an
approval or label, or a person the card gives: 'Quel est le statut de VESTALI ?' then 'depuis
quand ?', "What is its legal status?" then 'since when?', 'à quel réseau appartient-elle ?'
then 'et depuis quelle année ?', 'Is its workshop certified?' then 'since what year?', 'Quel
label a-t-elle ?' then 'depuis quand ?', 'Qui dirige X ?' then 'depuis quand ?').

What is dated is the field's value, not whatever the fiche dates: a legal status is held from
the structure's creation unless a sentence with a year tells the structure took that status
or changed it ('devient une SCIC en 2019'); a network's membership is dated by a sentence
naming that network with a year, else the fiche does not date it (said by naming it); so is
an approval or a label, by a sentence telling it with a year ('Un an après sa création en
2015, l'association est agréée atelier-chantier d'insertion'), never by the structure's own
creation or start (the card's LABEL and AGRÉMENT lines carry no year); a
person holds the role from the sentence naming them with a year ('En janvier 2021,
l'association embauche Christelle Cousin'), else the fiche does not date it."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.text import fold

# 'depuis quand', 'depuis combien de temps', 'since when', 'how long has it been', folded
_SINCE = re.compile(
    r"\b(depuis quand|depuis quelle (annee|date)|depuis combien de temps|since when|"
    r"since what (year|date)|how long (has|have)|for how long)\b"
)
# the fields whose start this rule dates, by the lexicon's FIELDS names
DATED_FIELDS = ("legal_status", "networks", "agrements")
# a status taken or changed, told in a sentence ('devient une SCIC', 'passe en SCOP', 'change
# de statut', 'became a cooperative'), folded
_STATUS_TAKEN = re.compile(
    r"\b(statuts?|status|devien\w*|devenu\w*|transform\w*|passe[es]? en|chang\w* de statut|"
    r"became|become|converted)\b"
)


def field_since(text: str) -> str:
    """The card field whose start a 'since when' asks, from the question joined with the
    one before ('depuis quand Quel est le statut de VESTALI ?' -> 'legal_status'); '' for
    none (a start asked of anything else, or no 'since when')."""
    folded = fold(text)
    if not _SINCE.search(folded):
        return ""
    fields = {f.name: f for f in lx.FIELDS}
    for name in DATED_FIELDS:
        if lx.compiled(fields[name].asked).search(folded):
            return name
    # 'Qui dirige X ?' then 'depuis quand ?': since when the person named holds the role;
    # the structure's own existence asked ('la structure qui porte ça, elle existe depuis
    # quand ?') is its creation
    if _STRUCTURE_SINCE.search(folded):
        return ""
    if any(lx.compiled(role.asked).search(folded) for role in lx.ROLES):
        return PERSON
    return ""


# The structure itself dated ('elle existe depuis quand ?', 'l'association date de quand ?',
# 'since when has the organisation existed?'), folded.
_STRUCTURE_SINCE = re.compile(
    r"\b(structure|association|asso|organi[sz]ation|charity|existe\w*|exist\w*|creee?s?|"
    r"fondee?s?|created|founded)\b"
)


PERSON = "person"  # the person holding a role, dated by the sentence naming them


def names_person(sentence: str, surname: str) -> bool:
    """Whether a sentence names a person by surname, with a year ('En janvier 2021,
    l'association embauche Christelle Cousin, directrice')."""
    folded = fold(sentence)
    return bool(lx.YEAR.search(folded)) and bool(
        re.search(rf"\b{re.escape(fold(surname))}\b", folded)
    )


def tells_status_taken(sentence: str, forms: list[re.Pattern[str]]) -> bool:
    """Whether a folded sentence tells, with a year, the structure took or changed a legal
    form ('en 2019, elle devient une SCIC'): its status then dates from that year."""
    return (
        bool(lx.YEAR.search(sentence))
        and bool(_STATUS_TAKEN.search(sentence))
        and any(f.search(sentence) for f in forms)
    )


def names_network(sentence: str, networks: list[str]) -> bool:
    """Whether a folded sentence names one of the card's networks with a year."""
    if not lx.YEAR.search(sentence):
        return False
    names = [w for n in networks for w in re.split(r"\s*\(|\)|,| et ", fold(n)) if len(w) > 2]
    return any(re.search(rf"(?<!\w){re.escape(n.strip())}(?!\w)", sentence) for n in names)


# an approval or a label told in a sentence ('est agréée', 'obtient l'agrément', 'labellisé'),
# folded
_APPROVAL_TOLD = re.compile(r"\b(agre(e|ee|es|ees|ment|ments)|label\w*|labelis\w*|certifi\w*)\b")


def tells_approval(sentence: str) -> bool:
    """Whether a folded sentence tells, with a year, an approval or a label taken, by its
    word ('l'association est agréée atelier-chantier d'insertion' in 2015, 'obtient
    l'agrément'). The card's value named alone tells none ('Son premier atelier chantier
    d'insertion … obtient en 2015 une aide' dates the aid, not the approval)."""
    return bool(lx.YEAR.search(sentence)) and bool(_APPROVAL_TOLD.search(sentence))
