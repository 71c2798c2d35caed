"""Executing a question plan: retrieve, choose the structures, fill each part from each fiche,
and write the answer — a plain sentence first, then the exact quote — or say what is missing
together with the nearest fact the fiche does state."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import asdict, replace
from typing import Any

from livret_qa import lexicon as lx
from livret_qa.answering import (
    abstention,
    acronym,
    aid_in_general,
    alternatives,
    amount_of_last,
    answered_body,
    asked_value,
    body_list,
    body_of_another,
    booklet_about,
    bound_qualifiers,
    bound_thing,
    capitalised_adjective,
    change_asked,
    clipped_words,
    compared_side,
    compared_verdict,
    contact_words,
    counted_act,
    counted_alternatives,
    counted_head,
    counted_in_passage,
    dated_count,
    dated_thing,
    described_by_card,
    described_in_town,
    described_switch,
    described_things,
    description,
    difficulty_lists,
    duration_asked,
    earlier_described,
    examples_asked,
    exclusion,
    figure_binding,
    figure_of_one,
    filler_phrases,
    find_then_ask,
    first_names,
    former_body,
    founding_aside,
    giver_level,
    kept_structures,
    kind_instances,
    list_followups,
    list_request,
    list_scope,
    list_wording,
    listed_among,
    listed_excluded,
    measures_against,
    membership,
    mended_lists,
    mentioned_things,
    named_and_described,
    named_card_value,
    narrowed_elsewhere,
    narrowed_unmentioned,
    negated_list,
    never_written,
    other_body_place,
    other_one,
    outcome,
    paid_or_voluntary,
    parallel_list,
    partner_sum,
    people_had,
    periods,
    person_contact,
    planned_date,
    planned_kind,
    priced_thing,
    prize_won,
    programme_named,
    property_asked,
    qualified_thing,
    ranked_prize,
    ranking_unmeasured,
    rate_order,
    relative_aside,
    relative_year,
    request_opening,
    role_name,
    self_correction,
    sibling_name,
    since_field,
    standing,
    stated_name,
    stated_passage,
    stated_then_asked,
    stated_together,
    stated_topic,
    stating_list,
    summed_thing,
    topic_words,
    typos,
    umbrella_name,
    unfiched,
    unit_binding,
    unit_head,
    unnamed_thing,
    unstated_kind,
    when_unstated,
    where_things,
    which_of_counted,
    yes_no,
)
from livret_qa.answering.aggregate_answer import (
    AggregateAnswer,
    de_label,
    facts_payload,
    format_number,
    measure_label,
    of_one_structure,
    run_query,
    vocabulary_for,
    word_result,
)
from livret_qa.answering.aggregate_conditions import BOUND_OPS
from livret_qa.answering.answers import Answer, StructureAnswer, validate_history
from livret_qa.answering.bare_question_word import who_resolved
from livret_qa.answering.blanks import asked_blank
from livret_qa.answering.booklet_lines import (
    booklet_groups,
    group_heading,
    list_head,
    named_booklet,
)
from livret_qa.answering.context_preamble import asked_after_context, asked_after_wondering
from livret_qa.answering.described_place import description_beside_place
from livret_qa.answering.described_there import described_there
from livret_qa.answering.evidence import (
    RARE_FICHES,
    Citation,
    Evidence,
    best_evidence,
    citation_at,
    citation_for,
)
from livret_qa.answering.kind_aside import KindAside, named_only_aside
from livret_qa.answering.messages import say
from livret_qa.answering.online_sales import asks_online_sales, states_online_sales
from livret_qa.answering.plan import PlanPart
from livret_qa.answering.planner import (
    ASKED_AGAIN_THERE,
    ASKED_ANEW_THERE,
    EVERY_ONE_UNPOINTED,
    HISTORY_DEPTH,
    KIND_AMONG_OTHERS,
    NOTHING_IN_FOCUS,
    asked_attribute,
    asks_operating,
    asks_yes_no,
    conversation_state,
    describes_one,
    part_of_each,
    picks_among_focus,
    plan_part,
    plan_question,
    pointed_words,
    split_parts,
    status_asked,
    structures_asked_first,
)
from livret_qa.answering.similar_answer import SimilarWriter
from livret_qa.answering.similarity import (
    SimilarResult,
    facets_for,
    searchable,
    similar_to_description,
    similar_to_fiche,
)
from livret_qa.answering.slots import (
    NARRATIVE,
    Filled,
    Found,
    Missing,
    SlotFiller,
    evidence_query,
    frames_asked,
    funders_text,
    unit_unstated,
)
from livret_qa.answering.source_asked import SOURCE_OF_LAST, sources_block
from livret_qa.answering.stating_list import asks_which_state
from livret_qa.answering.wording import (
    Wording,
    abstention_text,
    statuses_asked,
    statuses_stated,
)
from livret_qa.errors import QueryError
from livret_qa.facts.facets import match_places, match_words
from livret_qa.facts.query import FactResult
from livret_qa.glossary import EN_FR
from livret_qa.indexing.analyzer import analyze
from livret_qa.limits import MAX_DESCRIPTION_CHARS
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.parsing.fiche import Fiche, SectionKind
from livret_qa.retrieval.blank_sentences import states_nothing
from livret_qa.retrieval.engine import (
    MAX_QUERY_CHARS,
    MAX_TOP_K,
    Engine,
    SearchResult,
    validate_query,
)
from livret_qa.retrieval.filters import Filters, resolve_filters
from livret_qa.retrieval.grouping import StructureHit
from livret_qa.retrieval.place_bodies import is_the_whole_region, unnamed_bodies
from livret_qa.retrieval.places import departements_in, without_former_regions
from livret_qa.text import fold

TOP_K = 20
# at most this many structures listed because they name a thing the ones retrieval qualified
# all exclude: more is a broad word, not the thing asked
LIST_FALLBACK_MAX = 3
BY_MEANING = "by_meaning"  # a Found's note: the sentence found by meaning (stated_passage.py)
SIMILAR_COUNT = 3
ONE_MEANT_RATIO = 2  # a fiche naming a thing this many times more than any other is the one meant
SLOT_INTENTS = ("figure", "person", "field", "date", "unstated")
SHARED_TOPIC_MAX = 3  # a topic term held by at most this many structures is distinctive
OTHER_PARTS_FOR = 3  # an aggregate's other parts are answered for this many structures
# a person's role or job asked ('le rôle de Matthieu Renard', 'what is X's position?'): the
# contact line naming that person states it, whatever word the booklet uses ('Chef de projet')
_PERSON_ROLE_ASKED = re.compile(r"\b(role|fonction|poste|job|position|title|titre|metier)s?\b")
_CAPITALISED = re.compile(r"\b[A-ZÉÈ][\w-]+")
PLACE_OF_ITS_OWN = 2  # a town a fiche names this often, as no other name's part, is its own


def validated(question: str) -> str:
    """The question, checked: a text past MAX_QUERY_CHARS is a project description, taken up
    to MAX_DESCRIPTION_CHARS (no description is refused for its length below that)."""
    if isinstance(question, str) and len(question) > MAX_QUERY_CHARS:
        if len(question) > MAX_DESCRIPTION_CHARS:
            raise QueryError(
                f"The text has {len(question)} characters; a project description may have "
                f"{MAX_DESCRIPTION_CHARS}. Shorten it to its main points."
            )
        return " ".join(question.split())
    return validate_query(question)


def _without_places(query: str, places: list[str]) -> str:
    """The query's topic: the département and place names taken out."""
    folded = fold(query)
    for name in [*places, *DEPARTEMENTS.values()]:
        folded = re.sub(rf"\b{re.escape(fold(name))}\b", " ", folded)
    return without_former_regions(folded)


# An earlier turn of a conversation: its question and the (role, content) turns before it.
Turn = tuple[str, tuple[tuple[str, str], ...]]


def _planned_not_dated(part: PlanPart, filled: Missing) -> tuple[PlanPart, Filled]:
    """'ils l'ont lancé quand, leur site marchand ?' of a thing its fiche states only as a
    plan: "not yet, planned", quoting that sentence (planned_date.py), no refusal."""
    near = filled.nearest
    if isinstance(near, Found) and planned_date.planned_thing(part.text, near.citation.quote):
        return replace(part, intent="fact", yes_no=True), replace(near, planned=True)
    return part, filled


