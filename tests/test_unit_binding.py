"""A figure of a definite type asked of a definite thing is answered only by a sentence
binding that type to that thing (answering/unit_binding.py). Class: a near miss answered with
a neighbouring fact — tonnes of a matter never weighed ('1 100 tonnes de bois' for metal),
hours never counted (a headcount for hours of volunteering), a share of another thing ('un
tiers des paniers' for the workers finding a job), a count of a thing only measured ('4600 m²
de serres' for how many greenhouses), a year bound to another measure of the line ('316 000 €
de budget (2021) ; … CA … en 2020' for the 2021 turnover). Neighbours that keep their answer:
the same types where the sentence binds them, and a better-bound sentence of the fiche
preferred ('49 tonnes de poissons surgelés'). Synthetic questions, fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.unit_binding import _bare, asked_type, thing_words
from livret_qa.retrieval.engine import Engine


def test_the_thing_of_a_unit_is_the_words_after_of() -> None:
    kind, _, things = asked_type("How many tonnes of frozen fish does it give away?", "X")
    assert kind == "tonnes"
    assert len(things) == 2 and "poisson" in things[1]
    kind, _, things = asked_type("combien d'heures de bénévolat par an ?", "X")
    assert kind == "heures" and any("benevol" in s for s in things[0])
    kind, _, things = asked_type("quelle part des ventes vient des particuliers ?", "X")
    assert kind == "share" and things
    assert asked_type("combien de salariés ?", "X")[0] == ""
    assert asked_type("In which part of Boulogne is it based?", "X")[0] == ""


def test_the_structure_s_own_name_is_no_thing() -> None:
    tail = "the Cocagne garden's integration workers find a job"
    words = thing_words(tail, "Le Jardin de Cocagne")
    assert "insert" in words[0] and "salar" in words[1]  # integration workers, no garden


@pytest.mark.parametrize(
    "question",
    [
        "combien de tonnes de ferraille récupère le Bois de Deux Mains ?",
        "How many tonnes of glass does Le Bois de Deux Mains collect?",
        "What percentage of the Haute Borne garden's volunteers are students?",
        "quel pourcentage des salariés en insertion du jardin de cocagne trouvent un emploi ?",
        "How many greenhouses does the Haute Borne garden have?",
        "What was the turnover of Il était deux fois in 2021?",
    ],
)
def test_a_type_not_bound_to_the_thing_refuses(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("combien de tonnes de bois collecte le Bois de Deux Mains ?", "1 100"),
        ("How many tonnes of wood does Le Bois de Deux Mains collect a year?", "1 100"),
        ("combien de kilos de jouets la Remise Enjouée a collecté début 2021 ?", "3,5"),
        ("How many tonnes of frozen fish does Le Panier de la Mer hand on?", "49"),
        ("quelle part des ventes du Bois de Deux Mains vient des particuliers ?", "50%"),
        ("What share of Synapse 3i's integration staff come from priority areas?", "50%"),
        ("What share of La Remise Enjouée's operating costs do subsidies cover?", "70 %"),
        ("combien de m2 de serres au Jardin de Cocagne de la Haute Borne ?", "4600"),
        ("le chiffre d'affaires 2020 d'Il était deux fois ?", "53 177"),
        ("What was VESTALI's budget in 2019?", "878 296"),
    ],
)
def test_a_type_bound_to_the_thing_answers(fake_engine: Engine, question: str, stated: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert stated in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "How much is the Haute Borne garden's ambassador paid?",
        "combien est payé l'ambassadeur du jardin de cocagne de la haute borne ?",
        "How much did the goat shed cost the Haute Borne garden?",
        "la directrice de VESTALI, elle est payée combien ?",
    ],
)
def test_a_sum_of_another_thing_refuses(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("combien coûte un panier classique au Jardin de Cocagne de la Haute Borne ?", "€"),
        ("How much does a solidarity basket cost at the Haute Borne garden?", "€"),
        # a two-word glossary entry read as one thing ('veg box' -> 'panier')
        ("How much does a weekly veg box cost at the Haute Borne garden?", "€"),
        # the payer who 'paye combien pour' asks a price, no wage
        ("une famille elle paye combien pour un panier solidaire à la Haute Borne ?", "€"),
    ],
)
def test_a_sum_of_the_thing_answers(fake_engine: Engine, question: str, stated: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert stated in answer.answer


def test_a_bare_key_figure_line_names_no_thing() -> None:
    """A line with only its label, figure, unit and year measures the whole activity."""
    tonnes = asked_type("combien de tonnes de textile ?", "X")[1]
    assert _bare("TONNAGES CONCERNÉS : 50 tonnes (2019)", tonnes)
    assert not _bare("1 100 tonnes de bois collecté/an via les déchetteries", tonnes)
    assert not _bare("51 tonnes de poissons collectés venant des criées", tonnes)


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("combien de tonnes de textile chez vestali ?", True),
        ("How many tonnes of clothes does VESTALI collect?", True),
        # neighbours: a thing the fiche never holds stays unstated
        ("combien de tonnes de verre chez vestali ?", False),
        ("le panier de la mer il récupère combien de tonnes de légumes ?", False),
    ],
)
def test_a_bare_tonnage_measures_what_the_fiche_holds(
    engine: Engine, question: str, answered: bool
) -> None:
    """Class: a measure asked of the structure's own matter, answered by a key-figure line
    that names no thing (real booklet)."""
    answer = ask(engine, question)
    assert answer.abstained is not answered, answer.answer
