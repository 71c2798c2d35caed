"""'VESTALI est-elle dans le Nord ?', 'Is Synapse 3i based in Amiens?', 'est-il dans l'Aisne
ou dans la Somme ?': whether a named structure stands in a place is answered from its contact
card — yes, no, or which of the places offered — with its address quoted. It answered 'oui'
from a partner's line naming the département, and refused when the place filtered the
structure out of the search. A status offered as a choice ('une SCIC ou une association ?')
is answered with the status its card states, with no 'oui' or 'non'. Synthetic questions over
every fiche of the real booklet (fast tier)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import forms_offered
from livret_qa.answering.standing import asks_where_it_stands
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

IN = {  # the département as a sentence says it
    "Nord": "dans le Nord",
    "Pas-de-Calais": "dans le Pas-de-Calais",
    "Aisne": "dans l'Aisne",
    "Oise": "dans l'Oise",
    "Somme": "dans la Somme",
}


def _others(engine: Engine, dep: str) -> list[str]:
    return sorted({f.contact.departement for f in engine.corpus.fiches} - {dep})


def _cites_its_address(answer, fiche) -> bool:  # type: ignore[no-untyped-def]
    return any(
        c.fiche_id == fiche.id and fold(fiche.contact.town)[:5] in fold(c.quote)
        for c in answer.citations
    )


@pytest.mark.parametrize(
    "template", ["{name} est-il {where} ?", "{name} se trouve-t-elle {where} ?"]
)
def test_a_named_structure_in_its_own_departement_is_yes_with_its_address(
    fake_engine: Engine, template: str
) -> None:
    for fiche in fake_engine.corpus.fiches:
        where = IN[fiche.contact.departement]
        answer = ask(fake_engine, template.format(name=fiche.name, where=where))
        assert not answer.abstained and answer.answer.startswith("Oui"), answer.answer
        assert _cites_its_address(answer, fiche), answer.answer


def test_a_named_structure_elsewhere_is_no_with_where_it_stands(fake_engine: Engine) -> None:
    for fiche in fake_engine.corpus.fiches:
        other = _others(fake_engine, fiche.contact.departement)[0]
        for question in (f"{fiche.name} est-il {IN[other]} ?", f"Is {fiche.name} in the {other}?"):
            answer = ask(fake_engine, question)
            assert not answer.abstained, answer.answer
            assert answer.answer.startswith(("Non", "No")), answer.answer
            assert [s.fiche_id for s in answer.structures] == [fiche.id]
            assert _cites_its_address(answer, fiche), answer.answer


def test_its_town_is_yes_in_english(fake_engine: Engine) -> None:
    for fiche in fake_engine.corpus.fiches:
        answer = ask(fake_engine, f"Is {fiche.name} based in {fiche.contact.town}?")
        assert answer.answer.startswith("Yes"), answer.answer


def test_a_choice_of_places_names_the_one_it_stands_in_without_yes(fake_engine: Engine) -> None:
    for fiche in fake_engine.corpus.fiches:
        dep = fiche.contact.departement
        other = _others(fake_engine, dep)[-1]
        for first, second in ((dep, other), (other, dep)):
            question = f"{fiche.name} est-il {IN[first]} ou {IN[second]} ?"
            answer = ask(fake_engine, question)
            assert not answer.answer.startswith(("Oui", "Non")), answer.answer
            head = answer.answer.splitlines()[0]
            assert dep in head and other not in head.split(")", 1)[-1], answer.answer


@pytest.mark.parametrize(
    ("unnamed", "asks"),
    [
        ("est-elle dans le Nord ?", True),
        ("is it really based in the Somme?", True),
        ("se trouve-t-il à Amiens ?", True),
        # something else is asked of the place: the passages answer
        ("travaille-t-il avec le département de l'Aisne ?", False),
        ("a-t-elle des bénévoles dans le Nord ?", False),
        ("is it funded by the Somme council?", False),
    ],
)
def test_only_a_question_of_where_it_stands_is_answered_from_the_card(
    unnamed: str, asks: bool
) -> None:
    places = ["Amiens"] if "Amiens" in unnamed else []
    deps = [c for c, n in (("59", "Nord"), ("80", "Somme"), ("02", "Aisne")) if n in unnamed]
    assert asks_where_it_stands(unnamed, deps, places) is asks


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        ("est-ce une association ou une entreprise ?", True),
        ("c'est une SCIC ou une association ?", True),
        ("is it a company or a non-profit?", True),
        ("est-elle une association ?", False),
        ("travaille-t-elle avec une association ou une entreprise ?", True),
    ],
)
def test_two_legal_forms_offered_are_a_choice(question: str, offered: bool) -> None:
    assert forms_offered(fold(question)) is offered


def test_a_choice_of_statuses_is_answered_with_the_card_status_and_no_yes(
    fake_engine: Engine,
) -> None:
    for fiche in fake_engine.corpus.fiches:
        status = fiche.identity.legal_status.strip()
        if not status:
            continue
        answer = ask(fake_engine, f"{fiche.name}, c'est une SCIC ou une association ?")
        assert not answer.answer.startswith(("Oui", "Non")), answer.answer
        assert fold(status)[:10] in fold(answer.answer), answer.answer
