"""The start or opening date of one part of a structure (class: a missed abstention about a
non-figure fact, a date the fiche does not give). A word that may name a structure names a
part of it when owned or picked by an ordinal ('its shop', 'sa boutique', 'leur premier
atelier de cuisine', 'their second shop'): it is dated only by a sentence naming it, not
by the structure's creation nor by another start. A part told some time after the year its
sentence opens with ('En janvier 2021, … lance quelques mois plus tard … la boutique') is not
dated by that year: the answer abstains, that sentence the nearest fact. What must not change:
the creation of the structure itself (owned or not: 'leur association'), a dated part, the
action's own start. Synthetic questions, French and English, on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering import dated_thing
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange, named

REMISE = "la-remise-enjouee"


@pytest.mark.parametrize(
    ("question", "things"),
    [
        ("When was the Panier de la mer 62's first kitchen workshop created?", {"kitchen"}),
        ("In which year did La Remise Enjouée open its shop?", {"shop"}),
        ("When did the toy association's online ordering go live?", set()),
        ("quand ont-ils créé leur premier atelier de cuisine ?", {"atelier"}),
        ("Quand a ouvert sa boutique ?", {"boutique"}),
        ("when was the toy association set up?", set()),
        ("Quand a été créée leur association ?", set()),
        ("When was their organisation founded?", set()),
        ("Quand a démarré l'action ?", set()),
        ("Quand a démarré leur projet ?", set()),
        ("When did their initiative begin?", set()),
    ],
)
def test_the_parts_a_date_is_asked_of(question: str, things: set[str]) -> None:
    words = {g.word for g in dated_thing.things_dated(question, "VESTALI")}
    assert things <= words and (things or not words), words


def test_a_part_told_later_than_the_year_is_not_dated_by_it() -> None:
    later = (
        "En janvier 2021, l'association embauche X, puis démarre son activité et lance "
        "quelques mois plus tard le click and collect puis la boutique."
    )
    shop = dated_thing.things_dated("Quand a ouvert sa boutique ?", "VESTALI")
    hired = dated_thing.things_dated("Quand a-t-elle embauché sa directrice ?", "VESTALI")
    assert dated_thing.dated_later(later, shop)
    assert not dated_thing.dates_thing(later, shop)
    assert not dated_thing.dated_later("En 2016, elle ouvre sa première boutique à Guise.", shop)
    assert not dated_thing.dated_later(later, hired)


@pytest.mark.parametrize(
    ("history", "question"),
    [
        ([], "In which year did La Remise Enjouée open its shop?"),
        ([], "Quand La Remise Enjouée a-t-elle ouvert sa boutique ?"),
        ([], "What year did La Remise Enjouée's store open?"),
        (exchange("Parle-moi de La Remise Enjouée", "…"), "et la boutique, elle a ouvert quand ?"),
        (exchange("Tell me about La Remise Enjouée", "…"), "When did their shop open?"),
    ],
)
def test_a_part_opened_later_abstains_with_its_sentence(
    fake_engine: Engine, history: list[dict[str, str]], question: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [REMISE]
    assert "plus tard" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("history", "question", "year"),
    [
        ([], "Quand La Remise Enjouée a-t-elle été créée ?", "2020"),
        ([], "When did La Remise Enjouée hire its director?", "2021"),
        ([], "Quand les Copains de Thiérache ont-ils ouvert leur première boutique ?", "2016"),
        ([], "Quand les Copains de Thiérache ont-ils ouvert leur deuxième boutique ?", "2019"),
        ([], "Quand a démarré l'action de Synapse 3i ?", "2015"),
        (exchange("Parle-moi de VESTALI", "…"), "Quand a démarré leur projet ?", ""),
        (exchange("Qu'est-ce que VESTALI ?", "…"), "When was their organisation founded?", "1997"),
    ],
)
def test_the_structure_or_a_dated_part_stays_answered(
    fake_engine: Engine, history: list[dict[str, str]], question: str, year: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert named(answer), answer.answer
    assert year in answer.answer, answer.answer
