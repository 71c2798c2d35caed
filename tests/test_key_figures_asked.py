"""A fiche's key figures asked as a whole ('les chiffres clés de X ?', 'key figures of X', 'X :
chiffres clés', 'ses principaux chiffres ?'): every figure of the section is quoted from its
label to its value, in the booklet's order. They had been read as a figure with no measure and
answered with one line. What must not change: a count asked ('combien de bénévoles dans les
chiffres clés de X ?') is that figure. Synthetic questions on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.parsing.fiche import Fiche
from livret_qa.retrieval.engine import Engine


def _fiche(engine: Engine, fiche_id: str) -> Fiche:
    return next(f for f in engine.corpus.fiches if f.id == fiche_id)


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("Quels sont les chiffres clés de VESTALI ?", "vestali"),
        ("key figures of Synapse 3i", "synapse-3i"),
        ("Les Copains de Thiérache : chiffres clés", "les-copains-de-thierache"),
        ("What are the main figures of La Remise Enjouée?", "la-remise-enjouee"),
        ("Donne-moi les principaux chiffres du Bois de Deux Mains", "le-bois-de-deux-mains"),
    ],
)
def test_every_key_figure_is_quoted(engine: Engine, question: str, fiche_id: str) -> None:
    answer = ask(engine, question)
    assert answer.plan["parts"][0].get("attribute") == "section:key_figures", answer.plan
    figures = _fiche(engine, fiche_id).key_figures
    quoted = [c for c in answer.citations if c.fiche_id == fiche_id]
    assert len(quoted) == len(figures), answer.answer
    for citation, figure in zip(quoted, figures, strict=True):
        assert citation.section == "key_figures"
        assert citation.start <= figure.span.start and citation.end == figure.span.end
    assert [c.line_start for c in quoted] == sorted(c.line_start for c in quoted)


def test_a_label_is_quoted_with_its_value(engine: Engine) -> None:
    answer = ask(engine, "chiffres clés de VESTALI")
    assert any(c.quote.startswith("BUDGET GLOBAL") for c in answer.citations), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "combien de bénévoles dans les chiffres clés du Bois de Deux Mains ?",
        "How many members in VESTALI's key figures?",
    ],
)
def test_a_count_asked_stays_a_figure(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.plan["parts"][0].get("attribute", "").startswith("measure:"), answer.plan
