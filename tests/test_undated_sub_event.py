"""The date of one sub-activity or event when the fiche dates another (class: 'when was the
Hirson shop burgled?', 'quand ont-ils ouvert le point de distribution de Compiègne ?', 'when
did they start refurbishing e-bikes?'): the sentence telling that very thing without a year,
naming all the things asked, is the nearest fact, and the answer abstains instead of giving
another event's year. What must not change: a thing asked that a dated sentence names as
much is answered with its date (the first pick-up point, the second shop, the welding).
Synthetic questions on the real booklet, fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.slots import _objects_held
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "fiche_id", "told"),
    [
        (
            "En quelle année la boutique d'Hirson a-t-elle été cambriolée ?",
            "les-copains-de-thierache",
            "cambriolée",
        ),
        ("What year was the Hirson shop burgled?", "les-copains-de-thierache", "cambriolée"),
        (
            "Quand l'APVO a-t-elle lancé son point de distribution de Compiègne ?",
            "association-des-producteurs-des-vallees-de-l-oise",
            "Compiègne",
        ),
        ("When did Synapse 3i begin refurbishing electric bikes?", "synapse-3i", "vélos"),
    ],
)
def test_an_undated_sub_event_abstains_with_its_sentence(
    fake_engine: Engine, question: str, fiche_id: str, told: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.plan["parts"][0]["intent"] == "date"
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert told in answer.answer and answer.citations, answer.answer


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("In what year did the APVO open its first pick-up point?", "2021"),
        ("Quand les Copains de Thiérache ont-ils ouvert leur deuxième boutique ?", "2019"),
        ("En quelle année Le Bois de Deux Mains a-t-il internalisé la soudure ?", "2020"),
        ("Quand la boutique de Guise a-t-elle ouvert ?", "2016"),
    ],
)
def test_a_sub_event_dated_is_answered(fake_engine: Engine, question: str, year: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained and year in answer.answer, answer.answer


def test_a_story_going_on_from_a_dated_sentence_is_dated(fake_engine: Engine) -> None:
    # 'En 2019, … du métal. Après un temps d'expérimentation, l'association internalise
    # l'activité de soudure': the year before dates what follows, no refusal
    answer = ask(
        fake_engine, "En quelle année Le Bois de Deux Mains a-t-il internalisé la soudure ?"
    )
    assert not answer.abstained, answer.answer


def test_a_stem_names_its_longer_inflections() -> None:
    held = _objects_held([frozenset({"velo"}), frozenset({"cambriol"})], inflected=True)
    assert held("des vélos et une boutique cambriolée") == 2
    assert _objects_held([frozenset({"velo"})])("des vélos") == 0  # exact stems only, by default


@pytest.mark.parametrize(
    "question",
    [
        "When will the Hirson shop of Les Copains de Thiérache reopen?",
        "Quand la boutique d'Hirson des Copains de Thiérache va-t-elle rouvrir ?",
    ],
)
def test_an_opening_to_come_is_not_a_past_year(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained and answer.citations, answer.answer


def test_an_opening_past_is_answered_by_its_year(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Quand les Copains de Thiérache ont-ils ouvert leur site d'Hirson ?")
    assert not answer.abstained and "2019" in answer.answer, answer.answer


def test_a_thing_another_fiche_dates_is_not_left_undated(fake_engine: Engine) -> None:
    # 'l'article 57 de la loi Anti-gaspillage' is told undated by one fiche; the law is no
    # sub-activity the booklet leaves undated when a question names only part of it
    answer = ask(
        fake_engine, "When was the anti-waste law passed, according to Il était deux fois?"
    )
    assert "does not date what is asked" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # a verb the fiche never writes ('signed', 'inked') is no thing of a story: the
        # partnership named is dated by no sentence, the birth year no answer
        "When was the Synapse 3i partnership with Ecologic signed?",
        "When was the partnership between Synapse 3i and Ecologic inked?",
        "When exactly will the Synapse 3i partnership with Ecologic be signed?",
        "Quand a été signé le partenariat entre Synapse 3i et Ecologic ?",
    ],
)
@pytest.mark.slow
def test_a_partnership_told_without_a_year_is_not_dated_by_the_birth(
    engine: Engine, question: str
) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
    assert "2014" not in answer.answer.split("—")[0]
