"""The SQLite store: where it lives, answers committed and locked, drafts, timers, migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_kit import Ticker, WordScorer

from cmsim.authoring.load import Loaded
from cmsim.model.result import Answer
from cmsim.session.playthrough import Playthrough, load_state, new_session
from cmsim.sim.runner import Runner
from cmsim.store.db import Store
from cmsim.store.location import db_path
from cmsim.store.records import StoreError
from cmsim.store.schema import SCHEMA_VERSION, connect, migrate


def test_db_location_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMSIM_HOME", str(tmp_path / "home"))
    assert db_path() == tmp_path / "home" / "cmsim.db"
    assert db_path(tmp_path / "x.db") == tmp_path / "x.db"
    monkeypatch.delenv("CMSIM_HOME")
    assert db_path().name == "cmsim.db" and "cmsim" in db_path().parent.as_posix()
    monkeypatch.setenv("CMSIM_HOME", str(tmp_path / "home"))
    with Store.open() as store:
        assert store.path == tmp_path / "home" / "cmsim.db"
    assert (tmp_path / "home" / "cmsim.db").exists()


def test_answers_are_committed_and_survive_a_new_connection(tmp_path: Path, linear: Loaded) -> None:
    runner = Runner(linear, WordScorer())
    with Store.open(tmp_path / "a.db") as store:
        sid = store.start_session(store.person("Ann"), new_session(linear))
        state = runner.start()
        for answer in (Answer(fields={"reply": "calm words"}), Answer(option="a")):
            state, turn = runner.submit(state, answer)
            store.record_turn(sid, turn, state)
        # Read with a raw connection while the store is still open: nothing waits for a close.
        raw = sqlite3.connect(tmp_path / "a.db")
        assert raw.execute("SELECT COUNT(*) FROM turns WHERE session_id = ?", (sid,)).fetchone()[0] == 2
        raw.close()
    with Store.open(tmp_path / "a.db") as store:
        restored = load_state(store, sid, runner)
        assert restored == state
        assert restored.node == "s3"
        turns = store.turns(sid)
        assert [t.step_id for t in turns] == ["s1", "s2"]
        assert turns[0].answer.fields == {"reply": "calm words"}
        assert turns[0].score.scorer == "words-v1" and turns[0].score.digest == linear.digest


def test_an_answered_step_is_locked(store: Store, linear: Loaded) -> None:
    runner = Runner(linear, WordScorer())
    sid = store.start_session(store.person("Ann"), new_session(linear))
    start = runner.start()
    state, turn = runner.submit(start, Answer(fields={"reply": "first"}))
    store.record_turn(sid, turn, state)
    _, again = runner.submit(start, Answer(fields={"reply": "second try"}))
    with pytest.raises(StoreError, match="locked"):
        store.record_turn(sid, again, state)
    assert [t.answer.fields["reply"] for t in store.turns(sid)] == ["first"]


def test_drafts_keep_typing_order_and_go_once_submitted(store: Store, linear: Loaded) -> None:
    play = Playthrough.start(store, store.person("Ann"), linear, WordScorer())
    play.open_step()
    play.save_draft({"reply": "half a"})
    play.save_draft({"reply": "half a\nthought"})
    assert play.draft() == {"reply": "half a\nthought"}
    play.submit(Answer(fields=play.draft()))
    assert store.draft(play.session_id, "s1") == {}
    assert store.turns(play.session_id)[0].answer.fields == {"reply": "half a\nthought"}


def test_practice_clock_pauses_while_closed_but_an_assessment_clock_runs_on(
    store: Store, linear: Loaded, ticker: Ticker
) -> None:
    person = store.person("Ann")
    for mode, expected in (("practice", 10.0), ("assess", 1010.0)):
        play = Playthrough.start(store, person, linear, WordScorer(), mode)  # type: ignore[arg-type]
        play.open_step()
        ticker.t += 10
        play.save_draft({"reply": "typing"})
        ticker.t += 1000  # the terminal is closed for a while
        again = Playthrough.resume(store, play.session_id, WordScorer())
        assert again.elapsed() == pytest.approx(expected)
        turn = again.submit(Answer(fields={"reply": "done"}))
        assert turn.elapsed == pytest.approx(expected)
        assert turn.overtime is (expected > 60)


def test_a_v1_database_upgrades_keeping_its_data(tmp_path: Path, linear: Loaded) -> None:
    file = tmp_path / "old.db"
    conn = connect(file)
    assert migrate(conn, target=1) == 1
    conn.execute("INSERT INTO people (name, role, created_at) VALUES ('Old', 'trainee', 1.0)")
    conn.execute(
        "INSERT INTO sessions (person_id, mode, scenario_id, scenario_path, digest, lang, node, started_at, "
        "updated_at, seen_at) VALUES (1, 'practice', 'linear', ?, ?, 'en', 's1', 1.0, 1.0, 1.0)",
        (str(linear_path(linear)), linear.digest),
    )
    conn.close()
    with Store.open(file) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
        info = store.session(1)
        assert (info.person.name, info.node, info.campaign_id) == ("Old", "s1", None)
        campaign = store.create_campaign("c", "en", [str(linear.path)])
        assert store.campaign("c") == campaign
        play = Playthrough.resume(store, 1, WordScorer())
        play.submit(Answer(fields={"reply": "calm"}))
        assert store.session(1).node == "s2"


def linear_path(loaded: Loaded) -> Path:
    return loaded.path.resolve()


def test_a_newer_or_foreign_database_gets_a_clear_error(tmp_path: Path) -> None:
    newer = tmp_path / "newer.db"
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError, match="newer than this cmsim"):
        Store.open(newer)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a cmsim database"):
        Store.open(junk)


def test_store_is_usable_from_another_thread(store: Store, linear: Loaded) -> None:
    import threading

    person = store.person("Ann")
    ids: list[int] = []
    worker = threading.Thread(target=lambda: ids.append(store.start_session(person, new_session(linear))))
    worker.start()
    worker.join()
    assert [s.id for s in store.unfinished(person)] == ids
