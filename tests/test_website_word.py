"""'et leur site ?', 'son site ?', 'le site de X', 'their site?': the bare word 'site' asks
for the website (it was read as a count of sites). Counted, plural or qualified it stays a
place ('combien de sites ?', 'ses sites', 'le site de production'). Planner on the real
booklet, and whole answers on the fake engine (fast tier)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.website_word import reads_as_website
from livret_qa.retrieval.engine import Engine


def _turn(question: str, answer: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


CONTACT = _turn("Qui contacter chez VESTALI ?", "**VESTALI** — directrice : Hélène Marechal [1]")
BUDGET = _turn("What is Synapse 3i's budget?", "**Synapse 3i** — budget: 2 037 760€ [1]")


@pytest.mark.parametrize(
    ("history", "question"),
    [
        (CONTACT, "et leur site ?"),
        (CONTACT, "et le site ?"),
        (CONTACT, "son site ?"),
        (BUDGET, "and their site?"),
        (BUDGET, "what about its site?"),
        (None, "le site de Synapse 3i ?"),
        (None, "site VESTALI ?"),
        (None, "c'est quoi le site de la Remise Enjouée ?"),
    ],
)
def test_the_bare_word_site_asks_the_website(plan, history, question: str) -> None:  # type: ignore[no-untyped-def]
    p = plan(question, history)
    assert p.parts[0].attribute == "field:website", p.parts


@pytest.mark.parametrize(
    ("history", "question", "attribute"),
    [
        (None, "Combien de sites a VESTALI ?", "measure:sites"),
        (None, "combien de site synapse 3i", "measure:sites"),
        (None, "How many sites does Synapse 3i have?", "measure:sites"),
        (None, "VESTALI a combien de sites ?", "measure:sites"),
        (CONTACT, "et ses sites ?", "measure:sites"),
        (CONTACT, "et le nombre de sites ?", "measure:sites"),
        (None, "Quel est le site internet de VESTALI ?", "field:website"),
    ],
)
def test_a_counted_or_plural_site_is_a_place(plan, history, question: str, attribute: str) -> None:  # type: ignore[no-untyped-def]
    p = plan(question, history)
    assert p.parts[0].attribute == attribute, p.parts


@pytest.mark.parametrize(
    "bare",
    [
        "et le site de production ?",
        "le site de hirson",
        "combien de site",
        "the biggest site",
        "how big is the site",
        "ses sites",
    ],
)
def test_a_qualified_site_is_no_website(bare: str) -> None:
    assert not reads_as_website(bare)


def test_after_a_list_their_site_gives_each_one_s_website(fake_engine: Engine) -> None:
    question = "Quelles structures font partie du réemploi ?"
    first = ask(fake_engine, question)
    answer = ask(fake_engine, "et leur site ?", _turn(question, first.answer))
    assert answer.plan["parts"][0]["attribute"] == "field:website", answer.plan
    assert "www." in answer.answer and "nombre de sites" not in answer.answer, answer.answer
