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


@pytest.mark.slow  # which structure a description finds: the real embedder's ranking
@pytest.mark.parametrize(
    ("first", "question", "described"),
    [
        (
            "Quels sont les partenaires des Copains de Thiérache ?",
            "Does the farm drive in the Oise deliver to homes?",
            "association-des-producteurs-des-vallees-de-l-oise",
        ),
        (
            "Qui dirige VESTALI ?",
            "Le drive fermier de l'Oise livre-t-il à domicile ?",
            "association-des-producteurs-des-vallees-de-l-oise",
        ),
        (
            "Quel est le budget de Synapse 3i ?",
            "L'association de jouets de Villeneuve-d'Ascq a-t-elle des bénévoles ?",
            "la-remise-enjouee",
        ),
    ],
)
def test_after_another_structure_the_described_one_is_asked(
    first: str, question: str, described: str, engine: Engine
) -> None:
    """Class: a yes/no question describing a structure by its kind and place, asked after a
    turn about a structure standing elsewhere, asks about the one described, not whether the
    one in focus stands there ('No: … is not in the Oise')."""
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": ask(engine, first).answer},
    ]
    answer = ask(engine, question, history)
    assert [s.fiche_id for s in answer.structures] == [described], answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Cette association est-elle à {town} ?",
        "Is it in {town}?",
        # a demonstrative before a kind of structure, in English too
        "Is this association in {town}?",
        "Is that charity based in {town}?",
        "Cette entreprise est-elle à {town} ?",
    ],
)
def test_whether_the_one_in_focus_stands_there_is_still_about_it(
    question: str, fake_engine: Engine
) -> None:
    """What must not change: 'cette association', pointing back, is the one in focus."""
    fiches = fake_engine.corpus.fiches
    one = fiches[0]
    dep = one.contact.departement_code
    town = next(f.contact.town for f in fiches if f.contact.departement_code != dep)
    first = f"Qui dirige {one.name} ?"
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": ask(fake_engine, first).answer},
    ]
    answer = ask(fake_engine, question.format(town=town), history)
    assert [s.fiche_id for s in answer.structures] == [one.id], answer.answer