class Composer:
    """Builds one Answer; holds the per-question state so each step stays small."""

    def __init__(
        self,
        engine: Engine,
        question: str,
        history: list[dict[str, str]],
        filters: Filters | None,
        weights: Mapping[str, float] | None = None,
        answered: dict[Turn, list[str]] | None = None,
        described: str | None = None,
    ):
        self.engine = engine
        self.weights = weights  # of the similar-initiatives ranking (None: the defaults)
        self.question = validated(question)
        self.history = validate_history(history)
        self.filters = filters
        # earlier turns answered for this question (`_about`), shared with those turns
        self._answered: dict[Turn, list[str]] = {} if answered is None else answered
        # 'et après 2018 ?' after 'créées avant 2010 ?': the last list question, new bound
        rebound = list_followups.switched_bound(self.question, self.history)
        # 'et en 2017 ?' after 'quelles associations ont été créées en 2015 ?': the new year
        rebound = rebound or list_followups.switched_year(self.question, self.history)
        self.plan = plan_question(
            rebound or self.question,
            list_followups.before_last_question(self.history) if rebound else self.history,
            engine.mentions,
            len(engine.corpus.fiches),
            vocab=vocabulary_for(engine),
            resolve=self._about,
            described=described,
        )
        # list follow-ups switching or narrowing what the last list asked (a name, a
        # département left out, a town none stands in): read against the booklet
        self.plan = list_followups.reread(
            engine,
            self.plan,
            self.history,
            stands_in,
            lambda: self._focus_of_history(self.history),
            lambda: self._focus_of_history(list_followups.before_last_question(self.history)),
        )
        # 'which structure in the Aisne did they learn from?': the place qualifies the body
        # asked of the one in focus, when its fiche writes that place (other_body_place.py)
        self.plan = other_body_place.reread(
            engine.corpus, self.plan, lambda: self._focus_of_history(self.history)
        )
        said = stating_list.unnegated(self.plan.question)
        first = self.plan.parts[0] if self.plan.parts else None
        if (
            first is not None
            and said != self.plan.question
            and asks_which_state(fold(said), first.intent, first.attribute)
        ):
            # 'which ones do not state a budget?': each one's figure asked without the
            # negation, which is no thing asked of it (`_stating` keeps those lacking it)
            self.plan = replace(
                self.plan,
                query=stating_list.unnegated(self.plan.query),
                parts=[replace(p, text=stating_list.unnegated(p.text)) for p in self.plan.parts],
            )
        self.lang = self.plan.lang
        self.outside: list[str] = []  # the structures in focus, none in the place asked
        self.there: list[str] = []  # the structure named, standing in the place asked
        self.at_site = False  # asked whether it is (still) at a site its fiche names
        self.alone: list[str] = []  # the ones in focus, alone in the place the others are asked
        self.applied, self.result = self._search()
        self._keywords_as_list()
        self.words = Wording(self.plan)
        self.place_gap = ""  # why a list asked of a place is empty
        # a structure listed for the sentence naming what the others exclude (_not_excluded)
        self.naming_sentence: dict[str, str] = {}
        self.scope = ""  # what a list holds when its question fixes it: 'place' or 'theme'
        self.names: list[list_scope.AskedName] = list_followups.names_to_quote(engine, self.plan)
        self.things: list[topic_words.Glossed] = []  # the distinctive things a list holds
        self.listed_elsewhere = False  # none of the list names them: the booklet's holders
        self.quoted: dict[str, frozenset[str]] = {}  # per fiche, the sentences a list quotes
        self.value_holders: set[str] | None = None  # of the facet values a list asks
        self.values: list[tuple[str, str]] = []  # those values (`holding_values`)
        self.stating_only = False  # a list of the structures whose fiche states the figure
        self.lacking_listed = False  # … or, negated, of those whose fiche does not
        self.value_named = False  # a card value named narrowed every structure to its holders
        self.each_part = False  # a part of every fiche asked of each structure of a scope
        self.kind_aside_place = ""  # the place a kind was asked in, that none there is
        self.kind_aside: KindAside | None = None  # a kind asked that none is, only names

    def _focus_of_history(self, history: list[dict[str, str]]) -> list[str]:
        """The structures a conversation (before this question) is about."""
        return conversation_state(
            history,
            self.engine.mentions,
            len(self.engine.corpus.fiches),
            HISTORY_DEPTH,
            vocabulary_for(self.engine),
            self._about,
        ).focus

    # -- retrieval --------------------------------------------------------------------------
    def _about(self, question: str, history: list[dict[str, str]], told: str = "") -> list[str]:
        """The structures this system answers an earlier turn with (its question, the history
        before it, the same filters): the planner's focus of a turn whose answer, worded by
        someone else (a client, a language model), names no structure. Each turn is answered
        once per question asked (`_answered` is shared with the turns answered for it).
        `told`: that answer; when it describes one structure ('A joinery workshop near
        Soissons.') and this system answers several, the one its words describe
        (description.tells_one)."""
        found = self._answered_with(question, history)
        if len(found) > 1 and told and description.tells_one(told):
            ranked = self.engine.search(told, top_k=TOP_K, filters=Filters(fiche_ids=found))
            return [s.fiche_id for s in ranked.structures][:1] or found
        return found

    def _answered_with(self, question: str, history: list[dict[str, str]]) -> list[str]:
        """The structures this system answers an earlier turn with (`_about`)."""
        key = (question, tuple((t.get("role", ""), t.get("content", "")) for t in history))
        if key not in self._answered:
            self._answered[key] = []  # (a turn being answered is no focus of its own)
            try:
                answer = answer_turn(
                    self.engine, question, history, self.filters, self.weights, self._answered
                )
                # an abstention names the nearest structures, not an answer: no focus (what
                # follows it asks afresh, 'et des vélos ?' after 'rien sur les pneus')
                # — unless it is about the one structure the turn named: 'la fiche de X ne
                # donne pas ce montant' keeps X in focus ('et son budget ?' is still X's)
                named_one = (
                    answer.plan.get("target_source") == "named" and len(answer.structures) == 1
                )
                if not answer.abstained or named_one:
                    self._answered[key] = [s.fiche_id for s in answer.structures]
            except QueryError:  # an empty or overlong turn: no focus from it
                pass
        return self._answered[key]

    def _search(self) -> tuple[Filters, SearchResult]:
        plan = self.plan
        listed = list(plan.targets)
        if plan.by_place:
            self._pick_by_place()
        elif plan.by_thing:
            self._pick_by_thing()
        if plan.by_place or plan.by_thing:  # 'à part la ressourcerie ?' (kept_structures.py)
            intents = [p.intent for p in plan.parts]
            described = [plan.by_thing, *(plan.places if plan.by_place else [])]
            rest = kept_structures.the_rest_of_list(
                plan.question, described, intents, listed, plan.targets
            )
            if rest != plan.targets:  # (the place or thing described asks nothing more)
                plan.targets, plan.resolution = rest, kept_structures.REST_OF_LIST
                plan.places, plan.by_place, plan.by_thing = [], False, ""
        elif plan.others and plan.places and not plan.departements:
            self._others_in_town()
        applied = replace(self.filters) if self.filters else Filters()
        # 'which of them are in the Aisne or the Somme?' narrows to several (`targets`)
        several_places = plan.narrow and len(plan.departements) > 1
        if len(plan.departements) > 1 and not applied.departement and not several_places:
            # 'dans l'Oise ou la Somme ?': the structures of every département named (a
            # filter holds one département; the structures standing there hold them all)
            there = [
                f.id
                for f in self.engine.corpus.fiches
                if f.contact.departement_code in plan.departements
                and (not applied.fiche_ids or f.id in applied.fiche_ids)
            ]
            applied.fiche_ids = there or applied.fiche_ids
        elif plan.departements and not applied.departement and not several_places:
            applied.departement = plan.departements[0]
        focus: list[str] = []
        if plan.target_source == "focus" and not plan.soft_focus:
            applied.fiche_ids = [
                f for f in plan.targets if not applied.fiche_ids or f in applied.fiche_ids
            ]
        else:
            focus = plan.targets
        query = searchable(self._topic_of_named(plan.query))
        # a question about one structure it does not name ('the toy workshop in Villeneuve')
        # reads its English words in French too; a list would grow on translated words
        one = plan.target_source == "any" and all(
            p.intent not in ("list", "similar", "aggregate") for p in plan.parts
        )
        if one and all(
            p.intent == "field"
            and p.attribute.partition(":")[2] in contact_words.CARD_CONTACT_FIELDS
            for p in plan.parts
        ):  # 'ressourcerie montreuil contact mail': the structure described, not 'contact@…'
            query = contact_words.without_contact_words(query)
        result = self.engine.search(query, top_k=TOP_K, filters=applied, focus=focus, gloss=one)
        chosen_by_user = bool(self.filters and self.filters.fiche_ids)
        if self._at_a_named_site(plan.targets):
            # 'are they still in Hirson?' of a structure whose fiche names a site there: the
            # sentence naming it answers (slots.site_sentence), not its card's town; 'still'
            # asks whether it operates there, which that sentence tells, with no plain yes
            self.at_site = True
            if lx.STILL_THERE_ASKED.search(fold(plan.question)):
                plan.parts = [replace(p, yes_no=False) for p in plan.parts]
            return applied, result
        if plan.target_source == "focus" and self._focus_outside_place(plan.targets):
            # 'which of them are in the Aisne?' when none of them is: none, said so
            self.outside = list(plan.targets)
            return applied, result
        if plan.others and self._alone_there():
            # 'any others in the Somme?' when only the one in focus stands there: none, said so
            return applied, result
        if plan.target_source == "named" and self._asks_where_named_stands():
            # 'VESTALI est-elle dans le Nord ?': its card answers, yes or no
            fiche = self.engine.corpus.fiche
            inside = [f for f in plan.targets if self._stands_there(fiche(f))]
            if inside:
                self.there = inside
            else:
                self.outside = list(plan.targets)
            return applied, result
        if not result.structures and applied.fiche_ids and not chosen_by_user:
            if plan.resolution == ASKED_AGAIN_THERE:
                return self._asked_again_there(applied, query)
            if plan.resolution == ASKED_ANEW_THERE:
                anew = self._described_there_anew(applied)
                if anew is not None:
                    return anew
            # The structures in focus are outside the place asked: it is a new question.
            applied.fiche_ids = []
            plan.targets, plan.target_source, plan.narrow = [], "any", False
            plan.followup, plan.resolution = False, "focus left no match: new topic"
            if plan.intent == "fact" and lx.LIST_FRAME.search(fold(plan.question)):
                plan.parts[0].intent = "list"
            if _names_its_structures(plan.question):
                # 'Quelles structures sont dans l'Aisne ?' after a toy list: its own words,
                # not the toy question's ('et dans l'Aisne ?' still asks that one there)
                plan.query = plan.question
                query = searchable(plan.query)
            result = self.engine.search(query, top_k=TOP_K, filters=applied)
        return applied, result

    def _topic_of_named(self, query: str) -> str:
        """Class: an English question about a structure it names ('What's the value-added rate
        of VESTALI?'): its passages are ranked by what is asked, without the name. The name
        already ranks its fiche first (`focus`); left in an English query it draws the dense
        retriever to the card lines writing it, while the French words that would find the
        passage asked are missing to the lexical one. French questions find it by their words."""
        plan = self.plan
        if plan.lang != "en" or plan.target_source != "named" or not plan.targets:
            return query
        if any(p.intent in ("list", "similar", "aggregate") for p in plan.parts):
            return query
        topic = self.engine.mentions.without_names(query, plan.targets)
        return topic if len(re.findall(r"[^\W\d_]{3,}", topic)) >= 2 else query

    def _describes_one_elsewhere(self) -> bool:
        """A yes/no question describing a structure by its kind and place ('Does the farm drive
        in the Oise deliver to homes?', 'l'épicerie de Guise vend-elle …') and asking more than
        whether it stands there: not the one in focus ('this shop', 'is the association in the
        Nord?' still are)."""
        plan = self.plan
        described = lx.DESCRIBED_ONE.search(fold(plan.question))
        if described is None or lx.DEMONSTRATIVE.match(described.group(0)):
            return False
        return not standing.asks_where_it_stands(plan.question, plan.departements, plan.places)

    def _asked_again_there(self, applied: Filters, query: str) -> tuple[Filters, SearchResult]:
        """Class: 'Qui dirige VESTALI ?' then 'et dans l'Aisne ?', 'what about the Oise one?':
        the one in focus stands elsewhere, so the last question is asked of each structure
        standing in the place asked (every one there: the place tells none apart)."""
        plan = self.plan
        there = [f.id for f in self.engine.corpus.fiches if self._stands_there(f)]
        plan.targets, plan.target_source = there, "focus"
        plan.narrow, plan.among = False, []
        plan.resolution = "previous question, of the structures in the place asked"
        # ('and the wood workshop in the Aisne?': a description, not only 'the X one')
        words = pointed_words(fold(plan.question)) or described_there(fold(plan.question))
        words = re.sub(r"\s+(dans|in|en|a|au|aux|near|pres)\b.*$", "", words)  # its place aside
        # ('what about the Nord one?': the place itself is the pointer, no thing)
        if words and len(there) > 1 and not (departements_in(words) or match_places(words)):
            # 'and the toy one in the Nord?': of those standing there, the one doing that
            plan.by_thing = words
            self._pick_by_thing()
            plan.resolution = "previous question, of the one in the place asked doing that"
            there = plan.targets
        applied.fiche_ids, applied.departement = there, None
        return applied, self.engine.search(query, top_k=TOP_K, filters=applied)

    def _described_there_anew(self, applied: Filters) -> tuple[Filters, SearchResult] | None:
        """Class (described_place.py): 'and the food shop in the Aisne, who runs it?' after
        one standing elsewhere: of those standing there, the one its words describe, asked
        what it asks. None (the place's own question, as before) when they tell none apart."""
        plan = self.plan
        there = [f.id for f in self.engine.corpus.fiches if self._stands_there(f)]
        folded = fold(plan.question)
        words = description_beside_place(pointed_words(folded) or described_there(folded))
        if len(there) < 2 or not words:
            return None
        saved = replace(plan)
        plan.targets, plan.target_source, plan.narrow, plan.among = there, "focus", False, []
        plan.by_thing = words
        self._pick_by_thing()
        if not 0 < len(plan.targets) < len(there):
            plan.__dict__.update(saved.__dict__)
            return None
        plan.resolution = "previous answer, of the one in the place asked doing that"
        applied.fiche_ids, applied.departement = list(plan.targets), None
        query = searchable(plan.question)
        return applied, self.engine.search(query, top_k=TOP_K, filters=applied)

    def _alone_there(self) -> bool:
        """Class: 'd'autres structures dans la Somme ?', 'any others in the Somme?' (the others
        of a list, or of the booklet, asked in a place) when none of the others stands there:
        the ones left out that do stand there are kept (`alone`), to say they are the only
        ones, rather than answering a new question about the place."""
        plan = self.plan
        if not (plan.departements or plan.places):
            return False
        fiche = self.engine.corpus.fiche
        if any(self._stands_there(fiche(f)) for f in plan.targets):
            return False
        left_out = [f for f in plan.among if f not in plan.targets]
        self.alone = [f for f in left_out if self._stands_there(fiche(f))]
        return bool(self.alone)

    def _place_asked(self) -> str:
        plan = self.plan
        return ", ".join(plan.places) or ", ".join(
            DEPARTEMENTS.get(code, code) for code in plan.departements
        )

    def _where(self, fiche_ids: list[str]) -> str:
        """'**X** (Villeneuve-d'Ascq, Nord), **Y** (…)': each structure with where it stands."""
        fiche = self.engine.corpus.fiche
        return ", ".join(
            f"**{fiche(f).name}** ({fiche(f).contact.town}, {fiche(f).contact.departement})"
            for f in fiche_ids
        )

    def _alone_answer(self) -> Answer:
        """'Aucune autre structure du livret n'est dans le lieu demandé (Somme) : **Synapse
        3i** (Amiens, Somme) y est la seule.' — an empty list (an abstention) quoting where
        the one(s) in focus stand."""
        place, where = self._place_asked(), self._where(self.alone)
        key = "no_other_there_one" if len(self.alone) == 1 else "no_other_there"
        head = say(key, self.lang, place=place, where=where)
        return self._not_there(head, none=True, held=self.alone)

    def _asks_where_named_stands(self) -> bool:
        plan = self.plan
        if len(plan.parts) != 1 or not plan.parts[0].yes_no:
            return False
        unnamed = self.engine.mentions.without_names(plan.question, plan.targets)
        return standing.asks_where_it_stands(unnamed, plan.departements, plan.places)

    def _at_a_named_site(self, fiche_ids: list[str]) -> bool:
        """Class: a yes/no whether the one structure asked is (still) at a place its card does
        not give but its fiche names as one of its sites ('sont-ils toujours à Hirson ?')."""
        plan = self.plan
        if len(fiche_ids) != 1 or not plan.places or plan.target_source == "any":
            return False
        # (or whether that site still operates: 'celle d'Hirson est toujours ouverte ?', no
        # yes/no of its own, `planner._operating`; class: one site named by its town)
        if not any(p.yes_no or asks_operating(p) for p in plan.parts):
            return False
        fiche = self.engine.corpus.fiche(fiche_ids[0])
        if stands_in(fiche, plan.places):
            return False
        filler = SlotFiller(self.engine, plan)
        return filler.site_sentence(fiche, plan.places) is not None

    def _stands_there(self, fiche: Fiche) -> bool:
        plan = self.plan
        in_departement = fiche.contact.departement_code in plan.departements
        return in_departement or bool(plan.places and stands_in(fiche, plan.places))

    def _there_answer(self) -> Answer:
        """'Oui : **X** (Pommiers, Aisne) est dans le lieu demandé (Aisne).' — or, offered a
        choice of places ('dans l'Aisne ou la Somme ?'), which one, with no 'oui' — its
        address quoted."""
        plan = self.plan
        fiche = self.engine.corpus.fiche
        named = [DEPARTEMENTS.get(code, code) for code in plan.departements] + plan.places
        place = ", ".join(
            n
            for n in named
            if any(
                fold(n) == fold(fiche(f).contact.departement) or stands_in(fiche(f), [n])
                for f in self.there
            )
        ) or ", ".join(named)
        where = ", ".join(
            f"**{fiche(f).name}** ({fiche(f).contact.town}, {fiche(f).contact.departement})"
            for f in self.there
        )
        choice = standing.offers_a_choice(plan.question, plan.departements, plan.places)
        key = "there_which" if choice else "there_one"
        return self._not_there(say(key, self.lang, place=place, where=where), held=self.there)

    def _focus_outside_place(self, fiche_ids: list[str]) -> bool:
        """A follow-up picking among the structures in focus by a place ('and which of them
        are in the Pas-de-Calais?', 'lesquelles sont dans l'Aisne ?') when none of them
        stands there: the answer is that none does, not a new list of the place."""
        plan = self.plan
        yes_no = any(p.yes_no for p in plan.parts)
        # a theme picks among them too ('lesquelles font de l'alimentation ?'), not a yes/no
        theme = plan.theme if not yes_no else ""
        if not fiche_ids or not (plan.departements or plan.places or theme):
            return False
        if plan.resolution == other_body_place.BODY_OF_PLACE:
            return False  # 'which structure in the Aisne did they learn from?': no filter
        # 'est-elle dans le Nord ?', 'is it in the Somme?': whether it stands there, no.
        # A town the booklet does not hold ('which of those are in Lille?') narrows nothing
        # the filters know, but still picks among them.
        if not yes_no and not picks_among_focus(plan.question):
            return False  # 'et dans l'Aisne ?' asks the question again there
        if yes_no and self._describes_one_elsewhere():
            return False  # 'Does the farm drive in the Oise deliver …?': another structure
        fiche = self.engine.corpus.fiche
        return not any(
            (not plan.departements or fiche(f).contact.departement_code in plan.departements)
            and (not plan.places or stands_in(fiche(f), plan.places))
            and (not theme or fiche(f).theme == theme)
            for f in fiche_ids
        )

    def _none_there(self) -> Answer:
        """'None of them is in the place asked (Pas-de-Calais): **X** (Villeneuve-d'Ascq,
        Nord).' The structures in focus stay named, with where each stands, so that what
        follows may still point at them; no other structure is brought in."""
        plan = self.plan
        place, where = self._place_asked(), self._where(self.outside)
        if any(p.yes_no for p in plan.parts):
            key = "not_there_one" if len(self.outside) == 1 else "not_there"
            return self._not_there(say(key, self.lang, place=place, where=where))
        key = "none_there_one" if len(self.outside) == 1 else "none_there"
        if not place:  # picked by a theme none of them belongs to
            key = "none_theme_one" if len(self.outside) == 1 else "none_theme"
            place = plan.theme
        head = say(key, self.lang, place=place, where=where)
        if lx.COUNT_ASKED.search(fold(plan.question)):
            # 'combien d'entre elles sont dans la Somme ?', 'how many of them are in the Nord?':
            # a count of them there, which is 0 — stated by where each stands, no refusal
            # (class: counts of a listed set by place, whose answer may be zero)
            answer = self._not_there(f"**0** — {head}", none=True)
            return replace(answer, abstained=False, abstain_reason="")
        return self._not_there(head, none=True)

    def _not_there(self, head: str, none: bool = False, held: list[str] | None = None) -> Answer:
        """'est-elle dans le Nord ?' of a structure standing elsewhere: no — an answer, not a
        refusal — with its address quoted from its fiche (where it does stand). `none`: a
        list narrowed to a place none of them stands in ('lesquelles sont dans le Nord ?'),
        an empty list, so an abstention, that still quotes where each does stand. `held`:
        the structures that do stand there ('oui'), quoted the same way."""
        filler = SlotFiller(self.engine, self.plan)
        part = PlanPart(self.plan.question, "field", "field:address")
        lines, structures = [head], []
        for target in self._hits(self.outside if held is None else held):
            fiche = self.engine.corpus.fiche(target.fiche_id)
            filled = self.fill(filler, part, target)
            if isinstance(filled, Missing) and isinstance(filled.nearest, Found):
                filled = filled.nearest  # its address, not in the place asked: that is the point
            if not isinstance(filled, Found):
                continue
            before = len(self.words.citations)
            lines.append(self.words.statement(part, fiche, filled, False))
            numbers = [c.n for c in self.words.citations[before:]]
            structures.append(self._structure(fiche, target, filled.value, numbers))
        if not structures or none:  # none listed: where each stands is cited, not listed
            answer = self._answer("\n".join(lines), head.replace("**", ""), [], abstained=True)
            answer.citations = self.words.citations
            return answer
        return self._answer("\n".join(lines), "", structures)

    def _others_in_town(self) -> None:
        """Class: the structure in focus after 'et l'autre structure de Villeneuve-d'Ascq ?',
        'd'autres structures à Villeneuve-d'Ascq ?' (a town, no département): the others
        standing in that town, as a département's filter keeps those standing in it; the
        others unchanged when none stands there (`_alone_there` says so)."""
        plan, fiche = self.plan, self.engine.corpus.fiche
        there = [f for f in plan.targets if stands_in(fiche(f), plan.places)]
        if there:
            plan.targets = there

    def _pick_by_place(self) -> None:
        """'celle de Liévin, elle a été créée quand ?' after an answer naming several
        structures: the one standing in the place named; when none of them stands there, the
        booklet's structure standing there ('celle d'Amiens' after talk of another one), else
        the first in focus."""
        plan, corpus = self.plan, self.engine.corpus
        there = [f for f in plan.targets if stands_in(corpus.fiche(f), plan.places)]
        elsewhere = [f.id for f in corpus.fiches if stands_in(f, plan.places)]
        if not there and not elsewhere:
            # class: one site named by its town ('the Hirson one' after a list): the one in
            # focus whose fiche names a site there, not the first of them
            filler = SlotFiller(self.engine, plan)
            there = [
                f
                for f in plan.targets
                if filler.site_sentence(corpus.fiche(f), plan.places) is not None
            ]
            # ('et la boutique d'Hirson ?' after another one: the structure whose fiche names
            # a site of its own there, as 'celle d'Amiens' is the one standing there)
            there = there or [
                f.id for f in corpus.fiches if filler.site_sentence(f, plan.places) is not None
            ]
        if not there and len(elsewhere) > 1:
            # several stand there ('the toy recycler in Villeneuve'): the one the words describe
            described = description.described_words(fold(plan.question))
            vocab = self.engine.mentions.vocab
            elsewhere = described_in_town.told_apart(described, elsewhere, vocab) or elsewhere
            ranked = self.engine.search(
                plan.question, top_k=TOP_K, filters=Filters(fiche_ids=elsewhere)
            )
            elsewhere = [s.fiche_id for s in ranked.structures] or elsewhere
        focus = list(plan.targets)
        plan.targets = there or elsewhere[:1] or plan.targets[:1]
        plan.resolution = "the structure in focus standing in the place named"
        if set(plan.targets) & set(focus) or not description.described_words(fold(plan.question)):
            return  # ('la boutique d'Hirson rouvre quand ?': the site described is asked)
        # 'and the textile people in Liévin?' after another one: the words describing it
        # picked it with its place; they are not asked of it (description.py)
        plan.query = description.without_description(plan.query, pointer=False)
        plan.parts = [
            replace(p, text=description.without_description(p.text, pointer=False))
            for p in plan.parts
        ]

    def _pick_by_thing(self) -> None:
        """'the toy one, when did it start?', 'celle qui fait des jouets' after an answer naming
        several structures: those of them in the booklet theme the pointer names ('the food
        one'), else those whose fiche names the things it names and the others' do not; when
        it tells none apart, the first in focus."""
        plan, corpus = self.plan, self.engine.corpus
        focus = self._standing_where_described(plan.targets)
        if self._pointed_back(focus):
            return
        if self._switched_by_description(focus):
            return
        theme = list_scope.theme_named(plan.by_thing)
        if theme:
            kept = [f for f in focus if corpus.fiche(f).theme == theme]
        else:
            vocab = self.engine.mentions.vocab
            # 'celle des jouets' leaves 'jouets': French things are read after a determiner
            things = [
                *topic_words.topic_words(plan.by_thing, lx.GENERIC_TOPIC_EN),
                *topic_words.french_things(plan.by_thing),
                *topic_words.french_things(f"des {plan.by_thing}"),
            ]
            holders = [
                {f for f in focus if g.held_by(vocab.get(f, set()))}
                for g in things
                if not g.stems & lx.EVENT_NAMES
            ]
            telling = [h for h in holders if 0 < len(h) < len(focus)]
            kept = [f for f in focus if telling and all(f in h for h in telling)]
            held = [g for g in things if not g.stems & lx.EVENT_NAMES]
            kept = self._most_about(kept, held) if len(kept) > 1 else kept
            if not telling and len(focus) > 1 and any(len(h) == len(focus) for h in holders):
                # 'the textile one' when both name textiles: the one naming them far most
                kept = self._most_about(list(focus), held)
            # (a reading no fiche holds, 'toy' read as a French word, tells none apart)
            held = [g for g in things if any(g.held_by(v) for v in vocab.values())]
            if (
                not kept
                and held
                and not any(all(g.held_by(vocab.get(f, set())) for g in held) for f in focus)
                and not self._focus_writes(focus, held)
            ):
                # 'celle qui fait des meubles' after food structures, 'and the farm drive
                # people?' after the wood workshop: none of them does it all; the structure of
                # the booklet doing it (only one fiche names it, or names it far most) is meant
                doing = [
                    f.id
                    for f in corpus.fiches
                    if held and all(g.held_by(vocab.get(f.id, set())) for g in held)
                ]
                if len(doing) > 1:  # 'the wood workshop': the fiche naming wood far most
                    doing = self._most_about(doing, held)
                if len(doing) == 1:
                    plan.targets, plan.among = doing, []
                    plan.resolution = "the structure of the booklet doing what the question names"
                    plan.query = description.without_description(plan.query)
                    plan.parts = [
                        replace(p, text=description.without_description(p.text)) for p in plan.parts
                    ]
                    return
        plan.targets = kept if 0 < len(kept) < len(focus) else focus[:1]
        plan.resolution = "the structure in focus doing what the question names"

    def _pointed_back(self, focus: list[str]) -> bool:
        """'back to the textile one', 'revenons à celui des légumes' after turns about several
        structures: the structure of an earlier turn whose fiche names the thing far most,
        though the one in focus names it in passing (earlier_described.py)."""
        plan = self.plan
        earlier = [f for f in plan.left if f not in focus]
        if len(focus) != 1 or not earlier or list_scope.theme_named(plan.by_thing):
            return False
        raw = list_scope.fiche_texts(self.engine).raw

        def mentions(fiche_id: str, things: list[topic_words.Glossed]) -> int:
            return sum(1 for w in analyze(raw[fiche_id]) if any(g.held_by({w}) for g in things))

        things = [
            g
            for g in [
                *topic_words.topic_words(plan.by_thing, lx.GENERIC_TOPIC_EN),
                *topic_words.french_things(plan.by_thing),
                *topic_words.french_things(f"des {plan.by_thing}"),
            ]
            if not g.stems & lx.EVENT_NAMES
        ]
        meant = earlier_described.earlier_meant(
            focus[0], earlier, things, self.engine.mentions.vocab, mentions, ONE_MEANT_RATIO
        )
        if meant is None:
            return False
        plan.targets, plan.among = [meant], []
        plan.resolution = "the structure of an earlier turn the pointer describes"
        return True

    def _focus_writes(self, focus: list[str], things: list[topic_words.Glossed]) -> bool:
        """Class: a follow-up asking of a thing of the one structure in focus ('what's the
        European project called?' after Le Panier de la Mer 62, whose fiche tells its European
        project): the focus's own fiche writes every thing, though its vocabulary of what it
        does does not, so no other structure of the booklet is meant (the focus is carried)."""
        if len(focus) != 1:
            return False
        raw = list_scope.fiche_texts(self.engine).raw
        written = set(analyze(raw[focus[0]]))
        # each word asked, in one of its readings ('european' read in English as 'européen',
        # or as a French word): written by the focus
        read = {g.word for g in things}
        return all(any(g.held_by(written) for g in things if g.word == w) for w in read)

    def _switched_by_description(self, focus: list[str]) -> bool:
        """'and the toy place?', 'and the sewing workshop?' after turns about one structure:
        the structure the words describe, when its fiche names what they name far more often
        than the one in focus (described_switch.py); the previous question is asked of it."""
        plan = self.plan
        if len(focus) != 1 or list_scope.theme_named(plan.by_thing):
            return False
        raw = list_scope.fiche_texts(self.engine).raw

        def mentions(fiche_id: str, things: list[topic_words.Glossed]) -> int:
            return sum(1 for w in analyze(raw[fiche_id]) if any(g.held_by({w}) for g in things))

        meant = described_switch.better_described(
            focus[0],
            described_switch.things_of(plan.by_thing),
            self.engine.mentions.vocab,
            mentions,
            ONE_MEANT_RATIO,
        )
        if meant is None:
            return False
        plan.targets, plan.among = [meant], []
        plan.resolution = "the structure of the booklet the follow-up describes"
        plan.query = described_switch.without_described(description.without_description(plan.query))
        plan.parts = [
            replace(
                p, text=described_switch.without_described(description.without_description(p.text))
            )
            for p in plan.parts
        ]
        return True

    def _standing_where_described(self, focus: list[str]) -> list[str]:
        """Of `focus`, those standing in the place a correction describes the one meant by
        ('I meant the ressourcerie in the Pas-de-Calais'), when some do; `focus` otherwise.
        Class: the structure in focus after a correction by a kind and a place."""
        plan, corpus = self.plan, self.engine.corpus
        if KIND_AMONG_OTHERS not in plan.resolution or not (plan.departements or plan.places):
            return focus
        names = {DEPARTEMENTS.get(code, "") for code in plan.departements}
        there = [
            f
            for f in focus
            if (not names or corpus.fiche(f).contact.departement in names)
            and (not plan.places or stands_in(corpus.fiche(f), plan.places))
        ]
        return there or focus

    def _most_about(self, kept: list[str], things: list[topic_words.Glossed]) -> list[str]:
        """'celle des meubles' points at one: of several fiches naming the thing, the one
        naming it far more often than any other (its trade, not a word in passing); else
        all of them."""
        raw = list_scope.fiche_texts(self.engine).raw  # (each fiche's text, cached once)

        def mentions(fiche_id: str) -> int:
            return sum(1 for w in analyze(raw[fiche_id]) if any(g.held_by({w}) for g in things))

        counts = sorted(((mentions(f), f) for f in kept), reverse=True)
        if counts[0][0] >= ONE_MEANT_RATIO * max(counts[1][0], 1):
            return [counts[0][1]]
        return kept

    def _keywords_as_list(self) -> None:
        """Keywords naming a property several structures share ('membres reseau coorace',
        'members coorace network', 'reseau chantier ecole') ask for every structure that has
        it, as the full question does: a fact, an identity field or a count word asked of no
        structure in particular, with no question form, is read as a list when the structures
        the search qualified share a rare term of it (`list_scope.keywords_of_shared_property`)."""
        plan = self.plan
        if plan.target_source != "any" or plan.followup or len(plan.parts) != 1:
            return
        if self._part_of_a_scope():  # 'les leviers des initiatives en alimentation durable'
            return
        if (
            plan.intent in ("field", "figure", "person", "date")
            and self._held_names_without_fiche()
        ):
            return  # 'le site internet de CAP3C': the partner's own fact, which no fiche gives
        # a count word with no figure asked ('coorace network members', 'adhérents coorace')
        # names the members of what it names, as 'membres du réseau …' does
        counted = plan.intent == "figure" and not lx.FIGURE_FRAME.search(fold(plan.question))
        if plan.intent not in ("fact", "field") and not counted:
            return
        if counted and part_of_each(fold(plan.question), plan.parts[0].attribute):
            return  # 'budgets des structures du Nord': each one's figure, named before them
        qualifying = [s.fiche_id for s in self.result.qualifying]
        # a name few structures share ('coorace network members', 'adhérents coorace'), however
        # the search ranked them: its members are asked, as 'membres du réseau …' asks
        members = plan.intent != "figure" or plan.parts[0].attribute == "measure:adherents"
        shared_name = members and any(
            2 <= len(n.holders) <= SHARED_TOPIC_MAX
            for n in list_scope.asked_names(self.engine, plan.question, plan.places)
        )
        if (
            shared_name
            or list_scope.keywords_of_shared_property(
                self.engine, plan.question, qualifying, SHARED_TOPIC_MAX
            )
            or list_scope.keywords_of_shared_value(self.engine, plan.question, SHARED_TOPIC_MAX)
        ):
            plan.parts[0] = replace(plan.parts[0], intent="list", attribute="")
            plan.resolution = plan.resolution or "keywords of a property several structures share"

    # -- which structures -------------------------------------------------------------------
    def described_one(self) -> str | None:
        """The structure a question about one structure describes without naming it ('l'épicerie
        de Guise', 'the fish charity in Boulogne', 'the wood workshop in Pommiers'), once the
        search has found it: asked again as if named, its obstacles, partners or story are
        read from its fiche as a named one's are. None for a question about several or any."""
        plan = self.plan
        if plan.target_source != "any" or plan.followup or plan.facts_query is not None:
            return None
        if plan.resolution in (NOTHING_IN_FOCUS, other_one.OTHER_OF_NONE):
            return None  # 'what about the second one?' opening a chat points, describes nothing
        if any(p.intent not in _ONE_ASKS for p in plan.parts):
            return None
        folded = fold(plan.question)
        described = lx.DESCRIBED_ONE.search(folded)
        if described is None or lx.ANY_SUBJECT.search(folded):
            return None
        if lx.PLURAL_STRUCTURES.search(folded):
            return None
        if lx.PLURAL_REFERENCE.search(folded) and not describes_one(folded):
            return None  # ('the one that fixes computers — their budget?': the singular 'they')
        if self._held_names_without_fiche():
            return None  # 'l'association SOLAAL', 'la DRAAF soutient-elle …': a partner named
        found = self.placed_one(self._found_by_description(folded))
        if len(found) != 1:
            return None
        fiche = self.engine.corpus.fiche(found[0].fiche_id)
        if not self._located(fiche):
            return None  # 'le téléphone de la boutique d'Hirson': another site's, not its own
        # ('near Lille', 'the Lille-area toy recycler': its area, `_located`)
        capitalised = _capitalised_in(plan.question, described) if self._area() is None else []
        if any(not stands_in(fiche, [w]) for w in capitalised):
            return None  # 'the Hirson shop': its town written before the kind, another site
        return fiche.id

    def _found_by_description(self, folded: str) -> list[StructureHit]:
        """The structures a question describing one finds, best first. Class: one structure
        described and asked about ('la ressourcerie qui fait de l'aérogommage, qui est la
        directrice ?', 'the toy charity: director and email?', 'who funds the fish
        association?'): the words of what is asked ('directrice', 'email', 'funds') rank
        first the structure whose passage states that of another one, so the description is
        searched alone too (its English words read in French), and each structure ranks by
        the sum of its scores in both searches (the whole question's still tells apart two
        structures the description fits alike: 'the carpentry charity — volunteers?')."""
        span = description.description_span(folded) if describes_one(folded) else None
        question = self.plan.question
        if span is None or len(folded) != len(question):
            return self.result.structures
        text = question[span[0] : span[1]]
        found = self.engine.search(searchable(text), top_k=TOP_K, filters=self.applied, gloss=True)
        hits = {s.fiche_id: s for s in [*found.structures, *self.result.structures]}
        score: dict[str, float] = defaultdict(float)
        for s in [*found.structures, *self.result.structures]:
            score[s.fiche_id] += s.score
        return sorted(hits.values(), key=lambda s: -score[s.fiche_id])

    def targets(self) -> list[StructureHit]:
        """The structures answered; after a list, 'd'autres ?' keeps those the list holds that
        the last answer did not give (the list is made whole, then they are left out: made of
        the rest only, it would stretch to structures that merely share words)."""
        plan = self.plan
        if not plan.besides:
            return self._targets()
        if plan.intent == "similar":
            ranked = [s for s in self.result.structures if s.fiche_id not in plan.besides]
            return ranked[:SIMILAR_COUNT]
        return [s for s in self._targets() if s.fiche_id not in plan.besides]

    def _targets(self) -> list[StructureHit]:
        plan, result = self.plan, self.result
        by_id = {s.fiche_id: s for s in result.structures}
        if plan.narrow:
            if plan.departements or plan.places:  # the place narrows; what qualified them stays
                names = {DEPARTEMENTS.get(code, "") for code in plan.departements}
                fiche = self.engine.corpus.fiche
                there = [
                    f
                    for f in plan.targets
                    if (not names or fiche(f).contact.departement in names)
                    and (not plan.places or stands_in(fiche(f), plan.places))
                ]
                return [by_id[f] for f in there if f in by_id]
            themed = self._of_theme(plan.targets)
            if themed:  # 'only those doing re-use?': the theme narrows, as a place does
                return themed
            focus = [s for s in result.qualifying if s.fiche_id in plan.targets]
            holding = self._holding_asked_values(plan.targets)
            if holding is not None:  # those holding the value asked, the search's or not
                chosen = [s for s in focus if s.fiche_id in holding]
                seen = {s.fiche_id for s in chosen}
                focus = chosen + self._hits([f for f in holding if f not in seen])
            # 'which one sells toys?', 'lesquelles vendent des légumes ?': of the structures in
            # focus, those whose fiche names the distinctive thing asked
            return self.narrowed_by_things(focus)
        if plan.targets and not plan.soft_focus:
            themed = self._of_theme(plan.targets) if plan.followup else []
            if themed:  # 'only those doing re-use?' after their creation dates
                return themed
            part = plan.parts[0]
            if plan.target_source == "focus" and asks_which_state(
                fold(plan.question), plan.intent, part.attribute
            ):
                self.stating_only = True  # 'lesquelles ont un label ?': of them, those stating it
                self.each_part = part.kind == "subpart"
            return [by_id[f] for f in plan.targets if f in by_id]
        if not result.structures:
            return []
        intent = plan.intent
        if intent == "list":
            return self._not_excluded(self.listed(result.qualifying))
        if intent == "aggregate":
            return self.listed(result.qualifying)
        if intent == "similar":
            return result.structures[:SIMILAR_COUNT]
        part = plan.parts[0]
        if asks_which_state(fold(plan.question), intent, part.attribute):
            # 'Which structures give a number of volunteers?', 'which ones have a website?'
            self.stating_only = True

            self.each_part = part.kind == "subpart"  # each one's part of the template
            return self._every(lambda f: True)
        if intent in SLOT_INTENTS and lx.LIST_FRAME.search(fold(plan.question)):
            # 'quel est le budget des structures du Nord ?', 'who are the directors of the
            # food structures?': each structure of the theme or place named, not those the
            # search happened to rank
            scoped = (plan.theme or plan.departements) and lx.PLURAL_STRUCTURES.search(
                fold(plan.question)
            )
            return self._every(self._in_scope) if scoped else result.qualifying
        if self._part_of_a_scope():
            self.each_part = True
            return self._every(self._in_scope)
        return self.placed_one(result.structures)

    def _part_of_a_scope(self) -> bool:
        """A part every fiche has (its obstacles, levers, funders), asked of the structures of
        a theme, a place or all ('les freins des structures de l'alimentation', 'les freins
        rencontrés dans le Nord ?', 'what levers did re-use initiatives use?'): that part of
        each, not of the one structure the search ranked first. One structure meant ('les
        freins de la ressourcerie de Villeneuve') is not a scope."""
        plan = self.plan
        if plan.target_source != "any" or not all(
            p.kind in ("section", "subpart") for p in plan.parts
        ):
            return False
        folded = fold(plan.question)
        if any(structures_asked_first(folded, p.attribute) for p in plan.parts):
            return False
        if lx.PLURAL_STRUCTURES.search(folded):
            return True
        placed = bool(plan.theme or plan.departements or plan.places)
        return placed and not lx.ONE_STRUCTURE_MEANT.search(folded)

    def _in_scope(self, fiche: Fiche) -> bool:
        """Whether a fiche is of the theme and in the départements the question names."""
        plan = self.plan
        themed = not plan.theme or fiche.theme == plan.theme
        return themed and (
            not plan.departements or fiche.contact.departement_code in plan.departements
        )

    def _of_theme(self, fiche_ids: list[str]) -> list[StructureHit]:
        """Those of `fiche_ids` in the booklet theme the question names ('only those doing
        re-use?', 'lesquelles font de l'alimentation ?'), when it keeps some and not all."""
        theme = list_scope.theme_named(self.plan.question)
        if not theme:
            return []
        fiche = self.engine.corpus.fiche
        kept = [f for f in fiche_ids if fiche(f).theme == theme]
        if not kept or len(kept) == len(fiche_ids):
            return []
        return self._hits(kept)

    def placed_one(self, structures: list[StructureHit]) -> list[StructureHit]:
        """The structure a question about one structure means: when it names a town ('la
        ressourcerie de Campigneulles', 'the grocery in Guise'), the best ranked one located
        there, else the best ranked one whose fiche names it, else the best ranked one."""
        places = [list_scope.plain(p) for p in self.plan.places]
        if not places and self.plan.question == self.plan.question.lower():
            places = self._towns_typed()
        if not places and self.plan.departements and self.plan.target_source == "any":
            # 'ressourcerie Somme ?', 'informatique dans le Pas-de-Calais ?': the structure of
            # the département of the kind asked; none: the answer says which ones stand there
            kinded = self._of_kind_asked(structures, [])
            return (kinded or self._of_kind_described(structures))[:1]
        if not places:
            return self._described_by_things(structures)[:1]
        fiche = self.engine.corpus.fiche
        if self.plan.places and not list_scope.topic_residue(self.plan.query, self.plan.places):
            # 'anything in Amiens?', 'y a quoi à Guise ?': a place and nothing else asks which
            # structures stand there, all of them
            return self._every(lambda f: True)

        # 'the toy library near Lille', 'le jardin bio près de Lille': one standing in the
        # area around the town (Villeneuve d'Ascq, in the MEL), as a list asked there holds
        area = self._area()

        def in_town(f: Fiche) -> bool:
            # its town or its head office ('the organic garden in Lille': its association's
            # seat is), as the refusal's 'the booklet presents there' reads it; around a town,
            # its area ('the toy shop near Lille' is in Villeneuve-d'Ascq)
            return stands_in(f, places) or (area is not None and list_scope.in_area(f, area))

        located = [s for s in structures if in_town(fiche(s.fiche_id))]
        if not located:  # the search did not reach it: its passages for the question
            within = self._within()
            located = self._hits(
                [f.id for f in self.engine.corpus.fiches if in_town(f) and within(f)]
            )
        # a fiche naming the town again and again has a site there ('la boutique d'Hirson');
        # named once, it is some partner's or event's town ('l'atelier … à Calais')
        named = [
            s
            for s in structures
            if list_scope.place_mentions(self.engine, s.fiche_id, places) >= PLACE_OF_ITS_OWN
            or list_scope.sited_in(self.engine, s.fiche_id, places)  # 'situé à Carlepont'
        ]
        if not self.plan.places:
            return (located or named or structures)[:1]
        if not located and not named:
            inside = self._place_inside_one(structures, places)
            if inside:
                return inside
        # 'une recyclerie à Lille ?', 'the toy shop in Villeneuve d'Ascq': of those there, the
        # one of the kind asked; none there, or none of that kind: the answer says which
        # structures stand there or nearest
        # (the kind and things read from the description, not from what is asked of it:
        # 'the Liévin sewing charity's sales grow' asks no growing of crops; described_in_town)
        folded = fold(self.plan.question)
        topic = described_in_town.description_topic(self.plan.question, folded, self.plan.query)
        kinded = self._of_kind_asked(located or named, places, topic)
        if not kinded and located and lx.DESCRIBED_ONE.search(folded):
            # 'la ressourcerie de jouets de Villeneuve' of a toy workshop there: the article
            # says one stands there, the kind is the asker's loose word for it; the one there
            # whose fiche states the things described is meant, if only one does
            return self._of_things_asked(located, places, topic)
        if not kinded and not self._asks_structures():
            return self._the_one_there(located, topic)
        return kinded[:1]

    def _place_inside_one(
        self, structures: list[StructureHit], places: list[str]
    ) -> list[StructureHit]:
        """Class: a town no structure stands in that one fiche only names inside its text, a
        site it serves or a partner's town ('Which shop in Carlepont hands out the Oise farm
        orders?', 'quand le point de retrait de Carlepont a-t-il ouvert ?'): the question is
        about that fiche's place, not about structures standing there. That fiche answers
        when the search ranked it first and it is of the kind asked, if one is; a town two
        fiches name, or one ranked below another, is still refused as a place."""
        if not structures:
            return []
        naming = [
            f.id
            for f in self.engine.corpus.fiches
            if list_scope.place_mentions(self.engine, f.id, places) > 0
        ]
        if naming != [structures[0].fiche_id]:
            return []
        return self._of_kind_asked(structures[:1], places)

    def _described_by_things(self, structures: list[StructureHit]) -> list[StructureHit]:
        """The search's structures, the one a description fits clearly best first ('the toy
        reuse charity', 'the textile charity': described_things.py), when the question
        describes one structure by what it works on rather than the search's words."""
        text = description.facet_description(self.plan.question)
        if not text or not structures:
            return structures
        scores = described_things.described_scores(
            text, facets_for(self.engine).fiches, self.engine.mentions.name_word_holders
        )
        best = described_things.best_described([s.fiche_id for s in structures], scores)
        if best is None:
            return structures
        return [s for s in structures if s.fiche_id == best] + [
            s for s in structures if s.fiche_id != best
        ]

    def _of_things_asked(
        self, structures: list[StructureHit], places: list[str], words: str | None = None
    ) -> list[StructureHit]:
        """The one of these structures whose fiche states the things the question describes
        besides its kind and place ('de jouets'), or none when several or none do. `words`:
        where they are read (the whole query when None)."""
        topic = _without_places(words or self.plan.query, places or self.plan.places)
        kind = lx.DESCRIBED_ONE.search(fold(topic))
        if kind is not None:  # what the kind's own word implies ('ressourcerie': objects)
            topic = fold(topic).replace(kind.group(1), " ")
        wanted = [v for v in list_scope.topic_values(self.engine, topic) if v[0] != list_scope.KIND]
        if not wanted:
            return []
        holding = [
            s for s in structures if list_scope.holds_values(self.engine, s.fiche_id, wanted)
        ]
        return holding if len(holding) == 1 else []

    def _of_kind_asked(
        self, structures: list[StructureHit], places: list[str], words: str | None = None
    ) -> list[StructureHit]:
        """Of these structures, those whose fiche states the kind of activity or structure the
        question names besides its place, not only in passing (`list_scope.passing_holders`);
        all of them when it names none. `words`: where the kind is read (None: the query)."""
        topic = _without_places(words or self.plan.query, places or self.plan.places)
        wanted = list_scope.topic_values(self.engine, topic)
        kinds = list_scope.kind_holders(self.engine, topic, len(self.engine.corpus.fiches))
        if not wanted and not kinds:
            return structures
        fitting = [
            s
            for s in structures
            if list_scope.holds_values(self.engine, s.fiche_id, wanted) or s.fiche_id in kinds
        ]
        passing = list_scope.passing_holders(self.engine, topic, [s.fiche_id for s in fitting])
        return [s for s in fitting if s.fiche_id not in passing]

    def _the_one_there(self, located: list[StructureHit], topic: str) -> list[StructureHit]:
        """Class: a fact asked of the structure a place names, no structure named ('What
        software do they use in Amiens to wipe hard drives?', 'à Boulogne, ils récupèrent
        quoi ?'): the one structure standing there whose fiche states the kind of activity
        asked, though once (`list_scope.passing_holders` judges which structures a LIST
        keeps: one doing it in passing is not of that kind, but it is still the one asked
        of). Whether its fiche states the fact is the slot filler's to say. Mechanism: the
        place check (`placed_one`), which refused as 'no structure in the place asked
        matches'."""
        if len(located) != 1 or self.plan.intent == "list":
            return []
        wanted = list_scope.topic_values(self.engine, topic)
        if not wanted or not list_scope.holds_values(self.engine, located[0].fiche_id, wanted):
            return []
        return located

    def _of_kind_described(self, structures: list[StructureHit]) -> list[StructureHit]:
        """Class: one structure named by a description with its département ('the Aisne
        furniture workshop', 'the wood workshop in the Aisne'), asked something its description
        does not say ('What big batch orders did … take on as trials?'). Read in the whole
        question, the things asked ('orders', 'trials') are no kind of the structure and none
        qualified; the kind is read from the description's own words
        (described_in_town.description_topic). Nothing when the question describes none."""
        question = self.plan.question
        described = described_in_town.description_topic(question, fold(question), "")
        return self._of_kind_asked(structures, [], described) if described else []

    def _town_word(self) -> bool:
        """Whether the question types a word of a town where a structure stands ('A Boulogne,
        …' for Boulogne sur Mer), capitalised as a town is."""
        towns = {
            w for f in self.engine.corpus.fiches for w in list_scope.plain(f.contact.town).split()
        }
        typed = re.findall(r"\b[A-ZÀ-Ý][^\W\d_]{3,}", self.plan.question)
        return any(list_scope.plain(w) in towns for w in typed)

    def _towns_typed(self) -> list[str]:
        """The booklet's towns a question typed all in lowercase names ('epicerie asso guise
        2020'): no capital tells a town there, so the towns where structures stand are looked
        for as whole words."""
        asked = f" {list_scope.plain(self.plan.question)} "
        towns = {list_scope.plain(f.contact.town) for f in self.engine.corpus.fiches}
        return [t for t in towns if t and f" {t} " in asked]

    def listed(self, qualifying: list[StructureHit]) -> list[StructureHit]:
        """The structures a list holds: every structure of the place or theme when the
        question asks for nothing else; otherwise those retrieval qualified that state the
        question's distinctive topic, things and names, with every structure naming the names
        asked, in the place asked."""
        plan = self.plan
        area = self._area()  # 'in the MEL', 'near Lens'
        located = (
            plan.places
            or self.applied.departement
            or self.applied.theme
            or plan.departements
            or area
        )
        # ('je regarde les structures du Nord': the asker's opening asks nothing more)
        query = request_opening.without_request(plan.query)
        alone = located and not list_scope.topic_residue(query, plan.places)
        if plan.target_source == "any" and alone:
            self.scope = "place"
            return self._every(lambda f: True)
        planners = self._planning()
        if planners is not None:
            return planners
        own = self._asked_in_everyday_words()
        if own is not None:
            return own
        carded = self._card_value_listed()
        if carded is not None:
            return carded
        if plan.target_source == "any":
            theme = list_scope.theme_alone(query, plan.places)
            if theme:
                self.scope = "theme"
                listed = self._every(lambda f: f.theme == theme)
                if not listed:
                    self._say_place_gap()
                return listed
            themes = list_scope.themes_alone(query, plan.places)
            if themes:  # 'du réemploi ou de l'alimentation dans l'Aisne': either theme
                self.scope = "theme"
                listed = self._every(lambda f: f.theme in themes)
                if not listed:
                    self._say_place_gap()
                return listed
        # the last list asked again ('d'autres à part X ?', more_of_list): the names it asked,
        # not those the follow-up leaves out
        asked = plan.query if plan.besides else plan.question
        self.names = list_scope.asked_names(self.engine, asked, plan.places)
        # a kind of activity few structures have decides the list; else the topic's terms
        chosen = self.holding_values(qualifying)
        if self.value_holders is None:
            chosen = self.topical(qualifying)
        else:
            self.names = self._not_of_a_kind(self.names)
        listed = self.central(self.placed(self.holding_things(self.named(chosen))))
        return self.named_aside(self.on_theme(listed))

    def _planning(self) -> list[StructureHit] | None:
        """A list asking who only plans a thing ('qui a un projet de ressourcerie ?', 'which
        structures plan to open a ressourcerie?', `planned_kind`): the structures whose fiche
        writes the thing as their project, in the place asked, not those already doing it.
        None when no fiche writes it so: the list is decided as any other."""
        if self.plan.target_source != "any":
            return None
        thing = planned_kind.planned_thing(self.plan.question)
        if thing is None:
            return None
        texts = list_scope.fiche_texts(self.engine).folded
        planning = set(planned_kind.planning_fiches(texts, thing))
        within = self._within()
        kept = [
            f.id
            for f in self.engine.corpus.fiches
            if f.id in planning and within(f) and self._located(f)
        ]
        return self._hits(kept) if kept else None

    def on_theme(self, listed: list[StructureHit]) -> list[StructureHit]:
        """A list whose question names a theme of the booklet by its words ('which structures
        give food to the poor?', 'qui donne à manger aux plus démunis ?', 'which ones repair
        things?') holds a structure filed under another theme only when its sentence states
        that theme ('distribue des paniers alimentaires'): one whose best sentence only
        shares the public asked ('ses usagers en précarité', 'des femmes en difficultés')
        is off the theme asked. Kept as it is when no structure of the theme is listed."""
        plan, corpus = self.plan, self.engine.corpus
        theme = plan.theme
        if theme and plan.target_source == "any" and list_scope.theme_named(plan.question) == theme:
            # the theme asked by its title ('Quelles structures de l'alimentation durable ont un
            # agrément ACI ?', 'côté réemploi, lesquelles …', 'among the sustainable food
            # ones, …'): the list is of the structures filed there, whatever else it asks
            filed = [s for s in listed if corpus.fiche(s.fiche_id).theme == theme]
            return filed or listed
        if not theme or plan.target_source != "any" or self.names or len(listed) < 2:
            return listed
        words = lx.THEME_WORDS.get(theme)
        if words is None or not any(corpus.fiche(s.fiche_id).theme == theme for s in listed):
            return listed
        sentences = self.engine.sentences
        return [
            s
            for s in listed
            if corpus.fiche(s.fiche_id).theme == theme
            or (s.sentence >= 0 and words.search(fold(sentences[s.sentence].text)))
        ]

    def _not_excluded(self, listed: list[StructureHit]) -> list[StructureHit]:
        """Those of a list whose fiche does not name the thing asked only as excluded
        ('… sauf les vêtements, les appareils HIFI et les téléviseurs': listed_excluded.py)."""
        pred = yes_no.predicate(self.plan.question, self.lang)
        if not pred.words or not listed:
            return listed
        by_fiche = defaultdict(list, self.engine.fiche_sentences)
        kept = [s for s in listed if not listed_excluded.only_excluded(pred, by_fiche[s.fiche_id])]
        if not kept:  # each one excludes it: those naming it elsewhere, quoted by that sentence
            excluding = {s.fiche_id for s in listed}
            naming = {
                f.id: at
                for f in self.engine.corpus.fiches
                if f.id not in excluding
                and (at := listed_excluded.naming_sentence(pred, by_fiche[f.id])) is not None
            }
            if naming and len(naming) <= LIST_FALLBACK_MAX:
                self.naming_sentence = {f: by_fiche[f][at] for f, at in naming.items()}
                return self._hits(list(naming))
        if not kept:  # none: the answer says so, quoting the first exclusion
            first = listed[0].fiche_id
            quote = next(t for t in by_fiche[first] if yes_no.excluded_in(pred, t))
            self.place_gap = say(
                "reason_only_excluded",
                self.lang,
                names=", ".join(self.engine.corpus.fiche(s.fiche_id).name for s in listed),
                quote=quote.strip(),
            )
        return kept

    def _not_of_a_kind(self, names: list[list_scope.AskedName]) -> list[list_scope.AskedName]:
        """The names asked that are no common noun of a kind deciding the list: 'financées
        par l'Europe' asks European funding (`lx.LIST_KINDS`), which the fiches write 'FSE',
        'FEDER', 'l'Europe'; not every fiche naming something European ('la Métropole
        Européenne de Lille'). A member named ('le FSE') still decides its own list."""
        kinds = [kind for facet, kind in self.values if facet == list_scope.KIND]
        common = {w for kind in kinds for w in lx.LIST_KIND_COMMON_NAMES.get(kind, frozenset())}
        if not names:
            return names
        # members given as its examples ('European money (ESF, ERDF/FEDER, Interreg or other
        # EU funds)'): the kind the question words without them decides, not the examples
        examples = self._examples_of_kinds(names, kinds)
        if examples:
            return [n for n in names if n not in examples]
        if not common:
            return names
        kept = [n for n in names if fold(n.text) not in common]
        # members named beside it, the kind only by a name ('funded by the EU, FSE or
        # FEDER'): the names asked decide the list, as before
        return kept if not kept else names

    def _examples_of_kinds(
        self, names: list[list_scope.AskedName], kinds: list[str]
    ) -> list[list_scope.AskedName]:
        """Class: a kind asked in its own words with members of it given as examples
        ('Which initiatives get European money (ESF, ERDF/FEDER, Interreg or other EU
        funds)?', 'des fonds européens (FSE, FEDER…)'): the names that are forms of a kind
        asked, when the question still words that kind once they are taken out. A member
        asked alone ('lesquelles ont du FSE ?') is no example: it decides its own list."""
        folded = fold(self.plan.question)
        # the examples stand in a bracket, the kind outside it ('Crédit Agricole (bank or
        # foundation)' glosses the name asked by its kind: the name decides)
        bracketed = " ".join(re.findall(r"\(([^()]*)\)", folded))
        outside = re.sub(r"\([^()]*\)", " ", folded)
        examples: list[list_scope.AskedName] = []
        for kind in kinds:
            forms = lx.LIST_KINDS_IN_TEXT.get(kind)
            if forms is None or not forms.search(outside):
                continue
            members = [n for n in names if forms.search(fold(n.text))]
            for n in members:
                english = [e for e, f in lx.ACRONYMS_EN.items() if fold(f) == fold(n.text)]
                spelt = [fold(t) for t in (n.text, *n.forms, *english)]
                written = rf"(?<![a-z0-9])({'|'.join(map(re.escape, spelt))})(?![a-z0-9])"
                inside_only = re.search(written, bracketed) and not re.search(written, outside)
                if inside_only and n not in examples:
                    examples.append(n)
        return examples

    def _asked_in_everyday_words(self) -> list[StructureHit] | None:
        """A list of those mentioning a thing ('which structures mention a shop?') or stating
        a difficulty with it ('qui a des problèmes de locaux ?'), within the theme or place
        the question names too; None for any other list, or one naming a body or a partner
        (`named` reads those)."""
        plan = self.plan
        if plan.target_source != "any" or list_scope.asked_names(
            self.engine, plan.question, plan.places
        ):
            return None
        mentioned = self.mentioning()
        if mentioned is not None:
            return mentioned
        struggling = self.struggling()
        return struggling if struggling is not None else self.having()

    def _in_asked_scope(self, fiche: Fiche) -> bool:
        """Whether a structure is within the filters, the place, the département and the
        theme the question names ('les structures du réemploi', 'du Nord')."""
        plan = self.plan
        return (
            self._within()(fiche)
            and self._located(fiche)
            and (not plan.theme or fiche.theme == plan.theme)
            and (not plan.departements or fiche.contact.departement_code in plan.departements)
        )

    def _topic_text(self) -> str:
        """The query without the places and the theme it names ('du Nord', 'du réemploi'):
        where the structures stand and their theme filter the list, and are no thing they
        mention or a difficulty is about."""
        text = _without_places(self.plan.query, self.plan.places)
        for pattern in lx.THEME_NAMES.values():
            text = pattern.sub(" ", text)
        return text

    def mentioning(self) -> list[StructureHit] | None:
        """Class: 'which structures mention a shop?', 'lesquelles citent des bénévoles ?':
        every structure within the place and theme asked whose fiche names the thing, quoted
        with a sentence naming it (`mentioned_things`); None when the question asks no such
        thing, or no fiche names it (then the usual list reads it)."""
        return self._naming(mentioned_things.asks_who_mentions, mentioned_things.things_mentioned)

    def having(self) -> list[StructureHit] | None:
        """Class: 'which structures have volunteers?', 'quelles structures de l'alimentation
        ont des bénévoles ?', 'qui a des salariés en insertion ?', 'which re-use ones have a
        shop?': as `mentioning`, asked by the verb of having."""
        return self._naming(mentioned_things.asks_who_has, mentioned_things.things_had)

    def _naming(
        self,
        asks: Callable[[str], bool],
        read: Callable[[str, str], list[topic_words.Glossed]],
    ) -> list[StructureHit] | None:
        """The structures within the place and theme asked whose fiche names the things a
        list question `asks` for (`read` from its words), each quoted with a sentence naming
        them; None when it asks none or no fiche names them."""
        if self.plan.target_source != "any" or not asks(self.plan.question):
            return None
        things = read(self._topic_text(), self.lang)
        if not things:
            return None
        scope = [f.id for f in self.engine.corpus.fiches if self._in_asked_scope(f)]
        held = mentioned_things.mentioning(things, self.engine.mentions.vocab, scope)
        if not held:
            return None
        self.things = things
        return self._hits(held)

    def struggling(self) -> list[StructureHit] | None:
        """Class: 'qui a des problèmes de locaux ?', 'which ones say they lack volunteers?':
        the structures within the place and theme asked with a sentence stating a difficulty,
        a lack or a need about the topic asked, quoted with it (`difficulty_lists`); None when
        the question asks no such thing or no fiche states one (then the usual list reads it)."""
        if self.plan.target_source != "any":
            return None
        topics = difficulty_lists.topics_asked(self._topic_text(), self.lang)
        if not topics:
            return None
        said = difficulty_lists.difficulty_sentences(self.engine, topics)
        held = [f.id for f in self.engine.corpus.fiches if f.id in said and self._in_asked_scope(f)]
        if not held:
            return None
        self.quoted = {f: frozenset(said[f]) for f in held}
        return self._hits(held)

    def named_aside(self, listed: list[StructureHit]) -> list[StructureHit]:
        """A kind of structure asked that no structure is, only names as another party ('Y
        a-t-il un repair café ?' of a fiche passing toys on to one, `kind_aside`): the
        fiches naming it, quoted as the nearest, under a head saying none is one (`compose`),
        not a list of them as if they were. A place asked: the structures standing there
        ('Is there a ressourcerie in Amiens?' of the one structure there with 'un projet de
        ressourcerie', the booklet's ressourcerie standing elsewhere)."""
        plan = self.plan
        placed = bool(plan.places or plan.departements)
        within = (
            frozenset(f.id for f in self.engine.corpus.fiches if self._in_asked_scope(f))
            if placed
            else None
        )
        aside = named_only_aside(self.engine, plan.question, within)
        if aside is None:
            return listed
        self.kind_aside = aside
        self.kind_aside_place = ", ".join(plan.places) or ", ".join(
            DEPARTEMENTS.get(code, code) for code in plan.departements
        )
        return self._hits(list(aside.namers))

    def central(self, listed: list[StructureHit]) -> list[StructureHit]:
        """A list holds the structures whose fiche states what is asked as what they are or
        do, not those that only mention it in passing (`list_scope.passing_holders`): 'which
        structures are ressourceries?' is not answered with a partner list naming
        ressourceries. Names asked decide a list of their own (a funder is named in passing
        by nature); a list every structure would drop stays as it is. Asked which structures
        mention it (`lx.MENTION_ASKED`), a fiche naming it in passing is one."""
        if not listed or self.names:
            return listed
        if lx.MENTION_ASKED.search(fold(self.plan.question)):
            return listed  # 'lesquelles mentionnent des ressourceries ?': in passing too
        topic = _without_places(self.plan.query, self.plan.places)
        passing = list_scope.passing_holders(self.engine, topic, [s.fiche_id for s in listed])
        kept = [s for s in listed if s.fiche_id not in passing]
        # a kind of structure asked: those of that kind the search ranked lower are listed too,
        # when they hold the other things asked as well ('qui récupère du poisson pour l'aide
        # alimentaire ?': a food-aid structure with no fish is no answer)
        within, chosen = self._within(), {s.fiche_id for s in kept}
        kinds = list_scope.kind_holders(self.engine, topic, SHARED_TOPIC_MAX)
        two = list_scope.asks_two_lists(self.plan.question)  # (each list its own things)
        groups = [] if two else list_scope.value_groups(self.plan.query, self.values)
        others = [
            f.id
            for f in self.engine.corpus.fiches
            if f.id in kinds
            and f.id not in chosen
            and within(f)
            and self._located(f)
            and list_scope.holds_groups(self.engine, f.id, groups)
            and (not self.plan.departements or f.contact.departement_code in self.plan.departements)
        ]
        return (kept + self._hits(others)) or listed

    def _within(self) -> Callable[[Fiche], bool]:
        """Whether a fiche is within the filters applied (booklet, département, theme…)."""
        corpus = self.engine.corpus
        within = resolve_filters(self.applied, corpus.fiches, corpus.booklets)
        return lambda f: within is None or within.matches_fiche(f)

    def _area(self) -> str | None:
        """The area of the region a list is asked of (`list_scope.area_asked`), read without
        the names of the structures the question names ('Les Copains de Thiérache', 'les
        Producteurs des Vallées de l'Oise' name a structure, not an area)."""
        question = self.plan.question
        named = self.engine.mentions.mentioned(question)
        if named:
            question = self.engine.mentions.without_names(question, named)
        return list_scope.area_asked(question, self.plan.places)

    def _located(self, fiche: Fiche) -> bool:
        """Whether a structure stands in the towns the question names ('Y a-t-il des
        structures à Calais ?', 'une recyclerie à Lille ?', 'based in Compiègne'): its town,
        postcode or head office (`stands_in`), not a fiche mentioning the town as a partner's,
        a street's ('route de Compiègne'), a département's ('Pas-de-Calais') or an area's
        ('Métropole Européenne de Lille'): asked of a place, a list holds the structures there,
        and when none is, the answer says where the nearest ones stand."""
        places = self.plan.places
        area = self._area()
        if area is not None:  # 'près de Lens', 'dans la MEL': the structures of that area
            return list_scope.in_area(fiche, area) or bool(places and stands_in(fiche, places))
        return not places or stands_in(fiche, places)

    def _every(self, keep: Callable[[Fiche], bool]) -> list[StructureHit]:
        """Every structure within the filters and the place asked that `keep` accepts, in
        the order of the search, those it did not reach after."""
        within = self._within()
        fiches = [
            f for f in self.engine.corpus.fiches if keep(f) and within(f) and self._located(f)
        ]
        return self._hits([f.id for f in fiches])

    def _hits(self, fiche_ids: list[str]) -> list[StructureHit]:
        """These structures as search hits: their own from the search, else their best passages
        for the question within their fiche; search order first."""
        by_id = {s.fiche_id: s for s in self.result.structures}
        wanted = set(fiche_ids)
        hits = [by_id[f] for f in by_id if f in wanted]
        missing = [f for f in fiche_ids if f not in by_id]
        if not missing:
            return hits
        # one search within all of them, not one per fiche; a fiche it does not reach (its
        # passages all ranked below the others') is searched alone
        query = searchable(self.plan.query)
        top_k = min(MAX_TOP_K, TOP_K * len(missing))
        found = {
            s.fiche_id: s
            for s in self.engine.search(
                query, top_k=top_k, filters=Filters(fiche_ids=missing)
            ).structures
        }
        for fiche_id in missing:
            if fiche_id not in found:
                alone = self.engine.search(
                    query, top_k=TOP_K, filters=Filters(fiche_ids=[fiche_id])
                )
                found.update({s.fiche_id: s for s in alone.structures[:1]})
            if fiche_id in found:
                hits.append(found[fiche_id])
        return hits

    def named(self, chosen: list[StructureHit]) -> list[StructureHit]:
        """A list asking about names the booklet holds ('financées par la DREETS', 'the
        COORACE network', 'Crédit Agricole among their funders') holds the structures whose
        fiche names one of them: a qualified one that names none only shares words with the
        question, and one the search ranked lower still states it. When the search reached no
        structure naming them, the names are not what is asked: nothing changes."""
        if not chosen:
            return chosen
        if not self.names:  # 'membre du réseau chantier école': a network line's body
            return self._members_by_line(chosen)
        holders = {f for n in self.names for f in n.holders}
        # a fiche naming the body only as the backer of another actor's scheme ('le REGAL que
        # le pays a mis en place … avec l'appui financier de l'ADEME') is none of its partners
        # (its backing asked: 'financées par', 'got money from'; not who mentions it)
        question = self.plan.question
        if body_list.ties(question) and not mentioned_things.asks_who_mentions(question):
            raw = list_scope.fiche_texts(self.engine).raw
            holders = {
                f
                for f in holders
                if not all(
                    body_of_another.names_only_as_anothers(raw[f], [n.text, *n.forms])
                    for n in self.names
                    if f in n.holders
                )
            }
        # (a proper name of several capitalised words, 'France Active', is asked as written)
        proper = any(len(n.text.split()) > 1 and n.text.istitle() for n in self.names)
        if not proper and not holders & {s.fiche_id for s in self.result.structures}:
            return chosen
        # membership asked ('membres de la CRESS'): a network line names it, not a partner's
        held = membership.members(
            self.engine.corpus.fiches, self.plan.question, [n.text for n in self.names]
        )
        if held is not None:
            holders &= held
        within = self._within()
        extra = [
            f.id
            for f in self.engine.corpus.fiches
            if f.id in holders and f.id not in {s.fiche_id for s in chosen} and within(f)
        ]
        return [s for s in chosen if s.fiche_id in holders] + self._hits(extra)

    def _members_by_line(self, chosen: list[StructureHit]) -> list[StructureHit]:
        """A membership list naming a body in lowercase: the structures whose network line
        names it (membership.members_by_line); the list as it is when none does."""
        held = membership.members_by_line(self.engine.corpus.fiches, self.plan.question)
        if held is None:
            return chosen
        within = self._within()
        chosen_ids = {s.fiche_id for s in chosen}
        extra = [
            f.id
            for f in self.engine.corpus.fiches
            if f.id in held and f.id not in chosen_ids and within(f) and self._located(f)
        ]
        return [s for s in chosen if s.fiche_id in held] + self._hits(extra)

    def topical(self, qualifying: list[StructureHit]) -> list[StructureHit]:
        """Keep the structures that state the question's distinctive topic. A term of the
        question that a few structures of a booklet share (2 to SHARED_TOPIC_MAX of them) and
        that the best structure's evidence holds is what the question is about ('cuisine',
        'territorial'); a structure whose text never holds one matched only on common words."""
        if len(qualifying) < 2:
            return qualifying
        vocab = self.engine.mentions.vocab
        terms = {t for t in analyze(self.plan.query) if not t.isdigit() and len(t) > 2}
        if self.lang == "en":  # the question's topic in the booklet's French
            words = topic_words.topic_words(self.plan.query, lx.GENERIC_TOPIC_EN)
            terms |= {t for t in topic_words.french_stems(words) if len(t) > 2}
        top = qualifying[0]
        top_sentence = (
            set(analyze(self.engine.sentences[top.sentence].text)) if top.sentence >= 0 else set()
        )
        topic = {
            t
            for t in terms & top_sentence
            if 2 <= self.engine.mentions.holders(t) <= SHARED_TOPIC_MAX
            and t not in lx.EVENT_NAMES  # 'during the Covid crisis' sets a time, not a topic
        }
        if not topic:
            return qualifying
        return [s for s in qualifying if s is top or topic & vocab.get(s.fiche_id, set())]

    def holding_values(self, qualifying: list[StructureHit]) -> list[StructureHit]:
        """A list asking for a kind of activity, sector or public that few structures have
        ('click & collect qui ?', 'des paniers solidaires', 'upholstery workshops?', 'who works
        with women?'): what the facet tables read in the question, synonyms and both languages
        included, held by 1 to SHARED_TOPIC_MAX fiches of the booklet. The list holds the
        structures whose fiche states it, those the search ranked lower or did not reach
        included (the fiche may say it in other words, or in another section), and not those
        that qualified on other words ('commander en ligne … en boutique' lists the shops that
        sell online, not every shop). Nothing changes when none that qualified states it: the
        search did not read the question as asking for that value."""
        if not qualifying or self.plan.target_source != "any":
            return qualifying
        values = list_scope.topic_values(
            self.engine,
            self.plan.query,
            max_holders=SHARED_TOPIC_MAX,
            stating=True,
            stating_share=list_scope.MAX_KIND_SHARE,
        )
        # a kind of activity many structures state ('sensibilisation', 'collecte') decides a
        # vague list alone; beside a rarer thing asked ('order online, then collect') it is
        # how that thing is done, and no further condition
        broad = [v for v in values if self._broad(v)]
        # a thing qualified in one phrase ('des légumes bio'), a broad thing included
        qualified = qualified_thing.phrase_pairs(self.plan.query, values, self.lang)
        if len(broad) < len(values):
            values = [v for v in values if v not in broad]
        if not values:
            return qualifying
        # each thing asked, or one of those offered as alternatives ('online or via click
        # and collect', 'des jouets ou des livres')
        groups = list_scope.value_groups(self.plan.query, values)
        either = any(len(g) > 1 for g in groups)
        # 'or plan to', 'ou comptent le faire': a kind only aimed at is held too
        aimed = bool(lx.AIM_ASKED.search(fold(self.plan.question)))

        def held(engine: Engine, value: tuple[str, str]) -> frozenset[str]:
            return list_scope.value_holders(engine, value, aimed)

        holders = {
            f.id
            for f in self.engine.corpus.fiches
            if list_scope.holds_groups(self.engine, f.id, groups, held)
        }
        # a kind the lexicon gathers for lists ('EU funding', 'déchetteries') is what is asked
        # however the search ranked: an English question reaches few French passages
        kinds = all(v[0] == list_scope.KIND for v in values)
        if not kinds and not any(s.fiche_id in holders for s in qualifying):
            return qualifying
        # the value in the words asked, bound together, over a synonym of it, when several
        # fiches write these words: a kind of its own ('paniers solidaires' among the forms
        # of food aid), not one fiche's wording of a shared value ('vente en ligne')
        # ... not held by those whose fiche says against it, when others hold it
        for pair in qualified:
            against = qualified_thing.contradicted(self.engine, pair)
            if holders - against and not either:
                holders -= against
        worded = list_scope.worded_as_asked(self.engine, self.plan.query, values)
        if len(worded & holders) >= 2 and not either:  # alternatives: each in its own words
            holders &= worded

        # one the search did not qualify is added when it states each value as what it does,
        # where more structures than SHARED_TOPIC_MAX name it ('bois': three work it, a
        # fourth names 'ameublement' once among its textiles)
        def stating(engine: Engine, value: tuple[str, str]) -> frozenset[str]:
            named = list_scope.value_holders(engine, value, aimed)
            if value[0] == list_scope.KIND or len(named) <= SHARED_TOPIC_MAX:
                return named
            return list_scope.stating_holders(engine, value)

        adding = {f for f in holders if list_scope.holds_groups(self.engine, f, groups, stating)}
        within = self._within()
        kept = [s for s in qualifying if s.fiche_id in holders]
        chosen = {s.fiche_id for s in kept}
        others = [
            f.id
            for f in self.engine.corpus.fiches
            if f.id in adding and f.id not in chosen and within(f)
        ]
        self.value_holders, self.values = chosen | set(others), values
        return kept + self._hits(others)

    def _broad(self, value: tuple[str, str]) -> bool:
        """Whether more than SHARED_TOPIC_MAX fiches state a value as what they do: a kind of
        activity many structures have, which `topic_values` admits up to MAX_KIND_SHARE."""
        if value[0] == list_scope.KIND:
            return False
        return len(list_scope.stating_holders(self.engine, value)) > SHARED_TOPIC_MAX

    def holding_things(self, qualifying: list[StructureHit]) -> list[StructureHit]:
        """Keep the structures whose fiche names the things the question names, when those are
        distinctive (held by 1 to SHARED_TOPIC_MAX fiches of a booklet): 'du poisson', 'fish',
        'des jouets'. A structure whose fiche never names the fish asked does not state that
        it sells fish, however close its sentences; one the search reached but did not qualify
        that names every thing asked is kept too, when these things are rare (RARE_FICHES).
        Several things ('clothes and toys'): those naming one of them, as a founder asking
        means either. A place asked is checked even when one structure qualified: the search
        filtered to the place ('the Somme') leaves its only structure, which may do the
        activity asked ('reuses') on other things than those asked ('books')."""
        if len(qualifying) < 2 and not (
            (self.plan.places or self.plan.departements) and self._asks_structures()
        ):
            return qualifying
        vocab = self.engine.mentions.vocab
        if self.lang == "en":
            things = [g for g in topic_words.topic_words(self.plan.query, lx.GENERIC_TOPIC_EN)]
        else:
            things = topic_words.french_things(self.plan.query)
        # a body decides the list: the words tying to it are no things ('soutenues par')
        tied = body_list.ties(self.plan.question) | body_list.ties(self.plan.query)
        if self.names:
            things = [g for g in things if fold(g.word) not in tied]
        named = things
        things = [g for g in self._distinctive(things) if not self._a_value_asked(g)]
        things = [g for g in things if not self._a_place_asked(g) and not self._a_theme_word(g)]
        if not things:
            things = self._things_had(named)
        if not things and self.lang != "en":
            # 'des personnes handicapées': the noun every fiche has, its qualifier what is asked
            # (not one naming the value that decided the list: 'alimentaire' of 'aide
            # alimentaire', which a fiche distributing solidarity baskets need not write)
            qualifiers = topic_words.french_qualifiers(self.plan.query)
            things = [
                g
                for g in self._distinctive(qualifiers)
                if not self._a_value_asked(g) and not self._a_theme_word(g)
            ]
            if self.names:
                things = [g for g in things if fold(g.word) not in tied]
        if not things:
            return qualifying
        self.things = things

        def holds(fiche_id: str, every: bool = False) -> bool:
            held = [g.held_by(vocab.get(fiche_id, set())) for g in things]
            return all(held) if every else any(held)

        kept = [s for s in qualifying if holds(s.fiche_id)]
        if not kept and not (self.plan.places or self.plan.departements):
            return qualifying
        # A place asked: the structures naming the thing are those the place may hold ('a bike
        # repair workshop in Lille'); none qualified naming it only shared the place's words.
        # a structure the search reached but ranked lower, whose fiche names the thing, states
        # it as much as those that qualified ('des masques': every fiche naming masks)
        chosen = {s.fiche_id for s in kept}
        if any(self._holders(g) > RARE_FICHES for g in things):
            return kept  # a thing several fiches name in passing is no evidence alone
        within = self._within()
        reached = [
            s
            for s in self.result.structures
            if s.fiche_id not in chosen
            and holds(s.fiche_id, every=True)
            and (self.value_holders is None or s.fiche_id in self.value_holders)
            and within(self.engine.corpus.fiche(s.fiche_id))
        ]
        return kept + reached

    def _things_had(self, named: list[topic_words.Glossed]) -> list[topic_words.Glossed]:
        """Class: a list asking which structures have a thing ('which ones have volunteers?',
        'quelles structures ont des bénévoles ?', 'lesquelles disposent d'un camion ?'): the
        thing had is all that is asked, so a fiche never naming it does not say it has it,
        however many others name it (not distinctive, yet telling). A thing every fiche of
        the booklet names tells none apart."""
        folded = fold(self.plan.question)
        if not (lx.WHICH_HAVE.search(folded) and lx.THING_HAD.search(folded)):
            return []
        every = len(self.engine.corpus.fiches)
        return [
            g
            for g in named
            if g.thing
            and not g.stems & lx.EVENT_NAMES
            and not self._a_value_asked(g)
            and not self._a_place_asked(g)
            and 1 <= self._holders(g) < every
        ]

    def _a_theme_word(self, thing: topic_words.Glossed) -> bool:
        """Whether a 'thing' the question names is a word of the booklet's theme it asks by
        its title ('Dans l'alimentation DURABLE, quelles structures sont des chantiers
        d'insertion ?', 'among the sustainable food ones, which have volunteers?', 'côté
        réemploi, lesquelles ont un agrément ACI ?'): the theme is where the list's structures
        are filed (`plan.theme`), not a thing their fiche must name."""
        theme = self.plan.theme
        word = list_scope.plain(thing.word)
        return bool(theme and word) and word in list_scope.plain(theme).split()

    def _a_place_asked(self, thing: topic_words.Glossed) -> bool:
        """Whether a 'thing' the question names is the place it asks ('dans le Nord',
        'in the Somme'): the place is where the list's structures stand (`placed`), not a
        thing their fiche names ('le département du Nord' among a partner line's)."""
        places = [*self.plan.places, *DEPARTEMENTS.values()]
        word = list_scope.plain(thing.word)
        return any(word and word in list_scope.plain(p).split() for p in places)

    def _a_value_asked(self, thing: topic_words.Glossed) -> bool:
        """Whether a thing the question names is the kind of activity that decided the list
        (`holding_values`): its fiches are chosen already, however they spell it
        ('déchèteries', 'déchetteries'); or whom it is for ('des paniers solidaires aux
        familles'): fiches name their public in too many ways ('foyers', 'personnes à
        faibles revenus') for one word of it to narrow a kind they all state."""
        if self.value_holders is None:
            return False
        if _names_a_public(thing.word):
            return True
        words = list_scope.value_words(self.plan.query, self.values)
        if re.search(rf"\b{re.escape(fold(thing.word))}\b", words):
            return True
        return bool(set(list_scope.topic_values(self.engine, thing.word)) & set(self.values))

    def narrowed_by_things(self, focus: list[StructureHit]) -> list[StructureHit]:
        """Of the structures in focus, those whose fiche names the things a narrowing follow-up
        asks ('which one sells toys?', 'laquelle fait des paniers de légumes ?'): a thing
        tells them apart when some of them name it and others do not, however many fiches
        of the booklet name it; none telling them apart keeps them all. A distinctive thing
        none of the list names is answered by the booklet's structures naming it
        (narrowed_elsewhere.py)."""
        vocab = self.engine.mentions.vocab
        if self.lang == "en":
            things = topic_words.topic_words(self.plan.question, lx.GENERIC_TOPIC_EN)
        else:
            things = topic_words.french_things(self.plan.question)
        things = [g for g in things if g.thing and not g.stems & lx.EVENT_NAMES]
        # a distinctive thing none of the list names: those of the booklet naming it
        # (the whole list: 'apart from the fish one?' names a thing of the one it leaves out)
        listed = [*self.plan.among, *self.plan.targets] or [s.fiche_id for s in focus]
        every = [f.id for f in self.engine.corpus.fiches]
        asked = self._distinctive(things)
        elsewhere = narrowed_elsewhere.holders_elsewhere(asked, listed, vocab, every)
        if elsewhere:
            self.things, self.listed_elsewhere = asked, True
            return self._hits(elsewhere)
        if len(focus) < 2:
            return focus
        holders = {
            g.word: {s.fiche_id for s in focus if g.held_by(vocab.get(s.fiche_id, set()))}
            for g in things
        }
        telling = [g for g in things if 0 < len(holders.get(g.word, set())) < len(focus)]
        if not telling:
            return focus
        self.things = telling
        kept = [s for s in focus if all(s.fiche_id in holders[g.word] for g in telling)]
        if not kept:  # no one names them all: those naming most
            most = max(sum(s.fiche_id in holders[g.word] for g in telling) for s in focus)
            kept = [s for s in focus if sum(s.fiche_id in holders[g.word] for g in telling) == most]
        return kept

    def _holding_asked_values(self, focus: list[str]) -> list[str] | None:
        """Class: a narrowing follow-up asking for an activity, a sector or a public ('et parmi
        elles, lesquelles emploient des salariés en insertion ?', 'only those with employees
        on integration contracts?', 'parmi elles, lesquelles font des paniers solidaires ?'):
        of the structures in focus, those whose fiche holds what the facet tables read in the
        follow-up, when some do and others not (None otherwise), whether or not the search
        qualified them. The words alone ('salariés') are held by every fiche naming its staff
        or its customers' employees; the phrase's value ('en insertion') tells them apart."""
        question = self.plan.question
        values = list_scope.topic_values(self.engine, question)
        # a word inside a longer phrase naming a value ('classes' of 'cooking classes') names
        # no value of its own
        found = match_words(question, list_scope.TOPIC_FACETS)
        spans = [(m.start, m.end) for m in found]
        whole = {
            (m.facet, m.value)
            for m in found
            if not any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in spans)
        }
        values = [v for v in values if v in whole or v[0] == list_scope.KIND]
        if not values:
            return None
        groups = list_scope.value_groups(question, values)
        holding = [f for f in focus if list_scope.holds_groups(self.engine, f, groups)]
        return holding if 0 < len(holding) < len(focus) else None

    def _distinctive(self, things: list[topic_words.Glossed]) -> list[topic_words.Glossed]:
        """The things a few fiches name (1 to SHARED_TOPIC_MAX of a booklet), that are no
        name's kind and no event."""
        kinds = self._name_kinds()
        return [
            g
            for g in things
            if g.thing
            and not g.stems <= kinds
            and not g.stems & lx.EVENT_NAMES  # 'pendant le confinement': a time, no thing
            and 1 <= self._holders(g) <= SHARED_TOPIC_MAX
        ]

    def _name_kinds(self) -> set[str]:
        """Words that name or qualify a name rather than a thing: the names asked, and the
        sector acronyms the query holds with their spelt-out forms ('la SCIC CAP3C', 'société
        coopérative d'intérêt collectif')."""
        folded = fold(self.plan.query)
        words = list_scope.name_words(self.names)
        for short, long in lx.ACRONYMS.items():
            if re.search(rf"\b{short}\b", folded) or fold(long) in folded:
                words |= set(analyze(short)) | set(analyze(long))
        return words

    def _holders(self, thing: topic_words.Glossed) -> int:
        """How many fiches name the thing, in the booklet where most do."""
        vocab = self.engine.mentions.vocab
        counts: dict[str, int] = {}
        for fiche in self.engine.corpus.fiches:
            if thing.held_by(vocab.get(fiche.id, set())):
                counts[fiche.booklet] = counts.get(fiche.booklet, 0) + 1
        return max(counts.values(), default=0)

    def placed(self, qualifying: list[StructureHit]) -> list[StructureHit]:
        """A list asked of a place keeps the structures there that would qualify anywhere:
        within a place filter the best structure always qualifies, even when it only shares the
        place with the question ('Which structures in the Somme work on food?')."""
        plan = self.plan
        area = self._area()
        if plan.target_source != "any" or not (plan.places or plan.departements or area):
            return qualifying
        kept = qualifying
        if plan.places or area:  # of those standing there, those of the kind asked, if one is
            fiche = self.engine.corpus.fiche
            kept = [s for s in kept if self._located(fiche(s.fiche_id))]
            kept = self._of_kind_asked(kept, plan.places)
            # (not when its name is asked: 'le bar-tabac de Carlepont, il s'appelle comment ?'
            # asks of a thing the fiche does not name, no structure to list)
            named_asked = unnamed_thing.name_asked(plan.question)
            if not kept and plan.places and not area and not named_asked:
                # 'Which shop in Carlepont hands out the Oise farm orders?': a town no
                # structure stands in, that one fiche names as a site's (`_place_inside_one`)
                inside = self._place_inside_one(qualifying or self.result.structures, plan.places)
                if inside:  # quoted where its fiche names the town: why it is listed
                    held = frozenset(s.fiche_id for s in inside)
                    towns = [list_scope.AskedName(p, held) for p in plan.places]
                    self.names = [*self.names, *towns]
                    return inside
        # ('Which structures have their head office in Lille?': the head office says where,
        # as 'based' does; the place is checked on the card's head-office line, `stands_in`)
        # ('je regarde les structures du Nord': the asker's opening is no topic)
        asked = request_opening.without_request(plan.query)
        topic = lx.HEAD_OFFICE_ASKED.sub(" ", _without_places(asked, plan.places))
        # names asked decide the list already ('ACI Pas-de-Calais': those of the place naming
        # it); the topic searched anywhere would keep only the best-ranked of them
        named = any(s.fiche_id in n.holders for n in self.names for s in kept)
        if not named and any(t not in lx.LOCATED_WORDS for t in analyze(topic) if not t.isdigit()):
            anywhere = self.engine.search(topic, top_k=TOP_K, filters=self.filters)
            allowed = {s.fiche_id for s in self.topical(anywhere.qualifying)}
            kept = self._doing_what_asked(
                [s for s in kept if s.fiche_id in allowed], topic
            ) or self._doing_it_there(topic)
        if not kept:
            self._say_place_gap()
        return kept

    def _doing_it_there(self, topic: str) -> list[StructureHit]:
        """A place and a kind of activity ('recycleries Nord ?', 'food aid Aisne', 'épiceries
        solidaires dans l'Aisne'), where no structure standing there qualified for the topic
        searched anywhere (the best ones elsewhere set too high a bar): the structures standing
        in the place whose fiche holds what the topic names, read through the facet tables'
        synonyms (recyclerie ≈ ressourcerie ≈ objets; food aid ≈ aide alimentaire ≈ paniers
        solidaires), in the search's order. Only the values that set some structures apart
        count (not 'vente', which all hold); a structure must hold each of them."""
        wanted = list_scope.topic_values(self.engine, topic)
        if not wanted:
            return []
        within, plan = self._within(), self.plan
        there = [
            f.id
            for f in self.engine.corpus.fiches
            if within(f)
            and (not plan.departements or f.contact.departement_code in plan.departements)
            and (not plan.places or stands_in(f, plan.places))
            and list_scope.holds_values(self.engine, f.id, wanted)
            and self._names_a_thing(f.id)
        ]
        return self._hits(there)

    def _doing_what_asked(self, kept: list[StructureHit], topic: str) -> list[StructureHit]:
        """Of the structures of a place the topic's search kept, those whose fiche holds what
        the topic names through the facet tables (`list_scope.topic_values`: the sector and
        the activity), when it names any. Class: an activity on a matter asked in a place
        ('Which structures collect electronic waste in the Pas-de-Calais?', 'qui recycle des
        ordinateurs dans le Nord ?', 'who collects textiles in the Somme?'): a structure there
        whose sentence shares a word in passing ('le recours au numérique pour la vente en
        ligne') does not work on that matter; none kept, the place's structures holding it
        are looked for again (`_doing_it_there`), and none there says so."""
        wanted = list_scope.topic_values(self.engine, topic) if kept else []
        if not wanted:
            return kept
        return [s for s in kept if list_scope.holds_values(self.engine, s.fiche_id, wanted)]

    def _asks_structures(self) -> bool:
        """Whether the question asks which structures there are ('quelles structures …',
        'which Somme structures …', 'y a-t-il une …', 'is any structure …'), not something of
        one it describes ('Qui paie les dépenses du drive dans l'Oise ?', 'la ferme bio de
        Villeneuve d'Ascq, elle bosse avec … ?'), whose things are what is asked of it."""
        folded = fold(self.plan.question).strip()
        # ('qui …' / 'who …' alone opens a question of one as often as a list)
        framed = [m.group(0) for m in lx.LIST_FRAME.finditer(folded)]
        return bool(
            any(f.strip() not in ("qui", "who") for f in framed)
            or lx.EXISTENCE_FRAME.match(folded)
            or lx.EXISTENCE_FRAME_EN.match(folded)
            or stated_topic.existence_body(folded) is not None
        )

    def _names_a_thing(self, fiche_id: str) -> bool:
        """Whether the fiche names one of the distinctive things the list asks (`self.things`,
        read by `holding_things`), or the list asks none. Class: a place and an activity on a
        thing ('which structure in the Somme reuses books?', 'qui récupère des livres dans la
        Somme ?', 'a computer refurbisher in the Nord?'): a structure of the place doing the
        activity ('réemploi') on other things does not state it does so on the thing asked,
        which another place's fiche names."""
        if not self.things or not self._asks_structures():
            return True
        held = self.engine.mentions.vocab.get(fiche_id, set())
        return any(g.held_by(held) for g in self.things)

    def _say_place_gap(self) -> None:
        """Why a list asked of a place is empty: what the booklet presents there instead."""
        plan = self.plan
        if not (plan.places or plan.departements):
            return
        there = self._structures_there()
        place = ", ".join(plan.places) or ", ".join(
            DEPARTEMENTS.get(code, code) for code in plan.departements
        )
        near = [n for n in self._structures_near() if n not in there]
        # (structures near are those of the département of a town asked: it has a code)
        code = next((c for c in map(list_scope.departement_of, plan.places) if c), "")
        departement = DEPARTEMENTS.get(code, code)
        if there:
            self.place_gap = say("reason_place", self.lang, place=place, names=", ".join(there))
            if near:  # 'à Lille': the head office there, the Nord's others near it
                also = say(
                    "reason_place_also", self.lang, departement=departement, names=", ".join(near)
                )
                self.place_gap += also
        elif near:
            self.place_gap = say(
                "reason_place_near",
                self.lang,
                place=place,
                departement=departement,
                names=", ".join(near),
            )
        else:
            self.place_gap = say("reason_place_none", self.lang, place=place)

    def _structures_there(self) -> list[str]:
        """The structures a refusal says the booklet presents in the place asked: those
        standing there, not those whose fiche only mentions it ('Université de Lille')."""
        plan = self.plan
        return [
            f.name
            for f in self.engine.corpus.fiches
            if (not plan.departements or f.contact.departement_code in plan.departements)
            and (not plan.places or stands_in(f, plan.places))
        ]

    def _structures_near(self) -> list[str]:
        """A town where no structure is: the structures of its département ('à Lille' →
        those of the Nord), what the booklet has nearest."""
        codes = {c for c in map(list_scope.departement_of, self.plan.places) if c}
        return [f.name for f in self.engine.corpus.fiches if f.contact.departement_code in codes]

    # -- refusals: the booklet never mentions what is asked ----------------------------------
    def _unknown_owner(self) -> list[str]:
        """Names the booklet never mentions that a question asks a fact of, with no structure
        named nor in focus ('How many volunteers does Oxfam have?', 'qui dirige Envie ?',
        "Decathlon's budget?"): the answer is that the booklet does not mention them — not the
        booklet's total, nor the structure the other words ranked first."""
        plan = self.plan
        if plan.target_source != "any" or plan.intent == "similar":
            return []
        bodies = unnamed_bodies(plan.question, self.engine.booklet_folded)
        if bodies:  # 'la fac d'Amiens, elle aide qui ?': a town's institution never named
            return bodies
        if plan.departements or (
            plan.places and not plan.facts_query and not self._owners_read_as_places()
        ):
            return []  # a place of its own: the place refusal says what stands there
        vocab = self.engine.lexical_vocabulary
        unknown = abstention.unknown_names(
            self.plan.question, vocab, self.lang, self.engine.booklet_folded
        )
        return [n for n in unknown if n not in plan.places or self._owners_read_as_places()]

    def _owners_read_as_places(self) -> bool:
        """Class: a fact asked of an organisation the booklet never writes, typed after 'de' or
        'of' ('What's the budget of Oxfam?', 'le budget de Decathlon'), which the planner
        takes for a town: no town the booklet or its départements know, and it holds the fact
        asked, so the refusal says the booklet never mentions it, not that no structure
        stands in « that place »."""
        plan, sources = self.plan, self.engine.corpus.sources.values()
        return bool(plan.places) and all(
            not list_scope.departement_of(p)
            and not unfiched.placed_by_booklet(p, sources)
            and not match_places(p)
            and unfiched.held_by(plan.question, p)
            for p in plan.places
        )

    def refusal(self, targets: list[StructureHit]) -> str:
        if not targets and self._owners_read_as_places():
            # 'le tonnage de RecyclJouets': a body the booklet cites, taken for a town
            owned = self._names_without_fiche()
            if owned:
                return owned
        if not targets:
            if not self.place_gap:  # a place asked alone, no structure there: say so
                self._say_place_gap()
            return self.place_gap or say("reason_no_match", self.lang)
        if self.scope:  # every structure of a place or theme: nothing else was asked
            return ""
        if self.stating_only:  # 'which ones give their floor area?': a key figure's label
            return ""  # states it, in words of its own ('m²'); none stating it is said so
        if self.quoted:  # 'des problèmes de locaux': each states it, in words of its own
            return ""
        plan = self.plan
        if len(plan.parts) == 1 and asked_value.narrows(plan.question, plan.parts[0].attribute):
            # a list asked by a card's value ('led by a man', 'le code APE 9499Z'): the value
            # is read in each card's role word or field (`_holding_asked`), not a thing the
            # booklet must write ('man', never written, is said by 'Directeur')
            return ""
        if plan.narrow and plan.target_source == "focus":  # 'Which of them sells flowers?'
            vocab = self.engine.lexical_vocabulary
            never = narrowed_unmentioned.absent_things(plan.question, self.lang, vocab)
            if never:
                return say("reason_unknown_words", self.lang, words=", ".join(never))
        if plan.target_source != "any" or plan.intent == "similar":
            return ""
        programmes = programme_named.never_written(plan.question, self.engine.booklet_folded)
        if programmes and plan.intent == "list":  # 'part of a Territoires zéro chômeur …'
            shown = ", ".join(f"« {n} »" for n in programmes)
            return say("reason_unknown_names", self.lang, names=shown)
        vocab = self.engine.lexical_vocabulary
        unknown_words = abstention.unknown_words(plan.query, vocab)
        # English words are unknown to a French booklet: only a French question, or one with
        # no word at all (markup, punctuation), abstains on this ground. A question whose only
        # words are a place asks for the structures there ('quelles initiatives dans le 62 ?').
        placed = bool(plan.departements or plan.places)
        if unknown_words == [] and placed:
            unknown_words = None
        if unknown_words and self._english_keywords_known(vocab):
            unknown_words = None  # 'upholstery workshops?': English, its things in French
        if unknown_words is not None and (self.lang == "fr" or not unknown_words):
            shown = ", ".join(f"« {w} »" for w in unknown_words[:4])
            if shown:
                return say("reason_unknown_words", self.lang, words=shown)
            return say("reason_no_words", self.lang)
        unknown = abstention.unknown_names(
            self.plan.question, vocab, self.lang, self.engine.booklet_folded
        )
        if unknown:
            return say("reason_unknown_names", self.lang, names=", ".join(unknown))
        unfiched_reason = (
            self._names_without_fiche() or self._named_in_passing() or self._fiche_of_unfiched()
        )
        if unfiched_reason:
            return unfiched_reason
        if self.lang == "en":
            return self._english_refusal(vocab) or self._thing_unbound()
        absent = self._english_things_absent(vocab)
        if absent:  # English keywords read as French ('composting restaurant food waste')
            return say("reason_unknown_words", self.lang, words=absent)
        if self.lang == "fr":
            # an existence question: what a fiche states (stated_topic); a list: its words
            folded = fold(plan.question).strip()
            existence = lx.EXISTENCE_FRAME.match(folded) or stated_topic.existence_body(folded)
            vocabs = self._stated_vocab() if existence else self.engine.mentions.vocab
            # ('quelque chose à voir avec le vélo': the phrase is no topic, filler_phrases.py)
            # ('peux-tu me lister …': the asker's opening is no topic, request_opening.py)
            asked = request_opening.without_request(filler_phrases.without_fillers(plan.question))
            placed = bool(plan.places or plan.departements or self._town_word())
            apart = abstention.missing_together(
                asked, vocabs, plan.intent == "list", complements=not placed
            )
            if existence and not apart:  # 'des cantines scolaires': one thing, one sentence
                apart = self._pairs_apart(folded) or None
            if apart and self.value_holders and all(map(_names_a_public, apart)):
                apart = []  # 'des paniers solidaires aux foyers modestes': whom, said otherwise
            if apart and self.value_holders:
                # 'soutenues par une banque ?': the kind that decided the list is written by
                # its holders in other words ('Crédit Coopératif'), its own word nowhere
                worded = list_scope.value_words(plan.query, self.values)
                apart = [w for w in apart if not re.search(rf"\b{re.escape(fold(w))}", worded)]
            if apart:
                shown = ", ".join(f"« {w} »" for w in apart)
                # 'la monnaie locale': no fiche holds it at all, which is what to say
                unheld = abstention.held_nowhere(apart, vocabs)
                return say(
                    "reason_unknown_words" if unheld else "reason_apart", self.lang, words=shown
                )
        return self._thing_unbound()

    def _thing_unbound(self) -> str:
        """A list question whose thing, named with the word defining it ('des outils de
        bricolage', 'building materials'), no sentence of the booklet states together: the
        structures sharing one word are a near miss (bound_thing)."""
        if self.plan.intent != "list":
            return ""
        corpus = self.engine.corpus
        texts = [corpus.sources[f.source][f.span.start : f.span.end] for f in corpus.fiches]
        if self.lang == "en":
            unbound = bound_thing.unbound_english(self.plan.question, texts)
        else:
            names = frozenset(
                w for f in corpus.fiches for n in _own_names(f) if n for w in fold(n).split()
            )
            unbound = bound_thing.unbound_complements(self.plan.question, texts, names)
            # 'une cantine scolaire': a noun and its adjective, read as for an existence
            unbound += bound_thing.unbound_adjectives(self.plan.question, texts)
        if not unbound:
            return ""
        shown = ", ".join(f"« {w} »" for w in dict.fromkeys(unbound))
        return say("reason_apart", self.lang, words=shown)

    def _pairs_apart(self, folded: str) -> list[str]:
        """A noun and its adjective asked in an existence question that no fiche writes in
        one sentence (stated_together)."""
        body = (
            lx.EXISTENCE_FRAME.sub("", folded)
            if lx.EXISTENCE_FRAME.match(folded)
            else stated_topic.existence_body(folded)
        )
        if not body:
            return []
        corpus = self.engine.corpus
        texts = [corpus.sources[f.source][f.span.start : f.span.end] for f in corpus.fiches]
        return stated_together.unstated_pairs(body, texts)

    def _names_without_fiche(self) -> str:
        """A figure, person, contact or date asked of a name the booklet gives only as a
        partner, network or funder of its structures ('le budget de la DRAAF', 'who runs the
        ADEME?'): no fiche states it; the refusal says which fiches name it (unfiched.py)."""
        plan = self.plan
        # several facts asked of it ('who runs Réjoué and what's their budget?'): each one's
        facts = all(p.intent in _FACT_OF_HOLDER for p in plan.parts)
        if plan.followup or not plan.parts or not facts or plan.intent not in _FACT_OF_HOLDER:
            return ""
        names = self._held_names_without_fiche()
        if not names:
            return ""
        return self._no_fiche_reason(names)

    def _no_fiche_reason(self, names: list[str]) -> str:
        """The refusal of names the booklet has no fiche for: each as the question writes it,
        and the fiches that cite it."""
        corpus = self.engine.corpus
        texts = {f.name: corpus.sources[f.source][f.span.start : f.span.end] for f in corpus.fiches}
        where = [f for n in names for f in unfiched.cited_in(n, texts)]
        question = self.plan.question
        shown = ", ".join(dict.fromkeys(f"« {unfiched.whole_name(question, n)} »" for n in names))
        return say(
            "reason_no_fiche", self.lang, names=shown, fiches=", ".join(dict.fromkeys(where))
        )

    def _fiche_of_unfiched(self) -> str:
        """Class: whether the booklet has a fiche for a name it cites only as a partner,
        network or funder of its structures ('Y a-t-il une fiche sur Emmaüs ?', 'Does the
        booklet have a page about Ecologic?', 'Coorace a sa propre fiche ?'): the fiches that
        name it are not its own; the refusal says so and names them. A structure's own names
        (even in part), a place and a word the booklet writes in lowercase are no such name
        (unfiched.names_without_fiche)."""
        plan = self.plan
        if plan.followup or plan.intent in ("similar", "aggregate"):
            return ""
        if not lx.FICHE_ASKED.search(fold(plan.question).replace("’", "'")):
            return ""
        names = self.names_without_fiche_in(plan.question)
        if not names:
            return ""
        return self._no_fiche_reason(names)

    def _named_in_passing(self) -> str:
        """Class: a structure the booklet does not cover, named by its kind and a town ('que
        fait l'atelier de la citoyenneté de Calais ?') that a fiche cites only in passing: the
        refusal says no fiche is that structure and which fiches name it
        (unfiched.named_in_passing). A fiche's own structure described by kind and town ('la
        ressourcerie de Campigneulles') stands in a fiche's town and is not refused."""
        plan = self.plan
        if plan.followup or plan.intent in ("list", "similar", "aggregate"):
            return ""
        if len(plan.places) != 1:
            return ""
        corpus = self.engine.corpus
        texts = {f.name: corpus.sources[f.source][f.span.start : f.span.end] for f in corpus.fiches}
        towns = {
            " ".join(re.findall(r"[a-z0-9]+", fold(f.contact.town)))
            for f in corpus.fiches
            if f.contact.town
        }
        found = unfiched.named_in_passing(plan.question, plan.places[0], texts, towns)
        if found is None:
            return ""
        name, where = found
        names = f"« {name} » ({plan.places[0]})"
        return say("reason_no_fiche", self.lang, names=names, fiches=", ".join(where))

    def _compared_without_fiche(self) -> str:
        """Class: a comparison with an organisation that has no fiche ('How does VESTALI's
        tonnage compare with Le Relais?', 'plus de matos qu'Emmaüs Connect ?'): the refusal
        names it, and the fiches naming it in passing (compared_side.py)."""
        if self.plan.intent in ("similar", "why_not", "list"):
            return ""
        sides = compared_side.sides_without_fiche(
            self.plan.question,
            lambda n: bool(
                self.engine.mentions.mentioned(n) or departements_in(n) or match_places(n)
            ),
        )
        if not sides:
            return ""
        corpus = self.engine.corpus
        texts = {f.name: corpus.sources[f.source][f.span.start : f.span.end] for f in corpus.fiches}
        cited = [s for s in sides if any(compared_side.written_in(s, t) for t in texts.values())]
        if not cited:
            shown = ", ".join(f"« {s} »" for s in sides)
            return say("reason_unknown_names", self.lang, names=shown)
        where = [k for s in cited for k, t in texts.items() if compared_side.written_in(s, t)]
        shown = ", ".join(f"« {s} »" for s in cited)
        return say(
            "reason_no_fiche", self.lang, names=shown, fiches=", ".join(dict.fromkeys(where))
        )

    def _unstated_bodies(self) -> list[str]:
        """Class: a body, programme or brand the booklet never states as a whole, asked in an
        ordinary question ('the Orange Foundation', 'le Crédit Mutuel', 'sur Vinted'): the
        structures sharing one of its generic words do not answer it (stated_name.py). A
        place is the place refusal's; the asker's own name is no body asked about. Asked of
        a structure the question names, it is that fiche's to state or not
        (`_body_unstated`)."""
        return [] if self._asked_of_named else self._bodies_unstated

    @property
    def _asked_of_named(self) -> bool:
        """Asked of structures the question names, or of the one in focus ('et son compte
        Instagram ?' after a turn about VESTALI); not a list, nor several in focus ('un de ces
        projets')."""
        plan = self.plan
        if plan.intent == "list":
            return False
        one_in_focus = plan.target_source == "focus" and len(plan.targets) == 1
        return plan.target_source == "named" or one_in_focus

    @functools.cached_property
    def _bodies_unstated(self) -> list[str]:
        plan = self.plan
        booklet = self.engine.booklet_text  # one object: stated_name's cache reads it once
        form = status_asked(fold(plan.question))
        return [
            n
            for n in stated_name.unstated_names(plan.question, booklet, self.lang)
            if n not in plan.places
            and not (departements_in(n) or match_places(n))
            and not abstention.asker_named(plan.question, n)
            # a person of a contact card named with a civility ('Monsieur Pillot' of
            # 'Messieurs Pillot et Labarre') is no body; person_contact.py checks them
            and not self.engine.mentions.names_person(n)
            # 'le nom du réseau de VESTALI': a kind word of a structure of the booklet asks
            # that structure's network, foundation or programme, no body named so
            and not self._kind_of_a_structure(n)
            # a legal form ('SCOPs', 'a SCIC') is a status the identity cards answer, with
            # the statuses they do give
            and not (form and lx.compiled(form.asked).search(fold(n)))
        ]

    def _kind_of_a_structure(self, typed: str) -> bool:
        """Whether a name typed is a kind word ('réseau', 'network') then, after 'de', 'du',
        'of', a structure the booklet presents."""
        match = re.match(
            r"(?i)\s*([^\W\d_]+)\s+(?:de la|de l'|de|du|des|d'|of the|of)\s*(.+)", typed
        )
        if match is None or fold(match.group(1)) not in lx.BODY_KIND_WORDS:
            return False
        return bool(self.engine.mentions.mentioned(match.group(2)))

    def asks_of_a_partner(self) -> bool:
        """A follow-up asking a figure, person, contact or date of a name the booklet gives
        only as a partner ('le budget de la DRAAF ?', "when was the SOLAAL association
        founded?") or never writes ('le budget du GAMMA ?'), pointing back at nothing ('son',
        'elle', 'their')."""
        plan = self.plan
        if not plan.followup or len(plan.parts) != 1 or plan.intent not in _FACT_OF_HOLDER:
            return False
        held = self._held_names_without_fiche()
        if any(unfiched.dislocated(plan.question, n) for n in held):
            return True  # 'et Emmaüs Connect, ils ont combien de salariés ?': 'ils' is the name
        if find_then_ask.BACK_POINTER.search(fold(plan.question)):
            return False
        if held:
            return True
        # a name the booklet never writes ('le budget du GAMMA ?' after a turn about the drive):
        # asked as if the chat had just begun, it is refused as never mentioned
        unknown = abstention.unknown_names(
            plan.question, self.engine.lexical_vocabulary, self.lang, self.engine.booklet_folded
        )
        # (a structure's initials the booklet never writes name it: 'et celui de l'APVO ?')
        unknown = [n for n in unknown if not self.engine.mentions.mentioned(n)]
        return any(unfiched.held_by(plan.question, n) for n in unknown)

    def partner_described(self) -> str | None:
        """The question without what it says in apposition of a partner it asks a fact of
        ('what's the website of INFORMA, their training partner?', 'le téléphone de GALLOO,
        le partenaire de Synapse 3i ?', 'who runs Ecologic (its eco-organisation)?'): the
        apposition describes the name, and its 'their' or structure asks nothing of a
        structure. None when the question has no such apposition (unfiched.py)."""
        question = self.plan.question
        for name in self._held_names_without_fiche():
            bare = unfiched.without_apposition(question, name)
            if bare != question:
                return bare
        return None

    def _held_names_without_fiche(self) -> list[str]:
        """The names the question holds something of ('le budget de la DRAAF', 'l'association
        SOLAAL') that the booklet gives only as a partner, network or funder."""
        return [
            n
            for n in self.names_without_fiche_in(self.plan.question)  # as planned
            if unfiched.held_by(self.plan.question, n)
        ]

    def names_without_fiche_in(self, text: str) -> list[str]:
        """The names a text gives ('ADF 02', 'SOLAAL') that the booklet gives only as a
        partner, network or funder of its structures (unfiched.py)."""
        corpus = self.engine.corpus
        return list(
            unfiched.names_without_fiche(
                text,  # the asker's own context is not asked
                corpus.sources.values(),
                [word for f in corpus.fiches for word in _own_names(f)],
                lambda w: bool(
                    departements_in(w)
                    or match_places(w)
                    or self.engine.mentions.mentioned(w)
                    or unfiched.a_place(
                        text,
                        w,
                        self.engine.booklet_words,
                        self.engine.booklet_folded,
                    )
                    or unfiched.placed_by_booklet(w, corpus.sources.values())
                    # 'the European project': an English adjective, no name
                    or (self.lang == "en" and capitalised_adjective.qualifies_a_noun(text, w))
                ),
            )
        )

    def _english_keywords_known(self, vocab: set[str]) -> bool:
        """Keywords with no function word, read as French for want of English ones
        ('upholstery workshops?', 'computer refurbishers'): English after all when the
        glossary reads each of their things, and the booklet holds each in French."""
        words = topic_words.topic_words(self.plan.query, lx.GENERIC_TOPIC_EN)
        things = [g for g in words if g.thing]
        return bool(things) and not topic_words.never_mentioned(things, vocab)

    def _english_things_absent(self, vocab: set[str]) -> str:
        """A question typed as keywords, read as French for want of English function words
        ('composting restaurant food waste initiative'): an English thing of the glossary that
        the booklet never mentions, in none of its French words nor as written, is absent."""
        plan = self.plan
        if lx.QUESTION_FORM.search(fold(plan.question)):
            return ""  # a French sentence: its words are French
        words = topic_words.topic_words(plan.query, lx.GENERIC_TOPIC_EN)
        absent = [
            g
            for g in topic_words.never_mentioned(words, vocab)
            if not any(t in vocab for t in analyze(g.word))
        ]
        return ", ".join(f"« {g.word} » ({', '.join(g.french[:3])})" for g in absent[:3])

    def _english_refusal(self, vocab: set[str]) -> str:
        """An English question read in the booklet's French (the glossary): a thing or
        activity none of whose French words the booklet holds ('mattresses': matelas,
        literie) is not there; asked whether one exists or which ones do it, the things named
        must stand together in one fiche, as `missing_together` asks of a French question."""
        plan = self.plan
        words = topic_words.topic_words(plan.query, lx.GENERIC_TOPIC_EN)
        absent = topic_words.never_mentioned(words, vocab)
        question = fold(plan.question).strip()
        if plan.intent == "list":  # 'upholstery, chairs and sofas': one unknown item of a list
            one = listed_among.spared(words, absent, question, self.engine.mentions.vocab)
            words, absent = [g for g in words if g not in one], [g for g in absent if g not in one]
        if absent:  # 'computers or screens': an alternative of a thing held is no refusal
            kept = alternatives.unmet_of(
                question, [fold(g.word) for g in words if g.thing], [fold(g.word) for g in absent]
            )
            absent = [g for g in absent if fold(g.word) in kept]
        if not absent:  # 'a local currency', 'microcredit': an economy word never written
            absent = self._economy_unworded(topic_words.economy_never_mentioned(plan.query, vocab))
        if absent:
            shown = ", ".join(f"« {g.word} » ({', '.join(g.french[:3])})" for g in absent[:3])
            return say("reason_unknown_words", self.lang, words=shown)
        exists = bool(
            lx.EXISTENCE_FRAME_EN.match(question) or stated_topic.asks_exists_en(question)
        )
        if exists or (plan.intent == "list" and lx.LIST_FRAME.search(question)):
            stated = self._stated_vocab() if exists else self.engine.mentions.vocab
            apart = topic_words.not_together(words, stated, question)
            if not apart and exists and stated is not self.engine.mentions.vocab:
                # each thing stated whole by one fiche, outside its contact lines ('homeless':
                # not the 'rue' of the addresses, nor the 'san' of 'santé')
                apart = stated_topic.things_unstated(words, stated)
            if apart:
                shown = ", ".join(f"« {g.word} »" for g in apart)
                return say("reason_apart", self.lang, words=shown)
        return ""

    def _economy_unworded(self, words: list[topic_words.Glossed]) -> list[topic_words.Glossed]:
        """Of economy words the booklet never writes, those no facet value of the list stands
        for: 'funded by a bank' is answered by the fiches naming the Crédit Coopératif, as
        the French 'soutenues par une banque ?' is (`list_scope.value_words`)."""
        if not words or not self.value_holders:
            return words
        worded = list_scope.value_words(self.plan.query, self.values)
        return [g for g in words if not re.search(rf"\b{re.escape(fold(g.word))}", worded)]

    def _stated_vocab(self) -> dict[str, set[str]]:
        """Each fiche's words outside its contact lines, which state no topic
        (stated_topic); its whole text's when the question asks the contact card."""
        corpus = self.engine.corpus
        texts = {f.id: corpus.sources[f.source][f.span.start : f.span.end] for f in corpus.fiches}
        return stated_topic.stated_vocab(self.plan.question, texts) or self.engine.mentions.vocab

    # -- evidence ---------------------------------------------------------------------------
    def _passage_found(self, filler: SlotFiller, part: PlanPart, target: StructureHit) -> Filled:
        ev: Evidence | None
        query = evidence_query(self.engine, self.plan, part)
        named = self.naming_sentence.get(target.fiche_id)
        if part.intent == "list" and named is not None:  # listed for that sentence: quoted
            ev = best_evidence(self.engine, query, self.result, target, lambda t: t == named, None)
            if ev is not None:
                return Found(target.fiche_id, ev.sentence.text, citation_for(self.engine, 0, ev))
        if part.intent == "list" and not self.scope and self._placed():
            # 'qui travaille avec des personnes en insertion dans le Nord ?': the line shows
            # where each stands; the quote shows what it does, not a partner line naming the
            # place ('Pour l'insertion professionnelle : le département du Nord, …')
            topic = _without_places(query, self.plan.places)
            query = topic if len(re.findall(r"[^\W\d_]{3,}", topic)) >= 2 else query
        reasons = self.names or self.things or self.values
        states = self._states if part.intent == "list" and reasons else None
        # an open question about the structures it names or is about ('comment récupère-t-il
        # son bois ?'): the sentence naming what it asks, wherever it stands in the fiche
        about = part.intent == "fact" and (
            self.plan.target_source != "any" or open_frame_asked(part)
        )
        fit = filler.for_part(part).fit(part, target.fiche_id) if about else None
        own = self._own_statement(part, target.fiche_id)
        ev = best_evidence(self.engine, query, self.result, target, own, fit) if own else None
        if ev is None and part.intent == "list" and not self.names:
            # what it does, before a partner line naming the words asked
            partners = list_scope.partner_lines(self.engine, target.fiche_id)
            if partners:

                def doing(sentence: str) -> bool:
                    return sentence not in partners and (states is None or states(sentence))

                ev = best_evidence(self.engine, query, self.result, target, doing, fit)
                if ev is not None and states is not None and not states(ev.sentence.text):
                    # no sentence outside its partner lines states why it is listed (a bank
                    # among its funders): the partner line stating it, not a closest other
                    ev = None
        ev = ev or best_evidence(self.engine, query, self.result, target, states, fit)
        if ev is not None and part.intent == "list" and states_nothing(ev.sentence.text):
            # a template question or an empty label shows nothing it does: its closest other
            # sentence, wherever it stands in the fiche (blank_sentences)

            def telling(sentence: str) -> bool:
                return not states_nothing(sentence) and (states is None or states(sentence))

            ev = best_evidence(self.engine, query, self.result, target, telling, fit) or ev
            if states_nothing(ev.sentence.text):  # nothing else: it is not listed (`compose`)
                return Missing(target.fiche_id, "blank")
        if ev is None:
            return Missing(target.fiche_id, "passage")
        return Found(target.fiche_id, ev.sentence.text, citation_for(self.engine, 0, ev))

    def _own_statement(self, part: PlanPart, fiche_id: str) -> Callable[[str], bool] | None:
        """For a list decided by facet values (`holding_values`), what tells a sentence
        stating one as the structure's own doing (`list_scope.own_statements`): the quote that
        shows why it is listed ('Elle … distribue des paniers solidaires'), before any
        sentence naming the value aside (a partner's line, a card field)."""
        quoted = self.quoted.get(fiche_id) if part.intent == "list" else None
        if quoted:  # the sentence stating its difficulty (`struggling`)
            return lambda sentence: sentence in quoted
        if part.intent != "list" or not self.values or self.names:
            return None
        passages = list_scope.own_statements(self.engine, fiche_id, self.values)
        if not passages:
            return None
        return list_scope.quoting(passages)

    def _placed(self) -> bool:
        """Whether the question names a place or a département its structures stand in."""
        return bool(self.plan.places or self.plan.departements or self.applied.departement)

    def _states(self, sentence: str) -> bool:
        """Whether a sentence states why a structure is listed: it names a name asked (as
        written, spelt out, or by its initials: 'Fonds social européen' for FSE) or a
        distinctive thing asked ('des jouets'). A listed structure is quoted with such a
        sentence when its fiche has one, not with one that only shares the question's
        common words."""
        folded = fold(sentence)
        if self.names:
            squeezed = re.sub(r"[^a-z0-9]", "", folded)
            tokens = set(analyze(sentence))
            runs = list_scope.initials_runs(sentence)
            for n in self.names:
                if n.body is not None:  # 'Département du Pas de Calais' for 'CD62'
                    if n.body.named_in(folded):
                        return True
                    continue
                long = lx.ACRONYMS.get(fold(n.text), "")
                if (
                    list_scope.names_it(folded, squeezed, set(), n.text)
                    or any(list_scope.names_form(sentence, folded, squeezed, f) for f in n.forms)
                    or (long and list_scope.spells_out(folded, long))
                    or list_scope.spells_initials(runs, n.text)
                    or (len(n.text.split()) == 1 and set(analyze(n.text)) <= tokens)
                ):
                    return True
            return False
        tokens = set(analyze(sentence))
        return any(g.held_by(tokens) for g in self.things) or self._states_a_value(sentence)

    def _states_a_value(self, sentence: str) -> bool:
        """Whether a sentence states a facet value that decided the list (`holding_values`):
        'qui vend via internet ?' quotes the sentence selling 'via internet', not one about
        its clients that shares the word 'vend'."""
        if not self.values:
            return False
        facets = {facet for facet, _ in self.values if facet != list_scope.KIND}
        read = {(m.facet, m.value) for m in match_words(sentence, facets)}
        folded = fold(sentence)
        return any(
            lx.LIST_KINDS_IN_TEXT[name].search(folded)
            if facet == list_scope.KIND
            else value in read
            for value in self.values
            for facet, name in [value]
        )

    def _checked_fill(
        self, filler: SlotFiller, part: PlanPart, target: StructureHit, several: bool
    ) -> Filled:
        """A part filled from a structure's fiche, then held to what the fiche states."""
        fiche = self.engine.corpus.fiche(target.fiche_id)
        filled = self._unless_blank(part, self.fill(filler, part, target))
        filled = self._body_unstated(part, filled)
        filled = self._thing_never_written(filler, part, filled)
        filled = self._sold_online(filler, part, filled)
        filled = self._property_unstated(filler, part, filled)
        filled = self._giver_level(filler, part, filled, fiche)
        filled = self._money_unstated(filler, part, filled, fiche)
        filled = self._outcome_unstated(filler, part, filled, fiche)
        filled = self._prize_won(filler, part, filled, fiche.id)
        filled = self._kind_unstated(filler, part, filled)
        filled = self._amount_of_last(filler, part, filled)
        filled = self._date_unsettled(filler, part, filled)
        filled = self._part_of_year_quoted(part, filled)
        filled = _person_unnamed(part, filled, self.engine)
        filled = self._contact_of_person(part, filled, fiche)
        filled = _unit_unheaded(part, filled, filler)
        filled = self._qualifiers_unbound(filler, part, filled, several)
        filled = self._stated_by_meaning(part, filled, several)
        filled = self._figure_bound(filler, part, filled, fiche.name, several)
        filled = counted_head.bound(filler, part, filled, self.lang)
        filled = counted_in_passage.bound(filler, part, filled, self.lang)
        filled = _thing_unnamed(filler, part, filled)
        filled = self._qualifiers_unbound(filler, part, filled, several)
        filled = duration_asked.bound(filler, part, filled, several, fiche.name)
        filled = unit_binding.bound(
            filler, part, filled, several, fiche.name, list(self.plan.years)
        )
        filled = dated_count.bound(filler, part, filled, several, list(self.plan.years))
        filled = unit_unstated(part, filled)  # 'combien de m³ ?' of '80 m²': another unit
        # last: a fact of the partner named is stated only by a sentence naming it, whichever
        # sentence the steps above settled on ('quand Synapse Picardie a-t-elle été créée ?')
        filled = self._former_body_figure(part, filled, fiche)
        return self._partner_holds(part, filled)

    def _former_body_figure(self, part: PlanPart, filled: Filled, fiche: Fiche) -> Filled:
        """Class: a figure or card field asked of a body the structure was born from, named
        in its story with the head word of its name, in any case or tense ('combien de
        salariés avait Synapse Insertion ?', 'quel était le budget de synapse picardie ?',
        'the website of Synapse Picardie?'): the card's figures are the structure's own, so
        one found answers another question (former_body.py). A sentence naming the body
        that states the fact stays the answer; its founding date and its head are told by
        the story, left to the filler."""
        if not isinstance(filled, Found) or part.yes_no or self.plan.target_source != "named":
            return filled
        if part.intent not in ("figure", "field"):
            return filled
        names = (fiche.name, fiche.identity.legal_name, fiche.identity.establishment_name)
        raw = list_scope.fiche_texts(self.engine).raw.get(fiche.id, "")
        bodies = former_body.bodies_of_fiche(raw, names)
        body = former_body.asked_body(part.text, bodies, names) if bodies else ""
        quote = fold(" ".join([filled.citation.quote, filled.value, filled.detail]))
        if not body or fold(body) in quote:
            return filled
        return Missing(filled.fiche_id, "partner_fact", nearest=filled, words=f"« {body} »")

    def _contact_of_person(self, part: PlanPart, filled: Filled, fiche: Fiche) -> Filled:
        """Class: an e-mail or a phone asked of a person the question names ('le mail de M.
        Labarre ?', "Paul Martin's phone at X?"): a person the fiche never names is missing,
        the card's detail the nearest fact; an e-mail that spells another person of the card
        ('stpillot@…' asked of Labarre) is that person's, not the one asked
        (person_contact.py). A generic address stays the answer."""
        if part.attribute not in ("field:email", "field:phone") or not isinstance(filled, Found):
            return filled
        detector = self.engine.mentions
        persons = person_contact.persons_asked(
            part.text,
            lambda n: bool(detector.mentioned(n) or match_places(n) or departements_in(n)),
        )
        if len(persons) != 1:
            return filled
        asked = person_contact.name_words(persons[0])
        if not asked:
            return filled
        raw = self.engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end]
        if not person_contact.named_in(asked, fold(raw)):
            return Missing(fiche.id, "unmentioned", nearest=filled, words=f"« {persons[0]} »")
        if part.attribute == "field:email" and person_contact.mail_of_another(asked, fiche):
            return Missing(fiche.id, "mail_of_other", nearest=filled, words=persons[0])
        return filled

    def _alternative_filled(
        self,
        filler: SlotFiller,
        part: PlanPart,
        target: StructureHit,
        several: bool,
        filled: Filled,
    ) -> tuple[PlanPart, Filled]:
        """'How many bins or points …?', 'combien de bénévoles ou d'adhérents ?', 'how many
        farms and producers …?': a count of nouns offered as alternatives or joined as one set
        is answered by the one the fiche states
        (counted_alternatives.py); the part as asked and its gap when it states none."""
        for text in counted_alternatives.second_alternatives(part.text, self.plan.question):
            other = plan_part(text, named=True)
            if other.intent != "figure" or (other.attribute, other.noun) == (
                part.attribute,
                part.noun,
            ):
                continue
            found = self._checked_fill(filler, other, target, several)
            if isinstance(found, Found):
                return other, found
        had = people_had.measure_had(part.text)
        if had is not None and part.attribute == f"measure:{had}":
            # 'La Remise Enjouée a des bénévoles ?': no count given, a sentence naming them
            # says yes (people_had.py)
            other = replace(part, intent="fact", attribute="", yes_no=True)
            found = self._checked_fill(filler, other, target, several)
            if isinstance(found, Found) and people_had.states_them(had, found.citation.quote):
                return other, found
        if part.attribute == "measure:salaries" and paid_or_voluntary.offered(part.text):
            # 'is anybody paid to help them, or is it all volunteer work?': staff counted in
            # full-time equivalents says so too (« 0,5 ETP … pour l'accompagnement »)
            other = replace(part, attribute="measure:etp")
            found = self._checked_fill(filler, other, target, several)
            if isinstance(found, Found):
                return other, found
        return part, filled

    def fill(self, filler: SlotFiller, part: PlanPart, target: StructureHit) -> Filled:
        fiche = self.engine.corpus.fiche(target.fiche_id)
        things = where_things.things_asked(part.text) if part.intent != "list" else ""
        if things and self.plan.target_source != "any":  # 'ils sont où les magasins ?'
            site_things = self._things_located(filler, fiche, things)
            if isinstance(site_things, Found) or not where_things.sites_of_its_own(things):
                return site_things
            # sites of its own placed by no sentence ('où sont ses ateliers ?'): its card's
            # address places one of them, as before
            part = PlanPart(part.text, "field", "field:address")
        if self.at_site:  # 'sont-ils toujours à Hirson ?': the sentence naming that site
            there = filler.site_sentence(fiche, self.plan.places)
            if there is not None:
                return there
        located = self.plan.places or self.applied.departement
        if self.scope and located and part.intent == "list":
            # 'Quelles structures (du réemploi) sont dans l'Aisne ?': each is listed for where
            # it stands, so its address is the quote that shows it, not a partner line naming
            # the place
            where = filler.fill(replace(part, intent="field", attribute="field:address"), fiche)
            if isinstance(where, Found):
                return where
        placed = bool(self.plan.places) and self.plan.target_source != "any"
        sectioned = part.kind in ("section", "subpart", "overview") and (
            self.plan.target_source != "any" or self.each_part
        )
        fact = part.intent == "fact"
        # a yes/no question about one structure is answered from what its fiche mentions
        # or described, not named ('Does the farm drive in the Oise deliver to homes?'): the
        # one the search found is held to what its fiche mentions as well
        asked_of = part.yes_no and (
            self.plan.target_source != "any" or not lx.ANY_SUBJECT.search(fold(part.text))
        )
        # 'is the Hirson shop still open?': the dated sentence of an opening or a closure
        # 'why was it created?': the sentence of its story telling its birth with a reason
        founding = (
            fact and self.plan.target_source != "any" and filler.asks_founding(part, fiche.id)
        )
        if part.intent in SLOT_INTENTS or (
            fact
            and (
                self.plan.years
                or placed
                or sectioned
                or asked_of
                or asks_operating(part)
                or founding
                # 'how do they keep costs down?': its lines on its expenses (costs_lowered.py)
                or (not part.yes_no and lx.COSTS_LOWERED_ASKED.search(fold(part.text)))
                or lx.FREQUENCY_ASKED.search(fold(part.text))  # 'how often …?'
                # 'des exemples de commandes en série ?' of the one in focus: the sentence
                # listing instances (examples_asked.py)
                or (
                    self.plan.target_source != "any"
                    and examples_asked.asks_examples(fold(part.text))
                )
            )
        ):
            filled = filler.fill(part, fiche)
        else:
            filled = self._passage_found(filler, part, target)
            if fact and self.plan.target_source != "any":  # 'why do they sell in series?'
                filled = filler.for_part(part).reason_beside(part, filled)
            if fact and self.plan.target_source != "any":  # 'how many per fortnight?'
                filled = filler.for_part(part).counted_in_period(part, filled)
        if (
            fact
            and isinstance(filled, Found)
            and self.plan.target_source != "any"
            and not self.plan.followup
        ):
            filled = filler.for_part(part).where_of_thing(part, fiche, filled)
        if fact and isinstance(filled, Found) and self.plan.target_source != "any":
            return filler.for_part(part).share_asked(part, filled)
        return filled

    def _things_located(self, filler: SlotFiller, fiche: Fiche, things: str) -> Filled:
        """Class: where the things of one structure are ('ils sont où les magasins ?',
        'where are their shops?'): the sentence naming them with the most towns; none placing
        them, the fiche does not say, and the sentence naming them is the nearest fact."""
        pattern = where_things.thing_pattern(things)
        naming = [
            ev
            for ev in filler.sentences(fiche.id)
            if ev.chunk.section.value != "contact" and pattern.search(fold(ev.sentence.text))
        ]
        placed = [ev for ev in naming if where_things.towns_named(ev.sentence.text)]
        if placed:
            best = max(
                placed, key=lambda ev: (where_things.towns_named(ev.sentence.text), ev.score)
            )
            return filler.found(best)
        nearest = max(naming, key=lambda ev: ev.score) if naming else None
        return Missing(
            fiche.id,
            "where_things",
            nearest=filler.found(nearest) if nearest is not None else None,
            words=things,
        )

    def _qualifiers_unbound(
        self, filler: SlotFiller, part: PlanPart, filled: Filled, several: bool
    ) -> Filled:
        """Class: a near miss about one structure answered with a neighbouring fact ('how many
        kilos of fish per week?' answered by a yearly tonnage, 'a reçu combien de UrgencESS ?'
        by a sentence with no amount): a quantity asked of one structure is answered only by
        a sentence binding each qualifier asked (bound_qualifiers.py); else the fiche does not
        state it, and the sentence found is the nearest fact. Checked before the search by
        meaning (a sentence with no amount is a gap it may fill) and again after it."""
        if (
            several
            or not isinstance(filled, Found)
            or part.yes_no
            or part.intent not in ("figure", "fact")
            or self.plan.target_source == "any"
        ):
            return filled
        figure = part.intent == "figure"
        quote = filled.citation.quote
        fiche = self.engine.corpus.fiche(filled.fiche_id)
        home = " ".join([fiche.contact.town, fiche.contact.postcode, fiche.identity.head_office])
        unbound = bound_qualifiers.unbound(part.text, quote, self.plan.places, figure, home)
        if unbound is None:
            return filled
        missing, words = unbound
        if missing == "outcome_count":  # '80% de sorties positives': the fiche's own count
            ev = filler.best_sentence(
                filled.fiche_id, lambda t: bound_qualifiers.states_outcome_count(t, part.text)
            )
            if ev is not None:
                return filler.found(ev)
        if missing == "amount":
            given = self._given_by_named_body(filler, part, fiche, figure, home)
            if given is not None:
                return given
        return Missing(filled.fiche_id, missing, nearest=filled, words=words)

    def _given_by_named_body(
        self, filler: SlotFiller, part: PlanPart, fiche: Fiche, figure: bool, home: str
    ) -> Found | None:
        """Class: a sum one structure gets from a body the question names ('il touche combien
        du Réseau par panier ?', 'how much does the Region give them per job?'), the sentence
        found first stating another sum: the sentence naming that body that binds every
        qualifier asked (bound_qualifiers.py) answers; None when no sentence does, or the
        question names no body."""
        own = set(analyze(" ".join([fiche.name, fiche.identity.legal_name])))
        bodies = [
            fold(m.group(1))
            for m in abstention.PROPER.finditer(part.text)
            if not set(analyze(m.group(1))) <= own and fold(m.group(1)) not in lx.NOT_NAMES
        ]
        if not bodies:
            return None

        def gives(text: str) -> bool:
            if not all(re.search(rf"\b{re.escape(b)}\b", text) for b in bodies):
                return False
            return bound_qualifiers.unbound(part.text, text, self.plan.places, figure, home) is None

        ev = filler.best_sentence(fiche.id, gives)
        return filler.found(ev) if ev is not None else None

    def _sold_online(self, filler: SlotFiller, part: PlanPart, filled: Filled) -> Filled:
        """'vend-il en ligne ?', 'does it sell online?': yes only from a sentence selling
        through the internet; its website line alone says no such thing (the booklet does not
        say, and the website is the nearest fact)."""
        if not (part.yes_no and isinstance(filled, Found) and asks_online_sales(part.text)):
            return filled
        if filled.planned or filled.denied or states_online_sales(filled.citation.quote):
            return filled  # 'pas encore : il s'agit maintenant de créer son site marchand'
        ev = filler.best_sentence(filled.fiche_id, states_online_sales)
        if ev is not None:
            return filler.found(ev)
        words = "« online sales »" if self.lang == "en" else "« vente en ligne »"
        return Missing(filled.fiche_id, "unmentioned", nearest=filled, words=words)

    def _prize_won(
        self, filler: SlotFiller, part: PlanPart, filled: Filled, fiche_id: str
    ) -> Filled:
        """'did they win anything?', 'a-t-elle reçu un prix ?', 'quel prix a-t-il eu ?': yes,
        or the answer, only from a sentence stating a prize (prize_won.py); none, the booklet
        does not say, the sentence found being the nearest fact."""
        # 'which prize did they win?' (not 'who gave the prize?'): of a sentence found, one
        # stating a prize; what the fiche leaves blank or unsaid stays so
        which = part.intent == "fact" and not part.yes_no and isinstance(filled, Found)
        which = which and bool(_WHICH_PRIZE.search(fold(part.text)))
        if not ((part.yes_no or which) and part.intent != "list"):
            return filled
        if not prize_won.asks_prize(part.text):
            return filled
        if isinstance(filled, Found) and prize_won.states_prize(fold(filled.citation.quote)):
            return filled
        ev = filler.best_sentence(fiche_id, prize_won.states_prize)
        if ev is not None:
            return filler.found(ev)
        nearest = filled if isinstance(filled, Found) else filled.nearest
        words = "« prize »" if self.lang == "en" else "« prix »"
        return Missing(fiche_id, "unmentioned", nearest=nearest, words=words)

    def _partner_holds(self, part: PlanPart, filled: Filled) -> Filled:
        """Class: a figure, person, contact or date asked of a partner the booklet names only
        in passing, the structure named beside it as the context ('the contact person at
        Emmaus for the Panier de la Mer drive', 'combien de salariés a COORACE pour le projet
        de VESTALI ?', 'le site web de l'ADEME, partenaire de Synapse 3i ?'): the structure's
        own fact found answers another question. The fiche decides: a found sentence naming
        the partner states the fact bound to it ('le montant de l'ADEME' quoting « … abondé
        par l'ADEME (1 500€) ») and stays the answer (unfiched.py)."""
        plan = self.plan
        if not isinstance(filled, Found) or part.yes_no or plan.target_source != "named":
            return filled
        if part.intent not in _FACT_OF_HOLDER or part.intent == "aggregate":
            return filled
        # the part's own names: in 'Quand Synapse Picardie a-t-elle été créée et combien
        # d'adhérents a Synapse 3i ?' the second part holds no partner
        text = part.text
        # a name run sharing a word with the structure's own ('Synapse Picardie', 'Synapse
        # Insertion' of Synapse 3i) is one of its former bodies: the structure's story dates
        # them (their creation, their merger, told as 'ces deux structures'), its card gives
        # none of their own facts ('le site web de Synapse Picardie')
        held = [n for n in self.names_without_fiche_in(text) if unfiched.held_by(text, n)]
        if held and part.intent == "date":
            fiche = self.engine.corpus.fiche(filled.fiche_id)
            own = {t for n in _own_names(fiche) if n for t in analyze(n) if not t.isdigit()}
            held = [n for n in held if not set(analyze(unfiched.whole_name(text, n))) & own]
        quote = fold(" ".join([filled.citation.quote, filled.value, filled.detail]))
        if not held or any(fold(n) in quote for n in held):
            return filled
        shown = ", ".join(dict.fromkeys(f"« {unfiched.whole_name(text, n)} »" for n in held))
        return Missing(filled.fiche_id, "partner_fact", nearest=filled, words=shown)

    def _part_of_year_quoted(self, part: PlanPart, filled: Filled) -> Filled:
        """Class: a figure of a whole year asked in a phrase the planner reads as a fact
        ('Tonnage de jouets collecté sur toute l'année 2021 ?'), quoted from a sentence giving
        part of the year only (« 3,5 tonnes … de janvier à fin juin 2021 »): the fiche does
        not give the whole year, that sentence is the nearest fact — as a figure part is
        held already (slots._whole_year)."""
        if part.intent != "fact" or part.yes_no or not isinstance(filled, Found):
            return filled
        if not lx.WHOLE_YEAR_ASKED.search(fold(self.plan.question)):
            return filled
        if not lx.PARTIAL_YEAR.search(fold(filled.citation.quote)):
            return filled
        return Missing(filled.fiche_id, "whole_year", filled)

    def _body_unstated(self, part: PlanPart, filled: Filled) -> Filled:
        """Class: a body, programme or brand the booklet never states, asked of a structure
        the question names ('Is VESTALI funded by the Fondation de France?', 'la fondation de
        france soutient-elle le Bois de Deux Mains ?'): a sentence sharing its generic words
        ('fondations', 'France Active') does not state it; the fiche does not say, and that
        sentence is the nearest fact. What the fiche says of its own accounts or labels
        ('the Instagram account of …') is left to the filler, which says so already."""
        if not (self._asked_of_named and isinstance(filled, Found) and self._bodies_unstated):
            return filled
        words = ", ".join(f"« {n} »" for n in self._bodies_unstated)
        return Missing(filled.fiche_id, "unmentioned", nearest=filled, words=words)

    def _thing_never_written(self, filler: SlotFiller, part: PlanPart, filled: Filled) -> Filled:
        """Class: an open question about one structure's practice or object that the whole
        booklet never writes ('que fait le jardin en compostage ?'): the fiche does not say,
        and the sentence found is the nearest fact (never_written.py). Yes/no questions have
        their own check by the fiche's words."""
        if not (self._asked_of_named and isinstance(filled, Found)) or part.yes_no:
            return filled
        if part.intent != "fact" or part.attribute or not never_written.asks_practice(part.text):
            return filled
        if _PERSON_ROLE_ASKED.search(fold(part.text)) and self.engine.mentions.names_person(
            " ".join(_CAPITALISED.findall(part.text)[1:])
        ):
            return filled  # 'le rôle de Matthieu Renard ?': the card line naming that person
        vocab = self._booklet_vocab
        pred = filler.for_part(part).predicate(part)
        absent = never_written.never_written(pred, vocab, self.lang, part.text)
        if not absent:
            return filled
        # 'quelles banques financent VESTALI ?': no 'banque' in the booklet, but the fiche
        # names its banks by their own names ('Crédit Agricole'): that sentence answers
        heads = sorted({h for w in absent for h in kind_instances.kind_heads(fold(w))})
        if heads and len(absent) == 1:
            evidence = list(filler.sentences(filled.fiche_id))
            instance = _naming_instance(filler, filled, evidence, heads)
            if instance is not None:
                return instance
        words = ", ".join(f"« {w} »" for w in absent)
        return Missing(filled.fiche_id, "unmentioned", nearest=filled, words=words)

    @functools.cached_property
    def _booklet_vocab(self) -> set[str]:
        return set().union(*self.engine.mentions.vocab.values())

    def _property_unstated(self, filler: SlotFiller, part: PlanPart, filled: Filled) -> Filled:
        """Class: a yes/no decided by a topic word ('sont-ils rentables ?' answered by
        'BÉNÉFICIAIRES :', 'are the volunteers paid?' by a sentence about what volunteers do):
        yes only from a sentence stating the state asked (property_asked.py); none does, the
        booklet does not say, and the sentence found is the nearest fact."""
        if not (part.yes_no and isinstance(filled, Found)):
            return filled
        asked = property_asked.property_asked(part.text)
        if asked is None or property_asked.states_property(asked, filled.citation.quote):
            return filled
        ev = filler.best_sentence(
            filled.fiche_id, lambda t: property_asked.states_property(asked, t)
        )
        aim_asked = property_asked.asks_aim(part.text)  # 'do they expect to make a profit?'
        if ev is not None and (aim_asked or not property_asked.aimed(asked, ev.sentence.text)):
            return filler.found(ev)
        # 'elle vise un résultat positif': the aim, not the state, is the nearest fact; with
        # none, a sentence on the state's topic ('son chiffre d'affaires est en augmentation'),
        # not the line sharing the structure's name
        if ev is None:
            ev = filler.best_sentence(
                filled.fiche_id, lambda t: property_asked.about_topic(asked, t)
            )
        nearest = filler.found(ev) if ev is not None else filled
        words = say(f"property_{asked}", self.lang)
        return Missing(filled.fiche_id, "unmentioned", nearest=nearest, words=words)

    def _giver_level(
        self, filler: SlotFiller, part: PlanPart, filled: Filled, fiche: Fiche
    ) -> Filled:
        """Class: money asked of a level of giver by yes or no ('des fonds européens ?', 'des
        aides de la région ?', 'did the Department fund them?'): the fiche's line stating a
        giver of that level answers, in its words (giver_level.py); none, it does not say.
        Mechanism: the unstated-thing check of slots.yes_no_gap, which read the money word
        ('fonds', 'aides') as a thing asked and the level word by its spelling."""
        if not part.yes_no or part.intent == "list":
            return filled
        levels = giver_level.asked_levels(self.engine.mentions.without_names(part.text, [fiche.id]))
        if not levels:
            return filled
        raw = self.engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end]
        funders = funders_text(fold(raw))
        stating = [
            ev
            for ev in filler.sentences(fiche.id)
            if ev.chunk.section.value != "contact"
            and giver_level.states_levels(levels, ev.sentence.text)
        ]
        # its financial partners' lines first, then a sentence stating money given
        listed = [ev for ev in stating if giver_level.plain(ev.sentence.text) in funders]
        listed += [ev for ev in stating if giver_level.gives_levels(levels, ev.sentence.text)]
        if listed:
            return filler.found(listed[0])
        lines = filler.subpart(PlanPart(part.text, "fact", "subpart:funders"), fiche)
        nearest = (
            lines if isinstance(lines, Found) else filled if isinstance(filled, Found) else None
        )
        return Missing(fiche.id, "money_unstated", nearest=nearest)

    def _money_unstated(
        self, filler: SlotFiller, part: PlanPart, filled: Filled, fiche: Fiche
    ) -> Filled:
        """Class: money asked of a giver by yes or no ('a-t-il reçu des fonds européens ?',
        'is it funded by Europe?') answered by a sentence stating no money (« un partenariat
        avec … le Réseau Européen … »): the giver must be named where the fiche says who
        funds it (slots.yes_no_gap); else the booklet does not say, however the sentence was
        found."""
        if not (part.yes_no and isinstance(filled, Found)):
            return filled
        if not lx.MONEY_ASKED_OF_GIVER.search(fold(part.text)):
            return filled
        unnamed = self.engine.mentions.without_names(part.text, [fiche.id])
        if giver_level.asked_levels(unnamed):  # settled by its line (self._giver_level)
            return filled
        if lx.FUNDING_STATED.search(fold(filled.citation.quote)):
            return filled
        unnamed = self.engine.mentions.without_names(part.text, [fiche.id])
        if aid_in_general.asks_aid_in_general(unnamed):  # 'did they get any grants?'
            funders = filler.subpart(PlanPart(part.text, "fact", "subpart:funders"), fiche)
            if isinstance(funders, Found):
                return funders
        gap = filler.yes_no_gap(part, fiche)
        if gap is not None:
            return gap
        if filler.predicate(part).words:
            return filled
        # the giver read as no word ('European funding'): the money itself is unstated, its
        # financial partners' lines the nearest fact
        funders = filler.subpart(PlanPart(part.text, "fact", "subpart:funders"), fiche)
        nearest = funders if isinstance(funders, Found) else filled
        return Missing(fiche.id, "money_unstated", nearest=nearest)

    def _outcome_unstated(
        self, filler: SlotFiller, part: PlanPart, filled: Filled, fiche: Fiche
    ) -> Filled:
        """Class: whether something came about ('did they get it?', 'a fini par toucher la
        prime ?') asked of a fiche stating it only as requested, pending or hoped: the fiche
        does not say how it turned out; the request is the nearest fact (outcome.py)."""
        asked_results = outcome.asks_results(part.text)
        if part.intent == "list" or not (outcome.asks_outcome(part.text) or asked_results):
            return filled
        text = outcome.unframed(self.engine.mentions.without_names(part.text, [fiche.id]))
        if asked_results:  # 'quels résultats': the words asking it name no thing
            text = lx.RESULTS_ASKED.sub(" ", fold(text))
        pred = yes_no.predicate(text, self.lang)
        if not pred.words and self.lang == "en":  # 'is the Café du bricolage open yet?':
            pred = yes_no.predicate(text, "fr")  # a thing named in the booklet's French
        if not pred.words and self.plan.followup:  # 'did they get it?': what the turn before
            text = self.engine.mentions.without_names(self._last_turn(), [fiche.id])
            pred = yes_no.predicate(text, self.lang)  # was about
        evidence = {
            ev.sentence.text: ev
            for ev in filler.sentences(fiche.id)
            if ev.chunk.section.value != "contact"
        }
        asked = outcome.only_pending(pred, text, evidence)
        if asked is None:
            return filled
        return Missing(fiche.id, "outcome", nearest=filler.found(evidence[asked]))

    def _date_unsettled(self, filler: SlotFiller, part: PlanPart, filled: Filled) -> Filled:
        """Class: a date asked that the fiche does not give, found as another date of it — a
        date to come of a thing under way or closed, the founding of the body running it, a
        thing whose year the booklet left blank (when_unstated.py): the fiche does not say,
        the date found being the nearest fact. A date stated stays."""
        if part.intent != "date" or not isinstance(filled, Found):
            return filled
        field = since_field.field_since(part.text)
        if field:  # 'Quel est le statut de VESTALI ?' then 'depuis quand ?'
            return self._field_since(filler, part, filled, field)
        quote = filled.citation.quote
        if when_unstated.asks_date_to_come(part.text) and not when_unstated.states_date_to_come(
            quote
        ):
            return Missing(filled.fiche_id, "date", nearest=filled)
        if part.attribute == "event:creation" and when_unstated.asks_another_body_founded(
            part.text, self._last_question()
        ):
            return Missing(filled.fiche_id, "date", nearest=filled)
        untold = self._event_untold(filler, part, filled)
        if untold is not None:
            return untold
        rank = ranked_prize.rank_asked(part.text)
        if rank is not None and not ranked_prize.names_rank(quote, rank):
            # 'le 4e prix, en quelle année ?' met by the year of the first prize: the fourth
            # is dated by a sentence naming it, else not (the one naming it is the nearest)
            ranked = filler.best_sentence(
                filled.fiche_id, lambda t: ranked_prize.names_rank(t, rank)
            )
            if ranked is None or not lx.YEAR.search(fold(ranked.sentence.text)):
                return Missing(
                    filled.fiche_id, "date", nearest=filler.found(ranked) if ranked else filled
                )
            year = lx.YEAR.search(fold(ranked.sentence.text))
            filled = filler.found(ranked, year.group(0) if year else "")
            quote = filled.citation.quote
        text = self.engine.mentions.without_names(part.text, [filled.fiche_id])
        if part.attribute == "event:creation":
            filled = self._founding_of_another(filler, text, filled)
            if not isinstance(filled, Found):
                return filled
            filled = self._thing_dated(filler, text, filled)
            if not isinstance(filled, Found):
                return filled
            quote = filled.citation.quote
        elif part.attribute == "event:any":  # 'when did it become a training centre?'
            filled = self._thing_dated(filler, text, filled)
            if not isinstance(filled, Found):
                return filled
            quote = filled.citation.quote
        sentences = {
            ev.sentence.text: ev
            for ev in filler.sentences(filled.fiche_id)
            if ev.chunk.section.value != "contact"
        }
        blank = when_unstated.blank_dated(text, self.lang, quote, sentences)
        if blank is not None:  # the blank sentence about the thing asked is the nearest
            return Missing(filled.fiche_id, "blank", nearest=filler.found(sentences[blank]))
        return filled

    def _field_since(self, filler: SlotFiller, part: PlanPart, filled: Found, field: str) -> Filled:
        """Class: since when a card's field holds (since_field.py): a legal status from the
        sentence telling it was taken, else from the structure's creation; a network from a
        sentence naming it with a year, else the fiche does not date it, said by naming it."""
        fiche = self.engine.corpus.fiche(filled.fiche_id)
        if field == since_field.PERSON:
            return self._person_since(filler, fiche, filled)
        if field == "legal_status":
            forms = [lx.compiled(f.stated) for f in lx.LEGAL_FORMS if not f.approval]
            taken = filler.best_sentence(
                fiche.id, lambda t: since_field.tells_status_taken(t, forms), NARRATIVE
            )
            if taken is not None:
                year = lx.YEAR.search(fold(taken.sentence.text))
                return filler.found(taken, year.group(0) if year else "")
            # the creation asked as such: the status' words ('legal form') are no words of it
            asked = "When was it created?" if self.lang == "en" else "Quand a-t-elle été créée ?"
            created = filler.fill(replace(part, text=asked, attribute="event:creation"), fiche)
            event = next(e for e in lx.EVENTS if e.name == "creation")
            creation = lx.compiled(event.stated)
            if isinstance(created, Found) and creation.search(fold(created.citation.quote)):
                return created
            told = filler.best_sentence(  # the story's sentence telling its creation
                fiche.id, lambda t: bool(lx.YEAR.search(t) and creation.search(t)), ("history",)
            )
            if told is not None:
                year = lx.YEAR.search(fold(told.sentence.text))
                return filler.found(told, year.group(0) if year else "")
            return Missing(
                fiche.id, "date_of_thing", nearest=filled, words=self._field_said(fiche, field)
            )
        networks = fiche.identity.networks
        dated = filler.best_sentence(
            fiche.id, lambda t: since_field.names_network(t, networks), NARRATIVE
        )
        if field == "agrements":  # 'is it certified?' then 'since what year?'
            dated = filler.best_sentence(fiche.id, since_field.tells_approval, NARRATIVE)
        if dated is not None:
            year = lx.YEAR.search(fold(dated.sentence.text))
            # the start of the thing, not the structure's creation
            label = say("label_start_of_thing", self.lang)
            return filler.found(dated, year.group(0) if year else "", label)
        return Missing(
            fiche.id, "date_of_thing", nearest=None, words=self._field_said(fiche, field)
        )

    def _person_since(self, filler: SlotFiller, fiche: Fiche, filled: Found) -> Filled:
        """Since when a person of the card holds their role: the sentence naming them with a
        year ('En janvier 2021, l'association embauche Christelle Cousin, directrice'), the
        one of the person the last answer named first; none, the fiche does not date it."""
        last = fold(self._last_turn())
        people = sorted(
            (p for p in fiche.contact.persons if p.name.split()),
            key=lambda p: fold(p.name.split()[-1]) not in last,
        )
        for person in people:
            dated = filler.best_sentence(
                fiche.id,
                functools.partial(since_field.names_person, surname=person.name.split()[-1]),
                NARRATIVE,
            )
            if dated is not None:
                year = lx.YEAR.search(fold(dated.sentence.text))
                found = filler.found(dated, year.group(0) if year else "")
                since = "in post since" if self.lang == "en" else "en poste depuis"
                return replace(found, detail=f"{person.name.title()}, {since}")
        if not people:
            return filled
        first = people[0]
        name = first.name.title()  # the card writes some names in capitals
        said = f"« {name}, {first.role.lower()} »" if first.role else f"« {name} »"
        return Missing(fiche.id, "date_of_thing", nearest=None, words=said)

    def _field_said(self, fiche: Fiche, field: str) -> str:
        """The field and its value as the card gives them ('« réseaux : COORACE et SYNESI »')."""
        item = next(f for f in lx.FIELDS if f.name == field)
        label = item.label_en if self.lang == "en" else item.label_fr
        values = {
            "legal_status": [fiche.identity.legal_status],
            "networks": fiche.identity.networks,
            "agrements": [*fiche.identity.agrements, fiche.identity.label],
        }
        shown = ", ".join(v for v in values.get(field, []) if v)
        return f"« {label} : {shown} »" if shown else f"« {label} »"

    def _thing_dated(self, filler: SlotFiller, text: str, filled: Found) -> Filled:
        """Class: a start date asked of a thing of the structure ('le site internet, c'est
        depuis quand ?'), found as the structure's creation: a sentence naming the thing with
        a year answers; none, the fiche does not date it (dated_thing.py)."""
        fiche = self.engine.corpus.fiche(filled.fiche_id)
        things = dated_thing.things_dated(text, fiche.name) or dated_thing.things_become(
            text, fiche.name
        )
        if not things or dated_thing.names_all(filled.citation.quote, things):
            return filled
        dated = filler.best_sentence(
            filled.fiche_id,
            lambda t: dated_thing.dates_thing(t, things),
            ("history", "action", "characteristics"),
        )
        if dated is not None:
            year = lx.YEAR.search(fold(dated.sentence.text))
            # the start of the thing, not the structure's creation
            label = say("label_start_of_thing", self.lang)
            return filler.found(dated, year.group(0) if year else "", label)
        # the thing told undated in the paragraph the date found opens: done since then
        source = self.engine.corpus.sources[filled.citation.source]
        opened = (filled.citation.start, filled.citation.end)
        if any(
            dated_thing.dated_by_its_paragraph(source, opened, (ev.sentence.start, ev.sentence.end))
            and dated_thing.names_all(fold(ev.sentence.text), things)
            for ev in filler.sentences(filled.fiche_id, ("history", "action", "characteristics"))
        ):
            return filled
        return Missing(filled.fiche_id, "date_of_thing", nearest=filled)

    def _event_untold(self, filler: SlotFiller, part: PlanPart, filled: Found) -> Missing | None:
        """Class: the date of an approval, a label or a prize asked ('le label ESS 62, obtenu
        en quelle année ?', 'when did VESTALI get its ACI approval?') found in a dated
        sentence that does not tell that event ('Dès sa création en 2002'): such an event is
        told by its name only, so the fiche does not date it; a sentence naming it (the card's
        'LABEL : ESS 62 …') is the nearest fact, else the sentence found. None: it is told."""
        name = part.attribute.removeprefix("event:")
        if not part.attribute.startswith("event:") or name not in lx.EVENTS_TOLD_BY_NAME:
            return None
        event = next(e for e in lx.EVENTS if e.name == name)
        stated = lx.compiled(event.stated)
        if stated.search(fold(filled.citation.quote)):
            return None
        told = filler.best_sentence(filled.fiche_id, lambda t: bool(stated.search(t)))
        return Missing(filled.fiche_id, "date", nearest=filler.found(told) if told else filled)

    def _founding_of_another(self, filler: SlotFiller, text: str, filled: Found) -> Filled:
        """Class: the founding of another body than the structure, named in the question by
        words that are not its name ('En quelle année le Pays de Sources et Vallées a-t-il
        été créé ?' of the drive it helped): the structure's own creation found is the
        nearest fact, not the answer; a sentence of the fiche dating that body's birth
        answers ('En 2009, l'association Synapse Picardie est créée'). `text` is the
        question without the structure's names (when_unstated.py)."""
        fiche = self.engine.corpus.fiche(filled.fiche_id)
        fiche_text = self.engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end]
        places = [
            *self.plan.places,
            fiche.contact.town,
            fiche.contact.departement,
            fiche.identity.head_office,
        ]
        words = when_unstated.other_body_words(text, places, fiche_text)
        if not when_unstated.founding_of_another(words, filled.citation.quote):
            return filled
        sentences = {ev.sentence.text: ev for ev in filler.sentences(filled.fiche_id)}
        born = when_unstated.founding_sentence(words, sentences)
        if born is not None:
            year = lx.YEAR.search(fold(born))
            return filler.found(sentences[born], year.group(0) if year else "")
        body = when_unstated.body_named(self.plan.question, words)
        return Missing(filled.fiche_id, "body_founding", nearest=filled, words=body)

    def _kind_unstated(self, filler: SlotFiller, part: PlanPart, filled: Filled) -> Filled:
        """Class: a near miss asked of one structure ('et combien ça leur rapporte ?', 'le
        prêt, il était de combien ?', 'combien à l'unité ?', 'why not clothes?'): the
        sentence found holds no value of the kind asked; the fiche does not give it, and
        that sentence is the nearest fact (unstated_kind.py). A list keeps its structures."""
        if part.intent == "list" or self.plan.target_source == "any":
            return filled
        if not isinstance(filled, Found):  # a yes/no carried from the turn before ('vend-il
            return filled  # en ligne ?' then 'pour combien ?') asks the kind all the same
        kind = unstated_kind.unstated_kind(
            part.text, filled.citation.quote, filled.value, self._counted_in_units
        )
        if kind is None or (kind == "amount" and _counts_people(part)):
            # 'how much staff time does the Pays provide?': people lent, not a sum of money
            return filled
        if kind == "share":
            return self._share_sentence(filler, filled)
        if kind == "distance":
            return self._distance_sentence(filler, part, filled)
        rate = unstated_kind.total_from_a_rate(fold(part.text), fold(filled.citation.quote))
        if kind == "amount" and not rate:  # 'et le haut commissariat il a donné combien ?'
            # (a funder's rate per thing, asked in total: its sentence is the nearest fact)
            summed = self._funder_sum(filler, part, filled)
            if summed is not None:
                return summed
        return Missing(filled.fiche_id, kind, nearest=filled)

    def _funder_sum(self, filler: SlotFiller, part: PlanPart, filled: Found) -> Found | None:
        """The fiche's sentence naming the funder asked with a sum, however the question
        types its name (partner_sum.py); None when the question names none or no sentence
        gives its sum."""
        fiche = self.engine.corpus.fiche(filled.fiche_id)
        source = self.engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end]
        own = set(analyze(" ".join(n for n in _own_names(fiche) if n)))
        text = self.engine.mentions.without_names(part.text, [fiche.id])
        funders = partner_sum.named_funders(text, source, own)
        if not funders:
            return None
        kept = [
            ev
            for ev in filler.sentences(fiche.id)
            if partner_sum.names_all(ev.sentence.text, funders)
            and unstated_kind.unstated_kind(part.text, ev.sentence.text, "") is None
        ]
        return filler.found(max(kept, key=lambda ev: ev.score)) if kept else None

    def _distance_sentence(self, filler: SlotFiller, part: PlanPart, filled: Found) -> Filled:
        """A distance asked where the sentence found states none: the fiche's sentence stating
        a length closest to the question answers ('how far away can its suppliers be?': '…
        à moins de quatre-vingt kilomètres'), when it names the places the distance is asked
        from (unstated_kind.distance_places); else the fiche does not give it ('how far from
        Boulogne?'), the sentence found being the nearest fact."""
        named = [m.text for m in match_places(part.text)] + list(self.plan.places)
        places = unstated_kind.distance_places(fold(part.text), named)

        def states_it(text: str) -> bool:
            folded = fold(text)
            return bool(lx.DISTANCE_STATED.search(folded)) and all(p in folded for p in places)

        ev = filler.best_sentence(filled.fiche_id, states_it)
        return filler.found(ev) if ev is not None else Missing(filled.fiche_id, "distance", filled)

    def _share_sentence(self, filler: SlotFiller, filled: Found) -> Filled:
        """A share asked where the sentence found states none: the fiche's sentence stating
        a share closest to the question answers ('What was VESTALI's value-added rate?': '…
        un taux de valeur ajoutée de 36,6 %'), unless it is dated to other years than those
        asked (then it is the nearest fact); a fiche stating no share does not give it."""
        ev = filler.best_sentence(filled.fiche_id, lambda t: bool(lx.SHARE_STATED.search(t)))
        if ev is None:
            return Missing(filled.fiche_id, "share", nearest=filled)
        found = filler.found(ev)
        if periods.dated_elsewhere(fold(ev.sentence.text), set(self.plan.years)):
            return Missing(filled.fiche_id, "year", nearest=found)
        return found

    def _counted_in_units(self, noun: str) -> bool:
        """Whether the booklet counts a folded noun (or its French words, from the glossary:
        'objects' as 'objets') in units anywhere, a number right before it ('28 000 objets
        vendus', '80 chaises'): a thing that comes one by one."""
        single = noun[:-1] if noun.endswith(("s", "x")) and len(noun) > 4 else noun
        words = {single, *(fold(w) for n in (noun, single) for w in EN_FR.get(n, ()))}
        stems = "|".join(re.escape(w[:-1] if w.endswith(("s", "x")) else w) for w in words)
        pattern = re.compile(rf"(?<![\d,.])\d[\d  .]*\s+(?:{stems})(?:s|x)?\b")
        sources = self.engine.corpus.sources.values()
        return any(pattern.search(fold(text).replace("*", "")) for text in sources)

    def _amount_of_last(self, filler: SlotFiller, part: PlanPart, filled: Filled) -> Filled:
        """Class: a bare amount asked after a turn about an aid, a grant or a profit ('how
        much?' after 'did they get help from ADEME?', 'de combien ?' after 'ont-ils fait un
        bénéfice ?'): the sum of that aid is asked (amount_of_last.py). A sentence stating
        no sum, or only the budget, does not answer it: the fiche gives no such amount, and
        its sentence about the aid is the nearest fact. A sentence with the sum stays."""
        missed = filled  # ('How much did that bring in?': takings already found missing)
        if isinstance(filled, Missing) and filled.missing == "amount":
            filled = filled.nearest if isinstance(filled.nearest, Found) else filled
        if part.intent == "list" or not self.plan.followup or not isinstance(filled, Found):
            return missed
        if self.plan.target_source == "any":
            return missed
        last = self._last_question()
        asked = amount_of_last.asked_amount(part.text, last)
        if not asked:
            return missed
        if unstated_kind.unstated_kind(asked, filled.citation.quote, filled.value) != "amount":
            return missed
        near = self._sentence_about(filler, filled.fiche_id, last, asked)
        if near is None or unstated_kind.unstated_kind(asked, near.citation.quote, "") is not None:
            # ('any Covid-era support?' — 'the ESS solidarity fund …': the aid as answered)
            near = self._sentence_about(filler, filled.fiche_id, self._last_turn(), asked) or near
        if near is not None and unstated_kind.unstated_kind(asked, near.citation.quote, "") is None:
            return near  # '… abondé par l'ADEME (1 500€ en 2020)': the sum of the aid asked
        return Missing(filled.fiche_id, "amount", nearest=near or filled)

    def _sentence_about(
        self, filler: SlotFiller, fiche_id: str, text: str, asked: str
    ) -> Found | None:
        """The fiche's sentence sharing the most words with `text` (its own names aside):
        of those, one stating the sum `asked` if any, else the best scored; None when none
        shares any."""
        fiche = self.engine.corpus.fiche(fiche_id)
        words = set(analyze(text)) - set(analyze(" ".join(_own_names(fiche))))

        def rank(n: int, ev: Evidence) -> tuple[int, bool, float, int]:
            sentence = ev.sentence.text
            summed = unstated_kind.unstated_kind(asked, sentence, "") is None
            return len(words & set(analyze(sentence))), summed, ev.score, -n

        scored = [
            (rank(n, ev), ev)
            for n, ev in enumerate(filler.sentences(fiche_id))
            if ev.chunk.section.value != "contact"
        ]
        if not scored:
            return None
        best = max(scored, key=lambda t: t[0])
        return filler.found(best[1]) if best[0][0] else None

    def _last_question(self) -> str:
        """The user's last question of the conversation ('' at its start)."""
        asked = [t["content"] for t in self.history if t.get("role") == "user"]
        return asked[-1] if asked else ""

    def _last_turn(self) -> str:
        """The last question and answer of the conversation, as one text."""
        turns = [t["content"] for t in self.history[-2:]]
        return " ".join(turns)

    def _unless_blank(self, part: PlanPart, filled: Filled) -> Filled:
        """A sentence where the booklet left blank what is asked ('de xxxxxx le premier prix'
        for 'who gave the award?', the form's 'Seriez-vous … d'essaimer ?' for 'can it
        spread?') answers nothing: the fiche does not say, and that sentence is the nearest
        fact. A list keeps its structure: the sentence still shows why it qualifies."""
        if not isinstance(filled, Found) or part.intent == "list":
            return filled
        if part.yes_no and property_asked.property_asked(part.text) is not None:
            return filled  # 'est-il rentable ?': a state, settled by _property_unstated
        if not filled.more:
            if asked_blank(part.text, part.yes_no, filled.citation.quote):
                return Missing(filled.fiche_id, "blank", nearest=filled)
            return filled
        # a section given whole ('innovation'): the sentences of it about what is asked
        name = set(analyze(self.engine.corpus.fiche(filled.fiche_id).name))
        asked = set(analyze(part.text)) - name
        shared = [(len(asked & set(analyze(c.quote))), c) for c in (filled.citation, *filled.more)]
        most = max(n for n, _ in shared)
        about = [c for n, c in shared if n == most and n >= 2]  # the closest ones
        if about and all(asked_blank(part.text, part.yes_no, c.quote) for c in about):
            first = about[0]
            return Missing(filled.fiche_id, "blank", Found(filled.fiche_id, first.quote, first))
        return filled

    def _with_verdict(self, text: str, query: dict[str, Any], result: FactResult) -> str:
        """'Is X bigger than Y?': 'Oui'/'Non' before the ranking (compared_verdict.py)."""
        named = (query.get("filters") or {}).get("structures") or []
        if query.get("op") != "compare" or not named or not asks_yes_no(self.plan.question):
            return text
        by_id = {r.fiche_id: r.number for r in result.rows}
        ranked = [(f, by_id.get(f)) for f in result.selected]
        said = compared_verdict.verdict(named[0], ranked)
        return say(said, self.lang) + text if said else text

    def from_facts(self) -> Answer:
        """An aggregate answered by a query over the facts store."""
        assert self.plan.facts_query is not None
        query = self.plan.facts_query
        if query.get("op") == measures_against.OP:
            return self._measures_against(query)
        # a count of structures ('how many structures … X ?') is about the booklet's own,
        # whatever name it gives; a figure summed ('combien de salariés compte la DREETS ?')
        # is the partner's
        counts = query.get("op") == "count"
        reason = (
            self._names_without_fiche() if self.plan.target_source == "any" and not counts else ""
        )
        if reason:  # 'combien de salariés compte la DREETS ?': a total of no structure's
            return self._answer(abstention_text(self.engine.corpus, self.lang, reason), reason, [])
        if self.filters and self.filters.booklet:  # the facts of the booklet asked only
            booklet = self.engine.corpus.booklet(self.filters.booklet).id
            query = {**query, "filters": {**(query.get("filters") or {}), "booklet": booklet}}
        if self.filters and self.filters.fiche_ids:  # the structures kept only (kept_structures.py)
            every = [f.id for f in self.engine.corpus.fiches]
            query = kept_structures.query_within(query, self.filters.fiche_ids, every)
        result = run_query(self.engine, query)
        if result is None:  # the query names what the facts do not hold: answer from passages
            self.plan.facts_query = None
            return self.compose()
        result, unmeasured = self._of_thing_summed(query, result)
        result, undated = self._undated_if_none_that_year(query, result)
        text, words = word_result(self.engine, result, self.lang)
        if undated:  # 'et en 2021 ?' after a total none dates so: the values stated, nearest
            text = f"{say('year_given_by_none', self.lang, year=undated)}\n{text}"
        if unmeasured:  # 'tonnes de métal': the figures of other things, as the nearest
            unit = measure_label(query.get("measure"), self.lang)
            text = f"{say('thing_unmeasured', self.lang, unit=unit, thing=unmeasured)}\n{text}"
        if query.get("op") == "count" and lx.SHARE_FRAME.search(fold(self.plan.question)):
            text = self._with_share(text, len(result.selected))
        by_id = {r.fiche_id: r for r in result.rows}
        text = self._with_verdict(text, query, result)
        giving, lacking = {r.fiche_id for r in result.rows}, set(result.missing)
        # 'which structure has the most volunteers?' when two of nine give a number: the
        # booklet does not settle it, the figures stated are the nearest fact
        unsettled = self.plan.target_source == "any" and ranking_unmeasured.unsettled(
            query, giving, lacking
        )
        if unsettled:
            label = measure_label(query.get("measure"), self.lang)
            head = say(
                "ranking_unsettled",
                self.lang,
                n=len(giving),
                m=len(giving | lacking),
                label=label,
                de_label=de_label(label),
            )
            text = f"{head}\n{text}"
        structures = []
        selected = result.selected
        if query.get("op") in BOUND_OPS and of_one_structure(query):
            # 'VESTALI a plus de 20 salariés ?' — 'non': the answer is still about VESTALI
            selected = [r.fiche_id for r in result.rows]
        for fiche_id in selected:
            fiche = self.engine.corpus.fiche(fiche_id)
            row = by_id.get(fiche_id)
            marks = [c.n for c in words.citations if c.fiche_id == fiche_id]
            why = row.citation.quote if row else ""
            structures.append(StructureAnswer.of(fiche, " ".join(why.split()), marks, 1.0))
        empty = not result.rows and not result.groups
        self.words.citations = list(words.citations)  # the other parts number after the table
        text = "\n".join([text, *self._other_parts(result.selected)])
        if empty:
            lines, cited = self._nearest_of_missing(result.missing, query)
            if statuses_asked(query):  # 'les SCIC ?': none; what the cards do say, cited
                stated = self._status_marks()
                lines.append(statuses_stated(self.engine.corpus, self.lang, stated))
                structures += self._cited_structures(set(stated.values()))
            text = "\n".join([text, *lines])
            structures += cited
        # 'qui a le plus de bénévoles, A ou B ?' when B states none: the comparison asked
        # of the structures named cannot be made — an abstention, the side stated as the
        # nearest fact (class: comparisons across structures when one side is missing). Asked
        # of the structures in focus ('laquelle a le plus d'adhérents ?' after a list), the
        # one stating it answers, the other said missing.
        with_value = [f for f in result.selected if f in by_id]
        pair = (
            self.plan.target_source == "focus"
            and len(self.plan.targets) == 2
            # 'which of the two has more volunteers?': the pair compared, one side missing
            and bool(lx.THE_TWO.search(fold(self.plan.question)))
        )
        incomparable = (
            query.get("op") == "compare"
            and (self.plan.target_source == "named" or pair)
            and len(with_value) < 2
            and bool(result.missing)
        )
        # 'lesquelles ont plus de 5000 adhérents ?' when none has: no structure states what is
        # asked; the figures they do state are the nearest facts (class: a list by a bound
        # that selects none)
        none_within = (
            query.get("op") in BOUND_OPS
            and bool(result.rows)
            and not result.selected
            # 'VESTALI a plus de 20 salariés ?': 'non', from the value stated (bound_of_one.py)
            and not of_one_structure(query)
        )
        abstained = (empty and not self._placed_count(query)) or incomparable
        abstained = abstained or none_within or bool(unmeasured) or unsettled or bool(undated)
        answer = self._answer(text, text if abstained else "", structures, abstained=abstained)
        answer.citations = self.words.citations
        answer.facts = facts_payload(result, words)
        return answer

    def _undated_if_none_that_year(
        self, query: dict[str, Any], result: FactResult
    ) -> tuple[FactResult, str]:
        """An aggregate kept to one year ('et en 2021 ?' after a total, year_of_each.py) whose
        structures date no value so: the values they state, each with its year, as the
        nearest fact (and the year, for the abstention's head); else the result as it is."""
        filters = dict(query.get("filters") or {})
        year = filters.pop("year", None)
        if year is None or result.rows or result.groups:
            return result, ""
        every = run_query(self.engine, {**query, "filters": filters})
        if every is None or not every.rows:
            return result, ""
        return every, str(year)

    def _measures_against(self, query: dict[str, Any]) -> Answer:
        """Two measures of each structure held against each other (measures_against.py)."""
        pair = measures_against.pair_of(query)
        listed = [
            run_query(self.engine, {"op": "list", "measure": m, "filters": query["filters"]})
            for m in (pair.first, pair.second)
        ]
        first, second = listed
        if first is None or second is None:  # a measure the facts do not hold
            self.plan.facts_query = None
            return self.compose()
        scope = [r.fiche_id for r in first.rows] + first.missing
        found = measures_against.verdict(pair, first.rows, second.rows, scope)
        names = {f.id: f.name for f in self.engine.corpus.fiches}
        words = AggregateAnswer(self.engine, self.lang)
        worded = measures_against.worded(
            pair,
            found,
            names,
            lambda m: measure_label(m, self.lang),
            lambda r: format_number(r.number, r.unit, self.lang),
            self.lang,
        )
        for row in worded.shown:
            words.cite(row)
        structures = []
        for fiche_id in worded.kept or [a.fiche_id for a, _ in found.not_kept]:
            marks = [c.n for c in words.citations if c.fiche_id == fiche_id]
            quote = next(r.citation.quote for r in worded.shown if r.fiche_id == fiche_id)
            fiche = self.engine.corpus.fiche(fiche_id)
            structures.append(StructureAnswer.of(fiche, " ".join(quote.split()), marks, 1.0))
        abstained = not worded.kept  # none qualifies: the figures stated are the nearest
        text = worded.text
        answer = self._answer(text, text if abstained else "", structures, abstained=abstained)
        answer.citations = words.citations
        return answer

    def _placed_count(self, query: dict[str, Any]) -> bool:
        """A count of the structures in question by a place only ('how many of them are in the
        Nord?', 'et combien sont dans l'Aisne ?', 'how many of those are in Lille?' after a
        list): each fiche states where it stands, so none there is the answer 0, stated by
        their addresses, not a fact the booklet lacks (class: counts of a listed set by
        place, whose answer may be zero)."""
        filters = query.get("filters") or {}
        named = filters.get("structures") or []
        if query.get("op") != "count" or query.get("measure") is not None or not named:
            return False
        if filters.get("conditions") or filters.get("thing"):
            return False
        if not (filters.get("departement") or filters.get("ville")):
            return False
        fiches = {f.id: f for f in self.engine.corpus.fiches}
        return all(f in fiches and fiches[f].contact.departement for f in named)

    def _of_thing_summed(self, query: dict[str, Any], result: FactResult) -> tuple[FactResult, str]:
        """The rows measuring the thing asked only ('tonnes de métal' counts no '1 100
        tonnes de bois'): summed_thing.py. With none, all rows as the nearest facts, and the
        thing no row measures (else '')."""
        vocab = self.engine.mentions.vocab
        kept = summed_thing.binding(self.plan.question, result.rows, lambda f: vocab.get(f, set()))
        if kept is None or len(kept) == len(result.rows):
            return result, ""
        if not kept:
            return result, summed_thing.thing_asked(self.plan.question)
        every = [f.id for f in self.engine.corpus.fiches]
        within = kept_structures.query_within(query, kept, every)
        return run_query(self.engine, within) or result, ""

    def _with_share(self, text: str, n: int) -> str:
        """A count asked as a share: said against every structure of the booklets asked."""
        corpus = self.engine.corpus
        booklet = self.filters.booklet if self.filters else None
        every = [f for f in corpus.fiches if not booklet or f.booklet == corpus.booklet(booklet).id]
        if not every:
            return text
        share = say(
            "agg_share", self.lang, n=n, total=len(every), percent=round(100 * n / len(every))
        )
        head, _, rest = text.partition("\n")
        return f"{head} {share}\n{rest}" if rest else f"{head} {share}"

    def _status_marks(self) -> dict[str, int]:
        """A list by legal status that no structure has ('les SCIC ?', 'which ones are
        foundations?'): for each status the cards do state, the citation of the first card
        stating it (its 'STATUT …' line), so the abstention quotes what is there."""
        marks: dict[str, int] = {}
        for fiche in self.engine.corpus.fiches:
            key = fold(" ".join(fiche.identity.legal_status.split()))
            identity = fiche.section(SectionKind.IDENTITY)
            if not key or key in marks or identity is None:
                continue
            source = self.engine.corpus.sources[fiche.source]
            start = identity.span.start
            for line in re.finditer(r"[^\n]+", source[start : identity.span.end]):
                if lx.STATUS_LABEL.search(fold(line.group(0))):
                    span = (start + line.start(), start + line.end())
                    cited = citation_at(self.engine, 0, fiche.id, fiche.source, *span)
                    marks[key] = self.words.cite(cited)
                    break
        return marks

    def _cited_structures(self, numbers: set[int]) -> list[StructureAnswer]:
        """The structures whose passages these citations quote, each with its quote: what an
        abstention cites stands among its structures, at no confidence."""
        out: list[StructureAnswer] = []
        for c in self.words.citations:
            if c.n in numbers:
                fiche = self.engine.corpus.fiche(c.fiche_id)
                out.append(StructureAnswer.of(fiche, c.quote, [c.n], 0.0))
        return out

    def _nearest_of_missing(
        self, missing: list[str], query: dict[str, object]
    ) -> tuple[list[str], list[StructureAnswer]]:
        """An aggregate no structure in scope states ('combien de tonnes … dans l'Oise ?'):
        for the few structures that state no value, the nearest fact each fiche does state,
        cited, as a question about that one structure would get."""
        measure = str(query.get("measure") or "")
        known = any(m.name == measure for m in lx.MEASURES)
        if not missing or len(missing) > OTHER_PARTS_FOR or not known:
            return [], []
        part = PlanPart(self.plan.question, "figure", f"measure:{measure}")
        filler = SlotFiller(self.engine, self.plan)
        lines, cited = [], []
        for fiche_id in missing:
            fiche = self.engine.corpus.fiche(fiche_id)
            filled = filler.fill(part, fiche)
            if isinstance(filled, Found):  # a sentence beside the measure ('30 % des ventes')
                filled = Missing(fiche_id, "attribute", nearest=filled)
            if filled.nearest is None:
                filled = replace(filled, nearest=filler.nearest_sentence(fiche_id))
            if filled.nearest is not None:
                before = len(self.words.citations)
                lines.append(self.words.gap(part, fiche, filled))
                numbers = [c.n for c in self.words.citations[before:]]
                cited.append(StructureAnswer.of(fiche, filled.nearest.value, numbers, 0.0))
        return lines, cited

    def _other_parts(self, selected: list[str]) -> list[str]:
        """The parts a question asks besides its aggregate ('… et qui la dirige ?'), filled
        from the fiches of the structures it selects (the first few)."""
        parts = [p for p in self.plan.parts if p.intent != "aggregate"]
        if not parts or not selected:
            return []
        filler = SlotFiller(self.engine, self.plan)
        lines = []
        for fiche_id in selected[:OTHER_PARTS_FOR]:
            fiche = self.engine.corpus.fiche(fiche_id)
            for part in parts:
                if part.intent == "fact":  # its own passage, searched in that fiche
                    asked = f"{part.text} ({fiche.name})"  # 'que fait-elle ?': it, named
                    found = self.engine.search(
                        asked, top_k=TOP_K, filters=Filters(fiche_ids=[fiche_id])
                    )
                    if not found.structures:
                        continue
                    ev = best_evidence(self.engine, asked, found, found.structures[0])
                    if ev is None:
                        continue
                    filled: Filled = Found(
                        fiche_id, ev.sentence.text, citation_for(self.engine, 0, ev)
                    )
                else:
                    filled = filler.fill(part, fiche)
                if isinstance(filled, Found):
                    lines.append(self.words.statement(part, fiche, filled, True))
                else:
                    lines.append(self.words.gap(part, fiche, filled))
        return lines

    def similar(self) -> Answer:
        """A project description, 'similar to this fiche', or 'pourquoi pas X ?': the ranking
        over the fiches' facets, explained facet by facet with cited evidence."""
        plan, part = self.plan, self.plan.parts[0]
        reference = part.name if part.kind == "fiche" else None
        writer = SimilarWriter(self.engine, self.words, self.lang)
        filters = self.filters if self.filters and not self.filters.is_empty() else None
        if part.intent == "why_not" and reference is None and not plan.query:
            text = say("why_not_no_project", self.lang)
            return self._answer(text, "", [], abstained=False)
        result: SimilarResult
        if reference is not None:
            result = similar_to_fiche(self.engine, reference, self.weights, filters, lang=self.lang)
        else:
            result = similar_to_description(
                self.engine, plan.query, self.weights, filters, lang=self.lang
            )
        writer.query = result.query
        if plan.besides:  # 'd'autres ?': the next closest, after those already given
            rest = [s for s in result.structures if s.fiche_id not in plan.besides]
            result = replace(result, structures=rest)
        if part.intent == "why_not":
            ranked = {s.fiche_id for s in result.structures}
            target = next((t for t in plan.targets if t in ranked), None)
            if target is None:
                example = result.structures[-1].name if result.structures else "VESTALI"
                text = say("why_not_unknown", self.lang, example=example)
                return self._answer(text, "", [], abstained=False)
            text, structures = writer.why_not(result, target)
        else:
            text, structures = writer.answer(result)
        if not structures:
            reason = self.place_gap or say("reason_no_match", self.lang)
            return self._answer(abstention_text(self.engine.corpus, self.lang, reason), reason, [])
        answer = self._answer(text, "", structures)
        answer.similar = {
            "reference": result.reference,
            "stated": [s.__dict__ for s in result.stated],
            "weights": result.weights,
            "ranking": [
                {"fiche_id": s.fiche_id, "name": s.name, "rank": s.rank, "score": s.score}
                for s in result.structures
            ],
        }
        return answer

    def compose(self) -> Answer:
        plan = self.plan
        if plan.intent in ("similar", "why_not"):
            return self.similar()
        if len(plan.parts) == 1 and booklet_about.asks_booklet(plan):
            text = booklet_about.booklet_about(self.engine.corpus, self.lang)
            return self._answer(text, "", [], abstained=False)
        if booklet_about.asks_maker(plan, self.engine.booklet_folded):
            # 'qui a rédigé ce livret ?': no credit in it; not a fiche sharing a word
            reason = booklet_about.maker_unstated(self.engine.corpus, self.lang)
            return self._answer(abstention_text(self.engine.corpus, self.lang, reason), reason, [])
        # ('CAF, ça veut dire quoi ?' splits at its comma: the acronym alone is no part)
        alone = re.fullmatch(r"\W*[A-Z0-9&.]+\W*", plan.parts[0].text) is not None
        spelt = self._acronym_answer() if len(plan.parts) == 1 or alone else None
        if spelt is not None:  # 'What does ALEFPA stand for?': the words behind its letters
            return spelt
        unknown = self._unknown_owner()
        if unknown:  # 'combien de salariés chez Envie ?': no sum over the booklet's own
            reason = say("reason_unknown_names", self.lang, names=", ".join(unknown))
            return self._answer(abstention_text(self.engine.corpus, self.lang, reason), reason, [])
        sibling = self._sibling_answer()
        if sibling is not None:  # 'the Jardin de Cocagne du Raquet': not the fiche's garden
            return sibling
        compared = self._compared_without_fiche()
        if compared:  # 'VESTALI's tonnage compared with Le Relais?': one side is not stated
            return self._answer(
                abstention_text(self.engine.corpus, self.lang, compared), compared, []
            )
        unstated = self._unstated_bodies()
        if unstated:  # 'financées par la Fondation de France ?': not those sharing 'fondation'
            reason = say("reason_unknown_names", self.lang, names=", ".join(unstated))
            return self._answer(abstention_text(self.engine.corpus, self.lang, reason), reason, [])
        if plan.facts_query is not None and not plan.facts_from_search:
            return self.from_facts()
        if ranking_unmeasured.asks_unmeasured_ranking(self.engine, plan):
            # 'which one has the largest carbon footprint reduction?': no fiche states it
            reason = say("reason_ranking_unmeasured", self.lang)
            text = say("ranking_unmeasured", self.lang)
            return self._answer(text, reason, [], abstained=True)
        if plan.resolution == other_one.OTHER_OF_NONE:  # 'the other one' of one structure
            reason = say("reason_other_of_none", self.lang)
            rest = [f.name for f in self.engine.corpus.fiches if f.id not in plan.among]
            one = ", ".join(self.engine.corpus.fiche(f).name for f in plan.among)
            text = say("other_of_none", self.lang, one=one, names=", ".join(rest))
            return self._answer(text, reason, [])
        if plan.resolution == NOTHING_IN_FOCUS:  # 'elle a été créée quand ?' opening a chat
            reason = say("reason_no_focus", self.lang)
            names = ", ".join(f.name for f in self.engine.corpus.fiches)
            text = say("no_focus", self.lang, n=len(self.engine.corpus.fiches), names=names)
            return self._answer(text, reason, [])
        if self.outside:
            return self._none_there()
        if self.there:
            return self._there_answer()
        if self.alone:
            return self._alone_answer()
        targets = self.targets()
        no_more = bool(plan.besides) and not targets
        if no_more:  # 'd'autres ?' when the list was whole: no others, these are the ones
            targets = self._targets()
        reason = self.refusal(targets)
        if reason:
            return self._answer(abstention_text(self.engine.corpus, self.lang, reason), reason, [])
        filler = SlotFiller(self.engine, plan)
        if self.stating_only:
            targets = self._stating(filler, targets)
        targets = self._holding_asked(filler, targets)
        several = len(targets) > 1 or plan.intent in ("list", "aggregate", "similar")
        groups = booklet_groups(self.engine.corpus, [t.fiche_id for t in targets])
        if several and len(groups) > 1:  # each booklet's structures together, best booklet first
            order = {fid: n for n, (_, ids) in enumerate(groups) for fid in ids}
            targets = sorted(targets, key=lambda t: order[t.fiche_id])
        firsts = {ids[0] for _, ids in groups}  # a booklet's heading goes before its first
        lines: list[str] = []
        structures: list[StructureAnswer] = []
        any_found = False
        gaps: list[str] = []
        blank_only: set[str] = set()  # listed for a template question or empty label only
        for target in targets:
            fiche = self.engine.corpus.fiche(target.fiche_id)
            before = len(self.words.citations)
            texts: list[str] = []
            why = ""
            for part in plan.parts:
                filled = self._checked_fill(filler, part, target, several)
                if isinstance(filled, Missing) and part.intent == "figure":
                    part, filled = self._alternative_filled(filler, part, target, several, filled)
                if isinstance(filled, Missing) and part.intent == "date":
                    part, filled = _planned_not_dated(part, filled)
                blank = isinstance(filled, Missing) and filled.missing == "blank"
                if part.intent == "list" and blank:  # it states nothing: not listed
                    blank_only.add(target.fiche_id)
                    break
                if isinstance(filled, Found):
                    any_found = True
                    # a sentence found by meaning is quoted as it stands, under no label
                    worded = replace(part, intent="fact") if filled.note == BY_MEANING else part
                    texts.append(self.words.statement(worded, fiche, filled, several))
                    why = why or filled.value
                else:
                    if filled.nearest is None and filled.missing != "blank":
                        # every gap names the nearest fact its fiche states: a filler that
                        # found none of its own kind still has the closest sentence
                        filled = replace(
                            filled, nearest=filler.for_part(part).nearest_sentence(fiche.id)
                        )
                    text = self.words.gap(part, fiche, filled)
                    texts.append(text)
                    gaps.append(text)
            if target.fiche_id in blank_only:
                del self.words.citations[before:]
                continue
            numbers = [c.n for c in self.words.citations[before:]]
            prefix = f"{len(structures) + 1}. " if several else ""
            if several and len(groups) > 1 and target.fiche_id in firsts:
                # between blank lines: Markdown ends the list above, and starts the next one at
                # its number (a list may interrupt a paragraph only when it starts at 1)
                lines += ["", group_heading(self.engine.corpus.booklet_of(fiche), self.lang), ""]
            lines.append(prefix + "\n   ".join(texts) if several else "\n\n".join(texts))
            structures.append(self._structure(fiche, target, why, numbers))
        if several and self.kind_aside is not None and any_found:
            # none is of the kind asked: those naming it are quoted, not listed
            head = (
                say(
                    "kind_named_aside_place",
                    self.lang,
                    kind=self.kind_aside.asked,
                    place=self.kind_aside_place,
                )
                if self.kind_aside_place
                else say("kind_named_aside", self.lang, kind=self.kind_aside.asked)
            )
            lines.insert(0, head)
            answer = self._answer("\n".join(lines), head, [], abstained=True)
            answer.citations = self.words.citations
            return answer
        if several:
            n = len(structures)
            head = list_head(n, len(groups), self.lang)
            if plan.intent == "aggregate" and plan.facts_from_search:
                head = say("agg_count_search", self.lang, n=n, s="" if n == 1 else "s")
                if lx.SHARE_FRAME.search(fold(plan.question)):
                    head = self._with_share(head, n)
            elif plan.intent == "aggregate":
                head = f"{say('aggregate_note', self.lang)}\n{head}"
            if plan.resolution == EVERY_ONE_UNPOINTED and not self.value_named:
                # 'et leur budget ?' opening a chat (not 'which one has the X label?')
                head = f"{say('every_one_unpointed', self.lang)}\n{head}"
            if no_more:
                head = f"{say('no_more_listed', self.lang)}\n{head}"
            if self.listed_elsewhere:  # 'which of them made masks?': none of them; these do
                head = f"{say('none_listed_others_do', self.lang)}\n{head}"
            lines.insert(0, head)
        elif named := named_booklet(self.engine.corpus, [t.fiche_id for t in targets], self.lang):
            lines.append(named)  # one structure: which booklet states it, when several are loaded
        if not any_found and not self.lacking_listed:
            reason = gaps[0].replace("**", "") if gaps else say("reason_no_passage", self.lang)
            return self._answer("\n".join(lines), reason, structures, abstained=True)
        return self._answer("\n".join(lines), "", structures)

    def _figure_bound(
        self, filler: SlotFiller, part: PlanPart, filled: Filled, own_name: str, several: bool
    ) -> Filled:
        """Class: a figure asked that the fiche does not give, answered with a sentence holding
        no number, or no sum for an amount asked ('How much does the Boulogne fish soup sell
        for?', 'la location de vélo c'est combien ?'): the fiche gives no such figure, that
        sentence the nearest fact (figure_binding.py). Read after the fillers that look for
        the sum elsewhere (a funder's). The fiche's sentence closest to the question that
        holds the figure asked AND names a thing the question asks ('4 € le panier vendu' for
        'how much per basket?') answers instead: the figure bound to the thing."""
        if part.intent != "figure" or not isinstance(filled, Found):
            return filled
        kind = figure_binding.figure_unbound(
            part.text, filled.value, filled.citation.quote, own_name
        )
        if kind == "attribute" and part.name and filled.citation.section == "key_figures":
            kind = None  # the key figure of the measure asked, stated in words ('NB PROJETS
            # EN ÉTUDE : Conception d'un catalogue …'): its words are the answer
        if part.name == "resultat" and lx.RESULT_SIGN_STATED.search(fold(filled.citation.quote)):
            kind = None  # a result stated by its sign ('… est positif'; slots._result_by_sign)
        if kind is None and figure_binding.planned_unbound(part.text, filled.citation.quote):
            return Missing(filled.fiche_id, "planned", nearest=filled)
        if kind is None:
            return filled
        things = priced_thing.asked_things(part.text, own_name)
        if not things and self.plan.followup:  # 'And in 2021?' of 'how much fish …?'
            things = priced_thing.asked_things(self.plan.query, own_name)

        def binds(text: str) -> bool:
            # a sum for a sum asked; a number, outside the structure's name, for the rest
            typed = figure_binding.states_amount(text) if kind == "amount" else None
            if typed is None:
                typed = figure_binding.holds_a_number(text, own_name)
            named = priced_thing.holds(text, things) if things else False
            return typed and (named or figure_binding.takings_of_takings(part.text, text))

        ev = filler.best_sentence(filled.fiche_id, binds)
        years = [str(y) for y in self.plan.years]
        if ev is not None and years and not any(y in ev.sentence.text for y in years):
            # the figure of the thing, for no year asked: nothing for that year, it is nearest
            return Missing(filled.fiche_id, "year", nearest=filler.found(ev))
        if ev is not None:
            return filler.found(ev)
        card = filled.citation.section in ("contact", "identity")
        if (
            kind == "amount"
            and things
            and card
            and not priced_thing.holds(filled.citation.quote, things)
        ):
            # 'louer un vélo c'est combien ?': the sentence naming the thing is nearer than
            # a number of the card (an address's postcode, a headcount)
            def held(text: str) -> int:
                vocab = set(analyze(text))
                return sum(1 for g in things if g.held_by(vocab))

            most = max(
                (held(ev.sentence.text) for ev in filler.sentences(filled.fiche_id)), default=0
            )
            naming = (
                filler.best_sentence(filled.fiche_id, lambda t: held(t) == most) if most else None
            )
            if naming is not None:
                return Missing(filled.fiche_id, kind, nearest=filler.found(naming))
        return Missing(filled.fiche_id, kind, nearest=filled)

    def _stated_by_meaning(self, part: PlanPart, filled: Filled, several: bool) -> Filled:
        """A gap about one structure that only says the word tables found nothing (the
        attribute unmapped, no amount, the words not found): the fiche's sentence closest
        in meaning that clearly states it answers instead (stated_passage.py). Not for a
        list, a yes/no, a year asked, or a structure the search chose ('any')."""
        plan = self.plan
        if (
            several
            or not isinstance(filled, Missing)
            or filled.missing not in stated_passage.REOPENED
            or part.intent not in stated_passage.INTENTS
            or part.yes_no
            or plan.years
            or plan.target_source == "any"
            or change_asked.asks_change(part.text)  # a change not stated: no level answers it
        ):
            return filled
        query = evidence_query(self.engine, plan, part)
        ev = stated_passage.stated_by_meaning(
            self.engine, query, filled.fiche_id, part.expected, plan.question
        )
        if ev is None:
            return filled
        if counted_act.act_not_stated(fold(part.text), fold(ev.sentence.text)) is not None:
            return filled  # 'how many computers do they sell each year?' of '… donnés par an'
        citation = citation_for(self.engine, 0, ev)
        return Found(filled.fiche_id, ev.sentence.text, citation, note=BY_MEANING)

    def _stating(self, filler: SlotFiller, targets: list[StructureHit]) -> list[StructureHit]:
        """Asked which structures give a figure ('Which structures give a number of
        volunteers?', 'Quelles fiches indiquent un chiffre d'affaires ?'): those whose fiche
        states it, not every structure with a line saying it does not. None stating it: all,
        each saying so (the abstention names what they state instead)."""
        part = self.plan.parts[0]
        fiche = self.engine.corpus.fiche
        stating = [
            t
            for t in targets
            if isinstance(self._unless_blank(part, filler.fill(part, fiche(t.fiche_id))), Found)
        ]
        if stating_list.negated(fold(self.question)):
            # 'lesquelles ne donnent pas de nombre de bénévoles ?': those that do not, each
            # saying what it gives instead — the list asked, no abstention; all stating it,
            # all are shown with it
            lacking = [t for t in targets if t not in stating]
            self.lacking_listed = bool(lacking)
            return lacking or targets
        return stating or targets

    def _holding_asked(self, filler: SlotFiller, targets: list[StructureHit]) -> list[StructureHit]:
        """A list asked by a value ('le code APE 9499Z', 'a woman as director'): of the
        structures, those whose slot states that value (`asked_value`). None holding it:
        all, each with its own value, so the answer shows none matches."""
        plan = self.plan
        part = plan.parts[0]
        if len(plan.parts) != 1 or plan.target_source == "named":
            return targets
        if part.attribute == "field:networks" and not plan.targets:
            # a body a network line names ('réseau chantier école'), not a word shared with
            # one ('chantiers d'insertion'): its members (membership.members_by_line)
            members = membership.members_by_line(self.engine.corpus.fiches, plan.question)
            if members is not None:
                return [t for t in self._every(self._in_scope) if t.fiche_id in members]
        named = self._holding_named_value(filler, targets)
        if named is not None:
            return named
        if not asked_value.narrows(plan.question, part.attribute):
            return targets
        if not plan.targets:  # a card's value, not a passage's words: every one in scope
            targets = self._every(self._in_scope)
        if len(targets) < 2:
            return targets
        fiche = self.engine.corpus.fiche
        holding = [
            t
            for t in targets
            if asked_value.holds_asked(
                plan.question, part.attribute, filler.fill(part, fiche(t.fiche_id))
            )
        ]
        return holding or targets

    def _card_value_listed(self) -> list[StructureHit] | None:
        """Class: a list naming a card line by its word and a value of it ('quelle structure
        a un agrément agriculture biologique ?', 'which ones have the status reconnue
        d'utilité publique?', 'lesquelles sont au réseau COORACE ?'; `named_card_value`):
        the structures in scope whose line states the value, not those whose passages share
        a word of it. None when the question names no value telling the lines apart."""
        plan = self.plan
        if plan.target_source != "any" or len(plan.parts) != 1:
            return None
        fields = named_card_value.asked_fields(plan.question)
        if not fields:
            return None
        filler = SlotFiller(self.engine, plan)
        part = plan.parts[0]
        scope = self._every(lambda f: True)
        lines = {}
        for t in scope:
            fiche = self.engine.corpus.fiche(t.fiche_id)
            values = []
            for attribute in fields:
                filled = filler.fill(replace(part, intent="field", attribute=attribute), fiche)
                if isinstance(filled, Found):
                    values.append(filled.value)
            lines[t.fiche_id] = " ".join(values)
        kept = named_card_value.holders(plan.question, self.lang, lines, self._card_places())
        if kept is None:
            return None
        # ('les structures de l'alimentation durable ont un agrément ACI ?': of that theme)
        return self.on_theme([t for t in scope if t.fiche_id in kept])

    def _card_places(self) -> set[str]:
        """The stems of the structures' towns, départements and themes: a card line may name
        one ('ESS 62 attribué par le département du Pas de Calais', 'projet alimentaire'), as
        a question names where, or which theme's structures it asks of."""
        return {
            stem
            for f in self.engine.corpus.fiches
            for stem in analyze(fold(f"{f.contact.town} {f.contact.departement} {f.theme}"))
        }

    def _holding_named_value(
        self, filler: SlotFiller, targets: list[StructureHit]
    ) -> list[StructureHit] | None:
        """Class: which structure holds a card value the question names ('which one has the
        drive fermier label?', 'which one is in the coorace network?', 'qui a le statut
        reconnu d'utilité publique ?'; `named_card_value`): of every structure in scope,
        those whose line states it. None when the question names no value telling the
        lines apart: the list is decided as before."""
        plan = self.plan
        part = plan.parts[0]
        # (every structure, none in focus: 'which one has …?' opening a chat)
        if (
            (plan.targets and plan.resolution != EVERY_ONE_UNPOINTED)
            or part.attribute not in named_card_value.CARD_VALUE_FIELDS
            or not named_card_value.asks_holder(plan.question)
        ):
            return None
        fiche = self.engine.corpus.fiche
        scope = self._every(self._in_scope)
        lines = {}
        for t in scope:
            filled = filler.fill(part, fiche(t.fiche_id))
            lines[t.fiche_id] = filled.value if isinstance(filled, Found) else ""
        kept = named_card_value.holders(plan.question, self.lang, lines, self._card_places())
        if kept is None:
            return None
        self.value_named = True
        return [t for t in scope if t.fiche_id in kept]

    def _sibling_answer(self) -> Answer | None:
        """A question naming a sibling of a structure (`sibling_name`): an abstention saying
        the booklet has no fiche for it, quoting where it mentions it."""
        corpus = self.engine.corpus
        fiches = [corpus.fiche(f) for f in self.plan.targets]
        homes = {
            f.name: fold(
                " ".join([f.name, f.contact.town, *f.contact.address, f.identity.legal_name])
            )
            for f in fiches
        }
        found = sibling_name.sibling_named(self.question, homes, self.engine.booklet_folded)
        if found is None:
            return None
        reason = say("reason_sibling", self.lang, name=found.written, structure=found.structure)
        for fiche in corpus.fiches:
            text = corpus.sources[fiche.source]
            body = text[fiche.span.start : fiche.span.end]
            m = re.search(re.escape(found.written), body, re.I)
            if m is None and found.own_word:  # named by its town: where the booklet writes it
                m = re.search(rf"\b{re.escape(found.own_word)}\b", body, re.I)
            if m is None:
                continue
            at = fiche.span.start + m.start()
            citation = citation_at(self.engine, 1, fiche.id, fiche.source, at, at + len(m.group()))
            sentence = self._sentence_around(citation)
            self.words.citations = [replace(citation, quote=sentence)]
            answer = self._answer(f"{reason} [1] — « {sentence} »", reason, [], abstained=True)
            answer.citations = self.words.citations
            return answer
        return self._answer(reason, reason, [], abstained=True)

    def _acronym_answer(self) -> Answer | None:
        """The words behind an acronym the booklet writes (`acronym`): the passage spelling
        it out, else an abstention quoting where it is used. None: no acronym asked, or one
        the booklet never writes (the usual refusal says so)."""
        letters = acronym.asked_acronym(self.question)
        if not letters:
            return None
        corpus, in_focus = self.engine.corpus, set(self.plan.targets)
        spelt: list[tuple[bool, str, Fiche, int, int, str]] = []
        used: list[tuple[bool, str, Fiche, int, int, str]] = []
        raw = list_scope.fiche_texts(self.engine).raw
        for fiche in corpus.fiches:
            text = raw[fiche.id]
            first = fiche.id not in in_focus  # (False sorts first: the one in focus)
            for sp in acronym.spelt_out(text, letters):
                at = fiche.span.start
                spelt.append((first, fiche.id, fiche, at + sp.start, at + sp.end, sp.words))
            for start in acronym.uses(text, letters)[:1]:
                at = fiche.span.start + start
                used.append((first, fiche.id, fiche, at, at + len(letters), ""))
        if not used:
            return None
        found = sorted(spelt or used, key=lambda x: (x[0], x[1]))[0]
        _, _, fiche, start, end, words = found
        citation = citation_at(self.engine, 1, fiche.id, fiche.source, start, end)
        sentence = self._sentence_around(citation)
        if words:
            text = say("acronym_spelt", self.lang, acr=letters, words=words)
            reason = ""
        else:
            reason = say("acronym_not_spelt", self.lang, acr=letters)
            text = reason
        text = f"{text} [1] — « {sentence} » ({fiche.name})"
        self.words.citations = [citation]
        hit = next((h for h in self.result.structures if h.fiche_id == fiche.id), None)
        one = StructureAnswer.of(fiche, sentence, [1], hit.confidence if hit else 0.0)
        answer = self._answer(text, reason, [one], abstained=not words)
        if not words:
            answer.structures = []  # nothing answered: the passage is the nearest fact
        return answer

    def _sentence_around(self, citation: Citation) -> str:
        """The indexed sentence holding a citation's start, else the cited span itself."""
        chunks = self.engine.chunks
        for sentence in self.engine.sentences:
            chunk = chunks[sentence.chunk]
            if chunk.fiche_id != citation.fiche_id or chunk.source != citation.source:
                continue
            if sentence.start <= citation.start < sentence.end:
                return sentence.text
        return citation.quote

    def _structure(
        self, fiche: Fiche, target: StructureHit, why: str, numbers: list[int]
    ) -> StructureAnswer:
        return StructureAnswer.of(fiche, why, numbers, target.confidence)

    def _answer(
        self,
        text: str,
        reason: str,
        structures: list[StructureAnswer],
        abstained: bool | None = None,
    ) -> Answer:
        abstained = bool(reason) if abstained is None else abstained
        return Answer(
            question=self.question,
            lang=self.lang,
            intent=self.plan.intent,
            answer=text,
            abstained=abstained,
            abstain_reason=reason,
            structures=structures,
            citations=self.words.citations if structures else [],
            query=self.plan.query,
            followup=self.plan.followup,
            filters={k: v for k, v in asdict(self.applied).items() if v},
            plan=self.plan.to_dict(),
        )


