"""Filling a plan part from one fiche: the parsed value when the fiche holds it as a field
(key figure, contact person, identity card), else a sentence holding the expected answer type
bound to the asked thing (a number next to the asked noun, a year next to the asked event).

A part that cannot be filled yields `Missing`, with the nearest fact the fiche does state, so
the answer can say "le livret donne … mais pas …" instead of quoting a neighbouring number.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial

import numpy as np

from livret_qa import lexicon as lx
from livret_qa.answering import (
    action_named,
    aid_in_general,
    apposed,
    area_of_thing,
    blanks,
    bound_count,
    change_asked,
    costs_covered,
    costs_lowered,
    counted_act,
    counted_per_period,
    examples_asked,
    figure_binding,
    figure_source,
    filed_figure,
    forecast,
    home_town,
    initialism,
    labelled_count,
    launched_side,
    listed_excluded,
    loose_quantity,
    mobile_number,
    named_site,
    other_body_place,
    partner_named,
    periods,
    place_forms,
    priced_thing,
    property_asked,
    reasons,
    share_of,
    spent_on,
    stated_name,
    sub_thing,
    topic_words,
    unit_family,
    yes_no,
)
from livret_qa.answering.abstention import PROPER
from livret_qa.answering.evidence import (
    Citation,
    Evidence,
    citation_at,
    citation_for,
    figure_citation,
    narrowed,
)
from livret_qa.answering.plan import PlanPart, QuestionPlan, years_of_part
from livret_qa.answering.planner import asks_operating, without_set_apart_description
from livret_qa.answering.switched_things import switched, things_kept
from livret_qa.answering.topic_words import kinds_of
from livret_qa.facts.facets import match_places
from livret_qa.facts.records import Fact
from livret_qa.facts.staff import staff_facts
from livret_qa.facts.wording import plain_number
from livret_qa.glossary import EN_FR
from livret_qa.indexing.analyzer import analyze
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.parsing.fiche import Fiche, Identity, KeyFigure
from livret_qa.parsing.measures import figure_measures, has_quantity, worded_figure
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.places import spaced_pattern
from livret_qa.text import aligned_fold, fold

# The region's département names, folded: a town asked ('Calais') is not found inside one
# ('Pas de Calais'). Class: a yes/no whether a structure has a site in a town.
_GENERIC_SITE = re.compile(r"\b(sites?|antennes?|implantations?|etablissements?)\b")
_DEPARTEMENT_NAMES = re.compile(
    "|".join(rf"\b{spaced_pattern(name)}\b" for name in DEPARTEMENTS.values())
)

# A label, then its number ('EFFECTIF : 25'), a year aside ('résultat net de 2019').
NUMBER_AFTER = r"[^\d;!?]{0,25}?(?!(?:19|20)\d\d\b)\d[\d  .,]*"
# A number, then at most a few words before the asked noun ('19 personnes en contrat
# déterminé d'insertion', '85 salarié.e.s en CDDI').
# A share ('70 % de recettes') is no amount nor count of the noun.
NUMBER_BEFORE = r"(?<![\w])(?!(?:19|20)\d\d\b)\d[\d  .,]*(?!\s*%)\s*[^\d;:!?]{0,60}?"
# A count: '1200 ordinateurs', not '3i', nor an amount of money ('53 177 euros').
# A number in a unit a quantity is counted in ('3,5 tonnes', '11 738 heures', '800 m2'), folded.
_IN_A_UNIT = re.compile(
    r"\d[\d  .,]*\s*(?:"
    + "|".join(sorted(lx.UNIT_COUNTED, key=len, reverse=True))
    + r"|m²|m<sup>2</sup>|€|%)(?!\w)"
)
# A loan asked ('how much did it borrow?', 'combien ont-ils emprunté ?', 'the loan'), and a
# sentence telling one ('un prêt du club CIGALES'), folded.
_LOAN_ASKED = re.compile(r"\b(borrow\w*|emprunt\w*|loans?|lend|lent|pret\w*)\b")
_LOAN_STATED = re.compile(r"\b(prets?|emprunt\w*|prete\w*)\b")


def _digit_beside(fiche: Fiche, years: bool = True) -> str:
    """A digit that is no number of the structure's own name ('62' of 'Le panier de la mer
    62', '3' of 'Synapse 3i'), nor of a year unless `years` are asked: what a figure asked
    with no noun counted is stated by."""
    own = sorted(set(re.findall(r"\d+", fiche.name)), key=len, reverse=True)
    if not years:
        own.append(r"(?:19|20)\d\d")
    if not own:
        return r"\d"
    return rf"(?<!\d)(?!(?:{'|'.join(own)})(?:\b|[^\W\d_]))\d"


A_NUMBER = re.compile(r"(?<![\w])(?!(?:19|20)\d\d\b)\d[\d  .,]*\s+(?!euros?\b)[^\W\d_]{2,}")
# An acronym a question names ('DREETS', 'CIGALES'), as the booklet writes partners.
_ACRONYM = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]{2,})(?![\w-])")
# A count and the words after it, up to the noun it counts ('4 nouveaux postes de travail').
# A unit may hold a digit ('4600 m2 de serres').
_COUNT_WORDS = re.compile(r"(?<![\w])\d[\d  .,]*\s*((?:[^\W\d_]\w*[' ]+){0,2}[^\W\d_]\w+)")
# An amount of money as the booklet writes it: '160 000 €', '53 177 euros'.
# the noun a rate counts ('combien de JOURS par semaine', 'how many DAYS a week'), folded
_RATE_HEAD = re.compile(r"\b(?:combien (?:de |d')|how many )([a-z]{3,})\b")
_AMOUNT = re.compile(r"\d[\d  .,]*\s*(?:€|euros?\b|k€)")
EVENT_TERMS_MARGIN = 2  # question words an undated sentence must hold beyond the dated one
# the detail of a Found from the card's head-office line: labelled so, not as an address
HEAD_OFFICE = "head_office"
# the detail of a count answering a field part (`_count_of_head`), labelled by the noun
# counted ('— fish: 49 tonnes de poissons …'), not by the field ('— networks: …')
COUNTED_INSTEAD = "counted:"
COSTS_LOWERED = "costs_lowered"  # the detail of `_costs_lowered`'s lines, labelled so
REASON_DETAIL = "reason"  # a Found giving the reason for an action, the action after it
# Parts of the staff the staff field states, read as facts (`facts.staff`)
_STAFF = frozenset({"insertion", "etp"})
EXAMPLE_RANKS = 8  # sentences nearest a question asking examples, where one may list them
# the words of a question asking examples that name no thing ('any examples of …')
_EXAMPLE_FRAME = frozenset(analyze("examples example exemples exemple quelques some any give"))
NARRATIVE = ("history", "action", "characteristics", "challenge", "levers", "obstacles")
# Things a 'when' question may name for none of them mentioned to mean an event the fiche does
# not tell ('la date de fermeture'); a longer one tells a story around its date ('je crois
# qu'ils se sont montés pendant le covid'), whose words are no event asked.
MAX_UNDATED_OBJECTS = 2
MIN_INFLECTED_STEM = 4  # letters a stem needs to name the longer stems of its inflections
INFLECTION = 2  # letters an inflection adds to a stem ('velo' → 'velos', 'cambriol' → 'cambriole')
MIN_TOLD_OBJECTS = 2  # things asked an undated sentence names together to tell the event asked
MIN_STEM_PREFIX = 5  # letters a stem needs to stand for the words it begins
SECTION_QUOTES = 6  # a section asked as a whole: at most this many of its sentences
SECTION_SENTENCE_MIN = 20  # characters: shorter pieces are a broken paragraph's ends ('Pour')
SECTION_TERM_WEIGHT = 0.05  # per question term a section sentence shares: puts it first
_A_MONTH = re.compile(rf"\b({lx.MONTHS})\b")
_NAMED_MONTH = re.compile(rf"\b({lx.MONTHS}|{lx.MONTHS_EN})\b")  # a date giving its month
# a date giving its season, or its month (which tells the season)
_NAMED_SEASON = re.compile(rf"\b({lx.SEASONS}|{lx.MONTHS}|{lx.MONTHS_EN})\b")
_LABEL = re.compile(r"^[^:.;!?]{1,60}?\s?:\s")  # 'BÉNÉFICIAIRES : …', 'Innovation sociale : …'
ACTS_WEIGHT = 10  # a thing asked outweighs any number of activities in a yes/no's sentence
# a name asked ('La DRAAF soutient-elle le drive ?') outweighs any number of things: a sentence
# not naming the partner asked cannot say what that partner does
NAME_WEIGHT = ACTS_WEIGHT * ACTS_WEIGHT
# how often a rate is said in words ('deux fois par mois'), folded
_RATE_COUNTS = r"une|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|once|twice|two|three|four"
# An open question's sentence: what each thing / activity asked that it names adds to its score
# (the cosines of one fiche's sentences lie within about 0.1 of each other).
THING_FIT = 0.06
ACT_FIT = 0.04
DATED_WEIGHT = 5  # a "still" question: the dated sentence before its activities, after its things
HEADING_FIT = 0.03  # under a sub-heading naming what is asked
FRAME_FIT = 0.05  # a sentence saying what the question's frame asks (a provenance, buyers)
FRAME_MOST = 2  # distinct words of a frame a sentence is counted for, at most
# a card's field whose label is the frame asked ('USAGERS CLIENTS : les habitants, …' to 'à qui
# vend-elle ?'): the booklet's own answer, over a sentence naming a client in passing
CARD_FRAME_FIT = 0.06
_CARD_FRAMES = frozenset({"buyers", "sold_to"})  # the open frames a card's label answers


@dataclass
class Found:
    """A filled slot: `value` in plain words, the citation that states it."""

    fiche_id: str
    value: str
    citation: Citation
    detail: str = ""  # the label or role as the booklet words it
    note: str = ""  # a message key qualifying the value ('year_unstated')
    # The other sentences of a section asked as a whole ('ses freins'), in booklet order.
    more: list[Citation] = field(default_factory=list)
    # A yes/no question the fiche answers no ('est-elle une SCIC ?': its status is another)
    denied: bool = False
    # … or states it as a plan only ('il s'agit maintenant de … créer son site marchand')
    planned: bool = False


@dataclass
class Missing:
    """What the fiche does not state, and the nearest fact it does state (if any)."""

    fiche_id: str
    # 'attribute' | 'year' | 'undated' | 'whole_year' | 'role' | 'role_unnamed' |
    # 'role_group' | 'date' | 'national' | 'place' | 'passage' | 'unmentioned' | 'apart' |
    # 'blank' | 'amount' | 'other_site' | 'share' | 'actual' | 'forecast' | 'target' |
    # 'month' | 'span' | 'scope' | 'planned' | 'units' | 'created' | 'reason' |
    # 'person_unnamed' | 'year_of' | 'where_things' | 'weight' | 'thing_unnamed' |
    # 'body_founding' | 'site_figure' | 'partner_fact'
    missing: str
    nearest: Found | None = None
    asked: str = ""  # what is missing when not the part's own attribute ('role:president')
    words: str = ""  # the things asked that the fiche never mentions ('« domicile »')


Filled = Found | Missing

# Details of a person (`lexicon.UNSTATED`): the card's contact, named in a role, is the
# nearest fact when no sentence of the story names a role.
_OF_A_PERSON = frozenset({"person_age", "person_background"})
# The card's fields that belong to one site, its main one: asked of a site in another town,
# they are the nearest fact, not the answer.
_OF_A_SITE = frozenset({"field:address", "field:phone", "field:email"})


# a turnover's complement ('turnover of the bike rental', 'CA de la location de vélos'), folded
_TAKINGS_OF = re.compile(
    r"\b(?:turnover|sales|revenues?|takings|chiffre d.affaires|ca|recettes?)\s+"
    r"(?:of|from|on|de|du|des|d')\s*(?P<rest>.*)$"
)
# where a complement ends: a verb or a preposition of its own ('… de VESTALI a-t-il augmenté')
_COMPLEMENT_END = re.compile(
    r"[?,;]|\b(?:a|ont|est|sont|etait|a-t-(?:il|elle)|ont-(?:ils|elles)|has|have|had|is|was|"
    r"did|does|do|en|in|pour|for|par|by)\b"
)


class SlotFiller:
    """Fills plan parts from the fiches of one engine; `query` ranks candidate sentences."""

    def __init__(self, engine: Engine, plan: QuestionPlan):
        self.engine = engine
        self.plan = plan
        self.query = plan.query
        self._scores: dict[str, np.ndarray] = {}
        self._positions: dict[tuple[int, int], int] | None = None  # (chunk, start) -> index

    def for_part(self, part: PlanPart) -> SlotFiller:
        """Rank sentences by what the part asks (see `evidence_query`)."""
        self.query = evidence_query(self.engine, self.plan, part)
        return self

    def scores(self) -> np.ndarray:
        if self.query not in self._scores:
            self._scores[self.query] = self.engine.sentence_scores(self.query)
        return self._scores[self.query]

    # -- sentences of a fiche ---------------------------------------------------------------
    def sentences(self, fiche_id: str, sections: tuple[str, ...] = ()) -> Iterator[Evidence]:
        scores = self.scores()
        for j, sentence in enumerate(self.engine.sentences):
            chunk = self.engine.chunks[sentence.chunk]
            if chunk.fiche_id == fiche_id and (not sections or chunk.section.value in sections):
                yield Evidence(fiche_id, sentence, chunk, float(scores[j]))

    def best_sentence(
        self, fiche_id: str, keep: Callable[[str], bool], sections: tuple[str, ...] = ()
    ) -> Evidence | None:
        best: Evidence | None = None
        for ev in self.sentences(fiche_id, sections):
            if keep(fold(ev.sentence.text)) and (best is None or ev.score > best.score):
                best = ev
        return best

    def found(self, ev: Evidence, value: str = "", detail: str = "") -> Found:
        return Found(
            ev.fiche_id, value or ev.sentence.text, citation_for(self.engine, 0, ev), detail
        )

    def _site_asked_elsewhere(self, fiche: Fiche) -> bool:
        """Class: a yes/no whether the structure has a site in a town ('ils ont une antenne
        à Calais aussi ?', 'do they have a branch in Calais too?') that is not its own town
        and where no sentence of its fiche names a site of it (`site_sentence`): the fiche
        names the town for something else, so gives no site there."""
        places = self.plan.places
        asked = fold(self.plan.question)
        if not places or not lx.SITE_THERE_ASKED.search(asked):
            return False
        if lx.OPEN_QUESTION_WORD.search(asked):  # 'combien de boutiques à Hirson ?'
            return False
        main_site = _spaced(f"{fiche.contact.town} {fiche.identity.head_office}")
        if any(_spaced(place) in main_site for place in places):
            return False
        return self.site_sentence(fiche, places) is None

    def site_sentence(self, fiche: Fiche, places: list[str]) -> Found | None:
        """Class: whether a structure is (still) at a place its fiche names as one of its
        sites ('are they still in Hirson?', 'sont-ils toujours à Hirson ?' where 'un deuxième
        site voit le jour … à Hirson dont l'activité a cessé'): the sentence naming that
        place, one telling an opening or a closure first. None when no sentence names it."""
        patterns = [re.compile(spaced_pattern(fold(p))) for p in places]
        asked = fold(self.plan.question)
        # the kind of site asked, when one is ('a shop in Calais'): a sentence naming a site of
        # that kind there, not an 'atelier de la citoyenneté à Calais'
        kinds = [stated for kind, stated in lx.SITE_KINDS if kind.search(asked)]
        # no kind asked ('une antenne à Calais ?'): a site of its own, not 'l'atelier de la
        # citoyenneté à Calais', another body (lexicon OWN_SITE_STATED)
        own = lx.SITE_SENTENCE if kinds else lx.OWN_SITE_STATED

        def names(text: str) -> bool:
            bare = _DEPARTEMENT_NAMES.sub(" ", text)  # 'Calais' is not 'Pas de Calais'
            return (
                any(p.search(bare) for p in patterns)
                and bool(own.search(text))
                # a site said generically ('un deuxième site … à Hirson') is one of any kind
                and (all(k.search(text) for k in kinds) or bool(_GENERIC_SITE.search(text)))
            )

        def operating(text: str) -> bool:
            return names(text) and bool(lx.OPERATING_STATED.search(text))

        # a dated opening or closure first ('voit le jour en 2019 … a cessé en 2021'), then
        # any, then the sentence naming the site: 'still open?' is answered by when
        ev = self.best_sentence(
            fiche.id, lambda t: operating(t) and bool(lx.YEAR.search(t)), NARRATIVE
        )
        ev = ev or self.best_sentence(fiche.id, operating, NARRATIVE)
        ev = ev or self.best_sentence(fiche.id, names, NARRATIVE)
        return self.found(ev) if ev is not None else None

    def nearest_sentence(self, fiche_id: str) -> Found | None:
        """The fiche's sentence closest to the question, outside its identity and contact
        cards (a name or an address line is no fact about what was asked), and never a bare
        label ('PARTENAIRES FINANCIERS MOBILISÉS :') or a bare link, which state nothing."""
        ev = self.best_sentence(fiche_id, _states_something, (*NARRATIVE, "key_figures"))
        ev = ev or self.best_sentence(fiche_id, lambda _: True)
        return self.found(ev) if ev else None

    # -- dispatch ---------------------------------------------------------------------------
    def fill(self, part: PlanPart, fiche: Fiche) -> Filled:
        years = years_of_part(self.plan, part)
        if years == self.plan.years:
            return self._fill(part, fiche)
        whole = self.plan  # a year of another part does not bind this one
        self.plan = replace(whole, years=years)
        try:
            return self._fill(part, fiche)
        finally:
            self.plan = whole

    def _fill(self, part: PlanPart, fiche: Fiche) -> Filled:
        if self.plan.years and not mentions_any(self.engine, fiche, map(str, self.plan.years)):
            return Missing(fiche.id, "year", self._nearest_for(part, fiche))
        if self.plan.places and not mentions_any(
            self.engine, fiche, self.plan.places, place_named=True
        ):
            # 'Synapse 3i a-t-elle un site à Lille ?': where the structure is, instead
            where = self.field(PlanPart(part.text, "field", "field:address"), fiche)
            return Missing(fiche.id, "place", where if isinstance(where, Found) else None)
        if self._site_asked_elsewhere(fiche):
            # 'ils ont une antenne à Calais aussi ?' where Calais is named for something else
            where = self.field(PlanPart(part.text, "field", "field:address"), fiche)
            return Missing(fiche.id, "site_there", where if isinstance(where, Found) else None)
        self.for_part(part)
        if not part.yes_no and lx.FREQUENCY_ASKED.search(fold(part.text)):
            return self._frequency(part, fiche)
        filler = {
            "figure": self.figure,
            "person": self.person,
            "field": self.field,
            "date": self.date,
            "unstated": self.unstated,
        }.get(part.intent, self.sentence)
        filled = filler(part, fiche)
        if part.yes_no and isinstance(filled, Found) and part.kind != "status":
            # what the slot holds, and what else
            gap = self.yes_no_gap(part, fiche)  # the question names ('ISO')
            if gap is not None and part.intent == "field":
                # 'a-t-il le label bio ?': the labels it does hold are the nearest fact
                gap.nearest = Found(filled.fiche_id, filled.citation.quote, filled.citation)
            filled = gap or self._label_of_another_kind(part, fiche, filled) or filled
        if part.intent == "figure":
            filled = self._sum_from_partner(part, fiche, filled)
        if part.intent == "figure" and isinstance(filled, Found):
            asked = fold(part.text)
            if lx.MONEY_ASKED.search(asked) and not _AMOUNT.search(
                filled.value + " " + filled.citation.quote
            ):
                return Missing(fiche.id, "amount", filled)  # a funder named, no sum
            # ('which ones give a budget?': a verb of stating asks which state it, no grant)
            said = lx.GIVES_A_FIGURE.sub(" ", lx.WHICH_STATE_FIGURE.sub(" ", asked))
            giving = lx.GRANT_ASKED.search(said)
            if part.name == "budget" and giving:
                return Missing(fiche.id, "amount", filled)  # one funder's share: not its budget
            filled = self._whole_year(filled)
            if isinstance(filled, Found):
                quote = filled.citation.quote
                clause = fold(periods.figure_clause(quote, filled.value))
                own = fold(periods.figure_clause(quote, filled.value, with_value=False))
                lacking = forecast.missing_kind(asked, clause, own)
                if lacking is not None:  # a forecast for the actual figure, or the reverse
                    return Missing(fiche.id, lacking, filled)
                # ('acheter un panier c'est combien ?' asks a price, no count of things bought)
                priced = priced_thing.asks_cost_of_thing(part.text)
                act = None if priced else counted_act.act_not_stated(asked, clause)
                if act is not None:  # 'how many toys sold?' of '3,5 tonnes de jouets collectés'
                    done = self._act_sentence(part, fiche, act, filled)
                    if done is not None:  # '… et vend environ 100 paniers solidaires'
                        return done
                    return Missing(fiche.id, "attribute", filled, self._act_asked(part, act))
                # the period may be said around the figure ('par semaine' a line above)
                stated = fold(quote + " " + filled.citation.passage)
                period = periods.rate_not_stated(asked, stated)
                if period is not None:
                    # 'combien de tonnes par mois ?' of '51 tonnes de poissons collectés'
                    rate = self._rate_stated(part, fiche, period, filled.value)
                    if rate is not None:
                        return rate
                    if periods.another_period(fold(periods.figure_clause(quote, filled.value))):
                        # '1 100 tonnes/an' asked per month: given, said to be of another
                        # period (a held-out set's writers counted it as the answer: refusing
                        # it cost two answerable questions)
                        filled.note = filled.note or "other_period"
                    else:
                        # 'combien d'ateliers cuisine par mois ?' of '309 ateliers', 'how many
                        # kilos of fish a week?' of '51 tonnes de poissons collectés': a figure
                        # stating no period is a total over some span the fiche does not give,
                        # not the rate asked, and no rate can be drawn from it (class: a rate
                        # asked of a figure stating none; dev10-227, dev6-215). The figure is
                        # the nearest fact. One stated per another period is given, said so.
                        counted = self._counted_per_period(part, fiche, period)
                        if counted is not None:  # '3 jours d'ouverture hebdomadaire'
                            return counted
                        words = periods.period_words(period, self.plan.lang)
                        asked_of = self._rate_label(part)
                        # ('rate': positive evidence, never reopened by meaning, which would
                        # find the same figure again: stated_passage.REOPENED)
                        return Missing(fiche.id, "rate", filled, f"noun:{asked_of} {words}")
                together = periods.years_together(own)
                if together and self.plan.years and not together <= set(self.plan.years):
                    # 'combien de masques en 2021 ?' of '60 000 masques produits en 2020 et
                    # 2021': a total over years together, not the one asked
                    return Missing(fiche.id, "span", filled)
                if periods.dated_elsewhere(clause, set(self.plan.years)):
                    return Missing(fiche.id, "year", filled)  # '281 formées en 2020' for 2021
        if part.intent == "figure" and isinstance(filled, Found):
            unbound = self._figure_unbound(part, fiche, filled)
            if unbound is not None:
                return unbound
        if part.attribute in _OF_A_SITE and isinstance(filled, Found) and self.plan.places:
            # 'l'adresse de la boutique de Hirson': the address it gives is its main site's;
            # so are the phone and e-mail of its card ('le téléphone de la boutique d'Hirson')
            main_site = _spaced(f"{fiche.contact.town} {fiche.identity.head_office}")
            if not any(_spaced(place) in main_site for place in self.plan.places):
                # 'yes or no: are they still in Hirson?': whether it is there, not the address
                there = self.site_sentence(fiche, self.plan.places) if part.yes_no else None
                return there or Missing(fiche.id, "other_site", filled)
        if part.attribute in _OF_A_SITE and isinstance(filled, Found) and not part.yes_no:
            site = self._listed_site_asked(part, fiche)
            if site:  # 'the address of the maison des savoirs': the card's is its main site's
                return Missing(fiche.id, "other_site", filled, words=site)
        if part.intent == "figure" and isinstance(filled, Found):
            filled = self._of_thing_asked(part, filled)
        if part.intent == "figure" and isinstance(filled, Found) and not part.yes_no:
            filled = self._bound_count(part, filled)
        if part.name == "surface" and isinstance(filled, Found):
            filled = _volume_for_area(part, filled)
        if part.name == "surface" and isinstance(filled, Found):
            filled = _area_in_other_unit(part, filled)
        if part.name == "surface" and isinstance(filled, Found):
            # 'la surface des serres ?' of '4 ha dont 4600 m2 de serres': the area by the thing
            things = priced_thing.asked_things(part.text, fiche.name)
            area = area_of_thing.area_of(
                filled.citation.quote,
                lambda words: any(g.held_by(set(analyze(words))) for g in things),
            )
            if area and things:
                filled = replace(filled, value=area)
        if part.name in ("budget", "chiffre_affaires") and isinstance(filled, Found):
            filled = self._budget_of_thing(part, fiche, filled)
        if isinstance(filled, Found):
            filled = _of_scope_asked(part, filled)
            if isinstance(filled, Missing) and filled.missing == "scope":
                filled = self._tie_of_scope(fiche, filled)
        stated_nationally = isinstance(filled, Found) and "national" in fold(
            filled.citation.quote + filled.citation.passage
        )
        if self.plan.national and isinstance(filled, Found) and not stated_nationally:
            return Missing(fiche.id, "national", filled)
        return filled

    def _tie_of_scope(self, fiche: Fiche, missing: Missing) -> Filled:
        """Class: a level of partners the lists by level do not give ('the European network
        the garden partners with', 'des partenaires européens ?') but that a sentence of its
        own states, a partnership with a body of that level ('Un partenariat avec … du Réseau
        Européen de lutte contre la pauvreté'): that sentence answers; only with none is the
        level unstated (positive evidence before the refusal)."""
        bodies = lx.SCOPE_BODIES.get(missing.words)
        if bodies is None:
            return missing
        ev = self.best_sentence(
            fiche.id, lambda t: bool(bodies.search(t) and lx.TIE_STATED.search(t)), NARRATIVE
        )
        return self.found(ev) if ev is not None else missing

    def _figure_unbound(self, part: PlanPart, fiche: Fiche, filled: Found) -> Missing | None:
        """A figure answer whose sentence binds no figure of the kind asked to the thing or
        the site asked (figure_binding.py): the whole structure's figure asked of one of its
        other sites ('How many people work at the Hirson shop?'), when it states several
        ('NOMBRES DE SITES : 2'). None when the sentence answers, or the number of sites
        itself is asked."""
        # a site named before its noun ('the Copains' Hirson shop') is a place asked too
        places = self.plan.places or figure_binding.places_in_words(part.text, fiche.name)
        if part.name == "sites":
            return None
        if not places:
            return self._named_site_unbound(part, fiche, filled)
        if figure_binding.names_place(filled.citation.quote, places):
            return None
        source = self.engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end]
        if figure_binding.sites_stated(source) < 2:
            return None  # 'the ressourcerie near Montreuil': its one site, described
        main_site = _spaced(f"{fiche.contact.town} {fiche.identity.head_office}")
        if any(_spaced(place) in main_site for place in places):
            # 'the Guise shop': the structure itself, where it is, unless its figure gives
            # one value per site ('2 (80m² & 40m²)'), none saying whose
            if figure_binding.several_values(filled.citation.quote):
                return Missing(fiche.id, "site_figure", filled, words=", ".join(places))
            return None
        if self.site_sentence(fiche, places) is None:
            return None  # a place the fiche names for no site of its own
        return Missing(fiche.id, "site_figure", filled, words=", ".join(places))

    def _listed_site_asked(self, part: PlanPart, fiche: Fiche) -> str:
        """The site a contact detail is asked of, when the fiche lists its sites by name and
        the question names one that is not its head office (class: 'what's the address of
        the maison des savoirs?', 'le téléphone du pôle social de Synapse 3i ?', "l'e-mail
        de la boutique solidaire de VESTALI ?"): the card gives one address, phone and
        e-mail, its establishment's, none of that site ('« maison des savoirs »'); '' for
        none. A site named with the head office ('atelier … et siège social') is the card's."""
        listed = _listed_sites(fiche)
        if not listed:
            return ""
        asked = named_site.sites_asked(part.text, listed, analyze, _gloss)
        if not asked or any(lx.HEAD_OFFICE_ASKED.search(fold(s.name)) for s in asked):
            return ""
        return f"« {asked[0].name} »"

    def _named_site_unbound(self, part: PlanPart, fiche: Fiche, filled: Found) -> Missing | None:
        """The whole structure's figure asked of one of the sites its fiche lists by name
        (named_site.py: 'How many people work at the maison des savoirs?', 'le budget de
        l'atelier couture'): only a sentence naming that site answers; the figure found is
        the nearest fact. None when no listed site is asked, or the quote names it."""
        listed = _listed_sites(fiche)
        if not listed:
            return None
        text = evidence_query(self.engine, self.plan, part)
        asked = named_site.sites_asked(text, listed, analyze, _gloss)
        quote = f"{filled.value} {filled.citation.quote}"
        unbound = [s for s in asked if not named_site.binds_site(quote, s, analyze)]
        if not asked or len(unbound) < len(asked):
            return None
        return Missing(fiche.id, "site_figure", filled, words=f"« {unbound[0].name} »")

    def _counted_per_period(self, part: PlanPart, fiche: Fiche, period: str) -> Found | None:
        """The fiche's sentence counting the noun a rate asks per the period asked ('combien
        de jours dans la semaine ?' of « 3 jours d'ouverture hebdomadaire »), when the
        figure found for the measure read (its sites) states no period; None when none."""
        head = _RATE_HEAD.search(fold(part.text))
        if head is None:
            return None
        stems = {head.group(1).rstrip("s")}
        if self.plan.lang == "en":  # 'how many days/week' of « 3 jours d'ouverture hebdomadaire »
            stems |= {t for g in topic_words.glossed_words(head.group(1)) for t in g.stems}
        counted = "|".join(re.escape(t) for t in sorted(stems))
        pattern = lx.RATE_PERIODS[period]

        def counts(text: str) -> bool:
            folded = fold(text)
            return bool(
                re.search(rf"\d[\d  .,]*\s*(?:{counted})", folded) and pattern.search(folded)
            )

        ev = self.best_sentence(fiche.id, counts)
        return self.found(ev) if ev is not None else None

    def _rate_label(self, part: PlanPart) -> str:
        """What a rate asked counts, in words: its noun ('ateliers'), else its measure's label
        ('tonnage'), else 'chiffre'."""
        if self._counts_things(part):
            return part.noun
        measure = next((m for m in lx.MEASURES if m.name == part.name), None)
        if measure is not None and part.kind == "measure":
            return measure.label_en if self.plan.lang == "en" else measure.label_fr
        return part.noun or ("figure" if self.plan.lang == "en" else "chiffre")

    def _counts_things(self, part: PlanPart) -> bool:
        """Whether a figure part counts things by a noun of its own ('ateliers', 'toys'), no
        measure of the lexicon and no unit ('tonnes', 'heures')."""
        noun = fold(part.noun)
        return not part.name and bool(noun) and noun not in lx.UNIT_COUNTED | lx.GENERIC_COUNTED

    def _act_sentence(self, part: PlanPart, fiche: Fiche, act: str, found: Found) -> Found | None:
        """The fiche's sentence counting the noun or measure asked with the act asked ('vend
        environ 100 paniers solidaires' where the figure found said 'distribués'), if any. A
        noun the fiche never writes ('ordis') is the thing the figure found counts."""
        done = lx.COUNTED_ACTS[act][1]
        measure = next((m for m in lx.MEASURES if m.name == part.name), None)
        stems = _noun_stems(part.noun) if part.noun else []
        if stems and self._noun_named(fiche.id, stems) is None:
            counted = _counted_words(found.citation.quote)
            stems = _noun_stems(counted[0].split()[0]) if counted else stems
        thing = lx.compiled(measure.stated) if measure is not None else None

        def counts(text: str) -> bool:
            # 'how much did it collect?' names no noun nor measure: a figure of the act answers
            named = _names_noun(text, stems) if stems else bool(not thing or thing.search(text))
            return bool(A_NUMBER.search(text)) and bool(done.search(text)) and named

        ev = self.best_sentence(fiche.id, counts)
        return self.found(ev) if ev is not None else None

    def _act_asked(self, part: PlanPart, act: str) -> str:
        """What a count bound to an act asks, as a noun label ('noun:jouets vendus')."""
        measure = next((m for m in lx.MEASURES if m.name == part.name), None)
        en = self.plan.lang == "en"
        noun = part.noun or ((measure.label_en if en else measure.label_fr) if measure else "")
        return "noun:" + counted_act.act_label(act, noun, self.plan.lang)

    def _frequency(self, part: PlanPart, fiche: Fiche) -> Filled:
        """How often something happens ('combien de fois par mois viennent-ils ?', 'how
        often …?'): the sentence saying it ('deux fois par mois'); a fiche saying no frequency
        gives its sentence closest to the question as the nearest fact."""
        label = "frequency" if self.plan.lang == "en" else "fréquence"
        often = self.best_sentence(fiche.id, lambda t: bool(lx.FREQUENCY_STATED.search(t)))
        if often is None:
            return Missing(fiche.id, "attribute", self.nearest_sentence(fiche.id), f"noun:{label}")
        return self.found(often, _matched(lx.FREQUENCY_STATED, often.sentence.text), label)

    def _rate_stated(self, part: PlanPart, fiche: Fiche, period: str, value: str) -> Found | None:
        """The fiche's sentence stating the measure or noun asked per the period asked ('un
        chiffre d'affaires mensuel de 10 000€' for 'what monthly revenue …?'), or the figure
        found stated again with that period elsewhere, when the figure the measure's slot
        holds is not stated per that period."""
        number = re.search(r"\d[\d  .,]*\d|\d", value)
        if number is not None:
            again = self.best_sentence(
                fiche.id,
                lambda t: number.group(0) in t and bool(lx.RATE_PERIODS[period].search(t)),
            )
            if again is not None:
                return self.found(again, value)
        if part.name:
            measure = next(m for m in lx.MEASURES if m.name == part.name)
            thing = lx.compiled(measure.stated)
        elif stems := _noun_stems(part.noun):
            thing = lx.compiled("|".join(re.escape(s) for s in stems))
        else:
            return None
        rate = lx.RATE_PERIODS[period]

        def states(text: str) -> bool:
            counted = re.search(rf"\d|\b({_RATE_COUNTS})\b", text)
            return bool(counted and thing.search(text) and rate.search(text))

        ev = self.best_sentence(fiche.id, states)
        if ev is None:
            return None
        # the thing, its rate and its number, in either order ('un chiffre d'affaires mensuel
        # de 10 000€', '350 paniers hebdomadaires')
        amount = r"\d[\d  .,]*(?:\s?(?:€|euros?|k€|[^\W\d_]+))?"
        said = lx.compiled(
            rf"(?:{thing.pattern})[^;:.]{{0,40}}?{amount}|{amount}[^;:.]{{0,40}}?(?:{rate.pattern})"
        )
        return self.found(ev, _matched(said, ev.sentence.text))

    def _whole_year(self, found: Found) -> Filled:
        """A figure stated for part of a year ('de janvier à fin juin 2021') does not answer a
        question asking the whole year ('over the whole of 2021', 'par an'): abstain with it
        as the nearest fact; asked of a year without 'whole', it is given, said partial."""
        stated = fold(found.citation.quote)
        clauses = stated.split(";")
        if len(clauses) > 1:  # the clause giving the value, not its neighbour's months
            number = re.search(r"\d[\d  .,]*", fold(found.value))
            held = [c for c in clauses if number and number.group(0).strip() in c]
            stated = held[0] if held else stated
        if not lx.PARTIAL_YEAR.search(stated):
            return found
        if lx.WHOLE_YEAR_ASKED.search(fold(self.plan.question)):
            return Missing(found.fiche_id, "whole_year", found)
        found.note = found.note or "partial_year"
        return found

    def _loan_told(self, part: PlanPart, fiche: Fiche) -> Found | None:
        """The sentence telling a loan ('Un prêt du club CIGALES … à la hauteur du besoin'),
        the nearest fact to a sum borrowed asked ('how much did it borrow?'), or None."""
        if not _LOAN_ASKED.search(fold(part.text)):
            return None
        ev = self.best_sentence(fiche.id, lambda t: bool(_LOAN_STATED.search(t)))
        return self.found(ev) if ev is not None else None

    def _sum_from_partner(self, part: PlanPart, fiche: Fiche, filled: Filled) -> Filled:
        """A sum received from, or given by, a partner the question names ('combien a-t-elle
        reçu de la DREETS ?', 'how much did the CIGALES club lend it?') is answered by a
        sentence naming that partner with an amount ('… Haut-Commissariat à l'ESS (1 500€ en
        2020)'); else the sentence naming the partner is the nearest fact — not the budget,
        nor another funder's line (`lexicon.MONEY_FROM_ASKED`). A partner is a name the
        fiche writes capitalised ('la Région' is one, 'la région Hauts de France' is not)."""
        if not lx.MONEY_FROM_ASKED.search(fold(part.text)):
            return filled
        if lx.COSTS_COVERED_ASKED.search(fold(part.text)):
            return filled  # 'how much of its costs do grants cover?': a share, no sum received
        if _family(part.name) == "people":
            # 'how much staff time does the Pays provide?': people lent, counted, not a sum
            return filled
        words = self._partner_words(part.text, fiche)
        if not words:
            # a funder the fiche does not write as asked ('du FSE' of 'Fonds Social Européen',
            # 'de la Région'): a line with no sum, or the whole budget, is no sum received
            if isinstance(filled, Found) and lx.MONEY_MEANT.search(fold(part.text)):
                quote = filled.citation.quote
                budget = part.name == "budget" or "budget" in fold(quote)
                # ('how much of it is in-kind donations?' of '608 000 € avec une valorisation
                # de dons en nature de plus de 40 000€': the line's own sum of the thing asked)
                bound = self._bound_count(part, filled)
                if bound.value != filled.value and _AMOUNT.search(bound.value):
                    return bound
                if budget or not _AMOUNT.search(f"{filled.value} {quote}"):
                    return Missing(fiche.id, "amount", self._loan_told(part, fiche) or filled)
            return filled

        def names(ev: Evidence) -> bool:
            return all(_written_capitalised(w, ev.sentence.text) for w in words)

        def best(keep: Callable[[Evidence], bool]) -> Evidence | None:
            kept = [ev for ev in self.sentences(fiche.id) if keep(ev)]
            return max(kept, key=lambda ev: ev.score) if kept else None

        def states(ev: Evidence) -> bool:
            return names(ev) and bool(_AMOUNT.search(ev.sentence.text))

        if (
            isinstance(filled, Found)
            and all(_written_capitalised(w, filled.citation.quote) for w in words)
            and _AMOUNT.search(filled.citation.quote)
        ):
            return filled
        ev = best(states)
        if ev is not None:
            return self.found(ev)
        near = best(names)
        nearest = filled if isinstance(filled, Found) else filled.nearest
        return Missing(fiche.id, "amount", self.found(near) if near else nearest)

    def _partner_words(self, question: str, fiche: Fiche) -> list[str]:
        """The capitalised names, acronyms and mixed-case names of a question that the fiche
        writes capitalised and that are not its own names ('DREETS', 'CIGALES',
        'Haut-Commissariat', 'ESS', 'UrgencESS')."""
        identity = fiche.identity
        own = set(analyze(" ".join([fiche.name, identity.legal_name, identity.establishment_name])))
        raw = self.engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end]
        out: list[str] = []
        names = [PROPER, _ACRONYM, lx.MIXED_CASE_NAME]
        for match in [m for pattern in names for m in pattern.finditer(question)]:
            word = match.group(1)
            if self.engine.mentions.mentioned(word) or set(analyze(word)) & own:
                continue
            if fold(word) in lx.STOPWORDS or word in out:
                continue
            if partner_named.own_place(word, fiche):  # 'the Campigneulles ressourcerie'
                continue
            if _written_capitalised(word, raw):
                out.append(word)
        for word in partner_named.typed_acronyms(question, raw):  # 'de l'ademe': ADEME
            if word not in out and not set(analyze(word)) & own:
                out.append(word)
        return out

    def _things_asked(self, part: PlanPart, own: re.Pattern[str]) -> list[topic_words.Glossed]:
        """The things a part names besides its structure and the words of the attribute
        itself (`own`): 'la boutique', 'its second site', 'sa deuxième boutique'."""
        text = evidence_query(self.engine, self.plan, part)
        # 'Which structures state a tonnage?': the frame's verb ('state', 'report') is no thing
        frame = lx.WHICH_STATE_FIGURE.search(fold(text)) or lx.WHICH_HAVE.search(fold(text))
        if frame is not None and len(fold(text)) == len(text):
            text = text[frame.end() :]
        if self.plan.lang == "en":
            things = [g for g in topic_words.topic_words(text, lx.GENERIC_TOPIC_EN) if g.thing]
        else:
            things = topic_words.french_things(text)
            owned = lx.POSSESSED_THING.findall(fold(text))
            things += [g for w in owned for g in topic_words.french_things(f"la {w}")]
        # 'in their key figures': where the figure is stated, no thing it measures
        section = {w for m in lx.KEY_FIGURES_SECTION.finditer(fold(text)) for w in m[0].split()}
        things = [g for g in things if fold(g.word) not in section]
        # 'le futur bâtiment': 'futur' says when, the noun after it is the thing
        planned = lx.compiled(lx.PROJECTED_ASKED)
        after = re.findall(rf"(?:{lx.PROJECTED_ASKED})\s+([^\W\d_]{{4,}})", fold(text))
        things = [g for g in things if not planned.fullmatch(fold(g.word))]
        if self.plan.lang != "en":
            things += [g for w in after for g in topic_words.french_things(f"le {w}")]
            # 'combien de tonnes de verre', 'kilos de pain', 'm2 de serres': the thing measured
            # follows the unit without a determiner
            measured = re.findall(rf"(?:{own.pattern})\s+(?:de |d')([^\W\d_]{{3,}})", fold(text))
            things += [
                g
                for w in measured
                if w not in lx.STOPWORDS
                for g in topic_words.french_things(f"le {w}")
            ]
        places = fold(" ".join(self.plan.places))  # 'à Villeneuve d'Ascq' names no thing
        # nor do the words of the structure's own name ('Le Panier de la Mer a combien de m2 ?')
        names = {t for f in self.plan.targets for t in analyze(self.engine.corpus.fiche(f).name)}
        # nor its own town, named to tell which one ('le jardin de cocagne de villeneuve
        # d'ascq cherche combien de terres ?'), which plan.places may not keep
        places += " " + " ".join(
            _spaced(self.engine.corpus.fiche(f).contact.town) for f in self.plan.targets
        )
        asked = [
            g
            for g in things
            if not own.search(fold(g.word))
            and fold(g.word) not in places
            and _spaced(g.word) not in places.split()
            and not g.stems <= names
            # 'qui donne des chiffres en tonnes ?': the figure itself, no thing measured.
            # Class: which structures state a figure, asked by its quantity noun
            and not lx.QUANTITY_WORDS.fullmatch(fold(g.word))
        ]
        parts = self._qualified_parts(text, things, names, own)
        if parts:  # 'la surface du jardin pédagogique' of the Jardin de Cocagne: a part
            asked = [g for g in asked if not g.stems & names] + parts
        if self.plan.followup and switched(self.plan.targets, self.plan.left):
            # 'et l'atelier bois ?' after the toys' tonnage: the old one's nouns do not carry
            vocab = self.engine.mentions.vocab
            target = set().union(*(vocab.get(f, set()) for f in self.plan.targets))
            left = [vocab.get(f, set()) for f in self.plan.left]
            asked = things_kept(asked, self.plan.question, own, target, left)
        return asked

    def _qualified_parts(
        self,
        text: str,
        things: list[topic_words.Glossed],
        names: set[str],
        own: re.Pattern[str],
    ) -> list[topic_words.Glossed]:
        """The parts of the structure a question names by a noun of its own name with a
        qualifier ('le jardin pédagogique', 'the pedagogical garden'), each as that qualifier
        and its French words (sub_thing.py): only the part's figure answers, not the whole
        structure's."""
        heads = [fold(g.word) for g in things if g.stems & names]
        if not heads:
            return []

        def skip(word: str) -> bool:
            stems = set(analyze(word))
            return (
                not stems
                or stems <= names
                or bool(own.search(word))
                or bool(lx.QUANTITY_WORDS.fullmatch(word))
                or bool(self.engine.mentions.mentioned(word))
            )

        parts = sub_thing.qualified_parts(fold(text), self.plan.lang, heads, skip)
        out = []
        for word in parts:
            glossed = topic_words.glossed_words(word) if self.plan.lang == "en" else []
            stems = frozenset(set(analyze(word)) | {t for g in glossed for t in g.stems})
            out.append(topic_words.Glossed(word, word, (word,), stems, True))
        return out

    def _of_thing_asked(self, part: PlanPart, found: Found) -> Filled:
        """A measure of a thing ('la surface de la boutique', 'the floor area of the shop') is
        answered by a figure about that thing: a surface the fiche gives for another building
        is the nearest fact, not the answer; so are '45 tonnes d'objets' asked 'combien de
        tonnes de verre ?' (the thing measured named after its unit)."""
        measure = next((m for m in lx.MEASURES if m.name == part.name), None)
        if measure is None or not measure.of_thing:
            return found
        things = self._things_asked(part, lx.compiled(measure.asked))
        if not things:
            return found

        def about_thing(t: str) -> bool:
            return any(g.held_by(set(analyze(t))) for g in things)

        if about_thing(found.citation.quote):
            return found
        stated = lx.compiled(measure.stated)
        if not _names_a_thing(found.citation.quote, stated):
            # 'TONNAGES CONCERNÉS : 50 tonnes (2019)': a figure naming nothing is of what the
            # fiche handles; it answers a thing the fiche mentions, not one it never does
            vocab = self.engine.mentions.vocab.get(found.fiche_id, set())
            if all(g.held_by(vocab) for g in things):
                return found
        # what it seeks ('accéder à deux hectares supplémentaires de terre') is not what it has
        projected = lx.compiled(lx.PROJECTED)
        sought = bool(lx.compiled(lx.PROJECTED_ASKED).search(fold(self.plan.question)))
        ev = self.best_sentence(
            found.fiche_id,
            lambda t: (
                bool(stated.search(t)) and about_thing(t) and (sought or not projected.search(t))
            ),
        )
        if ev is not None:
            return self.found(ev, _matched(stated, ev.sentence.text))
        premises = {t for w in lx.OWN_PREMISES | lx.BUILDING_WORDS for t in analyze(w)}
        name = fold(self.engine.corpus.fiche(found.fiche_id).name)
        of_itself = found.citation.section in ("key_figures", "history", "identity") or (
            name in fold(found.citation.quote)  # 'Le Jardin de Cocagne …, avec ses 4 ha'
        )
        if of_itself and all(g.stems & premises for g in things):
            return found  # 'la taille de l'exploitation': its own '4 ha', its sites' m²
        # 'ne mentionne nulle part ensemble « tonnage », « verre »': the measure and the thing
        label = measure.label_en if self.plan.lang == "en" else measure.label_fr
        words = ", ".join(f"« {w} »" for w in [label, *(g.word for g in things)])
        return Missing(found.fiche_id, "apart", found, words=words)

    def _bound_count(self, part: PlanPart, found: Found) -> Found:
        """The number bound to the thing asked, when the figure's line counts several things
        and its first number is another's (bound_count.py): '25 volailles bios' of '15 colis
        « viande », 25 volailles bios et 27 paniers …' asked 'combien de volailles ?'. A value
        already holding one number is bound already ('85 (2021)', '51 tonnes de poissons')."""
        held = len(bound_count.segments(found.value))
        if held == 1:
            return found
        line = found.value if held > 1 else found.citation.quote
        names = {t for f in self.plan.targets for t in analyze(self.engine.corpus.fiche(f).name)}
        # (a year asked is no thing counted: 'CA en 2020' of '53 177 euros de CA réalisés sur
        # 7,5 mois d'activité en 2020' is the sum, not the months the year stands after)
        asked = _asked_glossed(re.sub(r"\b(?:19|20)\d\d\b", " ", part.text), names)
        counted = _asked_glossed(part.noun, names) if part.noun else []

        def weigh(text: str) -> float:
            words = set(analyze(text))
            return float(sum(g.held_by(words) for g in asked))

        # the noun's same thing in the booklet's words too ('poulets' counted as « volailles »)
        synonyms = _synonym_stems(part.noun) if part.noun else []

        def counts(text: str) -> bool:
            words = set(analyze(text))
            return any(g.held_by(words) for g in counted) or _names_noun(text, synonyms)

        # a measure asked by its name ('quel chiffre d'affaires ?'): the number its own words
        # count ('53 177 euros de CA'), not one some other asked word stands near ('du fait')
        measure = next((m for m in lx.MEASURES if m.name == part.name), None)
        stated = lx.compiled(measure.stated) if measure is not None and not counted else None

        def states(text: str) -> bool:
            return stated is not None and bool(stated.search(fold(text)))

        stating = any(states(seg.phrase) for seg in bound_count.segments(line))
        chosen = counts if counted else (states if stating else None)
        phrase = bound_count.bound_phrase(line, weigh, chosen)
        if not phrase:
            return found
        # the quote points at the bound phrase, so the passage highlights the value given
        cited = found.citation
        at = self.engine.corpus.sources[cited.source].find(phrase, cited.start, cited.end)
        if at >= 0:
            cited = narrowed(self.engine, cited, at, at + len(phrase))
        return replace(found, value=phrase, citation=cited)

    def _nearest_for(self, part: PlanPart, fiche: Fiche) -> Found | None:
        """The nearest stated fact: a sentence about the measure asked at the year asked that
        gives no figure for it ('le résultat net de 2019 est positif'), else a figure of the
        same family (volunteers for members) or a count of the noun asked, else the sentence
        closest to the question."""
        measure = next((m for m in lx.MEASURES if m.name == part.name), None)
        years = [str(y) for y in self.plan.years]
        if part.intent == "figure" and measure is not None and years:
            stated = lx.compiled(measure.stated)
            ev = self.best_sentence(
                fiche.id, lambda t: bool(stated.search(t)) and any(y in t for y in years)
            )
            if ev is not None:
                return self.found(ev)
        if part.intent == "figure" and not part.name and part.noun:  # the noun counted
            nouns = "|".join(re.escape(s) for s in _noun_stems(part.noun))
            counted = lx.compiled(rf"{NUMBER_BEFORE}(?:{nouns})")
            ev = self.best_sentence(fiche.id, lambda t: bool(counted.search(t)))
            if ev is not None:
                return self.found(ev)
        if part.intent == "figure" and part.name == "etp":
            # full-time equivalents asked where only a headcount is stated ('2 salariés'):
            # the staff, not the members of the same family, is the nearest fact
            headcount = self._headcount(fiche)
            if isinstance(headcount, Found):
                return headcount
        if part.intent == "figure":
            family = _family(part.name)
            figures = [f for f in self._figures(fiche) if family and family in f[1]]
            if figures:
                return self._figure_found(fiche, figures[0][0])
        return self.nearest_sentence(fiche.id)

    def _label_of_another_kind(self, part: PlanPart, fiche: Fiche, filled: Found) -> Missing | None:
        """Class: a label or approval of a named kind asked by yes or no ('ont-ils le label
        bio ?', 'is it certified organic?', 'labellisée Écocert ?'): a yes only when the card's
        labels name that kind. A word of it written elsewhere in the fiche (« une maraîchère
        biologique ») labels nothing, and the card's other label (« Label accueil vélo ») is
        the nearest fact."""
        if part.name != "agrements":
            return None
        # the kind is the word right beside the label's ('label bio', 'certified organic', 'an
        # Ecocert label'); 'un agrément pour transformer le poisson' names a purpose, no kind
        mentioned = self.engine.mentions.mentioned(part.text)
        text = self.engine.mentions.without_names(part.text, mentioned)
        kinds = [
            w
            for m in _LABEL_BESIDE.finditer(text)
            for w in m.groups()
            if w and not all(p in lx.STOPWORDS or p in _NO_KIND for p in fold(w).split("-"))
        ]
        if not kinds:
            return None  # 'ont-ils un label ?': any label answers
        identity = fiche.identity
        labels = " ; ".join(v for v in (*identity.agrements, identity.label) if v and v.strip())
        held = set(analyze(labels))
        if all(any(set(analyze(f)) <= held for f in _kind_forms(w)) for w in kinds):
            return None
        words = ", ".join(f"« {w} »" for w in kinds)
        nearest = Found(filled.fiche_id, filled.citation.quote, filled.citation)
        return Missing(fiche.id, "label_other", nearest, words=words)

    # -- yes/no questions ---------------------------------------------------------------------
    def predicate(self, part: PlanPart) -> yes_no.Predicate:
        mentioned = self.engine.mentions.mentioned(part.text)
        named = list(dict.fromkeys([*self.plan.targets, *mentioned]))
        text = self.engine.mentions.without_names(part.text, named)
        pred = yes_no.predicate(text, self.plan.lang, _attribute_pattern(part))
        # a word that names a structure ('APVO', its initials) is no thing asked of it
        names = tuple(n for n in pred.names if not self.engine.mentions.mentioned(n))
        things = tuple(
            g for g in pred.things if g.key != g.word or not self.engine.mentions.mentioned(g.word)
        )
        return replace(pred, names=names, things=things)

    def yes_no_gap(self, part: PlanPart, fiche: Fiche) -> Missing | None:
        """A yes/no question whose things, names or activities the fiche never mentions ('livre-
        t-il à domicile ?'), or whose place it never names together with them ('a shop in
        Calais' when Calais is only a partner's town): the booklet does not say. A state
        asked ('font-ils des bénéfices ?') is settled by the sentence stating it in the
        booklet's words ('résultat positif'), not by its own (compose._property_unstated)."""
        if property_asked.property_asked(part.text) is not None:
            return None
        pred = self.predicate(part)
        unnamed = self.engine.mentions.without_names(part.text, [fiche.id])
        if part.attribute == "subpart:funders" and aid_in_general.asks_aid_in_general(unnamed):
            # 'ont-ils eu des aides ?', 'did they get grants?': aid in general, no giver named,
            # is what the financial partners' lines state, whatever words they use
            return None
        raw = self.engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end]
        vocab = self.engine.mentions.vocab.get(fiche.id, set()) - _acronym_stems(raw)
        text = fold(raw)
        alternative = bool(re.search(r"\b(ou|or|ou bien|either)\b", fold(part.text)))
        absent = yes_no.unmentioned(pred, vocab, text, alternative)
        if absent:
            words = ", ".join(f"« {w} »" for w in absent)
            nearest = self._of_same_family(pred, absent, fiche) or self._nearest_for(part, fiche)
            return Missing(fiche.id, "unmentioned", nearest, words=words)
        joined = self._compound_apart(pred, part, fiche)
        if joined is not None:  # 'a sewing-school': one thing, its words in one sentence
            return joined
        if not self._given_by_asked(pred, part, fiche, text):
            words = ", ".join(f"« {w} »" for w in pred.words)
            return Missing(fiche.id, "apart", self._nearest_for(part, fiche), words=words)
        # 'the Boulogne folks', 'la ressourcerie de Campigneulles': its own town names it
        naming = self._naming_towns(fiche.id)
        places = [p for p in self.plan.places if p in pred.names and p not in naming]
        own = self._not_named(pred, fiche.id)
        # 'an online shop', 'un café dans la boutique': things asked as one are stated only
        # when one clause names them all
        unnamed = self.engine.mentions.without_names(part.text, [fiche.id])
        compound = not places and yes_no.compound(own, unnamed)
        if compound and self.best_sentence(fiche.id, lambda t: yes_no.bound_in(own, t)) is None:
            words = ", ".join(f"« {w} »" for w in own.words)
            return Missing(fiche.id, "apart", self._nearest_for(part, fiche), words=words)
        if places and len(pred.words) > len(places):
            together = self.best_sentence(
                fiche.id, lambda t: yes_no.held_in(pred, t) == len(pred.words)
            )
            if together is None:
                words = ", ".join(f"« {w} »" for w in pred.words)
                return Missing(fiche.id, "apart", self._nearest_for(part, fiche), words=words)
        return None

    def _compound_apart(
        self, pred: yes_no.Predicate, part: PlanPart, fiche: Fiche
    ) -> Missing | None:
        """A hyphened compound read as its words ('sewing-school': sewing, school) names one
        thing: some sentence of the fiche must state its words together, else the fiche
        does not say it (a school here and sewing there is no sewing school)."""
        for keys in topic_words.hyphened_compounds(part.text):
            joined = yes_no.Predicate(tuple(g for g in pred.things if g.key in keys), (), ())
            if len(joined.things) < len(keys):
                continue
            together = partial(_holds_all, joined)
            if self.best_sentence(fiche.id, together) is None:
                words = ", ".join(f"« {g.word} »" for g in joined.things)
                return Missing(fiche.id, "apart", self._nearest_for(part, fiche), words=words)
        return None

    def _given_by_asked(
        self, pred: yes_no.Predicate, part: PlanPart, fiche: Fiche, text: str
    ) -> bool:
        """Class: money asked of a giver ('a-t-il eu de l'argent de l'Europe ?', 'did it get
        European money?'): the money word names no thing of its own (either language), so the
        giver alone must be stated — named together in one sentence saying who funds it, a
        sentence of money or one of its financial partners' lines, not in passing ('la
        Métropole Européenne de Lille' is no European money)."""
        if not pred.words or not lx.MONEY_ASKED_OF_GIVER.search(fold(part.text)):
            return True
        funders = funders_text(text)

        def giving(t: str) -> bool:
            return yes_no.held_in(pred, t) == len(pred.words) and bool(
                lx.FUNDING_STATED.search(t) or (len(t) > MIN_FUNDER_LINE and _plain(t) in funders)
            )

        return self.best_sentence(fiche.id, giving) is not None

    def fit(self, part: PlanPart, fiche_id: str) -> Callable[[str, str], float] | None:
        """How well a sentence names what an open question about one structure asks ('comment
        récupère-t-il son bois ?', 'who are its customers?', 'what happens to the fish it
        collects?'): the things asked (read in French, with their synonyms) and the activity
        asked (its verb, or a noun of it) that the sentence names, besides the structure's own
        name words. None when the question names nothing to look for ('what does it do?')."""
        pred = self._not_named(self.predicate(part), fiche_id)
        asked = fold(part.text)
        negated = {w for m in lx.NEGATED_ACTIVITY.finditer(asked) for w in m.group(0).split()}
        # 'comment donner des jouets à X ?': the giving is the asker's, not the structure's
        giving = lx.DONATION_ASKED.search(asked)
        pred = replace(
            pred,
            things=tuple(g for g in pred.things if fold(g.word) not in negated),
            actions=tuple(
                a
                for a in pred.actions
                if fold(a.word) not in negated
                and not (giving and lx.GIVING_VERB.fullmatch(fold(a.word)))
            ),
        )
        frames = frames_asked(asked)
        # the frames a card's field answers by its label ('USAGERS CLIENTS :' says who buys):
        # the buyers only; 'OBJECTIF DE L'ACTION :' is no reason asked ('pourquoi …')
        card_frames = [
            lx.compiled(f.stated)
            for f in lx.OPEN_FRAMES
            if f.name in _CARD_FRAMES and lx.compiled(f.asked).search(asked)
        ]
        # a price level asked ('why so cheap?', 'à bas prix') is named by a sentence stating one
        price_level = lx.compiled(lx.PRICE_LEVEL)
        priced = bool(price_level.search(asked))
        if not pred.things and not pred.actions and not pred.names and not frames and not priced:
            return None

        # each thing, name and activity asked, alone, weighed by how few of the fiche's
        # sentences name it: the product every sentence names ('les meubles' of a furniture
        # workshop) tells no sentence from another
        ordered = [ev.sentence.text for ev in self.sentences(fiche_id)]
        texts = [_LABEL.sub("", t, count=1) for t in ordered]
        # a sentence whose subject is a pronoun ('Ils sont triés … puis nettoyés') names
        # what the sentence before it named: the things asked named there count for it
        before = dict(zip(ordered, ["", *ordered][:-1], strict=True))
        alone = replace(pred, things=(), actions=(), names=())
        units: list[tuple[Callable[[str], int], float, bool]] = []
        for p, weight, count in (
            *((replace(alone, things=(g,)), THING_FIT, yes_no.held_in) for g in pred.things),
            *((replace(alone, names=(n,)), THING_FIT, yes_no.held_in) for n in pred.names),
            *((replace(alone, actions=(g,)), ACT_FIT, yes_no.acts_in) for g in pred.actions),
        ):
            share = sum(1 for t in texts if count(p, t)) / max(len(texts), 1)
            units.append((partial(count, p), weight * (1 - share), count is yes_no.held_in))
        if priced:
            share = sum(1 for t in texts if price_level.search(fold(t))) / max(len(texts), 1)
            units.append((_states_price_level, THING_FIT * (1 - share), True))

        def fit(line: str, heading: str = "") -> float:
            # a field's label ('DATE DE DÉMARRAGE :') names the field, not what the structure
            # does: the things and activity asked count after it, unless the label is all the
            # question asks; the frame asked counts in it too ('USAGERS CLIENTS :' says who
            # buys, 'MATIÈRES CONCERNÉES :' what it sells)
            label = _LABEL.match(line)
            sentence = line[label.end() :] if label else line
            words = [w for w in re.findall(r"[^\W\d_]{3,}", label.group(0))] if label else []
            if words and all(any(held(w) for held, _, _ in units) for w in words):
                sentence = line  # 'quelle est son activité ?': 'ACTIVITÉ : …' is its answer
            carried = (
                _LABEL.sub("", before.get(line, ""), count=1)
                if lx.PRONOUN_SUBJECT.match(fold(sentence).strip())
                else ""
            )
            named = sum(
                weight
                for held, weight, thing in units
                if held(sentence) or (thing and carried and held(carried))
            )
            # a sentence saying more of the frame states it more ('elle collecte dans les
            # déchetteries, chez les particuliers et auprès des institutions' tells where
            # from, 'en récupérant les copeaux' barely)
            # a plan ('Recherche & développement : …') states no frame of what it does
            planned = bool(label) and bool(lx.PLANS_LABEL.match(fold(line)))
            framed = 0 if planned else frame_words(frames, line)
            # a sub-heading naming what is asked ('La collecte du matériel :') tells what the
            # sentences under it are about
            titled = any(held(heading) for held, _, _ in units) if heading else False
            carded = (
                label is not None and not planned and frame_words(card_frames, label.group(0)) > 0
            )
            return named + FRAME_FIT * framed + HEADING_FIT * titled + CARD_FRAME_FIT * carded

        return fit

    def _of_same_family(
        self, pred: yes_no.Predicate, absent: list[str], fiche: Fiche
    ) -> Found | None:
        """A near miss's nearest fact: the sentence naming another kind of the family of the
        thing asked ('des vaches ?' of a fiche raising 'poules, lapins et mouton'; 'du vin ?'
        of a shop selling 'bières, spiritueux'), the closest such sentence to the question."""
        family: set[str] = set()
        for g in pred.things:
            if g.word in absent:
                for w in (g.word, *g.french):
                    family |= {k for f in topic_words.families_of(w) for k in (f, *kinds_of(f))}
        stems = topic_words.clear_stems(family) - {s for g in pred.things for s in g.stems}
        if not stems:
            return None
        ev = self.best_sentence(
            fiche.id, lambda t: bool(stems & set(analyze(t))), (*NARRATIVE, "key_figures")
        )
        return self.found(ev) if ev else None

    def _not_named(self, pred: yes_no.Predicate, fiche_id: str) -> yes_no.Predicate:
        """What is asked besides the words of the structure's own name ('producers', 'Oise'
        of 'the Oise producers'): its name in a sentence states nothing asked."""
        name = self.engine.mentions.name_tokens(fiche_id)
        things = tuple(g for g in pred.things if not g.stems & name)
        naming = self._naming_towns(fiche_id, pred.names)  # 'the Boulogne folks': its town
        names = tuple(n for n in pred.names if not set(analyze(n)) <= name and n not in naming)
        return replace(pred, things=things, names=names)

    def _naming_towns(self, fiche_id: str, names: Iterable[str] = ()) -> set[str]:
        """The places of the question (or `names` it writes) that name the structure by its
        own town, inside the words describing it ('the Boulogne folks', 'la ressourcerie de
        Campigneulles'): they place nothing asked (home_town.py)."""
        fiche = self.engine.corpus.fiche(fiche_id)
        home = (fiche.contact.town, fiche.identity.head_office)
        places = dict.fromkeys([*self.plan.places, *names])
        return home_town.naming_towns(
            self.plan.question, places, home, self.engine.mentions.town_opened
        )

    def asks_founding(self, part: PlanPart, fiche_id: str) -> bool:
        """Whether a part asks why the structure itself was created ('pourquoi VESTALI a-t-elle
        été créée ?'), naming no other thing ('pourquoi ont-ils créé un drive ?' does not)."""
        if part.intent != "fact" or part.attribute or part.yes_no:
            return False
        pred = self._not_named(self.predicate(part), fiche_id)
        # the words asking the purpose ('what is its purpose?') are no thing asked
        asking = " ".join(m.group(0) for m in lx.PURPOSE_ASKED.finditer(fold(part.text)))
        things = [g for g in pred.things if fold(g.word) not in asking]
        return reasons.asks_founding(part, len(things) + len(pred.names))

    def founding(self, part: PlanPart, fiche: Fiche) -> Filled:
        """Why the structure was created, or what it is for: its story's sentence telling its
        birth with a reason, or giving its purpose (`reasons.founding_index`)."""
        story = [
            ev
            for ev in self.sentences(fiche.id, (reasons.STORY,))
            if len(ev.sentence.text.strip()) >= SECTION_SENTENCE_MIN
        ]
        born = not reasons.asks_purpose(part)
        i = reasons.founding_index((ev.sentence.text for ev in story), born)
        if i is None:
            return Missing(fiche.id, "attribute", self.nearest_sentence(fiche.id))
        return self.found(story[i])

    def reason_beside(self, part: PlanPart, found: Filled) -> Filled:
        """'pourquoi produit-elle en petites séries ?', 'why did they choose a drive?': the
        sentence found names the action; when it gives no reason and a sentence beside it
        does (`reasons.reason_index`), that one is quoted first, the action after it."""
        if not isinstance(found, Found) or part.yes_no or part.attribute:
            return found
        if not lx.REASON_ASKED.search(fold(part.text)):
            return found
        story = list(self.sentences(found.fiche_id, NARRATIVE))
        at = next(
            (i for i, ev in enumerate(story) if ev.sentence.text == found.citation.quote), None
        )
        if at is None:
            return found
        pred = self._not_named(self.predicate(part), found.fiche_id)
        named = [
            bool(yes_no.held_in(pred, ev.sentence.text) or yes_no.acts_in(pred, ev.sentence.text))
            for ev in story
        ]
        if lx.compiled(lx.PRICE_LEVEL).search(fold(part.text)):
            # 'why so cheap?': the reason is given of the price level ('vendus à prix bas
            # afin d'être accessibles à tous'), not of anything else the things asked do
            named = [bool(_states_price_level(ev.sentence.text)) for ev in story]
        step = story[at].chunk.section
        same = [ev.chunk.section == step for ev in story]
        i = reasons.reason_index([ev.sentence.text for ev in story], at, named, same)
        if i is None:
            return found
        reason = self.found(story[i], detail=REASON_DETAIL)
        reason.more = [found.citation]
        return reason

    def operating(self, part: PlanPart, fiche: Fiche) -> Filled:
        """Whether something still operates, opened or stopped ('is the Hirson shop still
        open?', 'le projet est-il terminé ?'): the dated sentence stating an opening, a closure,
        a pause or a plan, the one naming most of what is asked first; else the nearest fact."""
        pred = self._not_named(self.predicate(part), fiche.id)
        stated = [
            ev
            for ev in self.sentences(fiche.id, NARRATIVE)
            if lx.OPERATING_STATED.search(fold(ev.sentence.text))
            and (lx.YEAR.search(ev.sentence.text) or _A_MONTH.search(fold(ev.sentence.text)))
        ]
        if not stated:
            return Missing(fiche.id, "attribute", self.nearest_sentence(fiche.id))
        # class: one site named by its town ('is the Guise shop still open?'): a sentence
        # naming that town first, not the opening of a site elsewhere
        towns = [re.compile(spaced_pattern(fold(p))) for p in self.plan.places]

        def names_town(text: str) -> bool:
            return any(t.search(fold(text)) for t in towns)

        best = max(
            stated,
            key=lambda ev: (
                names_town(ev.sentence.text),
                yes_no.held_in(pred, ev.sentence.text),
                ev.score,
            ),
        )
        return self.found(best)

    def sentence(self, part: PlanPart, fiche: Fiche) -> Filled:
        if part.kind == "section":  # 'ses freins' -> obstacles
            return self.section(part, fiche)
        if part.kind == "subpart":  # 'qui la finance ?' -> PARTENAIRES FINANCIERS
            return self.subpart(part, fiche)
        if part.kind == "overview":  # 'que fait VESTALI ?'
            return self.overview(fiche)
        if asks_operating(part):
            return self.operating(part, fiche)
        if not part.yes_no and lx.COSTS_LOWERED_ASKED.search(fold(part.text)):
            return self._costs_lowered(fiche)  # 'how do they keep costs down?'
        if self.asks_founding(part, fiche.id):
            return self.founding(part, fiche)
        if examples_asked.asks_examples(fold(part.text)):
            listed = self._listing_sentence(fiche.id)
            if listed is not None:  # 'any examples of big orders?' (examples_asked.py)
                return listed
        if part.yes_no:  # the sentence that mentions most of what is asked
            pred = self.predicate(part)
            # the structure's own name words ('the Oise producers') are no evidence
            own = self._not_named(pred, fiche.id)
            pred = own if own.words else pred
            # 'livre-t-il ses paniers ?': an activity asked of its own products is asked too
            if pred.words or pred.actions:
                # the things first, then the activity asked ('rent a bike': 'loue des vélos'
                # before 'Label accueil vélo')
                # 'an online shop' asked as one thing: the clause naming both ('son site
                # internet marchand'), not a shop here and a website there
                unnamed = self.engine.mentions.without_names(part.text, [fiche.id])
                as_one = yes_no.compound(pred, unnamed)
                # 'fabrique encore des masques ?': the dated sentence says until when
                still = bool(lx.STILL_ASKED.search(fold(part.text)))
                counts: dict[
                    int, float
                ] = {  # a contact card's phone or mail line states no activity
                    ev.sentence.start: yes_no.held_in(pred, ev.sentence.text) * ACTS_WEIGHT
                    + yes_no.names_in(pred, ev.sentence.text) * NAME_WEIGHT
                    + yes_no.acts_in(pred, ev.sentence.text)
                    + (
                        ACTS_WEIGHT * ACTS_WEIGHT
                        if as_one and yes_no.bound_in(pred, ev.sentence.text)
                        else 0
                    )
                    + (DATED_WEIGHT if still and lx.YEAR.search(ev.sentence.text) else 0)
                    for ev in self.sentences(fiche.id)
                    if ev.chunk.section.value != "contact"
                    and not lx.LINK_ONLY.fullmatch(fold(ev.sentence.text).strip())
                }
                most = max(counts.values(), default=0)
                ev = (
                    self.best_sentence(fiche.id, lambda _: True)
                    if most == 0
                    else self._best_among(fiche.id, counts, most)
                )
                if ev is not None:
                    found = self.found(ev)
                    # 'accepts TVs?' of a fiche that takes everything 'sauf … les téléviseurs':
                    # named only as excluded, the answer is no
                    whole = [  # a contact card's 'Tel.' is no 'télé'
                        e.sentence.text
                        for e in self.sentences(fiche.id)
                        if e.chunk.section.value != "contact"
                        and yes_no.held_in(pred, e.sentence.text) == len(pred.words)
                    ]
                    found.denied = bool(whole) and all(yes_no.excluded_in(pred, t) for t in whole)
                    # ('accepte les téléviseurs ?': « postes de travail » names no television
                    # set, though the glossary adds 'poste' to it; listed_excluded.py)
                    found.denied = found.denied or listed_excluded.only_excluded(
                        pred,
                        [
                            e.sentence.text
                            for e in self.sentences(fiche.id)
                            if e.chunk.section.value != "contact"
                        ],
                    )
                    found.planned = bool(lx.PLANNED_STATED.search(fold(found.citation.quote)))
                    return found
        placed = self._placed_sentence(fiche.id)
        if placed is not None:
            return placed
        ev = self.best_sentence(fiche.id, lambda _: True)
        return self.found(ev) if ev else Missing(fiche.id, "passage")

    def _costs_lowered(self, fiche: Fiche) -> Filled:
        """How a structure keeps its costs down (costs_lowered.py): its story's line saying
        its expenses are low or lowered, with the items it introduces; none, and the fiche
        does not say (its nearest sentence given)."""
        ev = self.best_sentence(fiche.id, costs_lowered.states_lowered, NARRATIVE)
        if ev is None:
            return Missing(fiche.id, "passage", self.nearest_sentence(fiche.id))
        found = self.found(ev, detail=COSTS_LOWERED)
        if costs_lowered.introduces_items(ev.sentence.text):
            after = sorted(
                (e for e in self.sentences(fiche.id, NARRATIVE) if e.chunk == ev.chunk),
                key=lambda e: e.sentence.start,
            )
            items: list[Evidence] = []
            for e in after:
                if e.sentence.start <= ev.sentence.start:
                    continue
                if costs_lowered.introduces_items(e.sentence.text):
                    break  # the next label's items are another list
                items.append(e)
            found.more = [citation_for(self.engine, 0, e) for e in items[: costs_lowered.MAX_ITEMS]]
        return found

    def _listing_sentence(self, fiche_id: str) -> Found | None:
        """Of the sentences of its story listing instances, the one nearest the question
        ('Any examples of big orders?': « 80 chaises … ; 40 têtes de lit … »): a word of the
        question it writes counts first ('des exemples de commandes en série ?': the chairs
        made 'en série'), then items counted one by one; None when no sentence lists any."""
        asked = set(analyze(self.plan.question)) - _EXAMPLE_FRAME
        ranked = sorted(self.sentences(fiche_id, NARRATIVE), key=lambda ev: -ev.score)
        listing = [
            (shared, examples_asked.counts_items(ev.sentence.text), ev.score, -n, ev)
            for n, ev in enumerate(ranked)
            if examples_asked.lists_instances(ev.sentence.text)
            # near the question, or writing a word of it
            and ((shared := len(asked & set(analyze(ev.sentence.text)))) or n < EXAMPLE_RANKS)
        ]
        return self.found(max(listing)[-1]) if listing else None

    def _placed_sentence(self, fiche_id: str) -> Found | None:
        """Class: a fact asked of one structure with a place that is not where it stands
        ('which structure in the Aisne did they learn from?', 'qui à Calais les a
        sollicités ?', 'which university in Lille helps them?'): the best sentence of its
        story naming the place answers (its fiche writes it: the place gate let it through),
        not the best sentence anywhere; None without such a place or sentence."""
        if self.plan.target_source == "any":
            return None
        # ('Same question for the Liévin one': the place it stands in picks it, asks nothing)
        fiche = self.engine.corpus.fiche(fiche_id)
        home = _spaced(fiche.contact.town)
        elsewhere = [
            p
            for p in self.plan.places
            if _spaced(p) not in home and fold(p) != fold(fiche.contact.departement)
        ]
        if not elsewhere:
            return None
        towns = "|".join(spaced_pattern(fold(p)) for p in elsewhere)
        # the kind of body asked just before the place ('l'association ATRE de Lille' for
        # 'which association in Lille …?') tells the sentence of that body first
        stem = other_body_place.body_stem(self.plan.question)
        bound = re.compile(rf"\b{stem}\w*\W+(?:\S+\W+){{0,4}}?(?:{towns})") if stem else None
        naming = [
            (bool(bound and bound.search(t)), ev.score, n, ev)
            for n, ev in enumerate(self.sentences(fiche_id, NARRATIVE))
            if re.search(towns, t := fold(ev.sentence.text))
        ]
        return self.found(max(naming)[3]) if naming else None

    def share_asked(self, part: PlanPart, found: Found) -> Filled:
        """The share or rate asked (`_share_filled`), for the year asked: '80 % de sorties
        positives en 2020' asked for 2021 is the nearest fact (class: a figure for another
        year than the one stated)."""
        filled = self._share_filled(part, found)
        years = set(self.plan.years)
        if not isinstance(filled, Found) or not years:
            return filled
        folded = fold(part.text)
        event = bool(lx.EVENT_OF_A_YEAR.search(folded))  # 'que se passe-t-il en 2018 ?'
        elsewhere = periods.dated_elsewhere(fold(filled.citation.quote), years)
        if event or (elsewhere and not _share_asked(folded)):
            # what the fiche tells of that year, however close an undated line's words are,
            # and though it names them only through the sentence before ('ces deux
            # structures … fusionnent en 2018')
            dated = self.best_sentence(
                filled.fiche_id, lambda t: any(str(y) in t for y in years), NARRATIVE
            )
            if dated is not None:
                return self.found(dated)
        return Missing(filled.fiche_id, "year", filled) if elsewhere else filled

    def _share_filled(self, part: PlanPart, found: Found) -> Filled:
        """A share asked of a structure ('what share of its staff costs do its resources
        cover?', 'quelle part de ses ventes …') is answered by a sentence stating a share
        ('couvrent 92 % des charges de personnel'): the passage found if it states one, else
        the fiche's sentence stating one about a word of the question; a fiche stating none
        about it gives the passage as the nearest fact."""
        folded = fold(self._asked_anew(part))
        costs = bool(lx.COSTS_COVERED_ASKED.search(folded))
        if part.yes_no or not (costs or _share_asked(folded)):
            return found
        if costs:  # 'do its revenues cover staff costs?': the share of its charges covered
            if costs_covered.states_costs_covered(fold(found.citation.quote)):
                return found
            ev = self.best_sentence(found.fiche_id, costs_covered.states_costs_covered)
            if ev is None and not costs_covered.share_asked(folded):
                # 'how are its running costs covered?': who takes them on answers
                ev = self.best_sentence(found.fiche_id, costs_covered.states_charges_taken_on)
            return self.found(ev) if ev is not None else Missing(found.fiche_id, "share", found)
        quote = fold(found.citation.quote)
        part_asked = share_of.part_asked(folded)
        names = share_of.naming_part(part_asked, self.plan.lang) if part_asked else None
        if names is not None and not names(found.citation.quote):
            # 'what share of its insertion workers are women?' met by '50 % des salariés en
            # insertion sont issus des quartiers prioritaires': a share of another part
            ev = self.best_sentence(
                found.fiche_id, lambda t: bool(lx.SHARE_STATED.search(t)) and names(t)
            )
            if ev is not None:
                return self.found(ev)
            # the nearest fact: a share the fiche states of that population, else the passage
            other = self._share_sentence(part, found.fiche_id)
            return Missing(found.fiche_id, "share", self.found(other) if other else found)
        if lx.SHARE_STATED.search(quote) and self._share_of_thing(part, quote):
            return found
        ev = self._share_sentence(part, found.fiche_id)
        if ev is not None:
            return self.found(ev)
        return Missing(found.fiche_id, "share", found)

    def _asked_anew(self, part: PlanPart) -> str:
        """The words a part asks: its own, or for an elliptic follow-up asking the previous
        question of another structure ('and for Synapse 3i?' after 'the positive outcome rate
        at X?'), the previous question's too, which the plan's query holds (class: a rate or
        share asked anew of a structure that states none)."""
        anew = self.plan.followup and self.plan.resolution.startswith("previous question")
        return self.plan.query if anew and part.text == self.plan.question else part.text

    def _share_sentence(self, part: PlanPart, fiche_id: str) -> Evidence | None:
        """The fiche's sentence stating a share ('70 % de subventions', 'un tiers') about a
        word of the question."""
        stems = self._share_stems(part)

        def of_thing(t: str) -> bool:  # its words, or its initials written out ('taux de SP')
            return _names_noun(t, stems) or initialism.spelt_in(part.text, t)

        return self.best_sentence(
            fiche_id, lambda t: bool(lx.SHARE_STATED.search(t)) and of_thing(t)
        )

    def _share_stems(self, part: PlanPart) -> list[str]:
        """The stems of the question's words a share or rate is asked of ('sorties',
        'positives'), not the words asking it ('taux', 'pourcentage'). A rate asked by name
        ('le taux de sorties positives des salariés en insertion') is of its head only: the
        population it is taken of is no thing it measures (share_of.rate_head)."""
        head = share_of.rate_head(fold(self._asked_anew(part)).replace("’", "'"))
        words = _asked_words(head or evidence_query(self.engine, self.plan, part))
        words = [
            w for w in words if not lx.SHARE_FRAME.search(f"what {w}") and w not in lx.RATE_WORDS
        ]
        return [s for w in words for s in _noun_stems(w)]

    def _share_of_thing(self, part: PlanPart, quote: str) -> bool:
        """Whether a passage stating a percentage states it of the thing a rate asks ('taux
        d'insertion' is not answered by 'un taux de valeur ajoutée de 36,6%'); a share asked
        keeps the passage found, as before."""
        folded = fold(part.text)
        if lx.SHARE_FRAME.search(folded) or not lx.RATE_ASKED.search(folded):
            return True
        # ('taux de VA' of « taux de valeur ajoutée »: its initials, written out)
        return _names_noun(quote, self._share_stems(part)) or initialism.spelt_in(part.text, quote)

    def section(self, part: PlanPart, fiche: Fiche) -> Filled:
        """A section asked of a structure ('quels sont ses freins ?', 'what were its levers?')
        is answered by that section, all of it (a few sentences): the one closest to the
        question first, then the others in the booklet's order. A fiche without the section
        answers with a narrative sentence that names the thing asked ('vit des difficultés
        économiques'), else says the section is absent and gives the nearest fact — never an
        identity-card line."""
        if part.name == "key_figures" and fiche.key_figures:
            return self._key_figures(fiche)
        inside = [
            ev
            for ev in self.sentences(fiche.id, (part.name,))
            if len(ev.sentence.text.strip()) >= SECTION_SENTENCE_MIN
        ]
        if not inside:
            asked = next((a for a in lx.SECTIONS_ASKED if a.name == part.name), None)
            named = lx.compiled(asked.asked) if asked else None
            ev = self.best_sentence(
                fiche.id, lambda t: named is not None and bool(named.search(t)), NARRATIVE
            )
            if ev is not None:
                return self.found(ev)
            dated = self._section_of_year(part, fiche)
            if dated is not None:
                return self.found(dated)
            return Missing(fiche.id, "attribute", self.nearest_sentence(fiche.id))
        asked_terms = set(analyze(self.query))  # 'pour monter son école': that obstacle first

        def closeness(ev: Evidence) -> float:
            shared = asked_terms & set(analyze(ev.sentence.text))
            return ev.score + SECTION_TERM_WEIGHT * len(shared)

        # a story is told from its start: the history section in the booklet's order
        best = inside[0] if part.name == "history" else max(inside, key=closeness)
        found = self.found(best)
        seen = {fold(best.sentence.text)}
        for ev in inside:  # the booklet's order; a section printed twice is quoted once
            key = fold(ev.sentence.text)
            if key not in seen and len(found.more) < SECTION_QUOTES - 1:
                seen.add(key)
                found.more.append(citation_for(self.engine, 0, ev))
        return found

    def _key_figures(self, fiche: Fiche) -> Found:
        """'Les chiffres clés de X ?', 'key figures of X': every figure of the section, each
        quoted from its label to its value ('NB D'ADHÉRENTS : 3 228 (2019)'), in the booklet's
        order; a sentence scoring would keep a few long lines and drop the short figures."""
        text = self.engine.corpus.sources[fiche.source]
        citations: list[Citation] = []
        after = fiche.span.start
        for figure in fiche.key_figures:
            label = text.rfind(figure.label, after, figure.span.start)
            start = label if label >= 0 else figure.span.start
            citations.append(
                citation_at(self.engine, 0, fiche.id, fiche.source, start, figure.span.end)
            )
            after = figure.span.end
        first, *more = citations
        return Found(fiche.id, first.quote, first, more=more)

    def _section_of_year(self, part: PlanPart, fiche: Fiche) -> Evidence | None:
        """Class: a section asked by what it did at one time ('what helped them get through
        2020?', 'qu'est-ce qui les a aidés en 2020 ?') of a fiche printed without that section.
        The narrative sentence dated by the year asked that holds the most of what is asked
        ('en 2020, l'atelier couture a produit 200 000 masques … alors que les autres activités
        étaient à l'arrêt') answers it; a sentence only dated so, holding nothing asked, does
        not."""
        years = [str(y) for y in self.plan.years]
        if len(years) != 1:
            return None
        pred = self.predicate(part)
        best: tuple[int, float] | None = None
        chosen = None
        for ev in self.sentences(fiche.id, NARRATIVE):
            if years[0] not in ev.sentence.text:
                continue
            held = yes_no.held_in(pred, ev.sentence.text) + yes_no.acts_in(pred, ev.sentence.text)
            if held and (best is None or (held, ev.score) > best):
                best, chosen = (held, ev.score), ev
        return chosen

    def overview(self, fiche: Fiche) -> Filled:
        """A structure asked about as a whole ('Que fait VESTALI ?', 'what does it do?'): what
        it is and does in its fiche's words — its activity (identity card), its challenge, the
        objective of its action — rather than the one sentence closest to 'fait'."""
        source = self.engine.corpus.sources[fiche.source]
        citations: list[Citation] = []
        challenge = next(iter(self.sentences(fiche.id, ("challenge",))), None)
        labelled = [
            sub
            for section in fiche.sections
            for sub in section.subparts
            if sub.value and lx.OVERVIEW_LABELS.fullmatch(fold(sub.label).strip())
        ]
        for sub in labelled[:1]:  # the activity
            a, b = paragraphs(source, sub.span.start, sub.span.end, sub.span.start)[0]
            citations.append(citation_at(self.engine, 0, fiche.id, fiche.source, a, b))
        if challenge is not None:
            citations.append(citation_for(self.engine, 0, challenge))
        for sub in labelled[1:2]:  # the objective of its action
            a, b = paragraphs(source, sub.span.start, sub.span.end, sub.span.start)[0]
            citations.append(citation_at(self.engine, 0, fiche.id, fiche.source, a, b))
        if not citations:
            nearest = self.nearest_sentence(fiche.id)
            return nearest if nearest is not None else Missing(fiche.id, "passage")
        first, *rest = citations
        return Found(fiche.id, first.quote, first, more=rest)

    def subpart(self, part: PlanPart, fiche: Fiche) -> Filled:
        """A labelled part asked of a structure ('qui finance X ?', 'who are its partners?')
        is answered by every line the booklet writes under that label, in its order ('Local :
        …', 'Régional : …'). A line belongs to the nearest known label above it, so a label
        the booklet misplaces under another ('BÉNÉFICIAIRES' under the partners) does not
        carry its lines along. Without such lines: a sentence of the fiche naming the thing
        asked ('financé par …'), else the nearest fact."""
        asked = next(a for a in lx.SUBPARTS_ASKED if a.name == part.name)
        heading = lx.compiled(asked.heading)
        known = [lx.compiled(a.heading) for a in lx.SUBPARTS_ASKED]

        def owner(labels: list[str]) -> str:
            """The nearest label, from the part's own outwards, that is a known part."""
            for label in reversed(labels):
                if any(k.search(fold(label)) for k in known):
                    return fold(label)
            return ""

        source = self.engine.corpus.sources[fiche.source]
        citations: list[Citation] = []
        for section in fiche.sections:
            above = ""  # a scope line ('Local :') printed flat belongs to the label above it
            for sub in section.subparts:
                own = owner([*sub.path, sub.label])
                if not own and lx.SCOPE_LABEL.fullmatch(fold(sub.label).strip()):
                    own = above
                above = own if not lx.SCOPE_LABEL.fullmatch(fold(sub.label).strip()) else above
                if not sub.value or not heading.search(own):
                    continue
                label_end = sub.span.start + sub.value_offset
                for a, b in paragraphs(source, sub.span.start, sub.span.end, label_end):
                    citations.append(citation_at(self.engine, 0, fiche.id, fiche.source, a, b))
        if citations and asked.name == "materials" and lx.REFUSED_ASKED.search(fold(part.text)):
            return _refused(fiche.id, citations)
        if citations:
            # one level asked ('et au niveau européen ?'): every line, for the level's own
            # ('Autres : le fonds social européen' may stand past the first lines)
            shown = citations if len(_scopes_asked(part)) == 1 else citations[:SECTION_QUOTES]
            first, *rest = _frame_first(shown, fold(self.plan.question))
            return Found(fiche.id, first.quote, first, more=rest)
        named = lx.compiled(asked.asked)
        stated = lx.compiled(asked.heading)
        ev = self.best_sentence(
            fiche.id, lambda t: bool(named.search(t) or stated.search(t)), NARRATIVE
        )
        if ev is not None:
            return self.found(ev)
        return Missing(fiche.id, "attribute", self.nearest_sentence(fiche.id))

    def _best_among(self, fiche_id: str, counts: dict[int, float], most: float) -> Evidence | None:
        best: Evidence | None = None
        for ev in self.sentences(fiche_id):
            if counts.get(ev.sentence.start) == most and (best is None or ev.score > best.score):
                best = ev
        return best

    # -- figures ----------------------------------------------------------------------------
    def _figures(self, fiche: Fiche) -> list[tuple[KeyFigure, set[str]]]:
        """Each key figure with its measures and their families."""
        counts = Counter(f.value for f in fiche.key_figures)
        out = []
        for figure in fiche.key_figures:
            measures = figure_measures(figure, counts[figure.value])
            out.append((figure, set(measures) | {_family(m) for m in measures}))
        return out

    def _figure_found(self, fiche: Fiche, figure: KeyFigure) -> Found:
        citation = figure_citation(self.engine, 0, fiche.id, figure)
        value = figure.value
        if figure.year and str(figure.year) not in value:
            value = f"{value} ({figure.year})"
        return Found(fiche.id, value, citation, "" if figure.kind == "other" else figure.label)

    def _as_measure_asked(self, part: PlanPart, fiche: Fiche, figure: KeyFigure) -> Filled:
        """A key figure filed under the measure asked whose own words give another of its
        family ('BUDGET GLOBAL : En 2020, le chiffre d'affaires … a atteint 160 000 €' asked
        for a budget). A sum of money the fiche files under the label asked answers, said
        as what its words call it ('budget : 160 000 € (2020), le chiffre d'affaires que la
        fiche donne comme budget';
        filed_figure.py); a count of people naming another group ('Parmis les adhérents,
        une dizaine sont des bénévoles' for members) is the nearest fact, not the answer. A
        figure giving both in clauses ('316 000 € de budget … ; 53 177 euros de CA …')
        answers with the clause asked."""
        found = self._figure_found(fiche, figure)
        measure = next((m for m in lx.MEASURES if m.name == part.name), None)
        if measure is None or measure.family not in lx.NAMED_IN_VALUE_FAMILIES:
            return found  # '2 (80m2 & 40m2)' of NOMBRES DE SITES names a surface's unit only
        stated = lx.compiled(measure.stated)
        value = fold(figure.value)
        others = [
            m
            for m in lx.MEASURES
            if m.family == measure.family
            and m.name != measure.name
            and lx.compiled(m.stated).search(value)
        ]
        if not stated.search(value) and others:
            other = others[0]
            amount = _AMOUNT.search(figure.value)
            year = figure.year or (int(y.group(0)) if (y := lx.YEAR.search(value)) else None)
            shown = amount.group(0).strip() if amount else figure.value
            shown += f" ({year})" if year and str(year) not in shown else ""
            label = other.label_en if self.plan.lang == "en" else other.label_fr
            if filed_figure.answers_as_filed(measure.family, len(self.plan.targets)):
                said = filed_figure.as_filed(shown, label, measure, self.plan.lang)
                return Found(fiche.id, said, found.citation, label)
            near = Found(fiche.id, shown, found.citation, label)
            return Missing(fiche.id, "attribute", near)
        clauses = [c.strip() for c in figure.value.split(";") if c.strip()]
        if len(clauses) > 1:
            own = [c for c in clauses if stated.search(fold(c))]
            if len(own) == 1 and own[0] != figure.value.strip():
                year = figure.year if not lx.YEAR.search(fold(own[0])) else None
                found.value = own[0] + (f" ({year})" if year else "")
        return found

    def _whole_staff(self, fiche: Fiche) -> list[Fact]:
        """The staff field's counts about the whole structure, not a line about a part of it
        ('sur la filière D3E')."""
        source = self.engine.corpus.sources[fiche.source]
        return [f for f in staff_facts(fiche, source) if not f.scope and f.number is not None]

    def _staff_found(self, fiche: Fiche, fact: Fact) -> Found:
        """A staff count with its year and how it was summed, cited on its own span."""
        bits = [str(fact.year)] if fact.year else []
        bits += [f"= {fact.derived}"] if fact.derived else []
        value = plain_number(fact.number or 0) + (f" ({', '.join(bits)})" if bits else "")
        citation = citation_at(self.engine, 0, fiche.id, fiche.source, fact.start, fact.end)
        return Found(fiche.id, value, citation, "EFFECTIF SALARIAL MOBILISÉ")

    def _headcount(self, fiche: Fiche, years: set[int] | None = None) -> Filled | None:
        """The number of employees the staff field gives, whole: stated ('25 dont 19 …') or
        the sum of its parts ('85 en CDDI et 30 permanents' -> 115, = 85 + 30), as the
        aggregates count it. A field giving only full-time equivalents ('0,5 ETP') gives no
        headcount: that is its nearest fact. A line about part of the structure ('sur la
        filière D3E') is no headcount of it. None: the fiche has no staff field."""
        facts = self._whole_staff(fiche)
        if not facts:
            return None
        counted = [f for f in facts if f.name == "salaries"]
        found = self._staff_found(fiche, (counted or facts)[0])
        if not counted:  # quoted as the booklet words it: '0,5 ETP au sein du Pays …'
            quote = found.citation.quote
            return Missing(fiche.id, "attribute", Found(fiche.id, quote, found.citation))
        year = counted[0].year
        if years and year not in years:
            # 'combien de salariés en 2019 ?' of a headcount of 2021, or of none: the
            # headcount is the nearest fact, not the answer (as `_figure` says of any figure)
            return Missing(fiche.id, "undated" if year is None else "year", found)
        return found

    def _staff_count(self, fiche: Fiche, name: str) -> Found | None:
        """A part of the staff asked ('how many people in insertion work there?', 'combien
        d'ETP ?') from the staff field read as facts, the count its own noun names ('85
        salarié.e.s en CDDI'): not a number that happens to stand near the word ('Insertion
        professionnelle via 4 chantiers d'insertion' counts work sites)."""
        fact = next((f for f in self._whole_staff(fiche) if f.name == name and f.number), None)
        return self._staff_found(fiche, fact) if fact is not None else None

    def figure(self, part: PlanPart, fiche: Fiche) -> Filled:
        """The figure of the measure or noun asked; for a narrower kind of the measure asked
        (`lexicon.QUALIFIERS`: 'personnes formées' of people supported) only a count
        stating that kind answers, the measure's own figure being the nearest fact."""
        folded = fold(part.text)
        if part.source:  # 'et de la part des entreprises ?' after a figure of fish
            return self._figure_from_source(part, fiche)
        if not part.yes_no and change_asked.asks_change(part.text):
            return self._change(part, fiche)
        if not part.yes_no and change_asked.asks_more_of(part.text):
            # 'combien d'arbres en plus ?': a change stated answers ('multipliant par dix')
            change = self._change(part, fiche)
            if isinstance(change, Found):
                return change
        qualifier = next(
            (
                q
                for q in lx.QUALIFIERS
                if q.measure == part.name and lx.compiled(q.asked).search(folded)
            ),
            None,
        )
        if qualifier is None:
            filled = self._figure(part, fiche)
            if (
                isinstance(filled, Missing)
                and part.name == "resultat"
                and not part.yes_no
                and not _RESULT_AMOUNT_ASKED.search(folded)
            ):
                return self._result_by_sign(fiche) or filled
            # 'what share of its employees have a disability?', 'the share of sales in its
            # revenue': a share of the measure is stated by a sentence giving one ('6% des
            # salariés …', '30% de recettes résultant des ventes'), not by the measure's
            # figure; a fiche giving no figure of the measure may still state the share
            if _share_asked(folded) and not part.yes_no:
                if isinstance(filled, Found):
                    return self.share_asked(part, filled)
                ev = self._share_sentence(part, fiche.id)
                return self.found(ev) if ev is not None else filled
            return filled
        if _share_asked(folded) and not part.yes_no:
            # 'what share of its staff are disabled?': a share of that kind ('6% des salariés
            # sont en situation de handicap') answers it, as a share of the measure does
            kind = lx.compiled(qualifier.stated)
            share = self.best_sentence(
                fiche.id,
                lambda t: bool(lx.SHARE_STATED.search(t) and kind.search(fold(t))),
            )
            if share is not None:
                return self.found(share)
        stated = lx.compiled(rf"{NUMBER_BEFORE}(?:{qualifier.stated})")
        # the staff field's line about the whole structure first ('… et 30 salariés
        # permanents en 2021' before '5 formateurs permanents' of another figure, or '5
        # permanents sur la filière D3E' of a part of it)
        ev = self._on_staff_line(fiche, stated) if part.name == "salaries" else None
        ev = ev or self.best_sentence(fiche.id, lambda t: bool(stated.search(t)))
        label = qualifier.label_en if self.plan.lang == "en" else qualifier.label_fr
        if ev is not None:
            return self.found(ev, _matched(stated, ev.sentence.text), label)
        filled = self._figure(part, fiche)
        nearest = filled if isinstance(filled, Found) else filled.nearest
        return Missing(fiche.id, "attribute", nearest, f"noun:{label}")

    def _result_by_sign(self, fiche: Fiche) -> Found | None:
        """Class: a result the fiche states by its sign, with no amount (« Le résultat net de
        l'exercice comptable de 2019 est positif comme celui de 2018 »): asked as a figure
        ('quel est leur résultat ?', 'their net result?'), that sentence answers it; a year
        asked must be one it names."""
        years = [str(y) for y in self.plan.years]
        ev = self.best_sentence(
            fiche.id,
            lambda t: bool(lx.RESULT_SIGN_STATED.search(t)) and all(y in t for y in years),
        )
        return self.found(ev) if ev is not None else None

    def _figure_from_source(self, part: PlanPart, fiche: Fiche) -> Filled:
        """A figure asked anew from another source (figure_source.py): the sentence with a
        count that names that source, one counting the last question's thing first; none
        naming it — the fiche gives no figure from that source, its figure of the thing
        (from another source) being the nearest fact."""
        glossed = [{t for g in topic_words.glossed_words(w) for t in g.stems} for w in part.source]
        stems = [g | set(analyze(w)) for g, w in zip(glossed, part.source, strict=True)]
        vocab = self.engine.lexical_vocabulary
        unread = any(not g and not s & vocab for g, s in zip(glossed, stems, strict=True))
        if self.plan.lang == "en" and unread:
            # an English source the booklet's French does not read ('fish auctions'): the
            # figure asked, ranked with the source's words, as any figure is
            return self._figure(replace(part, source=()), fiche)
        noun = set(_noun_stems(part.noun))
        stated = None
        if part.name:  # 'how many tonnes …' then 'and from companies?': tonnes from them
            measure = next(m for m in lx.MEASURES if m.name == part.name)
            stated = lx.compiled(measure.stated)
        where = (*NARRATIVE, "key_figures")

        def sourced(t: str) -> bool:
            return (
                bool(A_NUMBER.search(t))
                and (stated is None or bool(stated.search(t)))
                and figure_source.names_source(t, stems, analyze)
                # '3 Entreprises locales mécènes' counts the source itself, nothing from it
                and not figure_source.counts_source(t, stems)
            )

        ev = self.best_sentence(
            fiche.id, lambda t: sourced(t) and _names_noun(t, list(noun)), where
        ) or self.best_sentence(fiche.id, sourced, where)
        if ev is not None:
            number = A_NUMBER.search(ev.sentence.text)
            return self.found(ev, ev.sentence.text if number is None else "")
        nearest = self._figure(replace(part, source=()), fiche)
        words = ", ".join(f"« {w} »" for w in part.source)
        near = nearest if isinstance(nearest, Found) else nearest.nearest
        return Missing(fiche.id, "unmentioned", near, words=words)

    def _change(self, part: PlanPart, fiche: Fiche) -> Filled:
        """How much a figure changed ('by how much did its sales grow?'): the sentence stating
        the change with its amount, about the measure or the thing asked (change_asked.py);
        else the booklet does not say, the sentence saying it changed, or the figure itself,
        being the nearest fact."""
        measure = next((m for m in lx.MEASURES if m.name == part.name), None)
        stated = lx.compiled(measure.stated) if measure is not None else None
        words = _asked_words(evidence_query(self.engine, self.plan, part))
        stems = [s for w in [*words, part.noun] if w for s in _noun_stems(w)]
        names = self.engine.mentions.name_tokens(fiche.id)
        stems = [s for s in stems if not set(analyze(s)) <= names]
        text = evidence_query(self.engine, self.plan, part)
        glossed = (
            topic_words.topic_words(text, lx.GENERIC_TOPIC_EN) if self.plan.lang == "en" else []
        )
        vocab = self.engine.mentions.vocab.get(fiche.id, set())
        # a question whose words neither the fiche nor the glossary reads ('its value-added
        # rate', asked in English of a French fiche): the change stated closest to it answers,
        # by the ranking; a word read and not named by a change stays a change not stated
        readable = bool(glossed) or any(t in vocab for s in stems for t in analyze(s))

        def about(sentence: str) -> bool:
            if stated is not None and stated.search(fold(sentence)):
                return True
            if measure is not None:
                return False
            tokens = set(analyze(sentence))
            held = _names_noun(sentence, stems) or any(g.held_by(tokens) for g in glossed)
            return held or not readable

        ev = self.best_sentence(fiche.id, lambda t: change_asked.states_change(t, about))
        if ev is not None:
            return self.found(ev)
        near = self.best_sentence(fiche.id, lambda t: change_asked.grows(t, about))
        figure = self._figure(part, fiche) if near is None else None
        nearest = self.found(near) if near is not None else None
        if isinstance(figure, Found):
            nearest = figure
        elif isinstance(figure, Missing):
            nearest = figure.nearest
        en = self.plan.lang == "en"
        label = (measure.label_en if en else measure.label_fr) if measure else part.noun
        label = label or next((g.word for g in glossed), "")  # 'exports'
        label = label or next((w for w in words if not set(analyze(w)) <= names), "")
        change = "change" if en else "évolution"
        shown = ", ".join(f"« {w} »" for w in (label, change) if w)
        return Missing(fiche.id, "apart", nearest, words=shown)

    def _on_staff_line(self, fiche: Fiche, stated: re.Pattern[str]) -> Evidence | None:
        """The best sentence matching `stated` on a staff field line about the whole
        structure (no scope such as 'sur la filière D3E')."""
        source = self.engine.corpus.sources[fiche.source]
        lines = [(f.start, f.end) for f in staff_facts(fiche, source) if not f.scope]
        best: Evidence | None = None
        for ev in self.sentences(fiche.id):
            on_line = any(a < ev.sentence.end and ev.sentence.start < b for a, b in lines)
            better = best is None or ev.score > best.score
            if on_line and better and stated.search(fold(ev.sentence.text)):
                best = ev
        return best

    def _figure(self, part: PlanPart, fiche: Fiche) -> Filled:
        years = set(self.plan.years)
        if part.name == "salaries":  # 'how many employees': all of them
            # of the year asked when one is ('et en 2021 ?' of '… permanents en 2021')
            headcount = self._headcount(fiche, years)
            # 'do they have paid staff?' of a staff field giving full-time equivalents only
            # ('0,5 ETP au sein du Pays …'): the field answers whether they have any, as the
            # booklet words it; no headcount is needed to say so
            ungiven = isinstance(headcount, Missing) and headcount.missing == "attribute"
            if ungiven and part.yes_no and not years:
                assert isinstance(headcount, Missing)
                if headcount.nearest is not None:
                    return headcount.nearest
            if headcount is not None:
                return headcount
        stems: list[str] = []
        if part.name:
            measure = next(m for m in lx.MEASURES if m.name == part.name)
            figures = [f for f, ms in self._figures(fiche) if part.name in ms and has_quantity(f)]
            # '30 salariés en insertion', or a label before its number ('EFFECTIF : 25')
            stated = lx.compiled(
                rf"{NUMBER_BEFORE}(?:{measure.stated})[\w.]*|(?:{measure.stated}){NUMBER_AFTER}"
            )
        else:
            figures = []
            stems = _noun_stems(part.noun)
            nouns = "|".join(re.escape(s) for s in stems)
            # (with no noun, any digit but those of the structure's own name: the '62' of
            # 'LE PANIER DE LA MER 62 à Boulogne', the '3' of '3i')
            # (nor a year, unless one is asked: 'Novembre 2021' counts nothing; a share of
            # costs covered is stated as a share: 'couvrent 92 % des charges')
            digit = _digit_beside(fiche, years=bool(years))
            if lx.COSTS_COVERED_ASKED.search(fold(part.text)):
                digit = lx.SHARE_STATED.pattern
            stated = lx.compiled(rf"{NUMBER_BEFORE}(?:{nouns})" if stems else digit)
        if not part.name and part.noun and not years:
            by_label = self._labelled_count(part, fiche)
            if by_label is not None:
                return by_label
        if part.name and not figures:  # a clause of another figure ('… ; 53 177 euros de CA')
            figures = [
                f
                for f in fiche.key_figures
                if any(
                    stated.search(fold(c))
                    and _AMOUNT.search(c)
                    and (not years or any(str(y) in c for y in years))
                    for c in f.value.split(";")[1:]
                )
            ]
            for f in figures:  # dated by its clause, not by the figure's other clause
                clause = next(c for c in f.value.split(";")[1:] if stated.search(fold(c)))
                if years and lx.YEAR.search(fold(clause)):
                    figures = [replace(f, year=next(iter(years)))]
                    break
        if years:
            dated = [f for f in figures if f.year in years]
            undated = [f for f in figures if f.year is None]
            if figures and not dated and not undated:  # a budget 2019, nothing for 2022
                found = self._figure_found(fiche, figures[0])
                return _clause_of_year(found, years) or Missing(fiche.id, "year", found)
            if not dated and undated:
                # 'le budget de 2020' when the budget has no year: the figure is the nearest
                # fact, not the answer — the booklet does not say it is the one of that year
                return Missing(fiche.id, "undated", self._figure_found(fiche, undated[0]))
            figures = dated
        if figures:
            return self._as_measure_asked(part, fiche, self._figure_naming(part, fiche, figures))
        staffed = self._staff_count(fiche, part.name) if part.name in _STAFF and not years else None
        if staffed is not None:
            return staffed
        worded = self._worded_figure(part, fiche) if part.name and not years else None
        if worded is not None:
            return worded
        projected = lx.compiled(lx.PROJECTED)
        asks_projected = bool(projected.search(fold(self.plan.question))) or bool(
            lx.compiled(lx.PROJECTED_ASKED).search(fold(self.plan.question))
        )

        def holds(t: str) -> bool:
            return bool(stated.search(t)) and (not years or _in_clause(stated, t, years))

        # what the structure has before what it seeks ('recherche 2 hectares supplémentaires')
        ev = self.best_sentence(
            fiche.id, lambda t: holds(t) and (asks_projected or not projected.search(t))
        ) or self.best_sentence(fiche.id, holds)
        if ev is None and years and (part.name or part.noun):
            # the thing asked is counted, but for another year ('28 000 objets vendus en
            # 2020' when 2021 is asked): that is the nearest fact, the year asked is missing
            other = self.best_sentence(fiche.id, lambda t: bool(stated.search(t)))
            if other is not None and lx.YEAR.search(fold(other.sentence.text)):
                return Missing(fiche.id, "year", self.found(other))
        if ev is not None and part.name:
            found = self.found(ev, _matched(stated, ev.sentence.text))
            if projected.search(fold(ev.sentence.text)) and not asks_projected:
                return Missing(fiche.id, "attribute", found)  # only what it seeks is stated
            return found
        if ev is None and part.name == "tonnage" and loose_quantity.asked_loosely(fold(part.text)):
            # 'et en volume ?' of a structure giving no weight: its count of the things it
            # sells, makes or collects (loose_quantity.py)
            handled = self.best_sentence(
                fiche.id, loose_quantity.counts_handled, (*NARRATIVE, "key_figures")
            )
            if handled is not None:
                return self.found(handled)
        if ev is None and not part.name:  # no known measure: the closest sentence with a count
            words = _asked_words(evidence_query(self.engine, self.plan, part))
            # the noun's French synonyms too ('poulets' counted as « volailles »)
            asked = stems + [s for w in words for s in _noun_stems(w)] + _synonym_stems(part.noun)

            def counts(t: str) -> bool:
                return bool(A_NUMBER.search(t)) and (not years or any(str(y) in t for y in years))

            where = (*NARRATIVE, "key_figures")
            # a count naming a word of the question first ('60 000 masques' for 'face masks')
            ev = self.best_sentence(
                fiche.id, lambda t: counts(t) and _names_noun(t, asked), where
            ) or self.best_sentence(fiche.id, counts, where)
            # the noun counted itself, unless it is a generic one ('combien de personnes'):
            # 'combien de femmes travaillent ?' met by '4 nouveaux postes de travail' names
            # a word of the question, not what is counted
            own = stems + _compound_head(self.plan.question, part.noun) + _synonym_stems(part.noun)
            vocab = self.engine.lexical_vocabulary
            # a noun the booklet writes, or whose same thing it writes ('poulets': « volailles »
            # in another fiche): a fiche writing neither does not count it
            known = any(t in vocab for s in stems + _synonym_words(part.noun) for t in analyze(s))
            # strict only when the fiche never names the noun: a count there may name it
            # in other words than the question's
            named_here = self._noun_named(fiche.id, own) is not None
            generic = fold(part.noun) in lx.GENERIC_COUNTED | lx.UNIT_COUNTED
            if (
                ev is not None
                and named_here
                and known
                and not generic
                and _counts_another(ev.sentence.text, own, asked)
            ):
                # 'how many schools does it supply with computers?' met by '1200 ordinateurs
                # sont donnés par an': a count of another thing the question names, while the
                # fiche names the thing asked uncounted — that sentence is the nearest fact;
                # counted there for no year asked, it is the year that is missing
                named = self._noun_named(fiche.id, own)
                counted = named is not None and bool(A_NUMBER.search(named.citation.quote))
                return Missing(fiche.id, "year" if years and counted else "attribute", named)
            if generic or not known or named_here:
                own = asked  # 'veg boxes … a week': a noun the booklet never writes
            if (
                ev is not None
                and fold(part.noun) in lx.UNIT_COUNTED
                and not _IN_A_UNIT.search(fold(ev.sentence.text))
            ):
                # 'combien d'heures de bénévolat ?' met by '… 2 nouveaux postes': a quantity in
                # a unit is stated in a unit (tonnes for kilos will do), not by a count of things
                return Missing(fiche.id, "attribute", self.found(ev))
            if ev is not None and stems and not _names_noun(ev.sentence.text, own):
                # 'combien de vélos loués ?' answered by '100 producteurs': a count naming no
                # word of the question is no answer; the nearest fact names the noun asked
                named = self._noun_named(fiche.id, stems)
                if named is not None and years:
                    # 'combien de poissons collectés en 2021 ?': the fiche counts them, for no
                    # year asked (« 51 tonnes de poissons »): nothing for that year, not 'no fish'
                    return Missing(fiche.id, "year", named)
                return Missing(fiche.id, "attribute", named or self.found(ev))
            if (
                ev is not None
                and stems
                and known
                and not generic
                and not _counts_named(ev.sentence.text, own)
            ):
                # 'how many visitors came to the fête de la récup?' met by '… elle recrute 2
                # salariés … de créer « la fête de la Récup »': the sentence names the
                # question's words, but what it counts is none of them — the nearest fact (a
                # noun the booklet never writes, 'wipes' for 'lingettes', is not checked)
                return Missing(fiche.id, "attribute", self.found(ev))
            labelled = _labelled_figure(fiche, ev) if ev is not None and stems else None
            if (
                ev is not None
                and labelled is not None
                and not _names_noun(f"{labelled.label} {labelled.value}", stems)
            ):
                # 'combien de clients à la boutique ?' met by '4 sites (… boutique solidaire
                # …)': the booklet's label says what that figure counts (NOMBRES DE SITES),
                # and it is not the noun asked — the nearest fact, not the answer
                return Missing(fiche.id, "attribute", self.found(ev))
        # (a year asked is held by the year checks, which name the undated count nearest)
        mass = _mass_asked(part.text) if not (part.name or part.noun or years) else []
        vocab = self.engine.mentions.vocab.get(fiche.id, set())
        if ev is not None and mass and not _counts_matter(ev.sentence.text, mass, vocab):
            # 'how much metal do they process?' met by '2 formes de collecte : … leur métal':
            # a count of the matter asked answers ('1 100 tonnes de bois' for 'how much
            # wood'); a sentence counting another thing is the nearest fact (class: another
            # measure than the stated one, asked of a matter)
            bound = self.best_sentence(
                fiche.id,
                lambda t: (
                    bool(A_NUMBER.search(t))
                    and _counts_matter(t, mass, vocab)
                    and (not years or any(str(y) in t for y in years))
                ),
                (*NARRATIVE, "key_figures"),
            )
            if bound is None:
                return Missing(fiche.id, "attribute", self.found(ev))
            ev = bound
        if ev is not None:
            return self.found(ev)
        nearest = self._nearest_for(part, fiche)
        if years and not part.name and part.noun and nearest is not None:
            # 'combien de poissons collectés en 2021 ?': the fiche counts them (« 51 tonnes
            # de poissons »), for no year asked: nothing for that year, not 'no fish'
            quote = nearest.citation.quote
            if A_NUMBER.search(quote) and _names_noun(quote, _noun_stems(part.noun)):
                return Missing(fiche.id, "year", nearest)
        return Missing(fiche.id, "attribute", nearest)

    def counted_in_period(self, part: PlanPart, filled: Filled) -> Filled:
        """A count asked per period ('how many per fortnight?') is answered by the fiche's
        sentence giving a number for that period, unless the passage found gives one
        (counted_per_period.py)."""
        stated = counted_per_period.period_stated(fold(part.text))
        if stated is None or not isinstance(filled, Found):
            return filled
        if counted_per_period.counts_in_period(fold(filled.citation.quote), stated):
            return filled
        ev = self.best_sentence(
            filled.fiche_id,
            lambda t: counted_per_period.counts_in_period(t, stated),
            (*NARRATIVE, "key_figures"),
        )
        return self.found(ev) if ev is not None else filled

    def _figure_naming(self, part: PlanPart, fiche: Fiche, figures: list[KeyFigure]) -> KeyFigure:
        """Of several key figures of the measure asked ('51 tonnes de poissons …', '35 tonnes
        de produits … issus de dons'), the one naming most of the question's own words ('and
        the donated products, what tonnage?'); the first when none names more (class: a
        follow-up narrowing a measure to one of its things, answered by the first line)."""
        if len(figures) < 2:
            return figures[0]
        text = self.engine.mentions.without_names(part.text, [fiche.id])
        stems = [s for w in _asked_words(text) for s in _noun_stems(w)]

        def named(figure: KeyFigure) -> int:
            value = fold(figure.value)
            return sum(1 for s in set(stems) if re.search(rf"\b{re.escape(s)}", value))

        best = max(figures, key=named)
        return best if named(best) > named(figures[0]) else figures[0]

    def _labelled_count(self, part: PlanPart, fiche: Fiche) -> Found | None:
        """The key figure whose label the question names whole ('combien de personnes
        accompagnées ?': « NB DE PERSONNES ACCOMPAGNÉES : 285 »), of its own words only
        (labelled_count.py)."""
        text = self.engine.mentions.without_names(part.text, [fiche.id])
        words = _asked_words(text)
        asked = [s for w in words for s in (*analyze(w), *_noun_stems(w))]
        for figure in fiche.key_figures:
            if has_quantity(figure) and labelled_count.named_whole(figure.label, asked):
                return self._figure_found(fiche, figure)
        return None

    def _worded_figure(self, part: PlanPart, fiche: Fiche) -> Found | None:
        """A key figure under the measure's own label giving words, not a number ('NB
        PROJETS EN ÉTUDE DE FAISABILITÉ : Conception d'un catalogue …'): the fiche states
        what is asked its own way — quoted, not refused as 'no number of projects' with
        another figure as the nearest (`measures.worded_figure`)."""
        figure = worded_figure(fiche.key_figures, part.name)
        return self._figure_found(fiche, figure) if figure is not None else None

    def _noun_named(self, fiche_id: str, stems: list[str]) -> Found | None:
        ev = self.best_sentence(fiche_id, lambda t: _names_noun(t, stems))
        return self.found(ev) if ev is not None else None

    # -- people -----------------------------------------------------------------------------
    def person(self, part: PlanPart, fiche: Fiche) -> Filled:
        role = next(r for r in lx.ROLES if r.name == part.name)
        side = launched_side.side_asked(part.text, fiche.name) if role.name == "founder" else []
        if side:  # 'who started the upholstery side?': who its history says launched it
            stems = [s for w in side for s in _noun_stems(w)]
            launch = self.best_sentence(
                fiche.id, lambda t: launched_side.tells_launch(t, stems), ("history",)
            )
            if launch is not None:
                return self.found(launch)
        stated = lx.compiled(role.stated)
        persons = [p for p in fiche.contact.persons if stated.search(fold(p.role or "contact"))]
        if not persons and role.name == "leader":
            leaders = [r for r in lx.ROLES if r.leadership]
            persons = [
                p
                for p in fiche.contact.persons
                if any(lx.compiled(r.stated).search(fold(p.role)) for r in leaders)
            ]
        years = [str(y) for y in self.plan.years]
        if years and role.name != "contact":
            # The holder asked at a date ('le responsable embauché en 2018'): the sentence
            # that dates the role says who it is, or that it names no one.
            dated = self.best_sentence(
                fiche.id, lambda t: bool(stated.search(t)) and any(y in t for y in years)
            )
            if dated is not None:
                if names_holder(dated.sentence.text, stated):
                    return self.found(dated)
                return Missing(fiche.id, "role_unnamed", self._role_told(dated, fiche))
        if persons:
            person = persons[0]
            ev = self._line_naming(fiche.id, person.name)
            if ev is not None:
                found = self._person_found(ev, person.name, person.role)
                found.note = "year_unstated" if years else ""
                return found
        # The role may be stated in a sentence: 'son président, M. X', 'initiatrice du projet';
        # a sentence that only mentions the role ('un trésorier bénévole très actif') names
        # no one: who the fiche does name is the nearest fact.
        ev = self.best_sentence(fiche.id, lambda t: bool(stated.search(t)), NARRATIVE)
        if ev is not None and role.name != "contact":
            # 'Does it have a treasurer?' asks whether the role is held, not by whom
            # 'un collectif d'habitants crée l'association': its subject founded it
            founded = role.name == "founder" and bool(lx.FOUNDED_BY.search(fold(ev.sentence.text)))
            if names_holder(ev.sentence.text, stated) or part.yes_no:
                return self.found(ev, _holder_phrase(ev.sentence.text, stated))
            if lx.ROLE_DUTY_ASKED.search(fold(part.text)):
                # 'le trésorier, il fait quoi ?' asks what the role does: the sentence saying
                # so answers, though it names no one (class: a role asked what it does)
                return self.found(ev)
            if founded:
                # 'c'est qui les fondateurs ?', 'who are the founders?': the role's holders,
                # persons, asked — a group that founded it ('un collectif d'habitants') names
                # none, and is the nearest fact; 'qui l'a créée ?' asks who did, a group will do
                # (class: a person asked where the fiche names no person)
                if lx.ROLE_NOUN_ASKED.search(fold(part.text)) and not _names_a_person(
                    ev.sentence.text
                ):
                    return Missing(fiche.id, "role_group", self.found(ev))
                return self.found(ev, _holder_phrase(ev.sentence.text, stated))
            return Missing(fiche.id, "role_unnamed", self._role_told(ev, fiche))
        return Missing(fiche.id, "role", self._contact_found(fiche))

    def _role_told(self, ev: Evidence, fiche: Fiche) -> Found:
        """Class: a role the fiche mentions but names no one in ('un trésorier bénévole très
        actif', 'Pour les fondateurs, il s'agit de …'): the nearest facts are the sentence
        that tells the role — what the fiche does say of it — and then who it does name (the
        card's contact, in their role). Quoting the contact alone read as if the contact held
        the role. The sentence rides in `more`, first (`wording`)."""
        told = citation_for(self.engine, 0, ev)
        contact = self._contact_found(fiche)
        if contact is None:
            return self.found(ev)
        contact.more = [told]
        return contact

    def _line_naming(self, fiche_id: str, name: str) -> Evidence | None:
        words = [w for w in fold(name).split() if len(w) > 2]
        return self.best_sentence(
            fiche_id, lambda t: bool(words) and all(w in t for w in words), ("contact",)
        ) or self.best_sentence(fiche_id, lambda t: bool(words) and all(w in t for w in words))

    def _contact_found(self, fiche: Fiche, named_in: str = "") -> Found | None:
        """The card's contact person, in their role; with `named_in` (a folded question),
        only one whose surname it names."""
        for person in fiche.contact.persons:
            surname = fold(person.name).split()[-1:] if person.name else []
            if named_in and not (surname and re.search(rf"\b{re.escape(surname[0])}\b", named_in)):
                continue
            ev = self._line_naming(fiche.id, person.name)
            if ev is not None:
                return self._person_found(ev, person.name, person.role)
        return None

    def _person_found(self, ev: Evidence, name: str, role: str) -> Found:
        """A person, cited at their name and role, not the whole contact block."""
        found = self.found(ev, _person_name(name), role)
        source = self.engine.corpus.sources[found.citation.source]
        block = source[found.citation.start : found.citation.end]
        at = block.find(name)
        if at >= 0:
            start = found.citation.start + at
            end = start + len(name)
            after = block.find(role, at + len(name)) if role else -1
            if 0 <= after - (at + len(name)) <= 8:  # the role right after the name
                end = found.citation.start + after + len(role)
            found.citation = narrowed(self.engine, found.citation, start, end)
        return found

    # -- identity and contact fields --------------------------------------------------------
    def status(self, part: PlanPart, fiche: Fiche) -> Filled:
        """Whether the structure is of the legal form asked ('est-elle une SCIC ?', 'is it a
        company?', 'is it a chantier d'insertion?'), read from its identity card: its status
        line (and its agréments and label, for a status such as ACI). Yes, cited at the line
        that states it; else no, cited at the status the card does give ('association')."""
        form = next(f for f in lx.LEGAL_FORMS if f.name == part.name)
        stated = lx.compiled(form.stated)
        identity = fiche.identity
        values = [identity.legal_status]
        if form.approval:
            values += [*identity.agrements, identity.label]
        for value in (v for v in values if v and v.strip()):
            if stated.search(fold(value)):
                ev = self._card_line(fiche, value, _status_detail(value, identity))
                if ev is not None:
                    return self.found(ev, value.strip(), _status_detail(value, identity))
        if form.family:  # 'une entreprise d'insertion ?' of an ACI: the kind it is
            denied = self._approval_stated(fiche, form.family)
            if denied is not None:
                return denied
        if form.beside:  # 'a-t-elle l'agrément ESUS ?' of a card listing only ACI
            listed = [v for v in (*identity.agrements, identity.label) if v and v.strip()]
            ev = (
                self._card_line(fiche, listed[0], _status_detail(listed[0], identity))
                if listed
                else None
            )
            nearest = self.found(ev) if ev is not None else self.nearest_sentence(fiche.id)
            label = form.label_en if self.plan.lang == "en" else form.label_fr
            return Missing(fiche.id, "unmentioned", nearest, words=f"« {label} »")
        status = identity.legal_status
        if status and status.strip():
            ev = self._card_line(fiche, status, "statut")
            if ev is not None:
                found = self.found(ev, status.strip(), "statut")
                found.denied = True
                return found
        return Missing(fiche.id, "attribute", self.nearest_sentence(fiche.id))

    def _approval_stated(self, fiche: Fiche, family: str) -> Found | None:
        """Class: a structure asked to be a kind of insertion structure its card does not
        state ('Is X recognised as an insertion company?' of an ACI, 'est-elle une
        entreprise adaptée ?'): the kind of that family the card does state (an agrément,
        or a label naming one: 'LABEL : Atelier Chantier d'Insertion') says what it is, a
        no cited there; None when the card states none (its status answers)."""
        identity = fiche.identity
        kinds = [lx.compiled(f.stated) for f in lx.LEGAL_FORMS if f.family == family]
        for value in (v for v in (*identity.agrements, identity.label) if v and v.strip()):
            if any(k.search(fold(value)) for k in kinds):
                detail = _status_detail(value, identity)
                ev = self._card_line(fiche, value, detail)
                if ev is not None:
                    found = self.found(ev, value.strip(), detail)
                    found.denied = True
                    return found
        return None

    def _card_line(self, fiche: Fiche, value: str, label: str) -> Evidence | None:
        """The card's line giving `value` under its `label` ('STATUT … : association'), not
        another line holding the same word (an e-mail 'association…@…')."""
        holds = _holder(_squeezed(value)[:30])
        word = fold(label)[:5]
        return (
            self.best_sentence(fiche.id, lambda t: holds(t) and word in t, ("identity",))
            or self.best_sentence(fiche.id, holds, ("identity", "contact"))
            or self.best_sentence(fiche.id, holds)
        )

    def field(self, part: PlanPart, fiche: Fiche) -> Filled:
        if part.kind == "status":
            return self.status(part, fiche)
        role = self._role_unheld(part, fiche)
        if role is not None:  # 'le mail du président' when no president is named
            return Missing(fiche.id, "role", self._contact_found(fiche), f"role:{role.name}")
        social = part.name == "social"
        found = self._social(part, fiche) if social else self._field(part, fiche)
        office = self._head_office(part, fiche)
        if office is not None:
            return office
        if (
            part.name == "address"
            and not part.yes_no
            and isinstance(found, Found)
            and self.plan.target_source != "any"  # a list by place asks where each stands
            # (in a follow-up the pointer words read as things: it refused answerable
            # follow-ups of a held-out set, val_answers8, so the check stands aside there)
            and not self.plan.followup
        ):
            found = self._address_of_thing(part, fiche, found)
        if part.name in _CARD_IDS and isinstance(found, Found) and not self.plan.followup:
            found = self._card_of_body(part, fiche, found)
        if part.name == "legal_status" and lx.NEW_STATUS_ASKED.search(fold(part.text)):
            found = self._status_planned(fiche, found)
        counted = lx.COUNTED_PHRASE.search(fold(part.text))
        field_asked = next((f for f in lx.FIELDS if f.name == part.name), None)
        if counted and field_asked is not None:
            head = _counted_head(counted.group(1), self.plan.lang)
            # an account's line may give its audience ('2500 personnes sur facebook'): that
            # count answers 'how many followers?'; a bare link does not
            audience = (
                social
                and isinstance(found, Found)
                and lx.AUDIENCE_STATED.search(fold(found.citation.quote))
            )
            # a count of another noun than the field: the fiche's count of that noun answers
            # ('how many frozen fish does it give out to food aid networks?': « 49 tonnes de
            # poissons surgelés … »), whether it fills the field or not
            other = not _counts_field(head, field_asked) and not audience
            head_counted = self._count_of_head(part, fiche, head) if other else None
            if head_counted is not None:
                return head_counted
            if other and isinstance(found, Found):
                # 'combien de visiteurs sur le site ?', 'how many Facebook followers?': its
                # value is the nearest fact, not the answer
                return Missing(fiche.id, "attribute", found, f"noun:{head}")
        return found

    def _count_of_head(self, part: PlanPart, fiche: Fiche, head: str) -> Found | None:
        """Class: a count asked of a noun while another word of the question names a card
        field ('how many computers does it give to its partner networks?', 'combien de
        stagiaires dans son réseau ?'): the planner reads the field, the question counts the
        noun. The fiche's count of that noun answers, as it does the question without the
        field's word; None when the figure it finds does not name the noun (the field's
        value stays the nearest fact)."""
        figure = self.figure(PlanPart(part.text, "figure", noun=head), fiche)
        stems = _noun_stems(head) + _synonym_stems(head)
        if isinstance(figure, Found) and _names_noun(figure.citation.quote, stems):
            return replace(figure, detail=COUNTED_INSTEAD + head)  # labelled by the noun
        return None

    def _sub_things(
        self, part: PlanPart, fiche: Fiche, frame: re.Pattern[str]
    ) -> list[frozenset[str]]:
        """The sub-things of the structure a part asks an attribute of (class: 'where are its
        vetibox?', 'le deuxième il est où ?'): the query's words less the attribute's own
        (`frame`), the structure's names and places, and the frame words."""
        identity = fiche.identity
        own = " ".join([fiche.name, identity.legal_name, identity.establishment_name])
        places = [fiche.contact.town, identity.head_office, fiche.contact.departement]
        own_stems = set(analyze(own)) | sub_thing.place_stems(places, analyze)
        # what its identity card calls it is the structure itself ('le drive fermier de
        # l'Oise' of 'LABEL : Drive fermier …'), no thing of its own
        own_stems |= {
            t for ev in self.sentences(fiche.id, ("identity",)) for t in analyze(ev.sentence.text)
        }
        text = frame.sub(" ", fold(evidence_query(self.engine, self.plan, part)))
        text = lx.WHEN_FRAME.sub(" ", text)

        def gloss(word: str) -> set[str]:
            return {t for g in topic_words.glossed_words(word) for t in g.stems}

        raw = self.engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end]

        titled = {fold(t) for t in _TITLED.findall(raw)}

        def skip(word: str) -> bool:
            # a structure's name, or a place the fiche writes as a name ('montreuil'); not a
            # project it titles so ('un projet européen intitulé « Flavour »')
            if self.engine.mentions.mentioned(word):
                return True
            return _written_capitalised(word, raw) and word not in titled

        things = sub_thing.asked_things(text, self.plan.lang, skip, own_stems, analyze, gloss)
        if self.plan.among:  # 'the second one' picked a structure of the last answer
            things = [t for t in things if not sub_thing.which_one([t], analyze)]
        return things

    def _card_of_body(self, part: PlanPart, fiche: Fiche, found: Found) -> Filled:
        """A card's number or contact asked of another body the question names beside the
        structure (class: a detail of a named partner: 'the SIRET of the Bouquinerie du
        Sart that La Remise Enjouée works with', 'le téléphone de la MSA des Copains'): the
        structure's own card does not answer it — abstain, the sentence naming that body as
        the nearest fact. A name of the structure itself or of its contacts, a place or
        another structure of the booklet is no other body."""
        field_asked = next(f for f in lx.FIELDS if f.name == part.name)
        asked = lx.compiled(field_asked.asked)
        # its names, and its contacts' ('le mail d'Anthony Grossot': its own card's)
        names = [fiche.name, fiche.identity.legal_name, fiche.identity.establishment_name]
        names += [p.name for p in fiche.contact.persons]
        # and its own town, typed short ('the toy shop in Villeneuve': « Villeneuve d'Ascq »)
        names += [fiche.contact.town, fiche.identity.head_office]
        own_words = set(re.findall(r"[^\W\d_]+", fold(" ".join(names))))
        # the places it names, whole ('Boulogne-sur-Mer': no body 'Boulogne', nor 'Mer')
        places = [fold(m.text) for m in match_places(part.text)] + [
            fold(p) for p in self.plan.places
        ]
        others: list[tuple[str, ...]] = []
        typed: list[str] = []
        for n in stated_name.named_bodies(part.text):
            # 'SIRET of the Bouquinerie du Sart': the field's own word is no name's; nor is a
            # civility before a contact's surname ('Mme Maréchal', 'Mrs Cousin')
            words = tuple(
                w for w in n.own if not asked.search(fold(w)) and not lx.is_civility(fold(w))
            )
            if not words or {fold(w) for w in words} <= own_words:
                continue
            name = n.typed[n.typed.find(words[0]) :]
            if self.engine.mentions.mentioned(name) or any(fold(name) in p for p in places):
                continue
            others.append(words)
            typed.append(name)
        if not others:
            return found
        if any(fold(w) in fold(found.citation.quote) for n in others for w in n):
            return found

        def naming(text: str) -> bool:
            return all(fold(w) in text for w in others[0])

        ev = self.best_sentence(fiche.id, naming)
        label = field_asked.label_en if self.plan.lang == "en" else field_asked.label_fr
        said = ", ".join(f"« {w} »" for w in [label, *typed])
        return Missing(fiche.id, "apart", self.found(ev) if ev else found, words=said)

    def _address_of_thing(self, part: PlanPart, fiche: Fiche, found: Found) -> Filled:
        """Where a sub-thing of the structure is (class: an attribute asked of one of its
        sites, drop-off points or boxes: 'where are its vetibox?', 'le deuxième il est où ?'):
        a sentence naming that thing with a place answers it ('Un deuxième site voit le jour
        … à Hirson'); the structure's own address does not — abstain, the sentence naming
        the thing as the nearest fact. Its own premises ('sa boutique', 'the workshop') are
        where it is, unless one of several is picked ('its second shop')."""
        frame = lx.compiled(rf"\b({'|'.join(sorted(lx.WHERE_FRAME_WORDS))})\b")
        things = self._sub_things(part, fiche, frame)
        vocab = self.engine.mentions.vocab.get(fiche.id, set())
        picks = sub_thing.which_one(things, analyze)
        # a word the fiche never writes ('adress', 'pls') names no thing of its own; an
        # ordinal picking one of its sites does ('le deuxième')
        things = [t for t in things if _stems_held(t, vocab) or sub_thing.which_one([t], analyze)]
        if picks:  # 'sa deuxième boutique': 'un deuxième site'
            things = [sub_thing.as_premises(t, analyze) for t in things]
        else:
            things = [t for t in things if not sub_thing.own_premises(t, analyze)]
        spent_on = self._spent_on(part, fiche)
        things = things or spent_on
        if not things:
            return found
        held = _objects_held(things, inflected=True)
        if held(found.citation.quote) == len(things):
            return found
        placed = [  # the place as the booklet writes it, capitalised: raw sentences
            ev
            for ev in self.sentences(fiche.id, NARRATIVE)
            if held(ev.sentence.text) == len(things) and lx.PLACE_STATED.search(ev.sentence.text)
        ]
        ev = max(placed, key=lambda e: e.score) if placed else None
        if ev is not None:
            place = lx.PLACE_STATED.search(ev.sentence.text)
            return self.found(ev, place.group(0) if place else "")
        naming = self.best_sentence(fiche.id, lambda t: held(t) > 0)
        label = "« address »" if self.plan.lang == "en" else "« adresse »"
        words = _object_words(evidence_query(self.engine, self.plan, part), things)
        words = f"{label}, {words}"
        return Missing(fiche.id, "apart", self.found(naming) if naming else found, words=words)

    def _budget_of_thing(self, part: PlanPart, fiche: Fiche, found: Found) -> Filled:
        """The budget or turnover of a sub-thing of the structure (class: an attribute asked
        of one of its projects or activities: 'the budget for its confection-école project',
        'le budget de sa ressourcerie en projet', 'the turnover of its bike rental'): a
        sentence naming that thing with an amount
        answers it; the structure's own budget does not — abstain, the sentence naming the
        thing as the nearest fact. Its own premises ('l'atelier') are the structure; a
        funder's share is left to `_sum_from_partner`."""
        asked = fold(part.text)
        if lx.MONEY_FROM_ASKED.search(asked) or lx.GRANT_ASKED.search(asked):
            return found
        if forecast.asks_which_kind(asked):  # 'du réalisé ou du prévisionnel ?': no thing
            return found
        measure = next(m for m in lx.MEASURES if m.name == part.name)
        # a name is no thing of its own, unless the fiche titles one of its projects so
        # ('un projet européen intitulé « Flavour »': the budget of Flavour is that project's)
        raw = self.engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end]
        titled = {fold(t) for t in _TITLED.findall(raw)}
        capitalised = {
            fold(m.group(1)) for m in PROPER.finditer(part.text) if fold(m.group(1)) not in titled
        }
        things = [
            t
            # ('what budget did it plan?': the forecast asked, no thing planned; 'le budget a
            # coûté combien ?': the price word asks the budget itself, priced_measure.py)
            for t in self._sub_things(
                part,
                fiche,
                lx.compiled(
                    f"{measure.asked}|{lx.FORECAST_WORDS}|{lx.STATING_VERBS}|"
                    f"{lx.AMOUNT_VERBS}|{lx.PRICE_ASKED.pattern}"
                ),
            )
            if not sub_thing.own_premises(t, analyze)
        ]
        vocab = self.engine.mentions.vocab.get(fiche.id, set())
        things = [
            t
            for t in things
            if _stems_held(t, vocab) and not any(set(analyze(c)) & t for c in capitalised)
        ]
        if part.name == "chiffre_affaires":
            # a turnover is of a thing only by its complement ('the turnover of the bike
            # rental', 'le CA de la location de vélos'); 'the Montreuil resource centre's
            # sales', 'augmenté ses recettes' name the structure or a change, no thing
            of = _TAKINGS_OF.search(fold(part.text))
            rest = _COMPLEMENT_END.split(of.group("rest"), maxsplit=1)[0] if of else ""
            complement = set(analyze(rest)) - set(analyze(fiche.name))
            things = [t for t in things if t & complement]
            if not things:
                return found
        spent_on = self._spent_on(part, fiche)
        things = things or spent_on
        if not things:
            return found
        held = _objects_held(things, inflected=True)
        if held(found.citation.quote) == len(things):
            return found
        ev = self.best_sentence(
            fiche.id, lambda t: held(t) == len(things) and bool(_AMOUNT.search(t))
        )
        if ev is not None:
            amount = _AMOUNT.search(fold(ev.sentence.text))
            return self.found(ev, amount.group(0) if amount else "")
        naming = self.best_sentence(fiche.id, lambda t: held(t) > 0)
        label = f"« {measure.label_en if self.plan.lang == 'en' else measure.label_fr} »"
        words = _object_words(evidence_query(self.engine, self.plan, part), things)
        return Missing(
            fiche.id, "apart", self.found(naming) if naming else found, words=f"{label}, {words}"
        )

    def _spent_on(self, part: PlanPart, fiche: Fiche) -> list[frozenset[str]]:
        """The stems of the purpose a sum is asked to be spent on ('spend on advertising'),
        glossed, less the structure's own names (spent_on.py): a purpose the fiche need not
        name, whose sum only a sentence naming it gives."""
        own = set(analyze(" ".join([fiche.name, fiche.identity.legal_name])))
        things = []
        for word in spent_on.purpose(part.text):
            if self.engine.mentions.mentioned(word):
                return []
            stems = {t for g in topic_words.glossed_words(word) for t in g.stems}
            stems |= set(analyze(word))
            if stems and not stems & own:
                things.append(frozenset(stems))
        return things

    def _status_planned(self, fiche: Fiche, found: Filled) -> Filled:
        """A legal status asked as one the structure plans or considers (class: an attribute
        asked of a planned change: 'which new legal status is it considering?'): a story
        sentence naming a legal form beside the word 'statut' answers it; the card's status
        is the one it holds — abstain, the sentence telling the change as the nearest fact."""
        forms = [lx.compiled(f.stated) for f in lx.LEGAL_FORMS if not f.approval]

        def names_status(text: str) -> bool:
            return bool(re.search(r"\bstatuts?\b|\bstatus\b", text))

        def names_form(text: str) -> bool:
            return names_status(text) and any(f.search(text) for f in forms)

        ev = self.best_sentence(fiche.id, names_form, NARRATIVE)
        if ev is not None:
            return self.found(ev)
        told = self.best_sentence(fiche.id, names_status, NARRATIVE)
        nearest = self.found(told) if told else (found if isinstance(found, Found) else None)
        return Missing(fiche.id, "planned", nearest)

    def where_of_thing(self, part: PlanPart, fiche: Fiche, found: Found) -> Filled:
        """Where a sub-thing of the structure is, asked as an open question (class: an
        attribute asked of a sub-thing: 'where are its 25 drop-off points?', 'elle veut
        ouvrir une ressourcerie, ce serait où ?'): a sentence naming the thing with a place
        answers it; one naming the thing alone ('25 points de dépôt') does not — abstain,
        it is the nearest fact."""
        if not lx.WHERE_ASKED.search(fold(part.text).strip()):
            return found
        frame = lx.compiled(rf"\b({'|'.join(sorted(lx.WHERE_FRAME_WORDS))})\b")
        vocab = self.engine.mentions.vocab.get(fiche.id, set())
        things = [t for t in self._sub_things(part, fiche, frame) if _stems_held(t, vocab)]
        planned = lx.PLANNED_THING_ASKED.search(fold(part.text))
        if not planned and not sub_thing.which_one(things, analyze):
            # 'where is their shop?': its own premises are where it is (`_address_of_thing`)
            things = [t for t in things if not sub_thing.own_premises(t, analyze)]
        spent_on = self._spent_on(part, fiche)
        things = things or spent_on
        if not things:
            return found
        held = _objects_held(things, inflected=True)

        def placed(ev: Evidence) -> bool:
            return held(ev.sentence.text) > 0 and bool(lx.PLACE_STATED.search(ev.sentence.text))

        if held(found.citation.quote) > 0 and lx.PLACE_STATED.search(found.citation.quote):
            return found
        there = [ev for ev in self.sentences(fiche.id, NARRATIVE) if placed(ev)]
        if there:
            return self.found(max(there, key=lambda e: (held(e.sentence.text), e.score)))
        naming = self.best_sentence(fiche.id, lambda t: held(t) > 0)
        label = "« where »" if self.plan.lang == "en" else "« où »"
        words = _object_words(evidence_query(self.engine, self.plan, part), things)
        nearest = self.found(naming) if naming else found
        return Missing(fiche.id, "apart", nearest, words=f"{label}, {words}")

    def _field(self, part: PlanPart, fiche: Fiche) -> Filled:
        """The value of the identity or contact field asked, cited from its line."""
        values = _field_values(fiche, part.name)
        if part.name == "phone" and mobile_number.asked(part.text):
            # 'her mobile number?': only a mobile answers; a fixed line is the nearest fact
            mobiles = mobile_number.mobiles(values)
            if values and not mobiles:
                fixed = self._field(replace(part, text="telephone"), fiche)
                nearest = fixed if isinstance(fixed, Found) else None
                noun = "mobile number" if self.plan.lang == "en" else "numéro de portable"
                return Missing(fiche.id, "attribute", nearest, f"noun:{noun}")
            values = mobiles
        for value in values:
            holds = _holder(_squeezed(value)[:30])
            ev = self.best_sentence(fiche.id, holds, ("identity", "contact"))
            ev = ev or self.best_sentence(fiche.id, holds)
            if ev is not None:
                return self.found(ev, ", ".join(values))
        if values:  # parsed from a line the sentence splitter cut otherwise: cite the card
            ev = self.best_sentence(fiche.id, lambda _: True, ("identity", "contact"))
            if ev is not None:
                return self.found(ev, ", ".join(values))
        contacts = ("email", "phone", "website", "address")
        nearest = self._contact_found(fiche) if part.name in contacts else None
        if nearest is None:
            nearest = self.nearest_sentence(fiche.id)
        return Missing(fiche.id, "attribute", nearest)

    def _head_office(self, part: PlanPart, fiche: Fiche) -> Filled | None:
        """Class: the head office asked of a structure whose card names one apart from its
        establishment ('where is the head office of the Cocagne garden?', 'où est le siège
        de La Remise Enjouée ?', 'headquartered where?'): the card's head-office line
        answers, not the address the structure works at. None when another field is asked
        or the card names no head office (its address is then the nearest it gives). A
        contact asked of a head office another body holds is that body's, not given."""
        office = fiche.identity.head_office
        if part.name not in ("address", *_OFFICE_CONTACTS) or not office.strip():
            return None
        if not lx.HEAD_OFFICE_ASKED.search(fold(part.text)):
            return None
        ev = self._card_line(fiche, office, "siege")
        if ev is None:
            return None
        found = self.found(ev, " ".join(office.split()), HEAD_OFFICE)
        if part.name == "address":
            return found
        # 'le téléphone du siège de l'ALEFPA ?': a head office held by another body (the
        # garden is run from the ALEFPA's, in Lille) has its own contacts, which the card of
        # the structure does not give; the card's contacts are the structure's own
        body = _office_body(office, fiche.name)
        return Missing(fiche.id, "partner_fact", found, words=f"« {body} »") if body else None

    def _social(self, part: PlanPart, fiche: Fiche) -> Filled:
        """The line naming the platform asked (any platform for 'réseaux sociaux'); without
        it, its website or contact is the nearest fact, not an account there."""
        asked = {m.group(1) for m in lx.SOCIAL_NETWORKS.finditer(fold(part.text))}
        wanted = re.compile(
            "|".join(re.escape(a) for a in sorted(asked))
            if asked
            else lx.SOCIAL_NETWORKS.pattern + r"|reseaux sociaux|social (media|network)"
        )
        ev = None
        if lx.COUNTED_PHRASE.search(fold(part.text)):  # 'how many followers?': its audience
            ev = self.best_sentence(
                fiche.id, lambda t: bool(wanted.search(t) and lx.AUDIENCE_STATED.search(t))
            )
        ev = ev or self.best_sentence(fiche.id, lambda t: bool(wanted.search(fold(t))))
        if ev is not None:
            return self.found(ev)
        nearest: Found | None = None
        for site in _field_values(fiche, "website"):
            line = self.best_sentence(fiche.id, _holder(_squeezed(site)[:30]), ("identity",))
            if line is not None:
                nearest = self.found(line, site)
                break
        return Missing(fiche.id, "attribute", nearest or self._contact_found(fiche))

    def _role_unheld(self, part: PlanPart, fiche: Fiche) -> lx.Role | None:
        """The role a contact field is asked of ('the e-mail of the treasurer') when no
        contact person of the fiche holds it: that person's e-mail is not stated."""
        if part.name not in ("email", "phone"):
            return None
        asked = fold(part.text)
        for role in lx.ROLES:
            if role.name in ("contact", "leader") or not lx.compiled(role.asked).search(asked):
                continue
            held = lx.compiled(role.stated)
            if not any(held.search(fold(p.role)) for p in fiche.contact.persons if p.role):
                return role
            return None
        return None

    # -- events -----------------------------------------------------------------------------
    def date(self, part: PlanPart, fiche: Fiche) -> Filled:
        """When the event asked happened; a month asked ('en quel mois ?') is answered only by
        a date naming its month, a year alone being the nearest fact (`lx.MONTH_ASKED`)."""
        filled = self._date(part, fiche)
        month = not part.exact_date and bool(lx.MONTH_ASKED.search(fold(part.text)))
        # a season asked ('in which season and year?'): a date naming its season or month
        season = not part.exact_date and bool(lx.SEASON_ASKED.search(fold(part.text)))
        if season and not month:
            return self._season(part, fiche, filled)
        if month and not (
            isinstance(filled, Found)
            and _NAMED_MONTH.search(fold(f"{filled.value} {filled.citation.quote}"))
        ):
            # a date naming its month that tells the event asked ('DATE DE DÉMARRAGE : 23
            # avril 2019' for 'which month did they start?'), before the year found
            dated = self._month_of_event(part, fiche)
            if dated is not None:
                return dated
            if isinstance(filled, Found):
                # the year it gives, in the sentence that gives it
                return Missing(fiche.id, "month", replace(filled, value=filled.citation.quote))
        return filled

    def _season(self, part: PlanPart, fiche: Fiche, filled: Filled) -> Filled:
        """Class: the season of an event asked (`lx.SEASON_ASKED`): the date found when its
        sentence names a season or month ('créent au printemps 2019'), else the sentence
        dating the event with one; a year alone is the nearest fact, no season given."""
        if isinstance(filled, Found) and _NAMED_SEASON.search(
            fold(f"{filled.value} {filled.citation.quote}")
        ):
            return filled
        dated = self._month_of_event(part, fiche, _NAMED_SEASON)
        if dated is not None:
            return dated
        if isinstance(filled, Found):
            return Missing(fiche.id, "season", replace(filled, value=filled.citation.quote))
        return filled

    def _month_of_event(
        self, part: PlanPart, fiche: Fiche, named: re.Pattern[str] | None = None
    ) -> Found | None:
        """The sentence dating the event asked with its month: one stating the event (its
        lexicon words, or a start's for a start or launch asked), the closest to the
        question."""
        event = next((e for e in lx.EVENTS if e.name == part.name), None)
        patterns = [lx.compiled(event.stated)] if event else []
        if part.name in ("launch", "opening", "any"):
            patterns.append(lx.START_WORDS)
        ev = self.best_sentence(
            fiche.id,
            lambda t: (
                bool((named or _NAMED_MONTH).search(t) and lx.YEAR.search(t))
                and any(p.search(t) for p in patterns)
            ),
        )
        return self.found(ev, _when(fold(ev.sentence.text))) if ev is not None else None

    def _date(self, part: PlanPart, fiche: Fiche) -> Filled:
        event = next((e for e in lx.EVENTS if e.name == part.name), None)
        stated = lx.compiled(event.stated) if event else None

        def states(text: str) -> bool:
            return bool(lx.YEAR.search(text)) and (stated is None or bool(stated.search(text)))

        objects = self._event_objects(part, fiche)
        vocab = self.engine.mentions.vocab.get(fiche.id, set())
        unheld = event is None and 0 < len(objects) <= MAX_UNDATED_OBJECTS
        if unheld and not any(_stems_held(o, vocab) for o in objects):
            # 'la date de fermeture de VESTALI ?': no event the lexicon knows, and nothing the
            # question dates is ever mentioned by the fiche; a date of something else is the
            # nearest fact, not the answer
            nearest = self.best_sentence(fiche.id, lambda t: bool(lx.YEAR.search(t)), NARRATIVE)
            words = _object_words(evidence_query(self.engine, self.plan, part), objects)
            return Missing(
                fiche.id, "unmentioned", self.found(nearest) if nearest else None, words=words
            )
        started = self._action_started(part, fiche, objects)
        if started is not None:
            return started
        bound = self._dated_object(fiche.id, objects) if objects else None
        if (
            bound is not None
            and stated is not None
            and not stated.search(fold(bound.sentence.text))
        ):
            # 'when did the Hirson shop close?': of the dated sentences naming the thing asked,
            # one telling the event asked ('… à Hirson dont l'activité a cessé … 2021') before
            # one naming the thing more but dating something else ('un responsable est
            # embauché en 2018' for its shops of Guise and Hirson)
            telling = self._dated_object(fiche.id, objects, lambda t: bool(stated.search(t)))
            # an end is dated only by a sentence telling it ('qui durera jusqu'en septembre
            # 2022'): a date beside the thing asked is when it started
            bound = telling or (None if part.name == "end" else bound)
        if part.name == "creation" and not part.exact_date and bound is None:
            stated_year = self._creation_fact(fiche.id)
            if stated_year is not None:
                return stated_year
        # A structure's creation is told in its history first ('Dès sa création en 2002').
        first = ("history",) if part.name == "creation" else NARRATIVE
        ev = (
            self.best_sentence(fiche.id, states, first)
            or self.best_sentence(fiche.id, states, NARRATIVE)
            or self.best_sentence(fiche.id, states)
        )
        held = _objects_held(objects)
        told_undated = self._told_undated(fiche.id, objects)
        if told_undated is not None:
            return Missing(fiche.id, "date", self.found(told_undated))
        if (
            part.name == "merger"
            and ev is not None
            and bound is not None
            and stated is not None
            and stated.search(fold(ev.sentence.text))
            and not stated.search(fold(bound.sentence.text))
        ):
            # 'when did Synapse Picardie and Synapse Insertion merge?': the bodies named are
            # the merger's parties, each dated by its own birth ('En 2009, … Synapse Picardie
            # est créée'); the sentence telling the merger ('… fusionnent en 2018') answers
            bound = None
        if bound is not None and (ev is None or held(bound.sentence.text) > held(ev.sentence.text)):
            # 'when did it launch its first pick-up point?': the dated sentence naming the
            # thing asked ('en avril 2021, un bar-tabac … devient le premier point de
            # distribution'), whatever its verb, over one dating another thing by that verb
            ev = bound
        undated = self._undated_event(ev, stated, fiche.id)
        if (
            undated is not None
            and bound is not None
            and ev is bound
            and held(undated.sentence.text) <= held(bound.sentence.text)
        ):
            undated = None  # the dated sentence names the thing asked as much
        if undated is not None:
            return Missing(fiche.id, "date", self.found(undated))
        opened = lx.compiled(event.asked) if event is not None else None
        opening = part.name == "opening" and opened is not None
        if ev is None and opening and opened and not self._things_asked(part, opened):
            # An opening the fiche does not date by that word: the action's start date
            # ('DATE DE DÉMARRAGE : 18 janvier 2021') is when it opened, said as such; not
            # when a thing of its own is asked ('its second site', 'sa boutique').
            ev = self.best_sentence(
                fiche.id, lambda t: bool(lx.YEAR.search(t)) and bool(lx.START_WORDS.search(t))
            )
            if (
                ev is not None
                and part.exact_date
                and not lx.DAY_DATE.search(fold(ev.sentence.text))
            ):
                # the exact day asked, the start stated without one: the nearest fact
                return Missing(fiche.id, "date", self.found(ev, _when(fold(ev.sentence.text))))
            if ev is not None:
                found = self.found(ev, _when(fold(ev.sentence.text)))
                found.note = "start_for_opening"
                return found
        if ev is None:
            # The event told without its year ('a obtenu le 1er prix … (quelle année)') is
            # nearer than any sentence with a year.
            told = stated is not None and self.best_sentence(
                fiche.id, lambda t: bool(stated.search(t)), NARRATIVE
            )
            year_only = told or self.best_sentence(
                fiche.id, lambda t: bool(lx.YEAR.search(t)), NARRATIVE
            )
            return Missing(fiche.id, "date", self.found(year_only) if year_only else None)
        if part.name == "end" and not self._of_the_topic(part, fiche, ev.sentence.text):
            # 'When will the new one be finished?' of a site under construction: the end of
            # the fiche's European project ends something else; what ends is not dated
            return Missing(fiche.id, "date", self.found(ev))
        other_site = self._site_place_unnamed(part, fiche, ev)
        if other_site is not None:
            return other_site
        # (not in a follow-up: there it refused answerable follow-ups of val_answers8)
        bound_elsewhere = (
            None if self.plan.followup else self._date_of_thing(part, fiche, ev, objects)
        )
        if bound_elsewhere is not None:
            return bound_elsewhere
        text = fold(ev.sentence.text)
        if part.exact_date and not lx.DAY_DATE.search(text):
            return Missing(fiche.id, "date", self.found(ev, _when_of_event(text, stated)))
        return self.found(ev, _when_of_event(text, stated))

    def _of_the_topic(self, part: PlanPart, fiche: Fiche, sentence: str) -> bool:
        """Whether a sentence shares a word with what the conversation is about (the
        question and, in a follow-up, the turns before), besides the structure's names and
        the event's own words: an end told of one thing dates no other."""
        event = next((e for e in lx.EVENTS if e.name == part.name), None)
        text = part.text if len(self.plan.parts) > 1 else self.plan.query
        words = set(analyze(text))
        if self.plan.lang == "en":  # ('European project': « projet européen »)
            words |= {t for g in topic_words.glossed_words(text) for t in g.stems}
        names = {t for n in (fiche.name, fiche.identity.legal_name) if n for t in analyze(n)}
        asked = lx.compiled(event.asked) if event else None
        topic = {w for w in words - names if not (asked and asked.search(w))}
        return bool(topic & set(analyze(sentence)))

    def _action_started(
        self, part: PlanPart, fiche: Fiche, objects: list[frozenset[str]]
    ) -> Filled | None:
        """The action's start line when the thing whose start is asked is the action itself,
        named at the head of its objective ('quand démarre l'atelier de plats préparés ?':
        'DATE DE DÉMARRAGE : Novembre 2021') or by that word ('when did their action start?'),
        and no dated sentence of its story names it all (action_named.py). None otherwise."""
        vocab = self.engine.mentions.vocab.get(fiche.id, set())
        # its town is where it is ('panier mer boulogne date debut atelier'), no thing asked
        own = sub_thing.place_stems(
            [fiche.contact.town, fiche.identity.head_office, fiche.contact.departement], analyze
        )
        things = [
            o
            for o in objects
            if not o <= lx.EVENT_QUALIFIERS and not o <= own and _stems_held(o, vocab)
        ]
        if part.name not in ("launch", "opening", "any"):
            return None
        if things:
            objective = self.best_sentence(fiche.id, action_named.is_objective, ("action",))
            held = _objects_held(things, inflected=True)
            if objective is None or not action_named.names_the_action(
                objective.sentence.text, held, len(things)
            ):
                return None
            if _not_yet_asked(fold(part.text)):
                # 'so when does the sewing school actually start?', 'quand doit-elle ouvrir
                # ?': the action's real opening, still to come, which neither its start line
                # nor a story sentence dates; its objective is the nearest fact (p14-270)
                return Missing(fiche.id, "date", self.found(objective))
            # a dated sentence of its story naming all of them tells when it began ('a
            # initié en 2020 son projet … d'un atelier de plats'): it answers, as before
            named = _objects_held(things)
            together = _objects_together(things)
            # ('confection-école': « confection d'articles … boutique école … 2021 » names
            # both words apart, in clauses of other things; it dates none of the action)
            if self.best_sentence(
                fiche.id,
                lambda t: bool(lx.YEAR.search(t)) and named(t) == len(things) and together(t),
                NARRATIVE,
            ):
                return None
        elif not action_named.asks_the_action(part.text):
            return None
        start = self.best_sentence(
            fiche.id, lambda t: action_named.dates_the_action(t) and bool(lx.YEAR.search(t))
        )
        return self.found(start, _when(fold(start.sentence.text))) if start else None

    def _date_of_thing(
        self, part: PlanPart, fiche: Fiche, dated: Evidence, objects: list[frozenset[str]]
    ) -> Filled | None:
        """The date of a sub-thing of the structure (class: an attribute asked of one of its
        activities, services or sites: 'when did it start doing upholstery?', 'et la
        boutique, elle a ouvert quand ?'): a clause dating that very thing answers it
        ('DATE DE DÉMARRAGE : 2020 pour la production en série'); a date of the structure
        or of another thing does not — abstain, the sentence naming the thing as the nearest
        fact. None: the dated sentence found binds the thing (or nothing is asked of one)."""
        if part.name == "merger" and lx.compiled(
            next(e.stated for e in lx.EVENTS if e.name == "merger")
        ).search(fold(dated.sentence.text)):
            # 'when did Synapse Picardie and Synapse Insertion merge?': the bodies named are
            # the merger's parties, each dated by its own birth ('En 2009, … Synapse Picardie
            # est créée'), no thing of it; the sentence telling the merger answers
            return None
        own = sub_thing.place_stems(
            [fiche.contact.town, fiche.identity.head_office, fiche.contact.departement], analyze
        )
        things = [o for o in objects if not o <= own and not o & lx.EVENT_QUALIFIERS]
        if self.plan.among:  # 'the second one' picked a structure of the last answer
            things = [t for t in things if not sub_thing.which_one([t], analyze)]
        vocab = self.engine.mentions.vocab.get(fiche.id, set())
        # a word the fiche never writes ('doing', 'signed', a typo) is no thing it dates; a
        # verb of the asking counted among the things made 'the partnership with Ecologic
        # signed' a story and let the structure's birth year answer
        things = [o for o in things if _stems_held(o, vocab)]
        if not things or len(things) > MAX_UNDATED_OBJECTS:  # a story around the date
            return None
        held = _objects_held(things, inflected=True)
        dates_it = sub_thing.dated_with(held)
        if dates_it(dated.sentence.text):
            return None
        exactly = part.exact_date or bool(lx.EXACTLY_ASKED.search(fold(part.text)))
        sequel = held(dated.sentence.text) > 0
        if not sequel and not sub_thing.dates_the_structure(dated.sentence.text):
            # a dated sentence of another event the question's words miss ('l'association
            # embauche … directrice' for 'employing its director'): left to the checks above
            return None
        if sequel and not exactly:
            # told in a sequel clause ('… quelques mois plus tard … le click and collect'):
            # the sentence's year dates it, not more precisely
            return None
        other = self.best_sentence(fiche.id, dates_it)
        if other is not None:
            return self.found(other, _when(fold(other.sentence.text)))
        naming = self.best_sentence(fiche.id, lambda t: held(t) > 0)
        return Missing(fiche.id, "date", self.found(naming or dated))

    def _site_place_unnamed(self, part: PlanPart, fiche: Fiche, dated: Evidence) -> Missing | None:
        """The date of one site named by its place (class: 'when did the Saint-Gobain
        pick-up point open?', 'et celui de Compiègne ?' after the Carlepont one): only a dated
        sentence naming that place answers it. The dated sentence naming another site
        ('en avril 2021, un bar-tabac … à Carlepont devient le premier point de distribution')
        is no answer: abstain, the sentence naming the place asked as the nearest fact (or
        the dated one). A place the fiche never writes, or its own town, is left to the
        other checks."""
        if not lx.SITE_ASKED.search(fold(self.query)):
            return None
        places = self._sites_named(part, fiche)
        missed = [p for p in places if not _writes_name(dated.sentence.text, p)]
        if not missed:
            return None
        naming = self.best_sentence(fiche.id, lambda t: any(_writes_name(t, p) for p in missed))
        return Missing(fiche.id, "date", self.found(naming or dated))

    def _sites_named(self, part: PlanPart, fiche: Fiche) -> list[str]:
        """The names the question itself writes as proper names ('Saint-Gobain',
        'Compiègne'), that the fiche writes too, other than the structure's own names, its
        town and the names of structures: the places of the site asked."""
        own = " ".join(
            [
                fiche.name,
                fiche.identity.legal_name,
                fiche.identity.establishment_name,
                fiche.contact.town,
                fiche.identity.head_office,
                fiche.contact.departement,
            ]
        )
        source = self.engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end]
        names: list[str] = []
        for match in PROPER.finditer(part.text):
            name = match.group(1)
            if fold(name) in lx.STOPWORDS or _NAMED_MONTH.fullmatch(fold(name)):
                continue
            if _writes_name(own, name) or self.engine.mentions.mentioned(name):
                continue
            if not _writes_name(source, name):
                continue
            names.append(name)
        return names

    def _event_objects(self, part: PlanPart, fiche: Fiche) -> list[frozenset[str]]:
        """The things a 'when' question asks about besides its structure, its event verb and
        its frame ('its first pick-up point', 'sa boutique', 'the sorting workshop'), each as
        the stems it may be written with (its French words for an English one). A word of the
        structure's own names ('its ressourcerie' of 'Ressourcerie Il était deux fois') is the
        structure itself, no object."""
        identity = fiche.identity
        own = " ".join([fiche.name, identity.legal_name, identity.establishment_name])
        own_stems = set(analyze(own))
        text = fold(evidence_query(self.engine, self.plan, part))
        if part.name == "creation":
            # 'When was the Liévin clothing workshop founded?': what is founded, named without a
            # possessive, is the structure described; 'when did it create its website?' dates a
            # thing of its own, named after the possessive.
            owned = lx.POSSESSIVE.search(text)
            text = text[owned.end() :] if owned else ""
        for event in lx.EVENTS:
            text = lx.compiled(event.asked).sub(" ", text)
        text = lx.HAPPENED.sub(" ", lx.WHEN_FRAME.sub(" ", text))
        groups: list[frozenset[str]] = []
        for word in re.findall(r"[^\W\d_][\w-]{2,}", text):
            if word in lx.STOPWORDS or word in lx.YES_NO_FRAME_WORDS or word in lx.EVENT_FRAME:
                continue
            if word in lx.GENERIC_TOPIC_EN or word in lx.GENERIC_EVENT_OBJECTS:
                continue
            if self.engine.mentions.mentioned(word):  # 'APVO': the structure, no object
                continue
            stems = {t for t in analyze(word) if len(t) > 2 and not t.isdigit()}
            if self.plan.lang == "en":
                stems |= {t for g in topic_words.glossed_words(word) for t in g.stems}
                stems |= {t for f in lx.ORDINALS_EN_FR.get(word, ()) for t in analyze(f)}
            if stems and not stems & own_stems and frozenset(stems) not in groups:
                groups.append(frozenset(stems))
        return groups

    def _dated_object(
        self,
        fiche_id: str,
        objects: list[frozenset[str]],
        keep: Callable[[str], bool] | None = None,
    ) -> Evidence | None:
        """The narrative sentence with a year that names most of the things asked (at least
        one), the closest to the question among equals. Which one is asked ('its second
        site', 'sa première boutique') must be named too: another site's date is not it.
        `keep`: what the sentence must also say (folded)."""
        held = _objects_held(objects)
        ordinals = {t for words in lx.ORDINALS_EN_FR.values() for w in words for t in analyze(w)}
        which = [stems for stems in objects if stems & ordinals]
        best: Evidence | None = None
        best_key = (0, 0.0)
        for ev in self.sentences(fiche_id, NARRATIVE):
            text = ev.sentence.text
            if not lx.YEAR.search(fold(text)) or lx.NOT_YET_DONE.search(fold(text)):
                continue  # 'en 2020, le projet d'un magasin est à l'étude': not opened then
            if keep is not None and not keep(fold(text)):
                continue
            if which and _objects_held(which)(text) != len(which):
                continue
            if which and len(objects) > len(which) and held(text) <= len(which):
                continue
            key = (held(text), ev.score)
            if key[0] > 0 and key > best_key:
                best, best_key = ev, key
        return best

    def _told_undated(self, fiche_id: str, objects: list[frozenset[str]]) -> Evidence | None:
        """The sentence telling the very thing asked without a year, when no dated sentence
        of the fiche names as many of the things asked (class: the date of one sub-activity
        or event when the fiche dates another: 'when was the Hirson shop burgled?' against
        'un responsable est embauché en 2018 … boutiques … Hirson'; 'quand ont-ils ouvert le
        point de distribution de Compiègne ?' against the first one's 'avril 2021'). It names
        all of them, at least two, together: sharing a few words with the question is no
        telling of the event. A sentence right after a dated one is dated by it
        (`_dated_before`), and a thing another fiche dates is dated."""
        # a qualifier ('its new workshop', 'son nouvel atelier') is no thing a sentence tells
        objects = [o for o in objects if not o & lx.EVENT_QUALIFIERS]
        if not objects:
            return None
        held = _objects_held(objects, inflected=True)
        best: Evidence | None = None
        dated_held = 0
        for ev in self.sentences(fiche_id):
            text = ev.sentence.text
            story = ev.chunk.section.value in NARRATIVE  # a story, not a card or a figure
            if lx.YEAR.search(fold(text)) or (story and self._dated_before(ev)):
                dated_held = max(dated_held, held(text))
                continue
            if not story or held(text) < MIN_TOLD_OBJECTS:
                continue
            if best is None or (held(text), ev.score) > (held(best.sentence.text), best.score):
                best = ev
        if best is None:
            return None
        told = held(best.sentence.text)
        if told < len(objects) or told <= dated_held:
            return None
        # a thing another fiche dates ('la loi … du 10 février 2020', told undated here as
        # 'l'article 57 de la loi Anti-gaspillage') is not one the booklet leaves undated
        for sentence in self.engine.sentences:
            elsewhere = self.engine.chunks[sentence.chunk].fiche_id != fiche_id
            if elsewhere and held(sentence.text) >= told and lx.YEAR.search(sentence.text):
                return None
        return best

    def _dated_before(self, ev: Evidence) -> bool:
        """Whether the sentence right before this one, in the same section, states a year: a
        story goes on undated from a dated sentence ('En 2019, … elle opte pour introduire du
        métal. Après un temps d'expérimentation, l'association internalise la soudure'),
        which dates what follows."""
        if self._positions is None:
            self._positions = {(s.chunk, s.start): j for j, s in enumerate(self.engine.sentences)}
        j = self._positions.get((ev.sentence.chunk, ev.sentence.start))
        if not j:
            return False
        before = self.engine.sentences[j - 1]
        chunk = self.engine.chunks[before.chunk]  # a passage may run over two chunks
        same = chunk.fiche_id == ev.chunk.fiche_id and chunk.section == ev.chunk.section
        return same and bool(lx.YEAR.search(fold(before.text)))

    def _undated_event(
        self, dated: Evidence | None, stated: re.Pattern[str] | None, fiche_id: str
    ) -> Evidence | None:
        """The sentence telling the very event asked, when it gives no year while the dated
        one is about another ('le 1er prix … du Crédit Coopératif (quelle année)' against 'le
        premier prix de l'innovation sociale 2017'): it holds at least EVENT_TERMS_MARGIN more
        of the question's own words than the dated sentence does."""
        if dated is None or stated is None:
            return None
        told = self.best_sentence(
            fiche_id, lambda t: bool(stated.search(t)) and not lx.YEAR.search(t)
        )
        if told is None:
            return None
        asked = {t for t in analyze(self.query) if not t.isdigit() and len(t) > 2}
        gain = len(asked & set(analyze(told.sentence.text))) - len(
            asked & set(analyze(dated.sentence.text))
        )
        return told if gain >= EVENT_TERMS_MARGIN else None

    def _creation_fact(self, fiche_id: str) -> Found | None:
        """The creation year the facts hold for the structure (the sentence that names it
        before one about what it grew from), with that sentence as evidence."""
        from livret_qa.answering.aggregate_answer import facts_for

        rows = facts_for(self.engine).store.query(
            "SELECT number, span_start FROM facts WHERE fiche_id = ? AND name = "
            "'annee_creation' AND is_primary",
            [fiche_id],
        )
        if not rows:
            return None
        start = rows[0]["span_start"]
        for ev in self.sentences(fiche_id):
            if ev.sentence.start <= start < ev.sentence.end:
                return self.found(ev, str(int(rows[0]["number"])))
        return None

    # -- kinds of fact the fiches do not hold as fields -------------------------------------
    def unstated(self, part: PlanPart, fiche: Fiche) -> Filled:
        item = next(u for u in lx.UNSTATED if u.name == part.name)
        stated = lx.compiled(item.stated)
        asked = fold(self.plan.question)
        days = {fr for word, fr in lx.WEEKDAYS.items() if re.search(rf"\b{word}s?\b", asked)}
        if item.by_day and days:  # 'ouvert le samedi ?': that day, named
            stated = lx.compiled(rf"\b({'|'.join(sorted(days))})s?\b")
        elif item.by_day and lx.WHICH_DAYS.search(asked):  # 'quels jours ?': weekdays named
            stated = lx.compiled(rf"\b({'|'.join(sorted(set(lx.WEEKDAYS.values())))})s?\b")
        needed = item.yes_no_needs_value or not part.yes_no
        value = lx.compiled(item.value) if item.value and needed else None
        if item.value_unless and lx.compiled(item.value_unless).search(asked):
            value = None
        ev = self.best_sentence(
            fiche.id, lambda t: bool(stated.search(t)) and (value is None or bool(value.search(t)))
        )
        if item.name == "price":
            priced = self._priced_thing(part, fiche, ev, value is not None)
            if priced is not None:
                return priced
            buyer = priced_thing.buyer_asked(self.plan.question)
            if ev is not None and buyer and not priced_thing.names_buyer(ev.sentence.text, buyer):
                # 'un panier pour un étudiant ?': the prices given are for other buyers
                return Missing(fiche.id, "attribute", self.found(ev))
        if ev is not None:
            return self.found(ev)
        # what the fiche says nearest ('3 jours d'ouverture' for the hours, 'à petits prix')
        near = lx.compiled(item.near) if item.near else None
        ev = near and self.best_sentence(fiche.id, lambda t: bool(near.search(t)), NARRATIVE)
        for pattern in item.near_place if not ev else ():
            ev = self.best_sentence(fiche.id, _searcher(lx.compiled(pattern)))
            if ev:
                break
        nearest = self.found(ev) if ev else None
        if item.name in _OF_A_PERSON:  # the person asked of, as the card names them and
            nearest = self._contact_found(fiche, asked) or nearest or self._contact_found(fiche)
        return Missing(fiche.id, "attribute", nearest or self.nearest_sentence(fiche.id))

    def _priced_thing(
        self, part: PlanPart, fiche: Fiche, ev: Evidence | None, amount: bool
    ) -> Filled | None:
        """A price bound to the thing asked (priced_thing.py): whether a cost is paid, with no
        price of that thing stated, is answered no by a sentence saying that thing is free; a
        priced sentence about other things is the nearest fact, not the answer. `amount`:
        whether an amount is asked (not who pays). None: answered as before."""
        asked = self.plan.question
        if not amount:
            return None
        things = priced_thing.asked_things(asked, fiche.name)
        # the things the price is asked of, as the syntax binds them ('le prix de X')
        bound = priced_thing.priced_object(asked)
        of = priced_thing.asked_things(bound, fiche.name)
        # 'how much does it cost to rent a bike?': the price bound to a pronoun, the things
        # named are priced; with no object bound at all ('et les autres clients, ils paient
        # combien ?') the things named are its buyers, not priced; nor with an object bound
        # that names no thing of its own ('combien paient les familles pour leur panier ?',
        # 'the solidarity ones'): the families pay, they are not priced
        of = of or (things if priced_thing.a_pronoun(bound) else [])
        vocabs = [set(analyze(e.sentence.text)) for e in self.sentences(fiche.id)]
        priced = priced_thing.fiche_things(of, vocabs)
        # bound by any thing asked, even one all through the fiche ('veg box': its paniers)
        unbound = bool(priced) and not (ev and priced_thing.holds(ev.sentence.text, of))
        # asked with no inversion too ('ils payent un loyer ?' is a yes or no all the same)
        whether = priced_thing.asks_whether_paid_at_all(asked, part.yes_no)
        things = priced_thing.paid_things(asked, fiche.name) if whether else things
        # whether rent is paid is not told by the price of the baskets it sells
        other = (
            whether
            and bool(things)
            and not (ev and priced_thing.holds_named(ev.sentence.text, things))
        )
        if ev is not None and not unbound and not other:
            return None
        if whether:
            free = self.best_sentence(
                fiche.id,
                lambda t: priced_thing.states_free(t) and priced_thing.holds_named(t, things),
            )
            if free is not None:
                found = self.found(free)
                found.denied = True
                return found
            if ev is not None and other:
                return Missing(fiche.id, "attribute", self.found(ev))
        near = self.best_sentence(fiche.id, lambda t: priced_thing.holds(t, priced), NARRATIVE)
        if ev is None:
            # no price at all: the nearest fact names the thing asked ('le prix d'un vélo en
            # location ?' cites the bike-rental sentence, not the premises lent free)
            return Missing(fiche.id, "attribute", self.found(near)) if near and priced else None
        return Missing(fiche.id, "attribute", self.found(near or ev))


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_HEADING_MARKS = re.compile(r"(?:#+|[-*])[ \t]+|#+")  # '### TITRE', '- **ACTIVITÉ** : …'


def unit_unstated(part: PlanPart, found: Filled) -> Filled:
    """Class: a quantity asked in a unit that the figure found does not state in a unit of
    that kind (unit_family.py): 'How many hours a year do they put in?' after the volunteers
    met by '30 bénévoles impliqués', 'combien de m³ ?' by '80 m² & 40 m²' or by a count of
    producers, 'combien de litres d'eau ?' by '4 ha dont 4600 m2'. Tonnes for kilos will do;
    the figure found is the nearest fact. The measure read (often the last turn's) does not
    lift the unit asked. Checked last, on the figure the other steps settled on."""
    if part.intent != "figure" or part.yes_no or not isinstance(found, Found):
        return found
    asked = unit_family.asked_unit(fold(part.text))
    if asked is None:
        return found
    unit, kind = asked
    if unit_family.states_kind(fold(f"{found.value} {found.citation.quote}"), kind):
        return found
    return Missing(found.fiche_id, "attribute", found, f"noun:{unit}")


def _volume_for_area(part: PlanPart, found: Found) -> Filled:
    """An area asked in its unit ('in square metres?', 'combien de m2 ?') met by a figure
    stating only a volume ('1 local de 1100 m3'): not stated, the volume the nearest fact.
    'How big', asking any size, keeps the volume as its answer (lexicon AREA_UNIT_ASKED)."""
    stated = fold(f"{found.value} {found.citation.quote}")
    if not lx.AREA_UNIT_ASKED.search(fold(part.text)):
        return found
    if lx.VOLUME_STATED.search(stated) and not lx.AREA_STATED.search(stated):
        return Missing(found.fiche_id, "attribute", found)
    return found


