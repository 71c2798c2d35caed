"""A list asked as a request ('Fais-moi la liste des structures qui …', 'Give me a list of the
associations that …') or closed by a 'which ones?' tag ('Y a-t-il des structures qui … ?
Lesquelles ?') is read as the plain list question it means; a bare 'lesquelles ?' follow-up and
'c'est lesquels ?' inside a question are left as typed."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.list_request import plain_list_question


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        (
            "Fais-moi la liste des structures qui emploient des salariés en insertion.",
            "Quelles structures qui emploient des salariés en insertion.",
        ),
        ("Je voudrais la liste des initiatives du Nord", "Quelles initiatives du Nord"),
        (
            "Tu peux me donner les noms des structures de l'Aisne ?",
            "Quelles structures de l'Aisne ?",
        ),
        (
            "Give me a list of the associations that collect clothes.",
            "Which associations that collect clothes.",
        ),
        (
            "Y a-t-il des structures qui font de la sensibilisation ? Lesquelles ?",
            "Y a-t-il des structures qui font de la sensibilisation ?",
        ),
        (
            "Are there initiatives working with schools? Which ones?",
            "Are there initiatives working with schools ?",
        ),
        (
            "Name every initiative that gets help from a foundation.",
            "Which initiative that gets help from a foundation.",
        ),
        ("List all the structures in the Nord", "Which structures in the Nord"),
        ("Tell me the associations that repair bikes", "Which associations that repair bikes"),
        # left as typed
        ("Tell me the budget of VESTALI", "Tell me the budget of VESTALI"),
        ("Name the director of VESTALI", "Name the director of VESTALI"),
        ("lesquelles ?", "lesquelles ?"),
        ("Which ones?", "Which ones?"),
        (
            "y en a combien dans le 62 et c'est lesquels ?",
            "y en a combien dans le 62 et c'est lesquels ?",
        ),
        ("Quelles structures vendent en ligne ?", "Quelles structures vendent en ligne ?"),
        ("financées par la DREETS, lesquelles ?", "financées par la DREETS, lesquelles ?"),
        (
            "Je voudrais monter une recyclerie, qui fait ça ?",
            "Je voudrais monter une recyclerie, qui fait ça ?",
        ),
    ],
)
def test_a_request_reads_as_its_list_question(question: str, plain: str) -> None:
    assert plain_list_question(question) == plain


@pytest.mark.slow
@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        (
            "Fais-moi la liste des structures qui emploient des salariés en insertion.",
            "Quelles structures emploient des salariés en insertion ?",
        ),
        (
            "Y a-t-il des structures qui récupèrent du bois ? Lesquelles ?",
            "Quelles structures récupèrent du bois ?",
        ),
        (
            "Name every initiative that gets help from a foundation.",
            "Which initiatives get help from a foundation?",
        ),
    ],
)
def test_a_request_lists_what_its_plain_question_lists(engine, typed: str, plain: str) -> None:  # type: ignore[no-untyped-def]
    asked, meant = ask(engine, typed), ask(engine, plain)
    assert not asked.abstained
    assert asked.question == typed
    assert {s.fiche_id for s in asked.structures} == {s.fiche_id for s in meant.structures}


@pytest.mark.slow
def test_the_plan_keeps_the_request_as_typed_and_says_how_it_was_read(engine) -> None:  # type: ignore[no-untyped-def]
    typed = "Fais-moi la liste des structures qui emploient des salariés en insertion."
    plan = ask(engine, typed).plan
    assert plan["question"] == typed
    assert plan["read_as"].startswith("Quelles structures")
    from livret_qa.serving.api.schemas import PlanOut

    assert PlanOut.model_validate(plan).read_as == plan["read_as"]
