"""The core (everything but the TUI) must never load textual or openai: checked in a fresh interpreter."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import cmsim

CHECK = """
import importlib, sys
for name in {modules!r}:
    importlib.import_module(name)
bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'openai'))
print(','.join(bad))
"""


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(cmsim.__path__, "cmsim."):
        if info.name.startswith(("cmsim.tui", "cmsim.scoring.judge")) or info.name in (
            "cmsim.__main__",
            "cmsim.commands.app",
        ):
            continue
        names.append(info.name)
    return names


def test_core_never_imports_textual_or_openai() -> None:
    modules = core_modules()
    assert "cmsim.sim.runner" in modules and "cmsim.cli" in modules
    out = subprocess.run(
        [sys.executable, "-c", CHECK.format(modules=modules)], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "", f"core modules loaded: {out.stdout.strip()}"


def test_cli_help_is_light() -> None:
    code = (
        "import sys\nfrom cmsim.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('textual', 'openai', 'rich')]\n"
        "print(','.join(sorted(heavy)), file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "usage: cmsim" in out.stdout
    assert out.stderr.strip() == ""


STORE_CHECK = """
import importlib, pkgutil, sys
import cmsim.store
names = [i.name for i in pkgutil.walk_packages(cmsim.store.__path__, "cmsim.store.")]
for name in names:
    importlib.import_module(name)
above = ("cmsim.sim", "cmsim.scoring", "cmsim.authoring", "cmsim.session")
bad = sorted(m for m in sys.modules if m.startswith(above))
print(len(names), ','.join(bad))
"""


def test_store_is_sql_only() -> None:
    """cmsim.store holds SQL only: loading all of it never loads the runner, the scorer, scenario files
    (authoring) or the session layer above it."""
    out = subprocess.run([sys.executable, "-c", STORE_CHECK], capture_output=True, text=True, check=True)
    count, _, bad = out.stdout.strip().partition(" ")
    assert int(count) >= 4, out.stdout
    assert bad == "", f"cmsim.store loaded: {bad}"
