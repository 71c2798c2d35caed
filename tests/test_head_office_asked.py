"""The head office asked of a structure whose card names one apart from the place it works at
('where is the head office of X?', 'où est son siège social ?', 'X is headquartered where?'):
the card's head-office line answers, labelled so, not the establishment's address; a card
with no head-office line keeps its address as the answer, and 'head office' is no role
('head' alone asks the director). Synthetic questions; the real booklet with the fake
embedder."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    "question",
    [
        "Where's the head office of that toy association?",
        "où se situe leur siège social ?",
        "Which city is it headquartered in?",
        "l'adresse du siege svp",
        "what is their registered office?",
        "Where are its headquarters?",
    ],
)
def test_the_head_office_is_asked(question: str) -> None:
    assert lx.HEAD_OFFICE_ASKED.search(fold(question))


@pytest.mark.parametrize(
    "question",
    ["Where are they based?", "où se trouve l'atelier ?", "What is its address?"],
)
def test_an_address_is_no_head_office(question: str) -> None:
    assert not lx.HEAD_OFFICE_ASKED.search(fold(question))


@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [
        ("Où se trouve le siège social de La Remise Enjouée ?", "Anstaing", "Héloïse"),
        ("Where is La Remise Enjouée's head office?", "Anstaing", "Héloïse"),
        ("Le Jardin de Cocagne de la Haute Borne a son siège où ?", "Colbert", "Harrison"),
        ("Where is the Jardin de Cocagne de la Haute Borne headquartered?", "Lille", "Harrison"),
        ("VESTALI, l'adresse de son siège ?", "Liévin", ""),
    ],
)
def test_the_head_office_line_answers(
    engine: Engine, question: str, expected: str, not_expected: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert expected in answer.answer
    assert not not_expected or not_expected not in answer.answer
    assert "siège" in answer.answer or "head office" in answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Where is La Remise Enjouée?", "Héloïse"),
        ("Où est situé Le Bois de Deux Mains ?", "Pommiers"),
        ("Where is Le Bois de Deux Mains' head office?", "Pommiers"),  # no head-office line
    ],
)
def test_an_address_still_answers_where(engine: Engine, question: str, expected: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and expected in answer.answer


def test_a_head_office_is_no_director(engine: Engine) -> None:
    history = [
        {"role": "user", "content": "Who runs the Jardin de Cocagne de la Haute Borne?"},
        {"role": "assistant", "content": "Jean-Louis Poillon, its director."},
    ]
    answer = ask(engine, "is it an association? where's its head office?", history)
    assert "Colbert" in answer.answer
    assert "Poillon" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Quel est le numéro de téléphone du siège du Jardin de Cocagne ?",
        "le mail du siège social du jardin de la Haute Borne ?",
        "What's the head office phone number of the Cocagne garden in Villeneuve d'Ascq?",
        "Le site web du siège du Jardin de Cocagne de la Haute Borne ?",
        "et le téléphone de leur siège à Lille, c'est quoi ?",
    ],
)
def test_a_contact_of_a_head_office_another_body_holds_is_not_given(
    engine: Engine, question: str
) -> None:
    """Class: a contact field asked of the head office, when the card's head-office line names
    another body ('ALEFPA, 199-201 Rue Colbert, 59003 Lille'): the card's contacts are the
    structure's own, so it is refused, naming that body and quoting its line."""
    history = [
        {"role": "user", "content": "Le Jardin de Cocagne de la Haute Borne, c'est où ?"},
        {"role": "assistant", "content": "À Villeneuve d'Ascq, dans le Nord."},
    ]
    answer = ask(engine, question, history)
    assert answer.abstained and "ALEFPA" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "le téléphone du siège du Panier de la Mer 62 ?",
        "What's the phone number of VESTALI's head office?",
    ],
)
def test_a_contact_of_a_head_office_the_structure_holds_is_its_own(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and ("03" in answer.answer)
