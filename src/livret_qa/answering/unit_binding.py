"""Whether the sentence an answer quotes binds the TYPE of figure asked — a measure in its
unit, a share, a count, the year asked — to the THING asked, and not to a neighbouring thing.

Class: a near miss answered with a neighbouring fact. The question asks a figure of a
definite type about a definite thing; the slot found a sentence of the same structure that
states a figure, but of another thing or of another type:

- a measure in a unit, of a thing ('combien de tonnes de métal ?', 'how many hours of
  volunteering?', 'how many tonnes of frozen fish?'), answered by the unit of another thing
  ('1 100 tonnes de bois') or by no such unit at all (the headcount '2'). The sentence must
  state a number in that unit and one of the thing's words in the same clause; another
  sentence of the fiche binding more of the thing's words answers instead ('49 tonnes de
  poissons surgelés' rather than '51 tonnes de poissons collectés');
- a share or rate of a thing ('What share of the garden's integration workers find a job?',
  'quel pourcentage des bénévoles …'), answered by a share of another thing ('un tiers des
  paniers'): the share's clause must name the thing;
- a count of a thing ('How many greenhouses are there?') answered by a measure of it ('4600
  m² de serres'): a number followed by a unit then 'de <thing>' measures the thing, it does
  not count it;
- a figure asked for a year, answered by a figure line whose clause of that year states
  another measure ('le chiffre d'affaires 2021 ?' « 316 000 € de budget de fonctionnement
  (2021) ; 53 177 euros de CA … en 2020 »): the year is bound to the budget, not to the
  turnover.

Reasoned from the question's own words (the unit, the words after 'of'/'de', glossed into
French) and the quoted sentence's structure (its clauses, the number-unit-noun order), not
from a list of topics. A sentence that binds them keeps or gives the answer; none: the fiche
does not state it, and the sentence found is the nearest fact.
"""

from __future__ import annotations

import re
from dataclasses import replace

from livret_qa import lexicon as lx
from livret_qa.answering import costs_covered, priced_thing, topic_words
from livret_qa.answering.plan import PlanPart
from livret_qa.answering.slots import Filled, Found, Missing, SlotFiller
from livret_qa.glossary import EN_FR
from livret_qa.indexing.analyzer import analyze
from livret_qa.text import fold

BY_MEANING = "by_meaning"  # compose.BY_MEANING: a sentence quoted as it stands, unlabelled
MIN_STEM = 4  # stems compared by prefix from this length ('poisson' ~ 'poissons')

