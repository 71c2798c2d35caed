"""'elle fait combien de chiffre l'épicerie de Guise ?': the noun counted after 'combien de'
ends where an article opens another noun phrase ('l'épicerie' is who makes it); read with it,
'épicerie' (a kind of structure) made the question a count of the food structures. Class:
a figure of one structure described, asked 'combien de <measure> <the structure>'. Its
neighbours still count structures ('combien de structures de l'Aisne ?', 'combien d'épiceries
le livret présente ?'). Synthetic questions over the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.aggregate_plan import _counts_other_things
from livret_qa.answering.compose import ask


@pytest.mark.parametrize(
    ("question", "other"),
    [
        ("elle fait combien de chiffre l'epicerie de guise ?", True),
        ("combien de chiffre la ressourcerie ?", True),
        ("how many volunteers the liévin charity has?", True),
        ("combien de structures de l'aisne ?", False),
        ("combien d'epiceries le livret presente ?", False),
        ("how many structures the booklet has?", False),
    ],
)
def test_the_noun_counted_ends_at_an_article(question: str, other: bool) -> None:
    assert _counts_other_things(question) is other


def test_a_figure_of_one_described_is_no_count_of_structures(engine) -> None:
    answer = ask(engine, "elle fait combien de chiffre l'epicerie de guise ?")
    assert [s.fiche_id for s in answer.structures] == ["les-copains-de-thierache"], answer.answer
    assert "160 000" in answer.answer


def test_a_count_of_structures_in_a_place_still_counts(engine) -> None:
    answer = ask(engine, "combien de structures de l'Aisne ?")
    assert {s.fiche_id for s in answer.structures} == {
        f.id for f in engine.corpus.fiches if f.contact.departement == "Aisne"
    }
