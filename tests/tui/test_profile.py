"""The TUI profile: per quality the confidence and the trend ``cmsim profile`` prints (same data), whose
profile it is and where the name came from, and a name asked for when none was given (never the login
name, silently)."""

from __future__ import annotations

import getpass
import io
import json
from contextlib import redirect_stdout
from pathlib import Path

from textual.widgets import DataTable, Input, Label

from cmsim.cli import main
from cmsim.store.db import Store
from cmsim.tui.app import CmsimApp
from cmsim.tui.screens.debrief import DebriefScreen
from cmsim.tui.screens.home import HomeScreen
from cmsim.tui.screens.profile import ProfileScreen
from tests.tui.fakes import KeywordScorer
from tests.tui.helpers import settle, shown

FIXTURES = Path(__file__).parent / "fixtures"
GOOD = "Dan, so sorry: a birthday present late before Saturday is awful. DM us, I'm on it with logistics. ^Sam"
ONE_SESSION = (["enter"], "reply", ["ctrl+s"], ["enter"], ["enter"], ["enter"])


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def app_for(clock: Clock, lang: str = "en", **kw: object) -> CmsimApp:
    library = [FIXTURES / f"late-parcel-{lang}.yaml"]
    return CmsimApp(scorer=KeywordScorer(), library=library, lang=lang, typing_delay=0, clock=clock, **kw)  # type: ignore[arg-type]


async def play_once(app: CmsimApp, pilot: object, reply: str) -> None:
    for keys in ONE_SESSION:
        await pilot.press(*(reply if keys == "reply" else keys))  # type: ignore[attr-defined]
        await settle(app, pilot)  # type: ignore[arg-type]


def row_texts(screen: ProfileScreen) -> dict[str, list[str]]:
    table = screen.query_one("#profile-qualities", DataTable)
    return {str(key.value): [str(c) for c in table.get_row(key)] for key in table.rows}


def printed_profile(name: str) -> dict[str, dict[str, object]]:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["profile", name, "--json"]) == 0
    return json.loads(out.getvalue())["qualities"]  # type: ignore[no-any-return]


async def test_confidence_and_trend_per_quality_as_cmsim_profile_prints_them() -> None:
    clock = Clock()
    app = app_for(clock, name="Alex")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await play_once(app, pilot, GOOD.replace(" ^Sam", ""))  # unsigned: the later session signs
        assert isinstance(app.screen, DebriefScreen)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        clock.now += 3600
        await play_once(app, pilot, GOOD)
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("f4")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ProfileScreen)
        assert shown(screen.query_one("#profile-whose", Label)) == "Profile of Alex (name from --name)"
        rows = row_texts(screen)
    printed = printed_profile("Alex")
    assert set(rows) == set(printed)
    for quality, data in printed.items():
        confidence, trend = rows[quality][1], rows[quality][2]
        if data["score"] is None:
            assert confidence == "no data" and trend == ""
            continue
        points, quotes = int(data["points"]), int(data["evidence"])  # type: ignore[call-overload]
        steps = f"{points} step{'s' if points != 1 else ''}, {quotes} quote{'s' if quotes != 1 else ''}"
        assert confidence.startswith(f"{data['confidence']} ({steps})")
        arrow = {"up": "↑", "down": "↓", "steady": "→"}[str(data["trend"])]
        assert trend.endswith(f"{arrow} {float(data['delta']):+.0f}")  # type: ignore[arg-type]
        assert len(trend.split()[0]) == len(data["history"]) == 2  # type: ignore[arg-type]


async def test_without_a_name_it_asks_and_never_uses_the_login_silently() -> None:
    clock = Clock()
    app = app_for(clock, lang="fr")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape", "f4")  # not now to the home screen's question; the profile asks again
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ProfileScreen)
        assert "Aucun nom donné (--name ou réglages)" in shown(screen.query_one("#profile-ask", Label))
        assert screen.query_one("#profile-name", Input).has_focus
        await pilot.press("enter")  # nothing typed: still asking, nothing stored
        await settle(app, pilot)
        assert app.screen is screen and app.trainee_name is None
        await pilot.press(*"  Camille ", "enter")
        await settle(app, pilot)
        profile = app.screen
        assert isinstance(profile, ProfileScreen) and profile is not screen
        assert shown(profile.query_one("#profile-whose", Label)) == "Profil de Camille (nom saisi dans l'application)"
        assert profile.query("#profile-empty")
        assert (app.trainee_name, app.name_from) == ("Camille", "typed")
        await pilot.press("escape")
        await settle(app, pilot)
        await play_once(app, pilot, GOOD)  # the name typed is the trainee's for the rest of the run
    with Store.open() as store:
        camille = store.find_person("Camille")
        assert camille is not None and len(store.sessions(camille)) == 1
        login = store.find_person(getpass.getuser())
        assert login is None or not store.sessions(login)  # nothing was played under the login name


async def test_the_name_from_the_settings_says_so() -> None:
    app = app_for(Clock(), name="Noa", name_from="settings")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("f4")
        await settle(app, pilot)
        assert shown(app.screen.query_one("#profile-whose", Label)) == "Profile of Noa (name from the settings)"
