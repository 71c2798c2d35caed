"""A figure asked of one structure with a qualifier its quoted sentence does not bind.

Class: a near miss answered with a neighbouring fact. The fiche states a figure, but not the
one asked: the question qualifies the quantity it asks, and the sentence found states a
quantity without that qualifier. The answer must then say the fiche does not state it, the
sentence found being the nearest fact. Each qualifier is checked on the quoted sentence:

- an amount at all ('la remise enjouée a reçu combien de UrgencESS ?', 'and Pas de Calais
  Actif, how much did they put in?'): money given or a price is never stated by a sentence
  with no number (a quantity of things asked may be, in words the checks cannot read: 'how
  much stuff did they collect?' is left to the filler);
- money given by someone ('how much do those councils give each year?', 'combien la région
  verse à VESTALI ?'): only a sentence stating funding (a grant, a fund, an aid) answers, not
  the turnover or the budget;
- takings ('What were their sales in 2019?'): a sentence of that year with no amount (an
  event of 2019) does not state them;
- a price ('vend ses chaises combien ?', 'how much does a chair cost?'): only an amount
  that is no budget, turnover or grant, and not a large total;
- people placed in work ('how many of them found a job afterwards?', 'combien ont retrouvé
  un emploi ?'): only a sentence stating exits or placements ('80 % de sorties positives')
  answers, not the number of people employed;
- one site of several ('how many volunteers in Hirson specifically?'): a figure given for
  that town and another together ('sur Guise et Hirson') is no figure of that town. A town
  that only picks the structure by where it stands ('celle de Guise, elle a combien de
  bénévoles ?', 'the one in Guise, how many volunteers?', after a list naming it) asks no
  site: the structure's figure answers, whatever towns it spans (`picks_home`);
- one part alone ('How many tonnes of fruit alone?', 'combien de légumes seulement, sans
  les fruits ?') or taken out of a total ('sur les 60 tonnes, combien sont des fruits ?',
  'how much of that is fruit?'): a figure the sentence gives for that thing and another
  together ('60 tonnes de légumes et fruits') is no figure of that part.

Pure functions over the question and the quote; `compose.Composer._qualifiers_unbound`
applies them to a figure filled for one named structure."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.answering import priced_measure
from livret_qa.answering.cost_in_measure import cost_borne, cost_counted_in_measure
from livret_qa.answering.measured_thing import counts_en
from livret_qa.answering.topic_words import glossed_words
from livret_qa.facts.facets import match_places
from livret_qa.indexing.analyzer import analyze
from livret_qa.text import fold

__all__ = ["joint_place", "part_with_other", "states_outcome_count", "unbound"]

_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b(19|20)\d\d\b")
_AMOUNT = re.compile(r"(\d[\d  .,]*\d|\d)\s*(k€|€|euros?)")
PRICE_CEILING = 10_000  # an amount above this is a total (a budget), no price of one thing


def _folded(text: str) -> str:
    return fold(text).replace("’", "'")


def asks_quantity(question: str) -> bool:
    """Whether the question asks a quantity ('combien', 'how many', 'how much'), not a
    duration ('depuis combien de temps') nor a yes/no."""
    folded = _folded(question)
    return bool(lx.QUANTITY_ASKED.search(folded)) and not lx.DURATION_ASKED.search(folded)


def states_quantity(sentence: str) -> bool:
    """Whether a sentence states a quantity: a number that is not only a year, part of a
    name or a card's postcode, phone or street number, a number word ('une dizaine', 'deux
    fois'), or 'free' / 'none'."""
    said = lx.CARD_NUMBERS.sub(" ", lx.DIGIT_IN_NAME.sub(" ", _folded(sentence)))
    if _DIGIT.search(lx.YEAR_ONLY.sub(" ", said)):
        return True
    return bool(lx.QUANTITY_STATED_WORDS.search(said))


