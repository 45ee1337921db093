"""Where the database lives.

Precedence, first match wins:

1. an explicit path or ``postgresql://`` URL (the ``--db`` flag of a command);
2. the ``CMSIM_DB`` environment variable (a path or a ``postgresql://`` URL: how a fleet of servers
   shares one database);
3. ``$CMSIM_HOME/cmsim.db`` when the ``CMSIM_HOME`` environment variable names a folder;
4. ``cmsim.db`` in the user's data directory (platformdirs ``user_data_dir("cmsim")``).
"""

from __future__ import annotations

import os
from pathlib import Path

from cmsim.paths import cmsim_home

DB_NAME = "cmsim.db"


def db_target(explicit: Path | str | None = None) -> Path | str:
    """Like ``db_path``, but a ``postgresql://`` URL (given, or in ``$CMSIM_DB``) is returned as it is."""
    from cmsim.store.dialect import is_url

    if explicit and is_url(explicit):
        return str(explicit).strip()
    if not explicit:
        env = os.environ.get("CMSIM_DB", "").strip()
        if env:
            return env if is_url(env) else Path(env).expanduser()
    return db_path(explicit)


def db_path(explicit: Path | str | None = None) -> Path:
    """The database file to use, following the precedence above (the folder is not created here)."""
    if explicit:
        return Path(explicit).expanduser()
    home = cmsim_home()
    if home is not None:
        return home / DB_NAME
    from platformdirs import user_data_dir

    return Path(user_data_dir("cmsim", appauthor=False)) / DB_NAME