def _area_in_other_unit(part: PlanPart, found: Found) -> Filled:
    """Class: a measure asked in a unit the fiche does not use — an area asked in hectares
    met by a figure in square metres only ('How many hectares does the site cover?' of '1
    atelier de 1.500m2'), or in square metres met by hectares only: not stated in that unit,
    the figure the nearest fact. 'How big', asking no unit, keeps it."""
    asked = fold(part.text)
    stated = fold(f"{found.value} {found.citation.quote}")
    pairs = (
        (lx.HECTARES_ASKED, lx.HECTARES_STATED, lx.SQUARE_METRES_STATED),
        (lx.SQUARE_METRES_ASKED, lx.SQUARE_METRES_STATED, lx.HECTARES_STATED),
    )
    for unit_asked, unit_stated, other in pairs:
        if unit_asked.search(asked) and not unit_stated.search(stated) and other.search(stated):
            return Missing(found.fiche_id, "attribute", found)
    return found


def _refused(fiche_id: str, citations: list[Citation]) -> Filled:
    """Class: what a structure turns away, asked of what it handles ('what won't they take?',
    'X refuse quoi comme dons ?', 'qu'est-ce qu'elle n'accepte pas ?'). The lines naming an
    exclusion (« … sauf les cassettes VHS, le gros électroménager … ») answer; a list of what
    it handles with none states no refusal, and is the nearest fact."""
    excluding = [c for c in citations if lx.EXCLUSION.search(fold(c.quote))]
    if excluding:
        first, *rest = excluding
        return Found(fiche_id, first.quote, first, more=rest)
    first, *rest = citations
    return Missing(fiche_id, "refused", Found(fiche_id, first.quote, first, more=rest))


