"""The briefing states the time limits as they are: one limit with untimed steps beside it reads "300 s on
timed steps", never "from 300 to 300 s"."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from cmsim.tui.screens.briefing import limits_text


def item(*limits: int | None) -> Any:
    return SimpleNamespace(scenario=SimpleNamespace(steps=[SimpleNamespace(time_limit=x) for x in limits]))


CAMPAIGN: Any = SimpleNamespace(limit_for=lambda step_limit: step_limit)


def test_one_limit_and_untimed_steps() -> None:
    for lang in ("en", "fr"):
        text = limits_text(CAMPAIGN, [item(300, None, 300)], lang)
        assert "300" in text and text.count("300") == 1, text
    assert "chronométrée" in limits_text(CAMPAIGN, [item(300, None)], "fr")


def test_each_range_and_none() -> None:
    assert limits_text(CAMPAIGN, [item(300, 300)], "en") == "Time limit: 300 s per step."
    assert "120 to 300" in limits_text(CAMPAIGN, [item(120, None, 300)], "en")
    assert limits_text(CAMPAIGN, [item(None)], "en") == "No time limit per step."
