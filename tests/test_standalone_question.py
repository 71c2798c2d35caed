"""The asker's own context, then a question standing alone ('I make surfboards from plastic
bottles. Which structures work with wood?'): the question is read alone, so the things of
the context the booklet never names ('bottles', 'pneus') no longer refuse an answerable
question. What must not change: a project described (the closest initiatives), a question
pointing back at the context ('who does that?') or at the asker ('pour moi'), a context
naming a structure or the asker's place, and a question whose own thing the booklet never
names (still refused). Synthetic questions."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.plan import QuestionPlan
from livret_qa.answering.standalone_question import question_after_context
from livret_qa.retrieval.engine import Engine


def _none(text: str) -> bool:
    return False


def _named(text: str) -> bool:
    return "VESTALI" in text


def _placed(text: str) -> bool:
    return any(p in text for p in ("Amiens", "Arras", "Aisne"))


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "I make surfboards from recycled plastic bottles. Which structures in the booklet "
            "work with wood?",
            "Which structures in the booklet work with wood?",
        ),
        (
            "Avec mon asso on recycle les pneus de tracteur. Quelles structures fabriquent des "
            "meubles ?",
            "Quelles structures fabriquent des meubles ?",
        ),
        (
            "We are beekeepers in the Aisne. Which structures sell local products in the Aisne?",
            "Which structures sell local products in the Aisne?",
        ),
        (
            "Bonjour, nous sommes une chorale de quartier. Quelles structures aident les "
            "personnes en précarité alimentaire ?",
            "Quelles structures aident les personnes en précarité alimentaire ?",
        ),
    ],
)
def test_a_question_standing_alone_is_read_alone(text: str, asked: str) -> None:
    assert question_after_context(text, _none, _placed) == asked


@pytest.mark.parametrize(
    "text",
    [
        # a project described: read whole, as the closest initiatives
        "Je voudrais ouvrir une recyclerie de pneus. Quelles structures font du réemploi ?",
        "We'd like to open a toy library. Which structures work with toys?",
        # pointing back at the context, or at the asker
        "I make surfboards from old bottles. Who does that?",
        "On recycle des pneus. Des structures font ça ?",
        "Nous réparons des vélos. Quelles structures sont les plus proches ?",
        "Je recycle des pneus. Quelles structures pourraient m'aider ?",
        "We recycle tyres. Which structures could help us?",
        # the asker's place, not repeated: the place asked
        "Je suis à Amiens. Quelles structures font de la couture ?",
        # a structure named in the context
        "J'ai lu la fiche de VESTALI. Quelles structures font de la couture ?",
        # one sentence, or a context that asks
        "Quelles structures fabriquent des meubles ?",
        "On recycle des pneus, vous voyez ? Quelles structures fabriquent des meubles ?",
        # no first person: a text about something else, not the asker's context
        "Le livret parle de réemploi. Quelles structures fabriquent des meubles ?",
        # too short to stand alone
        "Je recycle des pneus. Des idées ?",
    ],
)
def test_the_text_stays_whole(text: str) -> None:
    assert question_after_context(text, _named, _placed) == text


def test_the_plan_reads_the_question_alone(plan: Callable[..., QuestionPlan]) -> None:
    p = plan("Avec mon asso on recycle des pneus. Quelles structures font des meubles ?")
    assert p.question == "Quelles structures font des meubles ?"
    assert p.intent == "list"


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        (
            "Avec mon asso on recycle les pneus de tracteur en mobilier de jardin. Quelles "
            "structures fabriquent des meubles ?",
            "le-bois-de-deux-mains",
        ),
        (
            "I make surfboards from recycled plastic bottles. Which structures in the booklet "
            "work with wood?",
            "le-bois-de-deux-mains",
        ),
        (
            "We collect unsold bread from bakeries to brew beer. Does any initiative in the "
            "booklet recover unsold food?",
            "le-panier-de-la-mer-62",
        ),
    ],
)
def test_the_question_asked_is_answered(engine: Engine, question: str, fiche_id: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert fiche_id in [s.fiche_id for s in answer.structures]


@pytest.mark.parametrize(
    "question",
    [
        "Je suis boulanger. Quelles structures fabriquent du pain ?",
        "I sail every weekend. Which structures repair boats?",
    ],
)
def test_a_question_whose_own_thing_is_absent_is_still_refused(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "text",
    [
        "I'd love to open a workshop restoring old armchairs. Does any structure do upholstery?",
        "We would love to collect unsold bread. Does anyone recover unsold food?",
        "Je rêve d'ouvrir une friperie solidaire à Lens. Ça existe ?",
        "My dream is a repair café for bikes. Who is closest?",
    ],
)
def test_a_wish_or_a_dream_describes_a_project(
    plan: Callable[..., QuestionPlan], text: str
) -> None:
    assert plan(text).intent == "similar"