def _scopes_asked(part: PlanPart) -> list[tuple[str, re.Pattern[str]]]:
    """The levels a part names ('locaux', 'au niveau européen'), each with its line's label."""
    folded = fold(part.text)
    return [(name, label) for name, words, label in lx.SCOPES_ASKED if words.search(folded)]


def _of_scope_asked(part: PlanPart, found: Found) -> Filled:
    """A part the booklet lists by scope ('Local : …', 'National : …') asked of one scope
    ('ses partenaires locaux', 'et au niveau national ?'): that scope's lines, in order; all
    of them when it asks none or several. Class: a level the fiche has no line for ('et au
    niveau européen ?' of a fiche listing only local and regional partners) is not stated:
    the fiche does not say, and the lines it has are the nearest fact; a level named inside
    other lines ('le Conseil départemental' among the 'Local :' partners) keeps those."""
    asked = _scopes_asked(part)
    if len(asked) != 1:
        return found
    name, label = asked[0]
    lines = [found.citation, *found.more]
    if not any(lx.SCOPE_LABEL.match(fold(c.quote).lstrip("*- ")) for c in lines):
        return found  # not a list by scope: nothing to narrow
    kept = [c for c in lines if label.search(fold(c.quote))]
    bodies = lx.SCOPE_BODIES.get(name)
    if not kept and bodies is not None:
        kept = [c for c in lines if bodies.search(fold(c.quote))]
    if not kept:
        return Missing(found.fiche_id, "scope", found, words=name)
    return Found(found.fiche_id, kept[0].quote, kept[0], found.detail, more=kept[1:])


