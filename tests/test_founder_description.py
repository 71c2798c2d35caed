"""A first question describing its structure at length (round 37, class: false abstentions of
a founder's long description): a founding year among the description was read as the year
asked, and a relative clause left after a description resolved by place was read as part of
the figure asked. Both are set aside when the fiche states the founding / when the rest asks
an attribute by itself; a year the fiche does not give, a yes/no of the founding and a list
keep the question as typed."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.founding_aside import aside
from livret_qa.answering.relative_aside import without_clause
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "fiche", "said"),
    [
        ("VESTALI, créée en 1997, a quel budget ?", "vestali", "878 296"),
        (
            "The Liévin association founded in 1997 that trains women in sewing: "
            "what is its budget?",
            "vestali",
            "878 296",
        ),
        (
            "L'association de Liévin qui forme des femmes à la couture, quel est son budget ?",
            "vestali",
            "878 296",
        ),
        (
            "The Liévin association that trains women in sewing: what is its budget?",
            "vestali",
            "878 296",
        ),
        (
            "Je cherche l'association d'Amiens qui reconditionne des ordinateurs et qui est née "
            "de la fusion de deux structures en 2018 : quand a-t-elle démarré son action ?",
            "synapse-3i",
            "2015",
        ),
    ],
)
def test_the_description_is_set_aside(engine: Engine, question: str, fiche: str, said: str) -> None:
    answer = ask(engine, question, [])
    assert not answer.abstained
    assert [s.fiche_id for s in answer.structures] == [fiche]
    assert said in answer.answer


def test_a_founding_year_the_fiche_does_not_give_stays_asked(engine: Engine) -> None:
    answer = ask(engine, "VESTALI, créée en 2005, a quel budget ?", [])
    assert answer.abstained


@pytest.mark.parametrize(
    "question",
    [
        "Is VESTALI founded in 1997?",
        "Which structures founded in 2015 have a budget over 500 000 €?",
        "Quelles structures créées en 2015 ont plus de 20 salariés ?",
        "VESTALI founded in 1997?",
    ],
)
def test_no_description_to_set_aside(question: str) -> None:
    assert aside(question) is None


def test_a_clause_the_rest_points_back_at_is_kept() -> None:
    def asks(_: str) -> bool:
        return True

    question = "VESTALI qui produit des masques, elle en a produit combien ?"
    assert without_clause(question, "VESTALI", asks) is None
