"""Two ways a question sets its pieces apart with commas. A topic set first, then a wh-word
('Les structures du Nord, depuis quand existent-elles ?', 'VESTALI, combien a-t-elle de
salariés ?') asks that wh-question: its inverted verb made it a yes/no, answered 'Oui —'.
A time asked with its preposition after a comma ('Who runs X, since when does it exist and
…?', '…, in what year was it created …') opens a part of its own: it was folded into the
part before, which lost its own question. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asks_yes_no, split_parts
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Les structures du Nord, depuis quand existent-elles ?",
        "VESTALI, combien a-t-elle de salariés ?",
        "Le Bois de Deux Mains, où se trouve-t-il ?",
        "Et la ressourcerie, pourquoi a-t-elle été créée ?",
        "That shop, when does it open?",
    ],
)
def test_a_wh_question_after_a_topic_is_no_yes_no(question: str) -> None:
    assert not asks_yes_no(question)


@pytest.mark.parametrize(
    "question",
    [
        "Synapse 3i, est-elle dans la Somme ?",
        "Et VESTALI, vend-elle en ligne ?",
        "VESTALI emploie-t-elle des femmes ?",
        "Le jardin, a-t-il des bénévoles ?",
    ],
)
def test_a_yes_no_after_a_topic_stays_yes_no(question: str) -> None:
    assert asks_yes_no(question)


@pytest.mark.parametrize(
    ("question", "n"),
    [
        ("Who runs VESTALI, since when does it exist and how many people work there?", 3),
        ("Where is Synapse 3i, in what year was it created and who funds it?", 3),
        ("Qui dirige le jardin, depuis quand existe-t-il ?", 2),
        ("Les structures du Nord, depuis quand existent-elles ?", 1),
    ],
)
def test_a_time_asked_after_a_comma_is_a_part_of_its_own(question: str, n: int) -> None:
    assert len(split_parts(question)) == n


def test_a_fronted_topic_gets_each_structures_year(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Les structures du Nord, depuis quand existent-elles ?")
    assert answer.structures and not answer.abstained, answer.answer
    assert "Oui" not in answer.answer and "ne mentionne pas" not in answer.answer, answer.answer
