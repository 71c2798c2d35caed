"""A price question bound to the thing it asks the price of.

Class: the price of one thing ('Quel est le prix de l'éco-pâturage proposé aux communes ?',
'How much does their bike repair cost?') is stated only by a sentence about that thing: the
prices of the fiche's other goods ('paniers de 10 à 18 €') do not answer it. The binding is
checked only for things the fiche names somewhere: a word the fiche never uses may be a
wording the booklet puts otherwise, and is never taken as absent here.

Class: a price for one kind of buyer ('le prix d'un panier pour un étudiant ?', 'how much is
a basket for a pensioner?', 'is there a student rate?') is stated only by a sentence naming
that buyer: the prices the fiche gives for others ('10 à 18 € … 2 € pour les personnes en
précarité') are the nearest fact.

Class: whether a cost is paid at all ('Do they pay rent for their shops?', 'paient-ils un
loyer pour leurs locaux ?'), when no amount is stated, is answered no by a sentence saying
that thing is free ('mises à disposition gratuite des locaux des boutiques').
"""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.answering import yes_no
from livret_qa.answering.topic_words import Glossed, french_things, topic_words
from livret_qa.indexing.analyzer import analyze
from livret_qa.text import fold

MAX_SUBJECT = 5  # a thing in more of a fiche's sentences is the structure's own subject


def _stems(text: str) -> set[str]:
    return {t for t in analyze(text) if len(t) > 2 and not t.isdigit()}


def asked_things(question: str, fiche_name: str) -> list[Glossed]:
    """The things a price question names (a French noun, or an English word with its French
    glossary words), less the structure's own name and the words of price itself."""
    name, price = _stems(fiche_name), _stems(lx.PRICE_WORDS)
    english = topic_words(question, lx.GENERIC_TOPIC_EN)  # not 'people', 'structure'
    things = [*french_things(question), *(g for g in english if g.thing)]
    things += [g for g in _indefinite_things(question) if g.stems not in {t.stems for t in things}]
    return [g for g in things if not (g.held_by(name) or g.held_by(price))]


def _indefinite_things(question: str) -> list[Glossed]:
    """The nouns after 'd'un', 'd'une' ('le prix d'un vélo en location', 'combien coûte
    l'heure d'une animation ?'): things priced, each its own French word."""
    out: list[Glossed] = []
    for noun in lx.INDEFINITE_NOUN.findall(fold(question)):
        stems = frozenset(t for t in analyze(noun) if len(t) > 2 and not t.isdigit())
        if stems:
            out.append(Glossed(noun, noun, (noun,), stems, True))
    return out


def paid_things(question: str, fiche_name: str) -> list[Glossed]:
    """What a question asks whether it is paid: the things it names, else the cost it names
    that is no thing ('Do they pay rent?': 'rent', the booklet's 'location' or 'loyer')."""
    things = asked_things(question, fiche_name)
    if things:
        return things
    name, price = _stems(fiche_name), _stems(lx.PRICE_WORDS)
    english = topic_words(question, lx.GENERIC_TOPIC_EN)
    return [g for g in english if not (g.held_by(name) or g.held_by(price))]


def priced_object(question: str) -> str:
    """The words a price is asked of ('l'éco-pâturage proposé aux communes' of 'le prix de
    l'éco-pâturage proposé aux communes ?'), as written; '' when the syntax binds none."""
    folded = fold(question)
    for pattern in lx.PRICED_OBJECT:
        m = pattern.search(folded)
        if m is not None and len(folded) == len(question):
            return question[m.start("thing") : m.end("thing")]
        if m is not None:
            return m.group("thing")
    return ""


def fiche_things(things: list[Glossed], sentences: list[set[str]]) -> list[Glossed]:
    """The things asked that the fiche names, but not all through it: one in more than
    `MAX_SUBJECT` of its sentences is what the structure is or does ('drive' of a farm
    drive), a word naming the structure, not the thing priced. `sentences`: the stems of
    each of the fiche's sentences."""
    kept = []
    for g in things:
        n = sum(g.held_by(v) for v in sentences)
        if 0 < n <= MAX_SUBJECT:
            kept.append(g)
    return kept


def holds(sentence: str, things: list[Glossed]) -> bool:
    """Whether a sentence holds one of the things asked (give or take an ending)."""
    vocab = set(analyze(sentence))
    return any(g.held_by(vocab) for g in things)


