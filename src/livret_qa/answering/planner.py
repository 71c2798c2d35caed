"""Question (+ conversation) -> QuestionPlan. Pure: word tables from the lexicon, names from the
corpus's mention detector, places from the corpus's départements; no retrieval, no model.

The conversation state is itself a plan: the previous question is planned (with its own
history), and a follow-up fills only what it lacks — the structures ('leur', 'the second one'),
the attribute ('et VESTALI ?'), or the place ('lesquelles sont dans le Nord ?').
"""

from __future__ import annotations

import copy
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from livret_qa import facet_words as fw
from livret_qa import lexicon as lx
from livret_qa.answering import (
    act_switch,
    booklet_about,
    compared_again,
    counted_money,
    demonstrative_structures,
    described_in_town,
    described_switch,
    figure_source,
    forecast,
    having_a_place,
    list_of_one,
    measured_thing,
    measures_against,
    money_word_asked,
    other_one,
    others_of_group,
    own_action,
    own_wh_noun,
    paid_or_voluntary,
    passing_mention,
    person_contact,
    priced_measure,
    priced_thing,
    said_place,
    site_asked,
    subcount,
    thing_of_focus,
    town_adjunct,
    unit_head,
    unit_switch,
    unnamed_thing,
    where_things,
    who_of_focus,
    word_sense,
    year_of_each,
)
from livret_qa.answering.aggregate_conditions import BOUND_OPS
from livret_qa.answering.aggregate_plan import AggregatePlan, FactsVocabulary, plan_aggregate
from livret_qa.answering.bare_how_many import asks_how_many_alone
from livret_qa.answering.bare_question_word import (
    ASKED_OF_LAST,
    asked_alike,
    asks_who_alone,
    joined,
    question_word,
    says_pro_verb,
)
from livret_qa.answering.clause_when import without_clause_when
from livret_qa.answering.clipped_name import clipped_name, clipped_word
from livret_qa.answering.contrasted import without_contrast
from livret_qa.answering.corrected_attribute import (
    meant_text,
    without_refused,
    without_refused_first,
)
from livret_qa.answering.correction import (
    CORRECTED,
    corrects_structure,
    described_kind,
    meant_part,
    others_than,
    placed_kind,
    renames_structure,
)
from livret_qa.answering.cost_in_measure import cost_borne, cost_counted_in_measure
from livret_qa.answering.description import (
    described_words,
    description,
    description_span,
    set_apart,
)
from livret_qa.answering.earlier_holder import earlier_holder
from livret_qa.answering.echoed_answer import echoes_answer
from livret_qa.answering.figure_year import asks_year_of_figure, without_year_clause
from livret_qa.answering.language import detect_language, terse_language
from livret_qa.answering.language_clause import language_clause
from livret_qa.answering.more_of_list import (
    asks_more,
    asks_more_besides_named,
    asks_rest,
    more_of_list,
)
from livret_qa.answering.named_after_place import without_names_after_places
from livret_qa.answering.online_sales import asks_online_sales
from livret_qa.answering.parallel_list import asked_again, restated
from livret_qa.answering.people_had import measure_had
from livret_qa.answering.plan import Intent, PlanPart, QuestionPlan
from livret_qa.answering.plural_attribute import asked_in_plural
from livret_qa.answering.source_asked import asks_source, source_of_last
from livret_qa.answering.standalone_question import question_after_context
from livret_qa.answering.stating_list import (
    asks_which_state,
    label_line_asked,
    names_beside_attribute,
    unnegated,
)
from livret_qa.answering.structure_itself import creation_of_itself
from livret_qa.answering.theme_switch import asked_of_theme, moved_to_theme
from livret_qa.answering.thing_switch import asked_of_thing, moved_to_thing
from livret_qa.answering.topic_words import french_activity, french_things, lemmas, topic_words
from livret_qa.answering.town_of_noun import plural_of_town, towns_after_de
from livret_qa.answering.website_word import reads_as_website
from livret_qa.answering.wider_measure import widens_only, wider_measure
from livret_qa.errors import FactQueryError
from livret_qa.facts.facets import folded_with_offsets, match_places, match_words
from livret_qa.glossary import ACTIONS, EN_FR
from livret_qa.indexing.analyzer import analyze
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.retrieval.mentions import MentionDetector
from livret_qa.retrieval.place_bodies import without_place_bodies
from livret_qa.retrieval.places import departements_in, spaced_pattern
from livret_qa.text import fold

LIST_ASKED_AGAIN = "the previous list, asked of another agent or year"
LONG_DESCRIPTION_WORDS = 45  # a text this long is a project description, not a question
HISTORY_DEPTH = 3  # how many earlier user turns the state looks back through
ELLIPTIC_WORDS = 4  # a follow-up of at most this many content words is elliptic
# the words before a structure named anew that ask nothing of it ('et chez VESTALI ?')
_SWITCH_PREPOSITIONS = frozenset({"chez", "at", "for", "pour", "with", "avec", "du", "cote"})
NAMED_ELLIPTIC_WORDS = 1  # … or, naming a structure, this many besides the names
DESCRIPTION_MIN_WORDS = 5  # a statement this long naming what a project does describes one
TELEGRAPHIC_VALUES = 3  # facet values a few keywords state to describe a project
KEYWORDS_ALL_COVERED = 3  # up to this many words, all facet values ('organic veg boxes')
KEYWORDS_COVERED = 0.6  # past it, this share of facet values among the words


@dataclass
class ConversationState:
    focus: list[str] = field(default_factory=list)  # structures of the last exchange
    last: QuestionPlan | None = None
    # the list the last turn picked or narrowed the focus from ('celle de Guise …' after two
    # structures): what 'et l'autre ?', 'and the others?' point at, less the focus
    wider: list[str] = field(default_factory=list)
    said: str = ""  # the last answer's text: what a follow-up may take up (echoed_answer.py)
    # the last answer named only some of the structures its list question holds
    shown_in_part: bool = False


def _search(pattern: str, folded: str) -> bool:
    return bool(lx.compiled(pattern).search(folded))


def _unnamed(text: str) -> str:
    """The text without its capitalised words (names), folded: how long a question is."""
    words = text.split()
    return fold(" ".join(w for n, w in enumerate(words) if n == 0 or not w[:1].isupper()))


def asks_yes_no(text: str) -> bool:
    """Whether a question part is answered by yes or no ('VESTALI emploie-t-elle des femmes
    ?', 'Does it deliver?'), not by a structure, a value or a list."""
    folded = fold(text).strip()
    if lx.YES_NO_OPENER.match(folded):  # 'yes or no: are they still in Hirson?': asked so
        return True
    # 'est-ce que' opens a yes/no question; its 'que' is no 'what'
    asked = re.sub(r"^est[- ]ce qu(e\b|')\s*", "", folded)
    # ('ils les vendent sous quel nom ?', 'est-ce que tu sais combien …': a value asked late)
    inside = _WH_INSIDE.search(asked)
    return bool(lx.YES_NO_FRAME.search(folded)) and not lx.NOT_YES_NO.search(asked) and not inside


# A word asking a value wherever it stands ('sous quel nom', 'de combien', 'how many'), unlike
# 'qui'/'which'/'that', which also join a relative clause to a yes/no question.
_WH_INSIDE = re.compile(r"\bquel(le)?s?\b(?! que\b)|\bcombien\b|\bhow (many|much|long|often|old)\b")


def _swapped_or_replaced(a: str, b: str) -> bool:
    """Whether `b` is `a` with one letter replaced or two neighbours swapped (same length)."""
    diff = [i for i in range(len(a)) if a[i] != b[i]] if len(a) == len(b) else []
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]


def _undoubled(typed: str, key: str) -> bool:
    """Whether `typed` is `key` with one of its doubled letters typed once."""
    return any(
        key[i] == key[i + 1] and key[:i] + key[i + 1 :] == typed for i in range(len(key) - 1)
    )


@cache
def _keys_of_length(n: int) -> tuple[str, ...]:
    return tuple(k for k in EN_FR if len(k) == n and " " not in k)


def _one_letter_more(typed: str, key: str) -> bool:
    """Whether `typed` is `key` with one letter typed in, not at its end ('salariers' for
    'salaries'; 'adresser' is a verb of its own, not 'adresse' mistyped)."""
    if len(typed) != len(key) + 1:
        return False
    return any(typed[:i] + typed[i + 1 :] == key for i in range(len(typed) - 1))


@cache
def _asked_patterns() -> tuple[re.Pattern[str], ...]:
    """Every pattern of what a question may ask: a word one of them reads is spelt right."""
    tables = (lx.MEASURES, lx.FIELDS, lx.ROLES, lx.UNSTATED, lx.SUBPARTS_ASKED, lx.EVENTS)
    return tuple(lx.compiled(item.asked) for table in tables for item in table)


def _french_respelt(m: re.Match[str]) -> str:
    """A French word typed one letter off a word naming what is asked ('budjet', 'adrese',
    'telephonne', 'salariers'; lexicon FRENCH_ASKED_WORDS): that word. A word any pattern of
    the lexicon reads as it is ('salaire') stays as typed."""
    word = m.group(0)
    low = fold(word)
    if word[:1].isupper() or low in lx.FRENCH_ASKED_WORDS:
        return word
    if any(p.search(low) for p in _asked_patterns()):
        return word
    close = [
        k
        for k in lx.FRENCH_ASKED_WORDS
        if (len(k) == len(low) and _swapped_or_replaced(low, k))
        or _undoubled(low, k)
        or _undoubled(k, low)
        or _one_letter_more(low, k)
    ]
    return close[0] if len(close) == 1 else word


_MIN_PLURAL_SLIP = 6  # letters of a plural read as a misspelt entry's plural


def respelt(text: str) -> str:
    """An English question with a word typed one letter off a glossary entry, replaced or
    swapped ('salery', 'bugdet', 'presidant'), read as that entry: what it asks is found in the
    lexicon's tables as if spelt right. A letter added or dropped may make another word
    ('funders' is no 'founders'), so only same-length slips are read so, and a doubled letter
    typed once ('adress')."""
    words = set(re.findall(r"[^\W\d_]+", fold(text)))
    french = words & lx.FRENCH_FUNCTION_WORDS and not words & lx.ENGLISH_FUNCTION_WORDS
    if french or (detect_language(text) == "fr" and words & lx.FRENCH_FUNCTION_WORDS):
        # a measure's or role's label first, then any word naming what is asked (field, role)
        return re.sub(r"[^\W\d_]{6,}", _french_respelt, _respelt_french(text))

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if not word.isascii():  # 'salariés' is French, not 'salary' mistyped
            return word
        if word[:1].isupper() or any(form in EN_FR for form in lemmas(low)):
            return word
        close = [k for k in _keys_of_length(len(low)) if _swapped_or_replaced(low, k)]
        # a doubled letter typed once ('adress', 'comittee', 'acountant'): a slip, never a
        # word of its own as a letter dropped elsewhere may be
        close += [k for k in _keys_of_length(len(low) + 1) if _undoubled(low, k)]
        if not close and low.endswith("s") and len(low) > _MIN_PLURAL_SLIP:
            # the plural of an entry with the same slip ('employess', 'volonteers'): the
            # glossary's entries are singular (class: a noisy count of a measure's noun)
            one = low[:-1]
            # (its first letter kept, as hurried typing keeps it: 'details' is no 'retails')
            plural = [
                k
                for k in _keys_of_length(len(one))
                if k[:1] == one[:1] and _swapped_or_replaced(one, k)
            ]
            if len(plural) == 1:
                return plural[0] + "s"
        if len(close) == 1:
            return close[0]
        # no English entry near: a French measure's or role's word typed with a slip in a
        # question with no French function word ("nombre d'adherants vestali")
        return _respelt_french(word) if not close else word

    return re.sub(r"[^\W\d_]{6,}", fix, text)


@cache
def _french_labels() -> frozenset[str]:
    """The words of the French labels of the measures and roles ('adhérents', 'bénévoles',
    'trésorier'), folded, six letters or more, singular and plural."""
    # (a duty's post, 'responsable financier', lends no words: 'financeurs' is no
    # 'financiers' mistyped; the role's own word, 'responsable', is the leader's too)
    labels = " ".join(
        item.label_fr
        for table in (lx.MEASURES, lx.ROLES)
        for item in table
        if not item.name.startswith(lx.POST_ROLE)
    )
    words = {
        w
        for w in re.findall(r"[a-z]+", fold(labels))
        if len(w) >= 6 and w.rstrip("s") not in lx.GENERIC_COUNTED and w not in lx.GENERIC_COUNTED
    }
    plurals = {w + "s" for w in words if not w.endswith("s")}
    singulars = {w[:-1] for w in words if w.endswith("s") and len(w) > 6}
    return frozenset(words | plurals | singulars)


@cache
def _french_words() -> frozenset[str]:
    """The French words the lexicon knows already (the glossary's, the labels'): never read
    as another word mistyped ('salaire' is no 'salarie')."""
    known = {fold(w) for french in EN_FR.values() for w in french}
    labels = " ".join(
        item.label_fr
        for table in (lx.MEASURES, lx.ROLES, lx.FIELDS, lx.UNSTATED, lx.EVENTS)
        for item in table
    )
    words = known | set(re.findall(r"[a-z]+", fold(labels)))
    # and their plurals: 'salaires' is the known 'salaire' (wages), never 'salariés' mistyped
    # (class: a word of an unstated kind respelt into a measure's, answered with that
    # measure's figure, the headcount for a wage, instead of abstaining)
    return frozenset(words | {w + "s" for w in words if not w.endswith(("s", "x"))})


def _respelt_french(text: str) -> str:
    """A French question with a measure's or a role's word typed one letter off ('combien
    d'adhérant ?', 'le trésoirer', "combien d'adérents ?"): read as that word, as `respelt`
    reads an English one; a word the lexicon knows stays as typed."""

    def fix(m: re.Match[str]) -> str:
        low = fold(m.group(0))
        if low in _french_labels() or low in _french_words() or low in lx.STOPWORDS:
            return m.group(0)
        close = [k for k in _french_labels() if _swapped_or_replaced(low, k)]
        close += [k for k in _french_labels() if len(k) == len(low) + 1 and _undoubled(low, k)]
        # a letter dropped inside the word ('aderents', 'benevles', 'salries'): the label,
        # when no other label is as near (the lexicon's own words were kept above)
        close += [k for k in _french_labels() if _one_letter_more(k, low) and k not in close]
        return close[0] if len(close) == 1 else m.group(0)

    return re.sub(r"[^\W\d_]{6,}", fix, text)


_IN_BOOKLET = re.compile(r"\b(du|dans le|de ce|in the|of the) (livret|booklet)\b")
# A form asked with no verb of being ('les SCIC ?', 'et des SCOP ?'), or whether there is one
# ('Y a-t-il des SARL ?', 'any foundations?', 'are there cooperatives?'): a list by status.
_BARE_FORM = re.compile(
    r"^((et|and|puis|then)\s+)?((y a[- ]t[- ]il|existe[- ]t[- ]il|il existe|is there|are there)"
    r"\s+)?(les|des|the|what about( the)?|any|une?|an?|quel(le)?s?|which|what)?\s*$"
)
# Words a question about structures of a legal form uses besides the form itself.
_STATUS_LIST_WORDS = frozenset(
    """
    quelles quels lesquelles lesquels laquelle lequel which ones one what who qui sont est are is
    parmi elles eux them those these celles ceux among structures structure initiatives
    initiative organisations organizations associations entites entities livret booklet
    dans in du of there y il existe any
    """.split()
)


def status_asked(folded: str) -> lx.LegalForm | None:
    """The legal form or status a question asks a structure to be ('est-elle une SCIC ?', 'is
    it a non-profit?', 'sont-elles des chantiers d'insertion ?', 'les SCIC ?'): a form word
    after a verb of being and its article, or standing alone; None when the form is only a
    thing the question names ('travaille avec une association', 'aide les entreprises')."""
    for form in lx.LEGAL_FORMS:
        for m in lx.compiled(form.asked).finditer(folded):
            before = folded[: m.start()]
            # a gloss in brackets is the form again ('limited companies (SAS)')
            after = re.sub(r"\([^)]*\)", " ", folded[m.end() :]).strip(" ?!.")
            being = lx.STATUS_BEING.search(before)
            if being and _names_after_a_plural_verb(being.group(0), m.group(0)):
                continue  # 'What are Association Des Producteurs …'s plans?': a name
            if being and not lx.STATUS_RELATION.search(being.group(0)):
                return form
            if _BARE_FORM.match(before) and not _without_departements(_IN_BOOKLET.sub("", after)):
                return form
            if (  # 'Is it ESUS-approved?', 'does it have the ESUS approval?'
                form.approval
                and lx.APPROVAL_AFTER.match(folded[m.end() :])
                and lx.APPROVAL_HELD.search(before)
            ):
                return form
    return None


def _names_after_a_plural_verb(being: str, word: str) -> bool:
    """'which are chantiers d'insertion?', 'are they SCIC?' ask a form with no article; a
    singular common noun there ('What are Association Des Producteurs …'s plans?') starts a
    structure's name."""
    plural_verb = re.search(r"\b(sont|are|were|ce sont|they.re)\b", being)
    article = re.search(r"\b(des|une?|a|an)\s+(\S+\s+)?$", being)
    words = re.findall(r"\w+", word)
    plural_word = any(w.endswith(("s", "x")) for w in words) or len(word.strip()) <= 4
    return bool(plural_verb) and not article and not plural_word


def forms_offered(folded: str) -> bool:
    """'une SCIC ou une association ?', 'a company or a non-profit?': two legal forms offered
    as a choice — the form its card states answers, with no yes or no."""
    spans = sorted(
        (m.start(), m.end())
        for form in lx.LEGAL_FORMS
        for m in lx.compiled(form.asked).finditer(folded)
    )
    return any(
        re.fullmatch(r"\W*(ou|or)\W+(une?|an?|des|en|the)?\W*", folded[a_end:b_start])
        for (_, a_end), (b_start, _) in itertools.pairwise(spans)
    )


def _without_departements(folded: str) -> str:
    """What is left of a folded text once the départements it names are taken out, with the
    words that place them ('dans le Pas-de-Calais', 'in the 62', 'du Nord'): '' when the text
    only says where ('les ACI du Nord ?' asks for a status within a département)."""
    rest = folded
    for code in departements_in(folded):
        rest = re.sub(spaced_pattern(DEPARTEMENTS.get(code, code)), " ", rest)
    rest = re.sub(
        r"\b(\d+|dans|en|in|du|de|des|of|le|la|les|l'|the|departement|department)\b", " ", rest
    )
    return rest.strip(" ?!.'")


# Class: a founding verb in a relative clause of what is asked ('qui a fait l'étude qui a
# lancé le projet ?', 'who ran the study that launched the project?'): the main verb asks
# who did that thing, no founder of the structure. Folded.
_FOUNDING_IN_A_RELATIVE = re.compile(
    # ('quel organisme a fait l'étude qui a lancé le projet ?', 'which body did the study
    # that launched it?': a body asked by what it did, no founder either)
    r"^\W*(?:(?:et|mais|alors|and|so)\s+)?(?:qui|who|(?:quel|quelle|which|what)\s+[a-z]+)\s+"
    r"(?:a|ont|avait|did|has|had)?\s*"
    r"(?!(?:l.)?(?:fonde|cree|lance|monte|founded|created|started|set)\b)[a-z]+\b"
    r"[^?]{1,60}?\b(?:qui|that|which)\s+(?:a|ont|avait|has|had)?\s*"
    r"(?:lance|cree|fonde|monte|launched|created|founded|started|set up)\b|"
    # the name of someone described by their trade, who started a part of it ("what's the
    # name of the tapestry maker who started the upholstery activity?", 'comment s'appelle
    # la tapissière qui a lancé l'atelier ?'): a person unnamed, no founder of the structure
    # ('the name of the person who founded X' still asks its founder)
    r"^.*?\b(?:name of|comment s.appel\w*) (?:the |their |its |le |la |l.|leur )?"
    r"(?:[a-z-]+ ){0,3}?"
    r"(?!(?:person|people|man|woman|guy|lady|one|founders?|personne|homme|femme|fondat\w*)\b)"
    r"[a-z-]+ (?:who|that|qui)\s+(?:has |had |a |avait )?"
    r"(?:lance|cree|fonde|monte|demarre|launched|created|founded|started|set up)\b"
)


def asked_attribute(text: str) -> tuple[Intent, str, bool] | None:
    """(intent, attribute, exact date) of what a question part asks, from the lexicon's tables;
    None when it asks for no attribute."""
    # 'non je voulais dire le budget, pas le CA': what the asker meant (corrected_attribute.py)
    text = respelt(meant_text(text))
    folded = fold(text)
    form = status_asked(folded)
    if form is not None and forms_offered(folded):
        # 'est-ce une association ou une entreprise ?': which form, not whether
        return "field", "field:legal_status", False
    # 'agréé chantier d'insertion en quelle année ?', 'ESUS depuis quand ?', 'an ACI since
    # which year?': the date of the approval, asked below, not whether it holds it (class:
    # an approval asked with a 'when'; a legal form keeps its yes or no)
    if form is not None and not (form.approval and lx.WHEN_FRAME.search(folded)):
        return "field", f"status:{form.name}", False  # 'VESTALI est-elle une SCIC ?'
    if lx.COSTS_LOWERED_ASKED.search(folded) and not lx.QUANTITY_WORDS.search(folded):
        return None  # 'comment limitent-ils leurs dépenses ?': said in a sentence, no figure
    # 'what helped them when the workshops were shut?': a clause of time, no date asked
    when = bool(lx.WHEN_FRAME.search(without_clause_when(folded))) and not lx.HOURS_FRAME.search(
        folded
    )
    when = when or bool(lx.EVENT_NOUN_ALONE.search(folded))  # 'X : démarrage et effectif ?'
    exact = bool(lx.EXACT_DATE_FRAME.search(folded))
    # 'When is the next fête de la récup?', 'prochaine date de …': a date to come, which only
    # a day named answers (the year of a past edition is the nearest fact, not the answer)
    if lx.NEXT_OCCURRENCE.search(folded) and (when or exact or re.search(r"\bdates?\b", folded)):
        when = exact = True
    # 'En quelle année a-t-elle obtenu le prix de …' asks when an event happened (a prize
    # won), not a price: in a 'when' question, an event asked wins over an unstated kind.
    event_asked = when and any(_search(e.asked, folded) for e in lx.EVENTS)
    # 'a-t-elle reçu un prix ?', 'won a prize': a prize, not a price
    award = bool(lx.PRIZE_WON.search(folded))
    # 'what share of its staff costs do its resources cover?', 'quelle part de ses coûts': a
    # ratio a sentence may state ('couvrent 92 % des charges'), not a price
    share = bool(lx.SHARE_FRAME.search(folded) or lx.COSTS_COVERED_ASKED.search(folded))
    # 'pourquoi vendent-ils à bas prix ?', 'why is it so cheap?': a reason asked of a price
    # level the fiche may state ('vendus à prix bas afin d'être accessibles à tous'), not a
    # price (class: 'why' asked of an action)
    why = bool(lx.REASON_ASKED.search(folded))
    # 'how do they keep costs down?': its own costs lowered, said in a sentence, no price
    why = why or bool(lx.COSTS_LOWERED_ASKED.search(folded))
    a_figure = _how_much_of_a_measure(folded)  # 'how much is their budget?': no price
    # 'leur budget, ça coûte combien ?': a sum of money named with a price word (priced_measure)
    a_figure = a_figure or priced_measure.measure_priced(folded, _PRICE_ASKED, asked_attribute)
    a_figure = a_figure or cost_counted_in_measure(folded)  # 'cost them in staff time'
    if cost_borne(folded) and not a_figure:
        # 'ça leur coûte combien à eux ?', 'how much does it cost them to run?': what the
        # structure spends, its budget, not a price it charges (class: a cost borne)
        return "figure", "measure:budget", False
    if money_word_asked.thing_paid_for(folded) and not when:
        return None  # 'le FDI a financé quoi ?': the thing funded, said in a sentence
    for item in lx.UNSTATED:
        if item.name == "price" and (award or share or why or a_figure):
            continue
        if money_word_asked.not_an_amount(item.name, folded, when):
            continue  # 'when did they hire a paid manager?', 'what did ADEME pay for?'
        # a person's age ('quel âge a le directeur ?') is no creation date, 'when' as it reads
        of_person = item.name == "person_age"
        if _search(item.asked, folded) and (
            of_person or not (when and (item.name == "hours" or event_asked))
        ):
            return "unstated", f"unstated:{item.name}", False
    if when or exact:
        # 'le prix de la fondation Crédit Coopératif, quelle année ?': a body, no founding
        evented = lx.FOUNDATION_BODY.sub(" ", folded)
        for event in lx.EVENTS:
            if _search(event.asked, evented):
                return "date", f"event:{event.name}", exact
        return "date", "event:any", exact
    contact_field = next(
        (f for f in lx.FIELDS if f.name in ("email", "phone") and _search(f.asked, folded)), None
    )
    if contact_field is not None:  # 'the e-mail of the director': the field, of that person
        return "field", f"field:{contact_field.name}", False
    for role in lx.ROLES:
        if _search(role.asked, folded):
            if role.name == "founder" and _FOUNDING_IN_A_RELATIVE.match(folded):
                break  # 'qui a fait l'étude qui a lancé le projet ?': who did the study
            return "person", f"role:{role.name}", False
    # ('what did it cost them in staff time?': a figure of that measure, cost_in_measure.py)
    figure = bool(lx.FIGURE_FRAME.search(folded)) or cost_counted_in_measure(folded)
    # 'lesquelles disposent d'un budget chiffré ?': which ones state it, a figure of each
    # (negated too: 'which ones do not state a budget?' asks the same figure of each)
    said = unnegated(folded)
    stating = bool(lx.WHICH_STATE_FIGURE.search(said) or lx.WHICH_HAVE.search(said))
    for sub in lx.SUBPARTS_ASKED:  # 'qui finance X ?': its funders, not its budget
        if _search(sub.asked, folded) and not figure:
            return "fact", f"subpart:{sub.name}", False
    # A field whose words hold the measure's ('site internet' holds 'site') is what is asked.
    field_spans = [
        (m.start(), m.end())
        for f in lx.FIELDS
        for m in lx.compiled(f.asked).finditer(folded)
        if m.end() > m.start()
    ]
    sectioned = any(_search(section.asked, folded) for section in lx.SECTIONS_ASKED)
    # 'l'adresse de la boutique de Hirson': a field named asks that field, whatever measure
    # word ('boutique': its sites) stands beside it, unless a figure is asked
    field_named = any(_search(f.asked, folded) for f in lx.FIELDS)
    counted = _counted_noun(folded)
    noun_at = _COUNTED.search(folded)
    # where the noun counted starts ('how many paid staff': 'staff', past its qualifier)
    counted_at = folded.find(counted, noun_at.start(1)) if noun_at and counted else -1
    # a noun counted of its own ('combien de producteurs travaillent avec …', 'combien de
    # clients … à la boutique'): a measure word after it says what they do or where, and is
    # not what is counted; a generic noun ('combien de personnes travaillent') is the measure's
    specific = bool(counted) and counted not in lx.GENERIC_COUNTED and noun_at is not None
    # people counted on a platform ('combien de personnes les suivent sur Facebook ?') are its
    # audience, stated with its account, not people it employs or supports
    on_platform = bool(lx.SOCIAL_NETWORKS.search(folded))
    mentioned = _mentions_a_thing(folded, figure)
    # 'how much of its staff costs do its revenues cover?': a share of the costs covered, no
    # headcount of staff nor a sum (the sentence stating it answers: 'couvrent 92 % des …')
    covered = bool(lx.COSTS_COVERED_ASKED.search(folded))
    # 'quelle est la part des ventes dans le budget ?', 'les subventions représentent combien
    # du budget ?': a share of a sum of money, whose sentence states it ('30 % de recettes
    # résultant des ventes'), not the sum (class: a share asked of a money whole)
    share_of_money = bool(lx.SHARE_FRAME.search(folded))
    for measure in lx.MEASURES:
        if on_platform and measure.family == "people":
            continue
        if covered or (share_of_money and measure.family == "money"):
            continue
        if mentioned and measure.name not in lx.QUANTITY_MEASURES:
            continue  # 'which structures mention a shop?': who names one, no number of sites
        # 'et leur budget ?', 'budget vestali': a measure word and little else asks for it too.
        # A yes/no question asks whether, not how many ('Is it a member of COORACE?').
        short = len(_content_words(_unnamed(text))) <= 3 and not asks_yes_no(text)
        found = [
            m
            for m in lx.compiled(measure.asked).finditer(folded)
            if not any(
                a <= m.start() and m.end() <= b and b - a > m.end() - m.start()
                for a, b in field_spans
            )
            and not (specific and noun_at is not None and m.start() > counted_at)
            # 'ils travaillent avec combien de producteurs ?': a verb of working before the
            # noun counted says what they do with them; the producers are counted
            and not (
                specific
                and noun_at is not None
                and m.start() < counted_at
                and counted not in lx.UNIT_COUNTED
                and lx.WORKING_VERB.fullmatch(m.group(0))
            )
            and not (not figure and measure.name == "sites" and _one_site(folded, m))
        ]
        # 'freins liés aux locaux', 'challenges faced by the shop': a section asked with a
        # measure word in it asks the section, unless a figure is asked ('combien de …')
        # 'salariés des structures du réemploi dans le Nord': a measure opening a terse
        # question and then the structures it is asked of asks it of each, however long
        leads = bool(found) and _opens_before_structures(folded, found[0].start())
        if found and (
            figure or ((short or leads or stating) and not sectioned and not field_named)
        ):
            # 'how many people are on the payroll?': a count of people (counted_money.py)
            counted = counted_money.counted_instead(folded, measure.name)
            return "figure", f"measure:{counted}", False
    for card_field in lx.FIELDS:
        # 'vend-elle sur internet ?' asks whether it sells online, not for its website
        if card_field.name == "website" and asks_online_sales(text):
            continue
        if card_field.name == "networks" and lx.AMOUNT_OF_A_NETWORK.search(folded):
            continue  # 'how much does the network pay per basket?': an amount, a sentence's
        if _search(card_field.asked, folded):
            return "field", f"field:{card_field.name}", False
    for section in lx.SECTIONS_ASKED:
        if _search(section.asked, folded) and not figure:
            return "fact", f"section:{section.name}", False
    if lx.KEY_FIGURES_ASKED.search(folded):
        return "fact", "section:key_figures", False  # 'les chiffres clés de X ?': them all
    if figure:
        return "figure", "", False
    return None


