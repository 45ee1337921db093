"""`cmsim rescore` over a crisis session keeps its scores: a crisis is read back as one triage step
(reports, compare), and scoring that step's empty answer as a reply used to replace the triage with zeros."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmsim.authoring.crisis import load_crisis
from cmsim.cli import main
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
    assert f"session {session_id}: a crisis, scored by replaying it" in out
    assert "0 answer(s) with a new score" in out
