"""A yes/no question asking an attribute in its label's own words ('a-t-il un numéro SIRET ?',
label 'numéro SIRET'): those words ask the attribute, they are no thing the fiche must mention
(it writes 'N° SIRET'). What must not change: a thing the question names besides the
attribute, which the fiche never mentions, still makes it abstain. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_answer


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Le Bois de Deux Mains a-t-il un numéro SIRET ?", "81322907700025"),
        ("Les Copains de Thiérache ont-ils un numéro de SIRET ?", "817547813"),
        ("Does Synapse 3i have a SIRET number?", "80328733300022"),
        ("Le Panier de la Mer 62 a-t-il un numéro de téléphone ?", "03 21 33 70 74"),
    ],
)
def test_the_label_words_of_an_attribute_ask_it(
    fake_engine: Engine, question: str, value: str
) -> None:
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.answer
    assert value in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "VESTALI a-t-elle un numéro de fax ?",
        "Le Bois de Deux Mains a-t-il le label Ecocert ?",
    ],
)
def test_a_thing_named_besides_the_attribute_still_abstains(
    fake_engine: Engine, question: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
