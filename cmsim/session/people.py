"""Who plays: the person practising when nobody gives a name."""

from __future__ import annotations

import getpass

from cmsim.store.db import Store
from cmsim.store.records import Person


def default_name() -> str:
    """The login name, or 'trainee' when the system does not say."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "trainee"


def trainee(store: Store, name: str | None = None) -> Person:
    """The person practising: ``name``, else the login name (created as a trainee if new)."""
    return store.person(name or default_name(), "trainee")
