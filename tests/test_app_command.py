"""``cmsim`` with no command: its options reach the app, and a bad keymap file is a located error."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cmsim.cli import main
from cmsim.commands import app
from cmsim.paths import config_file


def test_a_bad_keymap_is_reported_at_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    keymap = tmp_path / "keys.yaml"
    keymap.write_text("submit: ctrl+j\nhint: 3\n", encoding="utf-8")
    assert main(["--keymap", str(keymap)]) == 1
    expected = f"{keymap}:2:7: error: keys for 'hint' must be text, e.g. 'ctrl+j' [keymap]"
    assert capsys.readouterr().err.strip() == expected


def test_options_reach_the_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    keymap = tmp_path / "keys.yaml"
    keymap.write_text("submit: ctrl+j\n", encoding="utf-8")
    seen: dict[str, Any] = {}

    class FakeApp:
        def __init__(self, **kwargs: Any) -> None:
            seen.update(kwargs)

        def after_first_frame(self, callback: Callable[[], object]) -> None:
            pass

        def run(self) -> None:
            seen["ran"] = True

    monkeypatch.setattr("cmsim.tui.app.CmsimApp", FakeApp)
    db = tmp_path / "x.db"
    assert main(["--lang", "fr", "--name", "Léa", "--db", str(db), "--theme", "light", "--keymap", str(keymap)]) == 0
    assert seen == {
        "lang": "fr", "theme": "light", "keymap": {"submit": "ctrl+j"}, "db": str(db), "name": "Léa",
        "name_from": "flag", "library": [], "config": config_file(), "ran": True,
    }


@pytest.mark.parametrize("frames", [1, 0])
def test_the_collector_waits_for_the_first_frame(frames: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Off while the app starts, on again once its first frame is shown, or when it ends without one."""
    seen: list[tuple[str, bool]] = []

    class FakeApp:
        def __init__(self, **kwargs: Any) -> None:
            seen.append(("start", gc.isenabled()))
            self.first_frame: list[Callable[[], object]] = []

        def after_first_frame(self, callback: Callable[[], object]) -> None:
            self.first_frame.append(callback)

        def run(self) -> None:
            for callback in self.first_frame[:frames]:
                callback()
                seen.append(("first frame", gc.isenabled()))

    monkeypatch.setattr("cmsim.tui.app.CmsimApp", FakeApp)
    assert gc.isenabled()
    try:
        assert main([]) == 0
    finally:
        gc.unfreeze()  # what the first frame froze goes back to the collector of the test process
    assert seen == [("start", False), *([("first frame", True)] * frames)]
    assert gc.isenabled()


def test_language_follows_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert app.locale_lang() == "fr"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert app.locale_lang() == "en"


def test_app_options_before_a_command_are_refused_clearly(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", "fr", "list", "--lang", "en"])
    assert exit_info.value.code == 2
    assert "--lang: options of the app (no command); give 'list' its own options after it" in capsys.readouterr().err


def test_an_app_option_value_is_not_taken_for_a_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    keymap = tmp_path / "keys.yaml"
    keymap.write_text("- not a mapping\n", encoding="utf-8")
    assert main(["--name", "list", "--keymap", str(keymap)]) == 1
    assert "a keymap maps binding ids to keys" in capsys.readouterr().err