def _person_unnamed(part: PlanPart, filled: Filled, engine: Engine) -> Filled:
    """Class: a person asked by what the question describes of them ('c'est qui la maraîchère
    bio qui dépose chez eux ?', 'who is the farmer supplying them?'): a sentence naming no one
    does not answer who; the fiche mentions that person without naming them, and that sentence
    is the nearest fact (lexicon PERSON_DESCRIBED_ASKED, PERSON_NAME). A group an open frame
    asks ('who are the customers of X?', 'qui sont ses clients ?': the buyers) is answered
    by the kinds of people a sentence names, no one's name."""
    if part.intent != "fact" or part.attribute or not isinstance(filled, Found):
        return filled
    described = lx.PERSON_DESCRIBED_ASKED.search(fold(part.text))
    if not described or frames_asked(fold(part.text)):
        return filled
    # 'Who is the Cocagne garden going halves with …?': a structure named, no one described
    noun = described.group(0).split()[-1]
    named = engine.mentions.mentioned(part.text)
    if any(noun in fold(engine.corpus.fiche(f).name).split() for f in named):
        return filled
    # ('… le Jardin de Cocagne de la Haute Borne …': a structure's or a place's name, no one's)
    if any(
        not engine.mentions.mentioned(m.group()) and not match_places(m.group())
        for m in lx.PERSON_NAME.finditer(filled.citation.quote)
    ):
        return filled
    return Missing(filled.fiche_id, "person_unnamed", nearest=filled)


