"""``cmsim`` with no command: the terminal app (textual is imported only here, when it runs)."""

from __future__ import annotations

import argparse
import os


def run(args: argparse.Namespace) -> int:
    """Open the app in the user's language (French when the locale says so, English otherwise)."""
    from cmsim.tui.app import CmsimApp

    locale = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    CmsimApp(lang="fr" if locale.lower().startswith("fr") else "en").run()
    return 0
