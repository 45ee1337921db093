"""The app's settings cache: a start with unchanged inputs reads neither YAML nor pydantic, and any
change of the config file, the environment, a flag or a keymap file is read and validated for real."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cmsim import config
from cmsim.paths import cache_dir
from cmsim.session import settings_cache
from tests.conftest import ROOT

# Starts ``cmsim`` with the app replaced by one that prints what it was given and whether pydantic
# (the validating reader) was loaded to get it.
START = """
import json, sys
import cmsim.tui.app

class Shown:
    def __init__(self, **given):
        self.given = given
    def after_first_frame(self, callback):
        pass
    def run(self):
        seen = {k: self.given[k] for k in ("lang", "name", "theme", "keymap")}
        print(json.dumps({**seen, "validated": "pydantic" in sys.modules}))

cmsim.tui.app.CmsimApp = Shown
from cmsim.cli import main
sys.exit(main(sys.argv[1:]))
"""


def start(*args: str, **env: str) -> dict[str, object]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("CMSIM_") or k == "CMSIM_HOME"}
    done = subprocess.run(
        [sys.executable, "-c", START, *args],
        capture_output=True,
        text=True,
        env={**environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", **env},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_the_cache_names_the_app_variables_of_the_config_reader() -> None:
    app_variables = {key: var for (section, key), var in config.ENV.items() if section == "app"}
    assert app_variables == settings_cache.ENV


def test_an_unchanged_start_needs_no_validation_and_any_change_is_validated(tmp_path: Path) -> None:
    home = Path(os.environ["CMSIM_HOME"])
    (home / "config.yaml").write_text("app:\n  theme: light\n  lang: fr\n", encoding="utf-8")
    first = start()
    assert first == {"lang": "fr", "name": None, "theme": "light", "keymap": None, "validated": True}
    assert start() == {**first, "validated": False}

    (home / "config.yaml").write_text("app:\n  theme: dark\n  lang: fr\n", encoding="utf-8")
    assert start() == {**first, "theme": "dark", "validated": True}
    assert start("--name", "Léa") == {**first, "theme": "dark", "name": "Léa", "validated": True}
    assert start("--name", "Léa")["validated"] is False
    assert start(CMSIM_LANG="en") == {**first, "theme": "dark", "lang": "en", "validated": True}

    keymap = tmp_path / "keys.yaml"
    keymap.write_text("submit: ctrl+j\n", encoding="utf-8")
    assert start("--keymap", str(keymap))["keymap"] == {"submit": "ctrl+j"}
    assert start("--keymap", str(keymap))["validated"] is False
    keymap.write_text("submit: ctrl+k\n", encoding="utf-8")
    changed = {**first, "theme": "dark", "keymap": {"submit": "ctrl+k"}, "validated": True}
    assert start("--keymap", str(keymap)) == changed
    assert start(CMSIM_KEYMAP=str(keymap))["keymap"] == {"submit": "ctrl+k"}
    keymap.write_text("submit: ctrl+l\n", encoding="utf-8")
    assert start(CMSIM_KEYMAP=str(keymap))["keymap"] == {"submit": "ctrl+l"}


def test_a_bad_value_after_a_good_one_is_still_an_error_at_its_line() -> None:
    config_file = Path(os.environ["CMSIM_HOME"]) / "config.yaml"
    config_file.write_text("app:\n  theme: light\n", encoding="utf-8")
    assert start()["theme"] == "light"
    config_file.write_text("app:\n  theme: purple\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", START],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert done.returncode == 1
    assert f"{config_file}:2:10:" in done.stderr


def test_an_entry_that_is_not_settings_is_not_trusted() -> None:
    key = settings_cache.key({"lang": None, "name": None, "theme": None, "keymap": None}, Path("/nowhere.yaml"))
    settings_cache.remember(key, settings_cache.Settings("fr", "Léa", "light", {"submit": "ctrl+j"}))
    assert settings_cache.cached(key) == settings_cache.Settings("fr", "Léa", "light", {"submit": "ctrl+j"})
    file = cache_dir() / "settings.json"
    data = json.loads(file.read_text(encoding="utf-8"))
    data["entries"][key]["theme"] = "purple"
    file.write_text(json.dumps(data), encoding="utf-8")
    assert settings_cache.cached(key) is None
    assert settings_cache.cached("another start") is None
