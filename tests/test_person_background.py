"""A person's background asked (class: 'quel est le parcours de la directrice ?', 'qu'a fait
<a contact the card names> avant de créer l'association ?', "what's the founder's
background?", 'what did <contact> study?'): the cards name people and roles, never a career, a
degree or a former job — the answer abstains, the person the card names in their role as the
nearest fact. What must not change: the insertion pathway of the staff ('le parcours des
salariés en insertion') is no person's background, and who founded or runs a structure is
still answered. Synthetic questions on the real booklet, fake embedder."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    "text",
    [
        "quel est le parcours du directeur ?",
        "What is the founder's background?",
        "what did the director do before founding it?",
        "la présidente a quels diplômes ?",
    ],
)
def test_a_leaders_background_is_unstated(text: str) -> None:
    assert asked_attribute(text) == ("unstated", "unstated:person_background", False)


@pytest.mark.parametrize(
    "text",
    [
        "quel est le parcours des salariés en insertion ?",
        "qui est le directeur ?",
        # the structure's own story before a launch, which fiches tell, not a person's past
        "What did the manager study before launching the shop?",
        "Quelles études le coordinateur a-t-il menées avant de lancer le drive ?",
        "What did the director set up before launching the workshop?",
    ],
)
def test_no_leaders_background_asked(text: str) -> None:
    assert asked_attribute(text) != ("unstated", "unstated:person_background", False)
    assert not lx.compiled(lx.BACKGROUND_ASKED).search(fold("qui est le directeur ?"))


@pytest.mark.parametrize(
    ("question", "fiche_id", "person"),
    [
        ("Quel est le parcours professionnel du directeur de Synapse 3i ?", "synapse-3i", "Motte"),
        (
            "What did Sophie Cazenave do before joining Le panier de la mer 62?",
            "le-panier-de-la-mer-62",
            "Cazenave",
        ),
        ("Quelles études a faites Anthony Grossot ?", "les-copains-de-thierache", "Grossot"),
    ],
)
def test_a_persons_background_abstains_with_the_person_named(
    fake_engine: Engine, question: str, fiche_id: str, person: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert person in answer.answer and answer.citations, answer.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Qui dirige Le panier de la mer 62 ?", "Cazenave"),
        ("Who is behind La Remise Enjouée, who started it?", "Cousin"),
    ],
)
def test_who_runs_or_founded_it_is_answered(fake_engine: Engine, question: str, said: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained and said in answer.answer, answer.answer
