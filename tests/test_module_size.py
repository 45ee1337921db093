"""No module of the package grows past 400 lines (the house rule: a module that long is two subjects)."""

from __future__ import annotations

from pathlib import Path

import cmsim

LIMIT = 400


def test_no_module_is_over_400_lines() -> None:
    root = Path(cmsim.__file__).resolve().parent
    sizes = {path.relative_to(root).as_posix(): len(path.read_text("utf-8").splitlines())
             for path in root.rglob("*.py")}
    assert len(sizes) > 100
    assert {name: n for name, n in sizes.items() if n > LIMIT} == {}
