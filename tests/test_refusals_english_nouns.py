"""Class: an English yes/no question naming a thing by a noun the glossary lacked ('vets',
'auctions', 'mayor', 'fishermen'): an unglossed English noun must be written in the fiche as
is, so each was refused as never mentioned where the fiche names it in French
(« services vétérinaires », « criées », « Mairie »). Glossed, the fiche's French word is
looked for; a thing the fiche still does not name is refused."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.yes_no import _glossary_knows


@pytest.mark.parametrize(
    "word",
    ["vets", "veterinary", "auctions", "fishermen", "mayor", "agency", "woodworker", "interns"],
)
def test_the_glossary_reads_the_noun(word: str) -> None:
    assert _glossary_knows(word)


@pytest.mark.parametrize(
    "question",
    [
        "Does Le Panier de la Mer 62 buy fish at the auctions?",
        "Does Le Panier de la Mer 62 work with fishermen?",
    ],
)
def test_a_thing_named_in_french_is_no_refusal(engine, question: str) -> None:
    assert not ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "Did the vets inspect Le Bois de Deux Mains?",
        "Does Les Copains de Thiérache sell fish from the auctions?",
    ],
)
def test_a_thing_the_fiche_never_names_is_refused(engine, question: str) -> None:
    assert ask(engine, question).abstained
