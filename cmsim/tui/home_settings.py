"""The home screen's settings panel: language, theme and mode, then the library's filters (practice only), as rows
of :class:`cmsim.tui.widgets.settings.SettingsPanel` built from the app's state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cmsim.model.qualities import QUALITIES, label
from cmsim.tui.strings import tr
from cmsim.tui.widgets.settings import Setting
from cmsim.tui.words import PLATFORM_NAMES

if TYPE_CHECKING:
    from cmsim.tui.host import CmsimHost

PLATFORMS = ("x", "instagram", "linkedin", "facebook", "youtube", "tiktok")
DIFFICULTIES = ("easy", "medium", "hard")
LANGS = ("fr", "en")
THEME_NAMES = ("dark", "light")
MODES = ("practice", "assessment")


def home_settings(app: CmsimHost, assessing: bool) -> list[Setting]:
    """Language, theme and mode, then the library's filters (practice only: not when ``assessing``)."""
    lang = app.language
    f = app.filters

    def setting(key: str, label_key: str, choices: list[tuple[str, str | None]], value: str | None) -> Setting:
        index = [v for _t, v in choices].index(value)
        return Setting(key, tr(lang, label_key), choices, index)

    settings = [
        setting("lang", "home.language", [(tr(lang, f"lang.{c}"), c) for c in LANGS], lang),
        setting("theme", "home.theme", [(tr(lang, f"theme.{t}"), t) for t in THEME_NAMES], app.theme_name),
    ]
    if not app.assessment_locked:  # once an assessment is open, the mode is no longer a choice
        settings.append(setting("mode", "home.mode", [(tr(lang, f"mode.{m}"), m) for m in MODES], app.mode))
    if assessing:
        return settings
    qualities = [(tr(lang, "home.all_qualities"), None), *((label(q, lang), q.value) for q in QUALITIES)]
    platforms = [(tr(lang, "home.all_platforms"), None), *((PLATFORM_NAMES[p], p) for p in PLATFORMS)]
    levels = [(tr(lang, "home.all_difficulties"), None), *((tr(lang, f"difficulty.{d}"), d) for d in DIFFICULTIES)]
    filters = [
        setting("quality", "home.quality", qualities, f.quality),
        setting("platform", "home.platform", platforms, f.platform),
        setting("difficulty", "home.difficulty", levels, f.difficulty),
    ]
    filters[0].section = tr(lang, "home.filters")
    return settings + filters
