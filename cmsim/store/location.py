"""Where the database lives.

Precedence, first match wins:

1. an explicit path or ``postgresql://`` URL (the ``--db`` flag of a command);
2. the ``CMSIM_DB`` environment variable (a path or a ``postgresql://`` URL: how a fleet of servers
   shares one database), else ``store: {db: …}`` in the config file (read by ``cmsim.config``);
3. ``$CMSIM_HOME/cmsim.db`` when the ``CMSIM_HOME`` environment variable names a folder;
4. ``cmsim.db`` in the user's data directory (platformdirs ``user_data_dir("cmsim")``).
"""

from __future__ import annotations

from pathlib import Path

from cmsim.paths import cmsim_home

DB_NAME = "cmsim.db"


def db_target(explicit: Path | str | None = None) -> Path | str:
    """The database to use, following the precedence above: a ``postgresql://`` URL as it is, a file
    as a path (the folder is not created here)."""
    from cmsim.store.dialect import is_url

    chosen = configured_db(explicit)
    if chosen is None:
        return db_path(None)
    return chosen if is_url(chosen) else Path(chosen).expanduser()


def configured_db(explicit: Path | str | None = None) -> str | None:
    """``explicit`` (``--db``), else ``$CMSIM_DB``, else the config file's ``store: {db: …}`` (a path or
    a ``postgresql://`` URL); None when none is set. The config file is read by ``cmsim.config``, its
    problems raised as a ``StoreError`` naming file:line:col."""
    from cmsim.authoring.problems import LocatedError
    from cmsim.config import store_settings
    from cmsim.store.records import StoreError

    try:
        return store_settings({"db": str(explicit).strip() if explicit else None}).db
    except LocatedError as exc:
        raise StoreError(str(exc)) from None


def db_path(explicit: Path | str | None = None) -> Path:
    """The database file to use, following the precedence above (the folder is not created here)."""
    if explicit:
        return Path(explicit).expanduser()
    home = cmsim_home()
    if home is not None:
        return home / DB_NAME
    from platformdirs import user_data_dir

    return Path(user_data_dir("cmsim", appauthor=False)) / DB_NAME
