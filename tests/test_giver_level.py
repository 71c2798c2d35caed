"""Class: money asked of a level of giver by yes or no ('des fonds européens ?', 'des aides de
la région ?', 'did the Department fund them?'): the fiche's line stating a giver of that level
answers, in the booklet's words; a fiche with no such line does not say."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.giver_level import asked_levels, states_levels
from tests.conversations import named


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("ont-ils reçu des fonds européens ?", ("europe",)),
        ("a-t-il des aides de la région ?", ("region",)),
        ("a-t-elle bénéficié d'aides du département ?", ("department",)),
        ("sont-ils aidés par la commune ?", ("town",)),
        ("Did the Department fund ?", ("department",)),
        ("is it funded by the State?", ("state",)),
        ("did the county council give them grants?", ("department",)),
        ("did the regional council support them?", ("region",)),
        ("ont-ils des aides régionales ?", ("regional",)),
        ("a-t-il reçu des fonds européens pour son atelier ?", ()),  # another thing asked
        ("fait-il de l'aide alimentaire dans la région ?", ()),
        ("ont-ils eu des aides ?", ()),  # no level: aid in general
        ("did the EU fund the shop?", ()),  # the shop: another thing asked
        ("Is it funded by the EU?", ("europe",)),
        ("a-t-elle reçu des fonds de l'UE ?", ("europe",)),
    ],
)
def test_the_levels_asked_are_read(text: str, levels: tuple[str, ...]) -> None:
    assert asked_levels(text) == levels


@pytest.mark.parametrize(
    ("levels", "line", "stated"),
    [
        (("europe",), "Européen : Union européenne (FEDER 2016)", True),
        (("europe",), "Autres : Le fonds social européen (FSE)", True),
        (("europe",), "la Métropole Européenne de Lille via ses déchetteries", False),
        (("region",), "Régional : La DREETS, le Conseil Régional, associations clientes", True),
        (("department",), "Local : L'agglomération du Grand Soisson, Conseil départemental", True),
        (("department",), "Département : Pas de Calais (62)", False),
        (("state",), "National : Dotation d'Équipement des Territoires Ruraux (DETR 2016)", True),
        (("state",), "National : Les fondations d'entreprise AG2R Mondiale", False),
    ],
)
def test_a_line_states_a_level_in_its_words(
    levels: tuple[str, ...], line: str, stated: bool
) -> None:
    assert states_levels(levels, line) is stated


@pytest.mark.parametrize(
    ("question", "fiche", "quoted"),
    [
        ("Les Copains de Thiérache ont-ils reçu des fonds européens ?", "les-copains", "FEDER"),
        ("Le Bois de Deux Mains a-t-il des aides de la région ?", "le-bois", "conseil régional"),
        ("Did the Department fund Le Bois de Deux Mains?", "le-bois", "Conseil départemental"),
        ("Did the region fund Synapse 3i?", "synapse-3i", "Conseil Régional"),
        ("VESTALI a-t-elle bénéficié d'aides du département ?", "vestali", "départemental"),
        ("Les Copains de Thiérache ont-ils eu des aides de l'État ?", "les-copains", "DETR"),
    ],
)
def test_a_level_stated_answers_yes(engine, question: str, fiche: str, quoted: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained and named(answer)[0].startswith(fiche), answer.answer
    assert answer.answer.startswith(("Oui", "Yes")), answer.answer
    assert quoted in answer.citations[0].quote, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "La Remise Enjouée a-t-elle reçu des fonds européens ?",
        "Has La Remise Enjouée received European funds?",
        "Le Jardin de Cocagne de la Haute Borne a-t-il des aides du département ?",
        "Did the town fund Le Panier de la Mer 62?",
        # the Région itself asked: a line labelled « Régional : » naming the MSA is no yes
        "Le Jardin de Cocagne de la Haute Borne a-t-il des aides de la région ?",
    ],
)
def test_a_level_never_stated_is_refused(engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
