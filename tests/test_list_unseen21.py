"""Round 21's list classes, on synthetic questions over the real booklet (fake embedder):

- a partner or funder typed without its capitals ('credit agricole', 'ag2r', 'mission locale')
  or opening the question ('Valdelia aide qui ?'): read as the booklet writes the name
  (typed_names), so the list holds the structures whose fiche names it;
- a funder asked by its full name that some fiches write shorter ('AG2R La Mondiale' and
  'Fondations AG2R'): its opening acronym names it too (typed_names.acronym_head);
- 'which ones count X among their funders': no count (lexicon.COUNT_FRAME);
- an adverb before the verb of stating ('Which fiches really give a number of volunteers?');
- a key figure's value asked with no bound word ('qui a trois sites ?', 'exactly one site',
  'Which structures have 50 members?'): those with exactly that value (counted_equal).
Expected structures are read from the fiches' own text; neighbours keep their answers."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.list_scope import fiche_texts
from livret_qa.answering.typed_names import acronym_head, typed_names
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
    # a name written with its capitals is left to list_scope
    assert typed_names("Which ones work with Crédit Agricole?", raw) == []


def test_a_funder_asked_by_its_full_name_reads_its_acronym(fake_engine: Engine) -> None:
    assert acronym_head("AG2R La Mondiale") == "AG2R"
    assert acronym_head("SCIC CAP3C") == ""
    assert acronym_head("Crédit Agricole") == ""
    expected = naming(fake_engine, "AG2R")
    assert len(expected) >= 3
    assert listed(fake_engine, "Which structures are supported by AG2R La Mondiale?") == expected
    assert listed(fake_engine, "Quelles structures sont aidées par AG2R La Mondiale ?") == expected


def test_count_among_is_no_count(fake_engine: Engine) -> None:
    assert not lx.COUNT_FRAME.search("which ones count the dreets among their funders?")
    assert lx.COUNT_FRAME.search("count the structures of the nord")
    assert listed(fake_engine, "Which ones count the DREETS among their funders?") == naming(
        fake_engine, "DREETS"
    )


def test_an_adverb_before_the_stating_verb(fake_engine: Engine) -> None:
    volunteers = {"les-copains-de-thierache", "le-bois-de-deux-mains"}
    assert listed(fake_engine, "Which fiches really give a number of volunteers?") == volunteers
    assert listed(fake_engine, "Which ones actually state how many volunteers they have?") == (
        volunteers
    )
    # neighbours: a list of who mentions volunteers stays wider; the plain frame keeps its list
    assert len(listed(fake_engine, "Which structures mention volunteers?")) > 2
    assert listed(fake_engine, "lesquelles donnent un nombre de bénévoles ?") == volunteers


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


def _of_theme(engine: Engine, theme: str, not_in: str) -> set[str]:
    return {
        f.id
        for f in engine.corpus.fiches
        if f.theme == theme and f.contact.departement_code != not_in
    }


@pytest.mark.parametrize(
    ("question", "theme", "code"),
    [
        ("Which food initiatives are not in the Nord?", "L'alimentation durable", "59"),
        (
            "quelles initiatives d'alimentation ne sont pas dans le Nord ?",
            "L'alimentation durable",
            "59",
        ),
        ("Which re-use structures are not in the Pas-de-Calais?", "Le réemploi", "62"),
        ("quelles structures du réemploi ne sont pas dans le Pas-de-Calais ?", "Le réemploi", "62"),
    ],
)
def test_a_place_excluded_within_a_theme(
    fake_engine: Engine, question: str, theme: str, code: str
) -> None:
    """The complement of 'in the place' is taken among the theme named before the negation."""
    expected = _of_theme(fake_engine, theme, code)
    assert 0 < len(expected) < len(fake_engine.corpus.fiches) - 3
    assert listed(fake_engine, question) == expected


def test_a_place_excluded_alone_keeps_every_other(fake_engine: Engine) -> None:
    expected = {f.id for f in fake_engine.corpus.fiches if f.contact.departement_code != "59"}
    assert listed(fake_engine, "quelles structures ne sont pas dans le Nord ?") == expected