def paragraphs(source: str, start: int, end: int, label_end: int) -> list[tuple[int, int]]:
    """The paragraphs of `source[start:end]` as spans, blank lines and a heading's '#' marks
    left out; a label standing alone on its line (`label_end`: where its value would begin)
    goes with the paragraph after it, so that every quote says what it is about."""
    spans: list[tuple[int, int]] = []
    at = start
    for gap in [*_BLANK_LINE.finditer(source, start, end), None]:
        stop = gap.start() if gap else end
        a, b = at, stop
        marks = _HEADING_MARKS.match(source, a, b)
        a = marks.end() if marks else a
        while a < b and source[a].isspace():
            a += 1
        while b > a and source[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
        at = gap.end() if gap else end
    bare = spans and not source[max(spans[0][0], label_end) : spans[0][1]].strip(" :*\n")
    if bare and len(spans) > 1:  # '### LA VIABILITÉ …' then its text: one quote
        spans[:2] = [(spans[0][0], spans[1][1])]
    joined: list[tuple[int, int]] = []
    for a, b in spans:  # a sentence the booklet breaks over a blank line ('coûte moins cher'
        # / 'qu'elle rapporte …') is one quote
        if joined and source[joined[-1][1] - 1] not in ".!?:»)" and source[a].islower():
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    return joined


def _states_price_level(sentence: str) -> int:
    """Whether a sentence states a price level ('vendus à prix bas', 'à moindre coût')."""
    return int(bool(lx.compiled(lx.PRICE_LEVEL).search(fold(sentence))))


def frame_words(frames: list[re.Pattern[str]], text: str) -> int:
    """How many distinct words of the frames asked a text says, FRAME_MOST at most each: 'Ses
    ressources sont hybrides : 70% de subventions' states a funding more than 'diversité
    d'activités et de financements'."""
    folded = fold(text)
    return sum(min(len({m.group(0) for m in f.finditer(folded)}), FRAME_MOST) for f in frames)


def frames_asked(folded_question: str) -> list[re.Pattern[str]]:
    """The stated words of each open frame the question asks (`lx.OPEN_FRAMES`)."""
    return [
        lx.compiled(f.stated)
        for f in lx.OPEN_FRAMES
        if lx.compiled(f.asked).search(folded_question)
    ]


def _frame_first(citations: list[Citation], folded_question: str) -> list[Citation]:
    """A labelled part's lines in the booklet's order, but the line stating most of what an
    open question's frame asks first ('how does it finance itself?' of an economic model
    whose first line says that its sales grew: the line saying where its money comes from)."""
    frames = frames_asked(folded_question)
    if not frames or len(citations) < 2:
        return citations
    best = max(citations, key=lambda c: frame_words(frames, c.quote))  # first of equals
    return [best, *(c for c in citations if c is not best)]


# A word naming a label's kind right beside the word for a label or an approval ('label bio',
# 'labellisée AB', 'certified organic', 'an Ecocert label', 'ESUS-approved'). Folded.
_LABEL_WORD = (
    r"(?:labels?|labellis\w*|label+ed|certifi\w*|agrements?|agree?e?s?|approv\w*|accredit\w*)"
)


def _kind_forms(word: str) -> tuple[str, ...]:
    """A label's kind as asked and as the booklet may write it ('organic': 'bio', 'biologique')."""
    folded = fold(word)
    return (word, *EN_FR.get(folded, ()), *yes_no.same_words(folded))


# A result asked as an amount ('in euros', 'how much', 'net profit', 'le montant du
# bénéfice'): its sign alone does not answer it (slots._result_by_sign). Folded.
_RESULT_AMOUNT_ASKED = re.compile(
    r"\b(euros?|combien|how much|montant|amount|sum|somme|profits?|benefices?|excedents?|"
    r"surplus|deficits?|earnings|income)\b|€"
)


# words beside a label's that name no kind of it ('are they', 'est-elle', 'un')
_NO_KIND = frozenset("is are it its they them their est sont il ils elle elles t a an the".split())
_LABEL_BESIDE = re.compile(
    rf"\b(?:([\w-]+)[ -])?{_LABEL_WORD}\b(?: (?:de |d'|du |of |as )?([\w-]+))?",
    re.IGNORECASE,
)


def _attribute_pattern(part: PlanPart) -> re.Pattern[str] | None:
    """The words that ask the part's own attribute ('site web', 'certification', 'président'):
    its slot filler checks them, a yes/no check need not."""
    tables: dict[str, tuple[lx.Measure | lx.Role | lx.Field | lx.Event | lx.Unstated, ...]] = {
        "measure": lx.MEASURES,
        "role": lx.ROLES,
        "field": lx.FIELDS,
        "event": lx.EVENTS,
        "unstated": lx.UNSTATED,
    }
    item = next((i for i in tables.get(part.kind, ()) if i.name == part.name), None)
    if item is not None:
        # the attribute's own label words ask it too: 'a-t-il un numéro SIRET ?' (label
        # 'numéro SIRET') asks the SIRET field, 'numéro' is no thing the fiche must mention
        label = fold(f"{item.label_fr} {item.label_en}")
        words = sorted({w for w in re.findall(r"[^\W\d_]{4,}", label) if w not in lx.STOPWORDS})
        spelt = "|".join(rf"\b{re.escape(w)}\b" for w in words)
        return lx.compiled(f"{item.asked}|{spelt}" if spelt else item.asked)
    section = next((s for s in lx.SECTIONS_ASKED if s.name == part.name), None)
    if section and part.kind == "section":
        return lx.compiled(section.asked)
    # a labelled part ('elle touche des subventions ?': its financial partners say it)
    subpart = next((s for s in lx.SUBPARTS_ASKED if s.name == part.name), None)
    return lx.compiled(subpart.asked) if subpart and part.kind == "subpart" else None


def names_holder(sentence: str, role: re.Pattern[str]) -> bool:
    """Whether a sentence names who holds the role it mentions: a person's name (a civility
    or a first name and a surname, as `lx.PERSON_NAME` reads them) within
    `lx.PERSON_NEAR_ROLE` characters of the role word ('son président, M. Roy'; 'Jean Pierre
    Motte, directeur'). 'Un trésorier bénévole très actif' names no one."""
    folded = fold(sentence)
    if len(folded) != len(sentence):  # offsets would not map: any name in the sentence
        return bool(lx.PERSON_NAME.search(sentence))
    for match in role.finditer(folded):
        start = max(0, match.start() - lx.PERSON_NEAR_ROLE)
        window = sentence[start : match.end() + lx.PERSON_NEAR_ROLE]
        if lx.PERSON_NAME.search(window):
            return True
    return False


MIN_FUNDER_LINE = 8  # a shorter sentence ('Local :') names no funder
# The financial partners' block of a fiche, from its label to the next heading or to a bold
# label that is none of its levels ('Local :', 'Régional :', 'Européen :', 'Autres :'). Folded.
_FUNDERS_BLOCK = re.compile(
    r"partenaires financiers[^\n]*(?:\n(?!\s*#)(?!\s*\*\*(?!\s*(?:local|regional|national|"
    r"europ\w*|autres)\b))[^\n]*)*"
)


def funders_text(folded: str) -> str:
    """The lines of a fiche's folded text that list its financial partners."""
    return _plain(" ".join(m.group(0) for m in _FUNDERS_BLOCK.finditer(folded)))


def _plain(folded: str) -> str:
    """Folded text without its Markdown marks, its spaces single: a sentence is found in it."""
    return " ".join(re.sub(r"[*#_]", " ", folded).split())


def _acronym_stems(raw: str) -> set[str]:
    """The stems a fiche holds only as an acronym ('CAF', the family allowance fund): no word
    written in lowercase gives them, so they do not mention a thing asked ('un café')."""
    acronyms = {t for w in re.findall(r"\b[A-Z]{2,6}\b", raw) for t in analyze(w)}
    if not acronyms:
        return set()
    # a word with a lower-case letter is no acronym, capitalised or not: 'Amiens' in prose
    # holds the town an address writes '80000 AMIENS' (class: a French yes/no refusing the
    # town it names, « amiens » unmentioned, which the English one answered)
    lower = {t for w in re.findall(r"\b[^\W\d_]*[^\W\d_A-Z][^\W\d_]*\b", raw) for t in analyze(w)}
    return acronyms - lower


# the card's numbers and contacts, the structure's own: asked of another body it names, they
# do not answer (`_card_of_body`)
_CARD_IDS = frozenset({"siret", "ape", "phone", "email", "website"})

# a title the booklet gives between French quotes ('intitulé « Flavour »')
_TITLED = re.compile(r"«\s*([^»]{2,60}?)\s*»")


# a start asked as still due ('doit-elle ouvrir'), or as the real one
# in the present ('when does it actually start?'), not the action's start line ('will start'
# is not: the start line may be still to come when the booklet was written, 'Novembre 2021').
# The real one asked in the past ('when did it actually get going?', 'a-t-elle vraiment
# démarré ?') is its start, which the line dates (d12-001, d8-062).
_DUE_ASKED = re.compile(r"\b(doit|doivent|devrait|devraient)\b")
_REAL_ASKED = re.compile(r"\b(actually|really|vraiment|reellement|effectivement)\b")
_PAST_ASKED = re.compile(
    r"\b(did|was|were|has|have|had|started|began|opened|got)\b|"
    r"\b(a|ont|est|sont|avait|avaient)(-t)?(-(il|elle|ils|elles))?\s+"
    r"(?:(?:vraiment|reellement|effectivement)\s+)?\w+(?:e|i|u|t)e?s?\b"
)


def _not_yet_asked(folded: str) -> bool:
    """Whether a start is asked as still to come (see _DUE_ASKED)."""
    if _DUE_ASKED.search(folded):
        return True
    return bool(_REAL_ASKED.search(folded)) and not _PAST_ASKED.search(folded)


def _objects_held(objects: list[frozenset[str]], inflected: bool = False) -> Callable[[str], int]:
    """How many of the things asked (each a set of stems) a sentence names; `inflected`: a
    stem also names its inflections the stemmer leaves longer ('velo' of 'vélos', 'cambriol'
    of 'cambriolée')."""

    def names(stems: frozenset[str], tokens: set[str]) -> bool:
        if stems & tokens:
            return True
        return inflected and any(
            len(s) >= MIN_INFLECTED_STEM and t.startswith(s) and len(t) - len(s) <= INFLECTION
            for s in stems
            for t in tokens
        )

    def held(text: str) -> int:
        tokens = set(analyze(text))
        return sum(1 for stems in objects if names(stems, tokens))

    return held


# how far apart, in content words, the things asked as one may stand in a sentence that
# names them as one ('un atelier de plats préparés', 'son école de confection')
TOGETHER_SPAN = 3


def _objects_together(objects: list[frozenset[str]]) -> Callable[[str], bool]:
    """Whether a sentence names the things asked close together, as one thing (class: a
    compound asked, 'la confection-école', named by a sentence only when its words stand
    together; words of it spread over clauses about other things name none of it)."""

    stems = sorted({s for o in objects for s in o})

    def together(text: str) -> bool:
        tokens = analyze(text)
        # each stem asked the sentence names ('confect', 'ecol' of 'confection-école')
        where = [w for s in stems if (w := [i for i, t in enumerate(tokens) if t == s])]
        if len(where) < 2:
            return True  # one word named: nothing to hold apart
        return any(max(c) - min(c) <= TOGETHER_SPAN for c in itertools.product(*where))

    return together


def _status_detail(value: str, identity: Identity) -> str:
    """Which line of the card states a status: 'statut', 'agrément' or 'label'."""
    if value == identity.legal_status:
        return "statut"
    return "label" if value == identity.label else "agrément"


# a holder read in a sentence, plainly, is a few words ('un collectif d'habitants'); longer,
# it is no name but a clause, and the sentence is quoted whole instead
HOLDER_WORDS = 6
# a date opening a sentence before its subject ('En 2017, ', 'Fin 2019, ')
_DATED_OPENING = re.compile(r"^\s*(?:en|in|fin|debut|début|au)\b[^,]{0,25}\d{4}\s*,\s*", re.I)
# a person's name just before the role it is given ('… embauche Christelle Cousin, ')
_NAME_BEFORE_ROLE = re.compile(r"((?:[A-ZÀ-Ý][\w'-]+ ){1,2}[A-ZÀ-Ý][\w'-]+)\s*,?\s*$")
# where a role's own words end ('initiatrice du projet| en tant que directrice')
_ROLE_PHRASE_END = re.compile(r"\s*(?:[,;:.()]|\ben tant que\b|\bpuis\b|\bet\b)")


def _holder_phrase(sentence: str, stated: re.Pattern[str]) -> str:
    """Who a sentence says holds a role, in a few words, for the plain answer (class: a role
    told in the story, not on the contact card): the subject of a founding verb ('un
    collectif d'habitants' of 'En 2017, un collectif d'habitants crée l'association …'), or
    the name given the role ('Christelle Cousin, initiatrice du projet'). '' when none reads
    plainly: the answer then gives the whole sentence, as before."""
    folded = aligned_fold(sentence)
    verb = lx.FOUNDED_BY.search(folded)
    if verb is not None:
        subject = _DATED_OPENING.sub("", sentence[: verb.start()]).strip(" ,")
        return subject if 0 < len(subject.split()) <= HOLDER_WORDS else ""
    role = stated.search(folded)
    if role is None:
        return ""
    name = _NAME_BEFORE_ROLE.search(sentence[: role.start()])
    if name is None or any(w in lx.NOT_NAMES for w in name.group(1).split()):
        return ""
    rest = sentence[role.start() :]
    end = _ROLE_PHRASE_END.search(rest, len(role.group(0)))
    phrase = rest[: end.start()] if end else rest
    return f"{name.group(1)}, {phrase.strip()}" if len(phrase.split()) <= HOLDER_WORDS else ""


def _names_a_person(sentence: str) -> bool:
    """Whether the subject of a founding sentence names someone: a capitalised word before
    its verb, the sentence's first word aside ('Christelle Cousin crée …', not 'En 2017, un
    collectif d'habitants crée l'association')."""
    verb = lx.FOUNDED_BY.search(fold(sentence))
    subject = sentence[: verb.start()] if verb is not None else sentence
    return any(m.group(1) not in lx.NOT_NAMES for m in PROPER.finditer(subject))


def _person_name(name: str) -> str:
    """'HÉLÈNE MARECHAL' -> 'Hélène Marechal'; names already in mixed case are kept."""
    return name.title() if name.isupper() else name


def _matched(pattern: re.Pattern[str], text: str) -> str:
    """The piece of `text` that `pattern` (written for folded text) matches, accents kept;
    the whole text when folding changed its length (then offsets would not map)."""
    folded = fold(text)
    match = pattern.search(folded)
    if match is None or len(folded) != len(text):
        return text
    return text[match.start() : match.end()].strip()


def _holder(needle: str) -> Callable[[str], bool]:
    return lambda text: needle in _squeezed(text)


def _squeezed(text: str) -> str:
    """Letters and digits only: '418 889 549 00071' and '41888954900071' compare equal."""
    return re.sub(r"[\W_]+", "", fold(text))


def mentions_any(
    engine: Engine, fiche: Fiche, words: Iterable[str], place_named: bool = False
) -> bool:
    """Whether the fiche's text holds one of `words` (a year, a town), accents, case, hyphens
    and apostrophes aside: 'Villeneuve-d'Ascq' is the 'Villeneuve d'Ascq' another card
    writes."""
    raw = engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end]
    text, words = _spelt_loosely(raw), list(words)
    if any(_spelt_loosely(w) in text for w in words):
        return True
    # a town named by its area's adjective ('Soissons': « le bassin d'emploi soissonnais »)
    return place_named and place_forms.names_derived(raw, words)