# The unit a measure is asked in, folded, and how a sentence writes a number in it.
_UNITS: dict[str, str] = {
    # a mass is stated in tonnes or kilos alike ('combien de kilos de jouets ?' '3,5 tonnes')
    "tonnes": r"tonnes?|\bt\b|tonnage|kilos?|kg|kilogrammes?",
    "kilos": r"tonnes?|\bt\b|tonnage|kilos?|kg|kilogrammes?",
    "heures": r"heures?|\bh\b",
    "surface": r"m2|m²|m<sup>2</sup>|metres? carres?|hectares?|\bha\b",
    "litres": r"litres?|\bl\b",
}
_UNIT_ASKED: dict[str, str] = {
    "tonnes": r"tonnes?|tons?",
    "kilos": r"kilos?|kg|kilogrammes?|kilograms?",
    "heures": r"heures?|hours?",
    "surface": r"m2|m²|metres? carres?|square (?:metres?|meters?)|hectares?",
    "litres": r"litres?|liters?",
}
# 'combien de tonnes de …', 'le nombre d'heures de …', 'how many tonnes of …'
_MEASURE_OF = re.compile(
    r"\b(?:combien|nombre|quantite|how many|how much|number of)\s+(?:de |d'|of )?"
    r"(?P<unit>" + "|".join(f"(?:{p})" for p in _UNIT_ASKED.values()) + r")\s+"
    r"(?:de |d'|des |du |of )(?P<thing>.+)$"
)
# 'quelle part des …', 'quel pourcentage de …', 'what share of …', 'what percentage of …'
# ('which part of Boulogne' asks a place, no share: 'part' is read in French only)
_SHARE_OF = re.compile(
    r"\bquel(?:le)?s?\s+(?:est |etait )?(?:la |le )?(?:part|pourcentage|proportion|taux)\s+"
    r"(?:de |d'|des |du )(?P<thing>.+)$|"
    r"\b(?:what|which)\s+(?:is |was )?(?:the )?(?:share|percentage|proportion|fraction|rate)\s+"
    r"of (?P<thing_en>.+)$"
)
# the money whole a share is taken of, after its thing ('… dans le budget de X', '… in its
# income'): the booklet writes it 'recettes' or 'ressources', if at all
_IN_MONEY_WHOLE = re.compile(
    r"\s+(?:dans|in|of) (?:le |la |les |leur |leurs |son |sa |ses |its |their |the )?"
    r"(?:budget|recettes|ressources|revenus?|financements?|income|revenues?|resources|funding)"
    r"\b.*$"
)
# how a sentence states a share: a percentage, a fraction in words, 'x sur y'
_SHARE_STATED = re.compile(
    r"\d[\d  .,]*\s*%|\bpour ?cent\b|\b(?:tiers|moitie|quarts?|majorite|la plupart)\b|"
    r"\b\d+\s+sur\s+\d+\b"
)
# words that end the thing's noun phrase (a verb's auxiliary, a preposition of place or
# time) or stand before it (articles, possessives): not the thing
_FUNCTION = frozenset(
    (
        "the a an of its their his her our your this that these those do does did is are "
        "was were has have had will would can could go goes went come comes from to in on at "
        "for by with per each every back there here who which what that "
        "le la les l de d des du un une ses son sa leur leurs ce cette ces ils elles il elle "
        "on en a au aux par pour sur dans chez qui que quoi est sont ont a y et ou"
    ).split()
)
_WORD = re.compile(r"[^\W\d_]+(?:'s)?")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


_SAME_FIGURE = tuple(
    frozenset(s for w in group for s in analyze(w)) for group in lx.FIGURE_SAME_THING_FR
)


def _stems(word: str) -> set[str]:
    """A word's stems, with those of its French glosses (an English word: 'fish' ->
    'poisson'; 'integration' -> 'insertion') and of the accounts' words naming the same
    figure ('dépenses' -> 'charges', lexicon FIGURE_SAME_THING_FR)."""
    out = set(analyze(word))
    for g in topic_words.glossed_words(word):
        for f in g.french:
            out |= set(analyze(f))
    for group in _SAME_FIGURE:
        if out & group:
            out |= group
    return {s for s in out if len(s) >= 3 and not s.isdigit()}


# the glossary's two-word entries: (first word, last word, French words)
_PAIRS = tuple((k.split()[0], k.split()[1], v) for k, v in EN_FR.items() if len(k.split()) == 2)


def _compounds(text: str) -> dict[str, set[str]]:
    """The French stems of the glossary's two-word things read through their first word's
    synonyms: 'vegetable box' is the 'veg box' ('panier') since 'vegetable' and 'veg' share
    'légume'; each stem set keyed by the compound's last word as written. Class: a thing
    asked in other words than the glossary's compound ('ordinary weekly vegetable box')."""
    words = [w.removesuffix("'s") for w in _WORD.findall(text)]
    french = {fold(f) for w in words for g in topic_words.glossed_words(w) for f in g.french}
    out: dict[str, set[str]] = {}
    for first, last, glosses in _PAIRS:
        heads = [w for w in words if w == last or w.rstrip("s") == last]
        if not heads or not {fold(f) for f in EN_FR.get(first, ())} & french:
            continue
        for head in heads:
            out.setdefault(head, set()).update(s for f in glosses for s in analyze(f))
    return out


