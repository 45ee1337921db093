"""``cmsim`` with no command: the terminal app (textual is imported only here, when it runs)."""

from __future__ import annotations

import argparse
import os

from cmsim.authoring.problems import AuthoringError, ConfigError
from cmsim.authoring.yamlsource import read_yaml


def read_keymap(path: str) -> dict[str, str]:
    """Binding id → keys, from a YAML mapping; problems are located at file:line:col."""
    try:
        doc = read_yaml(path)
    except AuthoringError as exc:
        raise ConfigError(exc.problems) from None
    if not isinstance(doc.data, dict):
        raise ConfigError([doc.problem((), "a keymap maps binding ids to keys, e.g. 'submit: ctrl+j'", "keymap")])
    bad = [k for k, v in doc.data.items() if not isinstance(v, str)]
    if bad:
        raise ConfigError([doc.problem((k,), f"keys for '{k}' must be text, e.g. 'ctrl+j'", "keymap") for k in bad])
    return dict(doc.data)


def locale_lang() -> str:
    """French when the locale says so, English otherwise."""
    locale = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    return "fr" if locale.lower().startswith("fr") else "en"


def run(args: argparse.Namespace) -> int:
    """Open the app: flags over environment over ``config.yaml``'s ``app:`` section."""
    from cmsim import paths
    from cmsim.session.settings import load_settings

    config = paths.config_file()
    settings = load_settings({"lang": args.lang, "name": args.name, "theme": args.theme}, path=config)
    keymap = read_keymap(args.keymap) if args.keymap else settings.keymap
    from cmsim.tui.app import CmsimApp

    CmsimApp(
        lang=settings.lang or locale_lang(),
        theme=settings.theme,
        keymap=keymap or None,
        db=args.db,
        name=settings.name,
        name_from="flag" if args.name else "settings",  # CMSIM_NAME or config.yaml: the settings
        library=args.library,
        config=config,
    ).run()
    return 0
