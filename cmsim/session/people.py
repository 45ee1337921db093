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


def configured_name() -> str:
    """The name the app keeps progress under (``CMSIM_NAME``, else ``app.name`` in config.yaml, as the
    terminal app reads it), else the login name: the commands and the app agree on who is practising."""
    from cmsim.session.settings import load_settings

    return load_settings().name or default_name()


def trainee(store: Store, name: str | None = None) -> Person:
    """The person practising: ``name``, else the login name (created as a trainee if new)."""
    return store.person(name or default_name(), "trainee")