def thing_words(
    tail: str,
    own_name: str,
    limit: int = 3,
    raw: list[str] | None = None,
    phrase: bool = True,
    context: str = "",
) -> list[set[str]]:
    """The content words of the noun phrase opening `tail` (the words after 'of' / 'de'), as
    stems, less the structure's own name: 'frozen fish does Le Panier …' -> [frozen, fish];
    'the Cocagne garden's integration workers find …' -> [integration, workers]. `context`:
    the rest of the question, whose words may make a compound of the phrase's ('a weekly
    box of organic vegetables': a vegetable box)."""
    own = set(analyze(own_name)) | {s for w in _WORD.findall(fold(own_name)) for s in _stems(w)}
    # two-word glossary entries read as one thing ('veg box' -> 'panier'): their French
    # words go with each of the two
    pairs: dict[str, set[str]] = _compounds(f"{tail} {context}")
    for g in topic_words.glossed_words(tail):
        if " " in g.key:  # under its words as written too ('moved on' of the entry 'move on')
            for part in dict.fromkeys([*g.key.split(), *fold(g.word).split()]):
                pairs.setdefault(part, set()).update(s for f in g.french for s in analyze(f))
    out: list[set[str]] = []
    written_words = _WORD.findall(tail)
    for n, written in enumerate(written_words):
        word = written.removesuffix("'s")
        if word in _FUNCTION or len(word) < 3:
            if out and phrase:
                break
            continue
        stems = _stems(word) | pairs.get(word, set())
        if stems and stems & own and not out and phrase:
            # the structure's own word, unless an owner ('the Cocagne garden's workers'):
            # the thing is what its name says ('combien de tonnes de bois récupère le Bois
            # de Deux Mains ?'), which the answer need not repeat
            following = written_words[n + 1] if n + 1 < len(written_words) else ""
            if not written.endswith("'s") and not following.endswith("'s"):
                return []
        if not stems or stems & own or word in lx.NO_THING_NOUNS:
            if out and phrase:
                break
            continue
        out.append(stems)
        if raw is not None:
            raw.append(word)
        if len(out) >= limit:
            break
    return out


def _held(stems: set[str], vocab: set[str]) -> bool:
    return any(
        s in vocab or (len(s) >= MIN_STEM and any(v.startswith(s) for v in vocab)) for s in stems
    )


def _clauses(text: str) -> list[str]:
    return [c for c in re.split(r";| \(soit ", fold(text)) if c.strip()]


def _bound(text: str, stated: re.Pattern[str], things: list[set[str]]) -> int:
    """How many of the thing's words a clause of `text` stating the type (`stated`) holds;
    -1 when no clause states the type."""
    best = -1
    for clause in _clauses(text):
        if not stated.search(clause):
            continue
        vocab = set(analyze(clause))
        best = max(best, sum(1 for t in things if _held(t, vocab)))
    return best


def _bare(text: str, stated: re.Pattern[str]) -> bool:
    """Whether a clause stating the type holds no word besides its label, its figure, its
    unit and its year: a figure of the structure's whole activity, of no thing named."""
    for clause in _clauses(text):
        found = stated.search(clause)
        if found is None:
            continue
        figure = clause.split(":", 1)[-1]
        rest = re.sub(r"\([^)]*\)|\d[\d  .,]*", " ", figure.replace(found.group(0), " "))
        if not [w for w in _WORD.findall(rest) if len(w) >= 3 and w not in _FUNCTION]:
            return True
    return False


def states_thing(
    text: str, stated: re.Pattern[str], things: list[set[str]], vocab: set[str]
) -> bool:
    """Whether a sentence stating the type asked states it of the thing asked: a clause of
    that type naming the thing, or a bare key-figure line ('TONNAGES CONCERNÉS : 50 tonnes')
    of a structure whose fiche holds the thing; a sentence with no clause of the type is not
    judged (True)."""
    bound = _bound(text, stated, things)
    if bound != 0:
        return True
    return _bare(text, stated) and all(_held(t, vocab) for t in things)


