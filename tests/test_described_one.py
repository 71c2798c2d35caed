"""A question about one structure described, not named ('les partenaires de l'épicerie de
Guise ?', 'What obstacles did the wood workshop in Pommiers face?', 'who runs the toy place in
Villeneuve d'Ascq?'): once the search finds it, it is asked again as if named, so the part of
its fiche asked is read from its fiche. Synthetic questions over every structure's town; the
neighbours ask of several or of any, and keep their reading."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import Composer, ask
from livret_qa.answering.planner import without_description
from livret_qa.retrieval.engine import Engine

from .booklet_towns import single_towns


@pytest.mark.parametrize(
    ("template", "section"),
    [
        ("Quels sont les freins rencontrés par la structure de {town} ?", "obstacles"),
        ("What obstacles did the organisation in {town} face?", "obstacles"),
        ("Quels leviers a activés l'association de {town} ?", "levers"),
    ],
)
def test_a_part_of_its_fiche_is_read_from_the_one_described(
    template: str, section: str, fake_engine: Engine
) -> None:
    for town, fiche_id in single_towns(fake_engine).items():
        if all(s.kind != section for s in fake_engine.corpus.fiche(fiche_id).sections):
            continue  # (Synapse 3i has no obstacles nor levers section)
        question = template.format(town=town)
        composer = Composer(fake_engine, question, [], None)
        assert composer.described_one() == fiche_id, question
        answer = ask(fake_engine, question)
        assert [s.fiche_id for s in answer.structures] == [fiche_id]
        assert answer.citations and {c.section for c in answer.citations} == {section}, question


@pytest.mark.parametrize(
    "template",
    [
        "Quels sont les freins des structures de {town} ?",  # several
        "Which structures in {town} face obstacles?",
        "Is there any structure in {town} with a shop?",  # any
        "Combien de structures à {town} ?",  # a count
    ],
)
def test_questions_about_several_or_any_describe_no_one(template: str, fake_engine: Engine) -> None:
    for town in single_towns(fake_engine):
        composer = Composer(fake_engine, template.format(town=town), [], None)
        assert composer.described_one() is None


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("What is the computer recycling structure in Amiens about?", "What is about?"),
        ("que fait l'association de Guise ?", "que fait ?"),
        ("Quel est le budget de VESTALI ?", "Quel est le budget de VESTALI ?"),
    ],
)
def test_a_description_is_taken_out_as_a_name_would_be(
    text: str, left: str, fake_engine: Engine
) -> None:
    assert without_description(text, fake_engine.mentions) == left


@pytest.mark.parametrize(
    "question",
    [
        "What year was the Hirson shop burgled?",
        "What does the Compiègne shop sell?",
    ],
)
def test_a_description_naming_another_site_is_not_the_structure(
    fake_engine: Engine, question: str
) -> None:
    """Class: a description whose town comes before its kind ('the Hirson shop'): when the
    structure found does not stand in that town (another of its sites), the question is not
    re-asked as if about the structure, which would drop 'the Hirson shop' from what it asks."""
    composer = Composer(fake_engine, question, [], None)
    assert composer.described_one() is None


@pytest.mark.parametrize(
    "question",
    [
        "Qui a fondé la ressourcerie de jouets de Villeneuve-d'Ascq ?",
        "Who runs the toy recyclerie in Villeneuve d'Ascq?",
        "Quel est le budget de la recyclerie de jouets de Villeneuve d'Ascq ?",
    ],
)
def test_the_one_there_stating_the_things_described_is_meant(engine: Engine, question: str) -> None:
    """Class: one structure described by a kind none there is, in the asker's loose word ('la
    ressourcerie de jouets de Villeneuve-d'Ascq' of a toy workshop there), and by things only
    one there states: that one is meant, not every structure of the town."""
    answer = ask(engine, question)
    assert [s.fiche_id for s in answer.structures] == ["la-remise-enjouee"], answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # no thing described besides the kind: no one structure there is that kind
        "Quel est le budget de la ressourcerie de Villeneuve-d'Ascq ?",
        "Quels sont les freins de la recyclerie de meubles de Villeneuve-d'Ascq ?",
    ],
)
def test_a_kind_none_there_is_with_nothing_else_described_stays_unmet(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained
