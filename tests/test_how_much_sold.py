"""'How much' asked of a verb of quantity ('How much does the drive sell every fortnight?',
'how much do they collect a year?'): a count of things the sentence says were sold,
collected or produced answers, as a measure with its unit does; a price asked ('sell for')
stays a sum, and a count of things given away is no sale. Synthetic sentences and questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.figure_binding import amount_unbound
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("How much does the shop sell every week?", "120 livres et 40 jouets vendus par semaine"),
        ("How much does the farm sell each month?", "Elle vend 300 paniers par mois."),
        ("How much did they collect last year?", "12 000 objets collectés en 2021"),
        ("How much does the garden produce?", "800 bocaux produits chaque année"),
        ("How much do they distribute every week?", "150 colis distribués par semaine"),
    ],
)
def test_a_count_of_things_answers_a_quantity(question: str, stated: str) -> None:
    assert not amount_unbound(question, stated)


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("How much does the shop sell its chairs for?", "120 chaises vendues en 2020"),
        ("How much does the shop sell every week?", "1200 ordinateurs sont donnés par an."),
        ("How much does it cost?", "15 colis vendus chaque quinzaine"),
    ],
)
def test_a_price_or_another_act_stays_unanswered(question: str, stated: str) -> None:
    assert amount_unbound(question, stated)


def test_the_fortnights_sales_are_answered(engine: Engine) -> None:
    answer = ask(engine, "How much does the APVO drive sell every fortnight?")
    assert not answer.abstained, answer.answer
    assert "27" in answer.answer


@pytest.mark.parametrize(
    "question",
    ["How much does Synapse 3i sell each year?", "How much does the APVO sell its meat boxes for?"],
)
def test_no_sale_counted_stays_refused(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained
