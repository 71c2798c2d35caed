"""List follow-ups that switch or narrow what the previous list asked, read against the
booklet. Classes: a name switched ('et avec Valdelia ?' after '… avec Ecologic ?') or
narrowing ('only those working with Coorace?'); 'd'autres ?' after a list asking a name;
a département negated ('outside the Nord'); a town no structure stands in after a list; a
bound switched ('et après 2018 ?' after 'créées avant 2010'). Synthetic conversations over
the real booklet; expected structures are read from the booklet, not written here."""

from __future__ import annotations

import pytest

from livret_qa.answering import list_scope
from livret_qa.answering.compose import ask
from livret_qa.answering.list_followups import switched_bound
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.parsing.corpus import Corpus
from livret_qa.text import fold


def _history(engine, *questions: str) -> list[dict[str, str]]:
    """A conversation where each question got this system's own answer."""
    history: list[dict[str, str]] = []
    for q in questions:
        a = ask(engine, q, history)
        history += [{"role": "user", "content": q}, {"role": "assistant", "content": a.answer}]
    return history


def _got(answer) -> list[str]:
    return [s.fiche_id for s in answer.structures]


def _holders(engine, name: str) -> set[str]:
    names = list_scope.asked_names(engine, f"Which structures mention {name}?", [])
    assert names, name
    return set(names[0].holders)


@pytest.mark.parametrize(
    ("first", "switch", "name"),
    [
        ("qui travaille avec Ecologic ?", "et avec Valdelia ?", "Valdelia"),
        ("Which structures mention the Coorace?", "and which mention Emmaüs?", "Emmaüs"),
        ("Quelles structures citent la CRESS ?", "et celles qui citent Emmaüs ?", "Emmaüs"),
        ("Who works with Ecologic?", "what about Valdelia?", "Valdelia"),
    ],
)
def test_a_name_switched_lists_the_structures_naming_it(
    engine, first: str, switch: str, name: str
) -> None:
    history = _history(engine, first)
    answer = ask(engine, switch, history)
    assert set(_got(answer)) == _holders(engine, name), answer.answer
    assert fold(name)[:5] in fold(answer.answer), answer.answer  # quoted naming it


@pytest.mark.parametrize(
    ("first", "narrow", "name"),
    [
        ("Qui est financé par la DREETS ?", "seulement celles du réseau Coorace ?", "Coorace"),
        ("Who is funded by the DREETS?", "only those working with Coorace?", "Coorace"),
        ("Who is funded by the DREETS?", "which of them mention France Active?", "France Active"),
    ],
)
def test_a_name_narrowing_keeps_those_of_the_list_naming_it(
    engine, first: str, narrow: str, name: str
) -> None:
    listed = set(_got(ask(engine, first)))
    answer = ask(engine, narrow, _history(engine, first))
    assert set(_got(answer)) == listed & _holders(engine, name), answer.answer


def test_more_of_a_list_asking_a_name_keeps_to_those_naming_it(engine, corpus: Corpus) -> None:
    for question, more in [
        ("qui travaille avec Ecomobilier ?", "d'autres ?"),
        ("Who works with Ecomobilier?", "any others?"),
    ]:
        holders = _holders(engine, "Ecomobilier")
        given = sorted(holders)[:1]
        history = [
            {"role": "user", "content": question},
            {"role": "assistant", "content": f"**{corpus.fiche(given[0]).name}**"},
        ]
        answer = ask(engine, more, history)
        assert set(_got(answer)) == holders - set(given), answer.answer


@pytest.mark.parametrize(
    "negated",
    [
        "which of those are outside the Nord?",
        "and which of them are not in the Nord?",
        "lesquelles sont hors du Nord ?",
        "et parmi elles, lesquelles ne sont pas dans le Nord ?",
    ],
)
def test_a_negated_departement_keeps_those_standing_elsewhere(
    engine, corpus: Corpus, negated: str
) -> None:
    first = "Who is funded by the DREETS?"
    listed = _got(ask(engine, first))
    answer = ask(engine, negated, _history(engine, first))
    elsewhere = {f for f in listed if corpus.fiche(f).contact.departement != DEPARTEMENTS["59"]}
    assert elsewhere and set(_got(answer)) == elsewhere, answer.answer


def test_a_departement_asked_still_narrows_to_it(engine, corpus: Corpus) -> None:
    """Must not change: 'which of them are in the Nord?' keeps those of the Nord."""
    first = "Who is funded by the DREETS?"
    answer = ask(engine, "which of them are in the Nord?", _history(engine, first))
    got = _got(answer)
    assert got and all(corpus.fiche(f).contact.departement == DEPARTEMENTS["59"] for f in got)