def _share_asked(folded: str) -> bool:
    """A share or a rate asked ('quelle part de ses ventes', 'quel taux de sorties
    positives ?', 'what is the positive exit rate?'): a percentage answers it."""
    return bool(lx.SHARE_FRAME.search(folded) or lx.RATE_ASKED.search(folded))


def _spelt_loosely(text: str) -> str:
    return re.sub(r"[\s\-'’]+", " ", fold(text))


def _writes_name(text: str, name: str) -> bool:
    """Whether a text writes a name as whole words, accents, case and hyphens aside
    ('Saint-Gobain' in 'l'entreprise Saint Gobain')."""
    words = _NOT_A_WORD.sub(" ", _spelt_loosely(text))
    return f" {_spelt_loosely(name)} " in f" {words} "


_NOT_A_WORD = re.compile(r"[^\w ]")


def _states_something(folded: str) -> bool:
    """Not a label waiting for its lines ('partenaires financiers mobilises :'), a link, nor
    the form's own question left unanswered ('Seriez-vous dans la possibilité d'essaimer ?')."""
    text = folded.strip()
    return (
        not text.endswith(":")
        and not lx.LINK_ONLY.fullmatch(text)
        and "form" not in blanks.blanks_in(text)
    )


def evidence_query(engine: Engine, plan: QuestionPlan, part: PlanPart) -> str:
    """What ranks sentences inside a structure's fiche: the part's own words when the question
    asks several things, and without the structures' names, which tell nothing inside their
    own fiche and pull the evidence towards the lines that name them."""
    text = part.text if len(plan.parts) > 1 else plan.query
    # ('le jardin d'insertion de la Haute Borne, quelle superficie ?': no 'insertion' asked)
    text = without_set_apart_description(text)
    named = list(dict.fromkeys([*plan.targets, *engine.mentions.mentioned(text)]))
    # ('the toy recycling charity La Remise Enjouée': no 'toy' asked)
    text = apposed.without_apposed(text, engine.mentions, named)
    denamed = engine.mentions.without_names(text, named)
    return denamed if len(re.findall(r"[^\W\d_]{3,}", denamed)) >= 2 else text


