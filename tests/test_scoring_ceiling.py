"""A ceiling bends a quality's score monotonically: a reply doing more never scores less under the same cap."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cmsim.scoring.ceiling import capped

scores = st.floats(min_value=0.0, max_value=100.0, allow_nan=False)
caps = st.floats(min_value=0.0, max_value=130.0, allow_nan=False)


@given(scores, scores, caps)
def test_more_never_scores_less_and_the_cap_holds(a: float, b: float, cap: float) -> None:
    low, high = sorted((a, b))
    assert capped(low, cap) <= capped(high, cap)
    if cap > 0.5 and high - low > 1e-6:
        assert capped(low, cap) < capped(high, cap)  # two capped replies do not tie
    assert capped(high, cap) <= max(cap, 0.0) or cap >= 100.0


@given(scores, caps)
def test_scores_well_under_the_cap_are_untouched(value: float, cap: float) -> None:
    if cap >= 100.0 or value <= min(cap - 2.0, (cap - 10.0) / 0.9):
        assert capped(value, cap) == value


def test_just_over_and_just_under_the_cap_keep_their_order() -> None:
    # the old form (cap - 0.1 * (100 - value) past the cap) put 61 under 60 with a cap of 60
    assert capped(59.0, 60.0) < capped(60.0, 60.0) < capped(61.0, 60.0) < capped(100.0, 60.0) <= 60.0