_PRICE_ASKED = re.compile(next(u.asked for u in lx.UNSTATED if u.name == "price"))
_HOW_MUCH_IS = re.compile(r"\bhow much (is|are|was|were)\b")


def _how_much_of_a_measure(folded: str) -> bool:
    """'how much is their budget?', 'how much was the turnover in 2020?': a figure the fiche
    may state, asked with 'how much is', not a price ('how much is a basket?' still is).
    Class: a figure asked in everyday words."""
    if not _HOW_MUCH_IS.search(folded):
        return False
    asked = asked_attribute(_HOW_MUCH_IS.sub("what is", folded))
    return asked is not None and asked[1].startswith("measure:")


def _mentions_a_thing(folded: str, figure: bool) -> bool:
    """Whether a question asks which structures mention a thing or people, no quantity asked
    (`lx.WHICH_MENTION`): 'which structures mention a shop?', 'lesquelles citent des
    bénévoles ?' list who names it; 'which ones mention a number of volunteers?' and 'combien
    …' still ask a figure."""
    return (
        not figure
        and bool(lx.WHICH_MENTION.search(folded))
        and not lx.QUANTITY_WORDS.search(folded)
    )


def _one_site(folded: str, match: re.Match[str]) -> bool:
    """A site word naming one site ('la boutique de Guise', 'the shop in Hirson'): a singular
    site word right after a definite or possessive determiner."""
    return bool(
        lx.ONE_SITE_WORD.fullmatch(match.group(0))
        and lx.ONE_SITE_BEFORE.search(folded[: match.start()])
    )


def asks_overview(text: str, unnamed: str) -> bool:
    """'Que fait VESTALI ?', 'What does Le panier de la mer 62 do?': an overview frame and
    nothing else beside the names (`unnamed`: the text with the names it holds taken out)."""
    folded = fold(unnamed)
    trailing = lx.OVERVIEW_LAST.search(folded)  # 'Le panier de la mer, c'est quoi ?'
    if trailing:
        rest = folded[: trailing.start()]
        return not [w for w in _content_words(rest) if w not in lx.OVERVIEW_FILLER]
    if not lx.OVERVIEW_FRAME.match(fold(text)) or not lx.OVERVIEW_FRAME.match(folded):
        return False
    rest = lx.OVERVIEW_FRAME.sub(" ", folded, count=1)
    return not [w for w in _content_words(rest) if w not in lx.OVERVIEW_FILLER]


# a 'where' standing alone after the names it is asked of, set apart by a colon or comma
_BARE_WHERE = re.compile(r"[:,;—–]\s*(?:where|ou)\W*$")
_NAME_GLUE = frozenset({"de", "la", "le", "les", "du", "des", "d", "l", "of", "the"})


def _names_then_where(text: str) -> bool:
    """Whether a part is the names of a structure and a bare 'where' (class: a two-part
    question with a short part, 'La Remise Enjouée: where and since when?', 'Synapse 3i, où
    et depuis quand ?'): the structure's place is asked, as by 'where is it?'. The names
    are its capitalised words (and the small words joining them)."""
    bare = _BARE_WHERE.search(fold(text))
    if bare is None or len(fold(text)) != len(text):
        return False
    words = re.findall(r"[^\W_]+", text[: bare.start()])
    return bool(words) and all(
        w[:1].isupper() or any(c.isdigit() for c in w) or fold(w) in _NAME_GLUE for w in words
    )


def _where(text: str, folded: str) -> PlanPart | None:
    """'Where did it open its first shop?' asks where an event happened (told with its date);
    a short 'where' question ('où est-elle ?', 'where is Le Jardin de Cocagne?') asks for the
    structure's place. Names (capitalised words) do not make a question longer."""
    if _names_then_where(text):
        return PlanPart(text, "field", "field:address")
    words = text.split()
    unnamed = " ".join(w for n, w in enumerate(words) if n == 0 or not w[:1].isupper())
    spoken = fold(re.sub(r"\s*\?\s*$", "", unnamed))
    if lx.WHERE_LAST.search(spoken) and len(_content_words(spoken)) <= 3:
        return PlanPart(text, "field", "field:address")  # 'la deuxième, elle est où ?'
    if not lx.WHERE_FRAME.match(folded):
        return None
    for event in lx.EVENTS:
        if event.name in ("opening", "creation", "launch", "move") and _search(event.asked, folded):
            return PlanPart(text, "date", f"event:{event.name}")
    if lx.WHERE_IS.search(folded) and len(_content_words(fold(unnamed))) <= 3:
        return PlanPart(text, "field", "field:address")
    return None


# (typed short too: 'nb de clients', 'cb de bénévoles' — class: counts asked in SMS style)
# (French counts a noun with 'de': 'combien de paniers'; a word right after 'combien' is a
# verb, 'combien font les boutiques en surface ?', 'combien pèse …', no noun counted;
# an English compound counts whole, 'how many pick-up spots' — its first half alone, 'pick',
# is another thing: class, a hyphenated noun split into a word the fiche never states)
_COUNTED = re.compile(
    r"\b(?:(?:combien|cb|cmb)\s+(?:de |d'|d )|"
    r"(?:how many|nombre|nbre|nbr|nb|number)\s+(?:totale?\s+)?(?:de |d'|of |d )?)"
    r"([a-z]{3,}(?:-[a-z]{2,})?)"
)


# English words qualifying the people counted ('how many salaried staff', 'paid employees',
# 'permanent workers'): the noun after them is what is counted.
_COUNTED_QUALIFIERS = frozenset(
    "salaried paid unpaid permanent regular current active full-time part-time".split()
)


# A thing put first, then counted by a pronoun (class: 'et les dons en nature, ça représente
# combien ?', 'leurs ventes, ça fait combien ?', 'les paniers, combien ?'): the thing opening
# the question is what is counted. French: an English noun would need its glosses. Folded.
_COUNTED_FIRST = re.compile(
    r"^(?:et |mais )?(?:les |des |le |la |l'|leurs? )"
    r"([a-z]{3,})\b[^?,]{0,30}?,?\s*(?:ca |cela )?(?:represente\w* |fait |font |donne\w* )?"
    r"combien\s*\??$"
)


def _counted_noun(folded: str) -> str:
    """The noun counted ('combien de paniers', 'how many masks', 'how many salaried staff':
    'staff'; 'et les dons en nature, ça représente combien ?': 'dons'); '' for 'how much'."""
    match = _COUNTED.search(folded) or _COUNTED_FIRST.search(folded.strip())
    if match is None:
        return ""
    noun = match.group(1)
    if noun in _COUNTED_QUALIFIERS:
        after = re.match(r"\s+([a-z]{3,}(?:-[a-z]{2,})?)", folded[match.end() :])
        noun = after.group(1) if after else noun
    return noun if noun not in lx.STOPWORDS else ""


def _event_of_the_question(parts: list[PlanPart], folded: str) -> None:
    """'Who founded VESTALI and when?', 'qui a lancé le projet et quand ?': a bare 'when' part
    asks the date of the event another part names, not any date."""
    if len(parts) < 2:
        return
    event = next((e for e in lx.EVENTS if _search(e.asked, folded)), None)
    for n, part in enumerate(parts):
        bare = not _content_words(lx.WHEN_FRAME.sub(" ", fold(part.text)))
        if event is not None and part.attribute == "event:any" and bare:
            parts[n] = replace(part, attribute=f"event:{event.name}")


def _opens_before_structures(folded: str, at: int) -> bool:
    """Whether what starts at `at` opens the question (nothing asked before it) and structures
    are named after it: 'budget des structures de l'Aisne', 'staff of the food projects'."""
    structures = lx.PLURAL_STRUCTURES.search(folded, at)
    return structures is not None and not _content_words(folded[:at])


def _content_words(folded: str) -> list[str]:
    return [
        w
        for w in re.findall(r"[^\W\d_]{3,}", folded)
        if w not in lx.STOPWORDS and w not in lx.GREETINGS
    ]


def reads_as_description(text: str, folded: str) -> bool:
    """A statement, not a question, that says what a project works on and does or for whom
    ('a village store with local food that also distributes solidarity boxes', 'Réparer des
    vélos dans un quartier populaire'), or keywords that are mostly facet values ('organic veg
    boxes', 'sewing workshop women upcycling clothes'): what a founder types about a project,
    not what one asks."""
    if lx.QUESTION_FORM.search(folded) or lx.LIST_FRAME.match(folded):
        return False
    if asks_yes_no(text):  # typed without its '?' nor hyphens: 'est ce que X louent des velos'
        return False
    if lx.AGGREGATE.search(folded):
        return False
    words = _content_words(folded)
    if not words:
        return False
    matches = match_words(text, ("sector", "activity", "public", "insertion", "setting"))
    facets = {m.facet for m in matches}
    core = len(facets & {"sector", "activity", "public"})
    if lx.PROJECT_OPENING.match(folded):
        return "sector" in facets or core >= 2
    function_words = lx.FRENCH_FUNCTION_WORDS | lx.ENGLISH_FUNCTION_WORDS
    sentence = sum(w in function_words for w in re.findall(r"[^\W\d_]+", folded)) >= 2
    if len(words) >= DESCRIPTION_MIN_WORDS and sentence:
        return core >= 2
    # a figure, a person, a field, a date asked; not how the project works ('by phone',
    # 'à petits prix') nor what it works on ('téléphones portables', 'mobile phones')
    # (each such span becomes a word that asks nothing, so the text keeps its length: a
    # measure word among few others is asked, among many it is not)
    spans: list[list[int]] = []
    for m in sorted((m for m in matches if m.facet == "sector"), key=lambda m: m.start):
        if spans and m.start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], m.end)
        else:
            spans.append([m.start, m.end])
    blanked = text
    for start, end in reversed(spans):
        blanked = f"{blanked[:start]} qxz {blanked[end:]}"
    asked = asked_attribute(lx.PROJECT_MANNER.sub(" qxz ", fold(blanked)))
    if asked is not None and asked[0] != "fact":
        return False
    values = {(m.facet, m.value) for m in matches}
    if (
        len(words) >= DESCRIPTION_MIN_WORDS
        and "sector" in facets
        and core >= 2
        and len(values) >= TELEGRAPHIC_VALUES
    ):
        # a project typed as keywords ('recup vieux pc entreprises effacer donnees', 'bike
        # repair workshop refugees resale'): what it works on, what it does or for whom, in
        # several values, whatever the words around them
        return True
    covered = {w for m in matches for w in _content_words(fold(m.text))}
    covered |= {w for m in match_places(text) for w in _content_words(fold(m.text))}
    share = len(set(words) & covered) / len(set(words))
    if len(words) <= KEYWORDS_ALL_COVERED:
        return share == 1.0 and "sector" in facets
    return share >= KEYWORDS_COVERED and "sector" in facets and core >= 2


def _thing_name_asked(folded: str) -> bool:
    """Whether a folded question asks the name of a thing or person it describes, not of a
    structure (lexicon NAME_ASKED less NAME_ASKED_NOT_THINGS): one fact, not a list."""
    match = lx.NAME_ASKED.search(folded)
    noun = next((g for g in match.groups() if g), None) if match else None
    return noun is not None and noun not in lx.NAME_ASKED_NOT_THINGS


# A bracket glossing the acronym a few words before it ('DREETS money (the regional labour
# directorate)', 'FIDESS (le fonds d'investissement ESS)'): it says what the body is.
_GLOSS = re.compile(
    r"(\b[A-Z][A-Z0-9]{2,}\b(?:\s+[\w'-]+){0,3}\s*)"
    r"\((?:the|a|an|le|la|les|l'|l’|un|une)\b[^()]*\)"
)


def _without_glosses(text: str) -> str:
    """Class: a body asked with a gloss of what it is ('Which structures receive DREETS money
    (the regional labour directorate)?'): the gloss's words ask no attribute ('directorate'
    is no director asked), so the attribute is read without it."""
    return _GLOSS.sub(r"\1", text)


def plan_part(
    text: str, named: bool, placed_only: bool = False, statement: bool = False
) -> PlanPart:
    """What one part of a question asks; `placed_only`: the structures it names are named by
    a place only ('en Thiérache'), which does not stop it from describing a project;
    `statement`: the whole text asks nothing (no question mark), so it may describe one."""
    folded = fold(text)
    words = folded.split()
    described = (
        lx.PROJECT_DESCRIPTION.search(folded)
        or len(words) >= LONG_DESCRIPTION_WORDS
        or (statement and reads_as_description(text, folded))
    )
    if described and (not named or placed_only):
        return PlanPart(text, "similar")
    # ('lesquelles n'indiquent pas leur nombre total d'adhérents ?' asks no total: which
    # ones lack the figure)
    if lx.AGGREGATE.search(folded) and not named and not lx.NEGATED_STATING.search(folded):
        return PlanPart(text, "aggregate")
    if lx.WHERE_CAN_ONE.search(folded) and not named:  # 'où peut-on faire des ateliers …'
        return PlanPart(text, "list")
    if lx.BACKED_STRUCTURES.search(folded) and not named:  # 'DREETS-funded structures?'
        return PlanPart(text, "list")
    if where_things.things_asked(text) and not lx.LIST_FRAME.search(folded):
        return PlanPart(text, "fact")  # 'ils sont où les magasins ?': a sentence placing them
    where = _where(text, folded)
    if where is not None and not lx.LIST_FRAME.search(folded):
        return where
    if paid_or_voluntary.offered(text):  # 'is it paid or voluntary work?': its staff line
        return PlanPart(text, "figure", "measure:salaries")
    asked = asked_attribute(_without_glosses(text))
    if (
        asked is not None
        and (asked[0] == "figure" or (asked[0] == "field" and not lx.NEGATED_WHY.search(folded)))
        and lx.REASON_OPENS.search(folded)
    ):
        # 'why did the Hirson shop stop?' asks the reason, not the number of sites its 'shop'
        # names; 'pourquoi a-t-il un agrément sanitaire ?', not its card's approvals (lexicon
        # REASON_OPENS)
        asked = None
    # ('la maraîchère qui fait retirer ses commandes à Guise, elle s'appelle comment ?': the
    # name of the thing described is asked, no list of structures doing it; unnamed_thing.py)
    listy = bool(lx.LIST_FRAME.search(folded)) and not named and not _thing_name_asked(folded)
    if asked:
        intent, attribute, exact = asked
        # 'Quelles structures sont membres du réseau COORACE ?' asks for structures; 'quel est le
        # budget des structures du Nord ?', 'qui préside …', 'quand …' ask the attribute of each.
        # 'Which structures give a tonnage?' asks which ones state it: the figure, of each;
        # not when it names who funds or counts ('Which ones mention ADEME funding?')
        if listy:  # 'quelles structures ont un label ?': the card's LABEL line
            attribute = label_line_asked(folded, attribute)
        states = asks_which_state(folded, intent, attribute)
        unnamed = not names_beside_attribute(text, attribute)
        keeps_attribute = (
            intent in ("person", "date") or lx.FIGURE_FRAME.search(folded) or (states and unnamed)
        )
        if listy and not keeps_attribute and not part_of_each(folded, attribute):
            return PlanPart(text, "list")
        noun = _counted_noun(folded) if intent == "figure" and not attribute else ""
        if lx.JOB_OUTCOME_ASKED.search(folded) and intent == "figure":
            # 'how many leave with a job?', 'combien ont retrouvé un emploi ?': people placed,
            # no 'leave' counted (a singular word after 'how many' is a verb), nor the staff
            # ('emploi'); 'combien de sorties positives' counts its noun
            if not noun.endswith(("s", "x")):
                noun = ""
            # (a year asked keeps the staff measure, whose filler checks the year: '… help
            # into jobs in 2020 alone?' is then refused for that year)
            if attribute in ("measure:salaries", "measure:insertion") and not lx.YEAR.search(
                folded
            ):
                attribute = ""
        if noun and any(w[:1].isupper() and fold(w) == noun for w in re.findall(r"\w+", text)):
            noun = ""  # 'the number of VESTALI' counts no 'vestali'
        return PlanPart(text, intent, attribute, noun=noun, exact_date=exact)
    if listy:
        return PlanPart(text, "list")
    return PlanPart(text, "fact")


def _part_and_structures(folded: str, attribute: str) -> tuple[int | None, int | None]:
    """Where a question names the part of every fiche asked (its obstacles, funders) and
    where it names the structures it asks about ('quelles structures', 'des initiatives')."""
    kind, _, name = attribute.partition(":")
    table: tuple[lx.SectionAsked | lx.SubpartAsked | lx.Field | lx.Measure, ...] = ()
    if kind == "measure":  # 'budget des structures de l'Aisne ?', 'staff of the food ones'
        table = lx.MEASURES
    elif kind == "section":
        table = lx.SECTIONS_ASKED
    elif kind == "subpart":
        table = lx.SUBPARTS_ASKED
    elif kind == "field":  # 'les emails des structures du réemploi'
        table = lx.FIELDS
    asked = next((a for a in table if a.name == name), None)
    part = lx.compiled(asked.asked).search(folded) if asked else None
    if lx.WHICH_STRUCTURES.search(folded):  # 'emmaus partnership which structures'
        return (part.start() if part else None), -1
    structures = lx.STRUCTURES_ASKED.search(folded)
    return (part.start() if part else None), (structures.start() if structures else None)


def part_of_each(folded: str, attribute: str) -> bool:
    """A part of every fiche asked of several structures, named before them: 'quels sont les
    freins des structures de l'alimentation ?', 'what are the obstacles faced by food
    initiatives?', 'qui sont les partenaires financiers des structures du Nord ?', a terse
    'budget des structures de l'Aisne ?' ask that part (or figure) of each; 'quelles
    structures ont des freins liés aux locaux ?', 'structures avec des bénévoles' ask which."""
    part, structures = _part_and_structures(folded, attribute)
    return part is not None and structures is not None and part < structures


def structures_asked_first(folded: str, attribute: str) -> bool:
    """'Quelles fiches citent la DREETS parmi leurs financeurs ?': the structures are what is
    asked, the part of their fiche says which ones."""
    part, structures = _part_and_structures(folded, attribute)
    return structures is not None and (part is None or structures < part)


def _paid_staff(part: PlanPart) -> PlanPart:
    """Class: whether a structure pays staff, asked yes or no ('do they pay their staff?',
    'does X have employees?', 'est-ce qu'elle paie des salariés ?', 'ils sont rémunérés ?'):
    its staff figure answers, yes with the card's line; a staff of its own kind asked
    ('des salariés en insertion', 'volunteers') keeps its own reading."""
    folded = fold(part.text)
    if not part.yes_no or part.intent != "fact" or part.attribute:
        return part
    if not lx.PAID_STAFF_ASKED.search(folded) or lx.PAID_STAFF_OF_A_KIND.search(folded):
        return part
    return replace(part, intent="figure", attribute="measure:salaries")


def _people_had(part: PlanPart) -> PlanPart:
    """Whether a structure has volunteers or members, asked yes or no ('does VESTALI have
    members?'): their count answers, else a sentence naming them (people_had.py)."""
    if not part.yes_no or part.intent != "fact" or part.attribute:
        return part
    measure = measure_had(part.text)
    return (
        part if measure is None else replace(part, intent="figure", attribute=f"measure:{measure}")
    )


def _with_yes_no(part: PlanPart) -> PlanPart:
    if part.intent not in ("list", "similar", "aggregate", "why_not"):
        # 'VESTALI, c'est une SCIC ?': being of a form is answered yes or no, however asked
        part.yes_no = asks_yes_no(part.text) or part.kind == "status"
        if lx.COSTS_COVERED_ASKED.search(fold(part.text)):
            # 'do its revenues cover its costs?': the share covered, as the fiche states it
            part.yes_no = False
        if part.attribute == "field:legal_status" and forms_offered(fold(part.text)):
            part.yes_no = False  # 'association ou entreprise ?': which one, no 'oui'
        if forecast.asks_which_kind(fold(part.text)):
            part.yes_no = False  # 'the real figure or a forecast?': which one, no 'yes'
    return part


# Words that may stand before the verb of a question asked by intonation: its subject when
# no name is ('elle a une boutique ?', "l'association vend du poisson ?", 'ça existe encore ?').
_SUBJECT_WORDS = frozenset("le la les l cette il elle ils elles on ca c they it she he".split())
# A wh-word anywhere in the question: it asks for a value, not yes or no ('VESTALI a combien
# de salariés ?', 'elle vend quoi ?').
_WH_ANYWHERE = re.compile(
    r"\b(qui|que|quoi|quel(le)?s?|lequel|laquelle|lesquel(le)?s|combien|comment|quand|pourquoi|"
    r"ou|who|whom|whose|what|which|where|when|why|how)\b"
)


def _verb_entry(key: str) -> bool:
    """An English glossary entry naming an activity: listed as one, or read in French by an
    infinitive first ('refurbish' -> 'reconditionner'); not a noun ('budget')."""
    french = EN_FR.get(key)
    return key in ACTIONS or bool(french and fold(french[0]).endswith(("er", "ir")))


def declarative_verb(word: str, lang: str) -> bool:
    """Whether a word is a finite verb that may follow the subject of a question asked by
    intonation: the lexicon's everyday verbs, or a form of the glossary's activities."""
    # either language's forms: a question of a few words may be read as the other language
    del lang
    if word in lx.DECLARATIVE_VERBS_EN or word in lx.DECLARATIVE_VERBS_FR:
        return True
    return any(_verb_entry(f) for f in lemmas(word)) or french_activity(word) is not None


def asks_yes_no_by_intonation(text: str, unnamed: str, lang: str, asked: bool = True) -> bool:
    """Whether a question asks yes or no by its tone alone, its subject first and a verb
    right after ('Le Panier de la Mer récupère du poisson ?', 'VESTALI a une boutique ?',
    "l'association vend de la volaille ?", 'synapse 3i refurbish laptops?'). `unnamed`: the
    text without the names of the structures it is about; `asked`: the question ends with a
    question mark. No wh-word anywhere, and something asked after the verb."""
    folded = fold(unnamed).strip()
    # 'ou' between two words is 'or' ('sur leboncoin ou vinted ?'), unless typed 'où'
    wh_read = folded if "où" in unnamed else re.sub(r"(?<=\w) ou (?=\w)", " ", folded)
    if not asked or _WH_ANYWHERE.search(wh_read):
        return False
    words = re.findall(r"[^\W\d_]+", folded)
    dropped = fold(text).split()[:1] != folded.split()[:1]  # a name stood first
    while words and (words[0] in _SUBJECT_WORDS or words[0] in lx.GENERIC_STRUCTURE_FR):
        words, dropped = words[1:], True
    return dropped and len(words) >= 2 and declarative_verb(words[0], lang)


def _asks_one_whether_it_has(text: str, unnamed: str, named: list[str]) -> bool:
    """'Y a-t-il un café dans la boutique de VESTALI ?', 'Is there a shop at Synapse 3i?': an
    existence frame asked of one structure named asks whether it has the thing, a yes or no
    from its fiche; not when other structures or the booklet's structures are asked ('y a-t-il
    d'autres structures que VESTALI …')."""
    folded = fold(text).strip()
    if len(named) != 1 or not lx.HAS_IT_FRAME.match(folded) or lx.OTHER_ONES.search(folded):
        return False
    words = set(re.findall(r"[^\W\d_]+", fold(unnamed)))
    return not words & (
        lx.GENERIC_STRUCTURE_FR | lx.GENERIC_TOPIC_EN | {"initiatives", "structures"}
    )


def asks_operating(part: PlanPart) -> bool:
    """Whether a part asks if something still operates, opened or stopped (`_operating`)."""
    plain = part.intent == "fact" and not part.attribute and not part.yes_no
    return plain and bool(lx.OPERATING_ASKED.search(fold(part.text)))


def _operating(part: PlanPart) -> PlanPart:
    """Whether something still operates, has opened or has stopped ('is the Hirson shop still
    open?', 'VESTALI fonctionne toujours ?', 'le projet est-il terminé ?') is answered by the
    dated sentence that states an opening, a closure or a pause (slots.SlotFiller.operating):
    not opening days, and no plain yes or no (the booklet speaks of its own date)."""
    folded = fold(part.text)
    if part.intent in ("list", "similar", "aggregate", "why_not"):
        return part
    if not lx.OPERATING_ASKED.search(folded):
        return part
    days = part.attribute in ("unstated:opening_days", "unstated:hours")
    if days and not any(re.search(rf"\b{d}s?\b", folded) for d in lx.WEEKDAYS):
        part = PlanPart(part.text, "fact")
    if part.intent == "fact" and not part.attribute:
        part.yes_no = False
    return part


# A later piece that only switches the year of the one before ('et combien en 2021',
# 'and in 2021', 'and how many in 2020?'), folded: its words besides the year.
_YEAR_ONLY_PIECE = re.compile(
    r"^\W*(?:(?:et|and|puis|then|mais|but)\s+)?(?:(?:combien|how (?:many|much)|le nombre|"
    r"the number|what about|et pour|and for)\s+)?(?:(?:en|in|pour|for|au cours de|during)\s+)?"
    r"(?:l'annee\s+|the year\s+)?((?:19|20)\d\d)\s*\W*$"
)


def _years_switched(pieces: list[str]) -> list[str]:
    """Class: a question asking one figure for two years, the second part switching the year
    alone ('Combien d'ordinateurs Synapse a donnés en 2019 et combien en 2021 ?', 'How many
    members in 2019 and in 2021?'): the second part is the first asked for its year, not a
    count of nothing in that year."""
    out = list(pieces)
    for n in range(1, len(out)):
        match = _YEAR_ONLY_PIECE.match(fold(out[n]))
        before = re.findall(r"\b(?:19|20)\d\d\b", out[n - 1])
        if match is not None and len(before) == 1:
            out[n] = re.sub(rf"\b{before[0]}\b", match.group(1), out[n - 1])
    return out


