"""List follow-ups that switch or narrow what the previous list asked, read against the
booklet rather than against the words of the last answer.

- a name switched ('et avec Valdelia ?' after 'lesquelles avec Ecologic ?', 'and which
  mention Emmaüs?' after '… mention the CRESS?', 'et l'agrément ESUS ?' after 'qui a un
  label ?'): the structures whose fiche names the new name, anywhere in the booklet;
- a name narrowing ('only those working with Coorace?', 'seulement celles avec le Coorace
  ?'): those of the previous answer whose fiche names it;
- more of a list that asked a name ('d'autres ?' after 'qui travaille avec Ecomobilier
  ?'): only other structures naming it (not those sharing the question's other words);
- a département negated ('which of those are outside the Nord?', 'lesquelles sont hors
  du Nord ?'): those of the previous answer standing elsewhere;
- a town where no structure stands ('anything in Beauvais?', 'et à Roubaix ?') after a
  list: the list asked there, which holds none (the answer names the nearest), not the
  one structure of the last answer."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from livret_qa import lexicon as lx
from livret_qa.answering import list_scope
from livret_qa.answering.more_of_list import MORE_OF_LIST
from livret_qa.answering.plan import QuestionPlan
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.retrieval.engine import Engine
from livret_qa.text import aligned_fold, fold

__all__ = ["reread"]

NAME_SWITCHED = "previous list, another name asked: the structures naming it"
NAME_NARROWED = "previous answer, narrowed to those naming what is asked"
PLACE_NEGATED = "previous answer, narrowed to those outside the place named"
TOWN_UNSTOOD = "a list asked in a town no structure stands in"
OTHERS_THAN_ONE = "a list of its own, the structure in focus left out"
MORE_NAMING = "the previous list asked again, the other structures naming what it asked"


def _last_user_question(history: list[dict[str, str]]) -> str:
    """The last question the user asked before this one ('' when none)."""
    users = [t.get("content", "") for t in history if t.get("role") == "user"]
    return users[-1] if users else ""


def _new_names(
    engine: Engine, plan: QuestionPlan, last_question: str
) -> list[list_scope.AskedName]:
    """The names this follow-up asks that the previous question did not name."""
    names = list_scope.asked_names(engine, plan.question, plan.places)
    before = fold(last_question)
    return [n for n in names if fold(n.text) not in before]


def _holders(names: list[list_scope.AskedName]) -> set[str]:
    """The structures whose fiche names every name asked."""
    held = [set(n.holders) for n in names]
    return set.intersection(*held) if held else set()


def _named_list_followup(
    engine: Engine, plan: QuestionPlan, last_question: str
) -> QuestionPlan | None:
    """Class: a list follow-up naming a name (a partner, a network, an agrément): the
    structures naming it, of the previous answer when the question narrows it."""
    if not (plan.followup and plan.target_source == "focus"):
        return None
    # 'did the ADEME help any of them?', 'le Crédit Agricole a aidé lesquelles ?': those of
    # the list that name it, not a yes or no for each of them
    among_asked = bool(lx.ANY_OF_THE_LIST.search(fold(plan.question)))
    if any(p.yes_no for p in plan.parts) and not among_asked:
        return None
    narrowing = among_asked or bool(lx.NARROWING_FOLLOWUP.search(fold(plan.question)))
    # (a switch needs a list picked among; a narrowing may follow several in focus: 'seulement
    # celles du réseau Coorace ?' reads as their networks)
    pool = plan.among or (plan.targets if narrowing else [])
    if len(pool) < 2:
        return None
    ranked = any(re.search(rf"\b({o})\b", fold(plan.question)) for _, o in lx.ORDINALS)
    if ranked and len(plan.targets) == 1 and not narrowing:
        # 'et la première, son numéro SIRET ?': one picked among them, its field asked — the
        # label in capitals ('SIRET') names no partner to switch the list to
        return None
    names = _new_names(engine, plan, last_question)
    if not names:
        return None
    holders = _holders(names)
    if narrowing:
        chosen = [f for f in pool if f in holders]
        resolution = NAME_NARROWED
    else:
        chosen = [f.id for f in engine.corpus.fiches if f.id in holders]
        resolution = NAME_SWITCHED
    if not chosen:
        return None
    plan.targets, plan.narrow, plan.among = chosen, False, []
    plan.query = f"{plan.question} {' '.join(n.text for n in names)}"
    plan.resolution = resolution
    if among_asked:  # (a list of those naming it: no yes or no)
        plan.parts = [replace(p, intent="list", yes_no=False) for p in plan.parts]
    return plan


def _more_naming(engine: Engine, plan: QuestionPlan) -> QuestionPlan | None:
    """Class: 'd'autres ?', 'any others?' after a list that asked a name ('qui travaille
    avec Ecomobilier ?'): the other structures naming it. A list made anew from the
    question's words would stretch to structures merely sharing them ('travaille')."""
    if plan.resolution != MORE_OF_LIST or plan.targets:
        return None
    names = list_scope.asked_names(engine, plan.query, plan.places)
    if not names:
        return None
    rest = [f.id for f in engine.corpus.fiches if f.id in _holders(names)]
    rest = [f for f in rest if f not in plan.besides]
    if not rest:
        return None  # (no others: the answer says those given are the ones)
    plan.targets, plan.target_source = rest, "focus"
    plan.resolution = MORE_NAMING
    return plan


