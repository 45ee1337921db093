"""``cmsim verify`` re-scores a crisis session too: the bundle carries the crisis's action log, and the
crisis is played again on its seeded feed (through the session layer) — every written action and the
triage must come back with the text and the scores recorded. Before, a crisis session was skipped as
"the scenario is not available here" and the bundle verified with 0 answers re-scored."""

from __future__ import annotations

import io
import json
import sqlite3
from contextlib import redirect_stdout
from pathlib import Path

from crisis_kit import record_run
from store_kit import tamper_score

from cmsim.authoring.crisis import load_crisis
from cmsim.cli import main
from cmsim.scoring.offline import OfflineScorer
from cmsim.session import crisis_assess
from cmsim.store.db import Store

RAPPEL = Path(__file__).resolve().parents[2] / "scenarios" / "fr" / "crisis-rappel.yaml"


def practised(tmp_path: Path, run_name: str = "paniquée") -> tuple[Path, int]:
    db = tmp_path / "crisis.db"
    return db, record_run(db, RAPPEL, run_name)


def cli(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(list(args))
    return code, out.getvalue()


def exported(tmp_path: Path, db: Path) -> Path:
    file = tmp_path / "crisis.bundle.json"
    code, out = cli("export", "--bundle", "--person", "Ann", "-o", str(file), "--db", str(db))
    assert code == 0, out
    return file


def test_a_practised_crisis_is_re_scored_by_playing_it_again(tmp_path: Path) -> None:
    db, session_id = practised(tmp_path)
    with Store.open(db) as store:
        turns = store.turns(session_id)
    file = exported(tmp_path, db)
    [session] = json.loads(file.read_text())["payload"]["sessions"]
    assert [a["at"] for a in session["actions"]] == sorted(a["at"] for a in session["actions"])
    assert any("hide" in a for a in session["actions"])  # the actions no turn keeps are in the log too
    code, out = cli("verify", str(file))
    assert code == 0, out
    assert f"re-scored offline: {len(turns)} answers" in out and "not available" not in out
    assert "verified: the record holds" in out


def test_a_triage_score_changed_before_export_is_a_difference(tmp_path: Path) -> None:
    db, _ = practised(tmp_path)
    tamper_score(db, "SELECT sc.id, sc.result FROM scores sc JOIN turns t ON t.id = sc.turn_id"
                     " WHERE t.step_id = 'triage'")
    code, out = cli("verify", str(exported(tmp_path, db)))
    assert code == 1 and "signature: valid" in out
    assert "DIFFERENCE: session 1 (Ann, crisis-rappel-fr), triage: recorded" in out and "NOT verified" in out


def test_a_reply_edited_before_export_is_a_difference(tmp_path: Path) -> None:
    db, _ = practised(tmp_path)
    raw = sqlite3.connect(db)
    turn_id, answer = raw.execute("SELECT id, answer FROM turns WHERE step_id LIKE 'reply-%' ORDER BY id").fetchone()
    edited = json.loads(answer)
    edited["fields"]["reply"] = "Julien, merci, nous rappelons le lot C-4471 aujourd'hui. — Claire, Petitpas"
    raw.execute("UPDATE turns SET answer = ? WHERE id = ?", (json.dumps(edited), turn_id))
    raw.commit()
    raw.close()
    code, out = cli("verify", str(exported(tmp_path, db)))
    assert code == 1
    assert "the answer recorded is not the one its action log wrote" in out


def test_a_crisis_without_its_log_is_said_not_re_scored(tmp_path: Path) -> None:
    db, _ = practised(tmp_path)
    raw = sqlite3.connect(db)
    raw.execute("DELETE FROM drafts")  # as recorded before crises kept their action log
    raw.commit()
    raw.close()
    code, out = cli("verify", str(exported(tmp_path, db)))
    assert code == 0, out
    assert "a crisis recorded without its action log: its scores cannot be re-computed" in out


def test_a_campaign_crisis_is_re_scored_from_the_log_saved_as_it_was_played(tmp_path: Path) -> None:
    db = tmp_path / "campaign.db"
    loaded = load_crisis(RAPPEL)
    expert = loaded.scenario.expert_run()
    assert expert is not None
    with Store.open(db) as store:
        campaign = store.create_campaign("cm", "fr", [str(RAPPEL)])
        run = crisis_assess.start(store, store.person("Ann", "candidate"), loaded, OfflineScorer(), campaign)
        for action in expert.actions:
            run.tick(action.at - run.state.now)
            run.act(**action.model_dump(exclude={"at"}, exclude_defaults=True))
            crisis_assess.save_actions(store, run)
        session_id = crisis_assess.finish(store, run)
        count = len(store.turns(session_id))
        assert crisis_assess.actions_of(store, session_id) == [t.action for t in run.state.taken]
        assert len(run.state.taken) == len(expert.actions)
    code, out = cli("verify", str(exported(tmp_path, db)))
    assert code == 0, out
    assert f"re-scored offline: {count} answers" in out
