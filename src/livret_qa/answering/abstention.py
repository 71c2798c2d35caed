"""Should the answer abstain? Decided from the answer itself, not from retrieval scores (which
do not separate answerable from unanswerable questions): does the booklet state the kind of
fact asked for, for the structure asked about, and does it know the places and names asked?"""

from __future__ import annotations

import re
from dataclasses import dataclass

from livret_qa.indexing.analyzer import analyze
from livret_qa.parsing.fiche import Fiche
from livret_qa.text import fold

_MONTHS = (
    r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|"
    r"decembre"
)


@dataclass(frozen=True)
class Attribute:
    """A kind of fact a question may ask for, and what a text stating it must contain."""

    name: str
    label_fr: str
    label_en: str
    asked: re.Pattern[str]  # on the folded question
    stated: re.Pattern[str]  # on the folded fiche text


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


ATTRIBUTES = [
    Attribute(
        "person",
        "responsable",
        "person in charge",
        _p(
            r"qui (la |le |les )?dirige|\bdirecteur|\bdirectrice|\bdirector|who runs|"
            r"who (leads|manages|heads)|dirigeant|qui contacter|contact person|"
            r"who (should|can) i contact|responsable de"
        ),
        _p(r"personne\(?s?\)? contact|directeur|directrice|fondateur|chef de projet"),
    ),
    Attribute(
        "email",
        "adresse e-mail",
        "e-mail address",
        _p(r"e-?mail|courriel|adresse mail|\bmail\b"),
        _p(r"@"),
    ),
    Attribute(
        "phone",
        "numéro de téléphone",
        "phone number",
        _p(r"telephone|phone|\btel\b|numero de tel|appeler|\bcall\b"),
        _p(r"\btel\b|\b0\d([ .]?\d{2}){3,4}"),
    ),
    Attribute(
        "siret",
        "numéro SIRET",
        "SIRET number",
        _p(r"\bsire[tn]\b"),
        _p(r"\bsire[tn]\b[^\n]*\d(?:[ .]?\d){8}"),
    ),
    Attribute(
        "ape",
        "code APE",
        "APE code",
        _p(r"\b(code )?(ape|naf)\b"),
        _p(r"\b(ape|pae|naf)\b[^\n]*\d{4}"),
    ),
    Attribute(
        "hours",
        "horaires d'ouverture",
        "opening hours",
        _p(
            r"horaires?|heures? d.ouverture|opening (hours|times)|open(ing)? hours|"
            r"days a week|jours par semaine|quand .*ouvert|when .* open"
        ),
        _p(
            r"\b\d{1,2} ?h( ?\d{2})?\b|jours? d.ouverture|ouverture hebdomadaire|"
            r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
        ),
    ),
    Attribute(
        "price",
        "prix",
        "price",
        _p(
            r"\bprix\b|\bcoute?\b|\bcout\b|tarifs?|\bprice|\bcosts?\b|how much (is|does)|"
            r"\bfees?\b|cotisation|montant de l.adhesion"
        ),
        _p(
            r"\d[\d  .,]*\s?(€|euros?)\s*(l[ae] |par |/ ?|le )?(kilo|kg|piece|panier|"
            r"colis|an|mois|adhesion|cotisation)|prix de \d|cotisation de \d|"
            r"adhesion (annuelle )?(de|a) \d"
        ),
    ),
    Attribute(
        "salary",
        "salaire",
        "salary",
        _p(r"salaires?|salary|wages?|remuneration"),
        _p(r"salaire|remuner"),
    ),
    Attribute("vat", "TVA", "VAT", _p(r"\btva\b|\bvat\b"), _p(r"\btva\b")),
    Attribute(
        "chair",
        "président(e)",
        "chair",
        _p(r"presiden|\bchairs? (of )?the (board|association)|chair(man|woman|person)"),
        _p(r"presiden"),
    ),
    Attribute(
        "date",
        "date précise",
        "exact date",
        _p(r"\b(on what date|what date|which date|quelle date|a quelle date)\b"),
        _p(rf"\b\d{{1,2}}(er)? ({_MONTHS})\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b"),
    ),
]

_YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")
_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-ZÉÈÀÂ][^\W\d_A-Z]{2,}(?:-[A-Z][^\W\d_]+)*)")
# Capitalised words that are not names of places or organisations.
_NOT_NAMES = set(
    """
    Quel Quelle Quels Quelles Comment Combien Pourquoi Qui Que Quoi Est Sont Le La Les Des
    Une Un Et Ou Dans Pour Avec What Which Who How Why Where When Does Do Is Are The And Or
    In For With There Their They This That These Those Yes No Oui Non Can Could Would Should
    Please Merci Thanks Thank Bonjour Hello ESS
    """.split()
)


def asked_attributes(question: str) -> list[Attribute]:
    folded = fold(question)
    return [a for a in ATTRIBUTES if a.asked.search(folded)]


def missing_attribute(question: str, fiche: Fiche, fiche_text: str) -> Attribute | None:
    """The first attribute the question asks for that the fiche never states."""
    folded = fold(fiche_text)
    for attribute in asked_attributes(question):
        if not attribute.stated.search(folded):
            return attribute
    return None


def missing_years(question: str, fiche_text: str) -> list[str]:
    """Years named in the question that the fiche never mentions ('en 2022')."""
    return [y for y in _YEAR.findall(question) if y not in fiche_text]


def unknown_names(question: str, corpus_vocab: set[str]) -> list[str]:
    """Capitalised words (places, organisations) the booklet never mentions: 'Rouen'."""
    out = []
    for match in _PROPER.finditer(question):
        word = match.group(1)
        if word in _NOT_NAMES:
            continue
        tokens = analyze(word)
        if tokens and all(t not in corpus_vocab for t in tokens):
            out.append(word)
    return out


def unknown_words(question: str, corpus_vocab: set[str]) -> list[str] | None:
    """The question's words when none of them occurs anywhere in the booklet (markup, or a
    topic it never touches: 'boulangerie', 'bakery'); None when the booklet knows one."""
    words = [
        w for w in re.findall(r"[^\W\d_]{2,}", question) if any(not t.isdigit() for t in analyze(w))
    ]
    if any(t in corpus_vocab for w in words for t in analyze(w)):
        return None
    return words


_EXISTENCE = re.compile(
    r"^(y a[- ]t[- ]il|existe[- ]t[- ]il|le livret (presente|cite|parle)[- ]t[- ]il)"
)


def missing_together(question: str, fiche_vocabs: dict[str, set[str]]) -> list[str] | None:
    """For a French question asking whether such an initiative exists ('Y a-t-il une
    recyclerie de vélos à Lille ?'): the words that no single fiche holds together with the
    others, or None when one fiche holds them all (or it is not such a question)."""
    folded = fold(question).strip()
    if not _EXISTENCE.match(folded):
        return None
    body = _EXISTENCE.sub("", folded)
    # The verb of a relative clause ('qui fabriquent') is phrased freely; the things named are
    # what must be found together.
    body = re.sub(r"\b(qui|que|qu'|pour|afin de)\s+(ne\s+|n')?[^\W\d_]+", " ", body)
    words = [w for w in re.findall(r"[^\W\d_]{4,}", body) if analyze(w)]
    if not words:
        return None
    best: list[str] | None = None
    for vocab in fiche_vocabs.values():
        missing = [w for w in words if not all(t in vocab for t in analyze(w))]
        if best is None or len(missing) < len(best):
            best = missing
    return best or None
