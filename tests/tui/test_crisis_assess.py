"""A crisis inside an assessment campaign: played in kiosk mode (full speed, no pause, no debrief), stored
as one session of the candidate that reports and comparisons read, and never restarted by a reload: the
logged actions and the running clock come back; time that ran out while away ends it as it stood."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from cmsim.authoring.crisis import load_crisis
from cmsim.cli import main
from cmsim.model.crisis import Action
from cmsim.scoring.offline import OfflineScorer
from cmsim.session.crisis_assess import LIVE_NODE, actions_of, save_actions, start, time_ran_out
from cmsim.sim.crisis import CrisisEngine
from cmsim.store.db import Store
from cmsim.tui.app import CmsimApp
from cmsim.tui.kiosk import Kiosk
from cmsim.tui.screens.crisis import CrisisScreen
from cmsim.tui.screens.debrief import AssessmentDoneScreen
from cmsim.tui.screens.play import PlayScreen
from cmsim.tui.widgets.composer import Composer
from tests.tui.crisis_kit import RECALL, perform
from tests.tui.helpers import settle
from tests.tui.test_kiosk import LATE_PARCEL, Clock

CANDIDATE = "Kim Candidate"


def expert_actions() -> tuple[list[Action], list[str]]:
    """The expert run, as the TUI sends it (a statement goes to the crisis's first two networks)."""
    scenario = load_crisis(RECALL).scenario
    expert = scenario.expert_run()
    assert expert is not None
    actions = [a.model_copy(update={"platforms": list(scenario.platforms[:2])}) if a.kind == "statement" else a
               for a in expert.actions]
    return actions, list(scenario.teams)


def kiosk(clock: Clock, *paths: object) -> CmsimApp:
    with Store.open(now=clock) as store:
        if not store.campaigns():
            store.create_campaign("cm-crisis", "en", [str(p) for p in paths], step_limit=None, hints=False)
    return CmsimApp(scorer=OfflineScorer(), library=[LATE_PARCEL], typing_delay=0, clock=clock,
                    kiosk=Kiosk(campaign="cm-crisis", candidate=CANDIDATE))


def crisis_sessions() -> list[tuple[int, bool, int]]:
    with Store.open() as store:
        return [(s.id, s.finished, s.turns) for s in store.sessions() if s.scenario_id == "crisis-recall-en"]


async def candidate_returns(clock: Clock) -> None:
    """The candidate's link opened again: agree, and the app says the assessment is done."""
    back = kiosk(clock)
    async with back.run_test(size=(120, 36)) as pilot:
        await settle(back, pilot)
        back.screen.query_one("#agree").press()  # type: ignore[attr-defined]
        await settle(back, pilot)
        await back.workers.wait_for_complete()
        await settle(back, pilot)
        assert isinstance(back.screen, AssessmentDoneScreen)


async def test_a_campaign_plays_a_step_scenario_then_the_crisis_and_reports_both(
        capsys: pytest.CaptureFixture[str], tmp_path: object) -> None:
    clock = Clock()
    app = kiosk(clock, LATE_PARCEL, RECALL)
    actions, teams = expert_actions()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        briefing = " ".join(str(w.render()) for w in app.screen.query("Static"))
        assert "live crisis" in briefing and "cannot be paused" in briefing
        app.screen.query_one("#agree").press()  # type: ignore[attr-defined]
        await settle(app, pilot)
        while isinstance(app.screen, PlayScreen):
            screen = app.screen
            for composer in screen.query(Composer).results():
                for field in composer.editors:
                    field.editor.text = "Dan, I'm so sorry about the parcel. I'm checking it now and will DM you. ^Jo"
            await pilot.press("ctrl+s" if screen.query(Composer) else "enter")
            await settle(app, pilot)
        crisis = app.screen
        assert isinstance(crisis, CrisisScreen) and crisis.run.assessing and crisis.run.campaign is not None
        crisis.tick()
        await pilot.press("space", "v")  # no pause, no half speed in an assessment
        clock.now += 5
        crisis.tick()
        assert crisis.run.state.now == 5 and not crisis.run.paused and crisis.run.speed == 1.0
        for action in actions:
            await perform(app, pilot, clock, action, teams)
        await pilot.press("ctrl+x")  # once only asks: ending an assessment's crisis is final
        await settle(app, pilot)
        assert app.screen is crisis and not crisis.run.finished
        await pilot.press("ctrl+x")
        await settle(app, pilot)
        await app.workers.wait_for_complete()
        await settle(app, pilot)
        assert isinstance(app.screen, AssessmentDoneScreen)  # no debrief, no ending shown
    with Store.open() as store:
        sessions = store.sessions(store.person(CANDIDATE, "candidate"))
        assert [(s.scenario_id, s.finished, s.mode) for s in sessions] == [
            ("late-parcel-en", True, "assess"), ("crisis-recall-en", True, "assess")]
        stored = [t.result for t in store.turns(sessions[1].id)]
    # The stored crisis is exactly what replaying its actions gives, as 'cmsim play' does.
    _state, outcome = CrisisEngine(load_crisis(RECALL), OfflineScorer()).replay(actions)
    assert [(r.step_id, r.scores) for r in stored] == [(r.step_id, r.scores) for r in outcome.results]
    answers = tmp_path / "run.yaml"  # type: ignore[operator]
    answers.write_text(yaml.safe_dump([a.model_dump(exclude_defaults=True) for a in actions]))
    assert main(["play", str(RECALL), "--answers", str(answers), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["triage"] == {c.id: c.score for c in outcome.triage.criteria}
    assert main(["report", CANDIDATE, "--format", "json"]) == 0
    report = capsys.readouterr().out
    assert "crisis-recall-en" in report and "late-parcel-en" in report
    assert main(["compare", "cm-crisis", "--csv"]) == 0
    compared = capsys.readouterr().out
    assert CANDIDATE in compared and "2" in compared.splitlines()[1]
    assert main(["profile", CANDIDATE, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["sessions"] == 2


async def test_a_reload_resumes_the_crisis_with_its_actions_and_running_clock_never_a_fresh_one(
        capsys: pytest.CaptureFixture[str]) -> None:
    clock = Clock()
    actions, teams = expert_actions()
    first = kiosk(clock, RECALL)
    async with first.run_test(size=(120, 36)) as pilot:
        await settle(first, pilot)
        first.screen.query_one("#agree").press()  # type: ignore[attr-defined]
        await settle(first, pilot)
        assert isinstance(first.screen, CrisisScreen)
        first.screen.tick()
        for action in actions[:2]:
            await perform(first, pilot, clock, action, teams)
        await first.workers.wait_for_complete()
        left_at = first.screen.run.state.now
    [(session_id, finished, turns)] = crisis_sessions()  # stored from its start: the process may die now
    assert not finished and turns == 0
    with Store.open() as store:
        assert actions_of(store, session_id) == actions[:2]
        assert store.session(session_id).node == LIVE_NODE
    clock.now += 40
    second = kiosk(clock)
    async with second.run_test(size=(120, 36)) as pilot:
        await settle(second, pilot)
        screen = second.screen
        assert isinstance(screen, CrisisScreen), "agreed once: straight back into the crisis"
        assert [t.action for t in screen.run.state.taken] == actions[:2]
        assert screen.run.state.now == pytest.approx(left_at + 40)  # the clock ran on while away
        screen.tick()
        await perform(second, pilot, clock, actions[2], teams)
        await second.workers.wait_for_complete()
    duration = load_crisis(RECALL).scenario.duration
    with Store.open(now=clock) as store:
        assert not time_ran_out(store, store.session(session_id), duration)
    clock.now += 3600  # the candidate comes back after the crisis's time ran out
    with Store.open(now=clock) as store:
        assert time_ran_out(store, store.session(session_id), duration)
    third = kiosk(clock)
    async with third.run_test(size=(120, 36)) as pilot:
        await settle(third, pilot)
        await third.workers.wait_for_complete()
        await settle(third, pilot)
        assert isinstance(third.screen, AssessmentDoneScreen)
    _state, outcome = CrisisEngine(load_crisis(RECALL), OfflineScorer()).replay(actions[:3])
    assert crisis_sessions() == [(session_id, True, len(outcome.results))]  # one session, finished
    with Store.open() as store:
        stored = store.turns(session_id)
        signals = [s.kind for s in store.signals(session_id)]
    assert [(t.step_id, t.result.scores) for t in stored] == [(r.step_id, r.scores) for r in outcome.results]
    assert signals.count("interrupted") == 2


def _db_rows() -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables a scoring would write, to see that a read-only command wrote nothing."""
    with Store.open() as store:
        return {t: [tuple(r) for r in store.conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()]
                for t in ("sessions", "turns", "scores", "signals")}


async def test_a_crisis_left_for_good_is_scored_for_the_recruiter_as_it_stood_and_marked_abandoned(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    clock = Clock()
    actions, _teams = expert_actions()
    loaded = load_crisis(RECALL)
    with Store.open(now=clock) as store:
        campaign = store.create_campaign("cm-crisis", "en", [str(RECALL)], step_limit=None, hints=False)
        run = start(store, store.person(CANDIDATE, "candidate"), loaded, OfflineScorer(), campaign)
        for action in actions[:3]:
            run.tick(action.at - run.state.now)
            run.act(**action.model_dump(exclude={"at"}, exclude_defaults=True))
            save_actions(store, run)
        session_id = run.session_id
    # the candidate closed the tab and never came back; the crisis's time is long over (the commands read
    # the real clock, hours after the test clock)
    untouched = _db_rows()
    assert main(["campaign", "show", "cm-crisis"]) == 0
    captured = capsys.readouterr()
    assert "finished (abandoned: the crisis was left, scored as it stood, not recorded yet)" in captured.out
    assert f"session {session_id}: {CANDIDATE}'s crisis crisis-recall-en was left" in captured.err
    assert "'cmsim campaign close cm-crisis' records it" in captured.err
    _state, outcome = CrisisEngine(loaded, OfflineScorer()).replay(actions[:3])
    assert main(["report", CANDIDATE, "--format", "md"]) == 0
    report = capsys.readouterr().out
    assert "left the crisis and never came back: scored as it stood when its time ran out (3 actions, the last at " \
        f"{actions[2].at:g} s of {loaded.scenario.duration} s)" in report
    assert actions[0].text.split()[0] in report.split("## Transcript", 1)[1]  # the answers kept, to read
    assert main(["compare", "cm-crisis", "--csv"]) == 0 and CANDIDATE in capsys.readouterr().out
    bundle = tmp_path / "kim.json"
    assert main(["export", "--bundle", "--person", CANDIDATE, "-o", str(bundle)]) == 0
    sessions = json.loads(bundle.read_text("utf-8"))["payload"]["sessions"]
    assert [len(s["turns"]) for s in sessions] == [len(outcome.results)]
    assert main(["verify", str(bundle)]) == 0  # the bundle's scores are those its action log gives again
    capsys.readouterr()
    # the recruiter's reads wrote no score, no turn, no signal: the session stands where the candidate left it
    after = _db_rows()
    assert {t: after[t] for t in ("sessions", "turns", "scores", "signals")} == untouched
    # recording it is an explicit command, once
    assert main(["campaign", "close", "cm-crisis"]) == 0
    assert "1 abandoned crisis recorded in cm-crisis" in capsys.readouterr().out
    with Store.open() as store:
        info = store.session(session_id)
        stored = store.turns(session_id)
        signals = store.signals(session_id)
    assert info.finished and [(t.step_id, t.result.scores) for t in stored] == [
        (r.step_id, r.scores) for r in outcome.results]
    assert [s.kind for s in signals] == ["abandoned"]
    assert main(["campaign", "close", "cm-crisis"]) == 0 and "0 abandoned crises" in capsys.readouterr().out
    assert main(["campaign", "show", "cm-crisis"]) == 0
    captured = capsys.readouterr()
    assert "left" not in captured.err and "scored as it stood)" in captured.out  # recorded: said once, by close
    await candidate_returns(clock)  # the link opened afterwards: nothing more to play, nothing scored twice
    assert crisis_sessions() == [(session_id, True, len(outcome.results))]


async def test_a_crisis_read_by_the_recruiter_is_still_recorded_by_the_candidate_s_return() -> None:
    clock = Clock()
    actions, _teams = expert_actions()
    loaded = load_crisis(RECALL)
    with Store.open(now=clock) as store:
        campaign = store.create_campaign("cm-crisis", "en", [str(RECALL)], step_limit=None, hints=False)
        run = start(store, store.person(CANDIDATE, "candidate"), loaded, OfflineScorer(), campaign)
        run.tick(actions[0].at)
        run.act(**actions[0].model_dump(exclude={"at"}, exclude_defaults=True))
        save_actions(store, run)
        session_id = run.session_id
    assert main(["report", CANDIDATE, "--format", "json"]) == 0  # read in memory, nothing recorded
    assert crisis_sessions() == [(session_id, False, 0)]
    clock.now += 3600.0  # the candidate's own clock: the crisis's time ran out while away
    await candidate_returns(clock)
    _state, outcome = CrisisEngine(loaded, OfflineScorer()).replay(actions[:1])
    assert crisis_sessions() == [(session_id, True, len(outcome.results))]


def test_the_console_says_to_run_the_crisis_in_the_terminal_app(capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open() as store:
        store.create_campaign("cm-crisis", "en", [str(RECALL)], step_limit=None, hints=False)
    assert main(["assess", "cm-crisis", "--candidate", CANDIDATE]) == 2
    out = capsys.readouterr().out
    assert "live crisis" in out and "cmsim assess cm-crisis --candidate 'Kim Candidate' --tui" in out
    assert crisis_sessions() == []  # its clock has not started


def test_campaign_create_takes_crises_beside_scenarios_and_names_a_bad_one(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["campaign", "create", "typo", "late-parcel-en", "crisis-recal-en", "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "crisis-recal-en:1:1" in err and "did you mean 'crisis-recall-en'?" in err
    assert main(["campaign", "create", "mixed", "late-parcel-en", "crisis-recall-en", "--lang", "en"]) == 0
    capsys.readouterr()
    assert main(["campaign", "show", "mixed"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split()[:2] == ["1.", "scenario"] and lines[2].split()[:2] == ["2.", "crisis"]


def test_two_processes_ending_the_same_crisis_record_it_once() -> None:
    from cmsim.session.crisis import CrisisRun
    from cmsim.session.crisis_assess import finish, open_next, resume

    clock = Clock()
    with Store.open(now=clock) as store:
        campaign = store.create_campaign("cm-crisis", "en", [str(RECALL)], step_limit=None, hints=False)
        person = store.person(CANDIDATE, "candidate")
        old = open_next(store, campaign, person, OfflineScorer())
        assert isinstance(old, CrisisRun) and old.session_id is not None
        new = resume(store, store.session(old.session_id), load_crisis(RECALL), OfflineScorer(), campaign)
        assert new.session_id == old.session_id  # a second connection gets the same session, not a fresh one
        sid = finish(store, new)
        turns = len(store.turns(sid))
        assert finish(store, old) == sid and len(store.turns(sid)) == turns  # the late one records nothing
        assert store.session(sid).finished and open_next(store, campaign, person, OfflineScorer()) is None
