"""The built-in library: its coverage cannot silently shrink, it lints clean, and it calibrates."""

from __future__ import annotations

from collections import Counter

import pytest

from cmsim.authoring.lint import lint
from cmsim.authoring.load import Loaded, iter_scenarios
from cmsim.model.qualities import QUALITIES
from cmsim.scoring.calibration import calibrate
from cmsim.scoring.offline import OfflineScorer

ITEMS = list(iter_scenarios())
LIBRARY = [item for item in ITEMS if isinstance(item, Loaded)]
BY_LANG = {lang: [x.scenario for x in LIBRARY if x.scenario.lang == lang] for lang in ("fr", "en")}
IDS = [x.scenario.id for x in LIBRARY]

REQUIRED_PAIRS = {
    "late-parcel", "billing-error", "product-troll", "pile-on", "contest-launch", "x-giveaway", "safety-buzz",
    "security-leak", "charter-drill", "multi-announce", "wrong-customer", "happy-fan",
}


def test_every_built_in_scenario_loads() -> None:
    assert [str(item) for item in ITEMS if not isinstance(item, Loaded)] == []


def test_every_scenario_exists_in_french_and_english() -> None:
    pairs = {lang: {s.pair for s in scenarios} for lang, scenarios in BY_LANG.items()}
    assert pairs["fr"] == pairs["en"]
    assert pairs["fr"] >= REQUIRED_PAIRS
    for lang, scenarios in BY_LANG.items():
        assert all(s.id == f"{s.pair}-{lang}" for s in scenarios)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_coverage_per_language(lang: str) -> None:
    scenarios = BY_LANG[lang]
    assert len(scenarios) >= 12
    per_quality = Counter(q for s in scenarios for q in s.qualities())
    assert {q: per_quality[q] for q in QUALITIES} == {q: max(per_quality[q], 4) for q in QUALITIES}
    platforms = {p for s in scenarios for p in s.platforms}
    assert platforms >= {"x", "instagram", "linkedin", "facebook", "youtube", "tiktok"}
    assert {s.difficulty for s in scenarios} == {"easy", "medium", "hard"}
    timed = [s for s in scenarios if any(step.time_limit for step in s.steps)]
    assert len(timed) >= len(scenarios) // 2, "pressure situations carry time limits"


@pytest.mark.parametrize("loaded", LIBRARY, ids=IDS)
def test_each_scenario_is_complete(loaded: Loaded) -> None:
    s = loaded.scenario
    assert len({e.outcome for e in s.endings}) >= 2, "at least two genuinely different outcomes"
    assert len(s.calibration) >= 6
    reply_steps = [step for step in s.steps if step.kind == "reply"]
    assert all(step.model_answer for step in reply_steps), "a model answer per reply step"
    assert all(step.hints for step in reply_steps), "hints on every reply step"


@pytest.mark.parametrize("loaded", LIBRARY, ids=IDS)
def test_each_scenario_lints_clean(loaded: Loaded) -> None:
    assert [str(p) for p in lint(loaded)] == []


@pytest.mark.parametrize("loaded", LIBRARY, ids=IDS)
def test_each_scenario_calibrates(loaded: Loaded) -> None:
    outcomes = calibrate(loaded, OfflineScorer())
    assert [str(o) for o in outcomes if not o.passed] == []
