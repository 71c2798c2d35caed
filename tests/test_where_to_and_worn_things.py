"""Two shopper's wordings of a list question.

- Where to do a thing, asked in French by a bare infinitive opening the question ('où
  acheter des jouets ?'): as 'où peut-on …', the places are the structures doing it, a list;
  it was read as a fact and answered with one structure (often not one doing it).
- A thing qualified as second-hand by an adjective of age or wear ('my old clothes', 'les
  vieux meubles', 'mon vieil ordi'): the thing is what a fiche must name, not 'old' ('ancien'
  of 'sièges anciens' qualified another structure; 'vieux' abstained the list).
Questions are invented for the class; expected structures are read from the booklet."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.list_scope import fiche_text
from livret_qa.answering.plan import QuestionPlan
from livret_qa.answering.topic_words import french_things, topic_words
from livret_qa.lexicon import GENERIC_TOPIC_EN
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "où acheter des jouets ?",
        "ou trouver des paniers bio",
        "où déposer mes meubles ?",
        "où recycler un ordinateur ?",
        "où apprendre la couture ?",
        "et où louer un vélo ?",
    ],
)
def test_where_to_do_a_thing_is_a_list(plan: Callable[..., QuestionPlan], question: str) -> None:
    assert plan(question).parts[0].intent == "list"


@pytest.mark.parametrize(
    "question",
    [
        "où est située La Remise Enjouée ?",
        "où se trouve le siège de VESTALI ?",
        "où en est le projet de VESTALI ?",
        "VESTALI ou Synapse 3i, laquelle a le plus gros budget ?",
    ],
)
def test_where_a_structure_is_stays_as_it_was(
    plan: Callable[..., QuestionPlan], question: str
) -> None:
    assert plan(question).parts[0].intent != "list"


@pytest.mark.parametrize(
    ("question", "kept", "dropped"),
    [
        ("where can I give my old clothes?", "clothes", "old"),
        ("who takes old furniture?", "furniture", "old"),
        ("any used toys?", "toy", "used"),
    ],
)
def test_an_adjective_of_wear_is_no_thing(question: str, kept: str, dropped: str) -> None:
    keys = [g.key for g in topic_words(question, GENERIC_TOPIC_EN)]
    assert kept in keys and dropped not in keys


def test_old_people_stay_a_public() -> None:
    assert "old" in [g.key for g in topic_words("who helps old people?", GENERIC_TOPIC_EN)]


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("où donner mes vieux vêtements ?", "vetements"),
        ("qui reprend les vieux meubles ?", "meubles"),
        ("qui prend mon vieil ordinateur ?", "ordinateur"),
        ("qui s'occupe des anciens ?", "anciens"),  # the old themselves: no noun after
    ],
)
def test_the_french_noun_after_a_worn_adjective(question: str, noun: str) -> None:
    assert [g.word for g in french_things(question)] == [noun]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "stem"),
    [
        ("qui récupère les vieux jouets ?", "jouet"),
        ("where can I drop my old furniture?", "meubl"),
        ("où acheter des jouets ?", "jouet"),
        ("où déposer mes meubles ?", "meubl"),
    ],
)
def test_worn_things_list_the_structures_naming_them(
    engine: Engine, question: str, stem: str
) -> None:
    answer = ask(engine, question, [])
    assert answer.intent == "list" and not answer.abstained
    listed = {s.fiche_id for s in answer.structures}
    naming = {f.id for f in engine.corpus.fiches if stem in fiche_text(engine, f)}
    assert listed and listed <= naming, listed - naming
