"""Class: a two-part question whose one part is a bare 'where' after the structure's names
('La Remise Enjouée: where and since when?', 'Synapse 3i, où et depuis quand ?'): the part
asks the structure's place, as 'where is it?' does, not a sentence of its fiche (it gave its
website line). A 'where' after a thing of it ('VESTALI, sa boutique, où ?') is not one."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import _names_then_where


@pytest.mark.parametrize(
    ("part", "bare"),
    [
        ("La Remise Enjouée: where", True),
        ("Synapse 3i, où", True),
        ("Le Bois de Deux Mains — where", True),
        ("VESTALI, sa boutique, où", False),
        ("the shop, where", False),
        ("where", False),
    ],
)
def test_a_bare_where_after_names(part: str, bare: bool) -> None:
    assert _names_then_where(part) is bare


@pytest.mark.parametrize(
    ("question", "town", "year"),
    [
        ("La Remise Enjouée: where and since when?", "Villeneuve", "2021"),
        ("Synapse 3i, où et depuis quand ?", "Amiens", "20"),
        ("Les Copains de Thiérache, où et quand ?", "Guise", "20"),
        ("VESTALI: where and since when?", "Liévin", "20"),
    ],
)
def test_both_parts_are_answered(engine, question: str, town: str, year: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and len(answer.plan["parts"]) == 2, answer.answer
    assert answer.plan["parts"][0]["attribute"] == "field:address", answer.plan
    assert town in answer.answer and year in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    ["Panier de la Mer 62, le site et le mail ?", "VESTALI, le site et le tel ?"],
)
def test_a_bare_site_after_names_and_a_comma_is_the_website(engine, question: str) -> None:
    """Same class, the short part 'le site' after a comma: the website, as 'et leur site ?'
    (it counted the sites)."""
    answer = ask(engine, question)
    assert answer.plan["parts"][0]["attribute"] == "field:website", answer.plan
    assert "www." in answer.answer, answer.answer
