"""``cmsim export --bundle`` and ``cmsim verify``: a signed record that re-scores offline to the same
numbers, and that says so when the file was edited or a stored score no longer matches its answer."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path

from store_kit import tamper_score

from cmsim.authoring.load import find_scenario
from cmsim.cli import main
from cmsim.model.result import Answer
from cmsim.scoring.factory import make_scorer
from cmsim.session.bundle import key_path
from cmsim.session.playthrough import Playthrough
from cmsim.store.db import Store

REPLY = "Dan, I'm so sorry, a birthday present late before Saturday is stressful. DM us your order number? ^Sam"


def assessed(tmp_path: Path) -> Path:
    db = tmp_path / "bundle.db"
    loaded = find_scenario("late-parcel-en")
    with Store.open(db) as store:
        campaign = store.create_campaign("cm", "en", [str(loaded.path)])
        play = Playthrough.start(
            store, store.person("Alice", "candidate"), loaded, make_scorer("offline"), "assess", campaign
        )
        for _ in range(2):
            step = play.step()
            if step.kind == "choice":
                play.submit(Answer(option=step.options[0].id))
            else:
                fields = step.reply_fields(loaded.scenario.platforms[0])
                play.submit(Answer(fields={f.id: REPLY for f in fields}))
    return db


def cli(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(list(args))
    return code, out.getvalue()


def test_a_bundle_verifies_and_re_scores_to_the_same_numbers(tmp_path: Path) -> None:
    db = assessed(tmp_path)
    file = tmp_path / "alice.bundle.json"
    assert cli("export", "--bundle", "--person", "Alice", "-o", str(file), "--db", str(db))[0] == 0
    assert key_path().exists() and oct(key_path().stat().st_mode & 0o777) == "0o600"
    data = json.loads(file.read_text())
    payload = data["payload"]
    [session] = payload["sessions"]
    assert session["scenario_sha256"] and session["scenario_digest"] and payload["rubrics"]
    assert all(t["scorer"].startswith("offline") for t in session["turns"])  # with the rubric version
    assert all(t["elapsed"] is not None and t["scores"] for t in session["turns"])
    code, out = cli("verify", str(file))
    assert code == 0, out
    assert "signature: valid" in out and "re-scored offline: 2 answers" in out and "verified" in out


def test_an_edited_file_is_reported_as_tampered(tmp_path: Path) -> None:
    db = assessed(tmp_path)
    file = tmp_path / "b.json"
    cli("export", "--bundle", "-o", str(file), "--db", str(db))
    data = json.loads(file.read_text())
    turn = data["payload"]["sessions"][0]["turns"][0]
    quality = next(iter(turn["scores"]))
    turn["scores"][quality] = 100 if turn["scores"][quality] != 100 else 0
    file.write_text(json.dumps(data))
    code, out = cli("verify", str(file))
    assert code == 1
    assert "signature: tampered" in out and "DIFFERENCE" in out and "NOT verified" in out


def test_a_score_changed_in_the_database_before_export_is_a_difference(tmp_path: Path) -> None:
    db = assessed(tmp_path)
    tamper_score(db, "SELECT id, result FROM scores ORDER BY id LIMIT 1")
    file = tmp_path / "c.json"
    cli("export", "--bundle", "--campaign", "cm", "-o", str(file), "--db", str(db))
    code, out = cli("verify", str(file))
    assert code == 1 and "signature: valid" in out
    assert "DIFFERENCE: session" in out and "recorded" in out and "re-scored" in out
