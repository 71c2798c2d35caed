"""Class: a bound naming no measure after a figure of several structures ('total members
across the booklet?' then 'which ones are above 100?'; 'le budget de chaque structure du
réemploi ?' then 'et lesquelles sont au-dessus de 500 000 ?'; 'how many sites does each food
structure have?' then 'which ones have more than 2?'): the bound is on the measure the
conversation was about — the bare number was searched as words instead (d29-173). Synthetic
conversations, FR and EN, on the fake engine over the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.retrieval.engine import Engine
from tests.conversations import last_answer

_MEMBERS_OVER_100 = {"vestali", "le-jardin-de-cocagne-de-la-haute-borne", "le-panier-de-la-mer-62"}
_REUSE_OVER_500K = {"synapse-3i", "vestali", "le-bois-de-deux-mains"}


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("total members across the booklet?", "which ones are above 100?", _MEMBERS_OVER_100),
        (
            "Combien d'adhérents au total dans le livret ?",
            "lesquelles dépassent 100 ?",
            _MEMBERS_OVER_100,
        ),
        (
            "Quels sont les budgets des structures du réemploi ?",
            "et lesquelles sont au-dessus de 500 000 ?",
            _REUSE_OVER_500K,
        ),
        (
            "What is the total budget of the reuse structures?",
            "which ones are above 500,000?",
            _REUSE_OVER_500K,
        ),
        (
            "How many sites does each food structure have?",
            "which ones have more than 2?",
            {"association-des-producteurs-des-vallees-de-l-oise"},
        ),
    ],
)
def test_a_bare_bound_is_on_the_measure_asked_before(
    fake_engine: Engine, first: str, second: str, expected: set[str]
) -> None:
    answer = last_answer(fake_engine, [first, second])
    assert not answer.abstained, answer.answer
    assert {s.fiche_id for s in answer.structures} == expected, answer.answer


def test_a_bound_naming_its_measure_keeps_it(fake_engine: Engine) -> None:
    answer = last_answer(
        fake_engine,
        ["Combien d'adhérents au total dans le livret ?", "lesquelles ont plus de 20 salariés ?"],
    )
    assert "vestali" not in {s.fiche_id for s in answer.structures}, answer.answer
