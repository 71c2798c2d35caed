"""Lists of a public named in other words.

- Schools and young children's care are two publics: a list of those working with schools
  is not given a toy shop contacting childcare networks.
- 'chômage partiel' (furlough) names no public of people out of work.

Synthetic questions, French and English; the expected structures are read from the facet
tables, never written down."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import SHARED_TOPIC_MAX, ask
from livret_qa.answering.list_scope import (
    MAX_KIND_SHARE,
    stating_holders,
    topic_values,
)
from livret_qa.facts.facets import match_words
from livret_qa.retrieval.engine import Engine

FAR_FROM_WORK = ("public", "eloignes_emploi")


def values(engine: Engine, topic: str) -> list[tuple[str, str]]:
    return topic_values(
        engine, topic, max_holders=SHARED_TOPIC_MAX, stating=True, stating_share=MAX_KIND_SHARE
    )


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("quelles structures travaillent avec des lycées ?", "ecoles"),
        ("Which ones supply secondary schools?", "ecoles"),
        ("des établissements d'enseignement", "ecoles"),
        ("qui travaille avec les crèches ?", "petite_enfance"),
        ("who works with daycare centres?", "petite_enfance"),
        ("les réseaux de la petite enfance", "petite_enfance"),
    ],
)
def test_schools_and_childcare_are_two_publics(text: str, read: str) -> None:
    found = {m.value for m in match_words(text, ("public",))}
    assert read in found
    assert not {"ecoles", "petite_enfance"} - {read} & found


@pytest.mark.parametrize(
    "question",
    [
        "quelles structures travaillent avec des lycées ou des collèges ?",
        "Which ones work with pupils?",
        "who deals with school establishments?",
        "qui travaille avec les établissements scolaires ?",
        "Which structures have schools as partners or clients?",
    ],
)
def test_a_list_of_schools_holds_no_childcare_only_structure(engine: Engine, question: str) -> None:
    childcare = set(stating_holders(engine, ("public", "petite_enfance")))
    schools = set(stating_holders(engine, ("public", "ecoles")))
    answer = ask(engine, question)
    got = {s.fiche_id for s in answer.structures}
    assert not (got & (childcare - schools))


@pytest.mark.parametrize(
    ("text", "far_from_work"),
    [
        ("le télétravail et le chômage partiel ont bousculé les habitudes", False),
        ("staff on chômage partiel during the lockdown", False),
        ("des personnes au chômage depuis longtemps", True),
        ("aider les chômeurs de longue durée", True),
        ("sortir du chômage", True),
    ],
)
def test_furlough_is_no_unemployment(text: str, far_from_work: bool) -> None:
    """'chômage partiel' keeps staff on: no public of people out of work."""
    found = {m.value for m in match_words(text, ("public",))}
    assert ("eloignes_emploi" in found) == far_from_work