def split_parts(
    question: str,
    names_only: Callable[[str], bool] | None = None,
    written: Callable[[str], bool] | None = None,
) -> list[str]:
    """The questions inside one ('Quand a été créée VESTALI et qui la dirige ?'): a piece
    becomes its own part when it opens like a question or asks an attribute of its own.
    Leading names (`names_only`) are the subject of the question after them; an 'et' inside
    a name the booklet writes (`written`: 'le Pays de Sources et Vallées') joins nothing."""
    paired = lx.PAIRED_OPENERS.match(fold(question))
    if paired and fold(question[: paired.end()]) == fold(question)[: paired.end()]:
        # 'Quand et par qui a été créée X ?': 'Quand a été créée X', 'par qui a été créée X'
        first, *others = split_parts(question[paired.end() :], names_only, written)
        return [f"{question[paired.start(w) : paired.end(w)]} {first}" for w in "ab"] + others
    spans: list[tuple[int, int]] = []
    at = 0
    joints = [j for j in lx.QUESTION_JOINT.finditer(question) if not _inside_a_name(j, written)]
    for joint in [*joints, None]:
        end = joint.start() if joint else len(question)
        if question[at:end].strip():
            spans += _comma_questions(question, at, end)
        at = joint.end() if joint else at
    parts: list[str] = []
    topic: int | None = None  # where a leading piece that asks nothing starts
    for start, end in spans:
        text = question[start:end].strip()
        # 'What about the one in Hirson, how big is its team?': 'what about …' sets the topic
        about = _TOPIC_LEAD.match(fold(text)) is not None
        opens = bool(lx.QUESTION_OPENER.match(fold(text))) and not about
        # ('… and by whom?', '… et par qui ?': a question word alone asks by itself)
        own = (
            opens
            or asked_attribute(text) is not None
            # ('VESTALI, c'est quoi et c'est où ?': a spoken 'where' asks by itself)
            or bool(parts and lx.WHERE_LAST.search(fold(text)))
            or bool(parts and (question_word(text) or restated(text, parts[-1])))
            or bool(
                parts
                and _another_thing(text, parts[-1])
                and not (names_only is not None and names_only(text))
            )
        )
        bare = len(re.findall(r"[^\W\d_]+", text)) == 1
        if own and not opens and bare and parts and not _asks_something(parts[-1]):
            # 'and the workshop and shop?': a lone noun after a piece asking nothing is one
            # more thing of that piece ('adresse et budget ?' asks two: each is an attribute;
            # 'Tell me about VESTALI and its budget' too: 'its budget' is asked of it)
            own = False
        leading = not parts and topic is None and not own
        if leading and (about or (names_only is not None and names_only(text))):
            # 'Il était deux fois et La Remise Enjouée, laquelle a le plus de salariés ?':
            # names set before the question are its subject, not a question of their own
            topic = start
            continue
        if parts and not own:
            parts[-1] = f"{parts[-1]} {text}"
        elif topic is not None:
            parts.append(question[topic:end].strip())
            topic = None
        else:
            parts.append(text)
    if topic is not None and not parts:
        parts = [question[topic:].strip(" ?")]
    for n in range(1, len(parts)):
        # 'When was X founded and by whom?', 'X transforme du poisson, pour qui et depuis
        # quand ?': a part made of a question word only asks it of the part before
        word = question_word(parts[n])
        alike = asked_alike(word, parts[n - 1]) if word else ""
        # 'Which were set up in 2015, and which one in 2017?': the same list, another year
        parts[n] = alike or restated(parts[n], parts[n - 1]) or parts[n]
    return parts or [question]


# a noun phrase after its determiner, at most three words ('son activité', 'their activity')
_THING_AFTER_ATTRIBUTE = re.compile(
    r"^((et|and)\s+)?((son|sa|ses|leur|leurs|le|la|les|its|their|the)\s+|l')[a-z][a-z'-]{3,}"
    r"(\s+[a-z][a-z'-]+){0,2}\W*$"
)


def _another_thing(piece: str, before: str) -> bool:
    """Whether a short piece after a part asking a card's field or key figure asks one more
    thing (class: a two-part question with a short second part, 'VESTALI : son statut et son
    activité ?', 'leur site web et leur activité déclarée ?'): a noun phrase of its own after
    its determiner, not joined to the attribute asked before (which answered the first part
    and left the second unanswered). Names (capitalised words) and figures are no such
    thing; nor is a piece after a part asking no field ('… paient un loyer, et l'eau ?')."""
    asked = asked_attribute(before)
    if asked is None or not asked[1].startswith(("field:", "measure:")):
        return False
    if lx.LIST_FRAME.search(fold(before)):  # 'quelles structures … CAP 3C et son logiciel'
        return False
    if re.search(r"[A-Z0-9]", piece):
        return False
    return bool(_THING_AFTER_ATTRIBUTE.match(fold(piece).strip()))


def _asks_something(piece: str) -> bool:
    """Whether a piece of a question asks by itself: it opens like a question or names an
    attribute ('Quand a été créée VESTALI', 'adresse'); 'and the workshop' does not."""
    return bool(lx.QUESTION_OPENER.match(fold(piece))) or asked_attribute(piece) is not None


# A lead-in setting what the question after it is about, asking nothing itself.
_TOPIC_LEAD = re.compile(r"^\W*((and|so|ok)\s+)?(what|how) about\b")
_CAPITALISED_BEFORE = re.compile(r"([A-ZÀ-Ý][\w'’-]*)\s*$")
_CAPITALISED_AFTER = re.compile(r"\s*([A-ZÀ-Ý][\w'’-]*)")


def _inside_a_name(joint: re.Match[str], written: Callable[[str], bool] | None) -> bool:
    """Whether an 'et'/'and' joins two capitalised words of one name the booklet writes
    ('Sources et Vallées' of 'le Pays de Sources et Vallées'): no joint between questions."""
    if written is None or "," in joint.group(0) or not re.search(r"\b(et|and)\b", joint.group(0)):
        return False
    before = _CAPITALISED_BEFORE.search(joint.string[: joint.start()])
    after = _CAPITALISED_AFTER.match(joint.string, joint.end())
    if before is None or after is None:
        return False
    return written(f"{before.group(1)}{joint.group(0)}{after.group(1)}")


# A bare attribute opening with its noun ('nombre de salariés en insertion', 'date de
# création', 'number of volunteers', 'montant du budget'), folded: a telegraphic question.
_ATTRIBUTE_NOUN_FIRST = re.compile(
    r"^(le |la |l'|les |leur |son |sa |ses |the |their |its )?(nombre|number|nb|date|annee|"
    r"year|montant|amount|chiffre|nom|name|adresse|address|statut|status|effectif|total|"
    r"part|share|surface|superficie|area|budget|tonnage)\b"
)


# A right-dislocated noun phrase: the question holds a pronoun standing for a thing and names
# the thing after a comma ('ils l'ont obtenu quand, l'agrément ESUS ?', 'il a démarré quand,
# le point de retrait ?', 'when did they get it, the ESUS approval?', 'is it still open, the
# Hirson shop?'). The thing is what the question asks about, not a second question.
_OBJECT_PRONOUN = re.compile(
    r"\b(?:(?:ils?|elles?|on|vous|tu|je)\s+(?:l['’]|le |la |les |en |y )|"
    r"l['’](?:ont|a|avait|avaient|auront|aura)\b|(?:ils?|elles?)\s+(?:a|ont|est|sont)\b|"
    r"\b(?:it|them|they)\b)"
)
_NOUN_PHRASE = re.compile(
    r"^(?:l['’]|le |la |les |the |their |its |son |sa |ses |leur |leurs |ce |cet |cette |"
    r"that |this )"
)


def _dislocated(head: str, tail: str) -> bool:
    """Whether `tail` names the thing a pronoun of `head` stands for ('ils l'ont obtenu quand',
    'l'agrément ESUS'): a short noun phrase opening with its determiner, no question of its
    own."""
    folded_tail = fold(tail).strip(" ?!.")
    return (
        bool(_NOUN_PHRASE.match(folded_tail))
        and len(folded_tail.split()) <= 6
        and "," not in folded_tail
        and not lx.QUESTION_OPENER.match(folded_tail)
        and bool(_OBJECT_PRONOUN.search(fold(head)))
    )


def _comma_questions(question: str, start: int, end: int) -> list[tuple[int, int]]:
    """A piece cut at each comma that opens a question of its own after a piece that asks
    something ('Où est Synapse 3i, qui la dirige …'; 'adresse, directeur et budget ?'): a
    list of questions said in one breath. A comma before anything else stays inside."""
    spans = [(start, end)]
    for comma in re.finditer(r",\s*", question[start:end]):
        cut = start + comma.start()
        head_start, head_end = spans[-1][0], cut
        head = question[head_start:head_end].strip()
        tail = question[start + comma.end() : end].strip()
        asks = bool(lx.QUESTION_OPENER.match(fold(head))) or asked_attribute(head) is not None
        opens = bool(lx.COMMA_QUESTION.match(fold(tail)))
        # a bare attribute after another ('adresse, directeur'): telegraphic questions, each
        # piece up to the next comma ('statut, date de création, nombre d'adhérents ?')
        piece = tail.split(",")[0].strip()
        # ('nombre de salariés en insertion', 'number of paid staff': a longer bare attribute
        # opening with its noun is one too)
        bare = len(piece.split()) <= 3 or (
            len(piece.split()) <= 6 and bool(_ATTRIBUTE_NOUN_FIRST.match(fold(piece)))
        )
        named = asked_attribute(piece) if bare else None
        attribute = asked_attribute(head) is not None and bool(named and named[1])
        if asks and (opens or attribute) and not _dislocated(head, tail):
            spans[-1] = (head_start, head_end)
            spans.append((start + comma.end(), end))
    return spans


def _names_only(text: str, detector: MentionDetector) -> bool:
    """Whether a piece of a question holds nothing but the names of structures ('Il était
    deux fois et La Remise Enjouée'), the subject of the question that follows."""
    named = detector.mentioned(text)
    rest = detector.without_names(text, named) if named else text
    return bool(named) and not re.findall(r"[^\W\d_]{2,}", re.sub(r"\b(et|and)\b", " ", rest))


def spell_out_acronyms(text: str) -> str:
    """'ACI' -> 'ACI (atelier chantier d'insertion)': the booklet writes either."""
    added = [
        long
        for short, long in lx.ACRONYMS.items()
        if re.search(rf"\b{short}\b", fold(text)) and fold(long) not in fold(text)
    ]
    return f"{text} ({'; '.join(added)})" if added else text


def _names_any(text: str, detector: MentionDetector) -> bool:
    """Whether a turn names a structure, a département or a place ('que présente le livret
    dans le Nord ?' is about the Nord's structures, not the booklet as a whole)."""
    return bool(detector.mentioned(text) or departements_in(text) or places_named(text, detector))


def places_named(question: str, detector: MentionDetector) -> list[str]:
    """Towns or places named after a preposition of place ('à Lille', 'in Amiens'), other
    than départements (a filter of their own) and the structures' own names."""
    found: list[str] = []
    for match in lx.PLACE_BEFORE_NAME.finditer(question):
        name = match.group(1).strip(" '’")
        # 'Pas de Calais Actif', 'Pas de Calais': a département's name holds no town
        inside = departements_in(question[max(0, match.start() - 4) : match.end()])
        if town := _town_after_a_name(name, detector):
            found.append(town)  # 'le Jardin de Cocagne de Douai': that structure, in Douai
            continue
        if inside or departements_in(name) or detector.mentioned(name) or name in lx.NOT_NAMES:
            continue
        if fold(name).split("-")[0] in lx.PERIOD_NAMES or set(analyze(name)) & lx.EVENT_NAMES:
            # 'in the middle of Covid', 'au début du Confinement', 'at Christmas': a time, no
            # place (class: a question or a founder's project told with its period, refused
            # as a place none stands in)
            continue
        if lx.LEVEL_ADJECTIVE.match(name.lower()):
            continue  # 'at European level': a level of partners or funders, no place
        if _starts_a_name(question[match.start(1) :], name, detector):
            continue  # 'donner des meubles à Il était deux fois': a structure, no place
        if name.isupper():  # an acronym names an organisation ('CIGALES'), not a place
            continue
        if detector.names_person(name):  # 'le rôle de Matthieu Renard': a person of the booklet
            continue
        if _a_partner_of(question, match.start(), name):
            continue  # 'les partenaires d'Emmaüs': a body the fiches name, no place
        if _a_body_named_after(question, match.start(), match.end(1), detector):
            continue  # 'l'Université de Lille': a body named after the town, no place
        found.append(name)
    # 'the Hirson one', 'the Guise shop': a town written before a site's noun (site_asked)
    found += [
        t for t in site_asked.towns_before_site(question) if t not in found and detector.writes(t)
    ]
    # 'the Lille-area toy recycler', 'an Amiens-based charity': a town in an English compound
    found += [t for t in site_asked.towns_in_compounds(question) if t not in found]
    # 'the Boulogne association', 'the Amiens IT reuse workshop': a town before its noun
    found += [
        t
        for t in town_adjunct.towns_before_nouns(question, detector.town_opened)
        if t not in found and not detector.mentioned(t)
    ]
    return found


_WORD_BEFORE = re.compile(r"([^\W\d_][\w’'-]*)\s*$")
# A town's written shape: 'Sin-le-Noble', 'Saint-Omer', 'Boulogne-sur-Mer'.
_TOWN_SHAPE = re.compile(r"(?:Saint|Sainte|St)-\w+|\w+-(?:le|la|les|sur|en|lès|lez)-\w+")


def _town_after_a_name(run: str, detector: MentionDetector) -> str | None:
    """The town ending a capitalised run that opens with a structure's name ('Jardin de
    Cocagne de Douai', 'Jardin de Cocagne de Sin-le-Noble'): a town of the region's tables or
    written as towns are, naming no structure itself. Class: a structure asked of a town (its
    site there, or another of its family), read before as the structure's name alone."""
    pieces = re.split(r"\s+(?:de|du|d['’])\s*|\s+d['’]", run)
    tail = pieces[-1].strip(" '’") if len(pieces) > 1 else ""
    if not tail or detector.mentioned(tail) or not detector.mentioned(run[: -len(tail)]):
        return None
    return tail if match_places(tail) or _TOWN_SHAPE.fullmatch(tail) else None


def _a_body_named_after(question: str, at: int, end: int, detector: MentionDetector) -> bool:
    """Whether a town after 'de' / 'd'' ends the name of a body named after it, as the
    booklet writes it ('l'Université de Lille', 'la Métropole Européenne de Lille'): the
    word before the preposition is capitalised, not the question's opener, and some fiche
    writes that word, the preposition and the town together. 'Lesquelles ont l'Université de
    Lille comme partenaire ?' asks who names the university, not who stands in Lille, as the
    fiches' own text is read (`list_scope.town_mentions`). Class: lists picking structures by
    a named entity named after a place."""
    before = _WORD_BEFORE.search(question[:at])
    if before is None:
        return False
    word = re.split(r"['’]", before.group(1))[-1]  # 'l'Université' -> 'Université'
    if not word[:1].isupper() or not question[: before.start(1)].strip(" '’"):
        return False  # the question's first word is capitalised whatever it is
    return detector.writes(word + question[before.end(1) : end])


def _a_partner_of(question: str, at: int, name: str) -> bool:
    """Whether a capitalised name after 'de' / 'd'' is the body a relation is had with
    ('partenaires d'Emmaüs', 'members of Coorace', 'les clients de Décathlon'), not a place:
    a noun of relation right before it (lexicon RELATION_OF), and no town or area of the
    region's tables ('les partenaires de Lille' is still a place). Class: lists by partner."""
    if match_places(name):
        return False
    return bool(lx.RELATION_OF.search(fold(question[:at])))


def _towns_respelt(question: str, detector: MentionDetector) -> str:
    """The question with each place it names that misspells a booklet town ('à Guisse', 'in
    Amien', 'à Villeneuve d'Asq') written as the town: a typo is no place the booklet lacks."""
    for place in places_named(question, detector):
        town = detector.town_spelt(place)
        if town:
            question = question.replace(place, town, 1)
    # a booklet town typed in lower case ('qui répare des ordis a amiens ?', 'in guise'): the
    # town, as the booklet writes it — else its name stays a word of the topic
    # in French only: English 'a' is an article ('a Lille charity')
    french = detect_language(question) == "fr"
    for pattern in (_LOWER_PLACE, _LOWER_PICKED_PLACE, _BARE_A_PLACE)[: 3 if french else 2]:
        for m in pattern.finditer(question):
            words = m.group(2).split()
            for n in range(len(words), 0, -1):
                typed = " ".join(words[:n])
                town = (
                    detector.town_written(typed)
                    or detector.town_spelt(typed)
                    or (region_town(typed) if m.group(1) in ("a", "à") else None)
                )
                if town:
                    # 'a amiens': the preposition typed without its accent is 'à' before a town
                    before = "à" if m.group(1) == "a" else m.group(1)
                    end = m.start(2) + len(typed)
                    gap = "" if before.endswith("'") else " "
                    question = f"{question[: m.start(1)]}{before}{gap}{town}{question[end:]}"
                    break
    # 'et celui de l'asso de lievin ?': a town after 'de' names the structure (town_of_noun.py)
    # — in a question naming none ('… de campigneulles et à la remise enjouée ?' keeps its
    # reading: a town binding one of two structures is read as a place of both)
    if french and not detector.mentioned(question):
        question = towns_after_de(
            question, lambda t: detector.town_written(t) or detector.town_opened(t)
        )
    return question


# A place preposition then a word typed in lower case, and up to two more: a town's name
# may be typed that way in a chat box.
_LOWER_PLACE = re.compile(
    r"(?<![\w'’])(à|a|au|in|at|near|pres de|près de|vers|sur)\s+"
    # the words looked ahead, not taken: 'y a une ressourcerie a dunkerque' tries 'a une …'
    # and still 'a dunkerque'
    r"(?=([a-zàâçéèêëîïôûùüÿœ][\w'’-]*(?:[ -][\w'’-]+){0,2}))"
)
# 'a' typed for 'à' before a capitalised name ('une recyclerie a Calais ?'): read as 'à' when
# the name is a town of the region (`region_town`), as a town typed in lower case is.
_BARE_A_PLACE = re.compile(r"(?<![\w'’])(a)\s+(?=([A-ZÉÈÀÂ][\w'’-]*(?:[ -][\w'’-]+){0,2}))")


def region_town(typed: str) -> str | None:
    """A town of the region's table (`facet_words.TOWNS`: the booklet's and the region's main
    towns) typed as `typed` in any case or accent ('dunkerque', 'Calais'), as written for a
    place; None for any other word. Class: a place typed without its accent or capital in a
    chat box ('y a une ressourcerie a dunkerque ?'), which is a place asked, so a town the
    booklet lacks is refused as a place, not searched as a topic."""
    folded = fold(typed).strip()
    if folded not in fw.TOWNS:
        return None
    return "-".join(part.capitalize() for part in folded.split("-")).replace(" ", "-")


# 'celle de guise', 'celui de liévin', 'the one from amiens': a structure picked by its town,
# the town typed in lower case after 'de' — after these words only ('combien de pommiers',
# 'en guise de' name no town). Class: follow-ups picking a structure by where it stands.
_LOWER_PICKED_PLACE = re.compile(
    r"\b(?:celle|celui|the one) (de|du|d'|from)\s*"
    r"([a-zàâçéèêëîïôûùüÿœ][\w'’-]*(?:[ -][\w'’-]+){0,2})"
)


def _without_asker_clauses(question: str, detector: MentionDetector) -> str:
    """The question without the clauses where the asker tells about themselves and names no
    structure ('Je suis maraîchère dans l'Aisne.', 'I live in the Nord;'), when the rest
    names one: the places they hold are the asker's, not places asked of it. Kept whole when
    the rest points back at the asker's place ('une boutique ici ?', 'near me'), or names no
    structure (a project described, then 'who does that?')."""
    clauses = re.split(r"(?<=[.!?;:])\s+", question)
    aside = [
        n < len(clauses) - 1
        and bool(lx.ASKER_CLAUSE.match(fold(c).strip()))
        and not detector.mentioned(c)
        for n, c in enumerate(clauses)
    ]
    rest = [c for c, a in zip(clauses, aside, strict=True) if not a]
    if len(rest) == len(clauses) or not any(detector.mentioned(c) for c in rest):
        return question
    # the rest must ask something of the structure, not hold it up as a model ('un peu comme
    # Synapse 3i, mais pour les vélos'): a project described around a model stays whole
    said = fold(" ".join(rest))
    if "?" not in rest[-1] and not lx.QUESTION_FORM.search(said):
        return question
    if lx.SIMILAR_TO.search(said):
        return question
    if lx.ASKER_PLACE_ASKED.search(fold(" ".join(rest))):
        return question
    return " ".join(rest)


def _without_askers_project_place(question: str, detector: MentionDetector) -> str:
    """Class: a founder's question naming their own project's place in passing ('… as a
    model for a project in Normandy — what do they do with …', 'pour notre projet à Rouen,
    qui a financé X ?'): the place is the asker's, so it is no place asked of the structure
    the question names. Kept whole when the question names no structure (a project
    described, then 'who does that near it?') or points at the asker's place ('near me')."""
    if not lx.ASKER_SPEAKS.search(fold(question)) or not detector.mentioned(question):
        return question
    if lx.ASKER_PLACE_ASKED.search(fold(question)):
        return question
    kept = lx.ASKER_PROJECT_PLACE.sub(" ", question)
    if not detector.mentioned(kept):  # the 'place' was the structure's own name
        return question
    return " ".join(kept.split())


def _starts_a_name(rest: str, word: str, detector: MentionDetector) -> bool:
    """Whether a capitalised word after 'à' begins a structure's name the text goes on with
    ('à Il était deux fois ?'): removing the names the rest mentions removes the word too."""
    named = detector.mentioned(rest)
    if not named:
        return False
    return not fold(detector.without_names(rest, named)).lstrip(" '’").startswith(fold(word))


