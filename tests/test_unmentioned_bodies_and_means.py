"""Things the booklet never states, asked of a structure it names: a body named by an everyday
word under a capitalised article ('passe par Le Relais ?' where the booklet writes « relais »
only in lower case), a one-word label or brand in English ('Qualiopi-certified', not a cognate
of « qualité »), a means of payment ('pay with a local currency': no price asked, and the
qualifier 'local' of « produits locaux » does not hold the currency). And an English acronym
of a French scheme ('EPR' of « filière REP ») is known."""

from __future__ import annotations

import pytest

from livret_qa.answering import stated_name
from livret_qa.answering.compose import ask
from livret_qa.answering.yes_no import predicate
from livret_qa.parsing.corpus import Corpus

NAMED = "Les Copains de Thiérache"


@pytest.fixture(scope="module")
def booklet(corpus: Corpus) -> str:
    return "".join(corpus.sources.values())


@pytest.mark.parametrize(
    ("question", "lang", "unstated"),
    [
        ("Synapse 3i passe par Le Relais pour ses textiles ?", "fr", "Le Relais"),
        ("VESTALI travaille avec La Ruche ?", "fr", "La Ruche"),
        ("Is Synapse 3i Qualiopi-certified as a training provider?", "en", "Qualiopi"),
        ("Does VESTALI hold the Ecocert label?", "en", "Ecocert"),
    ],
)
def test_a_body_never_stated_is_found(
    question: str, lang: str, unstated: str, booklet: str
) -> None:
    assert unstated in stated_name.unstated_names(question, booklet, lang)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Je suis passé chez Le Panier de la Mer hier", "fr"),
        ("Et La Remise Enjouée, elle fait quoi ?", "fr"),
        ("Does the Valleys Producers association sell online?", "en"),
        ("Is Cocagne part of a network?", "en"),
        ("Les Copains de Thiérache vendent des légumes ?", "fr"),
    ],
)
def test_a_body_the_booklet_writes_is_stated(question: str, lang: str, booklet: str) -> None:
    assert stated_name.unstated_names(question, booklet, lang) == []


def test_the_qualifier_of_a_compound_does_not_hold_it() -> None:
    pred = predicate("Do they accept a local currency?", "en")
    assert [g.key for g in pred.things] == ["local currency"]
    assert "local" not in pred.things[0].stems


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        f"Can you pay with a local currency at the {NAMED} shop?",
        f"Do {NAMED} accept a local currency?",
        f"On peut payer en monnaie locale chez {NAMED} ?",
        "Is Synapse 3i Qualiopi-certified as a training provider?",
        "Synapse 3i passe par Le Relais pour ses textiles ?",
    ],
)
def test_a_thing_never_stated_is_not_answered_yes_or_no(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, question)
    assert answer.abstained
    assert not answer.answer.startswith(("Yes", "No", "Oui", "Non"))


@pytest.mark.slow
def test_an_english_acronym_of_a_french_scheme_is_known(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, "When is the toy EPR scheme La Remise Enjouée waits for due to start?")
    assert not answer.abstained
    assert "REP" in answer.answer


@pytest.mark.slow
def test_a_price_asked_with_pay_is_still_a_price(engine) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, "How much do you pay for a basket at the Jardin de Cocagne?")
    assert answer.plan["parts"][0]["attribute"] == "unstated:price"
