"""Whether the sentence a figure answer quotes binds a figure of the kind asked to the thing
and the owner asked.

Class: a near miss answered with a neighbouring fact — a figure the fiche does not give,
answered with the nearest sentence the slot found:

- a figure asked, answered by a sentence holding no number at all ('How much does the
  Boulogne fish soup sell for?' with the fiche's head-office line, 'How much did they borrow
  from the CIGALES club?' with a partner line): the answer's type is a number, and a sentence
  without one states none;
- an amount of money asked ('la location d'une benne c'est combien ?', 'How much is the bike
  hire?'), answered by a figure of another kind that does not name the thing priced ('3
  sites', '2 (80m² & 40m²)'): an amount is written with its currency;
- a figure asked of one of a structure's sites other than its main one ('How many people work
  at the Hirson shop?', 'the one in Hirson, how big is its team?'), answered by the whole
  structure's figure ('EFFECTIF SALARIAL MOBILISÉ : 2'), whose sentence names no site: the
  figure is the structure's, not that site's (slots checks that the fiche states a site of
  its own there).

Each is judged on the quoted sentence, not on the question's words alone: a sentence holding
the number, the sum or the site asked keeps the answer. Pure functions over text.
"""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.answering.cost_in_measure import cost_counted_in_measure
from livret_qa.answering.priced_thing import (
    HOW_MUCH_LAST,
    PAYING_VERBS,
    asking_core,
    asks_cost_of_thing,
)
from livret_qa.facts.facets import match_places
from livret_qa.text import fold

# a number written in digits, not inside a word ('AG2R', 'D3E'); a unit may follow ('80m2')
_DIGITS = re.compile(r"(?<![^\W\d_])\d")
# numbers written in words (folded), 'un' / 'one' aside: they are articles as often
_NUMBER_WORDS = re.compile(
    r"\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|"
    r"seize|vingt|trente|quarante|cinquante|soixante|cents?|milles?|millions?|dizaines?|"
    r"douzaines?|quinzaines?|vingtaines?|trentaines?|centaines?|milliers?|moitie|tiers|quarts?|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|hundreds?|thousands?|dozens?|half|third|quarter)\b"
)
# a sum of money written with its currency ('608 000 €', '10 à 18 euros', '35 k€')
_AMOUNT = re.compile(r"\d[\d  .,]*\s*(?:€|euros?\b|k€)")
# a measure written with its unit: a quantity, not a sum ('45 tonnes', '1 100 m2', '14 ETP')
_MEASURE = re.compile(
    r"\d[\d  .,]*\s*(?:tonnes?|t\b|kg|kilos?|m2|m²|m3|m³|km|kilometres?|hectares?|ha\b|"
    r"litres?|heures?|hours?|etp|%)"
)
# 'how much' asked of a verb, with no noun counted ('How much does it cost?', 'How much did
# they borrow?'): a sum, or a quantity measured in some unit; 'how much fish' counts a noun
_HOW_MUCH_VERB = re.compile(
    r"\bhow much (?:do|does|did|is|was|are|were|will|would|has|have|had|can|could|should)\b"
)
# Class: 'how much' of a verb of quantity ('How much does the drive sell every fortnight?',
# 'how much do they collect a year?', 'how much does the garden produce?'): a count of
# things that the sentence says were sold, collected or produced answers ('15 colis … vendus
# chaque quinzaine'), as a measure with its unit does; a price ('sell for') stays a sum.
# Each English verb, with the French words a sentence states it by (folded).
_QUANTITY_VERBS = (
    (re.compile(r"\b(?:sell|sells|sold)\b"), re.compile(r"\bvend\w*|\bventes?\b")),
    (re.compile(r"\bcollect(?:s|ed)?\b"), re.compile(r"\bcollect\w*|\brecupere\w*")),
    (re.compile(r"\bproduc(?:e|es|ed)\b"), re.compile(r"\bprodui\w*|\bproduction\b")),
    (re.compile(r"\bdistribut(?:e|es|ed)\b"), re.compile(r"\bdistribu\w*")),
)
# a price asked by its 'for' ('How much does it sell its chairs for?')
_SOLD_FOR = re.compile(r"\bfor\W*$")
# a count of things, not of money nor a year ('15 colis', '250 paniers', '28 000 objets')
_COUNT_OF_THINGS = re.compile(r"(?<![\d,.])\d[\d  .]*\s+(?!euros?\b|k?€)[^\W\d_]{3,}")
# 'X c'est combien ?' / 'le X il coûte combien': the thing priced, opened by an article
_THING = re.compile(r"^(?:les |le |la |l')(?P<noun>[^\W\d_]{3,})")
# the price of one item, asked first ('c'est combien un panier ?', 'c'est combien une chaise ?'):
# only a sum naming that item is its price: a budget, a turnover or a count of such items is
# none. A unit is no item ('c'est combien une tonne de poisson ?' asks a rate, not tonnes).
_ONE_ITEM = re.compile(
    r"^c.?(?:est|etait) combien,? (?:un|une) "
    r"(?!(?:tonne|kilo|litre|heure|journee|semaine|mois|annee|metre|hectare)s?\b)"
    r"(?P<noun>[^\W\d_]{3,})"
)


