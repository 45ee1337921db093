"""The debrief of a hostile reply in the built-in troll scenario: courtesy, which found nothing to credit, shows as
neutral with what is true (the hostile words cost the person's respect), never as "Good … the person feels
respected"; the real offline scorer, in English and in French."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from cmsim.paths import scenarios_dir
from cmsim.scoring.offline import OfflineScorer
from cmsim.tui.app import CmsimApp
from cmsim.tui.screens.feedback import FeedbackScreen
from tests.tui.helpers import frozen_clock, settle, shown

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