def asked_type(
    question: str, own_name: str, raw: list[str] | None = None
) -> tuple[str, re.Pattern[str], list[set[str]]]:
    """The type of figure the question asks of a thing: ('tonnes'|…|'share', how a sentence
    states it, the thing's words); ('', …, []) when it asks no unit or share of a thing.
    `raw` receives the unit and the thing's words as asked."""
    asked = fold(question).replace("’", "'").rstrip(" ?!.")
    measure = _MEASURE_OF.search(asked)
    unit_asked = measure.group("unit") if measure is not None else ""
    if unit_asked and re.fullmatch(
        _UNIT_ASKED["surface"] + "|" + _UNIT_ASKED["litres"], unit_asked
    ):
        measure = None  # a surface is of a thing already (lexicon Measure.of_thing, slots)
    if measure is not None:
        unit = next(k for k, p in _UNIT_ASKED.items() if re.fullmatch(p, measure.group("unit")))
        if raw is not None:
            raw.append(measure.group("unit"))
        things = thing_words(measure.group("thing"), own_name, raw=raw)
        number_in = re.compile(rf"\d[\d  .,]*\s*(?:{_UNITS[unit]})(?!\w)")
        return unit, number_in, things
    share = _SHARE_OF.search(asked)
    if share is not None:
        tail = share.group("thing") or share.group("thing_en")
        # ('la part des subventions dans le budget': the money whole is no thing of it)
        tail = _IN_MONEY_WHOLE.sub("", tail) or tail
        return "share", _SHARE_STATED, thing_words(tail, own_name, raw=raw)
    return "", _SHARE_STATED, []


def _counted_noun(question: str, noun: str) -> bool:
    """Whether the noun asked is counted, not a mass measured ('How many greenhouses',
    'combien de serres' vs 'combien de bois', 'how much wood'): asked by 'how many', or a
    French plural written with its own ending ('-es', '-aux', '-eux')."""
    asked = fold(question)
    word = fold(noun)
    if re.search(rf"\bhow many\s+(?:[^\W\d_]+\s+)?{re.escape(word)}\b", asked):
        return True
    return bool(re.search(r"(?:[^\W\d_]{2}es|aux|eux)$", word)) and "how much" not in asked


def _measured_not_counted(quote: str, noun: str) -> bool:
    """Whether a sentence writes the counted noun only as the thing of a size ('4600 m2 de
    serres', '1 local de 1100 m3'), never counted ('3 serres'). A weight is left alone: how
    much of a thing there is ('3,5 tonnes de jouets' for 'how many toys?') answers a count
    of a thing the booklet only weighs (unstated_kind.items_counted), a surface does not."""
    stems = {s for s in _stems(noun) if len(s) >= 4}
    if not stems:
        return False
    folded = fold(quote)
    units = rf"{_UNITS['surface']}|{_UNITS['litres']}|m3|m³"
    measured = counted = False
    for word in re.finditer(r"[^\W\d_]+", folded):
        if not any(word.group(0).startswith(s) for s in stems):
            continue
        before = folded[max(0, word.start() - 40) : word.start()]
        if re.search(rf"\d[\d  .,]*\s*(?:{units})\s+(?:de |d')$", before):
            measured = True
        elif re.search(r"(?<![\w])\d[\d  .,]*\s+(?:[^\W\d_]+\s+){0,2}$", before):
            counted = True
    return measured and not counted


def _year_elsewhere(quote: str, question: str, years: list[int], own_name: str) -> bool:
    """Whether a figure line states the asked year only in a clause of ANOTHER measure than
    the one asked, beside a clause of another year ('316 000 € de budget de fonctionnement
    (2021) ; 53 177 euros de CA … en 2020' for 'le chiffre d'affaires 2021')."""
    clauses = [c for c in fold(quote).split(";") if c.strip()]
    if len(clauses) < 2 or not years:
        return False
    dated = [(c, {int(y) for y in _YEAR.findall(c)}) for c in clauses]
    if len({frozenset(ys) for _, ys in dated if ys}) < 2:
        return False
    of_year = [c for c, ys in dated if ys & set(years)]
    if not of_year:
        return False
    asked = fold(question)
    measures = [m for m in lx.MEASURES if lx.compiled(m.asked).search(asked)]
    if not measures:  # no measure the lexicon knows asked: the clause is not judged
        return False
    return not any(lx.compiled(m.stated).search(c) for c in of_year for m in measures)


_SHARE_WORDS = frozenset(
    s
    for w in "part parts pourcentage proportion taux share percentage fraction rate".split()
    for s in analyze(w)
)
_TIES = frozenset(s for w in lx.SHARE_TIES for s in analyze(w)) | {*lx.SHARE_TIES}
# The money whole a share is taken of ('la part des ventes dans le budget', 'the share of
# sales in its income'): the booklet writes it 'recettes' or 'ressources', and a sentence
# stating the share need not name it. Class: a share asked of a money whole.
_MONEY_WHOLE = frozenset(
    s
    for w in "budget budgets recettes ressources revenus revenu income revenue revenues "
    "resources funding financement financements".split()
    for s in analyze(w)
)


