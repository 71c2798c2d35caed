"""A list asked of a part of a town ('à Villeneuve d'Ascq, quartier de la Haute Borne',
'in Amiens, north district'): the booklet places structures by town, so the list is of the
town; the part named after it is no structure's name (a quarter may share one), no
département ('quartier nord') and no topic (fast tier, synthetic questions)."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.list_scope import plain
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_answer


@pytest.mark.parametrize(
    ("question", "without"),
    [
        (
            "Quelles initiatives sont à Lens, quartier de la Grande Résidence ?",
            "Quelles initiatives sont à Lens ?",
        ),
        ("structures à Amiens, quartier nord ?", "structures à Amiens ?"),
        ("Which projects are in Lille (Wazemmes district)?", "Which projects are in Lille?"),
        ("Who is in Roubaix, the Epeule neighbourhood?", "Who is in Roubaix?"),
        ("Qui est à Guise, dans le quartier du Familistère ?", "Qui est à Guise ?"),
    ],
)
def test_the_part_of_a_town_is_read_apart(question: str, without: str) -> None:
    assert lx.SUB_TOWN.sub("", question) == without


@pytest.mark.parametrize(
    "text",
    [
        "J'aimerais que les familles modestes de mon quartier puissent acheter des légumes",
        "Which structures work in deprived neighbourhoods?",
        "Quelles structures agissent dans les quartiers prioritaires ?",
    ],
)
def test_a_quarter_that_qualifies_no_town_stays_in_the_question(text: str) -> None:
    assert lx.SUB_TOWN.sub("", text) == text


TEMPLATES = (
    "Quelles initiatives sont à {town}, quartier de la {part} ?",
    "Quelles structures sont à {town}, quartier {part} ?",
    "Which structures are in {town}, {part} district?",
    "Which initiatives are in {town} ({part} neighbourhood)?",
)


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_list_asked_of_a_part_of_a_town_holds_the_structures_of_the_town(
    fake_engine: Engine, template: str
) -> None:
    fiches = fake_engine.corpus.fiches
    for fiche in fiches:
        town = fiche.contact.town
        there = {f.id for f in fiches if plain(f.contact.town) == plain(town)}
        # a part of the town named as a structure's name ends ('… de la Haute Borne') or as
        # a compass point
        for part in ("Nord", fiche.name.split()[-1].capitalize()):
            answer = ask(fake_engine, template.format(town=town, part=part))
            check_answer(fake_engine.corpus, answer.to_dict())
            assert not answer.abstained, (town, part, answer.answer)
            assert {s.fiche_id for s in answer.structures} == there, (town, part, answer.answer)
