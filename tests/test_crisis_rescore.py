"""`cmsim rescore` over a crisis session: a crisis is read back as one triage step (reports, compare), and
scoring that step's empty answer as a reply used to replace the triage with zeros. Now the crisis is played
again from its action log with the new scorer (the same scorer changes nothing); a crisis recorded without
its log keeps its scores."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from crisis_kit import record_run

from cmsim.authoring.crisis import load_crisis
from cmsim.cli import main
from cmsim.model.result import Answer, StepResult
from cmsim.model.scenario import Scenario, Step
from cmsim.scoring.offline import OfflineScorer
from cmsim.session.crisis import CrisisRun, record
from cmsim.session.rescore import rescore_sessions
from cmsim.sim.crisis import CrisisEngine
from cmsim.store.db import Store

RECALL = Path(__file__).resolve().parents[1] / "scenarios" / "en" / "crisis-recall.yaml"


def test_rescoring_a_crisis_session_keeps_every_score(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    loaded = load_crisis(RECALL)
    scorer = OfflineScorer()
    engine = CrisisEngine(loaded, scorer)
    expert = loaded.scenario.expert_run()
    assert expert is not None
    state, outcome = engine.replay(list(expert.actions))
    run = CrisisRun(engine)
    run.state = state
    db = tmp_path / "cmsim.db"
    with Store.open(db) as store:
        session_id = record(store, store.person("Ann"), run, outcome)
        before = [(t.step_id, t.score.result.scores) for t in store.turns(session_id)]
        assert any(step == "triage" and max(scores.values()) > 50 for step, scores in before)
        (done,) = rescore_sessions(store, [session_id], scorer)
        assert done.crisis and done.changed == 0 and done.unchanged == len(before)
        assert [(t.step_id, t.score.result.scores) for t in store.turns(session_id)] == before
        assert all(not t.history for t in store.turns(session_id))  # nothing was written
    assert main(["rescore", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert f"session {session_id}: 0 rescored, {len(before)} unchanged (scenario " in out
    assert ", a crisis played again)" in out
    assert "0 answers with a new score" in out


class Harsher(OfflineScorer):
    """The offline scorer after a rubric change: every written text loses 20 points of teamwork."""

    name = "harsher"

    def score(self, scenario: Scenario, step: Step, answer: Answer) -> StepResult:
        result = super().score(scenario, step, answer)
        scores = {q: max(0, v - 20) if q.value == "teamwork" else v for q, v in result.scores.items()}
        return result.model_copy(update={"scores": scores, "scorer": self.name})


def _recorded(db: Path) -> int:
    return record_run(db, RECALL)


def test_a_new_scorer_rescores_a_crisis_by_playing_it_again(tmp_path: Path) -> None:
    db = tmp_path / "cmsim.db"
    session_id = _recorded(db)
    with Store.open(db) as store:
        before = {t.step_id: t.result.scores for t in store.turns(session_id)}
        (done,) = rescore_sessions(store, [session_id], Harsher())
        after = {t.step_id: t for t in store.turns(session_id)}
    assert done.crisis and done.replayed and done.changed == len(before)
    notes = [s for s in before if s.startswith("escalate-")]
    assert notes and all(after[s].result.scores["teamwork"] == max(0, before[s]["teamwork"] - 20) for s in notes)
    # the triage's escalations criterion reads the notes' teamwork: it is computed again, not kept
    assert after["triage"].result.scores["teamwork"] < before["triage"]["teamwork"]
    assert all(t.history for t in after.values())  # the older scorings are kept


def test_a_crisis_recorded_without_its_log_keeps_its_scores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cmsim.db"
    session_id = _recorded(db)
    raw = sqlite3.connect(db)
    raw.execute("DELETE FROM drafts")  # as recorded before crises kept their action log
    raw.commit()
    raw.close()
    with Store.open(db) as store:
        before = [(t.step_id, t.result.scores) for t in store.turns(session_id)]
        (done,) = rescore_sessions(store, [session_id], Harsher())
        assert done.crisis and not done.replayed and done.changed == 0 and done.unchanged == len(before)
        assert [(t.step_id, t.result.scores) for t in store.turns(session_id)] == before
    assert main(["rescore", "--db", str(db)]) == 0
    assert f"session {session_id}: a crisis with no action log to play again" in capsys.readouterr().out
