"""A correction describing the one meant by a kind and what it handles ('non pardon, je
voulais dire l'atelier de jouets', 'no, I meant the workshop for computers') or by a kind said
apart from its pointer ('non je parlais de l'autre du Pas-de-Calais, la ressourcerie'): the
kind alone ('atelier', 'workshop') fits most structures; the words after it tell the one meant
(planner._kind_with_its_words, _points_at_another). Synthetic conversations over the real
booklet; the structure expected is the one whose fiche's identity card states the activity."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import _kind_with_its_words
from livret_qa.text import fold


def _doing(engine, word: str) -> str:
    """The one structure whose activity (identity card) names `word`."""
    found = [f.id for f in engine.corpus.fiches if word in fold(f.identity.activity)]
    assert len(found) == 1, (word, found)
    return found[0]


def _turn(question: str, answer: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


@pytest.mark.parametrize(
    ("history", "question", "activity"),
    [
        (
            _turn("Le Bois de Deux Mains a été créé quand ?", "En 2015."),
            "non pardon, je voulais dire l'atelier de jouets",
            "jouet",
        ),
        (
            _turn("When was Le Bois de Deux Mains created?", "In 2015."),
            "no sorry, I meant the workshop for toys",
            "jouet",
        ),
        (
            _turn("combien de salariés chez Vestali ?", "8 en insertion et 5 permanents."),
            "non je parlais de l'autre du Pas-de-Calais, la ressourcerie",
            "reemploi & reutilisation",
        ),
    ],
)
def test_a_correction_by_a_kind_and_its_things_picks_the_one_doing_them(
    engine, history, question: str, activity: str
) -> None:
    answer = ask(engine, question, history)
    assert [s.fiche_id for s in answer.structures][:1] == [_doing(engine, activity)], answer.answer


@pytest.mark.parametrize(
    ("history", "question", "named"),
    [
        # a correction naming the one meant, and one pointing by a thing: unchanged
        (
            _turn("Qui dirige Vestali ?", "Hélène Maréchal."),
            "non, je parlais de Synapse 3i",
            "synapse-3i",
        ),
        (
            _turn("Where is the Panier de la Mer?", "Boulogne-sur-Mer."),
            "No, I meant the textile one",
            "vestali",
        ),
    ],
)
def test_corrections_naming_or_pointing_keep_their_reading(
    engine, history, question, named
) -> None:
    answer = ask(engine, question, history)
    assert [s.fiche_id for s in answer.structures][:1] == [named], answer.answer


def test_the_kind_keeps_the_things_after_it_places_aside() -> None:
    assert _kind_with_its_words("atelier", "non, je voulais dire l'atelier de jouets") == (
        "atelier des jouets"
    )
    assert _kind_with_its_words("atelier", "non, je voulais dire l'atelier d'ordinateurs") == (
        "atelier des ordinateurs"
    )
    assert _kind_with_its_words(
        "ressourcerie", "sorry i meant the ressourcerie in the pas-de-calais"
    ) == ("ressourcerie")
    assert _kind_with_its_words("workshop", "no, i meant the furniture workshop in the aisne") == (
        "furniture workshop"
    )
