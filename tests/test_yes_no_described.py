"""A yes/no question about one structure described rather than named ('Does the farm drive in
the Oise deliver to homes?', 'La ressourcerie de Campigneulles a-t-elle un camion ?'): the one
the search finds is held to what its fiche mentions, as a named one is ('the booklet does not
say', never a 'yes' quoting an unrelated line). A question asking whether ANY structure does it
is no question about one."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

ABSENT = [  # things no fiche of the booklet mentions
    ("La structure de {town} a-t-elle une piscine ?", "fr"),
    ("Does the organisation in {town} own a helicopter?", "en"),
    ("L'association de {town} possède-t-elle un vignoble ?", "fr"),
]


@pytest.mark.parametrize(("template", "lang"), ABSENT)
def test_a_thing_its_fiche_never_mentions_is_not_stated(
    template: str, lang: str, fake_engine: Engine
) -> None:
    for fiche in fake_engine.corpus.fiches:
        answer = ask(fake_engine, template.format(town=fiche.contact.town))
        assert answer.abstained, (fiche.id, answer.answer[:200])
        assert answer.citations  # the nearest stated fact, quoted
        assert not answer.answer.startswith(("Oui", "Yes"))


@pytest.mark.parametrize(
    "question",
    [
        "Does any structure deliver to homes?",
        "Y a-t-il une structure qui répare des vélos ?",
        "Est-ce qu'une association vend en ligne ?",
        "Is there anything about bicycles?",
        "Do some of them sell online?",
    ],
)
def test_a_question_about_any_structure_names_no_one(question: str) -> None:
    assert lx.ANY_SUBJECT.search(fold(question))


@pytest.mark.parametrize(
    "question",
    [
        "Does the farm drive in the Oise deliver to homes?",
        "La ressourcerie de Campigneulles a-t-elle un camion ?",
        "Le jardin de Villeneuve d'Ascq vend-il des paniers ?",
    ],
)
def test_a_question_about_one_described_structure_is_about_one(question: str) -> None:
    assert not lx.ANY_SUBJECT.search(fold(question))
