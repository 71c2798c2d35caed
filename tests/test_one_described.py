"""One structure the question describes itself and then asks about, by a pronoun or a figure
('l'asso du Boulonnais, son budget ?', 'the one that fixes computers — what's their budget?',
'celle qui reconditionne des ordis, elle a combien d'adhérents ?'): the pronoun's antecedent
is in the question (no 'which structure do you mean?'), a figure is that structure's (no total
over the booklet), and the description alone helps find it. Synthetic questions over every
structure's town, French and English; the neighbours point back, ask of several, or ask a
price, and keep their reading."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering import list_scope, unfiched
from livret_qa.answering.compose import Composer
from livret_qa.answering.plan import QuestionPlan
from livret_qa.answering.planner import (
    NOTHING_IN_FOCUS,
    asked_attribute,
    describes_one,
    without_set_apart_description,
)
from livret_qa.answering.site_asked import towns_in_compounds
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .booklet_towns import single_towns


@pytest.mark.parametrize(
    "question",
    [
        "et leur budget ?",  # points back
        "what about the second one?",
        "et l'autre association ?",
        "cette association a combien de salariés ?",  # a demonstrative points back
        "what's the budget of the association?",
        "what's their association budget?",
        "the association with 3228 members?",  # what is asked, not what tells it apart
        "combien de structures à Guise ?",
    ],
)
def test_pointing_back_or_asking_describes_no_one(question: str) -> None:
    assert not describes_one(fold(question))


@pytest.mark.parametrize(
    "template",
    [
        "l'asso de {town}, son budget ?",
        "la structure de {town}, elle a été créée quand ?",
        "the association in {town}: what's its budget?",
        "the one in {town} — when was it created?",
    ],
)
def test_its_pronoun_points_at_the_one_described(
    template: str, plan: Callable[..., QuestionPlan]
) -> None:
    for town in ("Guise", "Amiens", "Liévin", "Pommiers"):
        planned = plan(template.format(town=town))
        assert planned.resolution != NOTHING_IN_FOCUS, planned.question


@pytest.mark.parametrize("question", ["et son budget ?", "what about its budget?"])
def test_a_bare_pronoun_still_points_at_nothing(
    question: str, plan: Callable[..., QuestionPlan]
) -> None:
    assert plan(question).resolution == NOTHING_IN_FOCUS


@pytest.mark.parametrize(
    "template",
    [
        "l'asso de {town}, son budget ?",
        "the association in {town}: what's its budget?",
        "the organisation in {town}, who runs it?",
    ],
)
def test_the_one_described_is_found_and_asked_as_named(template: str, fake_engine: Engine) -> None:
    for town, fiche_id in single_towns(fake_engine).items():
        question = template.format(town=town)
        composer = Composer(fake_engine, question, [], None)
        assert composer.plan.facts_query is None, question
        assert composer.described_one() == fiche_id, question


@pytest.mark.parametrize(
    ("question", "aggregate"),
    [
        ("celle qui reconditionne des ordis, elle a combien d'adhérents ?", False),
        ("the women's textile workshop — how many tonnes in 2019?", False),
        ("how many integration employees at the Boulogne fish place?", False),
        ("Anthony Grossot's association: how many sites?", False),
        ("combien d'adhérents ont les structures du réemploi ?", True),  # several
        ("how many tonnes in total?", True),
    ],
)
def test_a_figure_of_one_described_is_no_total(
    question: str, aggregate: bool, fake_engine: Engine
) -> None:
    composer = Composer(fake_engine, question, [], None)
    assert (composer.plan.facts_query is not None) is aggregate


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("the farm drive, how much is their budget?", "measure:budget"),
        ("how much was their turnover in 2020?", "measure:chiffre_affaires"),
        ("how much is a basket?", "unstated:price"),  # a price still
        ("how much does a basket cost?", "unstated:price"),
        ("Who directs VESTALI", "role:leader"),
        ("who directs the toy charity?", "role:leader"),
    ],
)
def test_a_figure_or_a_role_asked_in_everyday_words(question: str, attribute: str) -> None:
    asked = asked_attribute(question)
    assert asked is not None and asked[1] == attribute


def test_who_directs_an_activity_asks_no_person() -> None:
    assert asked_attribute("who directs workshops?") is None


@pytest.mark.parametrize(
    ("question", "left"),
    [
        ("le jardin d'insertion de la Haute Borne, quelle superficie ?", "quelle superficie ?"),
        ("the toy charity: director and email?", "director and email?"),
        ("Quel est le budget de VESTALI ?", "Quel est le budget de VESTALI ?"),
        # the description inside what is asked stays (the name reading takes it out)
        ("What is the computer recycling structure in Amiens about?", None),
    ],
)
def test_a_description_set_apart_asks_nothing_of_the_fiche(question: str, left: str | None) -> None:
    assert without_set_apart_description(question) == (left or question)


def test_a_town_in_an_english_compound_is_a_place_asked() -> None:
    assert towns_in_compounds("an Amiens-based charity?") == ["Amiens"]
    assert towns_in_compounds("the Emmaüs-based shop?") == []  # no town of the region
    area = list_scope.area_asked("the Lille-area toy recycler – budget?", ["Lille"])
    assert area is not None and list_scope.area_asked("in Lille?", ["Lille"]) is None


def test_a_place_the_booklet_sites_a_structure_in_is_a_place(fake_engine: Engine) -> None:
    words, folded = fake_engine.booklet_words, fake_engine.booklet_folded
    # 'un bar-tabac local situé à Carlepont': the Carlepont pickup point is a place's
    assert unfiched.a_place(
        "When did the Carlepont pickup point start?", "Carlepont", words, folded
    )
    assert not unfiched.a_place("Who runs SOLAAL?", "SOLAAL", words, folded)
    drive = "association-des-producteurs-des-vallees-de-l-oise"
    assert list_scope.sited_in(fake_engine, drive, ["Carlepont"])
    assert not list_scope.sited_in(fake_engine, drive, ["Lille"])