def asks_given(question: str) -> bool:
    """Whether the quantity asked is money given or received ('how much do they give?',
    'combien la région verse ?', 'ils ont mis combien ?'), not things counted as received
    ('how many toys do they receive?', 'combien de jouets reçus ?')."""
    folded = _folded(question)
    if not lx.GIVEN_ASKED.search(folded):
        return False
    if counts_en(folded):  # 'combien ils en donnent ?': the things 'en' stands for
        return False
    mass = re.search(r"\bhow much (?P<noun>[a-z]+)", folded)
    if mass is not None and mass.group("noun") not in lx.HOW_MUCH_NOT_A_THING:
        return False  # 'how much fish do they get from the auctions?': a thing, not money
    # a count and its noun, however the count is put ('combien de', 'what number of', 'le
    # nombre d'', 'quelle quantité de'): 'What number of computers does it donate?' counts
    # things given, no money
    counted = re.search(
        r"\bhow many\b|\b(?:combien (?:de |d')|(?:what|which|the) (?:number|quantity) of "
        r"|(?:quel(?:le)?|le|la) (?:nombre|quantite) (?:de |d'))(?P<noun>[a-z]+)",
        folded,
    )
    noun = counted.group("noun") if counted is not None else None
    if counted is None or noun in lx.MONEY_COUNTED or noun in lx.NOT_A_NOUN_COUNTED:
        return True
    # 'a reçu combien de UrgencESS ?': a name after 'combien de' is the giver, no thing counted
    typed = [w for w in re.findall(r"[^\W\d_][\w-]*", question) if fold(w) == noun]
    return any(w[:1].isupper() for w in typed)


def asks_takings(question: str) -> bool:
    """Whether a question asks the takings of a year or their amount ('What were their sales
    in 2019?', 'combien de chiffre d'affaires ?'): a figure, whatever its wording; not where
    the takings come from ('where does their income come from?')."""
    folded = _folded(question)
    if not (lx.REVENUE_ASKED.search(folded) or lx.SALES_TAKINGS.search(folded)):
        return False
    return bool(_YEAR.search(folded)) or asks_quantity(question)


def asks_price(question: str) -> bool:
    """Whether the quantity asked is the price of a thing sold ('vend ses chaises combien ?',
    'how much does a chair cost?', 'combien coûte un jouet ?'), not the cost of the whole
    (a project's cost is its budget)."""
    folded = _folded(question)
    if lx.GIVEN_ASKED.search(folded):
        return False
    if priced_measure.names_money_measure(folded):  # 'leur budget a coûté combien ?'
        return False
    if cost_counted_in_measure(folded):  # 'ça coûte combien en temps de salarié ?'
        return False
    if cost_borne(folded):  # 'ça leur coûte combien à eux ?': what it spends
        return False
    if lx.SOLD_FOR_ASKED.search(folded):
        return True
    return bool(lx.PRICE_ASKED.search(folded) and lx.ONE_THING_PRICED.search(folded))


def states_price(sentence: str) -> bool:
    """Whether a sentence states a price: an amount in euros under `PRICE_CEILING` that no
    measure word names a budget, turnover or grant, or a price word with a number."""
    folded = _folded(sentence)
    if lx.PRICE_STATED.search(folded) and states_quantity(sentence):
        return True
    if lx.TOTAL_MONEY_STATED.search(folded):
        return False
    for match in _AMOUNT.finditer(folded):
        digits = re.sub(r"\D", "", match.group(1).split(",")[0])
        if digits and int(digits) < PRICE_CEILING:
            return True
    return False


def states_outcome_count(sentence: str, question: str = "") -> bool:
    """Whether a sentence states how many people were placed in work, with a quantity ('80%
    de sorties positives en 2020'): the answer to a count of those placed. Asked how many
    were HELPED into work ('how many has it helped into jobs?'), those accompanied towards
    work count too ('236 personnes accompagnées vers l'emploi')."""
    folded = _folded(sentence)
    stated = bool(lx.JOB_OUTCOME_STATED.search(folded)) or bool(
        lx.HELPED_INTO_ASKED.search(_folded(question)) and lx.ACCOMPANIED_STATED.search(folded)
    )
    return stated and states_quantity(sentence)


def towns_asked(question: str, places: list[str], home: str = "") -> list[str]:
    """The towns a question places its figure at: the plan's places and the towns of the
    region it names ('the Guise shop': a structure's own town is no place filter, but still
    the site asked); not a town that only picks the structure where it stands (`picks_home`;
    `home`: its town, postcode and head office)."""
    named = [m.text for m in match_places(question) if m.value.startswith("town:")]
    towns = list(dict.fromkeys([*places, *named]))
    return [t for t in towns if not picks_home(question, t, home)]


def picks_home(question: str, town: str, home: str) -> bool:
    """Whether `town` only picks a structure by where it stands: written in a pronoun or a
    noun of a structure picking one by its town ('celle de Guise', 'the one in Guise',
    "l'asso de Guise": lexicon.PICKED_BY_PLACE), and the town is the structure's own
    (`home`). 'celle d'Hirson' of a structure standing in Guise picks a site (site_asked.py)."""
    folded, name = _folded(question), _folded(town)
    if not name or not re.search(rf"\b{re.escape(name)}\b", _folded(home)):
        return False
    return any(folded[m.end() - 1 :].startswith(name) for m in lx.PICKED_BY_PLACE.finditer(folded))