def holds_named(sentence: str, things: list[Glossed]) -> bool:
    """Whether a sentence holds one of the things asked, or a word naming the same thing
    (the glossary's same things: 'loyer' is the 'location' of 'pas de frais de location').
    Class: whether a cost is paid, asked in everyday words, answered no by a sentence naming
    the cost in the booklet's words."""
    if holds(sentence, things):
        return True
    synonyms = yes_no.french_synonyms()
    named = {fold(w) for g in things for f in g.french for w in synonyms.get(fold(f), ())}
    vocab = set(analyze(sentence))
    return any(set(analyze(w)) <= vocab for w in named if w)


_WH = re.compile(r"\b(quoi|comment|quel\w*|qui|ou|pourquoi|what|how|which|who|where|why)\b")


def asks_whether_paid_at_all(question: str, yes_no: bool) -> bool:
    """Whether a question asks if a cost is paid, inverted or not ('ils payent un loyer ?'
    is a yes or no all the same); one asking with what, how or who pays is not."""
    return asks_whether_paid(question) and (yes_no or not _WH.search(fold(question)))


def asks_whether_paid(question: str) -> bool:
    """Whether a yes/no question asks if a cost is paid ('Do they pay rent?', 'paient-ils un
    loyer ?'), not how much."""
    return bool(lx.WHETHER_PAID.search(fold(question)))


def states_free(sentence: str) -> bool:
    """Whether a sentence says something is given or lent at no cost."""
    return bool(lx.FREE_STATED.search(fold(sentence)))


# 'combien' with no counted noun after it ('combien de structures'): an amount
_AMOUNT_COMBIEN = re.compile(r"\bcombien\b(?!\s*(de|d'|d)\b)")
# 'X c'est combien ?': X a thing opened by an article ('la location de vélo c'est combien ?',
# 'un puzzle, c'est combien ?')
_THING_IS_HOW_MUCH = re.compile(
    r"^(les |le |la |l'|un |une )(?P<noun>[^\W\d_]{3,})\b.*\bc.?(est|etait) combien\W*$"
)
# What a chat question adds around the asking of a price: an opener ('et', 'ok', 'alors',
# 'mais') before it, where the asker means after it ('chez eux', 'là-bas', 'sur place').
# Class: a price of one item asked in a follow-up ('et c'est combien un puzzle chez eux ?'):
# the asking is the same once they are set aside, and only a sum bound to the item answers
# it, never a date or a count the fiche states (a near miss answered with a neighbouring fact).
_OPENER = re.compile(r"^(?:(?:et|ok|okay|alors|mais|donc|bon|sinon|euh)\b\W*)+")
_WHERE_AFTER = re.compile(
    r",?\s+(?:chez (?:eux|elles?|lui|vous|toi)|la-bas|la bas|ici|sur place)(?=\W*$)"
)


def asking_core(question: str) -> str:
    """A question folded, without the opener and the 'where' a chat adds around its asking
    ('et c'est combien un puzzle chez eux ?' -> "c'est combien un puzzle ?")."""
    folded = fold(question).replace("’", "'").strip()
    return _WHERE_AFTER.sub("", _OPENER.sub("", folded)).strip()


# the same asked first: 'c'était combien l'aide de l'ADEME ?', 'c'est combien la cotisation ?',
# or of one item ('c'est combien un panier ?', 'c'est combien une chaise ?': its price)
_HOW_MUCH_IS_THING = re.compile(
    r"^c.?(est|etait) combien,? (les |le |la |l'|un |une )(?P<noun>[^\W\d_]{3,})\b"
)


# the price of doing something, asked after it ('je voudrais louer un vélo …, c'est combien ?',
# 'adhérer à l'asso c'est combien ?'): an infinitive of paying for something, then the asking
# (verbs of paying for one thing, shared with figure_binding's price of one item; the asking
# itself, typed last)
PAYING_VERBS = r"acheter|louer|commander|reserver|buy|rent|hire"
HOW_MUCH_LAST = r"\bc.?(?:est|etait|sera) combien\W*$"
_DOING_IS_HOW_MUCH = re.compile(
    rf"\b(?:{PAYING_VERBS}|location|achat|adherer|adhesion|inscrire|inscription|participer|"
    rf"abonner|abonnement|join)\b.*{HOW_MUCH_LAST}"
)


