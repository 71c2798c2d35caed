"""A two-part question in few words, each part a bare word after the structure's name: an
event's noun alone asks its date ('Bois de Deux Mains : démarrage et effectif ?', 'VESTALI:
founding and budget?'), and a bare 'who' asks who runs it ('Synapse 3i : qui et quand ?',
'VESTALI: who and where?'). Read otherwise the event's noun was glued to the next part and
left unanswered, and 'qui' answered with any sentence. Synthetic questions, French and
English, on the real booklet: every part is answered."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "date", "other"),
    [
        ("Bois de Deux Mains : lancement et effectif ?", "2020", "30"),
        ("Synapse 3i : démarrage et budget ?", "2015", "2 037 760"),
        ("VESTALI: founding and budget?", "1997", "878 296"),
        ("La Remise Enjouée: start and staff?", "2021", "14"),
        ("Panier de la Mer 62 : son démarrage et son budget ?", "2021", "608 000"),
        ("Copains de Thiérache: launch and address?", "2016", "Guise"),
        ("Jardin de Cocagne de la Haute Borne : création et statut ?", "2010", "Utilité"),
    ],
)
def test_an_event_noun_alone_asks_its_date_beside_the_other_part(
    engine: Engine, question: str, date: str, other: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert date in answer.answer and other in answer.answer, answer.answer


@pytest.mark.parametrize(
    "text",
    ["le démarrage de l'atelier", "the start of the workshop", "ouverture", "opening"],
)
def test_an_event_noun_with_a_thing_or_an_ambiguous_one_asks_no_date(text: str) -> None:
    asked = asked_attribute(text)
    assert asked is None or asked[0] != "date", asked


@pytest.mark.parametrize(
    ("question", "person", "other"),
    [
        ("Synapse 3i : qui et quand ?", "Motte", "20"),
        ("La Remise Enjouée : qui et où ?", "COUSIN", "Héloïse"),
        ("Panier de la Mer 62 : qui et où ?", "Cazenave", "Verdun"),
        ("VESTALI: who and where?", "MARECHAL", "Defernez"),
        ("Who and when, Il était deux fois?", "Dal Céline", "2020"),
        ("Producteurs des Vallées de l'Oise : qui et depuis quand ?", "Pillot", "2019"),
    ],
)
def test_a_bare_who_of_a_named_structure_asks_who_runs_it(
    engine: Engine, question: str, person: str, other: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert person in answer.answer and other in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        # a spoken 'where' after a 'what is it': both asked
        ("VESTALI, c'est quoi et c'est où ?", "Recyclage et insertion", "Defernez"),
        ("Synapse 3i : ça fait quoi et c'est où ?", "en bref", "Victorine Autier"),
        ("La Remise Enjouée c'est quoi, et elle est où ?", "Réemploi du jouet", "Héloïse"),
        # the structure's public named by a bare noun: its beneficiaries' lines
        ("VESTALI: customers and budget?", "beneficiaries", "878 296"),
        ("Il était deux fois: its users and its address?", "beneficiaries", "Rue du Moulin"),
    ],
)
def test_each_terse_part_is_answered(
    engine: Engine, question: str, first: str, second: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert first in answer.answer and second in answer.answer, answer.answer


@pytest.mark.parametrize(
    "text", ["Panier de la Mer 62 : public", "son public ?", "VESTALI: customers", "its users"]
)
def test_a_bare_public_noun_asks_the_beneficiaries(text: str) -> None:
    assert asked_attribute(text) == ("fact", "subpart:beneficiaries", False)