def _share_others(
    question: str, own_name: str, things: list[set[str]], vocab: set[str]
) -> list[set[str]]:
    """The question's things besides the one a share is of ('les ventes' of 'les ventes ça
    paie quelle part des dépenses ?', 'donations' of 'what share of its costs do donations
    cover?'), those the fiche names somewhere: the verb tying them, the share's own words and
    the structure's name are none. Class: a share of a thing stated for another source or
    use ('70 % … par des subventions' for the part paid by gifts)."""
    words = thing_words(fold(question), own_name, limit=12, phrase=False)
    return [
        w
        for w in words
        if w not in things
        and not w & (_TIES | _SHARE_WORDS | _ASKING_AMOUNT | _MONEY_WHOLE)
        and _held(w, vocab)
    ]


def _holds_all(text: str, words: list[set[str]]) -> bool:
    vocab = set(analyze(fold(text)))
    return all(_held(w, vocab) for w in words)


# the words that ask an amount itself, which name no thing priced
_ASKING_AMOUNT = frozenset(
    s
    # (the verb of paying as conjugated: 'ils paient combien ?', 'what are they paying?')
    for w in (
        "how much cost costs price paid pay pays paying combien coute coutent prix paye tarif "
        "paie paient payent payer payez"
    ).split()
    for s in analyze(w)
)
# Class: a price asked of whoever buys, named as any buyer ('et les clients, ils paient
# combien ?', 'what do the customers pay?', 'les gens paient combien le panier ?'): they pay
# the price, no thing priced; a kind of buyer ('les étudiants') is one (priced_thing.py)
_ANY_PAYER = frozenset(
    s
    for w in "clients client customers customer acheteurs buyers gens people".split()
    for s in analyze(w)
)
_AMOUNT_STATED = re.compile(r"\d[\d  .,]*\s*(?:€|euros?\b|k€)|\bsmic\b")


# what a price is asked of, beside lexicon PRICED_OBJECT: 'what does X cost', 'c'est
# combien X', 'X c'est combien' (folded)
_PRICED = (
    re.compile(r"\bwhat (?:does|do|did|would|will) (?P<thing>.+?) cost\b"),
    re.compile(r"\bc.?est combien (?:pour )?(?P<thing>(?:un|une|le|la|les|l')\b.+)"),
    re.compile(r"^(?P<thing>(?:un|une|le|la|les|l')\b.+?) c.?est combien\b"),
)


# words standing for a thing named before ('the cheap ones', 'celui des familles')
_PRO_FORMS = frozenset("one ones celui celle ceux celles".split())


def priced_words(question: str, own_name: str) -> list[set[str]]:
    """The stems of the noun phrase a price is asked of, as written ('the membership card',
    'a weekly box of organic vegetables' read as a vegetable box, 'un panier de légumes');
    [] when the syntax binds no thing."""
    folded = fold(question).replace("’", "'").rstrip(" ?!.")
    tail = priced_thing.priced_object(folded)
    for pattern in _PRICED:
        if tail:
            break
        m = pattern.search(folded)
        tail = m.group("thing") if m is not None else ""
    if not tail:
        return []
    raw: list[str] = []
    words = thing_words(tail, own_name, limit=6, raw=raw, context=folded)
    if any(w in _PRO_FORMS for w in raw):
        return []  # 'the cheap ones': the thing is the one spoken of before, not a word here
    return [w for w in words if not w & _ASKING_AMOUNT]


def priced_head(question: str, own_name: str, english: bool) -> set[str] | None:
    """The stems of the head of the thing a price is asked of: the last word of an English
    noun phrase, the first of a French one ('the membership CARD', 'a weekly BOX', 'un
    PANIER de légumes'); None when the syntax binds no thing. Class: a price of a thing whose
    modifier only is named by the priced sentence ('membership' by « adhérents-consommateurs
    »): the head is what is priced."""
    words = priced_words(question, own_name)
    if not words:
        return None
    return words[-1] if english else words[0]