def _unit_unheaded(part: PlanPart, filled: Filled, filler: SlotFiller) -> Filled:
    """Class: who is in charge of one part of a structure ('Who is in charge of the welding
    workshop?', 'qui s'occupe des ateliers cuisine ?'): the director on the card, or a
    sentence naming no one, does not head it unless their role names it; that is the
    nearest fact (unit_head.py)."""
    if part.intent not in ("person", "fact") or (part.intent == "fact" and part.attribute):
        return filled
    if not isinstance(filled, Found):
        # 'qui s'occupe de la com ?' read as a blank of the fiche: the duty's own sentence
        return _duty_told(part, filled, filler) if filled.missing == "blank" else filled
    unit = unit_head.unit_asked(part.text)
    if unit is None:
        return _duty_told(part, filled, filler)
    if part.intent == "person":
        if unit_head.heads(f"{filled.detail} {filled.citation.quote}", unit):
            return filled
    elif any(
        m and len(m.group()) > 3
        for m in (re.search(r.stated, fold(filled.citation.quote)) for r in lx.ROLES)
    ):
        return filled  # a sentence telling someone's role at that part: it answers
    return Missing(filled.fiche_id, "unit_head", nearest=filled, words=unit)


def _duty_told(part: PlanPart, filled: Filled, filler: SlotFiller) -> Filled:
    """Class: who does a duty ('who handles communication at X?', 'qui s'occupe de la compta
    ?'): a role or sentence stating that duty answers; else the fiche names no one for it,
    the answer found being the nearest fact (unit_head.DUTIES)."""
    duty = unit_head.duty_asked(part.text)
    if duty is None:
        return filled
    label, stated = duty
    if isinstance(filled, Found) and stated.search(
        fold(f"{filled.detail} {filled.citation.quote}")
    ):
        return filled
    # 'Who does the books?': the fiche's own sentence on that duty ('une comptabilité
    # réalisée par un cabinet d'expertise comptable'), when the one found is another
    told = [
        ev
        for ev in filler.for_part(part).sentences(filled.fiche_id)
        if stated.search(fold(ev.sentence.text))
    ]
    if told:
        return filler.for_part(part).found(max(told, key=lambda ev: ev.score))
    nearest = filled if isinstance(filled, Found) else filled.nearest
    return Missing(filled.fiche_id, "unit_head", nearest=nearest, words=label)


