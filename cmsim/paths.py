"""Where cmsim finds its built-in data (scenarios, rubrics, schemas), and ``$CMSIM_HOME``."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def cmsim_home() -> Path | None:
    """``$CMSIM_HOME`` (``~`` expanded) when set: the database, config and judge cache then live there
    (tests, portable installs); None when unset or empty."""
    value = os.environ.get("CMSIM_HOME")
    return Path(value).expanduser() if value else None


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