_FEW = {"deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4, "four": 4}


def _first_or_last_few(folded: str) -> tuple[int, bool] | None:
    """(how many, from the start) for 'les trois dernières', 'the first two'; else None."""
    match = lx.FIRST_OR_LAST_FEW.search(folded)
    if match is None:
        return None
    n = match.group("n") or match.group("n2")
    end = match.group("end") or match.group("end2")
    count = int(n) if n.isdigit() else _FEW[n]
    return count, end.startswith(("premi", "first"))


# A body a question names: an acronym ('APEI', 'MSA') or a capitalised word inside it.
_BODY_NAMED = re.compile(r"(?<!^)(?<![.?!]\s)\b(?:[A-Z]{3,}|[A-ZÉÈ][a-zà-ÿ]{3,})\b")


def _picked_by_a_body(
    question: str, focus: list[str], chosen: list[str], detector: MentionDetector
) -> list[str]:
    """Class: a structure of the last answer picked by its position and by a body the
    question names ('et pour la seconde, l'atelier commun avec l'APEI ?', 'the first one,
    who is their partner at the MSA?'), the one at that position never writing that body
    while exactly one other of the answer does: that other one is meant. Otherwise the one
    at the position."""
    bodies = [
        b
        for b in _BODY_NAMED.findall(question)
        if not detector.mentioned(b) and fold(b) not in lx.NOT_NAMES and fold(b) not in lx.STOPWORDS
    ]
    if not bodies or len(chosen) != 1:
        return chosen

    def writes(fiche_id: str) -> bool:
        vocab = detector.vocab.get(fiche_id, set())
        return all(set(analyze(b)) <= vocab for b in bodies)

    if writes(chosen[0]):
        return chosen
    others = [f for f in focus if f != chosen[0] and writes(f)]
    return others if len(others) == 1 else chosen


def _ordinal(folded: str) -> int | None:
    folded = lx.ORDINAL_IN_A_PHRASE.sub(" ", folded)  # 'second-hand toys' points at no one
    for index, pattern in lx.ORDINALS:
        if re.search(rf"\b({pattern})\b", folded):
            return index
    return None


def _without_position(query: str) -> str:
    """Class: the structure in focus picked by its position ('la première, son budget ?',
    'the first one, its budget?'): the words that pick it ('première', 'first') are asked of
    no fiche — one writing 'matière première' would otherwise be found not to state them
    with the budget. Unchanged when folding moves offsets or a set phrase holds the word."""
    folded = fold(query)
    if len(folded) != len(query) or lx.ORDINAL_IN_A_PHRASE.search(folded):
        return query
    for _, pattern in lx.ORDINALS:
        picked = rf"\b(?:the |la |le |l')?(?:{pattern})\b(?: ones?\b)?"
        for match in reversed(list(re.finditer(picked, folded))):
            query = f"{query[: match.start()]} {query[match.end() :]}"
            folded = f"{folded[: match.start()]} {folded[match.end() :]}"
    return " ".join(query.split())


def _theme(folded: str) -> str:
    hits = [theme for theme, pattern in lx.THEME_WORDS.items() if pattern.search(folded)]
    return hits[0] if len(hits) == 1 else ""


def _listed_names(answer: str) -> str:
    """The part of an answer that says which structures it is about: the names it sets in
    bold ('1. **VESTALI** (Liévin) — « … »'), when it has any; a quote inside it may name
    other structures (a partner, a network) that the answer is not about. An answer written
    by someone else (no bold) is read whole."""
    bold = re.findall(r"\*\*([^*]+)\*\*", answer)
    return " ; ".join(bold) if bold else answer


def _picked_one(offered: list[str], answered: list[str]) -> list[str]:
    """Class: the structure in focus after a pick whose answer names none ('the veg one, how
    many staff?' answered '7 permanent staff …'): the pick chose among `offered` when it was
    answered, so the one this system answers that turn with (`answered`) is in focus, and
    'and the other one?' is the one it left out; `offered` when the answer kept them all."""
    kept = [f for f in answered if f in offered]
    if answered and not kept:
        # a pick none of them fits ('what about the fish charity?' after the toy one): the
        # structure of the booklet it was answered with (description.py)
        return answered
    return kept if kept and len(kept) < len(offered) else offered


def _without_addresses(answer: str) -> str:
    """An answer without the streets, quarters and sites it quotes (lexicon ADDRESS_PLACE):
    'quartier de la Haute Borne' in an address places the structure asked; it names no
    structure called after that quarter (class: the structure in focus after a turn)."""
    return lx.ADDRESS_PLACE.sub(" ", answer)


# The structures a turn would be answered with (its question and the history before it): the
# focus of a turn whose answer, worded by someone else, names none.
# `told`: the answer the history gives that turn ('' when none), which may describe the one of
# them it is about (description.tells_one).
Resolver = Callable[[str, list[dict[str, str]], str], list[str]]


def conversation_state(
    history: list[dict[str, str]],
    detector: MentionDetector,
    total: int,
    depth: int,
    vocab: FactsVocabulary | None = None,
    resolve: Resolver | None = None,
) -> ConversationState:
    """The plan of the last user turn (with its own history) and the structures in focus.
    `resolve`: the structures this system answers a turn with; the focus of a turn that
    neither the question nor its answer names ('Tell me about the Oise producers'
    association' answered 'It's an association of 8 farmers in Mortemer': a client's own
    wording of the answer, or a language model's) is what it would have answered."""
    users = [n for n, t in enumerate(history) if t.get("role") == "user"]
    if not users or depth <= 0:
        return ConversationState()
    last_n = users[-1]
    last = plan_question(
        history[last_n].get("content", "") or "?",
        history[:last_n],
        detector,
        total,
        depth - 1,
        vocab,
        resolve,
    )
    answers = [t.get("content", "") for t in history[last_n + 1 :] if t.get("role") != "user"]
    in_answer = (
        detector.mentioned(_listed_names(_without_addresses(answers[-1]))) if answers else []
    )
    # 'Parle-moi de X.' 'Une asso …, un peu comme Y.' 'et leur directrice ?': X's (the others a
    # freely written answer names are in passing; passing_mention.py)
    in_answer = passing_mention.kept_on_named(last, answers[-1], in_answer) if answers else []
    # (a count made from the search, 'combien de structures récupèrent des invendus ?', is
    # about the structures its answer names: its query selects no one in particular)
    counted_by_search = last.facts_from_search
    if (
        last.facts_query
        and not counted_by_search
        and vocab is not None
        and vocab.selected is not None
        and answers
    ):
        # an answer computed from the facts was about the structures its query selects (its
        # text also names those of the table behind it)
        try:
            selected = vocab.selected(last.facts_query)
            if in_answer and set(in_answer) == set(selected):
                # 'et la dernière, son budget ?' counts in the order the answer shows them
                # (an answer written by hand need not keep the facts' order)
                selected = list(in_answer)
            # a figure of one picked from a list ('la deuxième, combien de bénévoles ?') keeps
            # that list: 'et la première ?' counts in it
            among = last.among if selected and set(selected) < set(last.among) else []
            ranked = last.facts_query.get("op") in ("max", "min", "top")
            if not among and ranked and len(selected) < len(in_answer) and selected:
                # a ranking shown whole ('la plus ancienne', 'the biggest budget'): 'et la
                # deuxième ?', 'and the last one?' count in its order, as the answer shows it
                among = in_answer
            return ConversationState(selected, last, list(among))
        except ValueError:
            pass
    # a narrowing turn ('lesquelles sont dans le Nord ?') showed the structures it kept: those
    # are in focus, not the list it narrowed
    # so did a turn picking one of them by its town ('celle de Liévin, …'),
    # and a turn picking one by what it does ('the toy one, …')
    picked = last.narrow or last.by_place or bool(last.by_thing)
    kept = picked and in_answer and set(in_answer) < set(last.targets)
    if (
        last.target_source != "any"
        and not kept
        and (not in_answer or set(in_answer) <= set(last.targets))
    ):
        focus = last.targets
    elif in_answer and len(in_answer) < total:
        focus = in_answer  # an answer naming every structure (an abstention) focuses on none
        similar = any(p.intent == "similar" for p in last.parts)
        if similar and set(in_answer) - set(last.targets):
            # 'initiatives like X' names X first: the list is the initiatives found like it
            # ('who runs the first one?' is the first of them, not X)
            focus = [f for f in in_answer if f not in last.targets]
    else:
        focus = last.targets
    said_none = bool(answers) and bool(lx.NO_ANSWER.search(fold(answers[-1])))
    if not focus and not in_answer and answers and resolve is not None and not said_none:
        focus = resolve(history[last_n].get("content", ""), history[:last_n], answers[-1])
    elif picked and not in_answer and answers and resolve is not None and not said_none:
        answered = resolve(history[last_n].get("content", ""), history[:last_n], "")
        focus = _picked_one(focus, answered)
    # the list a pick or a narrowing chose from: 'et l'autre ?' points at what it left out
    wider = last.among if focus and set(focus) < set(last.among) else []
    return ConversationState(focus, last, list(wider), answers[-1] if answers else "")


_AGE_ASKED = re.compile(
    r"\b(quel age|how old|l.age|the age|age of|age de|date de naissance|birth\w*|born)\b|"
    r"'s age\b"
)
_CAPITALISED_RUN = re.compile(r"(?<!^)\b[A-ZÉÈ][\w'-]+(?:\s+[A-ZÉÈ][\w'-]+)*")


OTHERS_OF_GROUP = "the others of a group of people of the one in focus"


def _card_of_person_asked(question: str, detector: MentionDetector) -> list[str]:
    """The one structure whose contact card names the person a question names, no structure
    named (class: a person of a card asked about by civility and surname or by full name:
    'le mail de Mme Maréchal ?', "Mrs Cousin's phone?", 'que fait Matthieu Renard ?'). A
    person no card names, or several cards do, finds none: the question stands as asked."""
    found: list[str] = []
    for person in person_contact.persons_asked(question, lambda n: bool(detector.mentioned(n))):
        found += [f for f in detector.person_fiches(person) if f not in found]
    return found if len(found) == 1 else []


def _detail_of_a_person(part: PlanPart, detector: MentionDetector) -> PlanPart:
    """A person's own detail asked of someone a contact card names, which no card gives: an
    age ('Quel âge a Christelle Cousin ?', 'how old is Matthieu Renard?'; not the creation
    date an age asked of a structure reads as) or a background ('qu'a fait Christelle Cousin
    avant de créer l'association ?', "what is Matthieu Renard's background?")."""
    folded = fold(part.text)
    age = part.attribute == "event:creation" and bool(_AGE_ASKED.search(folded))
    background = bool(lx.compiled(lx.BACKGROUND_ASKED).search(folded))
    if not age and not background:
        return part
    runs = _CAPITALISED_RUN.findall(part.text)
    if not any(detector.names_person(run) for run in runs):
        return part
    detail = "person_age" if age else "person_background"
    return replace(part, intent="unstated", attribute=f"unstated:{detail}")


def without_description(text: str, detector: MentionDetector) -> str:
    """A question about one structure described ('What is the computer recycling structure in
    Amiens about?') without what describes it: the words and place that found the structure
    say nothing of what is asked of it."""
    folded = fold(text)
    match = lx.DESCRIBED_ONE.search(folded)
    span = description_span(folded) if describes_one(folded) else None
    if not set_apart(folded, span):
        span = None  # ('… structure in Amiens about?': the description as a name reads)
    if span is None and match is not None:
        # (up to its town: "l'atelier informatique d'Amiens", described_in_town)
        end = described_in_town.through_its_place(text, match.end(), places_named(text, detector))
        span = match.start(), end
    if span is not None and len(folded) == len(text):  # folding kept the offsets
        # (a description standing apart, whole: 'the one that fixes computers — …', not 'the
        # one'; 'celle qui reconditionne des ordis, …', not nothing)
        text = f"{text[: span[0]]} {text[span[1] :]}"
    for place in places_named(text, detector):
        text = re.sub(rf"\b(?:de|du|d'|à|a|in|at|near|of|en)?\s*{re.escape(place)}\b", " ", text)
    for code in departements_in(text):
        text = re.sub(rf"\b{spaced_pattern(DEPARTEMENTS[code])}\b", " ", text, flags=re.I)
    return " ".join(text.split())


def plan_question(
    question: str,
    history: list[dict[str, str]] | None,
    detector: MentionDetector,
    total: int,
    depth: int = HISTORY_DEPTH,
    vocab: FactsVocabulary | None = None,
    resolve: Resolver | None = None,
    described: str | None = None,
) -> QuestionPlan:
    """The plan of `question` in its conversation. `total`: how many structures the corpus has;
    `vocab`: what the facts store holds (None: no question is answered from the facts);
    `resolve`: the structures this system answers a turn with (`conversation_state`);
    `described`: the structure a question describing one without naming it was found to mean
    ('l'épicerie de Guise'), planned as if named."""
    question = lx.unabbreviated(" ".join(question.split()))
    turns = history or []
    users = [n for n, t in enumerate(turns) if t.get("role") == "user"] if depth > 0 else []
    last_asked = turns[users[-1]].get("content", "") if users else ""
    word = question_word(question) if users else ""
    # 'à qui ?' after 'Synapse 3i donne des ordinateurs ?': that, asked 'à qui'; 'et par des
    # hommes ?' after 'quelles structures sont dirigées par des femmes ?': that list, of the
    # agent or year named (parallel_list.asked_again)
    for whole, how in (
        (joined(word, last_asked, says_pro_verb(question)) if word else "", ASKED_OF_LAST),
        (asked_again(question, last_asked) if users else "", LIST_ASKED_AGAIN),
    ):
        if whole:
            before = turns[: users[-1]]
            plan = plan_question(whole, before, detector, total, depth - 1, vocab, resolve)
            plan.question, plan.followup = question, True
            plan.resolution = f"{how}: {whole}"
            return plan
    rest, asked_in = language_clause(question)
    if asked_in:  # 'and in English, how many employees?': the rest, answered in English
        plan = plan_question(rest, history, detector, total, depth, vocab, resolve, described)
        plan.question, plan.lang = question, asked_in
        return plan
    switched, fresh = _without_topic_switch(question)
    if switched != question:  # 'Autre question : qui vend du poisson ?': a fresh start
        question, history = switched, None if fresh else history
    if history and booklet_about.leaves_nothing(last_asked, _names_any(last_asked, detector)):
        # 'je regarde le livret ESS Hauts-de-France' then 'lesquelles sont dirigées par une
        # femme ?': the booklet as a whole was asked, nothing to follow (booklet_about.py)
        history = None
    if history:  # 'ok et sur l'année ça fait combien ?': the acknowledgement asks nothing
        question = _without_acknowledgement(question)
        # 'non je voulais dire le budget, pas le CA': the thing refused is not asked
        question = without_refused(question)
        question = without_refused_first(question)  # 'non, pas celle de Guise, celle du bois'
        # 'elles sont où ces structures ?': the ones in focus, no list of 'structures'
        question = demonstrative_structures.as_pronoun(question)
    question = without_contrast(question)  # '… about reuse rather than food?' (contrasted.py)
    question = without_answer_form(question)  # '… ? I only need the headcount.'

    # 'Je suis maraîchère dans l'Aisne. Combien de paniers distribue le Jardin … ?': what the
    # asker tells of themselves aside (their place, their year, their kind of structure) is
    # not asked of the structure the rest names: the question is what is left
    question = _without_asker_clauses(question, detector)
    question = _without_askers_project_place(question, detector)
    # 'I make surfboards from plastic bottles. Which structures work with wood?': the asker's
    # own context is not asked, when the question after it stands alone (standalone_question.py)
    question = question_after_context(
        question,
        lambda text: bool(detector.mentioned(text)),
        lambda text: bool(departements_in(text) or places_named(text, detector)),
    )
    question = _towns_respelt(question, detector)  # 'à Guisse', 'in Amien': Guise, Amiens
    question = word_sense.in_its_sense(question)  # 'ont-ils été bénéficiaires ?': in profit
    # 'à Villeneuve d'Ascq, quartier de la Haute Borne': where, what and who are read from the
    # question without the part of the town it adds (lexicon SUB_TOWN)
    placed = lx.SUB_TOWN.sub("", question)
    folded = fold(placed)
    named = detector.mentioned(placed) or _card_of_person_asked(placed, detector)
    described = described if not named else None
    if described:
        named = [described]
    if history and not named and (clipped := clipped_name(placed, detector)):
        named = [clipped]  # 'et copains ?', 'and the bois one?': a name cut to its head
    pieces = (
        split_parts(question, lambda text: _names_only(text, detector), detector.writes)
        if len(question.split()) < LONG_DESCRIPTION_WORDS
        else [question]
    )
    if paid_or_voluntary.offered(question):
        # 'quelqu'un est payé, ou c'est du bénévolat ?': one question, the staff asked
        pieces = [question]
    pieces = _years_switched(pieces)  # '… en 2019 et combien en 2021 ?'
    placed_only = bool(named) and not detector.mentioned(_without_places(question))
    statement = "?" not in question
    parts = [_with_yes_no(plan_part(p, bool(named), placed_only, statement)) for p in pieces]
    parts = subcount.as_subcount(question, parts)  # 'of its 400 members, how many are …?'
    # ('Do they have paid staff, or is it all volunteers?': the staff line, no yes or no
    # gap naming « paid volunteers »)
    parts = [replace(p, yes_no=False) if paid_or_voluntary.offered(p.text) else p for p in parts]
    parts = [_people_had(_paid_staff(p)) for p in parts]
    for n, part in enumerate(parts):  # 'et leur site ?', 'le site de VESTALI': its website
        if part.attribute == "measure:sites":
            words = fold(detector.without_names(part.text, named) if named else part.text)
            if reads_as_website(words):
                parts[n] = replace(part, intent="field", attribute="field:website")
    parts = [_detail_of_a_person(part, detector) for part in parts]
    for n, part in enumerate(parts):
        # 'budget du jardin de cocagne et de la remise enjouée': names typed in lower case
        # are no capitalised words the terse reading leaves aside; read without them
        if named and part.intent == "fact" and not part.attribute and not asks_yes_no(part.text):
            unnamed = detector.without_names(part.text, named)
            asked = asked_attribute(unnamed) if unnamed.strip() != part.text.strip() else None
            why = fold(unnamed)
            if (
                asked is not None
                and (
                    asked[0] == "figure" or (asked[0] == "field" and not lx.NEGATED_WHY.search(why))
                )
                and lx.REASON_OPENS.search(why)
            ):
                asked = None  # 'why did X's Hirson shop stop?': a reason (lexicon REASON_OPENS)
            if asked is not None and asked[0] in ("figure", "field"):
                parts[n] = replace(part, intent=asked[0], attribute=asked[1], exact_date=asked[2])
            elif asked is None and asks_who_alone(unnamed):  # 'X : qui et quand ?'
                parts[n] = replace(part, intent="person", attribute="role:leader")
    for n, part in enumerate(parts):
        # 'ils sont basés où ceux de synapse ?', 'le panier de la mer 62 il se trouve où
        # exactement ?', 'Where's Il était deux fois based?': a short 'where' once the names
        # typed in lower case are out, as `_where` reads it with capitalised ones (class: the
        # structure's place asked in spoken words, answered by any sentence or by its staff
        # for 'ils bossent où ?')
        if (
            named
            and part.intent in ("fact", "figure")
            and not part.yes_no
            and not part.attribute.startswith(("subpart:", "section:"))
        ):
            unnamed = detector.without_names(part.text, named)
            if unnamed.strip() != part.text.strip():
                where = _where(unnamed, fold(unnamed))
                if where is not None and where.attribute == "field:address":
                    parts[n] = replace(part, intent="field", attribute="field:address")
    for n, part in enumerate(parts):  # 'Que fait VESTALI ?': the structure as a whole
        bare = named and part.intent == "fact" and not part.attribute
        unnamed = detector.without_names(part.text, named)
        if described:  # 'que fait l'association de Guise ?': the description is its name
            unnamed = without_description(unnamed, detector)
        # a name typed alone ('VESTALI ?') asks what the structure is, as 'Que fait …' does
        alone = not _content_words(fold(unnamed)) and len(pieces) == 1
        if bare and (alone or asks_overview(part.text, unnamed)):
            parts[n] = replace(part, attribute="overview:structure")
    # a follow-up with no word of either language ('names?') keeps the conversation's
    said = [t.get("content", "") for t in history or [] if t.get("role") == "user"]
    # (a first question typed tersely in English: 'key figures of X', 'staff X')
    held = (
        detect_language(said[-1])
        if said
        else terse_language(question, set().union(*detector.vocab.values()))
    )
    lang = detect_language(detector.without_names(question, named) if named else question, held)
    for n, part in enumerate(parts):
        unnamed = detector.without_names(part.text, named) if named else part.text
        if described:  # 'la ressourcerie de Campigneulles revend sur vinted ?': as if named
            unnamed = without_description(unnamed, detector)
        # 'VESTALI a une boutique ?': whether it has one, not its number of sites
        part = having_a_place.as_having(
            part, unnamed, asks_yes_no_by_intonation(part.text, unnamed, lang, not statement)
        )
        spoken = part.intent in ("fact", "field") and not part.yes_no and part.kind != "overview"
        # 'c'est une SCIC ou une association ?' offers a choice: which one, no 'oui'
        choice = part.attribute == "field:legal_status" and forms_offered(fold(part.text))
        if (
            spoken
            and not choice
            and asks_yes_no_by_intonation(part.text, unnamed, lang, not statement)
        ):
            part.yes_no = True
        if spoken and not part.yes_no and _asks_one_whether_it_has(part.text, unnamed, named):
            part.yes_no = True
        parts[n] = _operating(part)
    unbodied = without_place_bodies(placed)  # spans kept: a body's place blanked
    unbodied = without_names_after_places(unbodied, detector.writes)  # 'Nord Actif'
    plan = QuestionPlan(
        question=question,
        lang=lang,
        parts=parts,
        query=spell_out_acronyms(without_description(placed, detector) if described else placed),
        targets=named,
        target_source="named" if named else "any",
        # a département inside a name the question gives ('les producteurs des vallées de
        # l'Oise', 'the Oise producers' association') is no place asked
        # nor a place a public body is named after ('financé par le département du Nord')
        departements=departements_in(
            detector.without_names(unbodied, named)
            if named and all(p.intent != "similar" for p in parts)
            else unbodied
        ),
        places=places_named(unbodied, detector),
        theme=_theme(folded),
        years=[int(y) for y in lx.YEAR.findall(folded)],
        national=bool(lx.NATIONAL_SCOPE.search(lx.NATIONAL_BODY.sub(" ", folded))),
    )
    if described:  # its place and département found it; they constrain nothing more
        plan.places, plan.departements = [], []
    _event_of_the_question(plan.parts, folded)
    for later in plan.parts[1:]:  # 'Quand a été créée VESTALI et qui la dirige ?'
        if later.intent == "list" and plan.parts[0].intent != "list":
            later.intent = "fact"
    _similar_parts(plan, named, folded, detector)
    if history and lx.WHY_NOT.search(folded):
        state = conversation_state(history, detector, total, depth, vocab)
        if state.last is not None and state.last.intent in ("similar", "why_not"):
            return _why_not(plan, state, folded)
    asked_in = _language_asked(question)
    if asked_in and history and depth > 0:
        # 'et en anglais ?', 'in French please': the previous question again, in that language
        again = _previous_question(history, detector, total, depth, vocab, resolve)
        if again is not None:
            again.question, again.lang, again.followup = question, asked_in, True
            again.resolution = "the previous question, in another language"
            return again
    if not history:
        plan.resolution = "no history"
        if _points_at_nothing(plan, folded):
            bounded = _bounded_opening(plan, detector, vocab)
            if bounded is not None:
                return bounded
            return _unpointed(plan, list(detector.vocab), first_turn=True)
        return _with_facts(plan, ConversationState(), detector, vocab)
    state = conversation_state(history, detector, total, depth, vocab, resolve)
    last_turn = " ".join(t.get("content", "") for t in history[-2:])
    if (
        len(state.focus) == 1
        and not named
        and others_of_group.asks_others_of_group(plan.question, last_turn)
    ):
        # 'et les autres ils paient combien ?' after a fact of some people of the one in
        # focus ('donnés aux personnes formées'): the rest of its people, not the other
        # structures; its own question, 'the others' left aside (others_of_group.py)
        rest = others_of_group.without_others(plan.question)
        again = plan_question(rest, history, detector, total, depth, vocab, resolve)
        again.question, again.resolution = plan.question, OTHERS_OF_GROUP
        return again
    # what a switch leaves (switched_things.py): the focus, and what the last turn itself left
    # when it switched too ('et l'atelier bois ?' then 'et celui de Liévin ?' after the toys'
    # tonnage: the toys were the first structure's, carried through both switches)
    earlier = state.last.left if state.last is not None else []
    plan.left = [*state.focus, *(f for f in earlier if f not in state.focus)]
    shown = bool(set(detector.mentioned(state.said)) & set(state.focus))
    if list_of_one.asks_booklet(plan, state.focus, state.last, folded, shown):
        # 'Qui dirige VESTALI ?' then 'et lesquelles sont dans le Nord ?': one structure is no
        # set to pick among; the list ranges over the booklet (list_of_one.py)
        plan.resolution = list_of_one.ASKED_OF_BOOKLET
        return _with_facts(plan, replace(state, focus=[], wider=[]), detector, vocab)
    if not state.focus and not state.wider and _points_at_nothing(plan, folded):
        # turns before put none in focus ('et leur budget ?' after 'no one recycles tyres')
        # — a list by a threshold ('lesquelles ont un budget supérieur à 500 000 € ?' after
        # 'je regarde le livret ESS') ranges over the booklet, as when it opens a chat
        bounded = _bounded_opening(plan, detector, vocab)
        if bounded is not None:
            return bounded
        return _unpointed(plan, list(detector.vocab), first_turn=False)
    if (
        len(state.focus) == 1
        and not named
        and (
            lx.THE_TWO.search(folded)
            or _compares(folded)
            or compared_again.DIFFERENCE_ASKED.search(folded)  # 'de combien ?': the two apart
        )
    ):
        state = _pair_in_focus(state, history, detector, total, depth, vocab, resolve)
    if _other_of_a_comparison(plan, state, folded):
        # 'et l'autre ?' after 'laquelle des deux a le plus gros budget ?': the one that did
        # not come first (the comparison's answer puts the one that wins first)
        state = replace(state, focus=state.focus[:1], wider=list(state.focus))
    if _other_of_a_pair(plan, state, folded):
        # 'and the other one, what's its budget?' after an answer naming two: the second
        state = replace(state, focus=state.focus[:1], wider=list(state.focus))
    if _others_in_the_place_said(plan, state, folded):
        # "et les autres, elles sont où ?" after '… dans le Pas-de-Calais. D'autres structures
        # du livret sont aussi dans ce département.': the others standing in the place the
        # answer named (said_place.py), read as 'd'autres dans le Pas-de-Calais ?' below
        towns = vocab.field_values.get("ville", []) if vocab is not None else []
        plan.departements, plan.places = said_place.place_said(state.said, towns)
    if _others_of_a_place(plan, state, folded, vocab):
        # 'd'autres structures dans l'Aisne ?' after a turn about one structure named: the rest
        # of the booklet, standing there (`_the_others`), not the one in focus; listed, unless
        # the question asks something of them ('… et leur budget ?')
        state = replace(state, wider=list(detector.vocab))
        if not any(p.attribute or p.yes_no for p in plan.parts):
            plan.parts = [PlanPart(plan.question, "list")]
            one_other = lx.OTHER_ONE.search(folded) and not _SEVERAL_OTHERS.search(folded)
            if one_other and _one_named_asked(state):
                # 'and the other one in Villeneuve d'Ascq?' after 'who runs the Cocagne
                # garden?': one other there, asked what the last turn asked of the one
                _inherit_parts(plan, state.last)  # type: ignore[arg-type]
    if _points_past_one_named(plan, state, folded):
        # 'et pour l'autre ?' after 'Parle-moi de A et de B' then 'le budget de A ?': B, asked
        # what the turn asked of A
        state = _picked_from_before(state, history, detector, total, depth, vocab, resolve)
    if _shown_in_part(plan, state, folded, history, resolve):
        # 'les autres ?' after an answer naming one or two of a list that holds more: the
        # others answering it, not the rest of the booklet
        state = replace(state, shown_in_part=True)
    elif _rest_of_booklet(plan, state, folded):
        # 'et les autres ?' after a list chosen from the whole booklet: the structures it left
        # out (`_the_others`), as after a list a turn narrowed
        state = replace(state, wider=list(detector.vocab))
    if _others_of_a_theme(plan, state, folded):
        state = replace(state, wider=list(detector.vocab))  # (compose keeps the theme's)
        if all(p.intent == "list" for p in plan.parts):
            plan.parts = [PlanPart(plan.question, "fact")]  # what the last turn asked
    past = other_one.points_past_the_one(folded, state.focus, state.wider, bool(plan.targets))
    describes = bool(
        plan.places
        or plan.departements
        or described_kind(folded)
        or _pointer(folded)
        or described_words(folded, several=True)
    )
    if past and not describes:
        # 'Who is the head of the other one?' with one structure in focus and no list: which
        # other one is not said (class: other_one.py)
        plan.among, plan.resolution = list(state.focus), other_one.OTHER_OF_NONE
        return plan
    # (after an answer naming several, 'non, celle des meubles' picks among them: no refusal)
    corrected = len(state.focus) == 1 and not plan.targets and corrects_structure(folded)
    # 'and the other one, the ressourcerie - who runs it?': the one described, among the
    # others, as a correction picks it (class: other_one.py)
    corrected = corrected or past
    kind = ""
    if corrected:  # 'non, je parlais de l'autre, celle des meubles': not the one in focus
        meant_among = others_than(state.focus, state.wider, list(detector.vocab))
        state = replace(state, focus=meant_among, wider=[])
        folded = meant_part(folded)  # '…, not the fish one': the one refused points at none
        kind = "" if _pointer(folded) else placed_kind(folded)
        if (past or _points_at_another(folded)) and not kind and not _pointer(folded):
            # "et l'autre ressourcerie ?", "non, je parlais de l'autre du Pas-de-Calais, la
            # ressourcerie": of that kind
            kind = described_kind(folded)
        kind = _kind_with_its_words(kind, folded)
    # the question's own words, the names it gives taken out however typed ('il était deux
    # fois aussi ?', 'le bois de deux mains aussi ?'): only 'aussi' is asked
    own = detector.without_names(plan.question, plan.targets) if plan.targets else None
    head = clipped_word(plan.question, detector) if own is not None and history else None
    if own is not None and head is not None and head[0] in plan.targets:
        # 'non, celle du bois': the name's head is no word asked (clipped_name.py)
        own = re.sub(rf"\b{re.escape(head[1])}\b", " ", fold(own))
    own_folded = fold(own if own is not None else plan.question)
    followed = _follow(plan, state, folded, vocab, own, detector)
    followed = _with_last_event(followed, state.last, own_folded)
    if kind:
        followed = _described_correction(followed, state, kind)
    followed = _with_last_figure(followed, state.last, own_folded)
    followed = creation_of_itself(followed, own_folded)  # 'et l'asso elle-même ?'
    followed = _who_of_focus(followed, state, detector)
    followed = _held_by_an_earlier_one(followed, state, history, detector, own_folded)
    if corrected:
        followed.resolution = f"{CORRECTED}; {followed.resolution}"
    followed.left = plan.left
    return _with_facts(followed, state, detector, vocab)


EARLIER_HOLDER = "a structure of an earlier turn, stating what the follow-up names"
# A word asking a value, a person, a place or a time (folded), not whether.
_INTERROGATIVE = re.compile(
    r"\b(combien|quel\w*|qui|ou|quand|comment|how|what|which|who|where|when)\b"
)


def _held_by_an_earlier_one(
    plan: QuestionPlan,
    state: ConversationState,
    history: list[dict[str, str]],
    detector: MentionDetector,
    own: str,
) -> QuestionPlan:
    """'ok et les jouets, ils en ont récupéré combien ?' after turns about the toy recycler
    then the garden: the one named earlier whose fiche states the toys (earlier_holder.py)."""
    if not plan.followup or plan.target_source != "focus" or len(state.focus) != 1:
        return plan
    if plan.targets != state.focus or plan.by_thing or plan.by_place or plan.places:
        return plan
    # 'et ils font des jouets ?' asks whether the one in focus does (no, or not said, of
    # it); 'les jouets, ils en ont récupéré combien ?' asks a value of the one doing it
    if not _INTERROGATIVE.search(own):
        return plan
    users = [t.get("content", "") for t in history if t.get("role") == "user"]
    earlier = [f for text in users[:-1] for f in detector.mentioned(text)]
    if not earlier:
        return plan
    if plan.lang == "en":
        things = [g for g in topic_words(own, lx.GENERIC_TOPIC_EN) if g.thing]
    else:
        things = french_things(own)
    meant = earlier_holder(things, state.focus, earlier, detector.vocab)
    if meant is not None:
        plan.targets, plan.among = [meant], list(state.focus)
        plan.resolution = EARLIER_HOLDER
    return plan


KIND_AMONG_OTHERS = "the structure of the kind described, among the others"
WHO_OF_FOCUS = "'who' asked of the structure in focus"


def _who_of_focus(
    plan: QuestionPlan, state: ConversationState, detector: MentionDetector
) -> QuestionPlan:
    """'Who pays for the ready meals?', 'et qui a financé au niveau de l'Europe ?' after turns
    about one structure, read as a new list: the holders of a part of that one's fiche, when
    what it names is stated there (who_of_focus.py)."""
    if plan.resolution != "new topic" or plan.targets or plan.places or plan.departements:
        return plan
    asked = who_of_focus.asked_of_focus(
        plan.question, state.focus, asked_attribute(plan.question), detector.vocab
    )
    if asked is None:
        return plan
    intent, attribute, exact = asked
    plan.parts = [_with_yes_no(PlanPart(plan.question, intent, attribute, exact_date=exact))]
    plan.targets, plan.target_source, plan.followup = list(state.focus), "focus", True
    plan.resolution = WHO_OF_FOCUS
    return plan


def _kind_with_its_words(kind: str, folded: str) -> str:
    """The kind a correction describes the one meant by, with the words around it that tell
    it apart ('the furniture workshop in the Aisne' -> 'furniture workshop', not 'workshop',
    which the Aisne's grocery may be called too; 'l'atelier de jouets' -> 'atelier jouets',
    not 'atelier', which most structures run); the kind alone when no word qualifies it."""
    if not kind:
        return kind
    words = fold(_without_places(described_words(folded, several=True))).split()
    if kind not in words:
        return kind
    at = words.index(kind)
    # the words after it as typed, to a comma ('de jouets': a French thing follows its article)
    after = re.search(rf"\b{re.escape(kind)}\b((?:\s+[\w'-]+){{0,3}})", folded)
    tail = re.findall(r"[a-z0-9-]+", fold(_without_places(after.group(1)))) if after else []
    tail = [w for w in tail if w not in _LINK_WORDS]
    # (read as things after an article, as 'celle des jouets' is: 'atelier des jouets')
    return " ".join([*words[max(at - 2, 0) : at], kind, *(["des", *tail] if tail else [])])


# Words that link a kind to a place or a thing, left hanging once a place is taken out.
_LINK_WORDS = frozenset(
    "de du des d l la le les in at of from the a en dans near for with pour avec".split()
)


def _points_at_another(folded: str) -> bool:
    """'l'autre', 'the other': a correction pointing at another one, its kind said apart."""
    return bool(re.search(r"\b(l'autre|the other)\b", folded))


def _described_correction(plan: QuestionPlan, state: ConversationState, kind: str) -> QuestionPlan:
    """Class: a correction describing the one meant by its kind and place ('sorry I meant the
    ressourcerie in the Pas-de-Calais', 'non, je parlais de l'épicerie de Guise'): the one of
    that kind among the others (compose picks it by the kind, among those standing in the
    place named), asked what the last turn asked unless the correction asks its own."""
    last = state.last
    plan.targets, plan.target_source, plan.followup = list(state.focus), "focus", True
    plan.by_thing, plan.by_place, plan.among = kind, False, list(state.focus)
    plan.narrow = False
    if last is not None and not any(p.attribute or p.yes_no for p in plan.parts):
        _inherit_parts(plan, last)
        # (what is asked is the last turn's: the place and kind found the one, they are no
        # words to quote it by, 'Pas-de-Calais Actif' for 'in the Pas-de-Calais')
        plan.query = last.query
    plan.resolution = KIND_AMONG_OTHERS
    return plan


def _with_last_event(plan: QuestionPlan, last: QuestionPlan | None, bare: str) -> QuestionPlan:
    """Class: 'when exactly?', 'en quelle année ?', 'et Synapse 3i, quand ?' after a turn
    about an event ('créées avant 2010', 'la plus récente', 'quand a été créée X ?'): a date
    asked with no event of its own, in a few words (`bare`: the question without the names
    it gives, folded), is the date of that event, not any date the fiche gives."""
    if last is None or len(_content_words(bare)) > 2:
        return plan
    if not plan.followup and plan.target_source != "named":
        return plan
    query = last.facts_query or {}
    event = "event:creation" if query.get("measure") == "annee_creation" else ""
    event = event or next((p.attribute for p in last.parts if p.attribute.startswith("event:")), "")
    if not event or event == "event:any":
        return plan
    plan.parts = [
        replace(p, attribute=event) if p.attribute == "event:any" else p for p in plan.parts
    ]
    return plan


def _with_last_figure(plan: QuestionPlan, last: QuestionPlan | None, bare: str) -> QuestionPlan:
    """Class: a near miss in a conversation — 'c'est quelle année ?', 'which year is that?'
    after a figure of the structure in focus ('Quel est le budget de Synapse 3i ?'): the year
    that figure is stated for, so its figure asked anew (the answer says when its sentence
    gives no year, unstated_kind.py), not any date the fiche gives."""
    plan = _with_figure_dated(plan, last)
    if last is None or not plan.followup or not lx.YEAR_OF_LAST_ASKED.search(bare.strip()):
        return plan
    figures = [p for p in last.parts if p.intent == "figure"]
    if len(figures) != 1 or any(p.attribute.startswith("event:") for p in last.parts):
        return plan
    plan.parts = [replace(figures[0], text=plan.question, yes_no=False)]
    return plan


def _with_figure_dated(plan: QuestionPlan, last: QuestionPlan | None) -> QuestionPlan:
    """Class: the year of a figure asked by a clause naming the figure ('ils sont combien
    d'adhérents, c'est de quand le chiffre ?', 'what year is that figure from?'; figure_year.py):
    a date part of no event of its own is the figure the rest of the part asks, else the one
    figure the last turn asked; its answer gives the year its sentence states."""
    if not plan.followup:
        return plan
    last_figures = [p for p in last.parts if p.intent == "figure"] if last is not None else []
    parts = list(plan.parts)
    for n, part in enumerate(parts):
        if part.intent != "date" or part.attribute != "event:any":
            continue
        if not asks_year_of_figure(part.text):
            continue
        rest = without_year_clause(part.text)
        asked = asked_attribute(rest) if rest else None
        if asked is not None and asked[0] == "figure":
            parts[n] = replace(part, intent="figure", attribute=asked[1], exact_date=False)
        elif len(last_figures) == 1 and not any(
            p.attribute.startswith("event:") for p in (last.parts if last else [])
        ):
            parts[n] = replace(last_figures[0], text=part.text, yes_no=False)
    plan.parts = parts
    return plan


def _language_asked(question: str) -> str:
    """'en' or 'fr' for a turn that only asks for the answer in that language ('et en anglais
    ?', 'in English please', 'can you answer in French?', 'traduis en français stp'): its other
    words are all greetings, acknowledgements or words of asking (lexicon
    LANGUAGE_REQUEST_WORDS); '' for any other turn ('qui forme en anglais ?' asks a topic)."""
    folded = fold(question)
    match = lx.LANGUAGE_ASKED.search(folded)
    if match is None:
        return ""
    rest = f"{folded[: match.start()]} {folded[match.end() :]}"
    words = re.findall(r"[^\W\d_]+", rest)
    known = lx.LANGUAGE_REQUEST_WORDS | lx.GREETINGS | lx.ACKNOWLEDGEMENTS
    if not all(w in known for w in words):
        return ""
    return "en" if match.group("en") or match.group("en2") else "fr"


def _previous_question(
    history: list[dict[str, str]],
    detector: MentionDetector,
    total: int,
    depth: int,
    vocab: FactsVocabulary | None,
    resolve: Resolver | None,
) -> QuestionPlan | None:
    """The plan of the last user turn, in its own conversation (None: no user turn)."""
    users = [n for n, t in enumerate(history) if t.get("role") == "user"]
    if not users:
        return None
    last_n = users[-1]
    text = history[last_n].get("content", "") or "?"
    return plan_question(text, history[:last_n], detector, total, depth - 1, vocab, resolve)


NOTHING_IN_FOCUS = "points back, but no structure is in focus"
EVERY_ONE_UNPOINTED = "points back at structures, none in focus: each of the booklet's"
_NOT_POINTING_OPENERS = ("ou", "or", "aussi", "also")  # 'où acheter …', 'or …' ask afresh


def _points_at_nothing(plan: QuestionPlan, folded: str) -> bool:
    """Class: a follow-up asked with no structure to point at — the first turn of a
    conversation, or after turns that put none in focus: 'et leur budget ?', 'elle a été
    créée quand ?', 'what about the second one?'. It names no structure, place or theme, asks
    no list nor a thing of its own ('qu'est-ce que le drive fermier ?'), is short, and its
    words point back (a pronoun, an ordinal, an opening 'et', 'and', 'what about')."""
    if plan.targets or plan.departements or plan.places or plan.theme:
        return False
    if asks_list(plan) or plan.facts_query is not None:
        return False
    if lx.PLURAL_STRUCTURES.search(folded) or _asks_in_its_own_frame(folded) == "thing":
        return False
    if len(_content_words(folded)) > ELLIPTIC_WORDS:
        return False
    if _subject_is_a_thing(folded):
        return False  # 'quand le drive fermier a-t-il ouvert ?': its pronoun's antecedent is in it
    if describes_one(folded):
        return False  # 'l'asso du Boulonnais, son budget ?': its antecedent is described in it
    if described_words(folded):
        # 'the toy charity — what's its status?': the structure described is the antecedent
        # (class: a follow-up pointing at a structure described, description.py)
        return False
    # an opening 'et' with a thing, not an attribute, asks afresh ('et les jouets ?')
    opener = lx.ELLIPSIS_OPENER.match(folded)
    asks = all(p.attribute for p in plan.parts)
    picks = _ordinal(folded) is not None or _first_or_last_few(folded) is not None
    # 'and the other one?' after an abstention: the other of none (class: the structure in
    # focus after a turn that found none)
    picks = picks or bool(lx.OTHER_ONE.search(folded))
    if not asks and not picks:
        # no attribute to carry and no position picked: a question of its own, however it
        # opens ('lesquelles recyclent des pneus ?', 'qui répare des vélos ?') is searched
        return False
    return bool(
        (opener and opener.group(0) not in _NOT_POINTING_OPENERS)
        or lx.PLURAL_REFERENCE.search(folded)
        or lx.SINGULAR_REFERENCE.search(folded)
        or picks
    )


def _subject_is_a_thing(folded: str) -> bool:
    """Whether the question's subject is a thing it describes ('le drive fermier', 'la
    boutique solidaire'), not an attribute ('et le budget, il est de combien ?' asks the
    budget of a structure in focus): the subject's words ask no attribute of their own."""
    match = lx.SUBJECT_BEFORE_PRONOUN.search(folded)
    if match is None:
        return False
    subject = match.group("np")
    return bool(_content_words(subject)) and asked_attribute(subject) is None


def _bounded_opening(
    plan: QuestionPlan, detector: MentionDetector, vocab: FactsVocabulary | None
) -> QuestionPlan | None:
    """Class: a list by a threshold opening a conversation with a pronoun ('which ones have
    a budget above €500k?', 'lesquelles ont exactement 2 sites ?'): no structure is in focus,
    so the pronoun ranges over the booklet and the bound selects — the threshold query, not
    each structure's figure. None when the question states no bound."""
    faceted = _with_facts(copy.deepcopy(plan), ConversationState(), detector, vocab)
    query = faceted.facts_query
    if query is None or (_bound_of(query) is None and not _counts_by_a_figure(query)):
        return None
    return faceted


def _unpointed(plan: QuestionPlan, every: list[str], first_turn: bool) -> QuestionPlan:
    """A follow-up pointing at no structure (`_points_at_nothing`) picks none silently: one
    opening a conversation and asked of several ('et leur budget ?', 'their phone numbers?')
    is asked of each structure of the booklet (`every`), and the answer says so; one asked of
    one, of a position in a list never given ('the second one?'), or after turns that found
    no structure, asks which structure is meant."""
    folded = fold(plan.question)
    plural = bool(lx.PLURAL_REFERENCE.search(folded))
    asks = all(p.attribute for p in plan.parts) and _ordinal(folded) is None
    if first_turn and plural and asks and _first_or_last_few(folded) is None:
        plan.targets, plan.target_source = list(every), "focus"
        plan.resolution = EVERY_ONE_UNPOINTED
    else:
        plan.resolution = NOTHING_IN_FOCUS
    return plan


def _other_of_a_comparison(plan: QuestionPlan, state: ConversationState, folded: str) -> bool:
    """'et l'autre ?', 'and the other one?' after a comparison of two structures ('which of
    the two has more members?'): the one the comparison did not put first."""
    last = state.last
    query = last.facts_query if last is not None else None
    if not query or query.get("op") != "compare" or len(state.focus) != 2 or state.wider:
        return False
    return bool(lx.OTHER_ONE.search(folded)) and not plan.targets


def _other_of_a_pair(plan: QuestionPlan, state: ConversationState, folded: str) -> bool:
    """Class: the structure in focus after an answer naming two, none picked yet ('Two: A in
    Guise and B in Pommiers', then 'and the other one, what's its budget?', 'et l'autre, elle
    fait quoi ?'): the one the answer did not name first, as after a comparison (the first one
    named is the one an asker reads as already dealt with)."""
    if plan.targets or state.wider or len(state.focus) != 2:
        return False
    return bool(lx.OTHER_ONE.search(folded))


def _points_past_one_named(plan: QuestionPlan, state: ConversationState, folded: str) -> bool:
    """'et pour l'autre ?', 'and the other one?', 'et les autres ?' after a turn that named one
    structure itself, with no list it picked from: the other(s) may be those of the turn
    before it (`_picked_from_before`)."""
    last = state.last
    if last is None or len(state.focus) != 1 or state.wider or plan.targets:
        return False
    if last.target_source != "named":
        return False
    return bool(lx.OTHER_ONE.search(folded) or lx.OTHERS.search(folded))


def _picked_from_before(
    state: ConversationState,
    history: list[dict[str, str]],
    detector: MentionDetector,
    total: int,
    depth: int,
    vocab: FactsVocabulary | None,
    resolve: Resolver | None,
) -> ConversationState:
    """The structures of the turn before the last, as the list the last turn picked its one
    structure from, when they hold it ('Parle-moi de A et de B', then 'le budget de A ?': 'et
    l'autre ?' is B), or, when it was about another one, the pair of the two ('le budget de
    A ?', 'et celui de B ?': 'et l'autre ?' is A); the state unchanged otherwise."""
    users = [n for n, t in enumerate(history) if t.get("role") == "user"]
    if len(users) < 2 or depth <= 1:
        return state
    earlier = conversation_state(history[: users[-1]], detector, total, depth - 1, vocab, resolve)
    if len(earlier.focus) == 1 and earlier.focus != state.focus:
        # 'le budget de A ?', 'et celui de B ?', then 'et l'autre ?': A
        return replace(state, wider=[*earlier.focus, *state.focus])
    if len(earlier.focus) < 2 or not set(state.focus) < set(earlier.focus):
        return state
    return replace(state, wider=list(earlier.focus))


def _others_of_a_place(
    plan: QuestionPlan, state: ConversationState, folded: str, vocab: FactsVocabulary | None
) -> bool:
    """Class: 'd'autres structures dans l'Aisne ?', 'any others in the Somme?', 'y en a
    d'autres à Villeneuve d'Ascq ?' after a turn about one structure it named: the others of
    the booklet standing in the place asked (none, when the one in focus is alone there). A
    list after a topic keeps its reading (`_rest_of_booklet`), as does 'lesquelles sont dans
    l'Aisne ?' (no 'other': it narrows)."""
    last = state.last
    if last is None or state.wider or plan.targets or len(state.focus) != 1:
        return False
    # (one other asked, 'et l'autre structure de Villeneuve-d'Ascq ?', is read the same way)
    # (nor is a turn about it by a pronoun, 'how many staff?' after it: it is still the one)
    if last.target_source not in ("named", "focus") or not (
        lx.OTHERS.search(folded) or lx.OTHER_ONE.search(folded)
    ):
        return False
    return bool(plan.departements) or _booklet_town(plan.places, vocab)


def _others_in_the_place_said(plan: QuestionPlan, state: ConversationState, folded: str) -> bool:
    """Class (said_place.py): 'les autres ?', 'and the others, where are they?', "et l'autre
    ?" naming no place, after an answer about one structure saying others of the booklet
    stand in the same place as it."""
    if state.last is None or state.wider or plan.targets or len(state.focus) != 1:
        return False
    if plan.departements or plan.places:
        return False
    if not (lx.OTHERS.search(folded) or lx.OTHER_ONE.search(folded)):
        return False
    return said_place.shared_place(state.said) is not None


# Others in the plural ('les autres', 'the others', 'the other ones'), not 'l'autre'.
_SEVERAL_OTHERS = re.compile(r"\b(autres|others|other ones|the rest|le reste)\b")


def _others_of_a_theme(plan: QuestionPlan, state: ConversationState, folded: str) -> bool:
    """Class: 'et pour les autres structures de l'alimentation ?', 'and the other re-use
    ones?', 'et les autres ?' after a turn about one structure it named: the previous
    question, asked of the others of the booklet (in that theme: compose keeps those of the
    theme), not again of the one in focus."""
    last = state.last
    if last is None or state.wider or plan.targets or len(state.focus) != 1:
        return False
    if last.target_source != "named" or not lx.OTHERS.search(folded):
        return False
    if plan.departements or plan.places:
        return False
    if _ASKS_ITS_OWN_LIST.search(folded):
        return False  # 'any other initiatives that repair furniture?': a list of its own
    if any(p.intent == "aggregate" for p in plan.parts):
        return False  # 'et en moyenne pour les autres du réemploi ?': a figure over them
    return bool(plan.theme) or bool(_OTHERS_ALONE.match(folded))


# A relative clause or a verb of doing after 'other …' ('d'autres structures qui réparent …',
# 'other ones that sell fish', 'others doing that'): what the others do is asked, a list.
_ASKS_ITS_OWN_LIST = re.compile(r"\b(qui|that|which|who|doing|dont|where|ou on)\b")


# 'et les autres ?', 'and the others?', 'what about the others?' alone (class: the previous
# question asked of every other structure, after a turn about one structure named)
_OTHERS_ALONE = re.compile(
    r"^\W*(?:et|and|what about|how about|pareil|same|idem|ok)?\s*(?:pour|for)?\s*"
    r"(?:les autres|the others|the other ones|toutes les autres|all the others)"
    r"(?:\s+(?:structures?|assos?|associations?|initiatives?))?\s*[?!.]*$"
)


def _rest_of_booklet(plan: QuestionPlan, state: ConversationState, folded: str) -> bool:
    """'et les autres ?', 'and the rest?', 'what about the others?' after a list or a count
    of some structures, asking nothing else: the others of the booklet."""
    last = state.last
    if last is None or state.wider or not state.focus or plan.targets:
        return False
    if lx.NEGATED_REST.search(folded):  # 'et celles qui n'en sont pas ?'
        return last.intent in ("list", "aggregate") and last.target_source == "any"
    if not lx.OTHERS.search(folded) or len(_content_words(folded)) > 2:
        return False
    return last.intent in ("list", "aggregate") and last.target_source == "any"


def _shown_in_part(
    plan: QuestionPlan,
    state: ConversationState,
    folded: str,
    history: list[dict[str, str]],
    resolve: Resolver | None,
) -> bool:
    """Class: 'les autres ?', 'et les autres ?', 'the rest?', 'and the others?' asking nothing
    else, after an answer naming one or two of the structures a list question holds ('Qui
    travaille avec CAP 3C ?' — 'Il était deux fois.' — 'les autres ?'; 'Which ones are in the
    Pas-de-Calais?' — 'VESTALI.' — 'the rest?'): the others answering that list, besides those
    named (more_of_list.py). Whether the answer showed part of the list is read from what the
    booklet answers the list question with, not from its wording; a list shown whole leaves
    'the others' to be the rest of the booklet (`_rest_of_booklet`)."""
    last = state.last
    if last is None or resolve is None or not state.focus or state.wider or last.besides:
        return False
    if plan.targets or plan.departements or plan.places or lx.NEGATED_REST.search(folded):
        return False
    if not _COMPLEMENT_ALONE.match(folded) or last.narrow or last.by_place or last.by_thing:
        return False
    # (a question asking which structure does something, no structure named, may be planned
    # a fact when its answer names one: 'Name a structure that works with CAP 3C')
    listed = last.intent in ("list", "similar")
    if not listed and not (last.intent == "fact" and last.target_source == "any"):
        return False
    users = [n for n, t in enumerate(history) if t.get("role") == "user"]
    if not users:
        return False
    at = users[-1]
    whole = resolve(history[at].get("content", ""), history[:at], "")
    return bool(set(whole) - set(state.focus))


# 'les autres', 'the rest', 'the other ones' alone, maybe after 'et' / 'and' / 'what about'
_COMPLEMENT_ALONE = re.compile(
    r"^\W*(?:et|and|what about|how about|ok|alors|so)?\s*(?:pour|for)?\s*"
    r"(?:les autres|the others|the other ones|the rest|le reste|les restantes|the remaining ones)"
    r"(?:\s+(?:structures?|assos?|associations?|initiatives?|ones?))?"
    # ('et les autres, elles sont où ?', 'the rest, what do they do?': the list shows it)
    r"(?:\W+(?:elles|ils|they|what|where|ou)\b[\w\s'-]{0,25})?\s*[?!.]*$"
)


def _compares(folded: str) -> bool:
    """'which one is bigger?', 'laquelle est la plus ancienne ?': a pick by a comparison, which
    one structure alone cannot answer (with one in focus, it compares it to the one before)."""
    picks = re.search(r"\b(laquelle|lequel|which one|which is|which has)\b", folded)
    return bool(picks) and bool(lx.COMPARATIVE.search(folded))


def _pair_in_focus(
    state: ConversationState,
    history: list[dict[str, str]],
    detector: MentionDetector,
    total: int,
    depth: int,
    vocab: FactsVocabulary | None,
    resolve: Resolver | None,
) -> ConversationState:
    """'laquelle des deux a le plus gros budget ?', 'which of the two has more volunteers?'
    after two turns that each named one structure ('Qui dirige VESTALI ?', 'et Synapse 3i
    ?'): the two are the one in focus and the one the turn before was about; the state
    unchanged when the turn before was about the same one, none, or several others."""
    users = [n for n, t in enumerate(history) if t.get("role") == "user"]
    if len(users) < 2 or depth <= 1:
        return state
    earlier = conversation_state(history[: users[-1]], detector, total, depth - 1, vocab, resolve)
    pair = list(dict.fromkeys([*earlier.focus, *state.focus]))
    if len(pair) != 2:
        return state
    return ConversationState(pair, state.last, [])


def _without_topic_switch(question: str) -> tuple[str, bool]:
    """The question without the words that open it by changing the subject ('Autre question :
    qui vend du poisson ?' -> 'qui vend du poisson ?'), and whether it starts afresh: not
    after an aside ('sinon, …', 'by the way, …' move on within the conversation), nor when
    the rest points back at the structures in focus ('autre question : ils ont un site ?').
    Unchanged when it has no marker, or when nothing is asked after it."""
    folded = fold(question)
    match = lx.TOPIC_SWITCH.match(folded)
    if match is None or len(folded) != len(question):
        return question, False
    rest = question[match.end() :].strip()
    if not _content_words(fold(rest)):
        return question, False
    points_back = lx.PLURAL_REFERENCE.search(fold(rest)) or lx.SINGULAR_REFERENCE.search(fold(rest))
    return rest, not match.group("aside") and not points_back


def _counts_a_noun(part: PlanPart) -> bool:
    """A figure asked of a noun no attribute reads ('combien de clients différents ?'), not
    of a pointer ('combien chacune ?', 'how many each?', which asks the last figure again)."""
    noun = fold(part.noun)
    if part.intent != "figure" or not _content_words(noun):
        return False
    return not (lx.EACH.search(noun) or lx.PLURAL_REFERENCE.search(noun))


def _without_acknowledgement(question: str) -> str:
    """Class: a follow-up opened by an acknowledgement ('ok et sur l'année ça fait combien de
    clients ?', 'great, and who runs it?'): read without it, so its 'et' opens an ellipsis of
    the conversation and the 'ok' is no part asked. Unchanged when nothing is asked after."""
    folded = fold(question)
    match = lx.ACKNOWLEDGEMENT_OPENER.match(folded)
    if match is None or len(folded) != len(question):
        return question
    rest = question[match.end() :].strip()
    return rest if _content_words(fold(rest)) else question


# A bare measure after a comma, with no word saying it is the answer's form ('…, effectif ?',
# '…, le nombre ?' against '…, le nombre exact ?', '…, juste le chiffre'), folded.
_BARE_MEASURE_AFTER_COMMA = re.compile(
    r",\s*(?:the |le |la |l.|un |une |a |du )?(?:headcount|number|figure|count|chiffre|nombre|"
    r"effectif|montant|amount)\W*"
)


def without_answer_form(question: str) -> str:
    """A question without its closing sentence saying only in what form the answer is wanted
    ('How many members? I only need the headcount.' -> 'How many members?';
    `lexicon.ANSWER_FORM_TAIL`); unchanged when that sentence is all there is."""
    folded = fold(question)
    tail = lx.ANSWER_FORM_TAIL.search(folded)
    if tail is None or len(folded) != len(question):
        return question
    if _BARE_MEASURE_AFTER_COMMA.fullmatch(folded[tail.start() :]):
        return question  # 'VESTALI : statut, date de création, effectif ?': one more asked
    head = question[: tail.start() + 1].strip()  # the punctuation closing the question kept
    if len(_content_words(fold(head))) < 2:
        return question
    return head


def _without_places(text: str) -> str:
    """`text` with the areas, towns and départements of the region blanked ('Thiérache'
    names a structure of the booklet as well as its area; 'des producteurs de l'Oise' are a
    founder's neighbours, not the Association des Producteurs des Vallées de l'Oise)."""
    out = list(text)
    for m in match_places(text):
        out[m.start : m.end] = " " * (m.end - m.start)
    if departements_in(text):
        folded, offsets = folded_with_offsets(text)
        for code in departements_in(text):
            words = r"[\s-]+".join(re.escape(w) for w in fold(DEPARTEMENTS[code]).split("-"))
            for hit in re.finditer(rf"(?<![\w-]){words}(?![\w-])", folded):
                start, end = offsets[hit.start()], offsets[hit.end() - 1] + 1
                out[start:end] = " " * (end - start)
    return "".join(out)


def _similar_parts(
    plan: QuestionPlan, named: list[str], folded: str, detector: MentionDetector
) -> None:
    """A long text is a project description whatever it names; a structure named as a model
    ('initiatives similaires à VESTALI') asks for the ones closest to it. A description is
    ranked as written (no acronym spelled out)."""
    question = plan.question
    described = any(p.intent == "similar" and not p.attribute for p in plan.parts)
    if len(question.split()) >= LONG_DESCRIPTION_WORDS:
        plan.parts = [PlanPart(question, "similar")]
        plan.targets, plan.target_source = [], "any"
    elif described and len(plan.parts) > 1:
        # a project told in several clauses ('J'ai 20 ans d'expérience en menuiserie et je
        # voudrais …', '… with integration workers? Who does that?'): one description, read
        # whole, not a question about its first clause
        plan.parts = [PlanPart(question, "similar")]
    elif (
        named
        and (like := lx.SIMILAR_TO.search(folded)) is not None
        and not lx.KIND_NOT_MODEL.search(folded)
        and asked_attribute(question) is None
        # the model follows its 'like': 'Does X take big appliances like washing
        # machines?' gives examples of a thing asked of X, no model (class: 'like' before
        # examples)
        and bool(detector.mentioned(folded[like.start() :]))
    ):
        plan.parts = [PlanPart(question, "similar", f"fiche:{named[0]}")]
    if plan.intent == "similar":
        plan.query = question
        if not plan.parts[0].attribute:  # a description is about no structure it may name
            plan.targets, plan.target_source = [], "any"


def _why_not(plan: QuestionPlan, state: ConversationState, folded: str) -> QuestionPlan:
    """'Pourquoi pas VESTALI ?': the previous ranking (its description, or the fiche it was
    about) again, to say where the structure named stands and why."""
    last = state.last
    assert last is not None
    plan.parts = [PlanPart(plan.question, "why_not", last.parts[0].attribute)]
    plan.query = last.query
    ordinal = _ordinal(folded)
    known = ordinal is not None and (ordinal < len(state.focus) or ordinal == -1)
    if not plan.targets and ordinal is not None and state.focus and known:
        plan.targets = [state.focus[ordinal]]
    plan.target_source = "named" if plan.targets else "any"
    plan.followup, plan.resolution = True, "why a structure ranks where it does"
    return plan


def _refers_back(plan: QuestionPlan, folded: str) -> bool:
    """'combien en tout ?', 'how many of them…', 'their combined budget', 'et …'."""
    return bool(
        lx.PLURAL_REFERENCE.search(folded)
        or lx.POINTING_BACK.search(folded)
        or lx.ELLIPSIS_OPENER.match(folded)
        or len(_content_words(folded)) <= 2
    )


# What a part besides an aggregate may ask of the structures it selects ('… et qui la dirige
# ?', '… and what do they do?').
OTHER_ASKS = ("figure", "person", "field", "date", "unstated", "fact")


def _towns_named(places: list[str], vocab: FactsVocabulary) -> tuple[list[str], list[str]]:
    """(towns of the booklet, unknown places) among the places a question names. A capitalised
    word of a field's value ('… d'Insertion', 'Réseau Cocagne') is no place."""

    def key(text: str) -> str:
        return re.sub(r"[\s'’-]+", " ", fold(text)).strip()

    known = {key(t) for t in vocab.field_values.get("ville", [])}
    values = [key(v) for name, vs in vocab.field_values.items() if name != "ville" for v in vs]
    towns, unknown = [], []
    for place in places:
        if key(place) in known:
            towns.append(place)
        elif not any(key(place) in v for v in values):
            unknown.append(place)
    return towns, unknown


def _booklet_town(places: list[str], vocab: FactsVocabulary | None) -> bool:
    """Whether a place named is a town of the booklet's structures, whole or by its first
    word(s) ('Villeneuve' for 'Villeneuve d'Ascq', 'Boulogne' for 'Boulogne sur Mer')."""
    if vocab is None:
        return False

    def key(text: str) -> str:
        return re.sub(r"[\s'’-]+", " ", fold(text)).strip()

    known = [key(t) for t in vocab.field_values.get("ville", [])]
    asked = [key(p) for p in places if key(p)]
    return any(t == p or t.startswith(f"{p} ") for p in asked for t in known)


def _counts_by_a_figure(query: dict[str, Any]) -> bool:
    """'Combien de structures ont plus de 100 adhérents ?': a count bound by a figure."""
    conditions = query.get("filters", {}).get("conditions", [])
    bounded = any(c.get("op") in ("gt", "gte", "lt", "lte", "between", "eq") for c in conditions)
    return query.get("op") == "count" and bounded


def _bound_of(query: dict[str, Any]) -> dict[str, Any] | None:
    """The bound a threshold query asked, as a condition a follow-up keeps. A bound asked
    yes or no of one structure ('does it have more than 20 employees?') selects no scope:
    'and a budget over 1M?' asks that structure anew."""
    if query.get("op") not in ("gt", "gte", "lt", "lte", "between", "eq"):
        return None
    if len((query.get("filters") or {}).get("structures") or []) == 1:
        return None
    bound = {"measure": query["measure"], "op": query["op"], "value": query["value"]}
    if query.get("value2") is not None:
        bound["value2"] = query["value2"]
    return bound


def _previous_measure(last: QuestionPlan) -> str | None:
    """The measure the previous question was about: of its facts query, or of its figure."""
    if last.facts_query and last.facts_query.get("measure"):
        return str(last.facts_query["measure"])
    return next((p.name for p in last.parts if p.kind == "measure"), None)


_PLURAL_PRONOUNS = r"\b(leurs?|ils|elles|eux|they|their|them|these|those|both)\b"


def _one_described(plan: QuestionPlan, folded: str) -> bool:
    """A figure asked of one structure the question describes but does not name ('the
    Boulogne fish charity', 'la ressourcerie de Campigneulles', 'the wood workshop', 'celle
    qui reconditionne des ordis, elle a combien d'adhérents ?'): that structure's figure,
    found by the search, not a count or total over every structure. A pronoun taking up a
    description of one ('the one that fixes computers — their budget?') is the singular
    'they', 'leur' of an association."""
    if plan.target_source != "any" or lx.AGGREGATE.search(folded) or lx.TOTAL.search(folded):
        return False
    if lx.PLURAL_STRUCTURES.search(folded):
        return False
    if describes_one(folded):
        return True
    if re.search(_PLURAL_PRONOUNS, folded):
        return False
    return bool(lx.ONE_STRUCTURE_MEANT.search(folded))


def without_set_apart_description(text: str) -> str:
    """The question without a description of one structure standing apart from what it asks
    ('le jardin d'insertion de la Haute Borne, quelle superficie ?': 'quelle superficie ?'),
    whose words ('insertion') ask nothing of the fiche. Class: a single structure named or
    described, then asked about."""
    folded = fold(text)
    span = description_span(folded) if describes_one(folded) else None
    if not set_apart(folded, span) or span is None or len(folded) != len(text):
        return text
    return " ".join(f"{text[: span[0]]} {text[span[1] :]}".split()).lstrip(",;:—–- ")


def describes_one(folded: str) -> bool:
    """Whether the question describes one structure it does not name, by words that tell it
    apart and ask nothing of it (`description.description`): 'l'asso du Boulonnais', 'the
    one that fixes computers', not 'the association's budget' nor 'the second one'."""
    if lx.RANKING_PICK.search(folded):
        return False  # 'the youngest one, …': a superlative ranks the focus
    text = description(folded)
    return bool(text) and asked_attribute(text) is None


# A superlative picking one by an adjective ('la plus petite', 'the oldest', 'le moins
# ancien'), not by a quantity of something ('le plus de salariés', 'the most members').
_ADJECTIVE_PICK = re.compile(
    r"\b(youngest|oldest|biggest|largest|smallest|newest|latest|earliest|richest|poorest)\b|"
    r"\b(la|le|the) (plus|moins|most|least) (?!de\b|d'|of\b)\w+"
)


def _picks_among_focus(folded: str) -> bool:
    """Class: a superlative picking one of the structures just listed, the list worded freely
    by the assistant ('la plus petite a combien de salariés ?', 'the oldest, who runs it?'
    after a turn naming two or three): it ranks those, not the booklet, unless it names what
    it ranks ('la plus petite structure du livret') or asks a quantity ('qui a le plus de
    salariés ?', read over the booklet as before)."""
    if not _ADJECTIVE_PICK.search(folded):
        return False
    return not lx.compiled(rf"\b({lx._COLLECTIVE_NOUNS})\b").search(folded)


def _with_facts(
    plan: QuestionPlan,
    state: ConversationState,
    detector: MentionDetector,
    vocab: FactsVocabulary | None,
) -> QuestionPlan:
    """Attach the facts query an aggregate question asks: counts, totals, bounds, rankings and
    comparisons are answered from the facts store, not from passages."""
    ranking_rest = _rest_of_ranking(plan, state, fold(plan.question), vocab)
    if ranking_rest is not None:
        return ranking_rest
    picked = plan.by_place or plan.by_thing or plan.others
    if plan.resolution == LESS_NAMED and plan.facts_query is not None:
        return plan  # 'et sans VESTALI ?': the last total or ranking, made of the rest
    if vocab is None or picked or any(p.intent == "similar" for p in plan.parts):
        # 'celle d'Amiens, combien de salariés ?', 'the toy one, how many staff?' ask one
        # structure's figure; 'et les autres ?' after a pick, the rest of that list's
        return plan
    folded = fold(plan.question)
    status = _status_list(plan, state, folded)
    if status is not None:
        return status
    last = state.last
    aggregate_before = last is not None and last.facts_query is not None
    plural = bool(lx.PLURAL_REFERENCE.search(folded))
    ordinal = _ordinal(folded) is not None
    ranked_pick = _pick_in_ranking(plan, last, folded) or _value_in_ranking(plan, last, state)
    if ranked_pick is not None:
        return ranked_pick
    one = plan.target_source == "focus" and (len(state.focus) == 1 or ordinal or not plural)
    if one and len(state.focus) <= 1 and not aggregate_before and not lx.OTHERS.search(folded):
        # 'elle travaille avec combien de producteurs ?': one structure's figure; 'does it
        # have more than 20 employees?': its figure against a bound (bound_of_one.py)
        return _bound_of_focus(plan, vocab) or plan
    named = plan.targets if plan.target_source == "named" else []
    focus: list[str] | None = None
    compared = compared_again.compared_structures(last.facts_query if last else None)
    if plan.resolution == LESS_NAMED:
        focus = list(plan.targets)  # 'sauf VESTALI, combien de salariés ?': of the rest
    elif (
        aggregate_before
        and not named
        and len(compared) > 1
        and compared_again.asks_a_comparison(folded)
        and _refers_back(plan, folded)
    ):
        focus = compared  # 'which is bigger?', 'by how much?' after a comparison: all it compared
    elif aggregate_before and not plural:
        focus = None  # 'et la moins ancienne ?': the previous query's scope, inherited below
    elif plan.target_source == "focus" and (ordinal or _first_or_last_few(folded)):
        focus = list(plan.targets)  # 'the second one', 'les 3 premières': those picked
    elif state.focus and not named and lx.OTHERS.search(folded):
        focus = list(state.focus)  # 'les autres structures': all but those
    elif (
        state.focus
        and not named
        and not lx.WHOLE_REGION.search(folded)  # 'et dans toute la région ?' widens
        and (
            plan.target_source == "focus"
            or _refers_back(plan, folded)
            or (len(state.focus) > 1 and _picks_among_focus(folded))
        )
    ):
        # the structures of the previous answer ('budget moyen ?', 'classe-les par …'); one
        # structure is no scope for an aggregate unless pointed at ('their')
        focus = list(state.focus) if len(state.focus) > 1 or plural else None
    towns, unknown_places = _towns_named(plan.places, vocab)
    if unknown_places:
        return plan  # 'combien de structures à Lille ?': the passages say none is there
    # A question that names what it counts ('répartition des structures …') starts afresh.
    counted = lx.compiled(rf"\b({lx._COLLECTIVE_NOUNS})\b").search(folded)
    fresh = bool(counted) and not plural and not lx.OTHERS.search(folded)
    refers = _refers_back(plan, folded) and not fresh
    previous = _previous_measure(last) if last is not None and refers else None

    # 'Quelle est la structure la plus ancienne et qui la dirige ?': the aggregate is one
    # part; the others are asked of the structure it selects.
    def planned(text: str) -> AggregatePlan | None:
        if lx.NEGATED_STATING.search(fold(text)):
            return None  # 'lesquelles n'indiquent pas leur nombre total ?': those lacking it
        if priced_thing.asks_cost_of_thing(text):
            return None  # 'le camion il a coûté combien ?': a sum of a thing, no count
        pair = measures_against.asked_pair(fold(text), vocab)
        if pair is not None:  # 'more volunteers than employees?': two measures of each
            return measures_against.plan_of(
                pair, named or focus or [], plan.departements, _theme(fold(text))
            )
        unnamed = detector.without_names(text, named)
        if plan.resolution == LESS_NAMED:
            # 'remove VESTALI: which of the other two is older?': the rest are the scope
            # already, 'other' leaves nothing more out
            unnamed = lx.OTHERS.sub(" ", fold(unnamed))
        return plan_aggregate(
            text,
            named,
            plan.departements,
            _theme(fold(detector.without_names(text, named))),  # a name is no theme
            towns,
            vocab,
            focus=focus,
            unnamed=unnamed,
            previous_measure=previous,
        )

    aggregate, others = planned(plan.question), []
    if len(plan.parts) > 1:  # the part that asks the aggregate, and the others
        for n, part in enumerate(plan.parts):
            alone = planned(part.text)
            same = aggregate is None or (
                alone is not None and alone.query["op"] == aggregate.query["op"]
            )
            rest = [p for i, p in enumerate(plan.parts) if i != n]
            if _loses_bounds(aggregate, alone):
                # 'parmi celles qui donnent leur nombre d'adhérents, combien en ont plus de
                # 100 ?': the part 'combien en ont plus de 100' alone has lost the measure
                # its bound takes up from the scope clause; the whole question keeps it
                continue
            if alone is not None and same and all(p.intent in OTHER_ASKS for p in rest):
                # 'Quelle structure a le plus de bénévoles et combien en a-t-elle ?': a
                # figure asked with no measure of the one selected is the aggregate's own
                # value, which its answer states
                aggregate = alone
                others = [p for p in rest if p.intent != "figure" or p.attribute or p.noun]
                break
    if aggregate is None and last is not None and last.facts_query and not named:
        elliptic = lx.ELLIPSIS_OPENER.match(folded) or len(_content_words(folded)) <= ELLIPTIC_WORDS
        whole = bool(lx.WHOLE_REGION.search(folded))
        if elliptic and (plan.departements or plan.theme or plan.places or whole):
            # 'et dans le Pas-de-Calais ?': the previous question, over another place;
            # 'et dans toute la région ?': over every place
            query = dict(last.facts_query)
            filters = {
                k: v
                for k, v in dict(query.get("filters", {})).items()
                if k not in _replaced_filters(plan, folded, whole)
            }
            if plan.departements:
                filters["departement"] = list(plan.departements)
            if plan.theme:
                filters["theme"] = plan.theme
            if plan.places:
                filters["ville"] = plan.places[0]
            query["filters"] = filters
            plan.facts_query = query
            plan.parts = [PlanPart(plan.question, "aggregate")]
            plan.followup, plan.resolution = True, "previous aggregate, another place"
            return plan
        if year_of_each.names_only_a_year(plan.question) and len(plan.years) == 1:
            # 'combien d'adhérents ont les structures du réemploi ?' then 'et en 2021 ?': the
            # previous aggregate, of the values stated for that year (year_of_each.py)
            query = dict(last.facts_query)
            query["filters"] = dict(query.get("filters", {})) | {"year": plan.years[0]}
            plan.facts_query = query
            plan.parts = [PlanPart(plan.question, "aggregate")]
            plan.followup, plan.resolution = True, "previous aggregate, another year"
            return plan
        measure = last.facts_query.get("measure")
        if elliptic and measure:
            # 'les deux ont combien de salariés ?' then 'et en insertion ?': the previous
            # query, of the narrower measure the follow-up names
            asked = PlanPart(plan.question, "figure", f"measure:{measure}")
            narrower = _narrower_measure(asked, plan)
            if narrower.attribute != asked.attribute:
                query = dict(last.facts_query)
                query["measure"] = narrower.name
                plan.facts_query = query
                plan.parts = [PlanPart(plan.question, "aggregate")]
                plan.followup, plan.resolution = True, "previous aggregate, a narrower measure"
        return plan
    if aggregate is None:
        return plan
    one_figure = aggregate.query["op"] in ("sum", "list") and not aggregate_before
    ranked_before = last is not None and (last.facts_query or {}).get("op") in (
        "max",
        "min",
        "compare",  # "et elle a combien de salariés ?" after "laquelle a le plus …, X ou Y ?"
    )
    if (
        aggregate.query["op"] in ("sum", "list")
        and ranked_before
        and plan.target_source == "focus"
        and len(plan.targets) == 1
        # 'a-t-elle' points at her too; '-t-il' not ('y a-t-il combien de … ?')
        and (lx.SINGULAR_REFERENCE.search(folded) or re.search(r"-(?:t-)?elle\b", folded))
        and not plural
    ):
        # 'And how many staff does it have?' after 'which has the biggest budget?': the
        # figure of the one the ranking selected, not a total over all
        return plan
    if one_figure and _one_described(plan, folded):
        return plan  # 'how many people does the Boulogne fish charity help?': its figure
    if one_figure and plan.target_source == "focus" and len(plan.targets) == 1:
        return plan  # 'la première, elle a combien de salariés ?': its figure, no total of one
    query = aggregate.query
    if last is not None and last.facts_query and refers:
        # 'And the smallest?', 'budget moyen ?': the scope of the previous aggregate — its
        # filters, and the bound it asked ('créées après 2015'), unless narrowed anew
        inherited = dict(last.facts_query.get("filters", {}))
        bound = _bound_of(last.facts_query)
        if bound is not None and bound["measure"] != query.get("measure"):
            inherited["conditions"] = [*inherited.get("conditions", []), bound]
        for key, value in inherited.items():
            if key not in query["filters"]:
                query["filters"][key] = value
    filters = query["filters"]
    scoped = "structures" in filters or "not_structures" in filters
    if focus and not aggregate.from_search and not scoped:
        query["filters"]["structures"] = focus
        plan.followup, plan.resolution = True, "aggregate over the previous answer"
        aggregate.from_search = False
    plan.facts_query = query
    plan.facts_from_search = aggregate.from_search
    plan.parts = [PlanPart(plan.question, "aggregate"), *others]
    scope = query["filters"].get("structures")
    if scope:  # retrieval and the conversation keep the structures the query is about
        plan.targets, plan.target_source = list(scope), "named" if named else "focus"
    else:
        plan.targets, plan.target_source = [], "any"
    plan.narrow = False
    return plan


def _rest_of_ranking(
    plan: QuestionPlan, state: ConversationState, folded: str, vocab: FactsVocabulary | None
) -> QuestionPlan | None:
    """'et les autres ?', 'and the others?' alone after a ranking ('qui collecte le plus de
    tonnes de bois ?', 'the oldest?', 'les 3 plus gros budgets'): the same measure for the
    structures the ranking left out, ranked the same way — every matter of a measure of
    matter, since the others are the rest of the booklet, not the rest of that matter."""
    last = state.last
    if last is None or vocab is None or vocab.selected is None:
        return None
    query = last.facts_query or {}
    if query.get("op") not in ("max", "min", "top") or not query.get("measure"):
        return None
    if not _OTHERS_ALONE.match(folded):
        return None
    try:
        ranked = vocab.selected(query)
    except FactQueryError:
        return None
    if not ranked:
        return None
    filters = {
        k: v
        for k, v in dict(query.get("filters") or {}).items()
        if k not in ("thing", "structures", "not_structures")
    }
    filters["not_structures"] = list(ranked)
    order = query.get("order") or ("asc" if query["op"] == "min" else "desc")
    plan.facts_query = {
        "op": "top",
        "measure": query["measure"],
        "limit": 1000,
        "order": order,
        "filters": filters,
    }
    plan.parts = [PlanPart(plan.question, "aggregate")]
    plan.followup, plan.resolution = True, "the others of the previous ranking"
    plan.targets, plan.target_source, plan.others = [], "any", False
    plan.narrow = False
    return plan


def _loses_bounds(whole: AggregatePlan | None, alone: AggregatePlan | None) -> bool:
    """Whether one part's aggregate bounds no figure where the whole question's does: a bound
    whose measure the question names in another clause (class: 'parmi celles qui donnent
    leur nombre d'adhérents, combien en ont plus de 100 ?', 'of those giving a budget, how
    many are over 500,000?')."""
    if whole is None or alone is None:
        return False

    def bounds(aggregate: AggregatePlan) -> int:
        conditions = aggregate.query.get("filters", {}).get("conditions", [])
        own = aggregate.query.get("op") in BOUND_OPS
        return own + sum(c.get("op") in BOUND_OPS for c in conditions)

    # ('Which were set up in 2015, and which one in 2017?': each part bounds its own year,
    # two questions; only a part left with no bound at all has lost it)
    return bounds(alone) == 0 < bounds(whole)


def _bound_of_focus(plan: QuestionPlan, vocab: FactsVocabulary) -> QuestionPlan | None:
    """The plan of a yes/no bound asked of the one structure in focus ('does it have more
    than 20 employees?', 'elle a été créée avant 2016 ?'), or None when it asks no bound."""
    if plan.target_source != "focus" or len(plan.targets) != 1:
        return None
    asked = plan_aggregate(plan.question, [], [], "", [], vocab, focus=list(plan.targets))
    if asked is None or asked.query["op"] not in BOUND_OPS:
        return None
    if asked.query["filters"].get("structures") != list(plan.targets):
        return None
    plan.facts_query = asked.query
    plan.facts_from_search = False
    plan.parts = [PlanPart(plan.question, "aggregate")]
    plan.followup, plan.resolution = True, "a bound asked of the structure in focus"
    plan.narrow = False
    return plan


def _pick_in_ranking(
    plan: QuestionPlan, last: QuestionPlan | None, folded: str
) -> QuestionPlan | None:
    """'et la deuxième ?', 'and the last one?', 'et celle d'après ?' after a ranking ('la
    plus ancienne', 'the biggest budget'): the structure at that rank (picked by `_follow`),
    with the figure the ranking was on — not the ranking asked again of it."""
    query = last.facts_query if last is not None else None
    picked = _ordinal(folded) is not None or lx.RELATIVE_ORDINAL.search(folded)
    # (after a pick from the ranking, 'et celle d'après ?' counts on in it)
    picked_before = query is not None and query.get("op") == "list" and bool(last and last.among)
    ranking = query is not None and (query.get("op") in ("max", "min", "top") or picked_before)
    if not query or not ranking or not query.get("measure"):
        return None
    if not picked or plan.target_source != "focus" or len(plan.targets) != 1:
        return None
    if any(p.intent != "aggregate" for p in plan.parts):
        return None  # 'la deuxième, qui la dirige ?' asks its own question
    plan.facts_query = {
        "op": "list",
        "measure": query["measure"],
        "filters": {"structures": list(plan.targets)},
    }
    plan.parts = [PlanPart(plan.question, "aggregate")]
    plan.resolution = "a structure picked by its rank in the previous ranking"
    return plan


def _value_in_ranking(
    plan: QuestionPlan, last: QuestionPlan | None, state: ConversationState
) -> QuestionPlan | None:
    """'et combien ?', 'how much?' after a ranking: the ranked figure of the structures the
    ranking selected (bare_how_many.py), as a pick from it gives its own."""
    query = last.facts_query if last is not None else None
    if not query or query.get("op") not in ("max", "min", "top") or not query.get("measure"):
        return None
    if not state.focus or not asks_how_many_alone(plan.question):
        return None
    plan.facts_query = {
        "op": "list",
        "measure": query["measure"],
        "filters": {"structures": list(state.focus)},
    }
    plan.targets, plan.target_source = list(state.focus), "focus"
    plan.parts = [PlanPart(plan.question, "aggregate")]
    plan.followup, plan.resolution = True, "the figure of the ones the previous ranking selected"
    return plan


def _replaced_filters(plan: QuestionPlan, folded: str, whole: bool) -> set[str]:
    """The filters of the previous aggregate an elliptic follow-up replaces: those of the
    kinds it names anew ('et dans le Pas-de-Calais ?' another place, 'et pour le réemploi ?'
    another theme), every place for the whole region; the others it keeps ('combien sont dans
    le Pas-de-Calais ?' then 'lesquelles font du réemploi ?' asks those of the Pas-de-Calais,
    'combien font du réemploi dans le Nord ?' then 'et dans l'Aisne ?' the re-use ones
    there). Picking among them ('parmi elles, lesquelles …', 'which of them …') replaces
    nothing: it narrows."""
    places = {"departement", "ville"}
    if whole:
        return places
    if _AMONG_THEM.search(folded):
        return set()
    named_place = bool(plan.departements or plan.places)
    return (places if named_place else set()) | ({"theme"} if plan.theme else set())


# 'parmi elles', 'which of them', 'among those', "lesquelles d'entre elles": a pick said to be
# among the structures of the previous answer
_AMONG_THEM = re.compile(
    r"\b(parmi (elles|eux|celles-ci|ceux-ci|celles|ceux|ces \w+)|d.entre (elles|eux)|"
    r"(of|among|amongst) (them|those|these)|which of (them|those|these))\b"
)


def _status_list(plan: QuestionPlan, state: ConversationState, folded: str) -> QuestionPlan | None:
    """'Quelles structures sont des associations ?', 'which are chantiers d'insertion?', 'les
    SCIC ?', and after a list 'lesquelles sont des associations ?': the structures whose
    identity card (status, agréments, label) states that form, from the facts store — not
    those whose text mentions the word. Only when the question asks nothing else; 'est-elle
    une SCIC ?' of one structure is answered from its card (yes or no)."""
    part = plan.parts[0]
    if len(plan.parts) != 1 or plan.target_source == "named":
        return None
    if part.intent != "list" and part.kind != "status":
        return None
    form = status_asked(folded)
    asked = lx.compiled(form.asked).search(folded) if form is not None else None
    if form is None or asked is None:
        return None
    rest = folded
    for named_form in lx.LEGAL_FORMS:  # 'cooperatives (SCIC)': the form, spelt twice
        rest = lx.compiled(named_form.asked).sub(" ", rest)
    for place in [*plan.places, *plan.departements]:
        rest = rest.replace(fold(place), " ")
    for code in plan.departements:  # 'dans le Pas-de-Calais': the name, however written
        rest = re.sub(spaced_pattern(DEPARTEMENTS.get(code, code)), " ", rest)
    words = [
        w
        for w in _content_words(rest)
        if w not in _STATUS_LIST_WORDS and w not in lx.STATUS_QUALIFIERS and not w.isdigit()
    ]
    if words:
        return None
    several = len(state.focus) > 1
    pointed = several and bool(
        lx.PLURAL_REFERENCE.search(folded)
        or re.search(r"\b(lesquel|laquelle|lequel|which( ones?)?\b|among (them|those))", folded)
    )
    bare = bool(_BARE_FORM.match(folded[: asked.start()]))
    if part.intent != "list" and not pointed and not bare:
        return None  # 'est-elle une association ?': of the structure in focus
    if part.intent != "list" and bare and plan.target_source == "focus" and not several:
        return None  # 'une SCIC ?' after one structure: that structure
    focus = list(state.focus) if pointed or (several and plan.target_source == "focus") else []
    # every form named, each a condition ('associations reconnues d'utilité publique',
    # 'cooperatives (SCIC)'): the structures holding them all; offered as a choice
    # ('association ou entreprise'), the first
    named = [f for f in lx.LEGAL_FORMS if lx.compiled(f.asked).search(folded)]
    forms = [form] if forms_offered(folded) else [form, *(f for f in named if f != form)]
    filters: dict[str, Any] = {
        "conditions": [{"measure": f.field, "op": "contains", "value": f.fact} for f in forms]
    }
    if plan.departements:
        filters["departement"] = list(plan.departements)
    if focus:
        filters["structures"] = focus
        plan.targets, plan.target_source = focus, "focus"
        plan.followup, plan.resolution = True, "structures of the previous answer, by status"
    else:
        plan.targets, plan.target_source = [], "any"
    plan.facts_query = {"op": "count", "filters": filters}
    plan.facts_from_search = False
    plan.parts = [PlanPart(plan.question, "aggregate")]
    plan.narrow = False
    return plan


def _counts_after_overview(plan: QuestionPlan, last: QuestionPlan) -> bool:
    """Class: a count asked after an overview ('Tell me about Synapse 3i' then 'how many
    trucks do they have?', 'ils ont combien de camions ?'): the overview is no attribute to
    carry over — the count is the question's own (the previous attribute was kept, and the
    overview came back)."""
    overview = bool(last.parts) and all(p.attribute == "overview:structure" for p in last.parts)
    return overview and bool(lx.FIGURE_FRAME.search(fold(plan.question)))


def _thing_after_overview(plan: QuestionPlan, last: QuestionPlan) -> bool:
    """Class: a thing of a kind asked after an overview ('Parle-moi des Copains' then 'et ils
    bossent avec quelle banque ?', 'which accountant do they use?'): its own ask of the
    structure the overview was about, no overview again (unnamed_thing.which_noun)."""
    overview = bool(last.parts) and all(p.attribute == "overview:structure" for p in last.parts)
    return overview and unnamed_thing.which_noun(plan.question) is not None


# Words of a follow-up that only point at a structure or repeat the last ask ('and the
# second one?', 'et la dernière aussi ?', 'same for them?'): no ask of its own.
_POINTING_WORDS = frozenset(
    """one ones first second third fourth last next other another same too also either
    premier premiere deuxieme second seconde troisieme quatrieme dernier derniere autre
    autres aussi pareil meme idem encore""".split()
)


def _own_ask_after_overview(plan: QuestionPlan, last: QuestionPlan) -> bool:
    """Class: a follow-up asking its own thing after an overview ('Le Bois de Deux Mains,
    c'est quoi ?' then 'et ils vendent à qui ?', 'where do they get the toys?', 'did they
    make masks?'): its words beside pronouns and pointers are its ask, of the structure the
    overview was about — not the overview again. A follow-up pointing only ('and the second
    one?', 'et VESTALI ?') or naming a place still takes the overview anew."""
    overview = bool(last.parts) and all(p.attribute == "overview:structure" for p in last.parts)
    if not overview or plan.places or plan.departements:
        return False
    words = [
        w
        for w in _content_words(_unnamed(plan.question))
        if w not in lx.OVERVIEW_FILLER and w not in _POINTING_WORDS
    ]
    return bool(words) and not asks_overview(plan.question, _unnamed(plan.question))


def _inherit_parts(plan: QuestionPlan, last: QuestionPlan) -> None:
    """'et VESTALI ?', 'and for the second one?': the previous question's asks, anew. After
    the structures closest to a project, 'the second one', 'what do they sell' ask about the
    structures pointed at (what each does, read against the project), not the ranking anew."""
    plan.query = f"{plan.question} {last.query}"
    if last.parts and last.parts[0].intent in ("similar", "why_not"):
        plan.parts = [PlanPart(plan.question, "fact")]
        return
    if _counts_after_overview(plan, last):
        return  # its own count, of the structure the overview was about
    if _thing_after_overview(plan, last):
        return  # its own 'which …', of the structure the overview was about
    if _own_ask_after_overview(plan, last):
        return  # its own ask ('et ils vendent à qui ?'), of the structure of the overview
    if (
        compared_again.DIFFERENCE_ASKED.search(fold(plan.question))
        and len(last.targets) > 1
        and any(p.kind == "measure" for p in last.parts)
    ):
        # 'de combien ?', 'ça fait combien de différence ?' after a figure of two structures:
        # the two compared on it (compared_again.py), no figure of the first alone
        plan.parts = [PlanPart(plan.question, "aggregate")]
        return
    switched = unit_switch.count_switched_to(
        plan.question, plan.lang, plan_part, bare_noun=plan.target_source != "named"
    )
    placed = bool(plan.places or plan.departements)  # 'and in Calais?': a place, no unit
    if switched is not None and not placed and any(p.intent == "figure" for p in last.parts):
        # 'and in computers?' after a tonnage: a count of those, not the tonnage again
        plan.parts = [switched]
        return
    act = act_switch.switched_act(plan.question)
    if act is not None and not placed and any(p.intent == "figure" for p in last.parts):
        # 'et vendu ?' after a tonnage collected: that figure, of the things sold (act_switch.py)
        plan.parts = [
            replace(p, text=act_switch.with_act(p.text, act)) if p.intent == "figure" else p
            for p in last.parts
        ]
        return
    plan.parts = [
        _wider_measure(
            _sum_named_anew(
                _narrower_partners(_narrower_measure(replace(p, text=plan.question), plan), plan),
                plan,
            ),
            plan,
        )
        for p in last.parts
    ]
    folded = fold(plan.question)
    if (
        re.search(r"\bquel(le)?s?\b(?! que\b)", folded)
        or (lx.NOT_YES_NO.search(folded) and not _TOPIC_LEAD.match(folded))
        or _VALUE_NOUN_ASKED.match(folded)
    ):
        # 'ils les vendent sous quel nom ?' after 'fait-il des meubles ?': a value, no 'oui'
        # (a count after a yes/no turn is read by its own rule: count_not_stated); so is a
        # question word ('ok, so who awarded it?' after 'did X win a prize?') or a value's
        # noun ('et l'année du 4ème prix ?')
        plan.parts = [replace(p, yes_no=False) for p in plan.parts]
    if plan.years and not _content_words(_without_years(fold(plan.question))):
        # 'et en 2021 ?' after 'les masques en 2020 c'était combien ?': those masks, that year
        plan.parts = [
            replace(p, noun=measured_thing.thing_of_last(last.question))
            if p.intent == "figure" and not p.attribute and not p.noun
            else p
            for p in plan.parts
        ]
    if lx.AMOUNT_ASKED_OPENING.search(fold(plan.question).strip()):
        # 'Does it have disabled employees?' then 'and how many …?': a value, no yes or no
        plan.parts = [replace(p, yes_no=False) for p in plan.parts]
    if lx.HOLDER_ASKED.search(fold(plan.question).strip()):
        # 'a-t-il un trésorier ?' then 'c'est qui ?': the holder of the role, no yes or no
        # (class: a person asked of a role the fiche mentions, maybe naming no one)
        plan.parts = [replace(p, yes_no=False) if p.intent == "person" else p for p in plan.parts]


# A follow-up naming the value it asks ('et l'année du prix ?', 'the name of the scheme?',
# 'la date ?'), folded: a value, no yes or no, whatever the last turn asked.
_VALUE_NOUN_ASKED = re.compile(
    r"^\W*(?:(?:et|and|ok|so|alors|donc|mais|but)\W+)*(?:l'annee|la date|le nom|le montant|"
    r"the year|the date|the name|the amount)\b"
)


def _without_years(folded: str) -> str:
    """A folded question without its years ('et en 2021 ?' -> 'et en ?')."""
    return lx.YEAR.sub(" ", folded)


def _sum_named_anew(part: PlanPart, plan: QuestionPlan) -> PlanPart:
    """'combien de salariés ?' then 'et le chiffre d'affaires de l'atelier informatique ?':
    a follow-up naming a sum of money (a turnover, a budget, a net result, a payroll) asks
    that sum, not the figure asked before, however many words it has besides (too many for
    `asked_attribute` to read the measure word alone). Class: a near miss answered with the
    measure carried from the last turn (the headcount for a turnover); the sum named is
    then answered, or refused naming what the fiche states."""
    if part.intent != "figure" or part.kind != "measure" or part.yes_no:
        return part
    folded = fold(respelt(_unnamed(plan.question)))
    named = next(
        (m for m in lx.MEASURES if m.family == "money" and lx.compiled(m.asked).search(folded)),
        None,
    )
    if named is None or named.name == part.name:
        return part
    return replace(part, attribute=f"measure:{named.name}")


def _narrower_partners(part: PlanPart, plan: QuestionPlan) -> PlanPart:
    """'Who are their partners?' then 'and the financial ones?' / 'et les techniques ?': the
    kind the follow-up's adjective names, read as if written beside the word 'partners'.
    Class: a partner kind asked after the partners (it was their whole list again)."""
    if part.attribute != "subpart:partners":
        return part
    words = lx.ELLIPSIS_OPENER.sub("", fold(_unnamed(plan.question)).strip())
    words = " ".join(w for w in re.findall(r"[a-z]+", words) if w not in lx.PARTNER_KIND_FILLER)
    if not words:
        return part
    for phrase in (f"{words} partners", f"partenaires {words}"):
        asked = asked_attribute(phrase)
        if asked is not None and asked[1].startswith("subpart:") and asked[1] != part.attribute:
            return replace(part, attribute=asked[1])
    return part


def _wider_measure(part: PlanPart, plan: QuestionPlan) -> PlanPart:
    """'Combien de salariés en insertion ?' then 'et au total ?': the whole the measure asked
    before is a part of (wider_measure.py); any other follow-up keeps the measure."""
    if part.intent != "figure" or part.kind != "measure" or not widens_only(plan.question):
        return part
    wider = wider_measure(part.name)
    return part if wider is None else replace(part, attribute=f"measure:{wider}")


def _narrower_measure(part: PlanPart, plan: QuestionPlan) -> PlanPart:
    """'Combien de salariés a X ?' then 'et en insertion ?': the follow-up's words, read with
    the measure asked before, may name a narrower measure of its family ('salariés en
    insertion'), which is then what is asked; otherwise the measure asked before stays."""
    if part.kind != "measure":
        return part
    before = next((m for m in lx.MEASURES if m.name == part.name), None)
    if before is None:  # a measure of the facts store only ('annee_creation')
        return part
    label = before.label_en if plan.lang == "en" else before.label_fr
    # the follow-up's own words, its opener and a 'dont combien' aside ('et en insertion ?',
    # 'dont combien en insertion ?')
    words = lx.ELLIPSIS_OPENER.sub("", fold(_unnamed(plan.question)).strip())
    # the counted ones pointed back at, before or after the count's words ('et parmi eux,
    # combien en insertion ?', 'how many of those are permanent?'): no measure of their own
    words = re.sub(rf"^\W*({lx.AMONG_THOSE}\W*)?", "", words)
    words = re.sub(r"^\W*(dont|of which|of whom)?\s*(combien|how many)?\s*", "", words)
    words = re.sub(rf"^({lx.AMONG_THOSE}\W*)?", "", words)
    # and its verb of being ('and how many are in insertion?', 'combien sont en insertion ?')
    words = re.sub(r"^(are|were|is|sont|est)\s+", "", words)
    asked = asked_attribute(f"{label} {words}")
    name = asked[1].partition(":")[2] if asked and asked[1].startswith("measure:") else ""
    narrower = next((m for m in lx.MEASURES if m.name == name), None)
    order = [m.name for m in lx.MEASURES]
    if narrower is None or narrower.family != before.family:
        return part
    if order.index(narrower.name) >= order.index(before.name):
        return part  # listed most specific first: only a narrower one replaces it
    return replace(part, attribute=f"measure:{narrower.name}")


def _asked_of_the_one_pointed(part: PlanPart) -> PlanPart:
    """What a follow-up asks of the structure it points at by rank or pronoun: 'and the first
    one, where is it?' asks its address, 'et la deuxième, elle fait quoi ?' and 'what does it
    do?' what it is, as the same words after its name would. Class: pointed follow-ups whose
    pointer hid what they ask (they were read as the previous list, asked again)."""
    if part.intent != "fact" or part.attribute or part.yes_no:
        return part
    rest = part.text[len(m.group(0)) :] if (m := lx.POINTER_OPENER.match(fold(part.text))) else ""
    said = fold(part.text)
    pointed = bool(rest or lx.SINGULAR_REFERENCE.search(said) or lx.SUBJECT_PRONOUN.search(said))
    if pointed and asks_overview(rest or part.text, rest or part.text):
        return replace(part, attribute="overview:structure")
    if not rest:
        return part
    asked = plan_part(rest, True)
    if asked.attribute and asked.intent not in ("list", "similar", "aggregate"):
        return replace(asked, text=part.text)
    return part


_BOOKLET_SCOPE = re.compile(
    r"\b(livret|booklet|brochure|toutes|tous|all of them|all the|every|chaque|each|partout)\b"
)


def _total_of_the_one(plan: QuestionPlan, state: ConversationState, folded: str) -> bool:
    """Class: a near miss in a conversation — 'et combien d'adhérents en tout ?', 'and how
    many members in total?' after a turn about one structure: the total of the one in focus,
    not a sum over every structure of the booklet. Only when 'in all' is what makes it an
    aggregate, and it names no structures, no 'toutes', and follows no list or count."""
    last = state.last
    if len(state.focus) != 1 or plan.targets or last is None:
        return False
    if any(p.intent in ("list", "aggregate", "similar", "why_not") for p in last.parts):
        return False
    if not plan.parts or any(p.intent != "aggregate" for p in plan.parts):
        return False
    if not lx.IN_ALL.search(folded) or lx.PLURAL_STRUCTURES.search(folded):
        return False
    if _BOOKLET_SCOPE.search(folded):
        return False  # 'et en tout dans le livret ?': over the booklet
    return not lx.AGGREGATE.search(lx.IN_ALL.sub(" ", folded))


def _checks_own_figure(plan: QuestionPlan, state: ConversationState, folded: str) -> bool:
    """Class: a check of the previous answer against the asker's own figure ('Is that right?
    I thought it was 2016.', 't'es sûr ? je croyais que c'était 2016') after a turn about
    the structures in focus: the last question again (what the fiche states, both dates when
    it gives both), not a question about the figure's year, which the fiche may never write."""
    last = state.last
    if last is None or not state.focus or not last.parts:
        return False
    if plan.targets and not set(plan.targets) <= set(state.focus):
        return False  # another structure named: its own question
    if any(p.intent in ("list", "aggregate", "similar", "why_not") for p in last.parts):
        return False
    # 'really? and how many in 2020?' asks a figure of its own, in that year
    return bool(lx.OWN_FIGURE_DOUBTED.search(folded)) and not lx.OPEN_QUESTION_WORD.search(folded)


def _asks_holder_of_last(plan: QuestionPlan, state: ConversationState, folded: str) -> bool:
    """Class: a person asked of a role the last turn asked about ('a-t-il un trésorier ?' then
    'c'est qui ?', 'qui est-ce ?', 'what's their name?', 'who is it?'): the holder of that
    role in the one structure in focus, not which structure ('who is it?' after a list
    question asks which one, and is left to the rest)."""
    last = state.last
    if plan.targets or last is None or len(state.focus) != 1 or not last.parts:
        return False
    if not all(p.intent == "person" and p.kind == "role" for p in last.parts):
        return False
    return bool(lx.HOLDER_ASKED.search(folded.strip()))


def _holder_of_role_said(
    plan: QuestionPlan, state: ConversationState, folded: str
) -> PlanPart | None:
    """Class: a name asked by a pronoun ('il s'appelle comment ?', "what's his name?", 'c'est
    qui ?') after an answer telling of someone by their role, unnamed ('Un trésorier bénévole
    très actif appuie la direction', 'a volunteer treasurer', 'une chargée de mission'): the
    pronoun takes up that person, so the holder of THAT role is asked ('qui est le trésorier
    ?'), not the holder of the role the question before asked ('qui gère les finances ?' read
    as its leader). The role must be told after an indefinite article in the answer and not
    be asked by the question before, nor lead as the role it asked does ('qui dirige ?' then
    'une directrice'): then the holder of its role is asked as it is."""
    last = state.last
    if plan.targets or last is None or len(state.focus) != 1 or not state.said:
        return None
    if not lx.HOLDER_ASKED.search(folded.strip()):
        return None
    said, asked = fold(state.said), fold(last.question)
    asked_roles = [r for r in lx.ROLES if re.search(r.asked, asked)]
    leading = any(r.leadership for r in asked_roles)  # 'qui dirige ?' then 'une directrice'
    for role in lx.ROLES:
        told = re.search(rf"\b(?:une?|an?)\s+(?:[\w'-]+\s+){{0,2}}?({role.asked})", said)
        if told is None or role in asked_roles or (role.leadership and leading):
            continue
        word = told.group(1)
        text = f"who is the {word}?" if plan.lang == "en" else f"qui est le {word} ?"
        part = plan_part(text, True)
        if part.intent == "person":
            return part
    return None


def _holder_of_role_asked_before(
    plan: QuestionPlan, state: ConversationState, folded: str
) -> PlanPart | None:
    """Class: a name asked by a pronoun ('et il s'appelle comment ?', 'what's her name?', 'c'est
    qui ?') after a turn asking a detail of a role's holder the booklet does not give ('le chef
    de projet du Bois, il a quel âge ?', 'the director's salary?', 'la directrice gagne combien
    ?'): the holder of that role in the one structure in focus — the person the pronoun takes
    up — asked as 'qui est le chef de projet ?' would be."""
    last = state.last
    if plan.targets or last is None or len(state.focus) != 1 or not last.parts:
        return None
    if not all(p.attribute.startswith("unstated:") for p in last.parts):
        return None
    if not lx.HOLDER_ASKED.search(folded.strip()):
        return None
    asked = fold(last.question)
    for role in lx.ROLES:
        found = re.search(role.asked, asked)
        if found is None:
            continue
        text = (
            f"who is the {found.group(0)}?" if plan.lang == "en" else f"qui est {found.group(0)} ?"
        )
        part = plan_part(text, True)
        if part.intent == "person":
            return part
    return None


def _figure_of_its_own(part: PlanPart) -> bool:
    """A figure part naming what it counts or a sum received ('how many volunteers', 'how
    much did it borrow'): its own ask, not the last question's again."""
    return part.intent == "figure" and bool(
        part.noun or lx.MONEY_FROM_ASKED.search(fold(part.text))
    )


def _after_a_fact_of_one(state: ConversationState) -> bool:
    """One structure in focus, after a turn asking a fact or figure of it (no list, count or
    project): where a source named in a follow-up is a source of that fact."""
    last = state.last
    return (
        len(state.focus) == 1
        and last is not None
        and all(p.intent not in ("list", "aggregate", "similar") for p in last.parts)
    )


def _source_then_own_ask(state: ConversationState, folded: str) -> bool:
    """Class: a source named first, then a question of its own asked of the one structure in
    focus ('et de la part des entreprises, ils ont eu des dons ?', 'and from companies, did
    they get anything?')."""
    head, _, tail = folded.partition(",")
    return (
        _after_a_fact_of_one(state)
        and bool(tail.strip())
        and bool(lx.SOURCE_SWITCH.match(head.strip()))
    )


def _asked_by_words(part: PlanPart, last: PlanPart) -> bool:
    """Whether a part of a switch that asks nothing of its own ('et chez X ?', 'what about
    X?') carries the last question's words: a figure or fact no attribute reads ('c'est
    combien un panier … ?', 'how many tonnes … ?') or a price is asked by its words; an
    attribute ('le budget', 'the SIRET') is asked by the attribute, which the part keeps."""
    if part.intent != last.intent or last.yes_no:
        return False
    # (a kind of fact no field holds, a price, is read from a sentence naming the thing
    # priced: 'what's the price of a veg box at X?' then 'what about Y?')
    return last.intent == "unstated" or (not last.attribute and last.intent in ("figure", "fact"))


def _asked_words(last: PlanPart, plan: QuestionPlan, detector: MentionDetector | None) -> str:
    """The last question's words, the names of the structures it was asked of taken out."""
    if detector is None or not plan.targets:
        return last.text
    return detector.without_names(last.text, plan.targets)


def _switches_source(state: ConversationState, folded: str, elliptic: bool) -> bool:
    """Class: an elliptic follow-up naming another source of the figure or fact asked of the
    one structure in focus ('And from companies?', 'et de la part des particuliers ?')."""
    return (
        _after_a_fact_of_one(state)
        and elliptic
        # ('et de la part des entreprises, ils ont eu des dons ?' asks its own thing after it)
        and "," not in folded
        and len(_content_words(folded)) <= ELLIPTIC_WORDS
        and bool(lx.SOURCE_SWITCH.match(folded.strip()))
    )


def _follow(
    plan: QuestionPlan,
    state: ConversationState,
    folded: str,
    vocab: FactsVocabulary | None = None,
    unnamed: str | None = None,
    detector: MentionDetector | None = None,
) -> QuestionPlan:
    """The plan of a question in a conversation under way: what it inherits from the state.
    `unnamed`: the question without the names it gives (None: its capitalised words out);
    `detector`: what each fiche writes, for a pick a body named confirms."""
    before = state.last
    after_project = before is not None and before.parts[0].intent in ("similar", "why_not")
    if not plan.targets and not after_project:  # (after a project: read against the project)
        plan.parts = [_asked_of_the_one_pointed(part) for part in plan.parts]
    if _total_of_the_one(plan, state, folded):
        plan.parts = [plan_part(p.text, named=True) for p in plan.parts]
    words = _content_words(folded)
    elliptic = bool(lx.ELLIPSIS_OPENER.match(folded)) or len(words) <= ELLIPTIC_WORDS
    # 'combien d'adhérents et combien de personnes accompagnées ?', 'budget and staff?': parts
    # each elliptic are an elliptic question too (class: a two-part follow-up about the one in
    # focus, read as a new topic for its length and summed over the booklet; d27-056)
    elliptic = elliptic or (
        len(plan.parts) > 1
        and all(p.intent in ("figure", "field") for p in plan.parts)
        and all(len(_content_words(fold(p.text))) <= ELLIPTIC_WORDS for p in plan.parts)
    )
    if _switches_source(state, folded, elliptic):
        # 'And from companies?' after a tonnage of the one in focus: that figure from that
        # source (its plural noun names no structures to list), asked as the last question
        plan.parts = [PlanPart(plan.question, "fact")]
    elif _source_then_own_ask(state, folded):
        # 'et de la part des entreprises, ils ont eu des dons ?': its own question, of the one
        # in focus, about that source (no list of companies)
        plan.parts = [PlanPart(plan.question, "fact")]
    counted_before = state.last is not None and any(q.intent == "figure" for q in state.last.parts)
    asks_own = any(
        p.attribute
        or p.yes_no
        # 'la boutique d'Hirson est-elle toujours ouverte ?' after a count: whether the site
        # named by its town operates, its own question (no yes/no: `_operating`; class:
        # one site named by its town, site_asked.py)
        or (asks_operating(p) and bool(plan.places))
        or bool(where_things.things_asked(p.text))  # 'where are their shops?': its own
        or p.intent in ("list", "similar", "aggregate")
        or (counted_before and _own_noun(p))
        # 'c'est qui la maraîchère bio qui dépose chez eux ?': a person described, its own
        or bool(lx.PERSON_DESCRIBED_ASKED.search(fold(p.text)))
        for p in plan.parts
    )
    # class: a follow-up asking a figure of a noun no attribute reads ('et combien de clients
    # différents ?') after a count ('le drive vend combien ?'): its own figure, not a count of
    # structures again
    after_count = state.last is not None and any(
        p.intent in ("list", "aggregate") for p in state.last.parts
    )
    # ('the toy one, how much did it borrow?' after a list: a sum received, its own ask too)
    asks_own = asks_own or (
        after_count and any(_counts_a_noun(p) or _figure_of_its_own(p) for p in plan.parts)
    )
    # class: a follow-up counting a noun of its own ('et ils accompagnent combien de
    # personnes ?', 'how many volunteers?') after a question of another kind (where, who,
    # when, what): a count no address, name or date answers — its own ask, not the last one
    other_kind = state.last is not None and all(
        q.intent not in ("figure", "list", "aggregate") and not q.yes_no for q in state.last.parts
    )
    asks_own = asks_own or (
        # (a count names its noun in the plural: 'how many per fortnight?' counts no 'per')
        other_kind
        and any(_counts_a_noun(p) and fold(p.noun).endswith(("s", "x")) for p in plan.parts)
    )
    # class: a count of a noun of its own ('ils ont combien d'arbres fruitiers ?', 'how many
    # students benefit?') after a turn that asked no figure nor a yes/no (what the structure
    # is, who does a thing): that count, asked of the one in focus, not the last question
    # again. After a yes/no ('aide-t-il à s'équiper ?' then 'combien d'ordis par an ?') the
    # count is of the thing asked, which the last question carries.
    told_before = state.last is not None and not any(
        p.intent == "figure" or p.yes_no for p in state.last.parts
    )
    # (a sum received is one too: 'how much EU money did their project get?')
    asks_own = asks_own or (
        told_before
        and any(
            (_counts_a_noun(p) and _own_noun(p))
            or (p.intent == "figure" and lx.MONEY_FROM_ASKED.search(fold(p.text)))
            for p in plan.parts
        )
    )
    # class: a new thing measured ('And how much fish did they collect?') after another
    # figure: the thing named is asked, the attribute before is not kept (measured_thing.py)
    thing = measured_thing.measured_thing(folded)
    asks_own = asks_own or (
        counted_before
        and any(p.intent == "figure" and not p.attribute for p in plan.parts)
        and bool(thing)
        and thing not in fold(state.last.query if state.last else "")
    )
    # class: 'combien ils en donnent ?': the things 'en' stands for, counted (measured_thing)
    if measured_thing.counts_en(folded):
        plan.parts = [
            replace(p, intent="figure", yes_no=False) if not p.attribute else p for p in plan.parts
        ]
        asks_own = True
    # class: 'et leur valeur ajoutée ?' after a cost asked: the thing named after the
    # possessive, no attribute the lexicon reads, is asked anew (measured_thing.py)
    possessed = measured_thing.possessed_thing(folded)
    asks_own = asks_own or (
        bool(possessed)
        and state.last is not None
        and any(q.attribute for q in state.last.parts)
        and all(not p.attribute and p.intent == "fact" for p in plan.parts)
        and not any(w in fold(state.last.query) for w in possessed.split())
    )
    # class: 'pourquoi elles vendent en ligne ?', 'why do they sell online?' after a turn
    # about the structure: a reason asked of a thing of its own, not the last question again
    asks_own = asks_own or (bool(lx.REASON_ASKED.search(folded)) and len(words) >= 2)
    # class: 'ok, and the ADEME helped them buy what?' after a founding year: 'what' of a verb
    # of its own, a question of its own (own_action.py)
    # (only after a turn asking an attribute or a list — 'qui récupère du poisson ?' then
    # 'ils le transforment en quoi ?' asks what the ones listed do, no list again —: after a
    # project told, the project's words carry on into 'que proposent ces ateliers ?')
    asks_own = asks_own or (
        before is not None
        and state.last is not None
        and any(q.attribute or q.intent == "list" for q in state.last.parts)
        and own_action.asks_new_action(
            folded, fold(before.question), lambda w: declarative_verb(w, plan.lang)
        )
    )
    asks_own = asks_own or _source_then_own_ask(state, folded)  # 'et des entreprises, … ?'
    # 'what grants did they get in 2020?' after 'staff?': its own noun and verb (own_wh_noun.py)
    asks_own = asks_own or own_wh_noun.asks_own_noun(plan.question)
    # 'le compresseur il a été financé comment ?': how it is funded, its own ask
    asks_own = asks_own or money_word_asked.funding_manner(folded)
    own_frame = _asks_in_its_own_frame(folded)
    if elliptic and not asks_own and own_frame == "thing":
        elliptic = False  # 'Qu'est-ce que le drive fermier ?' is a question of its own
    last = state.last
    if last is not None and _checks_own_figure(plan, state, folded):
        # 'When was it created?' then 'Is that right? I thought it was 2016.': asked again
        plan.targets, plan.target_source, plan.followup = list(state.focus), "focus", True
        _inherit_parts(plan, last)
        plan.parts = [replace(p, yes_no=False) for p in plan.parts]
        plan.years = list(last.years)  # the asker's figure filters nothing
        plan.resolution = "previous question, checked against the asker's own figure"
        return plan
    # 'le chef de projet, il a quel âge ?' (refused) then 'et il s'appelle comment ?': the
    # holder of the role that turn named, not what it asked of them again; 'qui gère les
    # finances ?' answered 'un trésorier bénévole …', then 'il s'appelle comment ?': that
    # treasurer's name, not the holder of the role first asked
    for holder, resolution in (
        (_holder_of_role_asked_before, "the holder of the role the previous question named"),
        (_holder_of_role_said, "the holder of the role the last answer told of"),
    ):
        held = holder(plan, state, folded)
        if held is not None:
            plan.targets, plan.target_source, plan.followup = list(state.focus), "focus", True
            plan.parts = [held]
            plan.resolution = resolution
            return plan
    if last is not None and _asks_holder_of_last(plan, state, folded):
        # 'a-t-il un trésorier ?' then 'what's their name?', 'qui est-ce ?': the role's holder
        plan.targets, plan.target_source, plan.followup = list(state.focus), "focus", True
        _inherit_parts(plan, last)
        plan.resolution = "previous question, the holder of its role"
        return plan
    if last and plan.targets and _leaves_out_named(plan, state, folded):
        return _without_named(plan, state, asks_own)
    if (
        last is not None
        and plan.targets
        and asks_more_besides_named(unnamed or "", plan.places, plan.departements)
    ):
        # 'd'autres dans le Nord à part la Remise Enjouée ?': the last question again, less
        # those (a list answered by one structure was replanned as a question about it: the
        # others are a list again)
        more = more_of_list(plan, last, list(plan.targets))
        more.parts = [
            replace(p, intent="list") if p.intent == "fact" and not p.attribute else p
            for p in more.parts
        ]
        return more
    if plan.targets:  # a structure named anew
        # 'et VESTALI ?', 'same for Synapse 3i': the previous asks, anew; 'Que fait VESTALI
        # des vêtements invendus ?' asks its own question (its words beside the name count)
        # (a name's own words, 'il était deux fois' typed in lower case, are no words asked)
        bare = fold(unnamed) if unnamed is not None else _unnamed(plan.question)
        own_words = _content_words(bare)
        elliptic = bool(lx.ELLIPSIS_OPENER.match(folded)) or len(own_words) <= NAMED_ELLIPTIC_WORDS
        # 'non, je voulais dire celle d'Il était deux fois': the last question, of the one named
        elliptic = elliptic or renames_structure(bare)
        # a name typed alone ('VESTALI ?') asks for an overview in a new conversation, and
        # the previous question anew in one under way
        overview = plan.parts[0].attribute == "overview:structure"
        alone = overview and not lx.OVERVIEW_FRAME.match(folded)
        asks_own = asks_own and not alone
        if last and elliptic and not asks_own and last.parts[0].intent not in ("list", "similar"):
            _inherit_parts(plan, last)
            opened = _content_words(lx.ELLIPSIS_OPENER.sub(" ", bare.strip()))
            opened = [w for w in opened if w not in _SWITCH_PREPOSITIONS]  # 'et chez X ?'
            if not opened and len(plan.parts) == len(last.parts):
                # 'and Le Bois de Deux Mains?' after 'Does VESTALI sell online?': a yes or no
                # is asked by its words, the last question's, of the one named anew; so is a
                # figure or a fact no attribute reads ('c'est combien un panier au Jardin de
                # Cocagne ?' then 'et au Bois de Deux Mains ?', 'what about X?', 'et X ?'):
                # the last question again, the structure replaced (its name taken out)
                plan.parts = [
                    replace(p, text=f"{plan.question} {q.text}")
                    if p.yes_no and q.yes_no
                    else replace(p, text=_asked_words(q, last, detector))
                    if _asked_by_words(p, q)
                    else p
                    for p, q in zip(plan.parts, last.parts, strict=True)
                ]
            plan.followup, plan.resolution = True, "previous question, structure named anew"
        else:
            plan.resolution = "names a structure"
        return plan
    focus = state.focus
    if last and (focus or last.targets) and asks_source(folded):
        return source_of_last(plan, last, focus)  # 'où c'est écrit ?', 'source?'
    listed = last is not None and last.intent in ("list", "similar")
    if last and focus and listed and not last.besides and asks_more(folded):
        return more_of_list(plan, last, focus)  # 'd'autres ?', 'any others?' after a list
    if last and focus and state.shown_in_part:
        # 'les autres ?', 'the rest?' after an answer naming one or two of a list: the others
        # answering that list (a client's short answer shows part of it), not the booklet's rest
        return more_of_list(plan, last, focus)
    if last and last.besides and asks_more(folded):
        return more_of_list(plan, last, [*last.besides, *focus])  # 'encore ?' once more
    if last and focus and last.intent == "similar" and asks_rest(folded):
        # 'et les autres ?', 'and the others?' after the structures closest to a project or
        # to a structure: the next closest, the ones given left out (the rest of a ranking),
        # not the booklet's other structures each with a sentence
        return more_of_list(plan, last, [*last.besides, *focus])
    others = lx.OTHERS.search(folded) or lx.NEGATED_REST.search(folded)
    if state.wider and (others or lx.OTHER_ONE.search(folded)):
        return _the_others(plan, state, asks_own)
    placed_before = last is not None and bool(last.departements or last.places)
    unplaced = not plan.departements and not plan.places
    # (a question that asked only for a place, 'quelles structures sont dans l'Aisne ?', has
    # nothing left to ask everywhere: it stays a follow-up on the previous answer)
    asked_more = last is not None and bool(_content_words(fold(_without_places(last.query))))
    if last and placed_before and unplaced and asked_more and lx.WHOLE_REGION.search(folded):
        return _whole_region(plan, last)
    # 'lesquelles sont à Amiens ?': a town of the booklet picked among them narrows as a
    # département does ('celle de Liévin' picks one: by_place, below)
    # 'any in Saint-Quentin?' after a list: a town none of them stands in narrows them too,
    # to none there (the answer then says where they stand), not to the first of them
    after_a_list = len(state.focus) > 1 and last is not None and asks_list(last)
    booklet_town = _booklet_town(plan.places, vocab)
    town_among = (
        bool(plan.places)
        and not lx.PICKED_BY_PLACE.search(folded)
        and not site_asked.picks_site_by_town(plan.question, plan.places)  # 'the Hirson one'
        and (
            (picks_among_focus(plan.question) and booklet_town)
            or (after_a_list and not booklet_town)
        )
    )
    # 'budget de VESTALI' then 'quelles structures sont dans le Nord ?', 'which ones are in the
    # Aisne?': a list asked by place after a turn about one structure is a question of its
    # own (one structure cannot be narrowed to a list); 'et dans le Nord ?' still follows
    listed_anew = (
        len(state.focus) == 1
        and last is not None
        and all(p.intent not in ("list", "aggregate") for p in last.parts)
        and all(p.intent == "list" for p in plan.parts)
        and not lx.ELLIPSIS_OPENER.match(folded)
        and not lx.OTHERS.search(folded)  # 'd'autres structures dans l'Aisne ?' reads it
    )
    if (plan.departements or town_among) and elliptic and last and not listed_anew:
        plan.followup = True
        # 'celle de l'Oise, son budget ?' after structures of two départements picks among
        # them, even when the last question named départements
        picks = len(state.focus) > 1 and bool(lx.PICKED_BY_PLACE.search(folded))
        # 'et parmi elles, lesquelles sont dans le Nord ?' narrows whatever place came before
        picks = picks or bool(_AMONG_THEM.search(folded))
        if (last.departements and not picks) or not state.focus:  # 'et dans le Pas-de-Calais ?'
            plan.parts = [replace(p, text=plan.question) for p in last.parts]
            # (the last question's place is no word to search in the new one: 'quelles
            # structures sont dans le Pas-de-Calais ?' then 'et lesquelles dans le Nord ?')
            plan.query = " ".join(_without_places(last.query).split())
            plan.theme = plan.theme or last.theme
            plan.resolution = "previous question, another place"
        else:  # 'lesquelles sont dans le Pas-de-Calais ?': keep those of the last answer there
            plan.targets, plan.target_source = list(state.focus), "focus"
            plan.narrow, plan.among = True, list(state.focus)
            plan.query = last.query
            if _asks_of_structures(plan):
                # 'the one in the Aisne, who runs it?': what it asks, of those standing there
                plan.resolution = ASKED_ANEW_THERE
            elif _one_named_asked(state) and not asks_own:
                # 'Qui dirige VESTALI ?' then 'et dans l'Aisne ?', 'what about the Oise one?':
                # what the last turn asked, of the one there (compose: of those standing there
                # when the one in focus does not)
                plan.parts = [replace(p, text=plan.question) for p in last.parts]
                plan.resolution = ASKED_AGAIN_THERE
            else:
                plan.parts = [PlanPart(plan.question, "list")]
                plan.resolution = "previous answer, narrowed to a place"
        return plan
    if last and moved_to_theme(plan, last, picks_among_focus(plan.question), _content_words):
        return asked_of_theme(plan, last)  # 'et dans l'alimentation durable ?' after re-use
    if last and moved_to_thing(plan, last, picks_among_focus(plan.question), _content_words):
        return asked_of_thing(plan, last)  # 'et des jouets ?' after a list of clothes recyclers
    if _names_its_own_scope(plan, folded):
        plan.resolution = "new topic"  # 'les freins des structures du réemploi ?' after one
        return plan
    few = _first_or_last_few(folded)
    ordinal = None if few is not None else _ordinal(folded)
    if lx.THE_TWO.search(folded) and _PICKING.search(folded):
        ordinal = None  # 'which of the two was created first?': first in time, no position
    relative = lx.RELATIVE_ORDINAL.search(folded)
    if state.wider and len(focus) == 1 and focus[0] in state.wider:
        # after a pick from a list ('la deuxième, …'), 'et la première ?' and 'celle d'avant
        # ?' count in that list, not in the one structure picked
        if relative:
            at = state.wider.index(focus[0]) + (-1 if relative.group("before") else 1)
            ordinal = at if 0 <= at < len(state.wider) else None
        if ordinal is not None:
            focus = list(state.wider)
        elif _pointer(folded):
            # class: the structure in focus after a pick — 'the fish one, how many tonnes?'
            # then 'and the clothes one?' picks again in that list, not in the one picked
            focus = list(state.wider)
    elif (
        ordinal is not None
        and len(focus) > 1
        and set(focus) < set(state.wider)
        and (ordinal >= len(focus))
    ):
        # class: a position past the few picked ('the first two, their budget?' then 'and the
        # 3rd one?'): counted in the list they were picked from, not among the few
        focus = list(state.wider)
    plural = bool(lx.PLURAL_REFERENCE.search(folded)) or _definite_plural(plan, focus, folded)
    plural = plural or few is not None
    # 'et en 2019 ?' after a figure asked of each of several ('les budgets du réemploi ?'):
    # that figure of each, that year, not of the first one alone (year_of_each.py)
    plural = plural or (
        len(focus) > 1 and ordinal is None and year_of_each.asked_of_each(plan, last, asks_own)
    )
    # 'les adresses ?', 'budgets ?' after several structures: the attribute of each
    plural = plural or (
        len(focus) > 1
        and elliptic
        and len(plan.parts) == 1
        and asked_in_plural(plan.question, plan.parts[0].attribute, asked_attribute)
    )
    # ('qu'est-ce que le drive …': the frame's 'que le' is an article, no pronoun)
    singular = bool(lx.SINGULAR_REFERENCE.search(folded)) and own_frame != "thing"
    pointer = _pointer(folded) if focus and not plural and ordinal is None else ""
    if focus and not pointer and not plural and ordinal is None:
        # 'what about the fish charity?', 'and the Amiens computer people?': a structure
        # described by what sets it apart, picked as a pointer is (description.py)
        pointer = described_words(folded, several=len(focus) > 1)
    if focus and not pointer and ordinal is None and len(focus) == 1:
        # 'and the toy place?', 'et chez ceux qui réparent les ordinateurs ?': a switch by an
        # agent, a relative clause ('ceux qui' is no plural pointing back), a place or a lone
        # kind (described_switch.py)
        pointer = described_switch.described_words(folded)
        plural = plural and not pointer
    # 'c'est qui ?', 'lesqueles', 'qui ?' after a count: nothing asked but which ones
    counted = (
        _names_the_counted(last, focus)
        and not (pointer or few or ordinal is not None or _acknowledgement(folded))
        and (
            _asks_which_only(folded)
            # a word that asks nothing readable ('lesqueles'), after a count
            or (elliptic and not asks_own and not plural and not singular)
        )
    )
    if len(focus) == 1 and last and lx.FIGURE_CHECKED.search(folded) and len(words) <= 6:
        # 'ça fait 350 en tout donc ?', 'so 30 staff in total?' after a figure of the one in
        # focus: the asker's own sum of what was answered, checked against it (the figures
        # again, quoted), not a total over the booklet
        plan.targets, plan.target_source, plan.followup = list(focus), "focus", True
        _inherit_parts(plan, last)
        plan.parts = [replace(p, yes_no=False) for p in plan.parts]
        plan.resolution = "a sum of the last answer, checked against it"
        return plan
    if (
        focus
        and asks_list(plan)
        and (
            _attribute_of_focus(plan, folded, len(focus) == 1 and not _elsewhere(plan, folded))
            or _card_line_of_the_one(plan, focus, folded)
        )
    ):
        asks_own = True  # 'who are the partners?': the partners of the structure in focus
    if (
        len(focus) == 1
        and asks_list(plan)
        and not (plan.places or plan.departements or plural or pointer)
        and unit_head.duty_asked(plan.question) is not None
    ):
        # 'who handles the accounting?', 'qui s'occupe de la com ?' after one structure: who
        # does that duty there (unit_head.py), not which structures do it
        plan.targets, plan.target_source, plan.followup = list(focus), "focus", True
        plan.parts = [PlanPart(plan.question, "fact")]
        plan.resolution = "a duty asked of the structure in focus"
        return plan
    if (
        len(focus) == 1
        and asks_list(plan)
        and lx.SHARE_FRAME.search(folded)
        and not (plan.places or plan.departements)
        and echoes_answer(folded, fold(state.said))
    ):
        # class: a share asked of a thing the last answer said ('what share do companies
        # account for?' after 'Individuals, companies and public bodies'): that thing's share
        # at the structure in focus, not a share of the booklet's structures
        plan.parts = [PlanPart(plan.question, "fact")]
        plan.targets, plan.target_source = list(focus), "focus"
        plan.followup, plan.soft_focus = True, True
        plan.resolution = "may refer to the structure in focus"
        return plan
    if (
        len(focus) == 1
        and asks_list(plan)
        and ordinal is None
        and not (plan.places or plan.departements or plural or pointer or counted)
        and thing_of_focus.asks_thing_of_focus(plan.question)
        # ('who's the main funder?' asks a part of its fiche, its funders, read as such below)
        and asked_attribute(plan.question) is None
    ):
        # 'who buys the dismantled parts?', 'where can I pick up my order?' after one
        # structure: a fact of that one's thing, the booklet searched with it preferred
        # (thing_of_focus.py), not which structures buy parts
        plan.parts = [PlanPart(plan.question, "fact")]
        plan.targets, plan.target_source = list(focus), "focus"
        plan.followup, plan.soft_focus = True, True
        plan.resolution = "may refer to the structure in focus"
        return plan
    if asks_list(plan) and ordinal is None and not (plural or singular or pointer or counted):
        plan.resolution = "new topic"
        return plan
    if (
        ordinal is None
        and not pointer
        and lx.INDEFINITE_SUBJECT.match(folded)
        # ('quelqu'un d'autre ?', 'anyone else?': the others of those in focus)
        and not re.search(r"\b(autres?|other|others|another|else)\b", folded)
    ):
        # 'Est-ce qu'une structure vend des jouets d'occasion ?', 'Does any organisation
        # repair bikes?' after turns about VESTALI: asked of any structure, a new topic
        plan.resolution = "new topic"
        return plan
    # class: 'quelles structures donnent un budget 2019 ?', 'lesquelles ne donnent pas de
    # nombre de bénévoles ?' after turns about one structure: which structures state a figure
    # is asked of the booklet (one structure cannot be narrowed to a list), unless the
    # question picks among those in focus ('parmi elles, lesquelles …')
    stating = any(asks_which_state(folded, p.intent, p.attribute) for p in plan.parts)
    if stating and len(focus) == 1 and ordinal is None and not _AMONG_THEM.search(folded):
        plan.resolution = "new topic"
        return plan
    if focus and (ordinal is not None or plural or singular or elliptic or pointer):
        if few is not None and few[0] < len(focus):
            # 'les trois dernières', 'the first two': that end of the previous answer
            chosen = focus[: few[0]] if few[1] else focus[-few[0] :]
        elif ordinal is not None and (ordinal < len(focus) or ordinal == -1):
            chosen = [focus[ordinal]]
            plan.query = _without_position(plan.query)
            # 'pour la seconde, l'atelier commun avec l'APEI ?' when only the first writes
            # the APEI: the body named picks, not a position misremembered
            if detector is not None:
                chosen = _picked_by_a_body(plan.question, focus, chosen, detector)
            unpicked = _without_position(plan.question)
            if not asks_own and asks_overview(unpicked, unpicked):
                # 'tell me more about the second one', 'dis-m'en plus sur la première': what
                # the one picked is, as 'parle-moi de X' asks (not the last list again)
                plan.parts = [PlanPart(plan.question, "fact", "overview:structure")]
                asks_own = True
        elif (
            plan.places
            and (not plural or (len(focus) == 1 and plural_of_town(folded)))
            and (
                lx.PICKED_BY_PLACE.search(folded)
                or plural_of_town(folded)
                or site_asked.picks_site_by_town(plan.question, plan.places)
            )
        ):
            # 'celle de Liévin', 'the one in Guise', 'the Hirson one': the one standing there,
            # or the one in focus with a site there
            chosen, plan.by_place = list(focus), True
        elif (
            plan.places
            and not plural
            and _booklet_town(plan.places, vocab)
            # 'est-elle à Liévin ?' asks whether the one in focus stands there: no pick
            and not (singular and any(p.yes_no for p in plan.parts))
        ):
            # 'et à Amiens ?', 'et la boutique de Guise ?', 'what about the toy recycler in
            # Villeneuve?': a town of the booklet points at the structure standing there, the
            # one in focus when it does, else the one there the words describe
            chosen, plan.by_place = list(focus), True
        elif pointer:
            # 'the toy one', 'celle qui fait des jouets': the one doing that (compose picks it)
            chosen, plan.by_thing = list(focus), pointer
            _asked_beside_pointer(plan, folded)
            # (a figure of its own too: 'the toy one, how much did it borrow?')
            asks_own = any(p.attribute or p.yes_no or _figure_of_its_own(p) for p in plan.parts)
        elif plural or len(focus) == 1 or counted:
            chosen = list(focus)
        else:
            chosen = focus[:1]
        plan.targets, plan.target_source, plan.followup = chosen, "focus", True
        if counted:  # 'c'est qui ?', 'lesqueles', 'names?' after a count: the ones counted
            plan.parts, plan.query = [PlanPart(plan.question, "list")], last.query if last else ""
            if last is not None and _counts_by_a_figure(last.facts_query or {}):
                # after 'combien ont plus de 100 adhérents ?': each with the figure that
                # qualifies it, as the count gave them (retrieval quoted any line of each)
                plan.facts_query = dict(last.facts_query or {})
                plan.parts = [PlanPart(plan.question, "aggregate")]
        elif not asks_own and last and (elliptic or pointer) and not own_frame:
            _inherit_parts(plan, last)
            if pointer and last.by_thing:
                plan.query = _without_pointers(plan.query)
            if _switches_source(state, folded, elliptic):
                # the source named anew weighs more than the last question's thing ('fish'),
                # which came from the source it replaces: a figure asked by its thing is then
                # one naming that source, whatever it counts (figure_source.py)
                plan.query = f"{plan.question} {plan.query}"
                source = tuple(figure_source.source_words(plan.question))
                plan.parts = [
                    replace(p, source=source) if p.intent == "figure" else p for p in plan.parts
                ]
        if last and any(p.attribute == "event:end" for p in plan.parts):
            # 'il se termine quand ?' after 'parle-moi du projet Flavour': what ends is what
            # the last question was about, its words the topic an end is dated by
            plan.query = f"{plan.question} {last.query}"
        # (the structures counted are listed whole: nothing in the question narrows them)
        plan.narrow = (
            any(p.intent == "list" for p in plan.parts) and len(chosen) > 1 and not counted
        )
        if plan.narrow or plan.by_place or plan.by_thing or len(chosen) < len(focus):
            plan.among = list(focus)
        plan.resolution = (
            "the structures the previous count counted"
            if counted
            else "refers to the previous answer"
        )
        return plan
    # ('What share do individuals account for?' after 'Individuals, companies …': the thing
    # the answer said, of its structure, as 'the individuals' would be)
    echoed = echoes_answer(folded, fold(state.said))
    if len(focus) == 1 and (lx.DEFINITE_REFERENCE.search(folded) or echoed) and not asks_list(plan):
        plan.targets, plan.target_source = list(focus), "focus"
        plan.followup, plan.soft_focus = True, True
        plan.resolution = "may refer to the structure in focus"
        if last is not None and lx.DEMONSTRATIVE_THING.search(folded):
            # 'what's the name of that scheme?' after 'Did X ask for emergency Covid help?':
            # the thing pointed back at is the last turn's, so its words are searched too (a
            # scheme of any fiche would otherwise do)
            plan.query = f"{plan.question} {last.query}"
        return plan
    plan.resolution = "new topic"
    return plan


def _own_noun(part: PlanPart) -> bool:
    """Whether a follow-up to a figure counts a thing of its own ('how many customers is that?'
    after the turnover, 'et combien de clients ?'): it asks that count, not the previous figure
    (class: a count of another noun than the figure in focus). A pronoun ('how many do they
    sell?'), a unit ('combien de tonnes ?') or people in general leave the previous ask, and
    so does a verb read as the noun ('how many come from …?', 'combien viennent …'): a count
    names its noun in the plural."""
    noun = fold(part.noun)
    return (
        part.intent == "figure"
        and noun.endswith(("s", "x"))
        and noun not in lx.GENERIC_COUNTED | lx.UNIT_COUNTED | lx.COUNT_POINTERS
        and noun not in lx.STOPWORDS
        # 'et combien de permanents ?' after the staff: a narrower kind of the measure asked
        and not any(lx.compiled(q.asked).search(noun) for q in lx.QUALIFIERS)
        and not any(lx.compiled(m.asked).search(noun) for m in lx.MEASURES)
    )


def _asks_in_its_own_frame(folded: str) -> str:
    """'Qu'est-ce que le drive fermier ?', 'what is a ressourcerie?', 'comment fonctionne le
    click and collect ?', 'qu'est-ce qu'elle vend ?': a question with its own frame and words
    of its own after it, no ellipsis of the previous question — it never asks the previous
    question again ('le budget de X ?' then 'Qu'est-ce qu'elle vend ?' asks no budget).
    'thing': it names a thing (two words at least, no pronoun pointing back), so it may be
    about another structure than the one in focus; 'pointing': a pronoun keeps the focus
    ('qu'est-ce qu'elle vend ?'); '': no such frame, or nothing after it ('c'est quoi ?')."""
    frame = lx.OWN_QUESTION_FRAME.match(folded)
    if frame is None or lx.ELLIPSIS_OPENER.match(folded):
        return ""
    rest = folded[frame.end() :]
    words = _content_words(rest)
    if not words:
        return ""
    if lx.PLURAL_REFERENCE.search(rest) or lx.SINGULAR_REFERENCE.search(rest) or len(words) < 2:
        return "pointing"
    return "thing"


def _names_its_own_scope(plan: QuestionPlan, folded: str) -> bool:
    """'Quels sont les freins rencontrés par les structures du réemploi ?', 'the budgets of
    the structures in the Nord?' after a turn about other structures: the question names the
    structures it asks about (a plural of structures, with a booklet theme or a département),
    so it is about those, not the ones in focus. Pointing back ('leurs', 'lesquelles', 'parmi
    elles') or at one of them keeps the focus."""
    if not (plan.theme or plan.departements) or not lx.PLURAL_STRUCTURES.search(folded):
        return False
    if lx.PLURAL_REFERENCE.search(folded) or lx.SINGULAR_REFERENCE.search(folded):
        return False
    return not picks_among_focus(plan.question) and not lx.ELLIPSIS_OPENER.match(folded)


def picks_among_focus(question: str) -> bool:
    """Whether a question says it picks among the structures of the previous answer
    ('lesquelles sont dans le Nord ?', 'which of them are in the Aisne?', 'parmi elles …'):
    when none of them qualifies, the answer is that none does — not a new list."""
    folded = fold(question)
    return bool(_PICKING.search(folded) or _AMONG_THEM.search(folded))


def _names_the_counted(last: QuestionPlan | None, focus: list[str]) -> bool:
    """Whether the previous turn counted structures ('combien de structures ont plus de 100
    adhérents ?'): an elliptic follow-up asking nothing of its own after it ('c'est qui ?',
    'lesqueles', 'names?', 'who?', 'laquelle ?' after a count of one) asks which ones —
    exactly those counted, with every constraint of the count — not the count again of the
    first of them."""
    query = last.facts_query if last is not None else None
    return bool(query) and query.get("op") == "count" and len(focus) >= 1  # type: ignore[union-attr]


def _asks_which_only(folded: str) -> bool:
    """'lesquelles ?', 'c'est qui ?', 'which ones?', 'name them': every word asks which ones
    (lexicon WHICH_ONES_ONLY), nothing of them nor any topic."""
    words = re.findall(r"[^\W\d_]+", folded.replace("-", " "))
    return bool(words) and all(w in lx.WHICH_ONES_ONLY or w in lx.GREETINGS for w in words)


def _acknowledgement(folded: str) -> bool:
    """'ok merci', 'thanks!', 'super': a turn that only acknowledges the answer (its words all
    greetings or acknowledgements, lexicon ACKNOWLEDGEMENTS) asks nothing of the structures."""
    words = re.findall(r"[^\W\d_]+", folded)
    return bool(words) and all(w in lx.GREETINGS or w in lx.ACKNOWLEDGEMENTS for w in words)


# 'and who …', 'et qui …': a follow-up opening with 'who' after its opener
_WHO_AFTER_OPENER = re.compile(r"^\W*(?:et|and|mais|but|ok|alors|so)\W+(?:who|qui)\b")


def _attribute_of_focus(plan: QuestionPlan, folded: str, one: bool = False) -> bool:
    """'who are the partners?', 'qui sont les financeurs ?', 'and who's the contact?' after an
    answer: 'who' asking the holders of something the fiche states (a labelled part, a
    section, a field), of the structure in focus; its list reading ('which structures …') is
    undone, the attribute kept. `one`: one structure is in focus."""
    if len(plan.parts) != 1 or plan.parts[0].intent != "list":
        return False
    # 'who pays for it?', 'qui les finance ?': 'who' doing something to the structures pointed at
    pointed = bool(lx.SINGULAR_REFERENCE.search(folded) or _POSSESSIVE_OR_OBJECT.search(folded))
    # class: 'and who benefits without paying?', 'et qui finance ?' after a turn about one
    # structure: 'who' opening a follow-up asks the holders of a part of that one's fiche
    # (its beneficiaries, funders), not which structures of the booklet have some
    pointed = pointed or (one and bool(_WHO_AFTER_OPENER.match(folded)))
    if not (lx.WHO_IS_THE.match(folded) or pointed) or _PICKING.search(folded):
        return False  # 'which of them is ESUS-approved?' picks among them
    asked = asked_attribute(plan.question)
    # not a figure: 'who are the volunteers?' asks who they are, not how many
    if asked is None or asked[0] not in ("fact", "field", "person"):
        return False
    intent, attribute, exact = asked
    plan.parts = [_with_yes_no(PlanPart(plan.question, intent, attribute, exact_date=exact))]
    return True


def _elsewhere(plan: QuestionPlan, folded: str) -> bool:
    """Whether a question looks beyond the one in focus: a place, other ones, structures."""
    return bool(
        plan.places
        or plan.departements
        or lx.OTHER_ONES.search(folded)
        or lx.PLURAL_STRUCTURES.search(folded)
    )


def _card_line_of_the_one(plan: QuestionPlan, focus: list[str], folded: str) -> bool:
    """Class: a near miss in a conversation — 'is there a website?', 'y a-t-il un site ?', 'il
    y a un directeur ?' after a turn about one structure: whether that one has the card's
    line (a field, a person), a yes or no from its fiche; not a search for every structure
    having one (the next turn, 'who's the director though?', then kept every structure in
    focus). Not when it names a place, other ones or structures ('is there a shop?' counts
    sites, a search still)."""
    if len(focus) != 1 or len(plan.parts) != 1 or plan.parts[0].intent != "list":
        return False
    if not lx.HAS_IT_FRAME.match(folded) or lx.OTHER_ONES.search(folded) or plan.places:
        return False
    if lx.PLURAL_STRUCTURES.search(folded) or plan.departements:
        return False
    asked = asked_attribute(plan.question)
    if asked is None or asked[0] not in ("field", "person"):
        return False
    intent, attribute, exact = asked
    plan.parts = [_with_yes_no(PlanPart(plan.question, intent, attribute, exact_date=exact))]
    return True


# 'their funders', 'who funds them', 'qui les finance': the structures pointed at as owners or
# objects, not as the subject of a list ('lesquelles …', 'which ones …' narrow the list)
_POSSESSIVE_OR_OBJECT = re.compile(
    r"\b(leurs?|their|them|eux)\b|\b(qui|who)\s+(les|l')\s*[a-z]+(e|ent)\b"
)


# 'which of them …', 'lesquelles …', 'parmi elles …': a question picking among the focus
_PICKING = re.compile(r"\b(which|lesquel\w*|laquelle|lequel|parmi|among)\b")


def pointed_words(folded: str) -> str:
    """The words of a pointer by what a structure does ('the toy one' -> 'toy', 'celle des
    jouets' -> 'jouets'), as `lexicon.PICKED_BY_THING` reads them; '' without one."""
    match = lx.PICKED_BY_THING.search(folded)
    if match is None:
        return ""
    return next(g for g in match.group("what", "what2", "what3") if g)


def _pointer(folded: str) -> str:
    """The words that pick one structure of the previous answer by what it does or its theme
    ('the toy one' -> 'toy', 'celle qui fait des jouets' -> 'des jouets'), or ''."""
    words = pointed_words(folded)
    if not words:
        return ""
    # 'the oldest one', 'the one with the biggest budget', 'celle avec le plus de salariés'
    # rank the structures in focus (an aggregate over them), they point at none by what it does
    ranks = any(lx.compiled(p).search(words) for p, _ in lx.SUPERLATIVES)
    if ranks or lx.COMPARATIVE.search(words):
        return ""
    return words.strip() if _content_words(words) else ""


def _without_pointers(query: str) -> str:
    """Class: the structure in focus after two picks by what they do ('the fish one, how many
    tonnes?', then 'and the clothes one?'): the words that picked each ('fish', 'clothes')
    chose the structure; they are not asked of it, so the query keeps only what is asked."""
    folded = fold(query)
    if len(folded) != len(query):
        return query
    kept, at = [], 0
    for match in lx.PICKED_BY_THING.finditer(folded):
        kept.append(query[at : match.start()])
        at = match.end()
    kept.append(query[at:])
    return " ".join(" ".join(kept).split())


def _asked_beside_pointer(plan: QuestionPlan, folded: str) -> None:
    """What a question picking a structure by what it does asks besides the pick ('celle qui
    fait des jouets, elle est où ?' asks where, not which structures make toys): its parts are
    planned from the rest of it; none when nothing else is asked (the previous asks, then)."""
    match = lx.PICKED_BY_THING.search(folded)
    if match is None or len(folded) != len(plan.question):
        return
    rest = f"{plan.question[: match.start()]} {plan.question[match.end() :]}".strip(" ,;:-")
    part = _with_yes_no(plan_part(rest, False))
    if part.attribute or part.yes_no or _content_words(fold(rest)):
        plan.parts = [part]
    else:  # 'the toy one?': the previous asks
        plan.parts = [PlanPart(plan.question, "fact")]


def _the_others(plan: QuestionPlan, state: ConversationState, asks_own: bool) -> QuestionPlan:
    """'et l'autre ?', 'and the others?' after a turn that picked or narrowed ('celle de
    Guise …', 'lesquelles font de l'alimentation ?'): the structures of the list it picked
    from that it left out, asked what the question asks, else what the turn asked (a list
    narrowed shows the rest of the list)."""
    last = state.last
    assert last is not None
    rest = [f for f in state.wider if f not in state.focus]
    plan.targets, plan.target_source, plan.followup = rest, "focus", True
    plan.among, plan.others = list(state.wider), True
    if not asks_own:
        # (after a count, the others are listed: 'and the others?' is no count of them)
        counted = bool(last.facts_query) and last.facts_query.get("op") == "count"  # type: ignore[union-attr]
        if (last.narrow and any(p.intent == "list" for p in last.parts)) or counted:
            plan.parts = [PlanPart(plan.question, "list")]
            plan.query = last.query
        else:
            _inherit_parts(plan, last)
    plan.resolution = "the others of the list the previous turn picked from"
    return plan


LESS_NAMED = "the structures of the previous answer, less those named"


def _leaves_out_named(plan: QuestionPlan, state: ConversationState, folded: str) -> bool:
    """'sans compter Synapse 3i ?', 'excluding VESTALI?' after a list or a total of several
    structures, naming only some of them (`lexicon.LEAVES_OUT`)."""
    pool = _pool(state)
    return len(pool) > 1 and set(plan.targets) < set(pool) and bool(lx.LEAVES_OUT.match(folded))


def _pool(state: ConversationState) -> list[str]:
    """The structures a follow-up may leave some out of: those of the last answer, or the
    whole ranking it was picked from ('la plus grosse ?' then 'à part Synapse 3i ?')."""
    return state.focus if len(state.focus) > 1 else state.wider


def _without_named(plan: QuestionPlan, state: ConversationState, asks_own: bool) -> QuestionPlan:
    """The structures in focus but those named, asked what the question asks, else what the
    last turn asked: its list, or its total or ranking made again of the rest."""
    last = state.last
    assert last is not None
    pool = _pool(state)
    rest = [f for f in pool if f not in plan.targets]
    plan.targets, plan.target_source, plan.followup = rest, "focus", True
    plan.among = list(pool)
    if not asks_own:
        _inherit_parts(plan, last)
        if last.facts_query:
            query = dict(last.facts_query)
            query["filters"] = {**query.get("filters", {}), "structures": rest}
            plan.facts_query, plan.facts_from_search = query, False
    plan.resolution = LESS_NAMED
    return plan


ASKED_AGAIN_THERE = "previous question, of the one in focus or those in the place"
ASKED_ANEW_THERE = "previous answer, narrowed to a place, asked anew"


def _one_named_asked(state: ConversationState) -> bool:
    """Whether the last turn asked something (a figure, a person, a field, a date) of one
    structure, named or described: a place asked next ('et dans l'Aisne ?') asks the same there."""
    last = state.last
    # (named, or described: 'How many employees does the Amiens computer place have?' then
    # 'and the wood workshop in the Aisne?' asks the same of the one there)
    if last is None or len(state.focus) != 1:
        return False
    return _asks_of_structures(last)


def _asks_of_structures(plan: QuestionPlan) -> bool:
    """Whether a question asks something of structures (a figure, a person, a field, a date,
    yes or no), not which ones qualify."""
    return any(p.attribute or p.yes_no for p in plan.parts) and not asks_list(plan)


def _whole_region(plan: QuestionPlan, last: QuestionPlan) -> QuestionPlan:
    """'et dans toute la région ?', 'and in the whole region?' after a question asked of one
    place: that question again, of every structure wherever it stands."""
    plan.parts = [replace(p, text=plan.question) for p in last.parts]
    plan.query = _without_places(last.query)
    plan.theme = plan.theme or last.theme
    plan.targets, plan.target_source = [], "any"
    plan.followup, plan.resolution = True, "previous question, over the whole region"
    return plan


def _definite_plural(plan: QuestionPlan, focus: list[str], folded: str) -> bool:
    """'what projects were the studies on' after an answer naming several structures: a
    definite plural pointing back at what they did, in a question that brings no topic of its
    own (no facet value, place or theme: 'which ones sell the clothes' does)."""
    if len(focus) < 2 or plan.lang != "en" or not lx.DEFINITE_PLURAL.search(folded):
        return False
    if plan.departements or plan.places or plan.theme:
        return False
    return not match_words(plan.question, ("sector", "activity", "public", "insertion"))


def asks_list(plan: QuestionPlan) -> bool:
    return any(p.intent in ("list", "similar", "aggregate") for p in plan.parts)
