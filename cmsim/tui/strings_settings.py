"""Strings of the home screen's theme row and of the name question, in French and English. Merged into
``cmsim.tui.strings.STRINGS``; the same translation and typography test covers them."""

from __future__ import annotations

SETTINGS_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "home.theme": "Theme",
        "theme.dark": "Dark",
        "theme.light": "Light",
    },
    "fr": {
        "home.theme": "Thème",
        "theme.dark": "Sombre",
        "theme.light": "Clair",
    },
}
