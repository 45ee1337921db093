"""Where the database lives.

Precedence, first match wins:

1. an explicit path or ``postgresql://`` URL (the ``--db`` flag of a command);
2. the ``CMSIM_DB`` environment variable (a path or a ``postgresql://`` URL: how a fleet of servers
   shares one database), else ``store: {db: …}`` in the config file (``cmsim.paths.config_file``);
3. ``$CMSIM_HOME/cmsim.db`` when the ``CMSIM_HOME`` environment variable names a folder;
4. ``cmsim.db`` in the user's data directory (platformdirs ``user_data_dir("cmsim")``).
"""

from __future__ import annotations

import os
from pathlib import Path

from cmsim.paths import cmsim_home, config_file

DB_NAME = "cmsim.db"


def db_target(explicit: Path | str | None = None) -> Path | str:
    """Like ``db_path``, but a ``postgresql://`` URL (given, in ``$CMSIM_DB`` or in the config file's
    ``store.db``) is returned as it is."""
    from cmsim.store.dialect import is_url

    if explicit and is_url(explicit):
        return str(explicit).strip()
    if not explicit:
        chosen = os.environ.get("CMSIM_DB", "").strip() or configured_db()
        if chosen:
            return chosen if is_url(chosen) else Path(chosen).expanduser()
    return db_path(explicit)


def configured_db() -> str | None:
    """The config file's ``store: {db: …}`` (a path or a ``postgresql://`` URL), None when not set."""
    path = config_file()
    if not path.is_file():
        return None
    import yaml

    from cmsim.store.records import StoreError

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise StoreError(f"{path}: cannot read the config file ({type(exc).__name__})") from None
    store = data.get("store") if isinstance(data, dict) else None
    if store is None:
        return None
    value = store.get("db") if isinstance(store, dict) else None
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise StoreError(f"{path}: store.db must be a database file or a postgresql:// URL")
    return value.strip()


def db_path(explicit: Path | str | None = None) -> Path:
    """The database file to use, following the precedence above (the folder is not created here)."""
    if explicit:
        return Path(explicit).expanduser()
    home = cmsim_home()
    if home is not None:
        return home / DB_NAME
    from platformdirs import user_data_dir

    return Path(user_data_dir("cmsim", appauthor=False)) / DB_NAME
