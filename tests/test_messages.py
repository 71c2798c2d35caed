"""The user-facing sentences read as French or English: a name opening with its own article
stands beside 'fiche' as a title ('La fiche **Le panier de la mer 62** …'), never after 'de'
('La fiche de Le panier …' is no French); other names keep 'de'; English is untouched."""

from __future__ import annotations

import pytest

from livret_qa.answering.messages import say


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("**Le Moulin Vert**", "La fiche **Le Moulin Vert** ne donne rien pour 2022."),
        ("Les Amis du Val", "La fiche Les Amis du Val ne donne rien pour 2022."),
        ("**La Grange**", "La fiche de **La Grange** ne donne rien pour 2022."),
        ("**Solidarmonie**", "La fiche de **Solidarmonie** ne donne rien pour 2022."),
        ("**Lecture Vive**", "La fiche de **Lecture Vive** ne donne rien pour 2022."),
    ],
)
def test_a_name_opening_with_its_article_stands_beside_fiche(name: str, expected: str) -> None:
    assert say("missing_year", "fr", name=name, years="2022") == expected


def test_english_keeps_of() -> None:
    text = say("missing_year", "en", name="**Le Moulin Vert**", years="2022")
    assert text == "The fiche of **Le Moulin Vert** gives nothing for 2022."
