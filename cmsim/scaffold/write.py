"""Writing a scaffold: only if it loads as a scenario, and never over an existing file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from cmsim.authoring.load import load_scenario
from cmsim.authoring.problems import AuthoringError


def load_problems(text: str, path: Path) -> str | None:
    """Load ``text`` as the scenario file ``path`` would be loaded; the problems, or None."""
    fd, tmp = tempfile.mkstemp(suffix=".yaml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        load_scenario(tmp)
    except AuthoringError as exc:
        return "\n".join(str(p) for p in exc.problems).replace(tmp, str(path))
    finally:
        os.unlink(tmp)
    return None


def write_new(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` (creating its folder); False, writing nothing, if the file exists."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        return False
    return True