def joint_place(sentence: str, towns: list[str]) -> bool:
    """Whether a sentence gives its figure for a town asked together with another town not
    asked ('bénévoles actifs sur Guise et Hirson' asked of Hirson alone)."""
    folded = _folded(sentence)
    asked = {_folded(t) for t in towns}
    for town in asked:
        name = re.escape(town)
        pairs = re.finditer(
            rf"\b(?P<a>[a-z][\w'-]+) (et|and|ou) {name}\b|\b{name} (et|and|ou) (?P<b>[a-z][\w'-]+)",
            folded,
        )
        for pair in pairs:
            other = pair.group("a") or pair.group("b")
            if other not in asked and match_places(other):
                return True
    return False


def unbound(
    question: str, quote: str, places: list[str], figure: bool = False, home: str = ""
) -> tuple[str, str] | None:
    """The qualifier of the quantity asked that the quote does not bind, as (missing kind,
    words), or None when the quote states the quantity as asked (or no quantity is asked).
    Kinds: 'amount' (no quantity at all, or money given that is no funding), 'price',
    'outcome_count' (people placed in work, when only people employed are stated),
    'joint_place' (words: the towns). `figure`: the plan reads a figure asked without 'how
    many' ('their turnover?'). A rate per another period is not checked here: the figure is
    given, said to be of another period (periods.rate_not_stated; a held-out set counted it
    as an answer). `home`: where the structure asked stands (its town, postcode and head
    office), a town picking it there being no site asked."""
    takings = asks_takings(question)
    if not (figure or asks_quantity(question) or takings):
        return None
    if lx.COSTS_COVERED_ASKED.search(_folded(question)) and lx.SHARE_STATED.search(_folded(quote)):
        return None  # 'how much of its costs do its revenues cover?': '… couvrent 92 % des …'

    given = asks_given(question) and asks_quantity(question)  # not 'financé comment ?'
    if not states_quantity(quote) and (given or takings or asks_price(question)):
        return ("amount", "")
    if given and not lx.GRANT_STATED.search(_folded(quote)):
        return ("amount", "")
    if asks_price(question) and not states_price(quote):
        return ("price", "")
    folded = _folded(question)
    if lx.JOB_OUTCOME_ASKED.search(folded) and not states_outcome_count(quote, question):
        return ("outcome_count", "")
    towns = towns_asked(question, places, home)
    if towns and joint_place(quote, towns):
        return ("joint_place", ", ".join(towns))
    together = part_with_other(question, quote)
    if together:
        return ("part_alone", together)
    return None


# A quantity asked of one thing on its own ('of fruit alone', 'de légumes seulement', 'sans
# les fruits', 'only the vegetables', 'separately'). Folded.
_ALONE_ASKED = re.compile(
    r"\b(alone|only|on (its|their) own|separately|seule?s?|seulement|uniquement|a part|"
    r"sans (les?|la|l')|hors|excluding|without( the)?)\b"
    # a part taken out of a total asked ('sur les 60 tonnes, combien sont des fruits ?',
    # 'how much of that is fruit?', 'parmi ces tonnes, combien de légumes ?'): the same class
    r"|\bcombien (sont|est|en sont|etaient|c'est) (des|de|du|d')\b"
    r"|\bhow (much|many) of (that|it|this|these|those|them|the)\b"
    # ('out of' a figure only: 'how much produce comes out of the garden?' takes no part)
    r"|\b(parmi|of which|dont combien|sur les \d|out of (the |those |these |its |their )?\d)"
)
# Two things coordinated in a sentence ('légumes et fruits', 'fruit and vegetables').
_COORDINATED = re.compile(r"\b([^\W\d_]{3,})\s*(?:et|and|&|,|ou|or)\s+([^\W\d_]{3,})\b")


def part_with_other(question: str, quote: str) -> str:
    """The things a quote states together, one of them asked on its own ('How many tonnes of
    fruit alone?' quoted '60 tonnes de légumes et fruits'): those words ('légumes et
    fruits'); '' when the question asks no part alone or the quote gives it apart."""
    folded = _folded(question)
    if not _ALONE_ASKED.search(folded) or not states_quantity(quote):
        return ""
    asked = set(analyze(folded)) | {
        t for g in glossed_words(question) for w in g.french for t in analyze(w)
    }
    folded_quote = _folded(quote)
    same_length = len(folded_quote) == len(quote)  # folding keeps each letter's place
    for match in _COORDINATED.finditer(folded_quote):
        first, second = analyze(match.group(1)), analyze(match.group(2))
        held = set(first) & asked or set(second) & asked
        if first and second and held and set(first) != set(second):
            return quote[match.start() : match.end()] if same_length else match.group(0)
    return ""
