"""Lists asking which structures only PLAN a thing ('qui a un projet de ressourcerie ?',
'which structures plan to open a ressourcerie?'): those whose fiche writes the thing as their
project, not those already doing it. Must not change: lists asking who does it 'or plans to',
lists asking who does it. Fast tier: pure functions on synthetic sentences; slow tier: the
real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planned_kind import planned_thing, planning_fiches
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("Qui a un projet de recyclerie ?", "recyclerie"),
        ("Quelles associations ont un projet d'épicerie solidaire ?", "epicerie solidaire"),
        ("Which ones plan to open a repair café?", "repair cafe"),
        ("Any charity planning to launch a bakery in Lille?", "bakery"),
        ("Qui envisage de créer une conserverie ?", "conserverie"),
        ("Quelles structures prévoient d'ouvrir une laverie ?", "laverie"),
        ("Which groups have a project for a tool library?", "tool library"),
    ],
)
def test_a_plan_asked_names_its_thing(question: str, thing: str) -> None:
    assert planned_thing(question) == thing


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures sont des recycleries ?",
        "Qui collecte des jouets, ou compte le faire ?",
        "Which ones run a bakery or plan to?",
        "Who repairs bikes in the Nord?",
        "Combien de structures ont plus de 10 salariés ?",
    ],
)
def test_no_plan_alone_asked(question: str) -> None:
    assert planned_thing(question) is None


TEXTS = {
    "a": "L'association gère une conserverie depuis 2015. Elle emploie 12 salariés.",
    "b": "La structure a un projet de conserverie et d'une légumerie depuis 2020.",
    "c": "Elle envisage à terme l'ouverture d'une conserverie sur le site.",
    "d": "Son projet de création d'une laverie solidaire est en cours.",
    "e": "Elle prévoit pour 2023 une petite laverie. Elle gère aussi une conserverie.",
    "f": "Les partenaires : une conserverie locale, la commune.",
}


@pytest.mark.parametrize(
    ("thing", "fiches"),
    [
        ("conserverie", ["b", "c"]),
        ("legumerie", ["b"]),
        ("laverie", ["d", "e"]),
        ("laverie solidaire", ["d"]),
        ("boulangerie", []),
    ],
)
def test_the_fiches_writing_the_thing_as_their_project(thing: str, fiches: list[str]) -> None:
    folded = {k: fold(v) for k, v in TEXTS.items()}
    assert planning_fiches(folded, thing) == fiches


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures ont un projet de ressourcerie ?",
        "Which structures are planning to open a ressourcerie?",
        "qui envisage un pôle textile ?",
    ],
)
def test_on_the_booklet_the_planned_ressourcerie(engine: Engine, question: str) -> None:
    """The computer-refurbishing structure of Amiens writes 'un projet de ressourcerie et d'un
    pôle textile'; the booklet's ressourcerie of today does not plan one."""
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == ["synapse-3i"]


@pytest.mark.slow
def test_on_the_booklet_the_ressourceries_of_today(engine: Engine) -> None:
    """Asked who IS one, the list is not the planner's."""
    answer = ask(engine, "Quelles structures sont des ressourceries ?")
    assert "il-etait-deux-fois" in [s.fiche_id for s in answer.structures]
