"""The structure's place asked in spoken words, its name typed in lower case or after the
'où' ('ils sont basés où ceux de synapse ?', 'le panier de la mer 62 il se trouve où
exactement ?', 'ils bossent où les copains de thiérache ?', 'Where's Il était deux fois
based?', 'where can I find VESTALI?'): a short 'where' once the names are out, answered by
its address — not by its website line, nor by its staff count for 'bossent'. Synthetic
questions, French and English, on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "street"),
    [
        ("ils bossent où les copains de thiérache ?", "Camille Desmoulins"),
        ("ils sont basés où ceux de synapse ?", "Victorine Autier"),
        ("le panier de la mer 62 il se trouve où exactement ?", "rue de Verdun"),
        ("ils sont installés où, le bois de deux mains ?", "route de Compiègne"),
        ("Where do the Synapse 3i people work?", "Victorine Autier"),
        ("Where's Il était deux fois based?", "Rue du Moulin"),
        ("where can I find VESTALI?", "Defernez"),
        ("elle est implantée où l'asso des producteurs des vallées de l'oise ?", "Mortemer"),
    ],
)
def test_a_spoken_where_of_a_named_structure_is_its_address(
    engine: Engine, question: str, street: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert street in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    ["les vetibox de vestali sont où ?", "Where did VESTALI open its first shop?"],
)
def test_where_a_sub_thing_is_still_needs_a_sentence_placing_it(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained
