"""Class: a count asked of one noun met by a fact that counts or names another ('combien de
visiteurs sur le site ?' answered with the site's address, 'combien de clients à la
boutique ?' with '4 sites (… boutique solidaire …)'): the booklet's own label says what a
key figure counts, a contact field answers a count only of itself. Such a question
abstains, quoting that fact as the nearest. What must not change: counts of the field itself
('combien de sites internet'), counts a figure's label or value names, and counts the
booklet gives in its catch-all indicators. Synthetic questions on the real booklet."""

from __future__ import annotations

import re

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.slots import _counted_head, _counts_field
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer, check_answered_with

WEBSITE = next(f for f in lx.FIELDS if f.name == "website")
PHONE = next(f for f in lx.FIELDS if f.name == "phone")


@pytest.mark.parametrize(
    ("question", "lang", "field", "itself"),
    [
        ("combien de visiteurs sur le site", "fr", WEBSITE, False),
        ("how many website visitors does it get", "en", WEBSITE, False),
        ("how many visits on its website", "en", WEBSITE, False),
        ("nb d abonnés au site", "fr", WEBSITE, False),
        ("combien de sites internet a-t-elle", "fr", WEBSITE, True),
        ("how many websites does it have", "en", WEBSITE, True),
        ("how many phone numbers does it give", "en", PHONE, True),
        ("combien de numéros de téléphone", "fr", PHONE, True),
        ("combien d'appels par jour au téléphone", "fr", PHONE, False),
    ],
)
def test_a_field_answers_a_count_only_of_itself(
    question: str, lang: str, field: lx.Field, itself: bool
) -> None:
    counted = lx.COUNTED_PHRASE.search(fold(question))
    assert counted is not None
    assert _counts_field(_counted_head(counted.group(1), lang), field) is itself


def _ask(engine: Engine, question: str) -> tuple[bool, str]:
    answer = ask(engine, question)
    check_answer(engine.corpus, answer.to_dict())
    return answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("question", "noun", "nearest"),
    [
        ("Combien de visiteurs sur le site web de La Remise Enjouée ?", "visiteurs", "remiseen"),
        ("How many website visitors does Synapse 3i get?", "visitors", "synapse3i"),
        ("Combien de clients à la boutique de Vestali ?", "clients", "4 sites|usagers clients"),
        ("combien de clients boutique solidaire vestali", "clients", "4 sites|usagers clients"),
    ],
)
def test_a_count_of_another_noun_abstains_naming_the_nearest(
    fake_engine: Engine, question: str, noun: str, nearest: str
) -> None:
    abstained, text = _ask(fake_engine, question)
    assert abstained, text
    # the nearest: the fact met, or a line naming the noun asked
    assert noun in fold(text) and any(fold(n) in fold(text) for n in nearest.split("|")), text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Quel est le site internet de La Remise Enjouée ?", "laremiseenjouee"),
        ("adresse de Synapse 3i", "victorine autier"),
        ("Combien de sites a Vestali ?", "4 sites"),
        ("Combien de bénévoles au Bois de Deux Mains ?", "30"),
        ("Combien de producteurs fournisseurs chez les Copains de Thiérache ?", "100"),
        ("Combien d'abonnés Facebook a Il était deux fois ?", "2500"),
        ("How many members does La Remise Enjouée have?", "50"),
        ("how many tonnes of wood does Le Bois de Deux Mains collect", "1 100"),
    ],
)
def test_a_count_the_booklet_states_is_answered(
    fake_engine: Engine, question: str, value: str
) -> None:
    check_answered_with(fake_engine, question, value)


