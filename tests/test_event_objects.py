"""'When' questions about an event of a thing the structure has or does ('when did it open
its first shop?', 'en quelle année a-t-il lancé son atelier de plats ?'): answered by the
dated sentence naming that thing, whatever verb the booklet uses for it ('devient le premier
point de distribution', 'ouvre sa première boutique'), not refused for want of the question's
verb nor answered with the date of another thing. Synthetic questions, French and English."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_answer


@pytest.mark.parametrize(
    ("question", "fiche_id", "year"),
    [
        (
            "Quand l'APVO a-t-elle ouvert son premier point de distribution ?",
            "association-des-producteurs-des-vallees-de-l-oise",
            "2021",
        ),
        (
            "when did les copains de thierache open their first shop",
            "les-copains-de-thierache",
            "2016",
        ),
        (
            "En quelle année Le Panier de la Mer 62 a-t-il lancé son atelier de plats ?",
            "le-panier-de-la-mer-62",
            "2020",
        ),
        ("When did La Remise Enjouée start its click and collect?", "la-remise-enjouee", "2021"),
        ("since when does synapse 3i take apart computers", "synapse-3i", "2015"),
    ],
)
def test_a_when_question_is_answered_by_the_dated_sentence_naming_its_thing(
    fake_engine: Engine, question: str, fiche_id: str, year: str
) -> None:
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert year in answer.citations[0].quote, answer.answer


def test_a_thing_of_the_structures_own_name_is_the_structure(fake_engine: Engine) -> None:
    """'its ressourcerie' of 'Ressourcerie Il était deux fois' is the structure: its start
    date, not the year of a sentence that happens to name the ressourcerie."""
    answer = ask(fake_engine, "When did Il était deux fois open its ressourcerie?")
    assert not answer.abstained, answer.answer
    assert "2020" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "When did the APVO open its shop?",
        "Quand le magasin de producteurs de l'APVO a-t-il ouvert ?",
    ],
)
def test_a_thing_told_as_a_project_is_not_dated_as_done(fake_engine: Engine, question: str) -> None:
    """'En début 2020, le projet d'un magasin … est à l'étude' dates a study, not an opening."""
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    "template",
    [
        "When was the {town} workshop {name} founded?",
        "In what year was the shop {name} in {town} set up?",
        "quand a été créée l'association {name} de {town} ?",
    ],
)
def test_a_structure_described_as_well_as_named_is_what_was_founded(
    fake_engine: Engine, template: str
) -> None:
    """What is founded, named without a possessive, is the structure (its town, its kind):
    its creation year, not the year of a sentence that names a workshop or a shop."""
    for fiche in fake_engine.corpus.fiches:
        plain = ask(fake_engine, f"When was {fiche.name} founded?")
        assert not plain.abstained, plain.answer
        described = ask(fake_engine, template.format(town=fiche.contact.town, name=fiche.name))
        assert described.citations[0].quote == plain.citations[0].quote, described.answer
