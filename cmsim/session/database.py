"""Which database a command, the app or the server opens: ``--db``, else ``$CMSIM_DB``, else ``store: {db: …}``
in the config file, else the store's own default (``$CMSIM_HOME/cmsim.db`` or the user data folder).

The config file is read here, above the store: the store itself only knows paths, URLs and the environment
(``cmsim.store.location``)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from cmsim.authoring.problems import LocatedError
from cmsim.config import store_settings
from cmsim.store.db import Store
from cmsim.store.location import db_target as store_default
from cmsim.store.records import StoreError


def configured_db(explicit: Path | str | None = None) -> str | None:
    """``explicit`` (``--db``), else ``$CMSIM_DB``, else the config file's ``store: {db: …}``; None when none
    is set. A bad config file is a ``StoreError`` naming file:line:col."""
    try:
        return store_settings({"db": str(explicit).strip() if explicit else None}).db
    except LocatedError as exc:
        raise StoreError(str(exc)) from None


def db_target(explicit: Path | str | None = None) -> Path | str:
    """The database to use: a ``postgresql://`` URL as it is, a file as a path (not created here)."""
    return store_default(configured_db(explicit))


def open_store(explicit: Path | str | None = None, *, now: Callable[[], float] = time.time) -> Store:
    """Open the database chosen as above (see ``Store.open``)."""
    return Store.open(configured_db(explicit), now=now)
