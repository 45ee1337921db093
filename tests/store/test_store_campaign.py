"""Assessment rules: no feedback, time limits enforced, answers locked, hints per campaign, integrity
signals; and rescoring stored transcripts keeps the old scores."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from store_kit import Ticker, WordScorer

from cmsim.authoring.load import Loaded, load_scenario
from cmsim.console.loop import LineSession
from cmsim.console.reader import Line, LineReader
from cmsim.console.timing import paste_bursts, typing_rates
from cmsim.model.qualities import Quality
from cmsim.model.result import Answer, StepResult
from cmsim.model.scenario import Scenario, Step
from cmsim.session.playthrough import Playthrough
from cmsim.session.profile import profile_of
from cmsim.session.rescore import rescore_session
from cmsim.session.signals import FastTyping, Paste
from cmsim.store.db import Store
from cmsim.store.records import Campaign, StoreError

TYPED = "calm and listening\n\na\nteam public\n\nteam note\n\ncommunication\n\nclose\n"


def campaign(store: Store, loaded: Loaded, **kw: object) -> Campaign:
    return store.create_campaign("junior", "en", [str(loaded.path)], **kw)  # type: ignore[arg-type]


def session_output(play: Playthrough, typed: str) -> str:
    out = io.StringIO()
    LineSession(play, LineReader(io.StringIO(typed)), out).run()
    return out.getvalue()


def test_assessment_shows_no_feedback_but_practice_does(store: Store, linear: Loaded) -> None:
    practice = Playthrough.start(store, store.person("Ann"), linear, WordScorer())
    shown = session_output(practice, TYPED)
    assert "average" in shown and "calm: found" in shown and "Right team." in shown
    cleo = store.person("Cleo", "candidate")
    exam = Playthrough.start(store, cleo, linear, WordScorer(), "assess", campaign(store, linear))
    hidden = session_output(exam, TYPED)
    assert exam.finished and len(store.turns(exam.session_id)) == 5
    for leak in ("average", "found", "missing", "Right team", "90", "Done (good)", "All answered"):
        assert leak not in hidden
    assert "Answer 5 recorded. Answers are locked once submitted." in hidden


def test_answers_are_locked_and_a_resumed_assessment_goes_on_to_the_next_step(store: Store, linear: Loaded) -> None:
    exam = Playthrough.start(store, store.person("Cleo"), linear, WordScorer(), "assess", campaign(store, linear))
    exam.open_step()
    exam.submit(Answer(fields={"reply": "first and final"}))
    state_before = exam.state
    again = Playthrough.resume(store, exam.session_id, WordScorer())
    assert again.open_step().id == "s2"
    _, retry = again.runner.submit(again.runner.start(), Answer(fields={"reply": "a better answer"}))
    with pytest.raises(StoreError, match="locked"):
        store.record_turn(exam.session_id, retry, state_before)
    assert [t.answer.fields.get("reply") for t in store.turns(exam.session_id)] == ["first and final"]
    assert [s.kind for s in store.signals(exam.session_id)] == ["interrupted"]


def test_past_the_time_limit_a_reply_auto_submits_what_was_typed(store: Store, linear: Loaded, ticker: Ticker) -> None:
    timed = campaign(store, linear, step_limit=60)
    exam = Playthrough.start(store, store.person("Cleo"), linear, WordScorer(), "assess", timed)
    step = exam.open_step()
    assert exam.time_limit(step) == 60 and not exam.expired(step)
    exam.save_draft({"reply": "half an answ"})
    ticker.t += 45
    assert exam.remaining(step) == 15
    ticker.t += 1000  # the candidate closed the terminal; the clock ran on
    resumed = Playthrough.resume(store, exam.session_id, WordScorer())
    assert resumed.expired(resumed.open_step())
    turn = resumed.submit_draft()
    assert turn.answer.fields == {"reply": "half an answ"} and turn.overtime
    assert turn.elapsed == pytest.approx(1045)
    kinds = [s.kind for s in store.signals(exam.session_id)]
    assert kinds == ["interrupted", "auto-submitted"]
    # A choice has nothing to auto-submit: it is taken late and recorded as overtime.
    choice = resumed.open_step()
    ticker.t += 61
    assert not resumed.expired(choice)
    assert resumed.submit(Answer(option="b")).overtime
    assert store.signals(exam.session_id)[-1].kind == "overtime"


def test_campaign_step_time_overrides_the_scenario_and_practice_only_notes_overtime(
    store: Store, linear: Loaded, ticker: Ticker
) -> None:
    exam = Playthrough.start(
        store, store.person("Cleo"), linear, WordScorer(), "assess", campaign(store, linear, step_limit=10)
    )
    assert exam.time_limit(exam.open_step()) == 10
    practice = Playthrough.start(store, store.person("Ann"), linear, WordScorer())
    step = practice.open_step()
    ticker.t += 120
    assert not practice.expired(step)
    assert practice.submit(Answer(fields={"reply": "late"})).overtime
    assert store.signals(practice.session_id) == []  # practice keeps no integrity signals


def test_the_line_session_auto_submits_at_the_deadline(store: Store, linear_file: Path) -> None:
    short = linear_file.read_text().replace("time_limit: 60", "time_limit: 1")
    linear_file.write_text(short)
    loaded = load_scenario(linear_file)
    exam = Playthrough.start(store, store.person("Cleo"), loaded, WordScorer(), "assess", campaign(store, loaded))
    out = io.StringIO()
    reader = LineReader(_SlowStream(["typed in time\n"], then_wait=1.5))
    assert LineSession(exam, reader, out).run() is False
    assert "Time is up" in out.getvalue()
    first = store.turns(exam.session_id)[0]
    assert first.answer.fields == {"reply": "typed in time"}


class _SlowStream(io.StringIO):
    """Gives its lines, then blocks as a person who stopped typing would, then ends."""

    def __init__(self, lines: list[str], then_wait: float) -> None:
        super().__init__()
        self.lines = lines
        self.wait = then_wait

    def __iter__(self):  # type: ignore[no-untyped-def]
        import time

        yield from self.lines
        time.sleep(self.wait)


def test_hints_follow_the_campaign(store: Store, linear: Loaded) -> None:
    closed = Playthrough.start(store, store.person("A"), linear, WordScorer(), "assess", campaign(store, linear))
    assert "Use her name." not in session_output(closed, "/hint\n" + TYPED)
    assert "No hints here." in session_output(
        Playthrough.start(store, store.person("B"), linear, WordScorer(), "assess", closed.campaign), "/hint\n"
    )
    open_ = store.create_campaign("open", "en", [str(linear.path)], hints=True)
    play = Playthrough.start(store, store.person("C"), linear, WordScorer(), "assess", open_)
    shown = session_output(play, "/hint\n/hint\n" + TYPED)
    assert "Hint: Use her name." in shown and "Hint: Say what you will do." in shown
    assert [s.detail["number"] for s in store.signals(play.session_id) if s.kind == "hint"] == [1, 2]


def test_integrity_signals_from_line_timing() -> None:
    pasted = [Line("x" * 30, 10.0), Line("y" * 30, 10.001), Line("z" * 30, 10.002), Line("typed", 15.0)]
    assert paste_bursts(pasted) == [Paste(lines=3, chars=90)]
    assert paste_bursts([Line("w" * 200, 3.0)]) == [Paste(lines=1, chars=200)]
    assert paste_bursts([Line("short", 3.0), Line("human", 8.0)]) == []
    # 60 characters in 2 s is 30 cps: implausible; in 10 s (6 cps) it is ordinary typing.
    assert typing_rates([Line("a" * 60, 2.0)], shown_at=0.0) == [FastTyping(chars=60, cps=30.0)]
    assert typing_rates([Line("a" * 60, 10.0)], shown_at=0.0) == []


def test_assessment_records_pastes(store: Store, linear: Loaded) -> None:
    exam = Playthrough.start(store, store.person("Cleo"), linear, WordScorer(), "assess", campaign(store, linear))
    session_output(exam, "line one of a paste\nline two of it\nline three\n\n")
    pastes = [s for s in store.signals(exam.session_id) if s.kind == "paste"]
    assert pastes and pastes[0].step_id == "s1" and int(pastes[0].detail["lines"]) >= 3


class StricterScorer(WordScorer):
    """Version 2 of the test rubric: everything scores 10 points lower."""

    name = "words-v2"

    def score(self, scenario: Scenario, step: Step, answer: Answer) -> StepResult:
        result = super().score(scenario, step, answer)
        lower = {q: max(0, v - 10) for q, v in result.scores.items()}
        return result.model_copy(update={"scores": lower, "scorer": self.name})


def test_rescore_keeps_old_scores_and_versions(store: Store, linear: Loaded, linear_file: Path) -> None:
    play = Playthrough.start(store, store.person("Ann"), linear, WordScorer())
    session_output(play, TYPED)
    first = rescore_session(store, play.session_id, StricterScorer())
    assert (first.changed, first.unchanged) == (5, 0)
    turn = store.turns(play.session_id)[0]
    assert turn.score.scorer == "words-v2" and turn.result.scores[Quality.calm] == 80
    assert [(v.scorer, v.result.scores[Quality.calm]) for v in turn.history] == [("words-v1", 90)]
    assert profile_of(store, store.person("Ann")).qualities[Quality.calm].score is not None
    again = rescore_session(store, play.session_id, StricterScorer())
    assert (again.changed, again.unchanged) == (0, 5)
    # The scenario changes: one step disappears, the others are rescored under the new digest.
    text = linear_file.read_text()
    without_s4 = text.split("  - id: s4")[0] + "  - id: s5" + text.split("  - id: s5")[1]
    linear_file.write_text(without_s4.replace("    next: s4\n", "    next: s5\n"))
    changed = rescore_session(store, play.session_id, StricterScorer())
    assert changed.missing_steps == ("s4",)
    assert changed.digest != linear.digest
    assert store.turns(play.session_id)[0].score.digest == changed.digest


def test_assess_and_campaign_commands_end_to_end(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")

    def cmsim(*args: str, typed: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "cmsim", *args, "--db", db], input=typed, capture_output=True, text=True
        )

    made = cmsim("campaign", "create", "cm-fr", "late-parcel-en", "--lang", "fr", "--step-time", "600")
    assert made.returncode == 0, made.stderr
    assert "scenarios/fr/late-parcel.yaml" in made.stdout and "600 s per step" in made.stdout
    first = cmsim("assess", "cm-fr", "--candidate", "Zoé", typed="Bonjour, je regarde ça tout de suite.\n\n")
    assert first.returncode == 0, first.stderr
    assert "Réponse 1 enregistrée" in first.stdout and "moyenne" not in first.stdout
    assert "cmsim assess" in first.stdout  # paused at step 2: how to continue
    shown = cmsim("campaign", "show", "cm-fr")
    assert "Zoé" in shown.stdout and "at step 2" in shown.stdout
    missing = cmsim("assess", "nope", "--candidate", "Zoé")
    assert missing.returncode == 1 and "no campaign 'nope'" in missing.stderr and "Traceback" not in missing.stderr
