"""One percentile and one list-score rule for every measurement."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from livret_qa.evaluation.metrics import list_scores
from livret_qa.evaluation.stats import percentile


@given(
    st.lists(st.floats(0, 1e4, allow_nan=False), min_size=1, max_size=50),
    st.floats(0, 100),
)
def test_percentile_is_numpys_linear_percentile(values: list[float], q: float) -> None:
    assert math.isclose(percentile(values, q), float(np.percentile(values, q)), abs_tol=1e-6)


def test_percentile_50_is_the_median_and_no_values_is_nan() -> None:
    assert percentile([3.0, 1.0, 2.0, 10.0], 50) == 2.5
    assert math.isnan(percentile([], 95))


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        (["a", "b"], ["a"], (0.5, 1.0)),
        (["a"], ["a", "b", "c", "d"], (1.0, 0.25)),
        (["a"], ["a", "a"], (1.0, 1.0)),  # a structure named twice counts once
        (["a"], [], (0.0, 0.0)),  # predicting nothing when something was to be found
        ([], [], (1.0, 1.0)),  # nothing to find, nothing predicted
        ([], ["a"], (1.0, 0.0)),  # nothing to find, something predicted
    ],
)
def test_list_scores_empty_set_rule(
    gold: list[str], predicted: list[str], expected: tuple[float, float]
) -> None:
    assert list_scores(gold, predicted) == expected
