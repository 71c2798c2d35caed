"""List questions asked with a verb of leading: with an indefinite object ('qui anime des
ateliers ?', 'who runs cooking workshops?') they ask which structures do that, not who leads
them. What must not change: a person asked of a structure ('qui la dirige ?', 'who runs the
shop?', 'Who runs VESTALI?'), a figure asked of one ('magasins VESTALI', 'budget vestali').
Synthetic questions on the real booklet's planner (fast) and answers (slow)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "intent", "attribute"),
    [
        ("qui anime des ateliers ?", "list", ""),
        ("Qui gère des boutiques solidaires ?", "list", ""),
        ("qui porte un projet de ressourcerie", "list", ""),
        ("who runs workshops?", "list", ""),
        ("Who runs cooking workshops?", "list", ""),
        ("who runs a repair café?", "list", ""),
        # must not change: a person, a figure, of a structure named
        ("Qui dirige Le Bois de Deux Mains ?", "person", "role:leader"),
        ("qui dirige vestali ?", "person", "role:leader"),
        ("Who runs VESTALI?", "person", "role:leader"),
        ("who runs the shop at Guise?", "person", "role:leader"),
        ("magasins VESTALI", "figure", "measure:sites"),
        ("budget vestali", "figure", "measure:budget"),
        ("combien de magasins a VESTALI ?", "figure", "measure:sites"),
        ("nombre de sites ?", "figure", "measure:sites"),
    ],
)
def test_what_a_telegraphic_question_asks(plan, question: str, intent: str, attribute: str) -> None:  # type: ignore[no-untyped-def]
    part = plan(question).parts[0]
    assert (part.intent, part.attribute) == (intent, attribute)


def test_a_person_asked_after_a_structure_stays_a_person(plan) -> None:  # type: ignore[no-untyped-def]
    history = [
        {"role": "user", "content": "Parle-moi de La Remise Enjouée"},
        {"role": "assistant", "content": "**La Remise Enjouée** (Villeneuve-d'Ascq, Nord)"},
    ]
    for question in ("qui la dirige ?", "who runs it?", "who is in charge?"):
        assert plan(question, history).parts[0].intent == "person", question


@pytest.mark.slow
@pytest.mark.parametrize(
    "question", ["who runs cooking workshops?", "qui anime des ateliers de cuisine ?"]
)
def test_a_leading_verb_with_an_activity_lists_structures(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.intent == "list"
    assert {s.fiche_id for s in answer.structures} == {
        "le-jardin-de-cocagne-de-la-haute-borne",
        "le-panier-de-la-mer-62",
        "les-copains-de-thierache",
    }


def test_a_trade_named_in_english_narrows_the_list(fake_engine) -> None:  # type: ignore[no-untyped-def]
    """'which ones train people in computing?': the English word of the trade is glossed,
    so the list keeps the structures whose fiche names it, not all nine that train."""
    from livret_qa.answering.compose import ask

    answer = ask(fake_engine, "which ones train people in computing?")
    assert 0 < len(answer.structures) <= 3, answer.answer
