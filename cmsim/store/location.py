"""Where the database lives.

Precedence, first match wins:

1. an explicit path or ``postgresql://`` URL (the ``--db`` flag of a command);
2. the ``CMSIM_DB`` environment variable (a path or a ``postgresql://`` URL: how a fleet of servers
   shares one database), else ``store: {db: …}`` in the config file (read above the store, by
   ``cmsim.session.database``, which passes it here as the explicit choice);
3. ``$CMSIM_HOME/cmsim.db`` when the ``CMSIM_HOME`` environment variable names a folder;
4. ``cmsim.db`` in the user's data directory (platformdirs ``user_data_dir("cmsim")``).
"""

from __future__ import annotations

import os
from pathlib import Path

from cmsim.paths import cmsim_home

DB_NAME = "cmsim.db"


def db_target(explicit: Path | str | None = None) -> Path | str:
    """The database to use: ``explicit``, else ``$CMSIM_DB``, else the default file; a ``postgresql://``
    URL as it is, a file as a path (the folder is not created here). The config file's ``store.db`` is
    chosen above the store (``cmsim.session.database``), which passes it as ``explicit``."""
    from cmsim.store.dialect import is_url

    chosen = str(explicit).strip() if explicit else os.environ.get("CMSIM_DB", "").strip()
    if not chosen:
        return db_path(None)
    return chosen if is_url(chosen) else Path(chosen).expanduser()


def db_path(explicit: Path | str | None = None) -> Path:
    """The database file to use, following the precedence above (the folder is not created here)."""
    if explicit:
        return Path(explicit).expanduser()
    home = cmsim_home()
    if home is not None:
        return home / DB_NAME
    from platformdirs import user_data_dir

    return Path(user_data_dir("cmsim", appauthor=False)) / DB_NAME
