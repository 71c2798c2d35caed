"""A name asked of a person or a thing the fiche mentions unnamed (class: a missed abstention
about a non-figure fact, a name nobody holds: "what's that farmer's name?", 'comment
s'appelle ce producteur ?'). A card's label then its text ('**Processus de Production** :
Les deux boutiques …') writes no name after the noun: the capital past the colon opens the
label's text. Read as a name, it made that line 'the sentence naming the thing', quoted as the
answer. What must not change: a thing named right after it ('leur logiciel GDR', 'un projet
européen intitulé « Flavour »') still answers. Synthetic questions on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering import unnamed_thing
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange

COPAINS = exchange(
    "Where does the Guise shop's fruit and veg come from?",
    "From nearly one hundred local producers within 80 km, under a charter.",
)
COPAINS_FR = exchange(
    "D'où viennent les produits de la boutique de Guise ?",
    "De presque cent producteurs locaux situés à moins de 80 km.",
)


def test_a_label_then_its_text_names_nothing() -> None:
    stems = unnamed_thing.noun_stems("farmer")
    label = "Processus de Production : Les deux boutiques sont équipées de caisses."
    assert not unnamed_thing.names_it(label, stems)
    assert unnamed_thing.names_it("Un projet européen intitulé « Flavour ».", ["projet"])


@pytest.mark.parametrize(
    ("history", "question"),
    [
        (COPAINS, "What's that farmer's name?"),
        (COPAINS, "What is the name of that producer?"),
        (COPAINS_FR, "Comment s'appelle la maraîchère ?"),
        (COPAINS_FR, "et ce producteur, il s'appelle comment ?"),
    ],
)
def test_an_unnamed_person_abstains(
    fake_engine: Engine, history: list[dict[str, str]], question: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert answer.abstained, answer.answer
    assert "Processus" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Comment s'appelle le logiciel de traçabilité de Synapse 3i ?", "GDR"),
        ("Comment s'appelle le projet européen du Panier de la mer 62 ?", "Flavour"),
    ],
)
def test_a_thing_named_stays_answered(fake_engine: Engine, question: str, name: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained and name in answer.answer, answer.answer
