"""Profile aggregation: evidence-weighted means, confidence from data points, trend across sessions."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from store_kit import Ticker, WordScorer

from cmsim.authoring.load import Loaded
from cmsim.model.qualities import Quality
from cmsim.model.result import Answer
from cmsim.session.playthrough import Playthrough
from cmsim.session.profile import profile_of, weight
from cmsim.store.db import Store


def play_through(store: Store, loaded: Loaded, name: str, s1: str, s3: tuple[str, str], s4: str) -> int:
    play = Playthrough.start(store, store.person(name), loaded, WordScorer())
    for answer in (
        Answer(fields={"reply": s1}),
        Answer(option="a"),
        Answer(fields={"public": s3[0], "note": s3[1]}),
        Answer(fields={"reply": s4}),
        Answer(option="close"),
    ):
        play.open_step()
        play.submit(answer)
    return play.session_id


def test_scores_are_weighted_by_evidence(store: Store, linear: Loaded) -> None:
    # s1: calm found (90, weight 2), listening missing (30, weight 1);
    # s3: calm missing (30, w1), teamwork found in the note (90, w2); s2 choice teamwork 90 (w1).
    play_through(store, linear, "Ann", "I stay calm", ("hello", "team note"), "x")
    profile = profile_of(store, store.person("Ann"))
    calm = profile.qualities[Quality.calm]
    assert calm.points == 2 and calm.evidence == 1
    assert calm.score == round((90 * 2 + 30 * 1) / 3, 1) == 70.0
    team = profile.qualities[Quality.teamwork]
    assert team.score == round((90 * 1 + 90 * 2) / 3, 1)
    listening = profile.qualities[Quality.listening]  # s1 missing (30, w1) and the choice s5 (80, w1)
    assert listening.score == 55.0 and listening.points == 2
    assert profile.qualities[Quality.creativity].score is None
    assert profile.qualities[Quality.creativity].band is None
    assert (profile.sessions, profile.steps) == (1, 5)
    assert calm.confidence == "low" and calm.trend is None


def test_weight_counts_only_criteria_of_the_quality_with_evidence(store: Store, linear: Loaded) -> None:
    result = WordScorer().score(linear.scenario, linear.scenario.step("s1"), Answer(fields={"reply": "calm"}))
    assert weight(result, Quality.calm) == 2
    assert weight(result, Quality.listening) == 1
    assert weight(result, Quality.teamwork) == 1


def test_confidence_grows_and_trend_follows_sessions(store: Store, linear: Loaded, ticker: Ticker) -> None:
    for s1 in ("nothing", "nothing", "calm", "calm"):
        play_through(store, linear, "Bea", s1, ("x", "y"), "z")
        ticker.t += 3600
    calm = profile_of(store, store.person("Bea")).qualities[Quality.calm]
    assert calm.points == 8 and calm.confidence == "high"
    assert [p.score for p in calm.history] == [30.0, 30.0, 70.0, 70.0]
    assert calm.delta == 40.0 and calm.trend == "up"
    assert profile_of(store, store.person("Bea")).qualities[Quality.teamwork].trend == "steady"


def test_profile_only_counts_the_persons_own_sessions(store: Store, linear: Loaded) -> None:
    play_through(store, linear, "Ann", "calm", ("x", "y"), "z")
    play_through(store, linear, "Bob", "nothing", ("x", "y"), "z")
    assert profile_of(store, store.person("Ann")).qualities[Quality.calm].score == 70.0
    assert profile_of(store, store.person("Bob")).qualities[Quality.calm].score == 30.0


def test_profile_command_prints_json_and_a_table(tmp_path: Path, linear: Loaded) -> None:
    db = tmp_path / "p.db"
    with Store.open(db) as store:
        play_through(store, linear, "Ann", "calm", ("x", "team"), "comm")
    out = subprocess.run(
        [sys.executable, "-m", "cmsim", "profile", "Ann", "--db", str(db), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(out.stdout)
    assert data["qualities"]["communication"]["score"] == 90.0
    assert data["qualities"]["calm"]["confidence"] == "low"
    table = subprocess.run(
        [sys.executable, "-m", "cmsim", "profile", "Ann", "--db", str(db), "--lang", "fr"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Sang-froid" in table.stdout and "Travail d'équipe" in table.stdout
    missing = subprocess.run(
        [sys.executable, "-m", "cmsim", "profile", "Zed", "--db", str(db)], capture_output=True, text=True
    )
    assert missing.returncode == 1 and "nobody called 'Zed'" in missing.stderr and "people list" in missing.stderr
    env = {**os.environ, "CMSIM_NAME": "Newcomer"}
    first = subprocess.run(
        [sys.executable, "-m", "cmsim", "profile", "--db", str(db)], capture_output=True, text=True, env=env
    )
    assert first.returncode == 1 and "nobody called 'Newcomer' yet (play a scenario first" in first.stderr
