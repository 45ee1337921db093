"""Where the database lives.

Precedence, first match wins:

1. an explicit path (the ``--db PATH`` flag of a command);
2. ``$CMSIM_HOME/cmsim.db`` when the ``CMSIM_HOME`` environment variable names a folder;
3. ``cmsim.db`` in the user's data directory (platformdirs ``user_data_dir("cmsim")``).
"""

from __future__ import annotations

import os
from pathlib import Path

DB_NAME = "cmsim.db"


def db_path(explicit: Path | str | None = None) -> Path:
    """The database file to use, following the precedence above (the folder is not created here)."""
    if explicit:
        return Path(explicit).expanduser()
    home = os.environ.get("CMSIM_HOME")
    if home:
        return Path(home).expanduser() / DB_NAME
    from platformdirs import user_data_dir

    return Path(user_data_dir("cmsim", appauthor=False)) / DB_NAME