def asks_cost_of_thing(question: str) -> bool:
    """Whether a question asks what a thing costs, with no structure counted: 'le camion de la
    ressourcerie il a coûté combien ?', 'le nouvel atelier va coûter combien ?', 'la
    cotisation c'est combien ?'. Class: a near miss, a price or cost the fiche may not state,
    read as a count of structures ('combien' with no noun) and answered with one. Such a
    question asks a sum of the thing (priced_thing, unstated_kind), answered only by a
    sentence binding an amount to it."""
    folded = asking_core(question)
    if not _AMOUNT_COMBIEN.search(folded):
        return False
    if lx.PRICE_ASKED.search(folded) or lx.PAID_ASKED.search(folded):
        return True
    if _DOING_IS_HOW_MUCH.search(folded):
        return True
    thing = _THING_IS_HOW_MUCH.match(folded) or _HOW_MUCH_IS_THING.match(folded)
    return thing is not None and not re.fullmatch(lx._COLLECTIVE_NOUNS, thing.group("noun"))


# Kinds of buyer a price may be asked for, each with the stems (folded, French and English)
# a sentence names them by. Class: a price for one kind of buyer (module docstring). Families
# are no kind: 'aux familles' asks what households pay, whoever the fiche says buys.
BUYER_KINDS: dict[str, tuple[str, ...]] = {
    "student": ("etudiant", "student", "universit"),
    "pensioner": ("retraite", "senior", "pensioner", "personnes agees", "elderly"),
    "member": ("adherent", "member", "cotisant"),
    "jobseeker": (
        "chomeur",
        "demandeur d'emploi",
        "demandeurs d'emploi",
        "unemployed",
        "jobseeker",
        "job seeker",
    ),
    "young": ("jeune", "young", "youth"),
    "child": ("enfant", "child", "kid"),
    "poor": (
        "precar",
        "low-income",
        "low income",
        "modeste",
        "faibles revenus",
        "minima",
        "rsa",
        "poor",
    ),
    "company": ("entreprise", "company", "companies", "business"),
    "council": ("collectivit", "commune", "council", "municipalit", "local authorit"),
    "tourist": ("touris",),
    "disabled": ("handicap", "disabled"),
}
_BUYER_WORDS = "|".join(re.escape(s) for stems in BUYER_KINDS.values() for s in stems if len(s) > 3)
# A buyer named after 'pour', 'for', 'aux', as the one charged ('charge a student', 'faire
# payer un étudiant', 'facturer aux retraités') or as the rate's kind ('tarif étudiant', 'student
# price', 'a discount for members'). Folded.
_FOR_BUYER = re.compile(
    r"\b(?:pour|for|aux|to|reserve aux?|offert aux?|charges?|charging|bill|bills|"
    r"(?:fait|font|faire)(?:-ils|-elles|-t-il|-t-elle)? payer|factur\w* (?:a|aux))\s+"
    r"(?:un |une |les |des |a |an |the |"
    r"nos |our |mes |my )?(?:(?:personnes?|people|clients?|customers?) "
    r"(?:en |in |with |de )?)?(?P<who>"
    + _BUYER_WORDS
    + r")|\b(?:tarifs?|prix|rates?|prices?|discounts?|reductions?)\s+(?P<kind>"
    + _BUYER_WORDS
    + r")|\b(?P<before>"
    + _BUYER_WORDS
    + r")\w*\s+(?:rates?|prices?|discounts?|fares?)\b"
)


def buyer_asked(question: str) -> tuple[str, ...]:
    """The stems of the kind of buyer a price question names ('pour un étudiant': student's
    stems), () when it names none."""
    m = _FOR_BUYER.search(fold(question))
    if m is None:
        return ()
    word = m.group("who") or m.group("kind") or m.group("before")
    return next((stems for stems in BUYER_KINDS.values() if word in stems), (word,))


def names_buyer(sentence: str, stems: tuple[str, ...]) -> bool:
    """Whether a sentence names the kind of buyer asked, by any of its stems."""
    folded = fold(sentence)
    return any(re.search(rf"\b{re.escape(s)}", folded) for s in stems)


_PRONOUN = re.compile(r"^\s*(it|that|this|ca|cela|ceci)\s*$")


def a_pronoun(bound: str) -> bool:
    """Whether the object a price is bound to is a bare pronoun ('how much does IT cost to
    rent a bike?'): the things named elsewhere in the question are then what is priced."""
    return bool(_PRONOUN.match(fold(bound)))
