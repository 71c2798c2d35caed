"""How much a figure changed, asked of one structure ('By how much did its sales revenue
grow?', 'de combien ont progressé ses recettes ?'): answered by the sentence stating the
change with its amount ('ont progressé de 5,54 % en 2019 par rapport à 2018'), not refused
because the fiche gives no turnover, nor answered with the figure itself. A share of a
measure ('what share of its employees have a disability?') is answered by the sentence
giving the share, not the headcount. What must not change: a change no sentence states with
an amount abstains, naming the nearest fact (the figure, or 'en augmentation'); the figure
asked plainly ('quel est le budget ?') keeps its value. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.change_asked import asks_change, grows, states_change
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "text",
    [
        "By how much did its sales revenue grow in 2019?",
        "les recettes ont progressé de combien ?",
        "De combien a augmenté le chiffre d'affaires ?",
        "Quelle a été la hausse des ventes ?",
        "How much did the turnover go up?",
        "how much higher was the rate than in 2018",
        "What was the increase in sales?",
    ],
)
def test_a_change_is_asked(text: str) -> None:
    assert asks_change(text)


@pytest.mark.parametrize(
    "text",
    [
        "Quel est le budget ?",
        "How much does a basket cost?",
        "How much did it receive from the ADEME?",
        "Combien de salariés en 2021 ?",
        "How many tonnes did it collect in 2020?",
        "Why did its sales grow?",
    ],
)
def test_no_change_is_asked(text: str) -> None:
    assert not asks_change(text)


def _sales(sentence: str) -> bool:
    return "recettes" in sentence or "chiffre" in sentence


def test_a_change_is_stated_with_its_amount() -> None:
    said = "Les recettes sur les ventes ont progressé de 5,54% en 2019 par rapport à 2018."
    assert states_change(said, _sales)


@pytest.mark.parametrize(
    "sentence",
    [
        # a change without its amount (the year is no amount): the nearest fact
        "Excepté 2020, son chiffre d'affaires est en augmentation.",
        # an amount, no change
        "Les recettes couvrent 92 % des charges.",
        # a change of another thing
        "Le nombre de salariés augmente de 10 %.",
    ],
)
def test_no_change_with_its_amount(sentence: str) -> None:
    assert not states_change(sentence, _sales)


def test_a_change_without_amount_is_near() -> None:
    assert grows("Excepté 2020, son chiffre d'affaires est en augmentation.", _sales)


@pytest.mark.parametrize(
    "question",
    [
        "les recettes de VESTALI ont progressé de combien entre 2018 et 2019 ?",
        "By how much did VESTALI's sales revenue grow in 2019?",
    ],
)
def test_the_change_stated_is_answered(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == "vestali"
    assert "5,54" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "nearest"),
    [
        ("By how much did Synapse 3i's budget grow in 2021?", "2 037 760"),
        ("By how much did Le Bois de Deux Mains' turnover grow?", "en augmentation"),
        ("De combien a augmenté le chiffre d'affaires des Copains de Thiérache ?", "160 000"),
    ],
)
def test_a_change_not_stated_abstains_with_the_nearest(
    engine: Engine, question: str, nearest: str
) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
    assert nearest in answer.answer, answer.answer


def test_the_figure_asked_plainly_keeps_its_value(engine: Engine) -> None:
    answer = ask(engine, "Quel est le chiffre d'affaires des Copains de Thiérache ?")
    assert not answer.abstained and "160 000" in answer.answer, answer.answer


def test_a_share_of_a_measure_is_the_share_stated(engine: Engine) -> None:
    answer = ask(engine, "What share of Synapse 3i's employees have a disability?")
    assert not answer.abstained and "6%" in answer.answer, answer.answer


def test_no_share_stated_still_abstains(engine: Engine) -> None:
    assert ask(engine, "What percentage of Le Bois de Deux Mains' employees are women?").abstained


def test_a_share_of_a_measure_the_fiche_gives_no_figure_of(engine: Engine) -> None:
    """No turnover figure, but the share of sales in its revenue is stated."""
    answer = ask(engine, "What is the share of sales in Le Bois de Deux Mains' revenue?")
    assert not answer.abstained and "30%" in answer.answer, answer.answer


def test_the_measure_asked_without_a_share_still_abstains(engine: Engine) -> None:
    assert ask(engine, "What is Le Bois de Deux Mains' turnover?").abstained


def test_a_change_of_a_thing_no_word_reads_is_the_closest_change(engine: Engine) -> None:
    """Words neither the fiche nor the glossary reads ('margin ratio'): the change stated
    closest to the question answers, by the ranking, not 'nowhere mentions'."""
    answer = ask(engine, "By how many points did VESTALI's added-value ratio rise?")
    assert not answer.abstained and "4 points" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("By how much did VESTALI's exports grow?", "exports"),
        ("By how much did the number of Synapse 3i's trainers grow?", "trainers"),
    ],
)
def test_a_change_of_a_thing_read_but_not_stated_abstains(
    engine: Engine, question: str, named: str
) -> None:
    answer = ask(engine, question)
    assert answer.abstained and named in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        (
            "Les ventes ont progressé de combien en 2019 par rapport à l'année d'avant ?",
            "Les recettes sur les ventes ont progressé de 5,54% en 2019 par rapport à 2018.",
        ),
        ("De combien a augmenté le chiffre d'affaires ?", "Le CA a augmenté de 12 % en 2020."),
        ("By how much did sales grow compared with 2018?", "Les ventes ont progressé de 8%."),
    ],
)
def test_a_change_stated_as_a_percentage_is_the_amount_asked(question: str, sentence: str) -> None:
    """Class: a change of takings asked, stated as a percentage (no sum in €), and 'par
    rapport à' comparing, not earning."""
    from livret_qa.answering.unstated_kind import unstated_kind

    assert unstated_kind(question, sentence, "") is None
    # a sum asked is still a sum: a sentence with no amount in € does not give it
    assert unstated_kind("Ils ont gagné combien d'argent ?", sentence, "") == "amount"
