"""Whether a structure pays staff, asked yes or no ('do they pay their staff?', 'does X have
employees?', 'are the people there paid?', 'est-ce qu'elle paie des salariés ?'): its staff
figure answers, yes with the card's EFFECTIF SALARIAL line, not any sentence naming
'salariés' (a customers' line, 'les salariés des entreprises', or the card's name line). A
staff of a kind asked ('des salariés en insertion', 'volunteers') keeps its own reading, and
paying anything else ('its suppliers') asks no staff. Synthetic questions; the real booklet
with the fake embedder."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    "question",
    [
        "do they pay their staff?",
        "Does the toy association have any employees?",
        "are the people working there paid?",
        "est-ce qu'elle paie des salariés ?",
        "ils ont du personnel ?",
        "Do they employ paid workers?",
        "Does the drive association employ anyone?",
    ],
)
def test_paid_staff_is_asked(question: str) -> None:
    folded = fold(question)
    assert lx.PAID_STAFF_ASKED.search(folded) and not lx.PAID_STAFF_OF_A_KIND.search(folded)


@pytest.mark.parametrize(
    "question",
    [
        "do they pay their suppliers?",
        "est-ce qu'ils paient un loyer ?",
        "Does it have a shop?",
    ],
)
def test_paying_something_else_asks_no_staff(question: str) -> None:
    assert not lx.PAID_STAFF_ASKED.search(fold(question))


@pytest.mark.parametrize(
    "question",
    [
        "Does Synapse 3i employ people from priority neighbourhoods?",
        "Do they hire workers with disabilities?",
        "ont-ils des salariés issus des quartiers prioritaires ?",
        "Does it employ women who were far from work?",
        "emploient-ils des jeunes ?",
    ],
)
def test_staff_of_a_kind_is_no_staff_asked(question: str) -> None:
    """People of a kind employed ('from priority neighbourhoods', 'with disabilities'): a
    share or a thing of the staff, not whether the structure has any."""
    assert lx.PAID_STAFF_OF_A_KIND.search(fold(question))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Do the Copains de Thiérache pay their staff?", "2"),
        ("Does VESTALI have employees?", "5 salariés permanents"),
        ("Est-ce que les Copains de Thiérache ont des salariés ?", "2"),
        ("Le Jardin de Cocagne de la Haute Borne emploie-t-il du personnel ?", "7 salariés"),
        ("Does Synapse 3i have paid staff?", "30 salarié"),
        ("Does VESTALI employ anyone?", "5 salariés permanents"),
    ],
)
def test_the_staff_line_answers_yes(engine: Engine, question: str, expected: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained
    assert answer.answer.startswith(("Yes", "Oui")) and expected in answer.answer
    assert answer.plan["parts"][0]["attribute"] == "measure:salaries"


def test_a_staff_of_its_own_kind_keeps_its_reading(engine: Engine) -> None:
    answer = ask(engine, "Le Bois de Deux Mains a-t-il des bénévoles ?")
    assert "30 bénévoles" in answer.answer
    answer = ask(engine, "Does VESTALI have employees in insertion?")
    assert answer.plan["parts"][0]["attribute"] != "measure:salaries"


@pytest.mark.parametrize(
    "question",
    [
        "Does the Oise producers' association have paid staff?",
        "L'association des producteurs des vallées de l'Oise a-t-elle des salariés ?",
        "Does the Oise farmers' drive association employ anyone?",
    ],
)
def test_a_staff_field_in_full_time_equivalents_answers_whether_they_have_any(
    engine: Engine, question: str
) -> None:
    """Class: whether a structure pays staff, of a staff field giving no headcount, only
    full-time equivalents held elsewhere ('0,5 ETP au sein du Pays …'): the field answers, as
    the booklet words it, not a refusal for want of a headcount (a count asked still is)."""
    answer = ask(engine, question)
    assert not answer.abstained
    assert "0,5 ETP" in answer.answer


def test_a_headcount_asked_of_a_field_in_full_time_equivalents_stays_refused(
    engine: Engine,
) -> None:
    answer = ask(engine, "Combien de salariés a l'association des producteurs de l'Oise ?")
    assert answer.abstained and "0,5 ETP" in answer.answer