def _outside_place(engine: Engine, plan: QuestionPlan) -> QuestionPlan | None:
    """Class: 'which of those are outside the Nord?', 'lesquelles ne sont pas dans le Nord
    ?', 'hors du Pas-de-Calais ?': a département negated keeps those standing elsewhere."""
    if not (plan.departements and plan.among and plan.narrow):
        return None
    folded = fold(plan.question)
    negated = any(
        lx.NEGATED_PLACE.search(folded[: m.start()])
        for code in plan.departements
        for m in re.finditer(re.escape(fold(DEPARTEMENTS.get(code, code))), folded)
    )
    if not negated:
        return None
    names = {fold(DEPARTEMENTS.get(code, code)) for code in plan.departements}
    fiche = engine.corpus.fiche
    plan.targets = [f for f in plan.among if fold(fiche(f).contact.departement) not in names]
    plan.departements, plan.narrow = [], False
    plan.resolution = PLACE_NEGATED
    return plan if plan.targets else None


def _unstood_town(
    engine: Engine, plan: QuestionPlan, stands_in: Callable[..., bool]
) -> QuestionPlan | None:
    """Class: 'anything in Beauvais?', 'et à Roubaix ?' after a list whose answer held one
    structure: a town where no structure of the booklet stands asks the list there, which
    holds none; the one structure of the département is no answer (the abstention names it
    as the nearest)."""
    if not (plan.followup and plan.places and plan.target_source == "focus"):
        return None
    if plan.narrow or plan.by_place or plan.by_thing or len(plan.targets) != 1:
        return None
    if any(p.intent != "list" for p in plan.parts):
        return None
    if any(stands_in(f, plan.places) for f in engine.corpus.fiches):
        return None
    plan.targets, plan.target_source, plan.among = [], "any", []
    plan.query = plan.question
    plan.resolution = TOWN_UNSTOOD
    return plan


def _others_than_focus(plan: QuestionPlan, focus: Callable[[], list[str]]) -> QuestionPlan | None:
    """Class: 'd'autres structures du livret échangent des livres ?', 'any other initiatives
    that repair bikes?' after turns about one structure: the list the question asks, that
    structure left out (it is no other one)."""
    if plan.resolution != "new topic" or plan.targets or plan.besides:
        return None
    if any(p.intent != "list" for p in plan.parts):
        return None
    if not lx.OTHER_STRUCTURES.search(fold(plan.question)):
        return None
    one = focus()
    if len(one) != 1:
        return None
    plan.besides, plan.resolution = list(one), OTHERS_THAN_ONE
    return plan


def _among_the_counted(plan: QuestionPlan, earlier: Callable[[], list[str]]) -> QuestionPlan | None:
    """Class: 'and which of the four distribute baskets?', 'parmi les quatre, lesquelles …'
    after a list of four then a narrower answer: the count points back at the list of that
    many (the earlier answer), not at the last answer's fewer structures."""
    if not (plan.narrow and plan.among):
        return None
    m = lx.AMONG_THE_N.search(fold(plan.question))
    if m is None:
        return None
    word = m.group("n")
    n = int(word) if word.isdigit() else lx.NUMBER_WORDS_Q.get(word, 0)
    if n == len(plan.among):
        return None
    before = earlier()
    if len(before) != n:
        return None
    plan.targets, plan.among = list(before), list(before)
    return plan


