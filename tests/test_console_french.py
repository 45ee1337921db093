"""The line console in French says everything in French, with French typography: charter rows with
« » and a no-break space before the colon, "Réponse" and the network's name on the field prompt, "MP"
for a private message, the ending's outcome in words, and long options wrapped at a word."""

from __future__ import annotations

import io
from pathlib import Path

from cmsim.authoring.load import load_scenario
from cmsim.console.render import Printer

SCENARIOS = Path(__file__).parents[1] / "scenarios"


def printed(lang: str, draw: str) -> str:
    loaded = load_scenario(SCENARIOS / lang / "late-parcel.yaml")
    scenario = loaded.scenario
    out = io.StringIO()
    printer = Printer(out, scenario, lang)
    first, choice = scenario.steps[0], next(s for s in scenario.steps if s.kind == "choice")
    if draw == "charter":
        printer.charter(scenario.brand)
    elif draw == "field":
        printer.field(scenario.fields_of(first)[0], 280)
    elif draw == "messages":
        printer.messages([m for step in scenario.steps for m in step.messages] or scenario.thread)
    elif draw == "options":
        printer.options(choice)
    elif draw == "ending":
        printer.ending(next(e for e in scenario.endings if e.outcome == "good"))
    return out.getvalue()


def test_the_charter_follows_french_typography() -> None:
    out = printed("fr", "charter")
    assert "Adresse\u00a0: tutoiement" in out and "«\u00a0gêne occasionnée\u00a0»" in out
    assert "“" not in out and not any(line.rstrip().endswith("s:") for line in out.splitlines())
    assert "“gêne" not in printed("en", "charter") and "“" in printed("en", "charter")


def test_the_field_prompt_and_channels_are_in_french() -> None:
    field = printed("fr", "field")
    assert "[Réponse] X (Twitter) · 280" in field and "Reply" not in field
    assert "[Reply] X (Twitter) · up to 280" in printed("en", "field")
    messages = printed("fr", "messages")
    assert " · MP" in messages and " · DM" not in messages


def test_long_options_wrap_at_a_word_and_the_outcome_is_translated() -> None:
    options = printed("fr", "options")
    assert all(len(line) <= 100 for line in options.splitlines())
    assert "logis\n" not in options
    ending = printed("fr", "ending")
    assert "(bonne fin)" in ending and "(good)" not in ending
