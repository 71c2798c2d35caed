"""Class: a near miss — a question asking, of one structure, a kind of value its fiche does
not state, most often as a follow-up ('et combien ça leur rapporte, ces paniers ?' after the
baskets, 'le prêt CIGALES, il était de combien ?', 'ça fait combien de jouets à l'unité ?'
after a weight, 'ça a créé combien d'emplois ?', 'why not clothes?' after the exclusions,
'what was their value-added rate in 2020?' where the sentence found states no share).

The sentence the answer would quote is about the thing asked but holds no value of the kind
asked: no sum of money, no takings, a weight for a count in units, a headcount for jobs
created, an exclusion with no cause. Quoting it answers what the booklet does not say; the
answer says the fiche does not give it, with that sentence as the nearest fact. A sentence
holding the kind asked ('un prêt de 10 000 €', '20 emplois créés') is left as the answer.
Pure functions over text (lexicon entries of this class are folded)."""

from __future__ import annotations

import re
from collections.abc import Callable

from livret_qa import lexicon as lx
from livret_qa.answering.cost_in_measure import cost_counted_in_measure
from livret_qa.glossary import EN_FR
from livret_qa.text import fold

# A sum of money written with its currency ('608 000 €', '10 à 18 euros', '35 k€').
_AMOUNT = re.compile(r"\d[\d  .,]*\s*(?:€|euros?\b|k€)")


def unstated_kind(
    question: str, quote: str, value: str, counted: Callable[[str], bool] | None = None
) -> str | None:
    """The kind of value `question` asks that the quoted sentence (and its `value`) does not
    hold: 'amount' (a sum of money, takings, a loan), 'units' (a count where a weight is
    given), 'created' (jobs created where a headcount is given), 'reason' (why not, where the
    exclusion alone is stated), 'year_of' (the year of a figure stated with none), 'weight'
    (a weight where a count is given), 'distance' (a length between places where the
    sentence gives none, an address or a town), 'share' (a percentage, share or rate where
    the sentence states none: no '%', no 'un tiers'); None when
    it asks no such kind or the sentence holds it. `counted` tells whether the booklet counts
    a (folded) noun in units anywhere ('28 000 objets vendus'): asked 'combien d'objets ?',
    a weight of them is no count."""
    asked = fold(question)
    stated = fold(f"{value} {quote}")
    if lx.COSTS_COVERED_ASKED.search(asked) and lx.SHARE_STATED.search(stated):
        return None  # 'how much of its costs do its sales cover?': '… couvrent 92 % des …'
    if lx.CHANGE_ASKED.search(asked) and lx.CHANGE_STATED.search(stated):
        return None  # 'de combien ont progressé les ventes ?': '+5,54 %' is the change asked
    if _asks_share(asked) and not lx.SHARE_STATED.search(stated):
        return "share"  # 'what was the value-added rate in 2020?': 'DATE DE DÉMARRAGE : 2020'
    if lx.YEAR_OF_LAST_ASKED.search(asked.strip()) and not lx.YEAR.search(stated):
        return "year_of"  # 'c'est quelle année ?' of a budget stated with no year
    money = lx.SUM_ASKED.search(asked) or lx.MONEY_ASKED.search(asked)
    # ('ça coûte combien en temps de salarié ?': a cost counted in a measure, no sum)
    if money and not cost_counted_in_measure(asked):
        if not _AMOUNT.search(stated):
            return "amount"  # 'un prêt … à la hauteur du besoin': no sum
        revenue = lx.REVENUE_ASKED.search(asked) and not lx.PRICE_ASKED.search(asked)
        if revenue and not lx.REVENUE_STATED.search(stated):
            return "amount"  # prices of baskets: no takings
        if lx.FUNDING_ASKED.search(asked) and _only_a_budget(stated):
            return "amount"  # the structure's budget: not the loan or funding asked
    if lx.PAID_ASKED.search(asked) and not _AMOUNT.search(stated):
        return "amount"  # '120 chaises design pour le Palais': no sum paid
    if (money or lx.PAID_ASKED.search(asked)) and total_from_a_rate(asked, stated):
        return "amount"  # 'in total each year?': '4 € le panier vendu' is a rate, no total
    if lx.DISTANCE_ASKED.search(asked) and not lx.DISTANCE_STATED.search(stated):
        return "distance"  # 'how far from Boulogne?': an address, no length
    weight = lx.WEIGHT_ASKED.search(asked) and not lx.WEIGHT_IN_A_TOTAL.search(asked)
    if weight and not lx.WEIGHT_STATED.search(stated):
        return "weight"  # '15 colis « viande » … vendus': a count, no weight
    if lx.WEIGHT_STATED.search(fold(value or quote)) and (
        lx.UNITS_ASKED.search(asked) or items_counted(asked, counted)
    ):
        return "units"
    if lx.JOBS_CREATED_ASKED.search(asked) and not lx.JOBS_CREATION_STATED.search(stated):
        return "created"
    if lx.NEGATED_WHY.search(asked) and not lx.CAUSE_GIVEN.search(stated):
        return "reason"
    if _audience_only(asked, stated):
        return "audience"  # 'how many came to the fête?': '2500 personnes sur facebook'

    return None