def _means_bound(filler: SlotFiller, filled: Found, asked: str) -> Filled:
    """A means of payment asked ('payer avec quoi comme titres ?', 'can you pay by card?'):
    the sentence naming a means of payment answers, of the kind asked when one is named
    (lexicon MEANS_OF_PAYMENT_*); a price is no answer. None: not stated."""
    kinds = [k for k, (ask, _) in _MEANS.items() if ask.search(asked)]

    def names_means(text: str) -> bool:
        if not lx.MEANS_OF_PAYMENT_STATED.search(text):
            return False
        return not kinds or any(_MEANS[k][1].search(text) for k in kinds)

    if names_means(fold(filled.citation.quote)):
        return filled
    ev = filler.best_sentence(filled.fiche_id, names_means)
    return filler.found(ev) if ev is not None else Missing(filled.fiche_id, "attribute", filled)


# each means of payment: how a question names it, how a sentence states it (folded)
_MEANS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "voucher": (
        re.compile(r"\b(tickets?|titres?|vouchers?|bons?)\b"),
        re.compile(r"\b(tickets?|titres?)[ -]restaura\w*|\bbons? d.achat\b"),
    ),
    "cheque": (re.compile(r"\b(cheques?|checks?)\b"), re.compile(r"\bcheques?\b")),
    "card": (
        re.compile(r"\b(cartes?|cards?)\b"),
        re.compile(r"\bcartes? (bancaires?|bleues?|de credit)\b"),
    ),
    "cash": (re.compile(r"\b(especes|liquide|cash)\b"), re.compile(r"\ben especes\b")),
}


def _amount_bound(
    filler: SlotFiller, part: PlanPart, filled: Found, own_name: str, english: bool
) -> Filled:
    """A price or a pay asked of a thing or a person ('How much is the ambassador paid?',
    'combien coûte l'irrigation ?') answered by a sum of another thing ('250 paniers … de 10
    à 18 €'): the sum's clause must name the head of the thing priced when the syntax binds
    one (priced_head), else a word of the question besides the asking and the structure;
    else the fiche's sentence that does; else no price of it is stated."""
    asked = fold(part.text)
    head = priced_head(part.text, own_name, english)
    things = (
        [head]
        if head is not None
        else [
            w
            for w in thing_words(asked, own_name, limit=8, phrase=False)
            if not w & (_ASKING_AMOUNT | _ANY_PAYER)
        ]
    )
    if head is not None and _bound(filled.citation.quote, _AMOUNT_STATED, things) > 0:
        # the head bound: a sentence binding more of its modifiers is the thing asked ('un
        # panier classique': « paniers classiques … de 10 à 18 € », not « 4 € le panier »)
        words = priced_words(part.text, own_name)
        now = _bound(filled.citation.quote, _AMOUNT_STATED, words)

        def closer(text: str) -> bool:
            return (
                _bound(text, _AMOUNT_STATED, things) > 0
                and _bound(text, _AMOUNT_STATED, words) > now
            )

        ev = filler.best_sentence(filled.fiche_id, closer)
        return filler.found(ev) if ev is not None else filled
    if not things or _bound(filled.citation.quote, _AMOUNT_STATED, things) > 0:
        return filled
    if not _AMOUNT_STATED.search(fold(filled.citation.quote)):
        return filled  # no sum quoted: the slot's own reading of a price stands

    def priced(text: str) -> bool:
        return _bound(text, _AMOUNT_STATED, things) > 0

    ev = filler.best_sentence(filled.fiche_id, priced)
    return filler.found(ev) if ev is not None else Missing(filled.fiche_id, "attribute", filled)


