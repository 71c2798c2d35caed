"""Vague activity lists: a kind of activity, sector or public many structures have ('qui fait
de la sensibilisation ?', 'which structures sell vegetables?', 'who offers workshops to the
public?') lists the structures whose fiche states it as what they do, not those whose best
sentence only shares a word with the question; a kind the lexicon gathers for lists ('EU
funding', 'an award') lists those writing one of its forms however the search ranked them.
Synthetic questions, French and English; the expected structures are read from the facet
tables and the lexicon, never written down. Neighbours keep their narrower reading."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import SHARED_TOPIC_MAX, ask
from livret_qa.answering.list_scope import (
    KIND,
    MAX_KIND_SHARE,
    stating_holders,
    topic_values,
    value_groups,
    value_holders,
)
from livret_qa.facts.facets import match_words
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


def broad(engine: Engine, topic: str) -> list[tuple[str, str]]:
    """The values a topic names that more than SHARED_TOPIC_MAX fiches state as what they do
    (up to MAX_KIND_SHARE of them): read from the facet tables."""
    values = topic_values(
        engine, topic, max_holders=SHARED_TOPIC_MAX, stating=True, stating_share=MAX_KIND_SHARE
    )
    wide = [v for v in values if len(stating_holders(engine, v)) > SHARED_TOPIC_MAX]
    assert wide, topic
    return wide


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("qui fait de la sensibilisation ?", "sensibilisation"),
        ("Which structures do awareness-raising?", "awareness-raising"),
        ("who offers workshops to the public?", "workshops to the public"),
        ("Quelles structures proposent des ateliers au grand public ?", "ateliers au grand public"),
        ("Which structures sell vegetables?", "vegetables"),
    ],
)
def test_a_broad_activity_lists_those_stating_it(
    fake_engine: Engine, question: str, topic: str
) -> None:
    """Every structure stating it is listed, however the search ranked it; every structure
    listed names it (none only shares a word of the question)."""
    answer = ask(fake_engine, question)
    assert not answer.abstained
    got = {s.fiche_id for s in answer.structures}
    for value in broad(fake_engine, topic):
        assert set(stating_holders(fake_engine, value)) <= got
        assert got <= set(value_holders(fake_engine, value))


def test_a_value_every_structure_states_tells_none_apart(fake_engine: Engine) -> None:
    """'vente' is what nearly every structure does: no value of the list."""
    values = topic_values(
        fake_engine,
        "qui vend ?",
        max_holders=SHARED_TOPIC_MAX,
        stating=True,
        stating_share=MAX_KIND_SHARE,
    )
    assert ("activity", "vente") not in values


def test_cooking_workshops_stay_those_writing_them(fake_engine: Engine) -> None:
    """A neighbour: the workshops named by their kind ('de cuisine') are those the fiches
    write in these words, not every structure doing awareness-raising."""
    answer = ask(fake_engine, "Quelles structures proposent des ateliers de cuisine ?")
    (value,) = broad(fake_engine, "sensibilisation")
    got = {s.fiche_id for s in answer.structures}
    assert got and got < set(stating_holders(fake_engine, value))


def kind_holders(engine: Engine, kind: str) -> set[str]:
    return set(value_holders(engine, (KIND, kind)))


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Which ones received European funding?", "fonds_europeens"),
        ("Quelles structures bénéficient de fonds européens ?", "fonds_europeens"),
        ("Which ones have won an award or prize?", "distinction"),
        ("Quelles structures ont reçu un prix ?", "distinction"),
        ("lesquelles sont lauréates d'un concours ?", "distinction"),
        ("Quelles structures sont soutenues par une fondation ?", "fondation"),
        ("Which structures get money from foundations?", "fondation"),
    ],
)
def test_a_kind_lists_those_writing_it(fake_engine: Engine, question: str, kind: str) -> None:
    answer = ask(fake_engine, question)
    expected = kind_holders(fake_engine, kind)
    assert 0 < len(expected) < len(fake_engine.corpus.fiches)
    assert {s.fiche_id for s in answer.structures} == expected


def test_a_named_fund_stays_its_own(fake_engine: Engine) -> None:
    """A neighbour: the European Social Fund by its name is a name, not every EU fund."""
    answer = ask(fake_engine, "Which structures are funded by the European Social Fund?")
    got = {s.fiche_id for s in answer.structures}
    assert got and got < kind_holders(fake_engine, "fonds_europeens")


@pytest.mark.parametrize(
    "text",
    ["Quelles structures vendent à prix bas ?", "les prix des jouets", "à moitié prix"],
)
def test_a_price_is_no_prize(text: str) -> None:
    assert not lx.LIST_KINDS["distinction"].search(fold(text))


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("wich ones recycle electronics", "which ones recycle electronics"),
        ("Wich structures sell fish?", "Which structures sell fish?"),
        ("Whitch ones are in the Nord?", "Which ones are in the Nord?"),
        ("lesquelle sont dans le Nord ?", "lesquelles sont dans le Nord ?"),
        # words of their own stay as typed
        ("Which ones sell a witch costume?", "Which ones sell a witch costume?"),
        ("What about VESTALI?", "What about VESTALI?"),
    ],
)
def test_a_mistyped_question_word_is_read_as_meant(typed: str, read: str) -> None:
    assert lx.unabbreviated(typed) == read


def test_a_mistyped_list_is_still_a_list(fake_engine: Engine) -> None:
    typed = ask(fake_engine, "wich ones recycle electronics")
    spelt = ask(fake_engine, "which ones recycle electronics")
    assert typed.plan["parts"][0]["intent"] == "list"
    assert [s.fiche_id for s in typed.structures] == [s.fiche_id for s in spelt.structures]


@pytest.mark.parametrize(
    ("topic", "offered"),
    [
        # offered as alternatives: one thing or the other
        ("who sells online or via click and collect?", True),
        ("Quelles structures récupèrent des jouets ou des livres ?", True),
        # asked together: each of them
        ("Quelles structures vendent des jouets et des livres ?", False),
        ("qui collecte des meubles et les répare ?", False),
    ],
)
def test_alternatives_are_one_group(fake_engine: Engine, topic: str, offered: bool) -> None:
    groups = value_groups(topic, topic_values(fake_engine, topic))
    assert groups
    assert any(len(g) > 1 for g in groups) is offered


def test_either_of_two_activities_lists_those_doing_one(fake_engine: Engine) -> None:
    """'online or via click and collect': those selling online are listed, though they do no
    click and collect; those doing neither are not."""
    answer = ask(fake_engine, "Quelles structures vendent en ligne ou en click and collect ?")
    got = {s.fiche_id for s in answer.structures}
    online = set(value_holders(fake_engine, ("activity", "vente_en_ligne")))
    click = set(value_holders(fake_engine, ("activity", "click_collect")))
    assert online - click and (online - click) & got  # one without click and collect
    assert got <= online | click


@pytest.mark.parametrize(
    ("text", "students"),
    [
        ("les modalités d'accès par les étudiants précaires", True),
        ("Which structures help students?", True),
        # the gerund of 'étudier' is no public
        ("tout en étudiant les contraintes à prendre en compte", False),
    ],
)
def test_students_are_not_the_gerund_of_studying(text: str, students: bool) -> None:
    found = {m.value for m in match_words(text, ("public",))}
    assert ("etudiants" in found) is students


def test_a_named_foundation_stays_its_own(fake_engine: Engine) -> None:
    """A neighbour: one foundation by its name is a name, not every foundation."""
    answer = ask(fake_engine, "Quelles structures sont soutenues par la Fondation Jérôme Gayet ?")
    got = {s.fiche_id for s in answer.structures}
    assert got and got < kind_holders(fake_engine, "fondation")
