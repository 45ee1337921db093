"""``cmsim`` with no command: the terminal app (textual is imported only here, when it runs)."""

from __future__ import annotations

import argparse
import os


def locale_lang() -> str:
    """French when the locale says so, English otherwise."""
    locale = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    return "fr" if locale.lower().startswith("fr") else "en"


def run(args: argparse.Namespace) -> int:
    """Open the app: flags over environment over ``config.yaml``'s ``app:`` section."""
    from cmsim import paths
    from cmsim.config import read_keymap
    from cmsim.session.settings import load_settings

    config = paths.config_file()
    keymap = read_keymap(args.keymap) if args.keymap else None
    flags = {"lang": args.lang, "name": args.name, "theme": args.theme, "keymap": keymap}
    settings = load_settings(flags, path=config)
    from cmsim.tui.app import CmsimApp

    CmsimApp(
        lang=settings.lang or locale_lang(),
        theme=settings.theme,
        keymap=settings.keymap or None,
        db=args.db,
        name=settings.name,
        name_from="flag" if args.name else "settings",  # CMSIM_NAME or config.yaml: the settings
        library=args.library,
        config=config,
    ).run()
    return 0
