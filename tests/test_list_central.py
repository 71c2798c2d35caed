"""A list holds the structures whose fiche states what is asked as what they are or do, not
those that mention it in passing — a partner list, a project, another party the structure
deals with — while another fiche states it centrally; a kind of structure asked ('une
épicerie', 'a grocery') is held by the fiches naming it (fast tier: synthetic questions of the
class, French and English, clean and telegraphic, over every value of the tables)."""

from __future__ import annotations

import pytest

from livret_qa import facet_words as fw
from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.list_scope import CENTRAL, NAMED_FACETS, PASSING, passing_holders
from livret_qa.answering.similarity import facets_for
from livret_qa.facts.facets import match_words
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

KIND_TEMPLATES = (
    "Quelles structures sont des {fr} ?",
    "which ones are a {en}?",
    "{en} qui ?",
    "lesquelles ont une {fr} ?",
)


def _first_form(label: str) -> str:
    return label.split(",")[0].split(" or ")[0].strip()


@pytest.mark.parametrize("template", KIND_TEMPLATES)
def test_a_kind_asked_lists_only_structures_naming_it(fake_engine: Engine, template: str) -> None:
    fiches = facets_for(fake_engine).fiches
    checked = 0
    for word in fw.KIND:
        central = {f for f, ff in fiches.items() if ff.salience("kind", word.name) >= CENTRAL}
        if not central or len(central) == len(fiches):
            continue
        question = template.format(fr=_first_form(word.fr), en=_first_form(word.en))
        if not any(m.value == word.name for m in match_words(question, ("kind",))):
            continue
        answer = ask(fake_engine, question)
        if answer.abstained or len(answer.structures) < 2:
            continue
        checked += 1
        for s in answer.structures:
            assert fiches[s.fiche_id].salience("kind", word.name) > 0, (question, s.name)
    assert checked


def test_a_value_read_once_aside_is_passing_when_another_states_it_centrally(
    fake_engine: Engine,
) -> None:
    """Over every value of the tables named alone: a fiche stating it centrally is never
    passing; one passing holds it once at most (or not at all, for a kind)."""
    fiches = facets_for(fake_engine).fiches
    ids = [f.id for f in fake_engine.corpus.fiches]
    seen = 0
    for facet in ("sector", "activity", "public", "kind"):
        for word in fw.TABLES[facet]:
            topic = _first_form(word.fr)
            named = {(m.facet, m.value) for m in match_words(topic, NAMED_FACETS)}
            if named != {(facet, word.name)}:
                continue
            held = {f: ff.salience(facet, word.name) for f, ff in fiches.items()}
            passing = passing_holders(fake_engine, topic, ids)
            seen += 1
            for f in passing:
                assert held[f] <= PASSING, (word.name, f)
            for f, s in held.items():
                if s >= CENTRAL:
                    assert f not in passing, (word.name, f)
    assert seen >= 10


@pytest.mark.parametrize(
    ("before", "other"),
    [
        ("sont soit transmis à des ", True),
        ("en partenariat avec les ", True),
        ("qu'elle collecte auprès des ", True),
        ("donated to local ", False),  # 'local' is an adjective: the noun is not right after
        ("elle distribue des ", False),
        ("l'association crée des ", False),
    ],
)
def test_a_noun_after_a_preposition_of_relation_is_another_party(before: str, other: bool) -> None:
    assert bool(lx.OTHER_PARTY.search(fold(before))) is other


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("upholstery workshops?", False),
        ("computer refurbishers?", False),
        ("bakery?", True),
        ("mattress recycling", True),
    ],
)
def test_english_keywords_are_read_in_the_booklet_s_french(
    fake_engine: Engine, question: str, refused: bool
) -> None:
    """Keywords with no function word look French; English things the glossary reads in
    French words the booklet holds are no unknown words (those it never holds still are)."""
    answer = ask(fake_engine, question)
    assert answer.abstained is refused, answer.answer


@pytest.mark.parametrize(
    ("label", "told"),
    [
        ("objectif de l'action", True),
        ("descriptif de l'action", True),
        ("desscriptif de l'action", True),
        ("lien avec le territoire", False),
        ("partenaires techniques mobilises", False),
        ("beneficiaires", False),
    ],
)
def test_the_action_is_told_in_its_objective_and_description(label: str, told: bool) -> None:
    assert bool(lx.ACTION_TOLD_LABEL.match(label)) is told


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("lesquelles ont un vrai magasin ?", "magasin"),
        ("une véritable boutique ?", "boutique"),
        ("des petits ateliers", "ateliers"),
        ("des meubles", "meubles"),
    ],
)
def test_an_adjective_stressing_a_noun_is_no_thing_named(question: str, noun: str) -> None:
    assert lx.DETERMINED_NOUN.findall(fold(question)) == [noun]
