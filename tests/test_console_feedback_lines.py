"""The console says a sentence several criteria share once, with how many said it, in the worst band among them."""

from __future__ import annotations

import io

import pytest
from scoring_kit import late_parcel, scorer

from cmsim.console.render import Printer
from cmsim.model.result import Answer


@pytest.mark.parametrize(("lang", "short", "gated"), [
    ("en", "ok sorry", "Not shown: the reply is too short to judge this."),
    ("fr", "ok désolé", "Pas démontré : la réponse est trop courte pour en juger."),
])
def test_a_short_reply_is_told_so_once_with_a_count(lang: str, short: str, gated: str) -> None:
    scenario = late_parcel(lang).scenario
    step = scenario.steps[0]
    result = scorer().score(scenario, step, Answer.from_data(short))
    said = [c.feedback_in(lang).strip() for c in result.criteria]
    assert said.count(gated) >= 3  # the scorer lowered several criteria alike
    out = io.StringIO()
    Printer(out, scenario, lang).result(result)
    lines = [line for line in out.getvalue().splitlines() if gated in line]
    assert lines == [f"  - {gated} (×{said.count(gated)})"]
    feedback = [line for line in out.getvalue().splitlines() if line.startswith("  ") and line[2:3] in "+~-·"]
    assert len(feedback) == len(set(said))  # every distinct sentence once, none lost


def test_a_sentence_one_criterion_says_has_no_count() -> None:
    scenario = late_parcel("en").scenario
    result = scorer().score(scenario, scenario.steps[0], Answer.from_data(
        "Sam, I'm sorry your parcel is late. I've checked: it left our depot today and arrives tomorrow before noon."))
    out = io.StringIO()
    Printer(out, scenario, "en").result(result)
    assert "(×" not in out.getvalue()
