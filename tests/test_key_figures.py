"""The year a key figure refers to: lexicon.YEAR, minus counts that look like a year."""

from __future__ import annotations

import pytest

from livret_qa.parsing.corpus import Corpus
from livret_qa.parsing.key_figures import year_of


@pytest.mark.parametrize(
    ("raw", "year"),
    [
        ("**878 296 €** (2019)", 2019),
        ("En 2020, le chiffre d'affaires", 2020),
        ("baisse d'activité en 2020 du fait de la pandémie", 2020),
        ("produits en 2020 et 2021 :", 2020),
        ("budget prévisionnel 2021 ,environ", 2021),
        ("de janvier à fin juin 2021", 2021),
        ("**309** ateliers de valorisation culinaire cumulant 2033 participations", None),
        ("**2019** adhérents", None),  # the figure's own bold number is no year
        ("**12** sites", None),
    ],
)
def test_the_year_of_a_figure(raw: str, year: int | None) -> None:
    assert year_of(raw) == year


def test_a_count_that_looks_like_a_year_is_not_the_figures_year(corpus: Corpus) -> None:
    figures = corpus.fiche("le-panier-de-la-mer-62").key_figures
    workshops = [k for k in figures if "2033 participations" in k.value]
    assert workshops and all(k.year is None for k in workshops)
