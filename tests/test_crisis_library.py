"""The crisis library: every crisis lints clean, its calibration runs land, and an expert, a panicked and an
ignoring run end with clearly different outcomes and profiles."""

from __future__ import annotations

import pytest

from cmsim.authoring.crisis import LoadedCrisis, iter_crises
from cmsim.authoring.lint import check_file
from cmsim.cli import main
from cmsim.model.qualities import Quality
from cmsim.scoring.offline import OfflineScorer
from cmsim.sim.crisis import CrisisEngine
from cmsim.sim.crisis_check import check_runs

CRISES = [c for c in iter_crises() if isinstance(c, LoadedCrisis)]
IDS = [c.scenario.id for c in CRISES]


def test_the_library_has_crises_in_both_languages() -> None:
    assert len(CRISES) == len(list(iter_crises())), "a crisis of the library does not load"
    for lang in ("fr", "en"):
        assert len([c for c in CRISES if c.scenario.lang == lang]) >= 2


@pytest.mark.parametrize("loaded", CRISES, ids=IDS)
def test_each_crisis_lints_clean(loaded: LoadedCrisis) -> None:
    assert [str(p) for p in check_file(loaded.path)] == []


@pytest.mark.parametrize("loaded", CRISES, ids=IDS)
def test_each_crisis_has_the_four_calibration_runs_and_they_land(loaded: LoadedCrisis) -> None:
    runs = loaded.scenario.runs
    assert len(runs) >= 4 and sum(r.expert for r in runs) == 1
    outcomes = check_runs(loaded, OfflineScorer())
    assert [str(o) for o in outcomes if not o.passed] == []


@pytest.mark.parametrize("loaded", CRISES, ids=IDS)
def test_expert_panicked_and_ignoring_runs_end_apart(loaded: LoadedCrisis) -> None:
    engine = CrisisEngine(loaded, OfflineScorer())
    expert, panicked, ignoring = (engine.replay(list(r.actions))[1] for r in loaded.scenario.runs[:3])
    assert [o.ending.outcome for o in (expert, panicked, ignoring)] == ["good", "mixed", "bad"]
    assert expert.average - panicked.average >= 25
    assert expert.average - ignoring.average >= 25
    # Different profiles, not just different levels: the panicked run loses its calm and its teamwork, the
    # ignoring run its listening, each against the other.
    assert panicked.scores[Quality.calm] + 15 <= ignoring.scores[Quality.calm]
    assert ignoring.scores[Quality.listening] + 15 <= panicked.scores[Quality.listening]
    assert expert.triage.coverage >= 90 > panicked.triage.coverage > ignoring.triage.coverage
    assert panicked.triage.wrong and not expert.triage.wrong


def test_cmsim_check_replays_the_crisis_runs(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(c.path) for c in CRISES]
    assert main(["check", "-v", *paths]) == 0
    out = capsys.readouterr().out
    assert "run 'expert'" in out and f"examples in {len(paths)} scenario{'' if len(paths) == 1 else 's'}" in out
