"""A structure asked about as a whole ('Que fait X ?', 'What does X do?', 'C'est quoi X ?')
is answered by what it is and does, in its fiche's words: its activity from the identity card,
then its challenge — not the one sentence closest to 'fait'. A question that asks more about
it ('Que fait X des invendus ?') is no such question, and a structure named anew with its own
question does not inherit the previous question's ask (fast tier, every fiche)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asks_overview
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

TEMPLATES = (
    "Que fait {name} ?",
    "What does {name} do?",
    "C'est quoi {name} ?",
    "Présente-moi {name}",
    "Tell me about {name}",
    "Parle-moi de {name}",
    "parle moi du {name} stp",
    "What is {name} like?",
    "{name}",
    "{name} ?",
)


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_structure_asked_about_as_a_whole_gives_its_activity_and_challenge(
    fake_engine: Engine, template: str
) -> None:
    for fiche in fake_engine.corpus.fiches:
        answer = ask(fake_engine, template.format(name=fiche.name))
        assert not answer.abstained and answer.structures[0].fiche_id == fiche.id
        quotes = [fold(c.quote) for c in answer.citations]
        if fiche.identity.activity:
            assert any(fold(fiche.identity.activity) in q for q in quotes), answer.answer
        assert any(c.section == "challenge" for c in answer.citations), answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "Que fait l'épicerie des invendus ?",
        "What does the shop do with broken toys?",
        "Qu'est-ce que le drive fermier propose ?",
    ],
)
def test_a_question_asking_more_is_no_overview(text: str) -> None:
    assert not asks_overview(text, text)
    assert asks_overview("Que fait l'épicerie ?", "Que fait ?")


@pytest.mark.parametrize(
    ("first", "second", "inherits"),
    [
        ("Quel est le budget de {a} ?", "Que fait {b} des vêtements invendus ?", False),
        ("Quel est le budget de {a} ?", "et {b} ?", True),
        ("Who runs {a}?", "same for {b}", True),
        ("Who runs {a}?", "How does {b} collect old furniture?", False),
        ("Qui finance {a} ?", "Est-ce que {b} livre à domicile ?", False),
        ("Qui finance {a} ?", "{b} aussi ?", True),
        ("Quel est le budget de {a} ?", "{b} ?", True),
        ("Who runs {a}?", "{b}", True),
        ("Who runs {a}?", "Tell me about {b}", False),
    ],
)
def test_a_structure_named_anew_inherits_the_ask_only_when_it_asks_nothing_else(
    fake_engine: Engine, first: str, second: str, inherits: bool
) -> None:
    a, b = fake_engine.corpus.fiches[7].name, fake_engine.corpus.fiches[8].name
    before = ask(fake_engine, first.format(a=a))
    history = [
        {"role": "user", "content": first.format(a=a)},
        {"role": "assistant", "content": before.answer},
    ]
    after = ask(fake_engine, second.format(b=b), history)
    same = after.plan["parts"][0]["attribute"] == before.plan["parts"][0]["attribute"]
    assert same is inherits, after.plan
