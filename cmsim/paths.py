"""Where cmsim finds its built-in data (scenarios, rubrics, schemas), and ``$CMSIM_HOME``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def cmsim_home() -> Path | None:
    """``$CMSIM_HOME`` (``~`` expanded) when set: the database, config and judge cache then live there
    (tests, portable installs); None when unset or empty."""
    value = os.environ.get("CMSIM_HOME")
    return Path(value).expanduser() if value else None


def config_file() -> Path:
    """Where the user's ``config.yaml`` lives: ``$CMSIM_HOME`` when set, else the user config folder.
    ``cmsim.config`` reads all of it (``app:``, ``judge:``, ``store:``)."""
    root = cmsim_home()
    if root is not None:
        return root / "config.yaml"
    import platformdirs

    return platformdirs.user_config_path("cmsim") / "config.yaml"


def cache_dir() -> Path:
    """Where caches live (the library listing, the judge's verdicts): ``$CMSIM_HOME/cache`` when set,
    else the user's cache folder (without importing platformdirs on Linux, where it costs more than
    the whole listing)."""
    root = cmsim_home()
    if root is not None:
        return root / "cache"
    if sys.platform.startswith("linux"):
        base = os.environ.get("XDG_CACHE_HOME", "").strip()
        return Path(base or Path.home() / ".cache") / "cmsim"
    import platformdirs

    return platformdirs.user_cache_path("cmsim")


def data_root() -> Path:
    """The folder holding ``scenarios/``, ``rubrics/`` and ``schema/``: the source checkout, or the
    copy bundled inside an installed wheel."""
    checkout = _PACKAGE.parent
    if (checkout / "scenarios").is_dir() and (checkout / "rubrics").is_dir():
        return checkout
    return _PACKAGE / "_data"


def scenarios_dir() -> Path:
    """Built-in scenarios (``fr/`` and ``en/`` inside)."""
    return data_root() / "scenarios"


def rubrics_dir() -> Path:
    """Built-in rubrics and lexicons."""
    return data_root() / "rubrics"


def schema_dir() -> Path:
    """Published JSON Schemas of the YAML formats."""
    return data_root() / "schema"
