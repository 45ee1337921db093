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


def config_file() -> Path:
    """Where the user's ``config.yaml`` lives: ``$CMSIM_HOME`` when set, else the user config folder.
    Each part of cmsim reads its own section of it (``judge:``, ``store:``)."""
    root = cmsim_home()
    if root is not None:
        return root / "config.yaml"
    import platformdirs

    return platformdirs.user_config_path("cmsim") / "config.yaml"


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
