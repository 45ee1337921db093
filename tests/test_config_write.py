"""Writing a setting back changes that one value: the other sections, the order, blank lines and the
user's comments stay; the file is replaced atomically; an unreadable file is never overwritten."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmsim.authoring.problems import ConfigError
from cmsim.config import read_config
from cmsim.config_write import save
from cmsim.session.settings import save_setting

COMMENTED = """\
# my cmsim settings
app:
  lang: en   # for the demo
  # theme: light  (tried it, too bright)
  theme: dark

judge:
  mode: hybrid        # local model
  base_url: http://127.0.0.1:8000/v1
store:
  db: ~/work.db   # shared with the team
"""


def test_changing_a_value_keeps_every_comment_and_line(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(COMMENTED, encoding="utf-8")
    save_setting("lang", "fr", path)
    assert path.read_text(encoding="utf-8") == COMMENTED.replace("lang: en ", "lang: fr ")
    save_setting("theme", "light", path)
    assert path.read_text(encoding="utf-8") == COMMENTED.replace("lang: en ", "lang: fr ").replace(
        "  theme: dark", "  theme: light"
    )
    assert read_config(path).app.theme == "light"
    assert [p.name for p in tmp_path.iterdir()] == ["config.yaml"]  # no temporary file left behind


def test_a_new_key_joins_its_section_and_a_new_section_is_added_at_the_end(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(COMMENTED, encoding="utf-8")
    save_setting("name", "Zoé Durand", path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[lines.index("  theme: dark") + 1] == "  name: Zoé Durand"
    path.write_text("judge:  # nothing else yet\n  mode: 'off'\n", encoding="utf-8")
    save_setting("theme", "light", path)
    assert path.read_text(encoding="utf-8") == "judge:  # nothing else yet\n  mode: 'off'\napp:\n  theme: light\n"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("", "app:\n  lang: fr\n"),
        ("# only a comment", "# only a comment\napp:\n  lang: fr\n"),
        ("app:   # mine\n  # lang: en\nstore: {}\n", "app:   # mine\n  lang: fr\n  # lang: en\nstore: {}\n"),
        ("app:\n  lang:   # unset\n", "app:\n  lang: fr   # unset\n"),
        ("app: {theme: dark}  # flow\n", "app: {theme: dark, lang: fr}  # flow\n"),
        ("app:\n    lang: |\n      en\n    theme: dark\n", "app:\n    lang: fr\n    theme: dark\n"),
        ("app:\n  theme: dark", "app:\n  theme: dark\n  lang: fr\n"),
        ("app: ~\n", "app: {lang: fr}\n"),
    ],
)
def test_layouts_people_write_are_edited_in_place(tmp_path: Path, before: str, after: str) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(before, encoding="utf-8")
    save("app", "lang", "fr", path)
    assert path.read_text(encoding="utf-8") == after


def test_a_mapping_value_and_values_yaml_would_misread(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("app:\n  keymap:\n    submit: ctrl+j   # old\n    quit: q\n  theme: dark\n", encoding="utf-8")
    save("app", "keymap", {"submit": "ctrl+e"}, path)
    assert path.read_text(encoding="utf-8") == "app:\n  keymap: {submit: ctrl+e}\n  theme: dark\n"
    save("judge", "mode", "off", path)  # 'off' unquoted would read back as false
    assert "mode: 'off'" in path.read_text(encoding="utf-8")
    save("app", "name", "Jo: #1", path)
    assert read_config(path).app.name == "Jo: #1" and read_config(path).judge.mode == "off"


def test_a_layout_it_cannot_edit_is_written_out_with_the_data_kept(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("{judge: {mode: hybrid}, store: {db: /tmp/x.db}}\n", encoding="utf-8")
    save("app", "theme", "light", path)
    expected = {"judge": {"mode": "hybrid"}, "store": {"db": "/tmp/x.db"}, "app": {"theme": "light"}}
    assert yaml.safe_load(path.read_text(encoding="utf-8")) == expected


def test_the_file_keeps_its_permissions(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("app:\n  lang: en\n", encoding="utf-8")
    os.chmod(path, 0o640)
    save_setting("lang", "fr", path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_nothing_is_written_over_an_unreadable_file_or_with_a_bad_value(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    broken = "app:\n  lang: [fr\n"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot read the config file"):
        save_setting("theme", "light", path)
    path.write_text("- app\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="must be a mapping of sections"):
        save_setting("theme", "light", path)
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ValueError):
        save_setting("theme", "neon", tmp_path / "other.yaml")
    with pytest.raises(ValueError, match="unknown setting"):
        save("app", "colour", "red", path)
    assert path.read_text(encoding="utf-8") == broken and not (tmp_path / "other.yaml").exists()


KEYS = st.sampled_from(["lang", "name", "theme", "model", "db", "seed", "other"])
WORDS = st.text(alphabet="abcdefgh xyz:#'-é", min_size=1, max_size=12)
SCALARS = st.one_of(WORDS, st.integers(-5, 99), st.booleans(), st.none())


@st.composite
def documents(draw: st.DrawFn) -> str:
    """Block-style config files with comments on their own lines and after values."""
    lines = []
    for section in draw(st.lists(st.sampled_from(["app", "judge", "store"]), unique=True, max_size=3)):
        lines.append(f"{section}:" + draw(st.sampled_from(["", "  # " + section])))
        for key in draw(st.lists(KEYS, unique=True, max_size=4)):
            value = yaml.safe_dump([draw(SCALARS)], default_flow_style=True, allow_unicode=True).strip()[1:-1]
            lines.append(f"  {key}: {value}" + draw(st.sampled_from(["", "   # note " + key])))
            if draw(st.booleans()):
                lines.append(draw(st.sampled_from(["", "  # between", "# left"])))
    return "\n".join(lines) + draw(st.sampled_from(["", "\n"]))


@given(text=documents(), setting=st.sampled_from([("lang", "fr"), ("name", "Zoé"), ("theme", "light")]))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_block_file_keeps_its_data_and_comments(tmp_path: Path, text: str, setting: tuple[str, str]) -> None:
    key, value = setting
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    data = yaml.safe_load(text) or {}
    app = data.get("app") if isinstance(data.get("app"), dict) else {}
    save("app", key, value, path)
    written = path.read_text(encoding="utf-8")
    assert yaml.safe_load(written) == {**data, "app": {**app, key: value}}
    # A comment starts at a '#' after a space (or at the line's start): the '#' of a value such as a#a is not one.
    found = (re.search(r"(?:^|\s)#(.*)$", line) for line in text.splitlines() if "'" not in line)
    comments = [m.group(1) for m in found if m]
    for comment in comments:
        assert comment in written, (text, written)
