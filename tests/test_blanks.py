"""Blanks a booklet left where its form asked something: a question asking what is blank is
not answered by the sentence holding the blank; one asking something the sentence does state
still is. Synthetic sentences for the pure rule, invented questions over the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.blanks import asked_blank, blanks_in
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Elle a reçu en 2019 de xxxx le prix du public.", {"name"}),
        ("Soutien au lancement par qui ?", {"name"}),
        ("Lauréate du concours régional (quelle année) et du prix national.", {"year"}),
        ("Financement : Banque des territoires (sur quoi ?)", {"object"}),
        ("Prêt d'honneur (sur quoi en quelle année ?)", {"object", "year"}),
        ("Pourriez-vous transmettre vos outils à d'autres porteurs de projet ?", {"form"}),
        ("Elle a reçu en 2019 le prix du public de la Région.", set()),
        ("Qui sont les bénéficiaires ? Les familles du quartier.", set()),
        ("L'atelier trie 40 tonnes par an.", set()),
    ],
)
def test_blanks_are_read_by_kind(sentence: str, kinds: set[str]) -> None:
    assert blanks_in(sentence) == kinds


@pytest.mark.parametrize(
    ("question", "yes_no", "sentence", "blank"),
    [
        ("Qui lui a remis le prix du public ?", False, "reçu en 2019 de xxxx le prix", "name"),
        ("Who awarded it the prize?", False, "reçu en 2019 de xxxx le prix", "name"),
        ("Quel organisme l'a récompensée ?", False, "reçu en 2019 de xxxx le prix", "name"),
        ("When did it win the national prize?", False, "concours (quelle année)", "year"),
        ("En quelle année a-t-elle été lauréate ?", False, "concours (quelle année)", "year"),
        ("Sur quoi porte le prêt ?", False, "Prêt d'honneur (sur quoi ?)", "object"),
        ("Can they pass their tools on?", True, "Pourriez-vous transmettre vos outils ?", "form"),
        # what the sentence does state is still answered by it
        ("Quel prix a-t-elle reçu ?", False, "reçu en 2019 de xxxx le prix", ""),
        ("When did it win the public prize?", False, "reçu en 2019 de xxxx le prix", ""),
        ("Qui finance le projet ?", False, "Banque (sur quoi en quelle année ?)", ""),
        ("Who runs it?", False, "Elle est dirigée par Jeanne Martin.", ""),
    ],
)
def test_a_question_asking_what_is_blank(
    question: str, yes_no: bool, sentence: str, blank: str
) -> None:
    assert asked_blank(question, yes_no, sentence) == blank


def test_the_booklet_blank_is_not_an_answer(fake_engine: Engine) -> None:
    """The booklet's own blanks: what a financing line leaves blank is refused, naming the
    line; the funder it names is still answered."""
    asked = ask(fake_engine, "Sur quoi Pas de Calais Actif a-t-il aidé Il était deux fois ?")
    assert asked.abstained and "en blanc" in asked.answer
    assert "Pas de Calais Actif" in asked.answer  # the nearest fact, quoted
    named = ask(fake_engine, "Est-ce que Pas de Calais Actif soutient Il était deux fois ?")
    assert not named.abstained


def test_the_form_question_is_no_yes(fake_engine: Engine) -> None:
    """A yes/no question the booklet answers only by the form's own question is not a yes."""
    asked = ask(fake_engine, "Le Bois de Deux Mains est-il prêt à essaimer ?")
    assert asked.abstained and not asked.answer.startswith("Oui")


@pytest.mark.parametrize(
    ("question", "exact"),
    [
        ("Quel jour et mois VESTALI a-t-elle ouvert sa boutique ?", True),
        ("La Remise Enjouée a démarré quand (jour et mois) ?", True),
        ("What day and month was Synapse 3i created?", True),
        ("When did Le Bois de Deux Mains start, month and day?", True),
        # a year is enough for these
        ("En quelle année VESTALI a-t-elle été créée ?", False),
        ("When did Synapse 3i start?", False),
    ],
)
def test_a_day_and_month_asked_is_an_exact_date(plan, question: str, exact: bool) -> None:  # type: ignore[no-untyped-def]
    """Asked the day and month of an event, a year alone does not answer: the fiche then
    gives no exact date, and its year is the nearest fact."""
    part = plan(question).parts[0]
    assert part.intent == "date" and part.exact_date is exact


def test_a_blank_inside_a_section_given_whole(fake_engine: Engine) -> None:
    """Asked who gave a prize the section names with its giver left blank: the sentence
    closest to the question holds the blank, so the fiche does not say."""
    asked = ask(
        fake_engine, "Qui a décerné le prix de l'innovation sociale au Bois de Deux Mains ?"
    )
    assert asked.abstained and "en blanc" in asked.answer


@pytest.mark.parametrize(
    "question",
    [
        "Quels prix a reçu Le Bois de Deux Mains ?",
        "Le Bois de Deux Mains a-t-il remporté un prix ?",
    ],
)
def test_a_prize_won_is_no_price(fake_engine: Engine, question: str) -> None:
    """'prix' won or given is an award the fiche states, not a price it does not."""
    asked = ask(fake_engine, question)
    assert not asked.abstained and "prix" in asked.answer