def switched_bound(question: str, history: list[dict[str, str]]) -> str | None:
    """Class: a list follow-up switching the bound the last list question set ('et après
    2018 ?' after 'quelles structures ont été créées avant 2010 ?', 'which of these have
    exactly two?' after 'Which ones have more than one site?'): the last question with the
    new bound in place of its own, to be asked anew (None when it is no such follow-up)."""
    last = _last_user_question(history)
    folded = aligned_fold(question)
    new = lx.BOUND_PHRASE.search(folded)
    old = lx.BOUND_PHRASE.search(aligned_fold(last)) if last else None
    if new is None or old is None or len(lx.BOUND_PHRASE.findall(folded)) > 1:
        return None
    rest = folded[: new.start()] + " " + folded[new.end() :]
    known = lx.BOUND_FILLER | set(re.findall(r"[\w']+", fold(last)))
    if any(w not in known for w in re.findall(r"[\w']+", rest)):
        return None  # (it asks something of its own beside the bound)
    return last[: old.start()] + question[new.start() : new.end()] + last[old.end() :]


# What a follow-up switching the year may say beside it ('et en 2017 ?', 'and in 2021?', 'et
# pour 2019 ?', 'same for 2018?', 'what about 2016?'), folded.
_YEAR_FILLER = frozenset(
    """et and ou or ok alors so en in pour for same pareil idem meme what about how l'annee
    annee year the""".split()
)


def switched_year(question: str, history: list[dict[str, str]]) -> str | None:
    """Class: a year alone after a list bound by a year ('Quelles associations ont été créées
    en 2015 ?' then 'et en 2017 ?'; 'Which structures started in 2020?' then 'and in
    2021?'; 'qui a lancé son action en 2019 ?' then 'et pour 2021 ?'): the last list question
    with the new year in place of its own, asked anew over the booklet — not the structures
    of the last answer, which the old year chose. None when it is no such follow-up."""
    last = _last_user_question(history)
    if not last or not lx.LIST_FRAME.search(fold(last)):
        return None
    folded = fold(question)
    years = lx.YEAR.findall(folded)
    old = list(lx.YEAR.finditer(last))
    if len(years) != 1 or len(old) != 1 or old[0].group(0) == years[0]:
        return None
    rest = lx.YEAR.sub(" ", folded)
    if any(w not in _YEAR_FILLER for w in re.findall(r"[\w']+", rest)):
        return None  # (it asks something of its own beside the year)
    return last[: old[0].start()] + years[0] + last[old[0].end() :]


def before_last_question(history: list[dict[str, str]]) -> list[dict[str, str]]:
    """The conversation before the last question the user asked (its context)."""
    at = max((i for i, t in enumerate(history) if t.get("role") == "user"), default=0)
    return history[:at]


def names_to_quote(engine: Engine, plan: QuestionPlan) -> list[list_scope.AskedName]:
    """The names a list follow-up read here asks, so that each structure is quoted with a
    sentence naming them (not a line sharing the question's other words)."""
    if plan.resolution not in (NAME_SWITCHED, NAME_NARROWED, MORE_NAMING):
        return []
    return list_scope.asked_names(engine, plan.query, plan.places)


def reread(
    engine: Engine,
    plan: QuestionPlan,
    history: list[dict[str, str]],
    stands_in: Callable[..., bool],
    focus: Callable[[], list[str]] = list,
    earlier: Callable[[], list[str]] = list,
) -> QuestionPlan:
    """The plan of a list follow-up read against the booklet (see the module's classes);
    any other plan as it is. `focus`: the structures the conversation is about (asked only
    when needed: it plans the last turn again); `earlier`: those the conversation was about
    before the last question."""
    if not history:
        return plan
    last_question = _last_user_question(history)
    for rule in (
        lambda: _more_naming(engine, plan),
        lambda: _named_list_followup(engine, plan, last_question),
        lambda: _outside_place(engine, plan),
        lambda: _unstood_town(engine, plan, stands_in),
        lambda: _others_than_focus(plan, focus),
        lambda: _among_the_counted(plan, earlier),
    ):
        changed = rule()
        if changed is not None:
            return changed
    return plan