def _in_clause(stated: re.Pattern[str], text: str, years: Iterable[int]) -> bool:
    """Whether a year asked stands in the clause of a figure stated ('316 000 € de budget
    (2021) ; 53 177 euros de CA réalisés … en 2020': the turnover's year is 2020, not 2021)."""
    wanted = [str(y) for y in years]
    for match in stated.finditer(text):
        start = text.rfind(";", 0, match.start()) + 1
        end = text.find(";", match.end())
        clause = text[start : end if end >= 0 else len(text)]
        if any(y in clause for y in wanted):
            return True
    return False


def _stems_held(stems: frozenset[str], vocab: set[str]) -> bool:
    """Whether a fiche's vocabulary holds a word of these stems, or one they begin ('fusion'
    in 'fusionnent': the light stemmer leaves a verb's ending)."""
    return bool(stems & vocab) or any(
        w.startswith(s) for s in stems if len(s) >= MIN_STEM_PREFIX for w in vocab
    )


def _object_words(question: str, objects: list[frozenset[str]]) -> str:
    """The question's words written with the stems of the things asked, quoted: '« fermeture »'."""
    words = [
        w
        for w in re.findall(r"[^\W\d_][\w-]{2,}", fold(question))
        if any(set(analyze(w)) & o for o in objects)
    ]
    return ", ".join(f"« {w} »" for w in dict.fromkeys(words))