def _naming_kind(
    filler: SlotFiller, noun: str, glossed: bool, evidence: list[Evidence]
) -> Found | None:
    """Class: a family noun asked of a fiche that never writes it but names a kind of it
    ('what tool do they use to track objects?' of 'le recours au logiciel de traçabilité',
    'quels outils ?' of 'un parc complet de machines'; glossary KINDS_FR): the best sentence
    naming a kind answers, where the family word alone would have refused."""
    words = {noun, *(w for w in EN_FR.get(noun, ()) if glossed)}
    if noun.endswith("s"):
        words |= {noun[:-1], *(w for w in EN_FR.get(noun[:-1], ()) if glossed)}
    kinds = {fold(k) for w in words for k in topic_words.kinds_of(w)}
    if not kinds:
        return None
    pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(kinds)) + r")(s|x)?\b")
    naming = [ev for ev in evidence if pattern.search(fold(ev.sentence.text))]
    return filler.found(max(naming, key=lambda ev: ev.score)) if naming else None


def _thing_unnamed(filler: SlotFiller, part: PlanPart, filled: Filled) -> Filled:
    """Class: the name of a thing or person asked that the fiche mentions without naming
    ('comment s'appelle la tapissière ?', "what's the name of the retailer?"): the sentence
    found writes it after 'un', 'une' with no name next to it, and no sentence of the fiche
    names it; it is the nearest fact (unnamed_thing.py)."""
    if part.intent != "fact" or not isinstance(filled, Found):
        return filled
    noun, glossed, which = unnamed_thing.name_asked(part.text), True, False
    if noun is None and not part.attribute:  # any 'which + noun' (unnamed_thing.which_noun)
        noun, glossed, which = unnamed_thing.which_noun(part.text), filler.plan.lang == "en", True
    if noun is None:
        return filled
    stems = unnamed_thing.noun_stems(noun, glossed, strict=which)
    evidence = list(filler.sentences(filled.fiche_id))
    sentences = [ev.sentence.text for ev in evidence]
    # an English noun read in French, plural too ("which drinks …?": 'drink')
    read = filler.plan.lang == "fr" or noun in EN_FR or noun.removesuffix("s") in EN_FR
    heads = kind_instances.kind_heads(noun, glossed)
    if read and stems and not unnamed_thing.writes_any(sentences, stems):
        # 'Which bank …?' of a fiche naming 'Caisse d'Épargne ; Crédit Agricole': a body of
        # the kind named by its own name answers (kind_instances.py)
        instance = _naming_instance(filler, filled, evidence, heads)
        if instance is not None:
            return instance
        kind = _naming_kind(filler, noun, glossed, evidence)
        if kind is not None:
            return kind
        # 'quel est le nom du designer qui intervient ?' of a fiche writing no designer: the
        # thing itself is not mentioned, the sentence found is the nearest fact
        return Missing(filled.fiche_id, "unmentioned", nearest=filled, words=f"« {noun} »")
    if which:  # ('quel atelier …' may ask what kind it is: any noun decides by its absence)
        # 'quelle fondation les aide ?' answered by a sentence writing no foundation, when
        # another names one ('Fondations AG2R …'): the sentence naming it answers
        quote = filled.citation.quote
        if not unnamed_thing.writes_any([quote], stems):
            naming = [ev for ev in evidence if unnamed_thing.names_it(ev.sentence.text, stems)]
            if naming:
                return filler.found(max(naming, key=lambda ev: ev.score))
            return _naming_instance(filler, filled, evidence, heads) or filled
        return filled
    naming = [ev for ev in evidence if unnamed_thing.names_it(ev.sentence.text, stems)]
    if naming:  # the fiche names it: the sentence naming it answers, when the one found does not
        if unnamed_thing.names_it(filled.citation.quote, stems):
            return filled
        return filler.found(max(naming, key=lambda ev: ev.score))
    if unnamed_thing.mentions_unnamed(filled.citation.quote, stems):
        return Missing(filled.fiche_id, "thing_unnamed", nearest=filled)
    named_frame = lx.NAME_ASKED.search(fold(part.text)) is not None  # not 'quels fournisseurs'
    if named_frame and not unnamed_thing.holds_a_name(filled.citation.quote, part.text):
        # a name asked, a quote holding none: what it says is the nearest fact, no answer
        return Missing(filled.fiche_id, "thing_unnamed", nearest=filled)
    # the party asked is mentioned elsewhere, only unnamed ('l'appui d'un éco-organisme')
    mention = max(
        (ev for ev in evidence if unnamed_thing.mentions_unnamed(ev.sentence.text, stems)),
        key=lambda ev: ev.score,
        default=None,
    )
    if mention is None:
        return filled
    return Missing(filled.fiche_id, "thing_unnamed", nearest=filler.found(mention))