# Class: a total or a yearly sum asked ('How much does the network pay them in total each
# year?', 'combien touchent-ils au total par an ?', 'what does it come to per year?') where
# the sentence gives the sum only per thing ('4 € le panier vendu', '2 € par colis', '10 €
# per basket'): a rate is no total, unless the question asks per that thing. Folded.
_TOTAL_OR_YEARLY = re.compile(
    r"\b(in total|au total|en tout|altogether|overall|in all|all together|"
    r"each year|every year|per year|a year|yearly|annual\w*|par an|chaque annee|"
    r"par annee|annuel\w*|sur l.annee|sur un an)\b"
)
_COST_ASKED = re.compile(r"\bcout(?!ur|um)\w*|\bcost\w*")
_RATE_PER_THING = re.compile(
    r"\d[\d  .,]*\s*(?:€|euros?\b)\s+(?:le|la|l'|par|per|each|the|pour (?:un|une|chaque))"
    r"\s*(?!an\b|annee|mois|jour|semaine|year|month|week|day|heure|hour)(?P<thing>[^\W\d_]{3,})"
)


def total_from_a_rate(asked: str, stated: str) -> bool:
    """Whether a total or yearly sum is asked (folded) and every sum the sentence states is a
    rate per thing the question does not ask per ('4 € le panier' for 'in total each
    year?'; not for 'how much per basket each year?')."""
    if not _TOTAL_OR_YEARLY.search(asked) or _COST_ASKED.search(asked):
        return False  # ('ça coûte combien par an ?': what it costs, its budget, no sum paid)
    amounts = _AMOUNT.findall(stated)
    rates = list(_RATE_PER_THING.finditer(stated))
    if not rates or len(rates) < len(amounts):
        return False
    per = re.findall(r"\b(?:per|par|each|chaque|a|the|le|la) (\w{3,})", asked)
    glossed = {fold(f) for w in per for f in (w, *EN_FR.get(w.rstrip("s"), ()))}
    asked_per = {w[:4] for w in glossed}
    return not {m.group("thing")[:4] for m in rates} & asked_per


def items_counted(asked: str, counted: Callable[[str], bool] | None) -> bool:
    """Whether a folded question counts things one by one: 'combien d'objets', 'how many
    objects' of a noun the booklet itself counts in units (`counted`: '28 000 objets
    vendus'); not one it only weighs ('how many fish', '51 tonnes de poissons'), nor a unit
    of weight or measure ('combien de tonnes', 'how many kilos')."""
    match = lx.ITEMS_COUNTED_ASKED.search(asked)
    if match is None:
        return False
    noun = match.group("noun") or match.group("noun2")
    if lx.MEASURE_UNIT_WORD.fullmatch(noun):
        return False
    return counted is not None and counted(noun)


def _asks_share(asked: str) -> bool:
    """Whether a folded question asks a share, a percentage or a rate ('quel pourcentage',
    'what share of', 'le taux de …', 'the value-added rate', 'in percent')."""
    return bool(
        lx.SHARE_FRAME.search(asked)
        or lx.RATE_ASKED.search(asked)
        or lx.PERCENT_ASKED.search(asked)
    )


def _only_a_budget(stated: str) -> bool:
    """Whether a folded sentence states a budget and names no loan, grant or funding: the
    sum it gives is the structure's whole budget, not the one asked."""
    return "budget" in stated and not lx.FUNDING_ASKED.search(stated)


def distance_places(asked: str, places: list[str]) -> list[str]:
    """The places a distance is asked from (folded): those after 'from', 'de', 'entre',
    'to' right after the distance's words ('how far from Guise', 'à quelle distance de Lille'),
    or every place when two or more are named ('distance Guise Hirson'). A place naming a
    site ('the Guise shop's suppliers') asks no distance from it: any length the fiche
    states answers ('producteurs situés à moins de quatre-vingt kilomètres')."""
    folded = list(dict.fromkeys(fold(p) for p in places if p))
    if len(folded) > 1:  # two places: the distance between them
        return folded
    return [
        p
        for p in folded
        if re.search(rf"{_DISTANCE_WORD}(?:\s+[\w']+){{0,2}}?\s+{_FROM}\s*{re.escape(p)}", asked)
    ]


# the words of a distance, then the place it is measured from ('far from Guise', 'distance de
# Lille', "km d'Amiens", 'how far is that from Lille'); not a site's town written before them
# ("l'épicerie de Guise … à quelle distance ?")
_DISTANCE_WORD = r"\b(?:distances?|far|loin|km|kms|kilometres?|kilometers?|miles?)"
_FROM = r"(?:from|de|d.|du|entre|between|to|et|and)"


def _audience_only(asked: str, stated: str) -> bool:
    """Whether people counted are asked with no platform named ('how many people came to the
    fête?', 'combien de participants ?') and the sentence counts only an online audience
    ('2500 personnes sur facebook'). Class: attendance answered by followers."""
    return (
        bool(lx.PEOPLE_COUNTED_ASKED.search(asked))
        and not lx.SOCIAL_NETWORKS.search(asked)
        and bool(lx.SOCIAL_NETWORKS.search(stated))
    )
