"""A money word in a question that asks no amount (answering/money_word_asked.py). Class: a
'when' question ('When did … take on a paid manager?') asks a date, 'what did X pay for?' /
'à quoi a servi l'aide ?' the thing paid for; neither is a price or a salary to refuse.
Neighbours that keep their reading: an amount asked ('how much does a basket cost?', 'quel
est le salaire … ?'). Synthetic questions on the real booklet, fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering import money_word_asked
from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("When did the grocery association take on a paid manager?", "date"),
        ("quand ont-ils embauché un salarié payé ?", "date"),
        ("What did ADEME pay for?", None),
        ("à quoi a servi l'argent payé par la Région ?", None),
        # a yes/no question whether people are paid: whether there is paid staff
        ("Do they pay their staff?", None),
        ("les salariés sont-ils rémunérés ?", None),
        ("est-ce que les encadrants sont payés ?", None),
        ("Is the manager paid?", None),
        ("and are the cooks paid?", None),
        ("how much are the workers paid?", "unstated:price"),
        ("Do they pay rent for their shops?", "unstated:price"),  # a thing paid for, no people
        ("how much does a basket cost?", "unstated:price"),
        ("quel est le salaire du directeur ?", "unstated:salary"),
    ],
)
def test_what_a_money_word_asks(text: str, kind: str | None) -> None:
    asked = asked_attribute(text)
    attribute = asked[1] if asked else None
    if kind == "date":
        assert asked is not None and asked[0] == "date", asked
    elif kind is None:
        assert attribute not in ("unstated:price", "unstated:salary"), asked
    else:
        assert attribute == kind


@pytest.mark.parametrize(
    ("text", "paid_for"),
    [
        ("et le FDI 62, ça a financé quoi ?", True),
        ("qu'est-ce que l'ADEME a financé chez eux ?", True),
        ("What did the Region fund there?", True),
        ("la Fondation a payé quoi ?", True),
        ("what has the FSE subsidised at VESTALI?", True),
        ("Qu'est-ce qui finance Il était deux fois ?", False),  # the funders
        ("combien le FDI a-t-il financé ?", False),  # an amount
        ("Who funds VESTALI?", False),
    ],
)
def test_what_a_funder_paid_for_is_no_budget(text: str, paid_for: bool) -> None:
    assert money_word_asked.thing_paid_for(fold(text)) is paid_for
    if paid_for:
        assert asked_attribute(text) is None  # a sentence answers, not the budget


def test_the_thing_paid_for() -> None:
    assert money_word_asked.THING_PAID_FOR.search(fold("What was the grant used for?"))
    assert not money_word_asked.THING_PAID_FOR.search(fold("How much did they pay?"))


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("When did Les Copains de Thiérache take on a paid manager?", "les-copains-de-thierache"),
        ("What did ADEME pay for at Synapse 3i?", "synapse-3i"),
        ("Do they pay their staff at La Remise Enjouée?", "la-remise-enjouee"),
        ("Les salariés de VESTALI sont-ils rémunérés ?", "vestali"),
    ],
)
def test_answered_not_refused_as_a_price(fake_engine: Engine, question: str, fiche_id: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures][:1] == [fiche_id]


@pytest.mark.parametrize(
    "question",
    [
        "What salary does the director of La Remise Enjouée earn?",
        "quel est le salaire des salariés en insertion au Bois de Deux Mains ?",
    ],
)
def test_a_salary_asked_stays_refused(fake_engine: Engine, question: str) -> None:
    assert ask(fake_engine, question).abstained


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        # people counted by whether they are paid: a headcount, no salary refused
        ("How many paid staff does VESTALI have?", "vestali"),
        ("Combien de personnes rémunérées chez VESTALI ?", "vestali"),
        ("How many salaried employees at Synapse 3i?", "synapse-3i"),
        ("How many paid workers does Synapse 3i have?", "synapse-3i"),
        ("nombre de salariés rémunérés à La Remise Enjouée ?", "la-remise-enjouee"),
    ],
)
def test_paid_people_counted_are_a_headcount(
    fake_engine: Engine, question: str, fiche_id: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche_id


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("How many salaried staff does the Panier de la Mer have?", "25"),
        ("number of paid staff at Le Panier de la Mer 62?", "25"),
        ("How many permanent staff at Synapse 3i?", "30"),
    ],
)
def test_a_qualifier_before_the_people_counted_keeps_the_staff_count(
    fake_engine: Engine, question: str, said: str
) -> None:
    # ('salaried', 'paid' were read as the noun counted: 'gives no staff' was answered)
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert said in answer.answer