_YEAR = re.compile(
    r"(?<![\d,.])(?:19|20)\d\d(?!\d|[,.]\d|\s?(?:€|euros?|k€|tonnes?|kg|m2|m²|t\b))"
)  # a year, not '2 021 €' nor '2021 tonnes' nor '2021,5'


def holds_a_number(text: str, own_name: str = "") -> bool:
    """Whether a text states a number, in digits or words, outside the structure's own name
    ('Le Panier de la Mer 62', 'Synapse 3i' hold no figure of theirs)."""
    folded = fold(text)
    name = fold(own_name).strip()
    if name:
        folded = folded.replace(name, " ")
    return bool(_DIGITS.search(folded) or _NUMBER_WORDS.search(folded))


# the same item after the act paying for it ('je veux acheter une chaise …, c'est combien ?',
# 'louer un vélo c'est combien ?')
_DOING_ONE_ITEM = re.compile(
    rf"\b(?:{PAYING_VERBS}) (?:un|une|a|an) (?P<noun>[^\W\d_]{{3,}}).*{HOW_MUCH_LAST}"
)


def amount_unbound(question: str, stated: str) -> bool:
    """Whether an amount of money asked is not what the stated figure gives: the question asks
    a price or a sum of a thing ('la location de vélo c'est combien ?', 'How much does the fish
    soup sell for?') and the quote-and-value holds no sum in €, nor (in French, a thing asked
    by its noun) that thing, nor (in English, 'how much' of a verb) a measure with its unit,
    which answers a quantity ('How much did they collect?': '45 tonnes')."""
    asked = asking_core(question)  # ('et c'est combien un puzzle chez eux ?')
    said = fold(stated)
    item = _ONE_ITEM.match(asked) or _DOING_ONE_ITEM.search(asked)
    if item is not None:
        return not (_AMOUNT.search(said) and _names(said, item.group("noun")))
    if _AMOUNT.search(said) or cost_counted_in_measure(asked):
        return False  # ('ça coûte combien en temps de salarié ?': '0,5 ETP' answers)
    if _HOW_MUCH_VERB.search(asked):
        if (
            not _SOLD_FOR.search(asked)
            and _COUNT_OF_THINGS.search(said)
            and any(verb.search(asked) and stated.search(said) for verb, stated in _QUANTITY_VERBS)
        ):
            return False  # '15 colis … vendus chaque quinzaine': how much they sell
        return not _MEASURE.search(said)
    if not asks_cost_of_thing(question):
        return False
    thing = _THING.match(asked)
    if thing is None:
        return True  # 'combien ça coûte ?': a price, stated by a sum only
    return not _names(said, thing.group("noun"))


def _names(said: str, noun: str) -> bool:
    """Whether a folded text names a noun, singular or plural."""
    stem = noun[:-1] if noun.endswith(("s", "x")) and len(noun) > 4 else noun
    return re.search(rf"\b{re.escape(stem)}", said) is not None


def names_place(text: str, places: list[str]) -> bool:
    """Whether a text names one of the places asked (accents and case aside)."""
    folded = fold(text)
    return any(re.search(rf"(?<![\w-]){re.escape(fold(p))}(?![\w-])", folded) for p in places if p)


# the key figure of a fiche's sites ('NOMBRES DE SITES : **2** (80m² & 40m²)', folded)
_SITES_FIGURE = re.compile(r"nombres? de sites\W*(\d+)")


def places_in_words(text: str, own_name: str) -> list[str]:
    """The booklet's places a question names anywhere, outside the structure's own name
    ('the Copains' HIRSON shop', 'la boutique Hirson'): a site may be named before its noun,
    with no preposition of place; 'Thiérache' in 'Les Copains de Thiérache' is the name."""
    name = fold(own_name)
    # (each once: a town matched by several of its forms is one place asked)
    return list(dict.fromkeys(m.text for m in match_places(text) if fold(m.text) not in name))


def sites_stated(fiche_text: str) -> int:
    """The number of sites a fiche's key figures state ('NOMBRES DE SITES : 2'), 0 if none."""
    found = _SITES_FIGURE.search(fold(fiche_text))
    return int(found.group(1)) if found else 0


# a measure with its unit written after it ('80m2', '40 m²', '4 ha'), folded; sums of
# money side by side are of other kinds ('608 000 € avec … dons en nature de 40 000€')
_WITH_UNIT = re.compile(r"(?<![\w.,])(\d[\d  .,]*?)\s?(m2|m²|m3|ha|hectares?|tonnes?|kg)(?!\w)")


def several_values(quote: str) -> bool:
    """Whether a figure gives several values of one unit side by side ('2 (80m² & 40m²)'):
    one per site or part, none saying whose, so none is the figure of one site asked."""
    units = [m.group(2) for m in _WITH_UNIT.finditer(fold(quote))]
    return any(units.count(u) >= 2 for u in set(units))


def figure_unbound(question: str, value: str, quote: str, own_name: str) -> str | None:
    """The gap of a figure answer whose sentence binds no figure of the kind asked: 'amount'
    when a sum is asked and none is stated (`amount_unbound`), 'attribute' when it holds no
    number at all (outside the structure's own name); None when it answers."""
    stated = f"{value} {quote}"
    if amount_unbound(question, stated):
        return "amount"
    # a year is when, not how many ('DATE DE DÉMARRAGE : Novembre 2021' for 'how much fish
    # in 2021?'): a sentence whose only number is a year gives no figure; nor does a card's
    # postcode, phone or street number ('24 rue Camille Desmoulins 02120 Guise')
    counted = lx.CARD_NUMBERS.sub(" ", fold(_YEAR.sub(" ", stated)))
    if not holds_a_number(counted, own_name):
        return "attribute"
    return None


def states_amount(text: str) -> bool:
    """Whether a text states a sum of money with its currency ('4 € le panier vendu')."""
    return bool(_AMOUNT.search(fold(text)))


def takings_of_takings(question: str, text: str) -> bool:
    """Whether takings asked ('How much did they take in sales?', 'combien ça rapporte ?')
    are what a sentence states ('53 177 euros de CA réalisés …'): the measure binds them."""
    asked = fold(question)
    takings = lx.REVENUE_ASKED.search(asked) or lx.SALES_TAKINGS.search(asked)
    return bool(takings and lx.REVENUE_STATED.search(fold(text)))


# A count asked of the future, by the verb's tense ('va former', 'formera', 'will train', 'is
# going to hire'), folded: a figure planned, which only a sentence stating a plan gives.
_FUTURE_ASKED = re.compile(
    r"\b(?:va|vont|vais|allez|allons)\s+(?!y\b|en\b|bien\b|mal\b)[^\W\d_]{3,}(?:er|ir|re)\b|"
    r"\b[^\W\d_]{3,}(?:era|eront|ira|iront)(?:-t)?(?:-(?:elle|il|ils|elles|on))?\b|"
    r"\bwill\b|\bgoing to\b|\bplan(?:s|ned)? to\b"
)
# A sentence stating a figure as planned, aimed at or to come: its own future tense, a plan,
# a forecast or an aim (lexicon PLANNED_STATED, FORECAST_STATED, TARGET_ASKED), new posts
# to create ('en créant 2 nouveaux postes'), a thing under way or a purpose ('l'achat en
# cours d'un bâtiment pour développer une confection école de 300m²')
_PLAN_STATED = re.compile(
    rf"{lx.PLANNED_STATED.pattern}|{lx.FORECAST_STATED}|{lx.TARGET_ASKED}|"
    r"\b[^\W\d_]{3,}(?:era|eront|ira|iront|ra|ront)\b|\bnouve(?:aux|lles?|l)\b|"
    r"\ben cours\b|\bpour [^\W\d_]{3,}(?:er|ir|re)\b|\ba venir\b|\bd.ici\b|\bprojet\b|"
    r"\bcreant\b|\bcreation\b|\benjeu\b"
)


def planned_unbound(question: str, quote: str) -> bool:
    """Whether a count asked of the future ('la confection école va former combien de
    personnes par an ?', 'How many people will the ambassador train?') is answered by a
    sentence stating no plan, aim or figure to come ('8 personnes salariées en insertion en
    2021'): the figure of today, not the one planned (class: a planned count never given)."""
    return bool(_FUTURE_ASKED.search(fold(question))) and not _PLAN_STATED.search(fold(quote))
