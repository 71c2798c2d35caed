"""Round 21's list classes, on synthetic questions over the real booklet (fake embedder):

- a partner or funder typed without its capitals ('credit agricole', 'ag2r', 'mission locale')
  or opening the question ('Valdelia aide qui ?'): read as the booklet writes the name
  (typed_names), so the list holds the structures whose fiche names it;
- a key figure's value asked with no bound word ('qui a trois sites ?', 'exactly one site',
  'Which structures have 50 members?'): those with exactly that value (counted_equal).
Expected structures are read from the fiches' own text; neighbours keep their answers."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.list_scope import fiche_texts
from livret_qa.answering.typed_names import typed_names
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


def naming(engine: Engine, name: str) -> set[str]:
    """The fiches whose text names `name` (accents and case folded)."""
    texts = fiche_texts(engine).folded
    return {fid for fid, text in texts.items() if fold(name) in text}


def listed(engine: Engine, question: str) -> set[str]:
    answer = ask(engine, question)
    assert not answer.abstained, answer.abstain_reason
    return {s.fiche_id for s in answer.structures}


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("la fondation ag2r soutient quelles structures ?", "AG2R"),
        ("which ones are funded by credit agricole?", "Crédit Agricole"),
        ("quelles structures ont le credit agricole comme financeur ?", "Crédit Agricole"),
        ("qui travaille avec la mission locale ?", "Mission Locale"),
        ("which ones have dealings with ecologic?", "Ecologic"),
        ("Valdelia aide qui ?", "Valdelia"),
    ],
)
def test_a_name_typed_without_capitals_lists_who_names_it(
    fake_engine: Engine, question: str, name: str
) -> None:
    expected = naming(fake_engine, name)
    assert 0 < len(expected) < len(fake_engine.corpus.fiches)
    assert listed(fake_engine, question) == expected


def test_typed_names_are_the_booklets_own(fake_engine: Engine) -> None:
    raw = tuple(fiche_texts(fake_engine).raw.values())
    assert typed_names("le credit agricole finance qui ?", raw) == ["Crédit Agricole"]
    assert typed_names("qui bosse avec la mission locale ?", raw) == ["Mission Locale"]
    assert typed_names("la fondation ag2r aide qui", raw) == ["AG2R"]
    # a capitalised function word opens no name ('Des Fonds'); common words are no names
    assert typed_names("qui touche des fonds européens ?", raw) == []
    assert typed_names("which ones sell furniture?", raw) == []
    # a part of a longer name is common words ('Projet Alimentaire' of '… Territorial'); a
    # verb of the question's frame is no name ('cite' is not 'Cité')
    assert typed_names("elles sont dans quel projet alimentaire ?", raw) == []
    assert "Cité" not in typed_names("qui cite le covid dans ses freins ?", raw)
    # a name written with its capitals is left to list_scope
    assert typed_names("Which ones work with Crédit Agricole?", raw) == []


# NOMBRES DE SITES: 1 (Cocagne: 1 site production, Il était deux fois, Remise, Bois), 2 (Panier,
# Copains), 3 (Oise, Synapse), 4 (VESTALI); NOMBRE D'ADHÉRENTS: Remise 50, Panier 120.
ONE_SITE = {
    "le-jardin-de-cocagne-de-la-haute-borne",
    "il-etait-deux-fois",
    "la-remise-enjouee",
    "le-bois-de-deux-mains",
}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "lesquelles ont trois sites ?",
            {"association-des-producteurs-des-vallees-de-l-oise", "synapse-3i"},
        ),
        ("Which structures have 2 sites?", {"le-panier-de-la-mer-62", "les-copains-de-thierache"}),
        ("Which ones have exactly one site?", ONE_SITE),
        ("quelles structures ont exactement un site ?", ONE_SITE),
        ("Which structures have 50 members?", {"la-remise-enjouee"}),
        ("qui a 120 adhérents ?", {"le-panier-de-la-mer-62"}),
    ],
)
def test_a_bare_value_asks_exactly_it(
    fake_engine: Engine, question: str, expected: set[str]
) -> None:
    assert listed(fake_engine, question) == expected


def test_bare_value_neighbours(fake_engine: Engine) -> None:
    # no structure has five sites: refused, naming what the fiches state
    assert ask(fake_engine, "Which ones have 5 sites?").abstained
    # a bound word still reads as a bound
    assert listed(fake_engine, "qui a plus de 2 sites ?") == {
        "association-des-producteurs-des-vallees-de-l-oise",
        "synapse-3i",
        "vestali",
    }
    # a named structure's own figure is asked of its fiche
    answer = ask(fake_engine, "Le Panier de la Mer a-t-il 2 sites ?")
    assert [s.fiche_id for s in answer.structures][:1] == ["le-panier-de-la-mer-62"]


def test_a_real_word_heading_a_longer_name_is_that_word() -> None:
    """Class: a lowercase real word the booklet capitalises only at the head of a longer name
    ('Repair café') is the word ('which initiatives repair furniture?'), while a name the
    booklet writes alone ('Ecologic') is still read as the name."""
    from livret_qa.answering.typed_names import _opens_a_name

    texts = ("Le Repair café du quartier ; partenaire : Ecologic, Valdelia.",)
    assert _opens_a_name("Repair", texts)
    assert not _opens_a_name("Ecologic", texts)
