"""A question over several structures' data ('quelles structures ont plus de 20 salariés ?',
'la plus ancienne ?', 'total des adhérents par département') -> a typed FactQuery, or None when
the question is not one. Pure: the lexicon's tables and the corpus's own field values.

The classes of question, each recognised by its frame, not by its wording:
- compare: two structures named and a comparative ('X ou Y, qui a le plus de salariés ?');
- group: a breakdown 'par département', 'by theme', 'répartition';
- top: 'les 3 plus gros budgets', 'the two oldest';
- bound: a number with a bound ('plus de 20', 'between 40 and 100 t', 'créées avant 2005');
- superlative: 'le plus de', 'la plus ancienne', 'fewest';
- average and total: 'en moyenne', 'au total', 'combined';
- count: 'combien de structures …'.
Filters come from the question (theme, département, town) and from the conversation (the
structures of the previous answer, 'their budget', 'combien en tout ?')."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from livret_qa import lexicon as lx
from livret_qa.answering import compared_again
from livret_qa.answering.aggregate_conditions import (
    BOUND_OPS,
    Condition,
    FactsVocabulary,
    conditions_in,
    excluded_departements,
    field_presence,
    measure_mentions,
    normalised,
    number_in,
    single_conditions,
    text_conditions,
    without_departement_names,
)
from livret_qa.answering.bound_of_one import bound_asked_of_one
from livret_qa.answering.matter_asked import matter_asked
from livret_qa.text import fold

__all__ = ["AggregatePlan", "FactsVocabulary", "plan_aggregate"]


def _group_key(folded: str) -> str:
    for key, pattern in lx.GROUP_KEYS:
        if lx.compiled(pattern).search(folded):
            return key
    return "departement"


def _direction(folded: str) -> str:
    for pattern, direction in lx.SUPERLATIVES:
        if lx.compiled(pattern).search(folded):
            return direction
    return ""


def _residual_words(folded: str, conditions: list[Condition], vocab: FactsVocabulary) -> list[str]:
    """Content words that no frame, filter, measure or condition accounts for: a topic."""
    text = folded
    for cond in conditions:
        if cond.value is not None:
            text = text.replace(fold(str(cond.value)), " ")
    for values in vocab.field_values.values():  # a value of a field is a filter's words
        for value in sorted(values, key=len, reverse=True):
            text = text.replace(fold(value), " ")
    for _, pattern in lx.THEME_WORDS.items():
        text = pattern.sub(" ", text)
    for measure in lx.MEASURES:
        text = lx.compiled(measure.asked).sub(" ", text)
    frames = (
        lx.CREATION_WORDS,
        lx.NETWORK_MEMBERSHIP,
        lx.SUM_FRAME,
        lx.AVERAGE_FRAME,
        lx.SHARE_FRAME,
    )
    for pattern in frames:
        text = pattern.sub(" ", text)
    text = lx.compiled(rf"\b({lx._COLLECTIVE_NOUNS})\b").sub(" ", text)
    words = re.findall(r"[^\W\d_]{3,}", re.sub(r"\bdept[a-j]+\b", " ", text))
    return [
        w
        for w in words
        if w not in lx.STOPWORDS and w not in lx.AGGREGATE_FRAME_WORDS and w not in lx.MONTHS
    ]


def _topic(words: list[str], vocab: FactsVocabulary, filtered: bool) -> list[str]:
    """The words of a count no field holds ('récupèrent des invendus'): terms that set some
    structures apart. A term every structure or none holds names no topic; a word the booklet
    never uses (an English word) is a topic only when nothing else narrows the count."""
    from livret_qa.indexing.analyzer import analyze

    if not vocab.fiche_terms:
        return words
    total = len(vocab.fiche_terms)
    out = []
    for word in words:
        terms = analyze(word)
        held = [sum(t in v for v in vocab.fiche_terms.values()) for t in terms]
        rare = any(0 < n <= total * 2 // 3 for n in held)
        unknown = bool(held) and all(n == 0 for n in held)
        if rare or (unknown and not filtered):
            out.append(word)
    return out


@dataclass
class AggregatePlan:
    query: dict[str, Any]  # a FactQuery as data
    from_search: bool = False  # a count over what the search finds, no field holds the topic
    topic: list[str] = field(default_factory=list)


def plan_aggregate(
    question: str,
    named: list[str],
    departements: list[str],
    theme: str,
    places: list[str],
    vocab: FactsVocabulary,
    focus: list[str] | None = None,
    unnamed: str = "",
    previous_measure: str | None = None,
) -> AggregatePlan | None:
    """The FactQuery a question asks, or None. `named`: structures the question names;
    `focus`: those of the previous answer when the question refers to them; `unnamed`: the
    question without the structures' names (their words are no measure, no theme);
    `previous_measure`: the measure the conversation was about, for a question that names
    none ('And the smallest?', 'et en moyenne ?')."""
    folded = normalised(unnamed or question)
    folded = without_departement_names(folded, departements)
    # a bound naming no measure, in a question naming none, is on the conversation's
    on_previous = previous_measure if not measure_mentions(folded, vocab) else None
    conditions = conditions_in(folded, vocab, on_previous) + single_conditions(folded, vocab)
    valued = text_conditions(unnamed or question, vocab)
    conditions += valued + field_presence(folded, vocab, valued)
    membership_spans = (
        [m.span() for m in lx.NETWORK_MEMBERSHIP.finditer(folded)]
        if any(c.measure == "reseau" for c in conditions)
        else []
    )
    bound_spans = [c.span for c in conditions if c.span != (0, 0)]
    mentions = [
        (at, m)
        for at, m in measure_mentions(folded, vocab)
        if not any(a <= at < b for a, b in bound_spans)
        and not any(a <= at < b for a, b in membership_spans)
        and not any(c.measure == m for c in conditions)
    ]
    measure = _most_specific([m for _, m in mentions])
    apart = bool(focus) and len(focus or []) > 1 and compared_again.DIFFERENCE_ASKED.search(folded)
    if measure is None and (not lx.COUNT_FRAME.search(folded) or _total_only(folded) or apart):
        # ('de combien ?' of two in focus counts nothing: how far apart they are on it)
        # 'et en moyenne ?', 'combien au total ?' — but 'combien sont-elles ?' counts
        measure = previous_measure
    direction = _direction(folded)
    others = bool(focus) and bool(lx.OTHERS.search(folded))  # 'les autres structures'
    compared = focus if focus and len(focus) >= 2 and not others else []
    group = lx.GROUP_FRAME.search(folded)
    filters: dict[str, Any] = {}
    query: dict[str, Any] = {}
    together = lx.SUM_FRAME.search(folded) or lx.AVERAGE_FRAME.search(folded)
    if len(named) >= 2 and together and measure and not direction:
        # 'X et Y emploient combien de personnes à elles deux ?': a total over the named
        query = {"op": "avg" if lx.AVERAGE_FRAME.search(folded) else "sum", "measure": measure}
        filters["structures"] = list(named)
    elif (
        len(named) >= 2
        or (compared and not bound_spans and compared_again.asks_a_comparison(folded))
    ) and (
        lx.COMPARE_FRAME.search(folded)
        or direction
        or (compared and compared_again.DIFFERENCE_ASKED.search(folded))  # 'de combien ?'
    ):
        # 'X ou Y, qui a le plus de salariés ?'; 'which of them has more members?'
        on = measure or next((c.measure for c in conditions), None)
        if on is None and direction.endswith("_year"):
            on = "annee_creation"
        if on is None:
            return None
        query = {"op": "compare", "measure": on}
        filters["structures"] = list(named) if len(named) >= 2 else list(compared)
        query["order"] = _order(direction, folded, on)
    elif (one := bound_asked_of_one(named, focus, conditions, question)) is not None:
        # 'Does VESTALI have a budget over 500k?', 'a-t-elle été créée avant 2010 ?': one
        # structure's figure held against a bound, answered yes or no (bound_of_one.py)
        conditions.remove(one)
        query = {"op": one.op, "measure": one.measure, "value": one.value}
        if one.value2 is not None:
            query["value2"] = one.value2
        filters["structures"] = list(named or focus or [])
    elif named:
        return None  # a question about named structures is answered from their fiches
    elif group:
        query = {"op": "group", "group_by": _group_key(folded[group.start() :])}
        if measure and (lx.SUM_FRAME.search(folded) or measure != "annee_creation"):
            query["measure"] = measure
    elif lx.RANKING_FRAME.search(folded) and (measure or direction):
        chosen = measure or "annee_creation"
        limit = _top_k(folded, departements, direction or "max") or 1000
        query = {"op": "top", "measure": chosen, "limit": limit}
        query["order"] = _order(direction, folded, chosen)
    elif (k := _top_k(folded, departements, direction)) and (measure or direction):
        ranked = measure or ("annee_creation" if direction.endswith("_year") else None)
        if ranked is None:
            return None
        query = {"op": "top", "measure": ranked, "limit": k}
        query["order"] = _order(direction, folded, ranked)
    elif (
        direction
        and (measure or direction.endswith("_year"))
        and not (
            lx.PLURAL_SUPERLATIVE.search(folded) and any(c.op in BOUND_OPS for c in conditions)
        )
    ):
        # ('les plus anciennes, créées avant 2005': the bound names the ones asked, a list)
        chosen = measure if measure and not direction.endswith("_year") else "annee_creation"
        if measure == "demarrage_action":
            chosen = measure
        ascending = _order(direction, folded, chosen) == "asc"
        query = {"op": "min" if ascending else "max", "measure": chosen}
    elif lx.MEDIAN_FRAME.search(folded) and measure:
        query = {"op": "median", "measure": measure}
    elif lx.AVERAGE_FRAME.search(folded) and measure:
        query = {"op": "avg", "measure": measure}
    elif lx.SUM_FRAME.search(folded) and measure and not _structures_asked(folded):
        query = {"op": "sum", "measure": measure}
    elif (measure and not conditions) and (
        _shares_structures(folded) or (lx.COUNT_FRAME.search(folded) and _counts_structures(folded))
    ):
        # 'combien de structures emploient des salariés en insertion ?', 'what share of
        # initiatives have volunteers?': the structures stating that figure, counted (a
        # measure word beside a condition is the condition's: 'membres de Chantier école')
        query = {"op": "count"}
        conditions.append(Condition(measure, "present", None))
    elif lx.COUNT_FRAME.search(folded) and measure and not _counts_structures(folded):
        query = {"op": "sum", "measure": measure}  # 'combien de bénévoles au total' / in all
    elif any(c.op in BOUND_OPS for c in conditions) and not lx.COUNT_FRAME.search(folded):
        main = next(c for c in conditions if c.op in BOUND_OPS)
        conditions.remove(main)
        query = {"op": main.op, "measure": main.measure, "value": main.value}
        if main.value2 is not None:
            query["value2"] = main.value2
    elif (lx.COUNT_FRAME.search(folded) and not _counts_other_things(folded)) or (
        lx.SUM_FRAME.search(folded) and focus
    ):
        query = {"op": "count"}
    elif measure and (lx.EACH.search(folded) or lx.EVERY_STRUCTURE.search(folded)):
        query = {"op": "list", "measure": measure}  # 'le budget de chaque structure'
    else:
        return None
    # 'les deux ont combien de salariés ?', 'how many volunteers do both have?': the pair in
    # focus pointed at as such asks each one's figure, as 'chacune' does; a total of the two
    # says so ('à elles deux', 'together', 'en tout': SUM_FRAME)
    # ('les deux' is read before its number word becomes a digit)
    pair = lx.THE_TWO.search(fold(unnamed or question))
    each = lx.EACH.search(folded) or lx.EVERY_STRUCTURE.search(folded) or pair
    if query["op"] == "sum" and each and not lx.SUM_FRAME.search(folded):
        query["op"] = "list"  # 'combien de salariés en insertion dans chacune ?': each value
    left_out = excluded_departements(folded, departements)
    kept = [d for d in departements if d not in left_out]
    if kept:
        filters["departement"] = kept
    if left_out:
        filters["not_departement"] = left_out
    if theme:
        filters["theme"] = theme
    if places:
        filters["ville"] = places[0]
    if focus and others:
        filters["not_structures"] = list(focus)
    elif focus and "structures" not in filters:
        filters["structures"] = list(focus)
    if conditions:
        filters["conditions"] = [c.to_dict() for c in conditions]
    # 'qui collecte le plus de tonnes de bois ?': only the figures of that matter count
    # (a total or a list of a matter's figures is bound to the thing by compose's
    # summed_thing.py, which says the nearest figures when none is of it; a comparison of
    # named structures compares what each states)
    of_matter = query["op"] in ("max", "min", "top", *BOUND_OPS)
    thing = matter_asked(folded, query.get("measure")) if of_matter else []
    if thing:
        # the word as the question writes it ('légumes', not 'legumes'): the answer says it
        written = re.findall(r"[^\W\d_]+", unnamed or question)
        asked = next((w for w in written if fold(w) == thing[0]), thing[0])
        filters["thing"] = [asked.lower(), *thing[1:]]
    query["filters"] = filters
    topic: list[str] = []
    if query["op"] == "count" and not conditions:
        topic = _topic(_residual_words(folded, conditions, vocab), vocab, bool(filters))
    return AggregatePlan(query, from_search=bool(topic), topic=topic)


def _top_k(folded: str, departements: list[str], direction: str) -> int | None:
    """How many structures a ranking asks for ('les 3 plus gros budgets', 'which two …
    most recently'); None when it asks for no count, or the number is a place ('the 62')."""
    top = lx.TOP_FRAME.search(folded)
    k_match = top or (lx.TOP_K.search(folded) if direction else None)
    if k_match is None:
        return None
    raw = k_match.group(1) or (k_match.group(3) if top else None) or "3"
    k = number_in(raw)
    if k is None or k < 1 or (raw.isdigit() and f"{int(k):02d}" in departements):
        return None
    return int(k)


def _most_specific(mentioned: list[str]) -> str | None:
    """The first measure named, or a more specific one of its family named too: 'qui emploie
    le plus de salariés en insertion' asks about insertion staff, not all staff."""
    if not mentioned:
        return None
    order = [m.name for m in lx.MEASURES]
    family = {m.name: m.family for m in lx.MEASURES}
    first = mentioned[0]
    if first not in family:
        return first
    kin = [m for m in mentioned if family.get(m) == family[first] and m in order]
    return min(kin, key=order.index)


_NOT_A_NOUN = frozenset(
    "en tout au total sont are is there them of elles y ils they do does did have has les".split()
)


_OPENING_ARTICLES = frozenset({"l", "le", "la", "les", "the"})


def _counts_other_things(folded: str) -> bool:
    """'combien de producteurs ?' counts something no fact holds, not structures ('combien
    d'entre elles …' counts the structures in focus: lx.COUNT_OF_THEM)."""
    if lx.COUNT_OF_THEM.search(folded):
        return False
    # the question word counts before a noun that names a figure ('parmi celles qui donnent
    # leur nombre d'adhérents, combien en ont plus de 100 ?': 'nombre' is the figure stated)
    match = re.search(r"\b(combien|how many)\s+(de |d'|of )?(.*)", folded) or re.search(
        r"\b(nombre|nb|nbre|number)\s+(de |d'|of )?(.*)", folded
    )
    if match is None:
        return False
    words = re.findall(r"[^\W\d_]+", match.group(3))[:3]
    # the noun counted ends where an article opens another noun phrase ('combien de chiffre
    # l'épicerie de Guise ?': 'l'épicerie' is who makes it, not what is counted)
    cut = next((i for i, w in enumerate(words) if i and w in _OPENING_ARTICLES), len(words))
    words = words[:cut]
    if not words or any(re.fullmatch(lx._COLLECTIVE_NOUNS, w) for w in words):
        return False
    first = words[0]
    return first not in _NOT_A_NOUN and first not in lx.STOPWORDS


def _total_only(folded: str) -> bool:
    """'combien au total ?', 'ça fait combien en tout ?', 'how much altogether?': a total asked
    and nothing else — after figures of several structures, the total of that figure (a count
    frame with no noun counted, said with a sum frame); 'combien sont-elles au total ?' counts
    the structures."""
    if not lx.SUM_FRAME.search(folded) or _counts_structures(folded):
        return False
    if re.search(r"\b(sont|elles|ils|are|they|there|y en a)\b", folded):
        return False  # 'combien sont-elles au total ?', 'how many are there in all?'

    rest = lx.SUM_FRAME.sub(" ", lx.COUNT_FRAME.sub(" ", folded))
    rest = re.sub(r"\b(how much|ca fait|that makes|it makes|cela fait|ce qui fait)\b", " ", rest)
    return not [w for w in re.findall(r"[^\W\d_]{2,}", rest) if w not in lx.STOPWORDS]


# An amount asked, not structures ('how much', 'combien', 'le total', 'the total').
_AMOUNT_ASKED = re.compile(r"\b(how much|combien|what is the total|quel est le total)\b")


def _structures_asked(folded: str) -> bool:
    """Class: which structures are asked, with a word of a total ('Which structures get
    DREETS funding overall?', 'which ones, overall, are funded by France Active?', 'who
    in total employs people in insertion?'): the word says across the booklet, the list is
    asked, not the sum of a figure of theirs ('funding', read as their budget). An amount
    asked as well ('how much', 'combien', 'what is the total') is a sum."""
    asks = lx.WHICH_STRUCTURES.search(folded) or re.match(
        r"((et|and|so|alors)\s+)?(qui|who)\b", folded
    )
    return bool(asks) and not lx.COUNT_FRAME.search(folded) and not _AMOUNT_ASKED.search(folded)


def _counts_structures(folded: str) -> bool:
    """'combien de structures …', and 'combien d'entre elles …', 'how many of those …'
    (lx.COUNT_OF_THEM): the structures are what is counted, not a figure of theirs."""
    return bool(
        re.search(
            rf"\b(combien|how many|nombre|number)\s+(de |d'|of )?({lx._COLLECTIVE_NOUNS})\b",
            folded,
        )
    ) or bool(lx.COUNT_OF_THEM.search(folded))


def _shares_structures(folded: str) -> bool:
    """A share of the structures ('what share of the initiatives …', 'quelle part des
    structures …'), not a share of a figure ('quelle part du budget …')."""
    return bool(
        re.search(
            r"\b(share|proportion|percentage|pourcentage|part|fraction|%)\s+(of|de|des|d')\s*"
            rf"(the |les |ces |these )?({lx._COLLECTIVE_NOUNS})\b",
            folded,
        )
    )


def _order(direction: str, folded: str, measure: str) -> str:
    """'asc' when the smallest number wins: fewest, smallest, oldest (the earliest year)."""
    for pattern, order in lx.ORDER_WORDS:  # 'du plus gros au plus petit': said outright
        if lx.compiled(pattern).search(folded):
            return order
    if direction in ("min", "min_year"):
        return "asc"
    if direction in ("max", "max_year"):
        return "desc"
    less = re.search(r"\b(moins|less|fewer|smaller|plus petit\w*|lower|plus faible)\b", folded)
    if measure in ("annee_creation", "demarrage_action"):
        older = re.search(r"\b(ancien\w*|older|oldest|vieux|vieille|plus tot|earlier)\b", folded)
        return "asc" if older else "desc"
    return "asc" if less else "desc"
