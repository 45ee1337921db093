"""The debrief of a hostile reply in the built-in troll scenario: courtesy, which found nothing to credit, shows as
neutral with what is true (the hostile words cost the person's respect), never as "Good … the person feels
respected"; the real offline scorer, in English and in French. And how a neutral criterion looks (snapshots at 80x24
and 120x36, en and fr), with a fixed scorer so that the picture does not move when the real scorer is tuned."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.widgets import Static

from cmsim.model.base import LocalText
from cmsim.model.qualities import Quality
from cmsim.model.result import Answer, CriterionResult, StepResult
from cmsim.model.scenario import Scenario, Step
from cmsim.paths import scenarios_dir
from cmsim.scoring.offline import OfflineScorer
from cmsim.tui.app import CmsimApp
from cmsim.tui.screens.feedback import FeedbackScreen
from tests.tui.fakes import KeywordScorer
from tests.tui.helpers import frozen_clock, settle, shown
from tests.tui.test_snapshots import FIXTURES, GOOD, steps

HOSTILE = {
    "en": "Another clown meme from you, Vortex? Megan: 8 hours of battery, 2 of charging.",
    "fr": "Encore un mème de clown, LeVraiJuge ? Tu es pathétique. Lucas : 40 km d'autonomie en mode Éco.",
}
PRAISE = ("the person feels respected", "la personne se sent respectée")


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_courtesy_on_a_hostile_reply_is_neutral_and_names_the_cost(lang: str, size: tuple[int, int]) -> None:
    app = CmsimApp(scorer=OfflineScorer(), library=[scenarios_dir() / lang / "product-troll.yaml"], lang=lang,
                   typing_delay=0, clock=frozen_clock, name="Alex")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        focused = app.focused
        assert focused is not None and hasattr(focused, "insert")
        focused.insert(HOSTILE[lang])
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, FeedbackScreen)
        texts = [shown(s) for s in app.screen.query(".criterion").results(Static)]
        title = "Courtesy" if lang == "en" else "Courtoisie"
        courtesy = next(t for t in texts if f"· {title} " in t)
        assert courtesy.startswith("◌ " + ("Neutral" if lang == "en" else "Neutre"))
        assert not any(p in courtesy for p in PRAISE)
        assert "respect" in courtesy  # "…the hostile words in the reply cost the person's respect"
        assert not any(p in t for t in texts for p in PRAISE)


NEUTRAL = LocalText(fr="Neutre : aucune marque de politesse à créditer, et rien de sec non plus.",
                    en="Neutral: no courtesy to credit, and nothing curt either.")


@pytest.fixture(autouse=True)
def _fixed_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.setenv(name, "C.UTF-8")


class NeutralCourtesy(KeywordScorer):
    """``KeywordScorer``'s results with a neutral courtesy criterion first (its default, earned by nothing)."""

    def score(self, scenario: Scenario, step: Step, answer: Answer) -> StepResult:
        result = super().score(scenario, step, answer)
        if step.kind == "choice":
            return result
        courtesy = CriterionResult(id="courtesy", quality=Quality.calm, score=70, weight=1.0,
                                   feedback=NEUTRAL.get(scenario.lang), feedback_texts=NEUTRAL, neutral=True)
        return result.model_copy(update={"criteria": [courtesy, *result.criteria]})


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_neutral_criterion_in_the_debrief(snap_compare: Callable[..., bool], lang: str,
                                            size: tuple[int, int]) -> None:
    app = CmsimApp(scorer=NeutralCourtesy(), library=[FIXTURES / f"late-parcel-{lang}.yaml"], lang=lang,
                   typing_delay=0, clock=frozen_clock, name="Alex")
    assert snap_compare(app, terminal_size=size, run_before=steps("enter", ("type", GOOD), "ctrl+s"))
