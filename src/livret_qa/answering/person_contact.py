"""A contact detail asked of a person the question names (class: 'Quel est le mail de M.
Labarre ?', "What is Paul Martin's phone number at X?", 'le courriel de Mme Roy, la
trésorière').

The card gives one contact block: its e-mails and phones are the structure's or those of the
people it names. Asked of a named person, the detail answers only when the fiche names that
person, and, for an e-mail, when the address is not visibly another person's: an address
spelling the surname of another person of the card ('stpillot@…' when 'Messieurs Pillot et
Labarre' are named, asked of Labarre) is that other person's, the nearest fact. A generic
address ('contact@…', 'direction@…', the structure's own) is the card's way to reach its
contact and stays the answer. A person the fiche never names is missing altogether."""

from __future__ import annotations

import re
from collections.abc import Callable

from livret_qa import lexicon as lx
from livret_qa.parsing.fiche import Fiche
from livret_qa.text import fold

# A person named in a question: a civility then a capitalised surname ('M. Labarre', 'Mme
# Roy', 'Monsieur Pillot', 'Mr Labarre'), or a capitalised first name and surname ('Paul
# Martin', 'Jean-Louis Poillon'); as typed (case kept).
_CIVILITY = (
    r"(?:M\.|MM\.|Mme|Mmes|Mlle|Mr\.?|Mrs\.?|Ms\.?|Miss|Madame|Monsieur|Messieurs|Mesdames|"
    r"Mademoiselle|Dr\.?|Docteur|Pr\.?|Professeur)"
)
_CAPITALISED = r"[A-ZÀ-Ý][a-zà-ÿA-ZÀ-Ý-]+(?![\w-])"
# A surname's particle, part of the name after a civility ('M. de la Tour', 'Mme Le Goff', 'Mr
# Van Damme', "Mme d'Alembert").
_PARTICLE = r"(?:(?:de la|de|du|des|le|la|van|von|der|den|di|da)\s+|d['’])"
_PERSON_ASKED = re.compile(
    rf"(?<![\w.])(?P<civ>{_CIVILITY})\s+"
    rf"(?P<titled>{_PARTICLE}*{_CAPITALISED}(?:\s+{_CAPITALISED})?)|"
    rf"(?<![\w'’-])(?P<first>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)"
    rf"(?:\s+{_CAPITALISED}){{1,2}}"
)
# A capitalised word that opens a question or names no person ('Quel', 'What', 'Can').
_NOT_A_NAME = frozenset(
    """
    quel quelle quels quelles qui que quoi quand comment combien pourquoi ou est c donne
    donnez donne-moi j je what who whose where when how which why can could is are do does
    give tell and et the le la les l un une des chez at of
    """.split()
)
# The words joining several people of one contact line ('Messieurs Pillot et Labarre').
_JOINED = re.compile(r"\s+(?:et|and|&)\s+|\s*[,/;]\s*")
MIN_NAME = 3  # letters of a name word that tells a person apart ('Dal' of 'Dal Céline')


def persons_asked(question: str, is_structure: Callable[[str], bool] | None = None) -> list[str]:
    """The people a question names, as typed ('M. Labarre', 'Paul Martin'). `is_structure`
    tells a run of capitalised words that names a structure or a place, which is
    no person ('Deux Mains', 'Boulogne Sur')."""
    out: list[str] = []
    for m in _PERSON_ASKED.finditer(question):
        name = m.group(0).strip()
        words = [fold(w) for w in re.findall(r"[^\W\d_]+", name)]
        if m.group("first") and any(w in _NOT_A_NAME or w in lx.STOPWORDS for w in words):
            continue  # 'Association Des Producteurs', 'What Is': no person
        if is_structure is not None and is_structure(m.group("titled") or name):
            continue
        out.append(name)
    return out


def name_words(name: str) -> set[str]:
    """The folded words of a person's name that tell them apart (civility and short words
    left out): 'M. Labarre' -> {'labarre'}."""
    # a surname with its particle is one word of the name ('le goff', 'de la tour')
    words = {
        re.sub(r"['’]\s*", "'", fold(w))
        for w in re.findall(rf"(?i){_PARTICLE}*[^\W\d_]+", name.replace("’", "'"))
    }
    return {w for w in words if len(w) >= MIN_NAME and not lx.is_civility(w)} - {"et", "and"}


def card_people(fiche: Fiche) -> list[set[str]]:
    """Each person the contact card names, as the words of their name: 'Messieurs Pillot et
    Labarre' is two people, {'pillot'} and {'labarre'}."""
    people: list[set[str]] = []
    for person in fiche.contact.persons:
        for piece in _JOINED.split(person.name):
            words = name_words(piece)
            if words:
                people.append(words)
    return people


def named_in(words: set[str], fiche_text: str) -> bool:
    """Whether the fiche writes one of the person's name words (folded text)."""
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", fiche_text) for w in words)


def mail_of_another(asked: set[str], fiche: Fiche) -> tuple[str, str] | None:
    """(the address, whose name it spells) when every e-mail of the card spells the name of a
    person of the card other than the one asked, and none spells the asked one's: the fiche
    gives no address of that person. None when an address is generic (the structure's,
    'contact@') or the asked person's own."""
    mails = [m for p in fiche.contact.persons for m in p.emails]
    others = [p for p in card_people(fiche) if not p & asked]
    if not mails or not others:
        return None
    owners: list[tuple[str, str]] = []
    for mail in mails:
        local = re.sub(r"[^a-z]", "", fold(mail.split("@")[0]))
        if any(w in local for w in asked):
            return None
        owner = next((w for p in others for w in sorted(p) if w in local), "")
        if not owner:
            return None  # a generic address: the card's way to reach its contact
        owners.append((mail, owner))
    return owners[0]
