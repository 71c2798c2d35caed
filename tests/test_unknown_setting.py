"""A project naming a kind of place (rural, urban, coast, mining basin): a structure whose
fiche states no kind of place is unknown on it, half way between one of that kind and one of
another, so a farmers' drive in a village of the Oise is not ranked as a city project behind
a rural shop only because its fiche never writes 'rural'."""

from __future__ import annotations

import pytest

from livret_qa.answering.similarity import UNKNOWN_SETTING, facets_for, similar_to_description
from livret_qa.retrieval.engine import Engine

PROJECTS = [
    ("setting:rural", "On veut ouvrir un petit lieu de vente dans un village, à la campagne."),
    ("setting:rural", "A small shop project in the countryside, in a village."),
    ("setting:urbain", "Un projet de boutique en centre-ville, dans la métropole."),
    ("setting:urbain", "An inner-city shop project in a metropolitan area."),
]


@pytest.mark.parametrize(("setting", "description"), PROJECTS)
def test_a_structure_silent_on_its_kind_of_place_is_neither_one_nor_another(
    fake_engine: Engine, setting: str, description: str
) -> None:
    corpus = facets_for(fake_engine)
    result = similar_to_description(fake_engine, description)
    assert any(s.value == setting for s in result.stated)
    seen = set()
    for s in result.structures:
        states = {v for v in corpus.fiches[s.fiche_id].of("territory") if v.startswith("setting:")}
        score = s.facet("territory").score
        if setting in states:
            expected = 1.0
        elif states:
            expected = 0.0
        else:
            expected = UNKNOWN_SETTING
        assert score == pytest.approx(expected), s.fiche_id
        seen.add(expected)
    assert seen == {0.0, 1.0, UNKNOWN_SETTING}  # the booklet has all three cases


def test_an_unknown_kind_of_place_weighs_with_the_departement_as_a_part(
    fake_engine: Engine,
) -> None:
    """With a département named too, the unknown kind of place is half of its part only."""
    corpus = facets_for(fake_engine)
    result = similar_to_description(fake_engine, "Une recyclerie à la campagne dans l'Oise.")
    for s in result.structures:
        theirs = corpus.fiches[s.fiche_id].of("territory")
        if any(v.startswith("setting:") for v in theirs):
            continue
        in_oise = "dep:60" in theirs
        expected = (0.6 * in_oise + 0.15 * UNKNOWN_SETTING) / 0.75
        assert s.facet("territory").score == pytest.approx(expected), s.fiche_id
