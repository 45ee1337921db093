"""One config file, one reader: every setting is flag > environment > file, through the entry points the
commands use (the app's settings, the judge's, the store's location); a bad value or an unknown key in
any section is one located line; the file is parsed once per content."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from cmsim import config
from cmsim.authoring.problems import ConfigError
from cmsim.commands.scorerargs import judge_mode_of
from cmsim.paths import config_file
from cmsim.scoring.judge.config import load_settings as judge_load
from cmsim.session.database import db_target
from cmsim.session.settings import load_settings as app_load
from cmsim.store.records import StoreError

ROOT = Path(__file__).resolve().parent.parent
ENV_VARS = sorted(set(config.ENV.values()))


@pytest.fixture(autouse=True)
def _no_settings_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ENV_VARS:
        monkeypatch.delenv(var, raising=False)


def keymap_file(tmp_path: Path, keys: str) -> str:
    path = tmp_path / f"keys-{keys}.yaml"
    path.write_text(f"submit: {keys}\n", encoding="utf-8")
    return str(path)


def app(key: str) -> Callable[[object | None], object]:
    """The app setting ``key`` as `cmsim` resolves it, with the flag given or not."""

    def resolve(flag: object | None) -> object:
        return getattr(app_load({key: flag}), key)

    return resolve


def scorer_flag(flag: object | None) -> object:
    scorer = {None: None, "off": "offline"}.get(flag, flag)  # type: ignore[call-overload]
    return judge_mode_of(argparse.Namespace(scorer=scorer))


def judge(key: str) -> Callable[[object | None], object]:
    def resolve(flag: object | None) -> object:
        return getattr(judge_load(**({key: flag} if key in ("model", "base_url") else {})), key)

    return resolve


def store_db(flag: object | None) -> object:
    return str(db_target(flag))  # type: ignore[arg-type]


# setting: (file value, env value, flag value, how the command resolves it); None: no such flag
CASES: dict[str, tuple[str, str, str | None, Callable[[object | None], object]]] = {
    "app.lang": ("fr", "en", "fr", app("lang")),
    "app.name": ("Camille", "Sam", "Noa", app("name")),
    "app.theme": ("light", "dark", "light", app("theme")),
    "judge.mode": ("hybrid", "llm", "off", scorer_flag),
    "judge.model": ("file-model", "env-model", "flag-model", judge("model")),
    "judge.base_url": ("http://file/v1", "http://env/v1", "http://flag/v1", judge("base_url")),
    "judge.api_key": ("sk-file", "sk-env", None, judge("api_key")),
    "store.db": ("/tmp/file.db", "/tmp/env.db", "/tmp/flag.db", store_db),
}


@pytest.mark.parametrize("setting", sorted(CASES))
def test_flag_beats_environment_beats_file(setting: str, monkeypatch: pytest.MonkeyPatch) -> None:
    section, key = setting.split(".")
    in_file, in_env, flag, resolve = CASES[setting]
    default = resolve(None)
    config_file().write_text(f"{section}:\n  {key}: {in_file}\n", encoding="utf-8")
    assert resolve(None) == in_file != default
    monkeypatch.setenv(config.ENV[section, key], in_env)
    assert resolve(None) == in_env
    if flag is not None:
        assert (section, key) in config.FLAGS
        assert resolve(flag) == flag


def test_the_keymap_flag_beats_its_environment_file_which_beats_the_config_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config_file().write_text("app:\n  keymap: {submit: ctrl+j}\n", encoding="utf-8")
    assert app_load().keymap == {"submit": "ctrl+j"}
    monkeypatch.setenv("CMSIM_KEYMAP", keymap_file(tmp_path, "ctrl+e"))
    assert app_load().keymap == {"submit": "ctrl+e"}
    flagged = config.read_keymap(keymap_file(tmp_path, "ctrl+f"))
    assert app_load({"keymap": flagged}).keymap == {"submit": "ctrl+f"}
    (tmp_path / "bad.yaml").write_text("submit: [x]\n", encoding="utf-8")
    monkeypatch.setenv("CMSIM_KEYMAP", str(tmp_path / "bad.yaml"))
    with pytest.raises(ConfigError, match=r"bad.yaml:1:9: error: keys for 'submit' must be text"):
        app_load()


def test_the_app_command_takes_every_app_setting_from_one_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cmsim.commands import app as app_command
    from cmsim.tui.app import CmsimApp

    config_file().write_text("app:\n  lang: fr\n  name: Camille\n  keymap: {submit: ctrl+j}\n", encoding="utf-8")
    monkeypatch.setenv("CMSIM_THEME", "light")
    seen: dict[str, object] = {}
    monkeypatch.setattr(CmsimApp, "set_keymap", lambda self, keys: seen.update(keymap=keys))
    monkeypatch.setattr(CmsimApp, "run", lambda self: seen.update(lang=self.language, name=self.trainee_name))
    args = argparse.Namespace(lang=None, name="Noa", theme=None, keymap=keymap_file(tmp_path, "ctrl+e"), db=None,
                              library=[])
    assert app_command.run(args) == 0
    assert seen == {"lang": "fr", "name": "Noa", "keymap": {"submit": "ctrl+e"}}


# --- a bad file: one located line per problem, in every section ----------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "col", "says"),
    [
        ("app:\n  lang: fr\n  theme: neon\n", 3, 10, "'neon' is not one of: dark, light"),
        ("app:\n  thme: light\n", 2, 3, "unknown key 'thme' (did you mean 'theme'?)"),
        ("judge:\n  timeout: -3\n", 2, 12, "judge.timeout: Input should be greater than 0"),
        ("judge:\n  baseurl: x\n", 2, 3, "unknown key 'baseurl' (did you mean 'base_url'?)"),
        ("store:\n  db: [oops]\n", 2, 7, "store.db: must be a database file or a postgresql:// URL"),
        ("store:\n  path: x.db\n", 2, 3, "unknown key 'path'; allowed here: db"),
        ("judg:\n  mode: llm\n", 1, 1, "unknown key 'judg' (did you mean 'judge'?)"),
        ("theme: light\n", 1, 1, "unknown key 'theme': it is a setting of 'app:', put it there"),
        ("app: [fr]\n", 1, 6, "app: a section holds its settings as 'key: value' lines indented under it"),
    ],
)
def test_a_bad_file_is_located_whichever_section(text: str, line: int, col: int, says: str) -> None:
    config_file().write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        config.read_config()
    assert [str(p) for p in caught.value.problems if p.line == line and p.col == col and says in p.message], str(
        caught.value
    )
    assert str(caught.value).startswith(f"{config_file()}:{line}:{col}: error: ")
    # every reader stops on it the same way: the app, the judge, the store (as a StoreError for its callers)
    for read in (app_load, judge_load):
        with pytest.raises(ConfigError):
            read()
    with pytest.raises(StoreError, match=f"{config_file()}:{line}:{col}: error: "):
        db_target()


@pytest.mark.parametrize(
    ("text", "command", "where"),
    [
        ("store:\n  db: 12\n", ["people", "list"], ":2:7: error: store.db: must be"),
        ("judge:\n  mode: always\n", ["score", "--input", "-"], ":2:9: error: judge.mode: 'always' is not one of: off"),
    ],
)
def test_the_cli_reports_a_bad_section_in_one_line(text: str, command: list[str], where: str, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.yaml").write_text(text, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ENV_VARS}
    env.update(CMSIM_HOME=str(home), PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-m", "cmsim", *command], input="", env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode != 0 and "Traceback" not in done.stderr, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and str(home / "config.yaml") + where in lines[0], done.stderr


def test_a_bad_variable_or_flag_names_itself() -> None:
    with pytest.raises(ConfigError, match=r"^\$CMSIM_JUDGE:1:1: error: CMSIM_JUDGE='always': 'always' is not one"):
        config.judge_settings(env={"CMSIM_JUDGE": "always"})
    with pytest.raises(ConfigError, match=r"^--name:1:1: error: name=''"):
        config.app_settings({"name": ""}, env={})
    assert config.judge_settings(env={"CMSIM_JUDGE": " LLM "}).mode == "llm"


def test_comments_only_or_empty_file_means_every_default() -> None:
    for text in ("", "# nothing yet\n", "app:\n"):
        config_file().write_text(text, encoding="utf-8")
        assert config.read_config() == config.ConfigFile()


def test_the_file_is_parsed_once_per_content(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = config.read_yaml
    monkeypatch.setattr(config, "read_yaml", lambda *a, **k: calls.append("read") or real(*a, **k))
    config_file().write_text("app:\n  lang: fr\nstore:\n  db: /tmp/one-read.db\n", encoding="utf-8")
    assert app_load().lang == "fr" and judge_load().mode == "off" and db_target() == Path("/tmp/one-read.db")
    assert calls == ["read"]
    config_file().write_text("app:\n  lang: en\nstore:\n  db: /tmp/one-read.db\n", encoding="utf-8")
    assert app_load().lang == "en" and calls == ["read", "read"]  # a changed file is read again


def test_the_docs_name_every_setting_its_variable_and_its_flag() -> None:
    docs = (ROOT / "docs" / "config.md").read_text(encoding="utf-8")
    for section, model in config.SECTIONS.items():
        assert f"{section}:" in docs
        for key in model.model_fields:
            assert f"  {key}:" in docs, f"{section}.{key} is not documented"
    for name in [*config.ENV.values(), *config.FLAGS.values()]:
        assert f"`{name}" in docs, name
    assert "docs/config.md" in (ROOT / "README.md").read_text(encoding="utf-8")
