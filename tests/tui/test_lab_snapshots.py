"""Snapshots of the instructors' screens (cohort view, calibration lab) at 80x24 and 120x36, in English
and French, on fixed data."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cmsim.model.qualities import Quality
from cmsim.session.cohort import Cohort, Distribution, ProgressPoint, ScenarioLine, WeakCriterion
from cmsim.session.gradereport import GradeReport, Promotable, RaterAgreement, ScorerAgreement
from cmsim.tui.screens.cohort import CohortApp
from cmsim.tui.screens.grades import GradeApp

Compare = Callable[..., bool]


def cohort() -> Cohort:
    c = Cohort("campaign 'october'", people=6, sessions=14, answers=31)
    c.distributions = [
        Distribution(Quality.listening, (12, 18, 35, 38, 44, 61, 82, 90)),
        Distribution(Quality.calm, (40, 65, 72, 88, 90, 95)),
        Distribution(Quality.teamwork, (0, 10, 25, 70)),
    ]
    c.weakest = [
        WeakCriterion("holding-line", Quality.teamwork, 12.0, 9, 6, ("Can someone look at this?",),
                      "Nobody answers the community meanwhile."),
        WeakCriterion("picks-up-facts", Quality.listening, 35.0, 14, 6,
                      ("We apologise for any inconvenience.",), "Name their actual problem."),
    ]
    c.progress = [ProgressPoint(1, 48.0, 6), ProgressPoint(2, 57.5, 6), ProgressPoint(3, 66.0, 2)]
    c.scenarios = [ScenarioLine("late-parcel-en", "Where is my parcel?", 8, 6, 51.0, 3, 8, Quality.teamwork)]
    return c


def report() -> GradeReport:
    r = GradeReport(["ann", "bob"], items=12, graded=12, selection="scenario 'late-parcel'")
    r.rater_agreement = [RaterAgreement("listening", 12, 0.84, 0.81), RaterAgreement("all", 36, 0.79, 0.77)]
    r.scorer_agreement = [ScorerAgreement("offline", "listening", 12, 0.83, 66, 0.8)]
    r.promotable = [Promotable("R01", "x.yaml", "first-reply", {"reply": "Hi"}, {"listening": "70-100"},
                               {"listening": 85.0}, {"listening": 90}, 2)]
    return r


@pytest.mark.parametrize(("size", "lang"), [((80, 24), "en"), ((120, 36), "fr")])
def test_cohort_screen(snap_compare: Compare, size: tuple[int, int], lang: str) -> None:
    assert snap_compare(CohortApp(cohort(), lang), terminal_size=size)


@pytest.mark.parametrize(("size", "lang"), [((80, 24), "fr"), ((120, 36), "en")])
def test_grade_screen(snap_compare: Compare, size: tuple[int, int], lang: str) -> None:
    assert snap_compare(GradeApp(report(), "lab", lambda: [], lang), terminal_size=size)