def _naming_instance(
    filler: SlotFiller, filled: Found, evidence: list[Evidence], heads: list[str]
) -> Found | None:
    """The sentence of the fiche naming a body of the kind asked by its own name ('Caisse
    d'Épargne' for a bank): the one found when it does, else the best scored; None when no
    sentence does (kind_instances.py)."""
    if not heads:
        return None
    if kind_instances.names_an_instance(filled.citation.quote, heads):
        return filled
    naming = [ev for ev in evidence if kind_instances.names_an_instance(ev.sentence.text, heads)]
    return filler.found(max(naming, key=lambda ev: ev.score)) if naming else None


def open_frame_asked(part: PlanPart) -> bool:
    """Whether an open question asks a frame of how a structure works ('how do they get their
    wood?': a provenance; 'who buys their furniture?'): asked with no structure named, the
    sentence of the structure found that states it is quoted, as for one named. Class: open
    questions opening a conversation, answered by a sentence sharing only the thing's name
    ('Un gisement en bois en croissance')."""
    return bool(frames_asked(fold(part.text)))


def _counts_people(part: PlanPart) -> bool:
    """Whether a part asks a measure of people (staff, ETP, volunteers): 'how much … does
    the Pays provide' then asks people lent, never a sum (class: staff time of a partner)."""
    return part.kind == "measure" and any(
        m.name == part.name and m.family == "people" for m in lx.MEASURES
    )


