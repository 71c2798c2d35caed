"""Class: a list pronoun ('lesquelles …', 'which ones …', 'which of them …') after a turn about
ONE structure: one structure is no set to pick among, so the list ranges over the booklet —
by place, by a name its fiches write, by a founding year. After a list, the same pronoun still
narrows it; after a count it names those counted. Synthetic conversations, several
structures and wordings, FR and EN, on the fake engine over the real booklet (list_of_one.py)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import in_departement, last_answer

_FIRST_TURNS = [
    "Qui dirige {name} ?",
    "Tell me about {name}.",
    "Quel est le budget de {name} ?",
    "Where is {name} based?",
]


@pytest.mark.parametrize("first", _FIRST_TURNS)
@pytest.mark.parametrize(
    ("second", "code"),
    [
        ("Et lesquelles sont dans le Nord ?", "59"),
        ("lesquelles se trouvent dans l'Aisne ?", "02"),
        ("And which ones are in the Pas-de-Calais?", "62"),
        ("which of them are in the Nord?", "59"),
    ],
)
def test_a_list_pronoun_by_place_after_one_structure_lists_the_booklet_s(
    fake_engine: Engine, first: str, second: str, code: str
) -> None:
    there = in_departement(fake_engine, code)
    for one in [f for f in fake_engine.corpus.fiches if f.id not in there][:2]:
        answer = last_answer(fake_engine, [first.format(name=one.name), second])
        assert not answer.abstained, answer.answer
        assert {s.fiche_id for s in answer.structures} == there, (first, one.name, answer.answer)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "Tell me about Le Bois de Deux Mains.",
            "Which ones work with Ecomobilier?",
            {"il-etait-deux-fois", "le-bois-de-deux-mains"},
        ),
        (
            "Où se trouve VESTALI ?",
            "lesquelles travaillent avec la MSA ?",
            {"le-jardin-de-cocagne-de-la-haute-borne", "les-copains-de-thierache"},
        ),
        (
            "Quand a été créée l'association Les Copains de Thiérache ?",
            "Lesquelles ont été créées avant 2005 ?",
            {"vestali", "le-panier-de-la-mer-62"},
        ),
        (
            "What is the budget of Synapse 3i?",
            "Which ones have a budget above 850,000 euros?",
            {"vestali", "synapse-3i"},
        ),
    ],
)
def test_a_list_pronoun_by_name_or_bound_after_one_structure_lists_the_booklet_s(
    fake_engine: Engine, first: str, second: str, expected: set[str]
) -> None:
    answer = last_answer(fake_engine, [first, second])
    assert not answer.abstained, answer.answer
    assert {s.fiche_id for s in answer.structures} == expected, answer.answer


def test_after_a_list_the_pronoun_still_narrows_it(fake_engine: Engine) -> None:
    first = "Quelles structures font partie du réemploi ?"
    listed = {s.fiche_id for s in ask(fake_engine, first).structures}
    answer = last_answer(fake_engine, [first, "lesquelles sont dans l'Aisne ?"])
    assert {s.fiche_id for s in answer.structures} == listed & in_departement(fake_engine, "02")


def test_a_list_of_one_shown_is_still_narrowed(fake_engine: Engine) -> None:
    history = [
        {"role": "user", "content": "Qui travaille avec Valdelia ?"},
        {"role": "assistant", "content": "Le Bois de Deux Mains (Pommiers, Aisne)."},
    ]
    answer = ask(fake_engine, "lesquelles sont dans le Nord ?", history)
    assert "la-remise-enjouee" not in {s.fiche_id for s in answer.structures}, answer.answer


def test_an_answer_naming_none_shows_no_list_to_narrow(fake_engine: Engine) -> None:
    # a hand-written answer about the booklet as a whole: the pronoun ranges over it
    history = [
        {"role": "user", "content": "je prépare une tournée de visites sur le bassin minier"},
        {
            "role": "assistant",
            "content": "Le livret présente neuf initiatives. Vous visez un département ?",
        },
    ]
    answer = ask(fake_engine, "oui, lesquelles sont dans le Pas-de-Calais ?", history)
    assert {s.fiche_id for s in answer.structures} == in_departement(fake_engine, "62"), (
        answer.answer
    )


@pytest.mark.parametrize(
    ("history", "question"),
    [
        (
            [
                (
                    "Il était deux fois a quels partenariats ?",
                    "Avec 2 éco-organismes et Label Emmaüs.",
                ),
            ],
            "et les deux éco-organismes c'est lesquels ?",
        ),
        ([("VESTALI a combien de sites ?", "4 sites, plus 6 vetibox.")], "lesquels ?"),
    ],
)
def test_a_pronoun_taking_up_things_stays_with_the_one(
    fake_engine: Engine, history: list[tuple[str, str]], question: str
) -> None:
    # 'lesquels' takes up things of the one in focus (its partners, its sites), not structures
    turns = [
        {"role": role, "content": text}
        for asked, said in history
        for role, text in (("user", asked), ("assistant", said))
    ]
    answer = ask(fake_engine, question, turns)
    named = fake_engine.corpus.fiches
    one = next(f.id for f in named if f.name.lower() in history[0][0].lower())
    assert [s.fiche_id for s in answer.structures] == [one], answer.answer


def test_a_bare_which_ones_keeps_the_one_in_focus(fake_engine: Engine) -> None:
    # 'ah bon ? lesquelles ?' asks which ones of what was just said: no criterion to list the
    # booklet by
    history = [
        {"role": "user", "content": "Parle-moi de Synapse 3i."},
        {"role": "assistant", "content": "Synapse 3i reconditionne des ordinateurs à Amiens."},
    ]
    answer = ask(fake_engine, "ah bon ? lesquelles ?", history)
    assert len(answer.structures) < len(fake_engine.corpus.fiches), answer.answer
