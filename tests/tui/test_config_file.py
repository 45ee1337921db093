"""One config file: the settings panel writes config.yaml back (keeping the other sections), a new app
starts with it, flags beat the environment which beats the file, and a bad value is one located line."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from cmsim.authoring.problems import ConfigError
from cmsim.commands import app as app_command
from cmsim.session.settings import file_settings, load_settings, save_setting
from cmsim.tui.app import THEMES, CmsimApp
from cmsim.tui.widgets.settings import SettingsPanel
from tests.tui.helpers import frozen_clock, settle

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[2]


async def test_the_panel_and_the_theme_key_write_the_file_and_a_new_app_starts_with_them(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("judge:\n  mode: hybrid\nstore:\n  db: /tmp/x.db\n", encoding="utf-8")
    app = CmsimApp(library=[FIXTURES], lang="en", typing_delay=0, clock=frozen_clock, config=config, name="Alex")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        app.screen.query_one(SettingsPanel).set_value("lang", "fr")
        await settle(app, pilot)
        assert app.language == "fr"
        await pilot.press("ctrl+t")
        await settle(app, pilot)
    written = yaml.safe_load(config.read_text(encoding="utf-8"))
    kept = {"judge": {"mode": "hybrid"}, "store": {"db": "/tmp/x.db"}}
    assert written == {**kept, "app": {"lang": "fr", "theme": "light"}}
    assert not [p for p in tmp_path.iterdir() if p.name != "config.yaml"]  # no temporary file left behind

    captured: dict[str, object] = {}
    monkey = pytest.MonkeyPatch()
    monkey.setenv("CMSIM_HOME", str(tmp_path))
    for var in ("CMSIM_LANG", "CMSIM_THEME", "CMSIM_NAME"):
        monkey.delenv(var, raising=False)
    monkey.setattr(CmsimApp, "run", lambda self: captured.update(lang=self.language, theme=self.theme))
    try:
        args = argparse.Namespace(lang=None, name=None, theme=None, keymap=None, db=None, library=[])
        assert app_command.run(args) == 0
    finally:
        monkey.undo()
    assert captured == {"lang": "fr", "theme": THEMES["light"]}


async def test_the_theme_is_a_row_of_the_settings_panel_kept_in_step_with_its_key(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    app = CmsimApp(library=[FIXTURES], lang="fr", typing_delay=0, clock=frozen_clock, config=config, name="Alex")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        panel = app.screen.query_one(SettingsPanel)
        assert panel.value("theme") == "dark" and "Thème" in str(panel.render())
        panel.focus()
        await pilot.press("down", "right")  # language, then theme: dark → light
        await settle(app, pilot)
        assert app.theme == THEMES["light"]
        assert file_settings(config).theme == "light"
        assert "‹ Clair ›" in str(panel.render())
        await pilot.press("ctrl+t")  # the key and the row say the same thing
        await settle(app, pilot)
        assert app.theme == THEMES["dark"] and panel.value("theme") == "dark"
        assert file_settings(config).theme == "dark"
        await pilot.press("f2")  # rebuilt in English, the row keeps the theme
        await settle(app, pilot)
        assert app.screen.query_one(SettingsPanel).value("theme") == "dark"


def test_flags_beat_the_environment_which_beats_the_file(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    text = "app:\n  lang: fr\n  theme: light\n  name: Camille\n  keymap: {submit: ctrl+j}\n"
    config.write_text(text, encoding="utf-8")
    assert file_settings(config).keymap == {"submit": "ctrl+j"}
    assert load_settings({}, env={}, path=config).lang == "fr"
    from_env = load_settings({}, env={"CMSIM_LANG": "en", "CMSIM_NAME": "Sam"}, path=config)
    assert (from_env.lang, from_env.name, from_env.theme) == ("en", "Sam", "light")
    flagged = load_settings({"lang": "fr", "theme": "dark", "name": None}, env={"CMSIM_LANG": "en"}, path=config)
    assert (flagged.lang, flagged.theme, flagged.name) == ("fr", "dark", "Camille")


def test_a_bad_value_is_located_and_saving_keeps_other_sections(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("judge:\n  model: m\napp:\n  theme: neon\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        file_settings(config)
    assert f"{config}:4:" in str(caught.value.problems[0])
    with pytest.raises(ConfigError) as from_env:
        load_settings({}, env={"CMSIM_THEME": "neon"}, path=tmp_path / "none.yaml")
    assert str(from_env.value.problems[0]).startswith("$CMSIM_THEME:1:1: error: CMSIM_THEME='neon': ")
    save_setting("theme", "light", config)
    assert yaml.safe_load(config.read_text(encoding="utf-8")) == {"judge": {"model": "m"}, "app": {"theme": "light"}}


def test_the_cli_reports_a_bad_setting_in_one_line_without_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text("app:\n  lang: de\n", encoding="utf-8")
    env = {**os.environ, "CMSIM_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    env.pop("CMSIM_LANG", None)
    done = subprocess.run([sys.executable, "-m", "cmsim"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and f"{tmp_path / 'config.yaml'}:2:" in lines[0] and "lang" in lines[0], done.stderr
