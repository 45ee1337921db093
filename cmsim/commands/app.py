"""``cmsim`` with no command: the terminal app (textual is imported only here, when it runs)."""

from __future__ import annotations

import argparse
import gc
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cmsim.session.settings_cache import Settings


def locale_lang() -> str:
    """French when the locale says so, English otherwise."""
    locale = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    return "fr" if locale.lower().startswith("fr") else "en"


def run(args: argparse.Namespace) -> int:
    """Open the app: flags over environment over ``config.yaml``'s ``app:`` section. The garbage
    collector waits for the first frame (see ``collect_from_now_on``)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(args, collecting)
    finally:
        if collecting:
            gc.enable()  # the app ended (or failed) before its first frame


def collect_from_now_on() -> None:
    """Once the first frame is on screen: freeze what exists, then collect as usual.

    A start allocates about 100,000 objects that live as long as the app (modules, classes, styles,
    widgets, the library). With the collector on while they are made, the young generations are
    traversed over and over and a full collection lands in the middle of the first frame: about 60 ms
    of CPU of a 390 ms start (measured on a pseudo-terminal). Frozen, they are never traversed again;
    the price is the few hundred KiB of cycles the start left behind, kept once."""
    gc.freeze()
    gc.enable()


def _run(args: argparse.Namespace, collecting: bool) -> int:
    from cmsim import paths

    config = paths.config_file()
    settings = _settings(args, config)
    from cmsim.tui.app import CmsimApp

    app = CmsimApp(
        lang=settings.lang or locale_lang(),
        theme=settings.theme,
        keymap=settings.keymap or None,
        db=args.db,
        name=settings.name,
        name_from="flag" if args.name else "settings",  # CMSIM_NAME or config.yaml: the settings
        library=args.library,
        config=config,
    )
    if collecting:
        app.after_first_frame(collect_from_now_on)
    app.run()
    return 0


def _settings(args: argparse.Namespace, config: Path) -> Settings:
    """Flags over environment over ``config.yaml``, validated: from the settings cache when nothing they
    are made from changed since they were last validated, else read for real (and cached)."""
    from cmsim.session import settings_cache

    given = {"lang": args.lang, "name": args.name, "theme": args.theme, "keymap": args.keymap}
    start = settings_cache.key(given, config)
    known = settings_cache.cached(start)
    if known is not None:
        return known
    from cmsim.config import read_keymap
    from cmsim.session.settings import load_settings

    keymap = read_keymap(args.keymap) if args.keymap else None
    read = load_settings({**given, "keymap": keymap}, path=config)
    settings = settings_cache.Settings(read.lang, read.name, read.theme, dict(read.keymap))
    settings_cache.remember(start, settings)
    return settings