# Class: people counted by what was done for them, narrower than the measure filed for them
# ('personnes formées' among people supported): only a count stating that kind answers.
@pytest.mark.parametrize(
    "question",
    [
        "combien de personnes formees au panier de la mer",
        "How many people were trained by Le panier de la mer 62?",
        "Combien de personnes ont été formées par le Panier de la mer 62 ?",
        "how many people has Le panier de la mer 62 trained",
    ],
)
def test_people_trained_are_not_people_supported(fake_engine: Engine, question: str) -> None:
    abstained, text = _ask(fake_engine, question)
    assert abstained, text
    assert "285" in text, text  # the people supported: the nearest fact


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Combien de personnes formées par Synapse 3i ?", "281"),
        ("How many people did Synapse 3i train?", "281"),
        # the measure itself, asked in other words, keeps its figure
        ("Combien de personnes accompagnées par Synapse 3i ?", "450"),
        ("Combien de personnes aidées par le Panier de la mer 62 ?", "285"),
        ("How many people does Le panier de la mer 62 support?", "285"),
        ("Combien de bénéficiaires au Panier de la mer 62 ?", "285"),
    ],
)
def test_people_trained_or_supported_stated_are_answered(
    fake_engine: Engine, question: str, value: str
) -> None:
    check_answered_with(fake_engine, question, value)


# Class: a salary asked, met by a line naming salaries without giving one ('pour les salaires
# des personnes en contrats aidés': what a funder pays for). Who pays them, or whether it
# pays any, that line answers.
@pytest.mark.parametrize(
    "question",
    [
        "Quel est le salaire de la directrice de Vestali ?",
        "what does the director of vestali earn",
        "combien gagnent les salariés de Vestali",
    ],
)
def test_a_salary_asked_is_no_line_naming_salaries(fake_engine: Engine, question: str) -> None:
    abstained, text = _ask(fake_engine, question)
    assert abstained, text
    assert "salaires" in text, text  # the line naming salaries: the nearest fact


@pytest.mark.parametrize(
    "question",
    ["Qui finance les salaires chez Vestali ?", "Vestali paie-t-elle des salaires ?"],
)
def test_who_funds_salaries_is_answered(fake_engine: Engine, question: str) -> None:
    abstained, text = _ask(fake_engine, question)
    assert not abstained, text
    assert "salaires" in text, text


def _fiche_text(engine: Engine, fiche_id: str) -> str:
    fiche = engine.corpus.fiche(fiche_id)
    return fold(engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end])


@pytest.mark.parametrize(
    "template", ["Combien de femmes travaillent chez {name} ?", "How many women work at {name}?"]
)
def test_a_count_of_a_noun_is_answered_only_by_a_sentence_counting_it(
    fake_engine: Engine, template: str
) -> None:
    """'combien de femmes travaillent ?' was met by '4 nouveaux postes de travail': in a fiche
    that never names the noun, a word of the question beside a number is not what is counted
    (a fiche naming it may count it in other words, and keeps the looser reading)."""
    for fiche in fake_engine.corpus.fiches:
        counts_women = bool(re.search(r"\d[\d ]*\s+femmes", _fiche_text(fake_engine, fiche.id)))
        answer = ask(fake_engine, template.format(name=fiche.name))
        assert answer.abstained is not counts_women, (fiche.name, answer.answer)


def test_an_english_compound_counts_its_head_noun(fake_engine: Engine) -> None:
    """'how many face masks': the mask is counted, 'face' only says which."""
    for fiche in fake_engine.corpus.fiches:
        if re.search(r"\d[\d ]*\s+masques", _fiche_text(fake_engine, fiche.id)):
            answer = ask(fake_engine, f"How many face masks did {fiche.name} make?")
            assert not answer.abstained, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "How many veggie baskets does Le Jardin de Cocagne de la Haute Borne sell each week?",
        "how many bio boxes per week at Le Jardin de Cocagne de la Haute Borne?",
    ],
)
def test_a_counted_word_the_booklet_never_writes_leans_on_the_questions_words(
    fake_engine: Engine, question: str
) -> None:
    """A clipped or foreign word counted ('veggie', 'bio') is no noun the booklet could name:
    the count is found by the question's other words ('baskets', 'week'), not refused."""
    assert not ask(fake_engine, question).abstained
