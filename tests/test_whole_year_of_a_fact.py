"""Class: a figure of a whole year asked in words the planner reads as a fact ('Tonnage de
jouets collecté sur toute l'année 2021 ?', 'Tonnage annuel de jouets ?') quoted from a sentence
giving part of the year (« … de janvier à fin juin 2021 »): the fiche does not give the whole
year, that sentence is the nearest fact (dev26-069). Asked without 'whole' or 'annual', the
part-year figure is given as it is. Synthetic questions, French and English."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_answer


@pytest.mark.parametrize(
    "question",
    [
        "Tonnage de jouets collecté par la Remise Enjouée sur toute l'année 2021 ?",
        "Tonnage annuel de jouets de La Remise Enjouée ?",
        "La Remise Enjouée: toys collected over the whole of 2021?",
    ],
)
def test_a_part_of_the_year_is_no_whole_year(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    check_answer(engine.corpus, answer.to_dict())
    assert answer.abstained, answer.answer
    assert "3,5" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "La Remise Enjouée, jouets collectés en 2021 ?",
        "Quel tonnage de jouets La Remise Enjouée a-t-elle collecté ?",
    ],
)
def test_a_part_of_the_year_asked_plainly(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert "3,5" in answer.answer