def _names_a_public(word: str) -> bool:
    """Whether a word names whom structures work for ('foyers', 'familles', 'women'): a
    list decided by a kind of activity its fiches state does not need that word, which
    fiches say in many ways ('personnes à faibles revenus' for 'foyers modestes')."""
    return any(m.facet == "public" for m in match_words(word, ("public",)))


# What a question about one structure asks: answered from its fiche once it is found.
def _capitalised_in(question: str, span: re.Match[str]) -> list[str]:
    """The capitalised words of a description ('the Hirson shop'), départements aside."""
    if len(fold(question)) != len(question):  # folding moved the offsets
        return []
    words = re.findall(r"\b[A-ZÀ-Ý][\w-]+", question[span.start() : span.end()])
    # ('the Amiens-based charity': the town of an English compound)
    words = [re.sub(r"-(?:area|based|region|zone)$", "", w) for w in words]
    return [
        w
        for w in words
        if not departements_in(w)
        and fold(w) not in lx.STOPWORDS
        and not lx.DEMONSTRATIVE.match(fold(w))
    ]


def _names_its_structures(question: str) -> bool:
    """A question naming the structures it asks for ('quelles structures …', 'which
    organisations …'), neither an ellipsis ('et …') nor 'the others'."""
    folded = fold(question)
    if lx.ELLIPSIS_OPENER.match(folded) or lx.OTHERS.search(folded):
        return False
    return bool(lx.PLURAL_STRUCTURES.search(folded))


