"""The weight-fitting script (tests/devset_fit.py) re-aggregates criteria exactly as the scorer does.

If the scorer's aggregation changes (a new cap, a new gate on a quality) and the script does not follow, its fits
measure another scorer: this test fails first.
"""

from __future__ import annotations

import devset_fit as fit
import pytest

from cmsim.scoring.offline import OfflineScorer

Table = dict[fit.Key, float]
Graded = tuple[list[fit.Row], Table, Table]


@pytest.fixture(scope="module")
def graded() -> Graded:
    """The tuning split's rows (the scorer runs once for the module) and today's weights and ceilings."""
    scorer = OfflineScorer()
    weights, ceilings = fit.today(scorer)
    return fit.collect(scorer, "tuning"), weights, ceilings


def test_today_s_weights_give_the_scorer_s_own_score_on_every_graded_reply(graded: Graded) -> None:
    rows, weights, ceilings = graded
    assert len(rows) > 1000
    assert [fit.aggregate(r, weights, ceilings) for r in rows] == [r.score for r in rows]
    assert {r.set for r in rows} == set(fit.SETS)


def test_a_weight_moves_the_scores_of_the_replies_it_weighs_and_no_other(graded: Graded) -> None:
    rows, weights, ceilings = graded
    key = ("public-reply", "no-hostility")
    heavier = {**weights, key: weights[key] * 3}
    moved = [r for r in rows if fit.aggregate(r, heavier, ceilings) != r.score]
    assert moved and all(key in {k for k, _v in r.parts} for r in moved)


def test_the_search_never_lowers_the_pairs_it_is_fitted_on_and_stays_on_the_grid(graded: Graded) -> None:
    everything, weights, ceilings = graded
    rows = [r for r in everything if r.set == "fresh6"]
    fitted, same = fit.fit(rows, weights, ceilings, pull=0.0, passes=1)
    assert same == ceilings
    assert fit.agreement(rows, fitted, ceilings)[0] >= fit.agreement(rows, weights, ceilings)[0]
    assert all(v == weights[k] or (v * 2).is_integer() for k, v in fitted.items())
