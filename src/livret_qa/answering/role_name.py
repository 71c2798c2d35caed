"""The name of the person holding a role the fiche writes but names nobody for ('Quel est le
nom du designer qui intervient au Bois de Deux Mains ?' of '… sur mesure avec l'intervention
d'un designer', 'what is the name of the food ambassador?' of '… embaucher … un ambassadeur
du bien-vivre alimentaire').

Class: a detail of a part of the structure the fiche names — here a role-holder's own name —
that it does not give. The search answers with the sentence naming the role (or one sharing a
word: 'meubles design'), which names no one. A role its contact card or a sentence gives with
a person's name ('Christelle Cousin') is left to the usual answer; so are the roles of the
contact cards (director, founder …: lexicon.ROLES), which the role slot answers.

The role is matched as a whole word, never stemmed: 'designer' is no 'design'. Pure
functions over text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from livret_qa import lexicon as lx
from livret_qa.glossary import EN_FR
from livret_qa.text import fold

# the name asked of someone by a role, folded: 'le nom du designer', "comment s'appelle
# l'ambassadeur", 'the name of the (food) ambassador', "what's the designer called"
_ASKED = re.compile(
    r"\b(?:nom|prenom|identite)s? (?:du|de la|de l'|des|de son|de sa|de leur) ?"
    r"(?P<fr>[a-z-]+)|"
    r"\bcomment s.appellen?t? (?:le|la|l'|les|son|sa|leur|leurs) ?(?P<fr2>[a-z-]+)|"
    r"\bnames? of (?:the|its|their|this|that) (?:(?P<adj>[a-z-]+) )?(?P<en>[a-z-]+)|"
    r"\bwhat(?: is|'s| are) (?:the|its|their) (?:(?P<adj2>[a-z-]+) )?(?P<en2>[a-z-]+) "
    r"(?:called|named)\b"
)
# a noun naming a person by what they do ('designer', 'ambassadeur', 'animatrice')
_PERSON_NOUN = re.compile(r"(?:eur|euse|rice|ier|iere|iste|er|or|ist|ant|ante|ee)s?$")
# nouns of that shape naming no person, or bodies the partner lists name
_NOT_PERSONS = frozenset(
    "atelier ateliers panier paniers chantier chantiers quartier quartiers dossier dossiers "
    "centre center centers partner partners partenaire partenaires financeur financeurs "
    "funder funders sponsor sponsors supporter supporters donor donors donateur donateurs "
    "fournisseur fournisseurs supplier suppliers client clients customer customers "
    "container containers conteneur conteneurs computer computers ordinateur ordinateurs "
    "other others autre autres cluster network reseau collector marker lister register "
    "letter newsletter poster folder order number chapter charter quarter corner tier "
    "premier first another".split()
)
# a person named in a sentence: a first name, capitalised, then a surname ('Christelle
# Cousin', 'Jean-Louis Poillon')
_PERSON = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)? [A-ZÀ-Ý][A-Za-zà-ÿ-]{2,}")

# the small words before the end of a name ('de la Haute Borne', "d'Ascq", 'du Raquet')
_LINKED = re.compile(r"(?:\b(?:de|du|des|la|le|les|au|aux|a|à|en)|[dl]['’])$", re.IGNORECASE)


def role_asked(question: str) -> str | None:
    """The role whose holder's name a question asks ('designer', 'ambassador'), folded; None
    when it asks none, or asks a role of the contact cards (director, founder …)."""
    folded = fold(question).replace("’", "'")
    for m in _ASKED.finditer(folded):
        # 'the food ambassador': the noun, else the word before it ('the designer who …')
        words = [m.group(g) for g in ("fr", "fr2", "en", "adj", "en2", "adj2") if m.group(g)]
        role = next((w for w in words if w not in _NOT_PERSONS and _PERSON_NOUN.search(w)), "")
        if not role:
            continue
        if any(re.search(r.asked, folded) for r in lx.ROLES):
            return None
        return role
    return None


def role_forms(role: str) -> set[str]:
    """The role as the booklet may write it: itself, its French words ('ambassador' →
    'ambassadeur'), singular."""
    single = role[:-1] if role.endswith("s") and len(role) > 4 else role
    forms = {single}
    for word in (role, single):
        forms |= {fold(f) for f in EN_FR.get(word, ()) if " " not in f}
    return forms


def names_role(text: str, forms: Iterable[str]) -> bool:
    """Whether a text writes the role as a whole word, singular or plural (never a word it
    begins: 'designer' is no 'design')."""
    folded = fold(text)
    return any(re.search(rf"(?<![\w-]){re.escape(f)}s?(?![\w-])", folded) for f in forms)


def names_a_person(sentence: str, people: Iterable[str], names: Iterable[str] = ()) -> bool:
    """Whether a sentence (as written, capitals kept) names a person: one of the fiche's
    contacts, or a first name and surname — not the end of a name after 'de', 'du' ('le
    Jardin de Cocagne de la Haute Borne'), nor words of `names` (the structure's own)."""
    if any(p and p in sentence for p in people):
        return True
    own = {w for n in names for w in re.findall(r"[^\W\d_]+", fold(n))}
    for m in _PERSON.finditer(sentence):
        before = sentence[: m.start()].rstrip()
        if not before or _LINKED.search(before):
            continue
        if set(re.findall(r"[^\W\d_]+", fold(m.group()))) & own:
            continue
        return True
    return False
