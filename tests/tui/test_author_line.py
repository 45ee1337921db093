"""An author whose handle is their name (Facebook has no @handle) is named once, in the app and the console."""

from __future__ import annotations

import io
from pathlib import Path

from cmsim.authoring.load import load_scenario
from cmsim.console.render import Printer
from cmsim.tui.widgets.feed import post_content

SCENARIOS = Path(__file__).parents[2] / "scenarios"


def test_a_facebook_author_is_named_once() -> None:
    scenario = load_scenario(SCENARIOS / "fr" / "billing-error.yaml").scenario
    first = scenario.thread[0] if scenario.thread[0].author != "brand" else scenario.thread[1]
    header = post_content(scenario, first, "fr").plain.splitlines()[0]
    assert header.count("Nadia Lefèvre") == 1, header
    out = io.StringIO()
    Printer(out, scenario, "fr").messages([first])
    assert out.getvalue().count("Nadia Lefèvre") == 1, out.getvalue()


def test_an_x_author_keeps_name_and_handle() -> None:
    scenario = load_scenario(SCENARIOS / "en" / "late-parcel.yaml").scenario
    first = next(m for m in scenario.thread if m.author != "brand")
    persona = scenario.persona(first.author)
    assert persona is not None
    header = post_content(scenario, first, "en").plain.splitlines()[0]
    assert persona.name in header and persona.handle in header
