"""``cmsim new`` scaffolds a scenario that loads, lints clean, has two paths and passing calibration."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from cmsim.authoring.lint import check_file
from cmsim.authoring.load import load_scenario
from cmsim.cli import main
from cmsim.commands.new import KINDS, PLATFORMS, gather
from cmsim.paths import schema_dir
from cmsim.scoring.calibration import calibrate
from cmsim.scoring.offline import OfflineScorer


def _flags(**overrides: str) -> list[str]:
    values = {
        "id": "broken-mug-en",
        "lang": "en",
        "platform": "x",
        "difficulty": "easy",
        "brand": "Brightbox",
        "kind": "complaint",
        "title": "A broken mug",
    }
    values.update(overrides)
    out = ["new", "--no-input"]
    for key, value in values.items():
        out += [f"--{key}", value]
    return out


def _endings_reached(path: Path) -> set[str]:
    """Every ending some path of the scenario can reach (walking all branches)."""
    scenario = load_scenario(path).scenario
    seen: set[str] = set()
    todo = [scenario.first_step]
    endings: set[str] = set()
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        if scenario.is_ending(node):
            endings.add(node)
            continue
        todo.extend(branch.goto for branch in scenario.step(node).next)
    return endings


def test_flags_write_a_valid_scenario_in_the_library_layout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(_flags()) == 0
    path = tmp_path / "scenarios" / "en" / "broken-mug.yaml"
    assert path.is_file()
    assert "wrote" in capsys.readouterr().out
    text = path.read_text(encoding="utf-8")
    first = text.splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=") and first.endswith("scenario.schema.json")
    assert (path.parent / first.split("=", 1)[1]).resolve() == (schema_dir() / "scenario.schema.json").resolve()
    scenario = load_scenario(path).scenario
    assert (scenario.id, scenario.pair, scenario.lang) == ("broken-mug-en", "broken-mug", "en")
    assert scenario.platforms == ["x"]
    assert scenario.brand.name == "Brightbox" and scenario.title == "A broken mug"
    assert len(_endings_reached(path)) >= 2
    assert [p for p in check_file(path) if p.severity == "error"] == []


def test_refuses_to_overwrite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "mine.yaml"
    out.write_text("keep me\n", encoding="utf-8")
    assert main([*_flags(), "--out", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "keep me\n"


def test_missing_required_flag_without_a_terminal_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["new", "--no-input", "--id", "no-brand-en"]) == 2
    assert "--brand" in capsys.readouterr().err
    assert not (tmp_path / "scenarios").exists()


def test_bad_id_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(_flags(id="Bad Id")) == 2


def test_questions_fill_the_missing_flags_and_reask_bad_answers() -> None:
    args = argparse.Namespace(id=None, title=None, lang=None, platform=None, difficulty=None, brand=None, kind=None)
    answers = "fr\ntroll\nUn Id Faux\ngourde-troll-fr\n\ninstagram\nmedium\nCafé Lumière\n"
    stdout = io.StringIO()
    spec = gather(args, io.StringIO(answers), stdout)
    assert (spec.id, spec.pair, spec.lang, spec.kind, spec.platform, spec.difficulty, spec.brand) == (
        "gourde-troll-fr",
        "gourde-troll",
        "fr",
        "troll",
        "instagram",
        "medium",
        "Café Lumière",
    )
    assert spec.title == "Un troll sous notre publication"  # the default, accepted with Enter
    assert "lowercase" in stdout.getvalue()  # the bad id was refused and asked again


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("platform", PLATFORMS)
def test_every_scaffold_lints_clean_and_its_calibration_passes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, lang: str, platform: str
) -> None:
    monkeypatch.chdir(tmp_path)
    out = tmp_path / f"{kind}-{platform}-{lang}.yaml"
    argv = _flags(id=f"case-{lang}", lang=lang, platform=platform, kind=kind, brand="Café Lumière")
    argv.remove("--title")
    argv.remove("A broken mug")
    assert main([*argv, "--out", str(out)]) == 0
    assert [p for p in check_file(out) if p.severity == "error"] == []
    loaded = load_scenario(out)
    assert loaded.scenario.lang == lang and len(loaded.scenario.calibration) >= 2
    assert len(_endings_reached(out)) >= 2
    outcomes = calibrate(loaded, OfflineScorer())
    assert outcomes and all(o.passed for o in outcomes), [str(o) for o in outcomes if not o.passed]
