"""The lab on stored sessions: an anonymised sheet from a cohort, agreed replies promoted into the
scenario as calibration examples, and ``cmsim check`` listing the disputed ones as known
disagreements."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from cmsim.authoring.load import load_scenario
from cmsim.cli import main
from cmsim.model.result import Answer
from cmsim.paths import scenarios_dir
from cmsim.scoring.offline import OfflineScorer
from cmsim.session.playthrough import Playthrough
from cmsim.store.db import Store

REPLIES = [
    "Dan, I'm so sorry: your daughter's birthday present is late and the party is on Saturday. "
    "DM us your order number and I'll chase the carrier now. ^Sam",
    "We apologise for any inconvenience. Please contact customer service.",
    "Calm down, it's the carrier's fault, not ours.",
    "Hi Dan, sorry about the delay. Can you DM us your order number? ^Sam",
]
# Two raters, per reply: (listening, calm, communication). They agree within 20 points on 0, 2, 3.
ANN = [(90, 90, 85), (10, 60, 20), (10, 15, 15), (60, 75, 65)]
BOB = [(85, 85, 90), (60, 20, 55), (20, 25, 20), (55, 70, 60)]


@pytest.fixture
def lab(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    scenario = tmp_path / "late-parcel.yaml"
    shutil.copy(scenarios_dir() / "en" / "late-parcel.yaml", scenario)
    loaded = load_scenario(scenario)
    with Store.open(tmp_path / "cmsim.db") as store:
        for n, text in enumerate(REPLIES):
            play = Playthrough.start(store, store.person(f"Trainee Number{n}"), loaded, OfflineScorer())
            play.submit(Answer(fields={"reply": text}))
    assert main(["grade", "export", "lab", "--db", "cmsim.db", "--scenario", "late-parcel", "--seed", "3"]) == 0
    return tmp_path / "lab"


def _fill(lab: Path, rater: str, grades: list[tuple[int, int, int]]) -> Path:
    key = json.loads((lab / "key.json").read_text("utf-8"))
    sheet = yaml.safe_load((lab / "sheet.yaml").read_text("utf-8"))
    sheet["rater"] = rater
    order = ("listening", "calm", "communication")
    for row in sheet["rows"]:
        reply = REPLIES.index(key["items"][row["item"]]["answer"]["reply"])
        row["grade"] = grades[reply][order.index(row["quality"])]
    path = lab.parent / f"{rater}.yaml"
    path.write_text(yaml.safe_dump(sheet, allow_unicode=True), encoding="utf-8")
    return path


def test_the_sheet_is_anonymised_and_shuffled(lab: Path) -> None:
    sheet = (lab / "sheet.yaml").read_text("utf-8") + (lab / "sheet.csv").read_text("utf-8")
    assert "Trainee" not in sheet and "Number" not in sheet and "session" not in sheet
    key = json.loads((lab / "key.json").read_text("utf-8"))
    order = [REPLIES.index(key["items"][i]["answer"]["reply"]) for i in sorted(key["items"])]
    assert sorted(order) == [0, 1, 2, 3] and order != [0, 1, 2, 3]


def test_agreed_replies_become_calibration_examples_and_check_lists_disputes(
    lab: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["grade", "import", str(lab), str(_fill(lab, "ann", ANN)), str(_fill(lab, "bob", BOB))]) == 0
    capsys.readouterr()
    assert main(["grade", "report", str(lab)]) == 0
    out = capsys.readouterr().out
    assert "3 replies the raters agree on can become calibration examples" in out
    assert f"cmsim grade promote {lab}" in out
    assert main(["grade", "promote", str(lab)]) == 0
    scenario = load_scenario(lab.parent / "late-parcel.yaml").scenario
    graded = [c for c in scenario.calibration if c.name.startswith("graded lab/")]
    assert sorted(REPLIES.index(str(c.answer)) for c in graded) == [0, 2, 3]
    # bands around the consensus: reply 0's listening (90+85)/2 = 87.5 ± 15 → 72-100
    best = next(c for c in graded if c.answer == REPLIES[0])
    assert best.expect[next(q for q in best.expect if q.value == "listening")] == "72-100"
    disputed = [c for c in graded if c.disputed]
    capsys.readouterr()
    assert main(["check", str(lab.parent / "late-parcel.yaml")]) == 0
    out = capsys.readouterr().out
    if disputed:  # the scorer contradicts the raters on these: listed, not failed
        said = f"{len(disputed)} known disagreement{'' if len(disputed) == 1 else 's'} "
        assert said in out and "DISPUTED" in out and "why: " in out
        assert main(["check", "--strict", str(lab.parent / "late-parcel.yaml")]) == 1
    assert main(["grade", "promote", str(lab)]) == 0  # twice: nothing added twice
    again = load_scenario(lab.parent / "late-parcel.yaml").scenario
    assert len(again.calibration) == len(scenario.calibration)


def test_check_failures_print_the_criteria_and_words_behind_the_score(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scenario = tmp_path / "late-parcel.yaml"
    text = (scenarios_dir() / "en" / "late-parcel.yaml").read_text("utf-8").rstrip("\n")
    text += '\n  - name: rude, wrongly banded\n    step: first-reply\n    answer: "Calm down, read the terms!!!"\n'
    text += "    expect: {calm: good}\n"
    scenario.write_text(text, encoding="utf-8")
    assert main(["check", str(scenario)]) == 1
    out = capsys.readouterr().out
    assert re.search(r"FAIL .*'rude, wrongly banded' \(first-reply\): calm \d+ not in good", out)
    assert re.search(r"calm · [a-z-]+ \d+ \(weight [\d.]+\): ", out)
    assert '- "Calm down' in out  # the words that lowered the score
    scenario.write_text(text + '    disputed: "our panel reads this as calm"\n', encoding="utf-8")
    assert main(["check", str(scenario)]) == 0
    out = capsys.readouterr().out
    assert "1 known disagreement (" in out and "why: our panel reads this as calm" in out
    assert "1 disputed" in out.splitlines()[-1]


@pytest.mark.parametrize(("size", "lang"), [((80, 24), "en"), ((120, 36), "fr")])
async def test_one_key_in_the_lab_screen_promotes_the_agreed_replies(
    lab: Path, size: tuple[int, int], lang: str
) -> None:
    from textual.widgets import DataTable

    from cmsim.scoring.offline import OfflineScorer
    from cmsim.session.gradereport import build_report
    from cmsim.session.promote import promote
    from cmsim.tui.screens.grades import GradeApp, GradeScreen

    assert main(["grade", "import", str(lab), str(_fill(lab, "ann", ANN)), str(_fill(lab, "bob", BOB))]) == 0
    report = build_report(lab, {"offline": OfflineScorer()})
    calls: list[int] = []

    def promote_all() -> list[str]:
        calls.append(1)
        return [f"{d.path}: {len(d.added)} added" for d in promote(report.promotable, "lab")]

    app = GradeApp(report, str(lab), promote_all, lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, GradeScreen)
        assert app.screen.query_one("#grades-raters", DataTable).row_count == 4  # 3 qualities + all
        shown = app.export_screenshot().replace("&#160;", " ")
        assert ("Accord entre correcteurs" if lang == "fr" else "Agreement between raters") in shown
        await pilot.press("p")
        await pilot.press("p")  # a second press adds nothing
        await pilot.pause()
        await pilot.press("escape")
    assert calls == [1]
    scenario = load_scenario(lab.parent / "late-parcel.yaml").scenario
    assert len([c for c in scenario.calibration if c.name.startswith("graded lab/")]) == 3