@pytest.mark.parametrize(
    ("first", "town"),
    [
        ("Quelles structures sont dans l'Oise ?", "et à Compiègne ?"),
        ("Which structures are in the Nord?", "any in Roubaix?"),
        ("Which structures are in the Oise?", "anything in Beauvais?"),
        ("y a-t-il une ressourcerie dans le livret ?", "et à Tourcoing ?"),
    ],
)
def test_a_town_no_structure_stands_in_holds_none(engine, first: str, town: str) -> None:
    answer = ask(engine, town, _history(engine, first))
    assert answer.abstained and not answer.structures, answer.answer


def test_a_booklet_town_after_a_list_still_answers(engine) -> None:
    """Must not change: 'and in Amiens?' after the Somme's list gives the one there."""
    answer = ask(engine, "and in Amiens?", _history(engine, "Which structures are in the Somme?"))
    assert not answer.abstained and _got(answer), answer.answer


@pytest.mark.parametrize(
    ("first", "switch", "alone"),
    [
        (
            "quelles structures ont été créées avant 2010 ?",
            "et après 2018 ?",
            "quelles structures ont été créées après 2018 ?",
        ),
        (
            "Which structures were founded after 2015?",
            "and before 2000?",
            "Which structures were founded before 2000?",
        ),
        (
            "Which ones have more than one site?",
            "which of these have exactly two?",
            "Which ones have exactly two site?",
        ),
        (
            "combien de structures ont plus de 20 salariés ?",
            "et plus de 50 ?",
            "combien de structures ont plus de 50 salariés ?",
        ),
    ],
)
def test_a_switched_bound_asks_the_last_list_anew(
    engine, first: str, switch: str, alone: str
) -> None:
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": "…"}]
    assert switched_bound(switch, history) == alone
    assert set(_got(ask(engine, switch, history))) == set(_got(ask(engine, alone)))


@pytest.mark.parametrize(
    ("first", "follow"),
    [
        ("quelles structures ont été créées avant 2010 ?", "et leur budget ?"),
        ("Which structures were founded after 2015?", "which of them sell clothes after 2018?"),
        ("Quelles structures ont plus de 20 salariés ?", "lesquelles sont dans le Nord ?"),
        ("Qui dirige VESTALI ?", "et après 2018 ?"),  # no bound before: no switch
    ],
)
def test_no_bound_switched_is_read_otherwise(first: str, follow: str) -> None:
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": "…"}]
    assert switched_bound(follow, history) is None


@pytest.mark.parametrize(
    ("first", "others", "topic"),
    [
        (
            "Parle-moi de VESTALI",
            "d'autres structures font du textile ?",
            "Quelles structures font du textile ?",
        ),
        (
            "Tell me about Le Bois de Deux Mains",
            "any other initiatives that repair furniture?",
            "Which initiatives repair furniture?",
        ),
    ],
)
def test_other_structures_after_one_leave_it_out(
    engine, corpus: Corpus, first: str, others: str, topic: str
) -> None:
    one = _got(ask(engine, first))
    assert len(one) == 1
    answer = ask(engine, others, _history(engine, first))
    got = _got(answer)
    assert got and one[0] not in got, answer.answer
    assert set(got) <= set(_got(ask(engine, topic))) - set(one), answer.answer


@pytest.mark.parametrize(
    "counted",
    [
        "and which of the {n} sell vegetables?",
        "parmi les {n}, lesquelles vendent des légumes ?",
    ],
)
def test_a_count_points_back_at_the_list_of_that_many(engine, corpus: Corpus, counted: str) -> None:
    """'which of the four …' after a list of four then a narrower answer of two picks among
    the four, not among the two."""
    first = "Which initiatives are about sustainable food?"
    listed = _got(ask(engine, first))
    words = {2: "two", 3: "three", 4: "four", 5: "five"}
    if "parmi" in counted:
        words = {2: "deux", 3: "trois", 4: "quatre", 5: "cinq"}
    assert len(listed) in words
    two = listed[:2]
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": " ; ".join(f"**{corpus.fiche(f).name}**" for f in listed)},
        {"role": "user", "content": "Which of them are part of a Projet Alimentaire Territorial?"},
        {"role": "assistant", "content": " ; ".join(f"**{corpus.fiche(f).name}**" for f in two)},
    ]
    answer = ask(engine, counted.format(n=words[len(listed)]), history)
    assert set(answer.plan["among"]) == set(listed), answer.plan
