"""Whose progress this is: with no name given (no --name, no CMSIM_NAME, none in config.yaml) the home
screen asks once in a small box instead of using the login; the name typed is saved to the config file,
used by the next session and by the next start. Escape changes nothing and loses nothing, and a new
session asks again rather than fall back on the login."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

import pytest
import yaml
from textual.widgets import Input, OptionList

from cmsim.authoring.load import load_scenario
from cmsim.commands import app as app_command
from cmsim.session.playthrough import Playthrough
from cmsim.session.settings import file_settings, load_settings
from cmsim.store.db import Store
from cmsim.tui.app import CmsimApp
from cmsim.tui.screens.home import HomeScreen
from cmsim.tui.screens.name import NameScreen
from cmsim.tui.screens.play import PlayScreen
from cmsim.tui.widgets.settings import SettingsPanel
from tests.tui.fakes import KeywordScorer
from tests.tui.helpers import frozen_clock, settle, shown

FIXTURES = Path(__file__).parent / "fixtures"


def nameless_app(config: Path, db: Path, lang: str = "en") -> CmsimApp:
    return CmsimApp(scorer=KeywordScorer(), library=[FIXTURES], lang=lang, typing_delay=0, clock=frozen_clock,
                    config=config, db=db)


async def test_the_name_typed_is_saved_and_used_by_the_next_session_and_the_next_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config, db = tmp_path / "config.yaml", tmp_path / "s.db"
    config.write_text("judge:\n  mode: hybrid\n", encoding="utf-8")
    app = nameless_app(config, db, lang="fr")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        box = app.screen
        assert isinstance(box, NameScreen) and box.query_one(Input).has_focus
        assert "Qui s'entraîne\u202f?" in shown(box.query_one(".title"))
        await pilot.press("space", "enter")  # spaces alone are no name: still asking, nothing written
        await settle(app, pilot)
        assert app.screen is box and app.trainee_name is None and file_settings(config).name is None
        await pilot.press(*"Camille ", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        assert (app.trainee_name, app.name_from) == ("Camille", "typed")
        assert yaml.safe_load(config.read_text(encoding="utf-8")) == {"judge": {"mode": "hybrid"},
                                                                        "app": {"name": "Camille"}}
        await pilot.press("enter")  # the next session: no second question, it is Camille's
        await settle(app, pilot)
        assert isinstance(app.screen, PlayScreen)
    with Store.open(db) as store:
        camille = store.find_person("Camille")
        assert camille is not None and len(store.sessions(camille)) == 1
        login = store.find_person(getpass.getuser())
        assert login is None or not store.sessions(login)
    assert load_settings(env={}, path=config).name == "Camille"  # flags > environment > this file
    assert load_settings({"name": "Sam"}, env={"CMSIM_NAME": "Noa"}, path=config).name == "Sam"

    started: dict[str, object] = {}  # the next start, as 'cmsim' runs it, knows the name
    monkeypatch.setenv("CMSIM_HOME", str(tmp_path))
    for var in ("CMSIM_LANG", "CMSIM_THEME", "CMSIM_NAME", "CMSIM_KEYMAP"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(CmsimApp, "run", lambda self: started.update(name=self.trainee_name, source=self.name_from))
    args = argparse.Namespace(lang=None, name=None, theme=None, keymap=None, db=None, library=[])
    assert app_command.run(args) == 0
    assert started == {"name": "Camille", "source": "settings"}


async def test_escape_keeps_everything_and_a_new_session_asks_again(tmp_path: Path) -> None:
    config, db = tmp_path / "config.yaml", tmp_path / "s.db"
    with Store.open(db, now=frozen_clock) as store:  # an unfinished session under the login name
        login = store.person(getpass.getuser(), "trainee")
        Playthrough.start(store, login, load_scenario(FIXTURES / "late-parcel-en.yaml"), KeywordScorer())
    app = nameless_app(config, db)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, NameScreen)
        await pilot.press(*"Cam", "escape")
        await settle(app, pilot)
        home = app.screen
        assert isinstance(home, HomeScreen) and app.trainee_name is None
        assert not home.query_one("#resume").display and not home.unfinished  # not the login's sessions
        home.query_one(SettingsPanel).set_value("difficulty", "easy")
        await settle(app, pilot)
        options = home.query_one("#scenarios", OptionList)
        options.focus()
        highlighted = options.highlighted_option
        assert highlighted is not None and highlighted.id == "late-parcel-en"
        await pilot.press("enter")  # a new session needs a name: asked again, with what was typed
        await settle(app, pilot)
        box = app.screen
        assert isinstance(box, NameScreen) and box.query_one(Input).value == "Cam"
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is home and app.filters.difficulty == "easy"  # as it was: no session, no file
        assert options.highlighted_option is highlighted and options.has_focus
        assert not config.exists() and app.trainee_name is None
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press(*"ille", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, PlayScreen) and app.trainee_name == "Camille"
        assert file_settings(config).name == "Camille"
        await pilot.press("escape")  # home again: asked once, never twice
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)
    with Store.open(db) as store:
        camille = store.find_person("Camille")
        assert camille is not None and len(store.sessions(camille)) == 1
        assert len(store.sessions(login)) == 1  # the login's own session, untouched


async def test_a_name_given_is_never_asked_for(tmp_path: Path) -> None:
    app = CmsimApp(scorer=KeywordScorer(), library=[FIXTURES], typing_delay=0, clock=frozen_clock,
                   config=tmp_path / "config.yaml", name="Noa", name_from="settings")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, PlayScreen)
    assert not (tmp_path / "config.yaml").exists()  # nothing typed, nothing written


async def test_the_name_typed_on_the_profile_is_saved_too(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    app = nameless_app(config, tmp_path / "s.db")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "f4")  # not now at home; the profile asks whose it is
        await settle(app, pilot)
        await pilot.press(*"Noa", "enter")
        await settle(app, pilot)
        assert shown(app.screen.query_one("#profile-whose")) == "Profile of Noa (name typed in the app)"
    assert file_settings(config).name == "Noa"
