"""Which structures do NOT do something ('lesquelles ne vendent pas de nourriture ?', "which
ones don't collect furniture?", 'quelles structures ne sont pas dans le Nord ?'): the complement,
within the scope asked, of the list asked without the negation — each structure cited at what
its fiche says it does, those that do it named after. Synthetic questions for the pure rule;
invented questions over the real booklet (fake embedder) for the answers, with neighbours that
keep their reading (negated stating lists, negations that are no list, relative clauses)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.negated_list import negated, scope
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_answer


@pytest.mark.parametrize(
    ("question", "unnegated", "predicate"),
    [
        (
            "lesquelles ne vendent pas de jouets ?",
            "lesquelles vendent de jouets ?",
            "vendent de jouets",
        ),
        (
            "which ones don't collect furniture?",
            "which ones collect furniture?",
            "collect furniture",
        ),
        ("Which structures do not sell food?", "Which structures sell food?", "sell food"),
        (
            "quelles structures ne font plus de collecte ?",
            "quelles structures font de collecte ?",
            "font de collecte",
        ),
        (
            "Quelles structures n'ont aucun salarié ?",
            "Quelles structures ont des salarié ?",
            "ont des salarié",
        ),
        ("which ones have no shop?", "which ones have shop?", "shop"),
        ("which ones aren't associations?", "which ones are associations?", "associations"),
        (
            "which structures are not in the Aisne?",
            "which structures are in the Aisne?",
            "in the Aisne",
        ),
        (
            "quelles structures du Nord ne recyclent pas de bois ?",
            "quelles structures du Nord recyclent de bois ?",
            "recyclent de bois",
        ),
        (
            "which ones in the Somme never got EU money?",
            "which ones in the Somme got EU money?",
            "got EU money",
        ),
        (
            "Quelles sont les structures qui ne travaillent pas avec des bénévoles ?",
            "Quelles sont les structures qui travaillent avec des bénévoles ?",
            "travaillent avec des bénévoles",
        ),
    ],
)
def test_the_negation_is_read_off(question: str, unnegated: str, predicate: str) -> None:
    got = negated(question)
    assert got is not None
    assert got.unnegated == unnegated
    assert got.predicate == predicate


@pytest.mark.parametrize(
    "question",
    [
        "lesquelles vendent des jouets ?",  # no negation
        "pourquoi ne vendent-ils pas en ligne ?",  # a negation, no list
        "quelles structures aident des personnes qui n'ont pas d'emploi ?",  # a relative clause
        "which structures help people who don't have a job?",
        "Ne vendent-ils pas de jouets ?",
        "quelles structures ne ?",  # 'ne' with no closing word
        "lesquelles n'en ont pas ?",  # the rest of the last list (test_negated_rest.py)
    ],
)
def test_other_questions_are_not_negated_lists(question: str) -> None:
    assert negated(question) is None


EVERY = ["a", "b", "c", "d"]


def test_the_scope_is_the_list_narrowed_from() -> None:
    plan = {"narrow": True, "among": ["b", "c", "x"]}
    assert scope(plan, "lesquelles ne vendent pas de jouets ?", EVERY, {}) == ["b", "c"]


def test_a_place_before_the_negation_scopes_and_one_after_it_is_negated() -> None:
    places = {"nord": ["a", "c"]}
    before = "quelles structures du Nord ne vendent pas de jouets ?"
    after = "quelles structures ne sont pas dans le Nord ?"
    assert scope({}, before, EVERY, places) == ["a", "c"]
    assert scope({}, after, EVERY, places) == EVERY


def _answer(engine: Engine, question: str, history: list[dict[str, str]] | None = None):  # type: ignore[no-untyped-def]
    answer = ask(engine, question, history or [])
    check_answer(engine.corpus, answer.to_dict())
    return answer


@pytest.mark.parametrize(
    ("question", "departement"),
    [
        ("quelles structures ne sont pas dans le Nord ?", "Nord"),
        ("which structures are not in the Pas-de-Calais?", "Pas-de-Calais"),
        ("lesquelles ne sont pas situées dans l'Aisne ?", "Aisne"),
    ],
)
def test_a_departement_negated_lists_those_elsewhere(
    fake_engine: Engine, question: str, departement: str
) -> None:
    answer = _answer(fake_engine, question)
    fiches = fake_engine.corpus.fiches
    elsewhere = {f.id for f in fiches if f.contact.departement != departement}
    assert not answer.abstained, answer.answer
    assert {s.fiche_id for s in answer.structures} == elsewhere
    assert len(answer.citations) == len(elsewhere)
    # the card says where each one is: not there, not merely unsaid
    assert "ne le dit pas" not in answer.answer and "does not say" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "lesquelles ne vendent pas de vêtements ?",
        "which ones don't sell clothes?",
        "quelles structures ne récupèrent pas de jouets ?",
        "which ones do not repair computers?",
    ],
)
def test_the_list_is_the_complement_of_the_one_without_negation(
    fake_engine: Engine, question: str
) -> None:
    flipped = negated(question)
    assert flipped is not None
    positive = {s.fiche_id for s in _answer(fake_engine, flipped.unnegated).structures}
    answer = _answer(fake_engine, question)
    assert not answer.abstained, answer.answer
    got = {s.fiche_id for s in answer.structures}
    every = {f.id for f in fake_engine.corpus.fiches}
    assert positive and got
    assert got == every - positive
    for structure in answer.structures:  # each cited at its own fiche
        assert all(fake_engine.corpus.fiche(structure.fiche_id) for _ in structure.citations)
    assert [c.fiche_id for c in answer.citations] == [s.fiche_id for s in answer.structures]


def test_after_a_list_the_complement_is_taken_among_its_structures(fake_engine: Engine) -> None:
    history = [
        {"role": "user", "content": "quelles structures sont dans le Pas-de-Calais ?"},
        {"role": "assistant", "content": "Le panier de la mer 62, Il était deux fois et VESTALI."},
    ]
    answer = _answer(fake_engine, "lesquelles ne vendent pas de vêtements ?", history)
    positive = _answer(fake_engine, "lesquelles vendent de vêtements ?", history)
    pas_de_calais = {
        f.id for f in fake_engine.corpus.fiches if f.contact.departement == "Pas-de-Calais"
    }
    doing = {s.fiche_id for s in positive.structures}
    assert doing <= pas_de_calais
    if answer.abstained:  # all three do it, by the list without negation: 'none', theirs shown
        assert doing == pas_de_calais
    else:
        assert {s.fiche_id for s in answer.structures} == pas_de_calais - doing


def test_a_negated_stating_list_keeps_its_own_reading(fake_engine: Engine) -> None:
    # 'ne donnent pas de budget': each one's figure asked, those lacking it say what they give
    answer = _answer(fake_engine, "lesquelles ne donnent pas de budget ?")
    assert "structures dont la fiche ne le dit pas" not in answer.answer


@pytest.mark.slow
def test_the_real_booklet_keeps_the_one_not_selling_clothes(engine: Engine) -> None:
    # of the three Pas-de-Calais structures only VESTALI sells clothes: the food bank does not,
    # and the ressourcerie takes every household object « sauf … les vêtements »
    history = [
        {"role": "user", "content": "quelles structures sont dans le Pas-de-Calais ?"},
        {"role": "assistant", "content": "Le panier de la mer 62, Il était deux fois et VESTALI."},
    ]
    answer = _answer(engine, "lesquelles ne vendent pas de vêtements ?", history)
    assert [s.fiche_id for s in answer.structures] == [
        "le-panier-de-la-mer-62",
        "il-etait-deux-fois",
    ]
    assert "VESTALI" in answer.answer.split("\n")[-1]  # those that do, named after
