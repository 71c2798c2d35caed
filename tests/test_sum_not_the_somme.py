"""'somme' asked as a sum is no place (retrieval/places.py `_is_a_sum`): after a word the
Somme département never follows ('quelle somme', 'une somme', 'cette somme') or before what
is summed or how ('la somme versée'); the département after 'la', 'dans la', 'de la', 'en'."""

from __future__ import annotations

import pytest

from livret_qa.retrieval.places import departements_in


@pytest.mark.parametrize(
    "text",
    [
        "et les subventions, ça fait quelle somme ?",
        "pour quelle somme la ressourcerie a-t-elle été aidée ?",
        "une somme de 2 000 € a été prêtée ?",
        "cette somme couvre quoi ?",
        "la somme versée par la Région ?",
        "quelles sommes ont été recueillies ?",
    ],
)
def test_a_sum_asked_names_no_departement(text: str) -> None:
    assert departements_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "combien de structures dans la Somme ?",
        "les initiatives de la Somme",
        "et en Somme ?",
        "une ressourcerie à Amiens (Somme)",
        "which are in the Somme?",
    ],
)
def test_the_departement_is_still_read(text: str) -> None:
    assert departements_in(text) == ["80"]