def _names_a_thing(quote: str, stated: re.Pattern[str]) -> bool:
    """Whether a figure's words name what they count besides its label, numbers, unit and
    year: '45 tonnes d'objets collectés' does, 'TONNAGES CONCERNÉS : 50 tonnes (2019)' not."""
    value = fold(quote).split(":", 1)[-1]
    value = stated.sub(" ", value)
    return any(w not in lx.STOPWORDS for w in re.findall(r"[^\W\d_]{3,}", value))


def _asked_words(text: str) -> list[str]:
    """The content words of a question (four letters or more, function words left out)."""
    return [w for w in re.findall(r"[^\W\d_]{4,}", fold(text)) if w not in lx.STOPWORDS]


def _counted_head(counted: str, lang: str) -> str:
    """The head of a counted phrase: its first word in French ('visiteurs' of 'visiteurs
    internet'), its last in English ('visitors' of 'website visitors')."""
    words = counted.split()
    return words[-1] if lang == "en" else words[0]


def _counts_field(head: str, field: lx.Field) -> bool:
    """Whether a counted noun is the field itself: one of its words ('sites' of 'site web',
    'numbers' of 'phone number') or what it is asked by ('emails')."""
    if lx.compiled(field.asked).search(head):
        return True
    label = re.findall(r"[^\W\d_]{3,}", fold(f"{field.label_fr} {field.label_en}"))
    return any(head.startswith(w) or w.startswith(head) for w in label)


def _labelled_figure(fiche: Fiche, ev: Evidence) -> KeyFigure | None:
    """The key figure holding the sentence when its label names what it counts ('NOMBRES DE
    SITES', 'BUDGET GLOBAL'), not a catch-all ('AUTRES INDICATEURS', kind 'other')."""
    at = ev.sentence.start
    return next(
        (f for f in fiche.key_figures if f.kind != "other" and f.span.start <= at < f.span.end),
        None,
    )


def _synonym_words(noun: str) -> list[str]:
    """The French words naming the same thing as a French counted noun ('repas' -> 'plats'),
    from the glossary's groups of same things."""
    table, folded = yes_no.french_synonyms(), fold(noun)
    # a plural reads as its singular ('poulets' -> 'poulet', whose group holds 'volaille')
    singular = re.sub(r"(?<=[a-z]{3})[sx]$", "", folded)
    return sorted(table.get(folded) or table.get(singular, frozenset()))


def _synonym_stems(noun: str) -> list[str]:
    """The beginnings of `_synonym_words`, as a sentence may inflect them."""
    return sorted({fold(w)[:6] for w in _synonym_words(noun) if len(w) >= 4})


def _compound_head(question: str, noun: str) -> list[str]:
    """'how many face masks': the counted noun read as 'face' modifies the thing after it,
    which counts too when the glossary reads it as a thing."""
    after = re.search(rf"\b{re.escape(fold(noun))}\s+([a-z]{{3,}})", fold(question))
    if after is None:
        return []
    glossed = topic_words.glossed_words(after.group(1))
    return _noun_stems(after.group(1)) if glossed and glossed[0].thing else []


def _written_capitalised(word: str, text: str) -> bool:
    """Whether a text writes the word as a name: a whole word, accents and case aside,
    beginning with a capital ('Région' in 'la Région', not in 'la région Hauts de France')."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(fold(word))}(?![\w-])")
    folded = _unaccented(text)
    return any(folded[m.start()].isupper() for m in pattern.finditer(fold(text)))


def _unaccented(text: str) -> str:
    """The text without accents, its case kept, character for character with `fold` (a
    letter that folds to several, as 'ß' does, falls back on the folded text)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return plain if len(plain) == len(fold(text)) else fold(text)


def _counted_words(text: str) -> list[str]:
    """The few words after each count of a sentence, years aside ('4 nouveaux postes de')."""
    return [
        m.group(1)
        for m in _COUNT_WORDS.finditer(fold(text))
        if not lx.YEAR.fullmatch(m.group(0).split()[0].strip(",.;:"))
    ]


def _counts_named(text: str, stems: list[str]) -> bool:
    """Whether a count of a sentence counts a thing named by one of `stems`."""
    return any(_names_noun(words, stems) for words in _counted_words(text))


def _counts_another(text: str, own: list[str], asked: list[str]) -> bool:
    """Whether every count of a sentence counts a thing other than the noun asked (`own`:
    its beginnings), one the question names besides (`asked`): '1200 ordinateurs' for 'how
    many schools … with computers?'. A count is a number and the few words after it ('4
    nouveaux postes de travail' counts 'postes')."""
    counted = _counted_words(text)
    if not counted or any(_names_noun(words, own) for words in counted):
        return False
    others = [s for s in asked if s not in own]
    return any(_names_noun(words, others) for words in counted)


def _asked_glossed(text: str, names: set[str]) -> list[topic_words.Glossed]:
    """The words a question asks, each with its French words when English ('parcels' ->
    'colis'), the structure's own name and numbers aside: what a line's counts are weighed by."""
    glossed = list(topic_words.glossed_words(text))
    covered = {t for g in glossed for t in analyze(g.word)}
    out = [g for g in glossed if not g.stems <= names]
    for stem in analyze(text):
        if stem in names or stem in covered or not stem.isalpha() or len(stem) < 3:
            continue
        out.append(topic_words.Glossed(stem, stem, (), frozenset({stem}), True))
    return out


def _names_noun(text: str, stems: list[str]) -> bool:
    """Whether a sentence names a counted noun by one of its beginnings (`_noun_stems`)."""
    return any(re.search(rf"\b{re.escape(s)}", fold(text)) for s in stems)


def _spaced(text: str) -> str:
    """Folded, its hyphens and punctuation as spaces: 'Boulogne-sur-Mer' is 'Boulogne sur Mer'."""
    return " ".join(re.findall(r"[^\W_]+", fold(text)))


# 'how much <matter>' ('how much metal', 'how much of the wood'), folded: the matter asked
_HOW_MUCH_OF = re.compile(r"\bhow much (?:of (?:the |their |its )?)?([a-z]{3,})\b")


def _mass_asked(text: str) -> list[str]:
    """The beginnings of the matter an English 'how much' asks a quantity of ('how much
    metal do they process?': 'metal', 'métal'), when the glossary knows it as a thing and it
    is no generic word ('how much food', 'how much stuff'): a count of that matter answers,
    not a count of another thing in a sentence that names it. None for 'how much does …',
    for money and for units, which other checks hold."""
    found = _HOW_MUCH_OF.search(fold(text))
    if found is None:
        return []
    word = found.group(1)
    glossed = [g for g in topic_words.glossed_words(word) if g.thing]
    if not glossed or word in lx.STOPWORDS or word in lx.UNIT_COUNTED:
        return []
    if word in lx.GENERIC_TOPIC_EN or word in _GENERIC_MATTER or word in lx.MONEY_COUNTED:
        return []
    return _noun_stems(word)


# what a number counts: the words after it up to the next number or clause mark ('60
# tonnes de légumes et fruits produits …'; '2 formes de collecte' stops at its colon), folded
_COUNTED_SPAN = re.compile(r"(?<![\w.,])\d[\d  .,]*([^\d;:()]*)")
# a weight naming no matter ('50 tonnes', '50 tonnes (2019)'), folded
_WEIGHT_ALONE = re.compile(r"(?:tonnes?|t|kg|kilos?)(?:\s*\(?(?:19|20)\d\d\)?)?")


def _counts_matter(text: str, stems: list[str], vocab: set[str]) -> bool:
    """Whether a count of a sentence counts the matter asked: a number followed by a word of
    it ('49 tonnes de poissons surgelés …', '15 colis « viande »'), or a
    bare weight naming no matter ('TONNAGES CONCERNÉS : 50 tonnes'), which is of what the
    fiche handles, when the fiche (`vocab`) writes the matter asked."""
    counts = _COUNTED_SPAN.findall(fold(re.sub(r"[«»\"“”]", " ", text)))
    if any(_names_noun(c, stems) for c in counts):
        return True
    bare = [c for c in counts if _WEIGHT_ALONE.fullmatch(c.strip(" .;,"))]
    held = any(w.startswith(s) for s in stems for w in vocab)
    return bool(bare) and held


# matter words that name any matter the booklet counts ('how much food', 'how much waste')
_GENERIC_MATTER = frozenset(
    """food stuff goods products produce material materials matter waste things items
    money cash funding time space""".split()
)


def _noun_stems(noun: str) -> list[str]:
    """The beginnings a counted noun is written with in the booklet: its own, and for an
    English one those of its French words ('objects' -> 'objet', 'toys' -> 'jouet', 'jeu')."""
    if not noun:
        return []
    words = [noun, *(f for g in topic_words.glossed_words(noun) for f in g.french)]
    return sorted({fold(w)[:6] for w in words if len(w) >= 4} or {fold(noun)[:6]})


def _family(measure: str) -> str:
    return next((m.family for m in lx.MEASURES if m.name == measure), "")


_CLAUSE = re.compile(r"[,;:()]|\b(?:dont|qui|puis|mais|alors que|avant de|apres)\b")


def _when_of_event(folded_sentence: str, stated: re.Pattern[str] | None) -> str:
    """The date a sentence gives to the event asked: of a sentence dating two things ('un
    deuxième site voit le jour en fin d'année 2019 … dont l'activité a cessé … en début
    d'année 2021'), the date of the clause telling the event (`stated`); else `_when`."""
    years = {m.group(0) for m in lx.YEAR.finditer(folded_sentence)}
    if stated is None or len(years) < 2:
        return _when(folded_sentence)
    bounds = [0, *(m.start() for m in _CLAUSE.finditer(folded_sentence)), len(folded_sentence)]
    for a, b in itertools.pairwise(bounds):
        clause = folded_sentence[a:b]
        if stated.search(clause) and lx.YEAR.search(clause):
            return _when(clause)
    return _when(folded_sentence)


def _when(folded_sentence: str) -> str:
    """The date a sentence gives: '12 mars 2019', 'janvier 2021' or '1997'."""
    day = lx.DAY_DATE.search(folded_sentence)
    if day:
        year = lx.YEAR.search(folded_sentence[day.end() : day.end() + 8])
        return f"{day.group(0)} {year.group(0)}" if year else day.group(0)
    month = re.search(rf"\b({lx.MONTHS}) (\d{{4}})\b", folded_sentence)
    if month:
        return month.group(0)
    year = lx.YEAR.search(folded_sentence)
    return year.group(0) if year else ""


def _field_values(fiche: Fiche, name: str) -> list[str]:
    identity, contact = fiche.identity, fiche.contact
    persons = contact.persons
    values: dict[str, list[str]] = {
        "email": [e for p in persons for e in p.emails],
        "phone": [t for p in persons for t in p.phones],
        "website": [identity.website],
        "siret": [identity.siret],
        "ape": [identity.ape_raw or ", ".join(identity.ape_codes)],
        "legal_status": [identity.legal_status],
        "activity": [identity.activity],
        # a LABEL line names an approval or a label as much as an AGRÉMENT line does
        "agrements": [*identity.agrements, identity.label],
        "label": [identity.label],
        "networks": identity.networks,
        "address": [
            *contact.address[:1],
            " ".join(b for b in (contact.postcode, contact.town) if b),
        ],
        "departement": [contact.departement],
    }
    return [v for v in values.get(name, []) if v and v.strip()]


def _holds_all(pred: yes_no.Predicate, text: str) -> bool:
    """Whether one sentence holds every thing and name asked."""
    return yes_no.held_in(pred, text) == len(pred.words)


def _clause_of_year(found: Found, years: list[int] | set[int]) -> Found | None:
    """Class: a figure asked for a year (often a follow-up, 'and in 2020?' after the budget)
    whose heading gives another sum of money for that year in a clause of its own ('316 000 €
    de budget (2021) ; 53 177 euros de CA réalisés … en 2020'): that clause is what the
    fiche gives for the year, said as another figure of the heading, not 'nothing for 2020'.
    None when no clause holds both a sum and a year asked."""
    clauses = [c.strip() for c in found.value.split(";") if c.strip()]
    if len(clauses) < 2:  # one figure: it is the measure asked, of another year
        return None
    for clause in clauses:
        if _AMOUNT.search(clause) and any(str(y) in clause for y in years):
            return replace(found, value=clause, note="other_figure_of_year")
    return None


def _searcher(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """Whether a text holds the pattern."""
    return lambda text: pattern.search(text) is not None


# The contact fields a head office may have of its own (`SlotFiller._head_office`)
_OFFICE_CONTACTS = ("phone", "email", "website")
# What opens a head-office line naming a site or a street, not a body ('site Damaflor, rue …')
_OFFICE_PLACE_WORDS = re.compile(
    r"^(site|rue|avenue|av|bd|boulevard|chemin|route|place|impasse|allee|quai|za|zi|zone|lieu)\b"
)


def _office_body(office: str, name: str) -> str:
    """The body a head-office line names before its address, when it is not the structure
    itself ('ALEFPA, 199-201 Rue Colbert, 59003 Lille' of the Cocagne garden): '' for the
    structure's own name, a site, a street or a town with its postcode."""
    first = office.split(",")[0].strip()
    folded = fold(first)
    if not first or any(c.isdigit() for c in first) or _OFFICE_PLACE_WORDS.match(folded):
        return ""
    own = {w for w in re.findall(r"[a-z0-9]{3,}", fold(name))}
    words = set(re.findall(r"[a-z0-9]{3,}", folded))
    if words & own or " a " in f" {folded} ":  # 'LE PANIER DE LA MER 62 à Boulogne'
        return ""
    return first


def _listed_sites(fiche: Fiche) -> list[named_site.Site]:
    """The sites a fiche's key figures list by name (a 'sites' line counting two or more)."""
    return [
        s
        for f in fiche.key_figures
        if figure_binding.sites_stated(f"nombre de sites : {f.value}") >= 2
        and "site" in fold(f.label)
        for s in named_site.listed_sites(f.value, analyze)
    ]


def _gloss(word: str) -> set[str]:
    return {t for g in topic_words.glossed_words(word) for t in g.stems}
