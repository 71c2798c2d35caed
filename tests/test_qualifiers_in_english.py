"""An English answer quotes the booklet's French value and says beside it what its qualifiers
mean ('prévisionnel 2021, environ 800 000 € (forecast; approximate)'); a French answer, a value
with no qualifier, or a whole sentence quoted as the value says nothing more."""

from __future__ import annotations

import pytest

from livret_qa.answering.wording import _qualifiers_in_english


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("prévisionnel 2021, environ 800 000 €", " (forecast; approximate)"),
        ("plus de 120 adhérents", " (at least)"),
        ("4 500 € par an", " (per year)"),
        ("878 296 € (2019)", ""),
        # a qualifier of another amount in the value is not the figure's
        ("608 000 € avec une valorisation de dons en nature de plus de 40 000€ (2020)", ""),
        (
            "L'association vend environ 250 paniers classiques hebdomadaires de 10 à 18 € à divers "
            "adhérents-consommateurs",
            "",
        ),
    ],
)
def test_french_qualifiers_are_said_in_english(value: str, said: str) -> None:
    assert _qualifiers_in_english(value) == said