def bound(
    filler: SlotFiller,
    part: PlanPart,
    filled: Filled,
    several: bool,
    own_name: str,
    years: list[int],
) -> Filled:
    """The answer kept when its sentence binds the type asked to the thing asked; else the
    fiche's sentence that does; else the fiche does not state it (the sentence found is the
    nearest fact). Only for one structure, a figure or fact asked, not a yes/no."""
    if several or part.yes_no or not isinstance(filled, Found):
        return filled
    priced = part.attribute in ("unstated:price", "unstated:salary")
    if (priced or part.intent in ("figure", "fact")) and lx.MEANS_OF_PAYMENT_ASKED.search(
        fold(part.text)
    ):
        return _means_bound(filler, filled, fold(part.text))
    if priced:
        english = filler.plan.lang == "en"
        return _amount_bound(filler, part, filled, own_name, english)
    if part.intent not in ("figure", "fact"):
        return filled
    quote = f"{filled.citation.quote}"
    if years and _year_elsewhere(quote, part.text, years, own_name):
        return Missing(filled.fiche_id, "year", nearest=filled)
    raw: list[str] = []
    kind, stated, things = asked_type(part.text, own_name, raw)
    if kind and things and years and not _YEAR.search(fold(quote)):
        # a share or measure asked for a year ('What share … back in 2012?') answered by a
        # sentence of no year: only a sentence of that year binding the type answers
        def of_year(text: str) -> bool:
            return any(str(y) in text for y in years) and _bound(text, stated, things) > 0

        ev = filler.best_sentence(filled.fiche_id, of_year)
        return filler.found(ev) if ev is not None else Missing(filled.fiche_id, "year", filled)
    if kind == "share" and things:
        # the other things of the question (the source or use of the share: 'les ventes',
        # 'by donations') that the fiche names elsewhere must be named with it
        vocab = filler.engine.mentions.vocab.get(filled.fiche_id, set())
        others = _share_others(part.text, own_name, things, vocab)
        if others and not _holds_all(quote, others):

            def of_both(text: str) -> bool:
                return _bound(text, stated, things) > 0 and _holds_all(text, others)

            ev = filler.best_sentence(filled.fiche_id, of_both)
            return filler.found(ev) if ev is not None else Missing(filled.fiche_id, "share", filled)
    # (after the source asked is held: 'par les dons' must be named with it)
    if kind == "share" and costs_covered.answers_costs_covered(part.text, quote):
        # a share of costs covered of a fiche splitting its
        # resources ('70% de subventions, 30% d'activité économique'): what covers the costs
        return filled
    if kind == "share" and _bound(quote, stated, things) <= 0:
        # a share's clause that names not the thing may name it in other words: it is
        # read with the rest of the question ('what share of its operating costs do
        # subsidies cover?' « 70 % des charges … couvertes par des subventions »), and
        # kept when it holds two of its words
        rest = thing_words(fold(part.text), own_name, limit=12, phrase=False)
        if _bound(quote, stated, [w for w in rest if w not in things]) >= 2:
            return filled
    if kind and things:
        now = _bound(quote, stated, things)

        def better(text: str) -> bool:
            return _bound(text, stated, things) > max(now, 0)

        ev = filler.best_sentence(filled.fiche_id, better)
        if ev is not None:
            return filler.found(ev)
        if now > 0 and _bound(filled.value, stated, things) <= 0 and filled.value in quote:
            # the slot's value is another figure of the sentence ('4 ha' for the square
            # metres of greenhouses of '4 ha dont 4600 m2 de serres'): the sentence is quoted
            return replace(filled, value=filled.citation.quote, note=BY_MEANING)
        if now > 0:
            return filled
        if kind == "share":
            return Missing(filled.fiche_id, "share", nearest=filled)
        if _bare(quote, stated) and all(
            _held(t, filler.engine.mentions.vocab.get(filled.fiche_id, set())) for t in things
        ):
            # a key-figure line naming no thing ('TONNAGES CONCERNÉS : 50 tonnes (2019)')
            # measures the structure's own activity: a thing its fiche holds ('combien de
            # tonnes de textile chez vestali ?') is what it measures
            return filled
        words = ", ".join(f"« {w} »" for w in raw)
        return Missing(filled.fiche_id, "apart", nearest=filled, words=words)
    counted = part.intent == "figure" and part.noun and not part.attribute
    if counted and _counted_noun(part.text, part.noun) and _measured_not_counted(quote, part.noun):
        return Missing(filled.fiche_id, "attribute", nearest=filled)
    return filled
