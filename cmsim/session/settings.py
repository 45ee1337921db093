"""The app's own settings in ``config.yaml`` (its ``app:`` section), with flags > environment > file.

The file is read by ``cmsim.config`` (the one reader of every section, documented in docs/config.md);
this module is the app's view of it and rewrites only ``app:``, in place::

    app:
      lang: fr            # fr | en (default: from the locale)
      name: Camille       # whose progress the app keeps
      theme: light        # dark (default) | light
      keymap:             # binding id -> keys, as with --keymap FILE
        submit: ctrl+j

Environment: ``CMSIM_LANG``, ``CMSIM_NAME``, ``CMSIM_THEME``, ``CMSIM_KEYMAP`` (a keymap file). A bad
value is a ``ConfigError`` located at file:line:col.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from cmsim import config
from cmsim.config import AppSettings, Lang, Theme

__all__ = ["ENV", "AppSettings", "Lang", "Theme", "file_settings", "load_settings", "save_setting"]

ENV = {key: var for (section, key), var in config.ENV.items() if section == "app"}


def file_settings(path: Path | None = None) -> AppSettings:
    """The ``app:`` section of the config file (defaults when the file or the section is missing)."""
    return config.read_config(path).app


def load_settings(
    flags: Mapping[str, object | None] | None = None,
    *,
    env: Mapping[str, str] | None = None,
    path: Path | None = None,
) -> AppSettings:
    """Flags (those not None) over ``CMSIM_LANG``/``CMSIM_NAME``/``CMSIM_THEME``/``CMSIM_KEYMAP`` over
    the file."""
    return config.app_settings(flags, env=env, path=path)


def save_setting(key: str, value: object, path: Path | None = None) -> Path:
    """Set ``app.<key>`` in the config file, keeping every other section and the user's comments,
    atomically. Raise ``ConfigError`` rather than overwrite a file it cannot read."""
    from cmsim.config_write import save

    return save("app", key, value, path)