_ONE_ASKS = frozenset({"fact", "figure", "person", "field", "date", "unstated"})

# A prize asked by which ('quel prix ont-ils eu ?', 'which award did they win?'). Folded.
_WHICH_PRIZE = re.compile(
    r"\b(quel|quels|quelle|quelles) (\w+ )?prix\b|\b(which|what) (\w+ )?(prizes?|awards?)\b"
)
# The intents asking one fact of one holder: a figure (or a total of it), a person, a contact
# field, a date.
_FACT_OF_HOLDER = frozenset({"figure", "aggregate", "person", "field", "date"})


def _own_names(fiche: Fiche) -> list[str]:
    """What a fiche names as its own: its names, its address and town, its head office, its
    contacts ('Anstaing', 'Cazenave'); no partner it names stands for another structure."""
    contact, identity = fiche.contact, fiche.identity
    people = [p.name for p in contact.persons]
    return [
        fiche.name,
        identity.legal_name,
        identity.establishment_name,
        identity.head_office,
        contact.town,
        *contact.address,
        *people,
    ]


def stands_in(fiche: Fiche, places: list[str]) -> bool:
    """Whether a structure stands in one of these towns: its town, postcode or head office,
    département names aside ('Calais' is not 'Pas-de-Calais'), street lines aside ('route de
    Compiègne' is in Pommiers)."""
    if any(is_the_whole_region(p) for p in places):  # 'en Hauts-de-France': every one
        return True
    where = " ".join([fiche.contact.town, fiche.contact.postcode, fiche.identity.head_office])
    folded = f" {list_scope.plain(where)} "
    for name in DEPARTEMENTS.values():
        folded = folded.replace(f" {list_scope.plain(name)} ", " ")
    return any(f" {list_scope.plain(p)} " in folded for p in places)


def ask(
    engine: Engine,
    question: str,
    history: list[dict[str, str]] | None = None,
    filters: Filters | None = None,
    weights: Mapping[str, float] | None = None,
) -> Answer:
    """Answer a question in its conversation, extractively, with numbered citations.
    `weights`: of the similar-initiatives ranking, per facet (None: the defaults)."""
    asked = asked_after_context(question)  # 'je prépare une réunion : quelles … ?'
    # 'on est une asso à Amiens et je me demandais combien …' (context_preamble.py)
    asked = asked or asked_after_wondering(question, lambda t: bool(engine.mentions.mentioned(t)))
    if asked is not None:
        answer = ask(engine, asked, history, filters, weights)
        return replace(answer, question=question)
    history = history or []
    rate = rate_order.reordered(question)  # 'tonnes per year of wood': 'of wood per year'
    if rate is not None:
        answer = ask(engine, rate, history, filters, weights)
        plan = {**answer.plan, "question": question, "read_as": rate}
        return replace(answer, question=validated(question), plan=plan)
    fixed = self_correction.corrected(question)  # 'combien de repas, pardon, d'ateliers …'
    if fixed is not None:
        answer = ask(engine, fixed, history, filters, weights)
        plan = {**answer.plan, "question": question, "read_as": fixed}
        return replace(answer, question=validated(question), plan=plan)
    one = stated_then_asked.one_question(question)  # '… budget for 2021 — what was it?'
    if one is not None:  # the topic stated and its pronoun question: one question
        answer = ask(engine, one, history, filters, weights)
        plan = {**answer.plan, "question": question, "read_as": one}
        return replace(answer, question=validated(question), plan=plan)
    founded = None if history else founding_aside.aside(question)
    if founded is not None:  # 'The Liévin association founded in 1997 …: its budget?'
        answer = ask(engine, founded[0], history, filters, weights)
        if len(answer.structures) == 1 and _states_founding(
            engine, answer.structures[0].fiche_id, founded[1]
        ):
            plan = {**answer.plan, "question": question, "read_as": founded[0]}
            return replace(answer, question=validated(question), plan=plan)
    # 'qui ?', 'and who?' after a turn: the one the last question left unnamed, or who runs
    # the structure in focus (bare_question_word.who_resolved)
    users = [t.get("content", "") for t in history if t.get("role") == "user"]
    who = who_resolved(question, users[-1]) if users else None
    if who is not None:
        answer = ask(engine, who, history, filters, weights)
        plan = {**answer.plan, "question": question, "read_as": who}
        return replace(answer, question=validated(question), plan=plan)
    # 'et l'année d'après ?' is asked as the year it names (class: relative-year follow-ups)
    meant = relative_year.resolved(question, history)
    # 'lesquels ?', 'où ça ?' after a count of things of one structure: those things
    counted = (
        which_of_counted.resolved(meant, history, _about_one(engine, history))
        if history and which_of_counted.asks_which_or_where(meant)
        else None
    )
    if counted is not None:
        answer = ask(engine, counted, history, filters, weights)
        plan = {**answer.plan, "question": question, "read_as": counted}
        return replace(answer, question=validated(question), plan=plan)
    plain = list_request.plain_list_question(meant)  # 'Fais-moi la liste des …', '… ? Lesquelles ?'
    plain = list_wording.as_list_question(plain)  # 'I'm after groups that …', 'X rather than Y'
    if plain != meant:  # the plan keeps the question as typed, and says how it was read
        answer = ask(engine, plain, history, filters, weights)
        plan = {**answer.plan, "question": question, "read_as": plain}
        return replace(answer, question=validated(question), plan=plan)
    out = None if history or (filters and filters.fiche_ids) else _left_out(engine, meant)
    if out is not None:  # 'dans le Nord hors métropole lilloise' (class: lists with exclusion)
        answer = _without_left_out(engine, out, filters, weights)
        return replace(answer, question=validated(question))
    answer = answer_turn(engine, meant, history, filters, weights)
    answer = _typo_reread(engine, answer, meant, history, filters, weights)
    answer = _clipped_reread(engine, answer, meant, history, filters, weights)
    return answer if meant == question else replace(answer, question=validated(question))


def _asks_attribute(text: str) -> bool:
    """Whether a piece of a question asks a key figure, a field or a role by itself."""
    asked = asked_attribute(text)
    return asked is not None and asked[0] in ("figure", "field", "person")


def _states_founding(engine: Engine, fiche_id: str, year: int) -> bool:
    """Whether a fiche states a founding, a launch or a merger in `year` (founding_aside.py)."""
    fiche = engine.corpus.fiche(fiche_id)
    text = engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end]
    return founding_aside.states_founding(re.split(r"(?<=[.!?])\s+|\n+", text), year)


def _about_one(engine: Engine, history: list[dict[str, str]]) -> bool:
    """Whether the user's latest turn naming structures named exactly one."""
    for turn in reversed(history):
        if turn.get("role") == "user":
            named = engine.mentions.mentioned(turn.get("content", ""))
            if named:
                return len(named) == 1
    return False


def _left_out(engine: Engine, question: str) -> exclusion.LeftOut | None:
    """The exclusion a list question asks (exclusion.py), resolved on the engine's fiches."""
    return exclusion.left_out(
        question,
        engine.corpus.fiches,
        engine.mentions.mentioned,
        stands_in,
        lambda what: described_left_out(engine, what),
    )


def described_left_out(engine: Engine, what: str) -> list[str]:
    """The structure a description left out of a list fits clearly best ('la ressourcerie',
    'the wood workshop'); none when it fits none, or two alike (described_things.py)."""
    scores = described_things.described_scores(
        fold(what), facets_for(engine).fiches, engine.mentions.name_word_holders
    )
    ranked = sorted(scores, key=lambda f: -scores[f])
    if not ranked or scores[ranked[0]] <= 0:
        return []
    if len(ranked) > 1 and scores[ranked[1]] > scores[ranked[0]] - described_things.MARGIN:
        return []
    return ranked[:1]


def _without_left_out(
    engine: Engine,
    out: exclusion.LeftOut,
    filters: Filters | None,
    weights: Mapping[str, float] | None,
) -> Answer:
    """The list asked without its exclusion, minus the structures it leaves out; none left,
    a refusal naming them. Class: lists with an exclusion (exclusion.py)."""
    whole = answer_turn(engine, out.question, [], filters, weights)
    if whole.abstained and kept_structures.only_a_place_left_out(whole.abstain_reason, whole.lang):
        # 'Which structures are outside the Nord?': every structure but those standing there
        every = [f.id for f in engine.corpus.fiches if f.id not in out.fiche_ids]
        scope = replace(filters or Filters(), fiche_ids=every)
        region = answer_turn(
            engine,
            kept_structures.over_the_places(
                out.question,
                whole.lang,
                [engine.corpus.fiche(f).contact.departement for f in every],
            ),
            [],
            scope,
            weights,
        )
        if not region.abstained:
            return region
    if whole.abstained:  # read without it, no list: the question as asked
        return answer_turn(engine, out.asked, [], filters, weights)
    listed = [s.fiche_id for s in whole.structures]
    kept = [f for f in listed if f not in out.fiche_ids]
    if kept == listed and listed:
        # none of those left out is among them ('à part les producteurs de l'Oise et les
        # Copains, elles sont toutes chantiers d'insertion ?'): the answer without it stands
        return whole
    if whole.facts and out.departements:
        # a figure over the structures, a département left out ('combien de structures hors du
        # Nord ?'): its planner reads the exclusion and computes the figure over those kept;
        # narrowed here, the structures went but the figure of all stayed (exclusion.py)
        return answer_turn(engine, out.asked, [], filters, weights)
    if kept == listed:
        return whole
    aside = [s for s in whole.structures if s.fiche_id in out.fiche_ids]
    if kept:  # (the answer asked again numbers its own citations: names only)
        narrowed = replace(filters or Filters(), fiche_ids=kept)
        again = answer_turn(engine, out.question, [], narrowed, weights)
        names = ", ".join(s.name for s in aside)
        note = say("left_out_note", whole.lang, what=out.what, names=names)
        return replace(again, answer=f"{again.answer}\n\n{note}")
    names = ", ".join(s.name + "".join(f" [{n}]" for n in s.citations) for s in aside)
    reason = say("left_out_none", whole.lang, what=out.what, names=names)
    # the citations say where those left out stand: what the booklet does present
    return replace(whole, answer=reason, abstained=True, abstain_reason=reason, structures=[])


def _typo_reread(
    engine: Engine,
    answer: Answer,
    question: str,
    history: list[dict[str, str]],
    filters: Filters | None,
    weights: Mapping[str, float] | None,
) -> Answer:
    """Class: a refusal naming a word the question misspells ('date de demarage' refused as
    « demarage » unmentioned): asked again with the booklet's word, answered if that answers.
    Only a refusal quoting the misspelt word is re-read (typos.py), and only in French: an
    English word the glossary does not read may be one letter off a French one ('franchise',
    'française'), and English typos are the glossary's (`topic_words.misspelt`)."""
    if not answer.abstained or answer.lang != "fr":
        return answer
    if unnamed_thing.which_noun(question) in typos.refused_words(answer.answer):
        return answer  # 'quel assureur ?': a kind the glossary reads, no typo of 'assurer'
    reader = _typo_reader(engine)
    refused = typos.refused_words(answer.answer)
    # a noun counted that the refusal names unquoted ('n'indique pas de toones'): refused too
    refused |= {
        fold(p["noun"])
        for p in answer.plan.get("parts", [])
        if p.get("noun") and len(p["noun"].split()) == 1
    }
    corrected = reader.corrected(question, refused)
    again = _asked_again(engine, answer, corrected, history, filters, weights)
    if corrected is not None and len(again.structures) > 1:  # a list: it states the word
        folded = list_scope.fiche_texts(engine).folded
        texts = [folded.get(s.fiche_id, "") for s in again.structures]
        if not mended_lists.states_mended(mended_lists.mended_words(question, corrected), texts):
            return answer
    return again


def _clipped_reread(
    engine: Engine,
    answer: Answer,
    question: str,
    history: list[dict[str, str]],
    filters: Filters | None,
    weights: Mapping[str, float] | None,
) -> Answer:
    """Class: a refusal of a thing asked in a clipped word ('combien d'ordis ?', 'les
    bénévs', 'combien de chiffre ?'): asked again with the booklet's word it clips, kept only
    if that answers (clipped_words.py)."""
    if not answer.abstained or answer.lang != "fr":
        return answer
    reader = getattr(engine, "_clipped_reader", None)
    if reader is None:
        labels = [m.label_fr for m in lx.MEASURES]
        reader = clipped_words.ClippedReader(
            engine.booklet_folded, engine.lexical_vocabulary, labels
        )
        engine._clipped_reader = reader  # type: ignore[attr-defined]
    refused = clipped_words.refused_nouns(answer.plan) | typos.refused_words(answer.answer)
    expanded = reader.expanded(question, refused)
    return _asked_again(engine, answer, expanded, history, filters, weights)


def _asked_again(
    engine: Engine,
    answer: Answer,
    reworded: str | None,
    history: list[dict[str, str]],
    filters: Filters | None,
    weights: Mapping[str, float] | None,
) -> Answer:
    """A refusal asked again in the booklet's words (a typo mended, a clipped word
    expanded): the new answer replaces it only if it answers, under the question as typed."""
    if reworded is None:
        return answer
    again = answer_turn(engine, reworded, history, filters, weights)
    return answer if again.abstained else replace(again, question=answer.question)


def _typo_reader(engine: Engine) -> typos.TypoReader:
    """The engine's typo reader, built once from its booklet's words."""
    reader = getattr(engine, "_typo_reader", None)
    if reader is None:
        reader = typos.TypoReader(engine.booklet_words, engine.lexical_vocabulary)
        engine._typo_reader = reader  # type: ignore[attr-defined]
    return reader


def answer_turn(
    engine: Engine,
    question: str,
    history: list[dict[str, str]],
    filters: Filters | None,
    weights: Mapping[str, float] | None,
    answered: dict[Turn, list[str]] | None = None,
) -> Answer:
    """One turn, as `ask` answers it; `answered`: the earlier turns answered for the question
    being asked (a turn's focus is the structures this answers it with)."""
    flipped = negated_list.negated(question)
    if flipped is not None:
        positive = answer_turn(engine, flipped.unnegated, history, filters, weights, answered)
        complement = _complement(engine, flipped, positive)
        if complement is not None:
            return complement
    composer = Composer(engine, question, history, filters, weights, answered)
    bare = composer.partner_described()
    if bare is not None:
        # 'what's the website of INFORMA, their training partner?': asked of the partner
        # alone, as if the chat had just begun; refused as such, or read as written
        alone = answer_turn(engine, bare, [], filters, weights, answered)
        if alone.abstained:
            plan = {**alone.plan, "question": question, "asked_as": bare}
            return replace(alone, question=validated(question), plan=plan)
    if history and composer.asks_of_a_partner():
        # 'Quand a été fondée l'association SOLAAL ?' after a turn about the drive: asked of
        # the partner it names, as if the chat had just begun, not of the one in focus
        return answer_turn(engine, question, [], filters, weights, answered)
    of_body = _of_the_answered_body(engine, composer, question, history, filters, weights)
    if of_body is not None:  # 'Which structure inspired it?' 'ADF 02.' 'and its budget?'
        return of_body
    # "la ferme bio de villeneuve d'ascq", "et celui de l'asso de liévin ?": described by its
    # place, asked with the structure's name for its description
    renamed = described_by_card.asked_by_name(
        engine, question, composer.plan.target_source == "named"
    )
    if renamed is not None:
        # 'VESTALI that trains women in sewing: what is its budget?': the rest of the
        # description asks nothing (relative_aside.py)
        name = engine.corpus.fiche(engine.mentions.mentioned(renamed)[0]).name
        renamed = relative_aside.without_clause(renamed, name, _asks_attribute) or renamed
        again = answer_turn(engine, renamed, history, filters, weights, answered)
        plan = {**again.plan, "question": question, "asked_as": renamed}
        return replace(again, question=validated(question), plan=plan)
    both = _named_and_described(engine, composer, question, filters, weights, answered)
    if both is not None:  # 'le budget de VESTALI et celui de la ressourcerie de Campigneulles'
        again = answer_turn(engine, both, history, filters, weights, answered)
        plan = {**again.plan, "question": question, "asked_as": both}
        return replace(again, question=validated(question), plan=plan)
    two = _two_described(engine, composer, question, history, filters, weights, answered)
    if two is not None:  # 'Who runs the Amiens computer charity, and the Liévin sewing one?'
        return two
    one = composer.described_one()
    if one is None:  # 'combien de kilos de jouets récupérés … ?': that fiche's figure
        one = figure_of_one.figure_holder(engine, question, composer.plan.facts_query)
    if one is not None:  # 'les partenaires de l'épicerie de Guise ?': as if named
        return Composer(
            engine, question, history, filters, weights, answered, described=one
        ).compose()
    pieces = split_parts(question)
    if len(pieces) > 1 and all(parallel_list.parallel(pieces[0], p) for p in pieces[1:]):
        # 'Which were set up in 2015, and which one in 2017?': each list asked on its own
        answers = [
            Composer(engine, piece, history, filters, weights, answered).compose()
            for piece in pieces
        ]
        whole = answers[0]
        for then in answers[1:]:
            whole = find_then_ask.joined(validated(question), whole, then)
        return replace(whole, abstained=all(a.abstained for a in answers))
    chain = find_then_ask.finding_and_rest(question, engine.mentions)
    if chain is not None:  # 'Qui récupère des jouets et qui la finance ?': two turns in one
        finding, rest = chain
        first = Composer(engine, finding, history, filters, weights, answered).compose()
        if first.abstained or not first.structures:
            # none found ('Quelles structures sont des SCIC et depuis quand ?'): nothing to ask
            # the rest of, and the whole question would find some by its other words
            return replace(first, question=validated(question))
        turns = [
            {"role": "user", "content": finding},
            {"role": "assistant", "content": first.answer},
        ]
        then = Composer(engine, rest, turns, filters, weights, answered).compose()
        return find_then_ask.joined(validated(question), first, then)
    answer = _of_an_umbrella(engine, composer, composer.compose())
    answer = _first_names_unstated(engine, composer, answer)
    answer = _role_holder_unnamed(engine, composer, answer)
    if composer.plan.resolution == SOURCE_OF_LAST and answer.citations:
        # 'où c'est écrit ?': the answer again, then where each quote stands
        block = sources_block(answer.citations, answer.lang)
        answer = replace(answer, answer=f"{answer.answer}\n\n{block}")
    return answer


def _named_and_described(
    engine: Engine,
    composer: Composer,
    question: str,
    filters: Filters | None,
    weights: Mapping[str, float] | None,
    answered: dict[Turn, list[str]] | None,
) -> str | None:
    """Class: one structure named and another described, joined ('Compare VESTALI and the
    Amiens computer one', "combien d'adhérents à la ressourcerie de campigneulles et à la
    remise enjouée ?"): the question with the described one's name in place of its
    description (named_and_described.py), each read alone as a chat's first question would
    be; None unless the question names one structure and describes another."""
    if composer.plan.target_source != "named":
        return None

    def resolve(text: str) -> str | None:
        placed = described_by_card.described_structure(engine, text, False)
        if placed is not None:
            return placed
        return Composer(engine, text, [], filters, weights, answered).described_one()

    return named_and_described.asked_with_names(
        engine.mentions, question, resolve, lambda f: engine.corpus.fiche(f).name
    )


def _two_described(
    engine: Engine,
    composer: Composer,
    question: str,
    history: list[dict[str, str]],
    filters: Filters | None,
    weights: Mapping[str, float] | None,
    answered: dict[Turn, list[str]] | None,
) -> Answer | None:
    """Class: a two-part question whose parts each describe another structure without naming
    it ('Who runs the Amiens computer charity, and who runs the Liévin sewing one?', 'How much
    wood does the Pommiers workshop collect, and how much fish does the Boulogne one get?'):
    each part is asked of the one it describes, as two turns would be; read whole, one
    structure took both parts. None unless both parts describe one each, and two apart."""
    if engine.mentions.mentioned(question):
        return None  # a structure named: its parts are asked of it
    pieces = split_parts(question)
    if len(pieces) != 2:
        return None
    ones: list[str] = []
    for piece in pieces:
        # each part read alone, as a chat's first question would be: in a conversation, the
        # one it describes is read from its own words, not from the structures in focus
        one = Composer(engine, piece, [], filters, weights, answered).described_one()
        if one is None:
            return None
        ones.append(one)
    if ones[0] == ones[1]:
        return None
    first, then = (
        Composer(engine, piece, history, filters, weights, answered, described=one).compose()
        for piece, one in zip(pieces, ones, strict=True)
    )
    whole = find_then_ask.joined(validated(question), first, then)
    return replace(whole, abstained=first.abstained and then.abstained)


def _of_the_answered_body(
    engine: Engine,
    composer: Composer,
    question: str,
    history: list[dict[str, str]],
    filters: Filters | None,
    weights: Mapping[str, float] | None,
) -> Answer | None:
    """A fact asked, by a pointer, of the body the previous answer gave when the previous
    question asked which body or who and that body has no fiche (answered_body.py): asked of
    its name as if the chat had just begun; only its refusal is kept, else None."""
    plan = composer.plan
    if not plan.followup or len(plan.parts) != 1 or plan.intent not in _FACT_OF_HOLDER:
        return None
    if len(history) < 2 or history[-1].get("role") != "assistant":
        return None
    asked_before = history[-2].get("content", "")
    said = history[-1].get("content", "")
    if not answered_body.asks_an_entity(asked_before) or engine.mentions.mentioned(question):
        return None
    if engine.mentions.mentioned(said):
        return None  # a structure of the booklet answered: the conversation goes on as it is
    # the answer's first word is the body answered, not a sentence's capital ('RecyclJouets,
    # in the Aisne.'): read as the answer to a question, after a dash
    names = composer.names_without_fiche_in(f"— {said}")
    name = answered_body.opening_name(said, names)
    if name is None:
        return None
    refused = None
    # the body as the answer opens with it, then the other names it gives of it ('ADF 02,
    # which runs RecyclJouets'): the first refusal naming one says which fiche cites it
    for each in dict.fromkeys([name, *names]):
        anew = answered_body.asked_of(question, each, composer.lang)
        if anew is None:
            return None
        alone = answer_turn(engine, anew, [], filters, weights)
        if not alone.abstained:
            return None
        alone = replace(alone, question=validated(question), plan={**alone.plan, "asked_as": anew})
        if each in alone.abstain_reason:
            return alone
        refused = refused or alone
    return refused


def _complement(engine: Engine, asked: negated_list.Negated, positive: Answer) -> Answer | None:
    """Class: which structures do NOT do something (negated_list.py): those of the scope whose
    fiche the list asked without the negation did not qualify, each cited at the sentence
    that says what it does; those that did follow, named. None when that list is no list of
    structures (a refusal, a figure stated or not: stating_list's), so the question is asked
    as it is."""
    plan = positive.plan
    parts = plan.get("parts") or [{}]
    first = parts[0]
    listed = first.get("intent") == "list" or negated_list.lists_card_forms(plan)
    if positive.abstained or (not listed and not plan.get("narrow")):
        return None
    if asks_which_state(fold(asked.unnegated), first.get("intent", ""), first.get("attribute", "")):
        return None
    fiches = engine.corpus.fiches
    every = [f.id for f in fiches]
    places: dict[str, list[str]] = {}
    for code in plan.get("departements") or []:
        name = fold(DEPARTEMENTS.get(code, code))
        places[name] = [f.id for f in fiches if f.contact.departement_code == code]
    for town in plan.get("places") or []:
        places[fold(town)] = [f.id for f in fiches if stands_in(f, [town])]
    scope = negated_list.scope(plan, asked.question, every, places)
    doing = {s.fiche_id for s in positive.structures}
    lacking = [engine.corpus.fiche(f) for f in scope if f not in doing]
    lang = positive.lang
    said = asked.predicate
    if not lacking:
        reason = say("negated_none", lang, asked=said)
        return replace(
            positive,
            question=asked.question,
            plan=_negated_plan(positive.plan, asked),
            answer=f"{reason}.\n\n{positive.answer}",
            abstained=True,
            abstain_reason=reason,
        )
    citations: list[Citation] = []
    structures: list[StructureAnswer] = []
    lines = []
    for n, fiche in enumerate(lacking, start=1):
        citation = _challenge_cited(engine, n, fiche)
        citations.append(citation)
        structures.append(StructureAnswer.of(fiche, citation.quote, [n], 0.0))
        where = f"{fiche.contact.town}, {fiche.contact.departement}".strip(", ")
        lines.append(f"{n}. **{fiche.name}** ({where}) — « {citation.quote} » [{n}]")
    key = "negated_head_one" if len(lacking) == 1 else "negated_head"
    text = say(key, lang, n=len(lacking), asked=said) + "\n" + "\n".join(lines)
    standing = {f for held in places.values() for f in held}
    if places and doing and doing <= standing:
        # 'quelles structures ne sont pas dans le Nord ?': the card says where each one is,
        # so those left are not there (not merely unsaid)
        shown = ", ".join(
            f"{DEPARTEMENTS.get(code, code)} ({code})" for code in plan.get("departements") or []
        ) or ", ".join(plan.get("places") or [])
        key = "negated_place_head_one" if len(lacking) == 1 else "negated_place_head"
        text = say(key, lang, n=len(lacking), place=shown) + "\n" + "\n".join(lines)
    named = [s.name for s in positive.structures if s.fiche_id in scope]
    if named:
        text += "\n\n" + say("negated_doing", lang, names=", ".join(named))
    return replace(
        positive,
        question=asked.question,
        answer=text,
        structures=structures,
        citations=citations,
        facts=None,
        plan=_negated_plan(positive.plan, asked),
    )


def _negated_plan(plan: dict[str, Any], asked: negated_list.Negated) -> dict[str, Any]:
    """The plan run (the list without the negation), read as the question asked."""
    how = f"{negated_list.RESOLUTION} « {asked.unnegated} »"
    resolution = f"{plan['resolution']}; {how}" if plan.get("resolution") else how
    return plan | {"question": asked.question, "resolution": resolution}


def _challenge_cited(engine: Engine, n: int, fiche: Fiche) -> Citation:
    """A structure's challenge sentence (what it sets out to do, under its title), cited as
    what its fiche says it does; its first line if it has none."""
    for sentence in engine.sentences:
        chunk = engine.chunks[sentence.chunk]
        if chunk.fiche_id == fiche.id and chunk.section.value == SectionKind.CHALLENGE:
            return citation_for(engine, n, Evidence(fiche.id, sentence, chunk, 0.0))
    source = engine.corpus.sources[fiche.source]
    end = source.find("\n", fiche.span.start, fiche.span.end)
    return citation_at(engine, n, fiche.id, fiche.source, fiche.span.start, end)


def _first_names_unstated(engine: Engine, composer: Composer, answer: Answer) -> Answer:
    """Class: a first name asked of people the fiche names only by title and surname ('quels
    sont leurs prénoms ?' of 'Messieurs Pillot et Labarre'; first_names.py): the booklet does
    not give it, and the contact as named is the nearest fact."""
    plan = composer.plan
    held = [s.fiche_id for s in answer.structures] or plan.targets
    if answer.abstained or len(held) != 1 or not first_names.asks_first_name(plan.question):
        return answer
    fiche = engine.corpus.fiche(held[0])
    persons = fiche.contact.persons
    if not first_names.titles_only(p.name for p in persons):
        return answer
    people = " ; ".join(f"{p.name}, {p.role}" if p.role else p.name for p in persons)
    # the answer's quote of them, if it quoted them, stays their citation
    cited = [c for c in answer.citations if any(p.name in c.quote for p in persons)][:1]
    cited = [replace(c, n=1) for c in cited] or _person_cited(engine, fiche, persons[0].name)
    reason = say("reason_first_names", answer.lang, name=fiche.name)
    nearest = say("nearest", answer.lang, statement=people, marks="[1]" if cited else "")
    return replace(
        answer,
        answer=f"{reason}. {nearest.strip()}",
        abstained=True,
        abstain_reason=reason,
        structures=[],
        citations=cited,
    )


def _role_holder_unnamed(engine: Engine, composer: Composer, answer: Answer) -> Answer:
    """Class: the name of a role-holder the fiche writes by role only ('le nom du designer'
    of '… avec l'intervention d'un designer'; role_name.py): the booklet does not give it,
    and the sentence naming the role is the nearest fact."""
    plan = composer.plan
    role = role_name.role_asked(plan.question)
    held = [s.fiche_id for s in answer.structures] or plan.targets
    if role is None or answer.abstained or len(held) != 1:
        return answer
    fiche = engine.corpus.fiche(held[0])
    forms = role_name.role_forms(role)
    persons = fiche.contact.persons
    if any(role_name.names_role(p.role or "", forms) for p in persons):
        return answer  # the contact card names who holds it
    naming = [
        Evidence(fiche.id, sentence, engine.chunks[sentence.chunk], 0.0)
        for sentence in engine.sentences
        if engine.chunks[sentence.chunk].fiche_id == fiche.id
        and role_name.names_role(sentence.text, forms)
    ]
    people = [p.name for p in persons]
    own = [fiche.name, fiche.identity.legal_name]
    if not naming or any(role_name.names_a_person(e.sentence.text, people, own) for e in naming):
        return answer
    # the answer's own quote of the role, if it quoted one, stays the nearest fact
    quoted = [c for c in answer.citations if role_name.names_role(c.quote, forms)][:1]
    cited = [replace(c, n=1) for c in quoted] or [citation_for(engine, 1, naming[0])]
    reason = say("reason_role_unnamed", answer.lang, name=fiche.name, role=role)
    nearest = say("nearest", answer.lang, statement=f"« {cited[0].quote} »", marks="[1]")
    return replace(
        answer,
        answer=f"{reason}. {nearest.strip()}",
        abstained=True,
        abstain_reason=reason,
        structures=[s for s in answer.structures if s.fiche_id == fiche.id][:1],
        citations=cited,
    )


def _person_cited(engine: Engine, fiche: Fiche, name: str) -> list[Citation]:
    """A citation of where the fiche writes a person's name (its contact block), or none."""
    source = engine.corpus.sources[fiche.source]
    at = source.find(name, fiche.span.start, fiche.span.end)
    if at < 0:
        return []
    return [citation_at(engine, 1, fiche.id, fiche.source, at, at + len(name))]


def _of_an_umbrella(engine: Engine, composer: Composer, answer: Answer) -> Answer:
    """Class: a fact asked of the network, federation or territory a structure belongs to,
    named with words of its own name ('le budget de la fédération nationale des Paniers de
    la Mer', 'how many members does the Réseau Cocagne have?'; umbrella_name.py): the
    structure's own fact, found by the words they share, is the nearest fact, not the
    answer. The umbrella's e-mail or website written under its name in the fiche is the
    answer (a fiche with no website of its own was refused for it)."""
    plan = composer.plan
    held = [s.fiche_id for s in answer.structures] or (plan.targets if answer.abstained else [])
    if plan.intent not in _FACT_OF_HOLDER or len(held) != 1:
        return answer
    fiche = engine.corpus.fiche(held[0])
    identity = fiche.identity
    names = [fiche.name, identity.legal_name, identity.establishment_name, identity.head_office]
    found = umbrella_name.umbrella_named(plan.question, {fiche.id: names}, engine.booklet_folded)
    if found is None or umbrella_name.stated_of(found, answer.answer, answer.citations):
        return answer
    name = umbrella_name.as_typed(plan.question, found)
    source = engine.corpus.sources[fiche.source]
    field = plan.parts[0].name
    span = umbrella_name.contact_of(found, field, source, fiche.span.start, fiche.span.end)
    if span is not None:  # 'l'e-mail du Réseau Cocagne ?': written under its name
        citation = citation_at(engine, 1, fiche.id, fiche.source, *span)
        text = f"**{fiche.name}** — « {name} » : {citation.quote} [1]"
        structures = answer.structures or [StructureAnswer.of(fiche, citation.quote, [1], 0.0)]
        return replace(
            answer,
            answer=text,
            citations=[citation],
            structures=structures,
            abstained=False,
            abstain_reason="",
        )
    if answer.abstained:
        return answer
    reason = say("reason_umbrella", answer.lang, name=name, structure=fiche.name)
    nearest = say("nearest", answer.lang, statement=answer.answer, marks="").strip()
    return replace(
        answer,
        answer=f"{reason}. {nearest}",
        abstained=True,
        abstain_reason=reason,
        structures=[],
    )


def retrieve(
    engine: Engine,
    question: str,
    history: list[dict[str, str]] | None = None,
    filters: Filters | None = None,
) -> SearchResult:
    """The search `ask` runs for a question in its conversation (plan, then retrieve)."""
    return Composer(engine, question, history or [], filters).result
