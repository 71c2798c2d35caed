"""Class: a kind of structure asked in a place where no structure is of it, the one standing
there naming it only as its project ('Is there a ressourcerie in Amiens?',
'y a-t-il une ressourcerie dans la Somme ?' where Synapse 3i 'a un projet de ressourcerie' and
the booklet's ressourcerie stands in the Pas-de-Calais): the answer says none there is one,
quoting that fiche as the nearest, not a list of it as if it were. Near-twins keep their
answer: the kind asked where a structure is of it, an activity the structure there does, a
kind the structure there names as a party ('recycleries Nord ?' of a toy re-use workshop
passing toys on to 'des Ressourceries locales': the asker may mean it).
Synthetic questions, FR and EN, on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Is there a ressourcerie in Amiens?",
        "Y a-t-il une ressourcerie à Amiens ?",
        "Does the booklet list a ressourcerie in the Somme?",
        "Une ressourcerie à Amiens, ça existe dans le livret ?",
        "Any ressourcerie around Amiens in the booklet?",
    ],
)
def test_a_project_there_is_no_structure_of_the_kind(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
    assert not answer.structures


@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        ("Y a-t-il une ressourcerie dans le Pas-de-Calais ?", "il-etait-deux-fois"),
        ("Is there a ressourcerie in the Pas-de-Calais?", "il-etait-deux-fois"),
        ("Is there a computer refurbishing workshop in Amiens?", "synapse-3i"),
        ("Which structures are ressourceries?", "il-etait-deux-fois"),
        ("recycleries Nord ?", "la-remise-enjouee"),
        ("Y a-t-il une recyclerie dans le Nord ?", "la-remise-enjouee"),
    ],
)
def test_a_structure_of_the_kind_there_is_listed(engine: Engine, question: str, fiche: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche
