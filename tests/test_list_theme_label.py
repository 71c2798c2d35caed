"""A list asking for what a theme heading of the booklet names ('Le réemploi': second-hand
goods, 'd'occasion', 'pre-owned') holds the structures the booklet files under that heading,
whatever words their fiche uses: a fiche washing and selling collected clothes writes none of
the re-use table's forms, yet the booklet labels it re-use. Expected structures are read from
the headings and facet tables, never written down. Questions are invented for the class."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.list_scope import (
    TOPIC_FACETS,
    keywords_of_shared_value,
    labelled,
    stating_holders,
    topic_values,
)
from livret_qa.answering.theme_values import theme_holders
from livret_qa.retrieval.engine import Engine

REUSE = ("activity", "reemploi")


def _listed(engine: Engine, question: str) -> set[str]:
    return {s.fiche_id for s in ask(engine, question, []).structures}


def test_a_heading_names_a_value_and_holds_its_fiches(fake_engine: Engine) -> None:
    """The heading naming re-use holds exactly the fiches filed under it; a heading naming
    a field, not one value ('L'alimentation durable'), adds none."""
    by_theme = {f.id: f.theme for f in fake_engine.corpus.fiches}
    held = theme_holders(fake_engine, REUSE, TOPIC_FACETS)
    assert held and {by_theme[f] for f in held} == {"Le réemploi"}
    assert held == {f for f, t in by_theme.items() if t == "Le réemploi"}
    assert not theme_holders(fake_engine, ("activity", "aide_alimentaire"), TOPIC_FACETS)
    assert not labelled(fake_engine, ("kind", "dechetteries"))


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "any second hand shops?",
        "which structures resell used items?",
        "pre-owned items, who sells them?",
        "où acheter d'occasion ?",
        "qui vend de la seconde main ?",
        "where can I buy second-hand stuff?",
    ],
)
def test_second_hand_lists_every_structure_labelled_re_use(engine: Engine, question: str) -> None:
    assert REUSE in topic_values(engine, question, max_holders=3, stating=True)
    labelled_reuse = labelled(engine, REUSE)
    listed = _listed(engine, question)
    assert labelled_reuse <= listed, (question, labelled_reuse - listed)
    assert listed <= labelled_reuse | stating_holders(engine, REUSE)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "size"),
    [
        ("qui fait du réemploi de jouets ?", 1),  # one thing of re-use: its one structure
        ("qui recycle des ordinateurs ?", 1),
        ("quelles structures de réemploi sont dans le Nord ?", 1),
    ],
)
def test_a_narrower_re_use_list_keeps_its_size(engine: Engine, question: str, size: int) -> None:
    listed = _listed(engine, question)
    assert len(listed) == size and listed <= labelled(engine, REUSE), listed


@pytest.mark.slow
@pytest.mark.parametrize("question", ["qui vend des légumes ?", "who sells local products?"])
def test_a_list_of_another_theme_takes_no_re_use_structure(engine: Engine, question: str) -> None:
    listed = _listed(engine, question)
    assert listed and not listed & labelled(engine, REUSE)


@pytest.mark.parametrize(
    ("question", "as_list"),
    [
        ("les emails des structures en réemploi ?", False),  # a field of each, the theme named
        ("les adresses des structures du réemploi", False),
        ("any second hand shops?", True),  # keywords of the labelled value: a list
        ("objets de seconde main", True),
    ],
)
def test_keywords_read_as_a_list_unless_the_theme_is_named(
    fake_engine: Engine, question: str, as_list: bool
) -> None:
    assert keywords_of_shared_value(fake_engine, question, 3) is as_list
