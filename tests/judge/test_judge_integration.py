"""The judge switched on by configuration (config file, CMSIM_JUDGE, flags), rescoring stored sessions
through it concurrently, and its flags shown to people in the TUI's feedback and in the reports."""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fakellm import FakeLLM

from cmsim.authoring.load import Loaded, find_scenario
from cmsim.cli import main
from cmsim.model.result import Answer, StepResult
from cmsim.model.scenario import Scenario, Step
from cmsim.report.data import build_report
from cmsim.report.html import render_html
from cmsim.report.markdown import render_markdown
from cmsim.report.strings import text
from cmsim.scoring.base import Scorer
from cmsim.scoring.factory import configured_kind
from cmsim.scoring.judge.notices import judge_notices
from cmsim.scoring.offline import OfflineScorer
from cmsim.session.playthrough import Playthrough
from cmsim.store.db import Store
from cmsim.tui.scorer import LazyScorer

JUDGE_FLAGS = ["judge-disagrees:calm", "judge-unavailable", "addresses-grader"]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A CMSIM_HOME of its own, with no judge variable from the environment."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("CMSIM_HOME", str(folder))
    for name in ("CMSIM_JUDGE", "OPENAI_BASE_URL", "OPENAI_API_KEY", "CMSIM_JUDGE_MODEL"):
        monkeypatch.delenv(name, raising=False)
    return folder


def configure(home: Path, server: FakeLLM, mode: str = "hybrid", **extra: object) -> Path:
    lines = [f"  mode: {mode}", f"  base_url: {server.url}", "  model: fake-model", "  retries: 0"]
    lines += [f"  {key}: {value}" for key, value in extra.items()]
    config = home / "config.yaml"
    config.write_text("judge:\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return config


def model_answers(loaded: Loaded, path: Path) -> Path:
    """An answers file with each step's model answer (the best option for choices)."""
    answers: dict[str, object] = {}
    for step in loaded.scenario.steps:
        if step.kind == "choice":
            best = max(step.options, key=lambda o: sum(o.scores.values()))
            answers[step.id] = {"option": best.id}
        else:
            answers[step.id] = step.model_answer
    path.write_text(json.dumps(answers), encoding="utf-8")
    return path


def play_json(answers: Path, capsys: pytest.CaptureFixture[str], *flags: str) -> dict[str, object]:
    assert main(["play", "late-parcel-en", "--answers", str(answers), "--json", *flags]) == 0
    result: dict[str, object] = json.loads(capsys.readouterr().out)
    return result


def scorers(run: dict[str, object]) -> list[str]:
    turns = run["turns"]
    assert isinstance(turns, list)
    return [str(t["scorer"]) for t in turns]


# --- switching the judge on by configuration ---------------------------------------------------


def test_config_file_switches_play_to_the_hybrid_judge(
    home: Path, server: FakeLLM, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    configure(home, server)
    answers = model_answers(find_scenario("late-parcel-en"), tmp_path / "answers.json")
    run = play_json(answers, capsys)
    assert any(s.startswith("hybrid/offline") and "+llm:fake-model@" in s for s in scorers(run))
    assert server.count > 0


def test_env_beats_the_file_and_a_flag_beats_the_env(
    home: Path, server: FakeLLM, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(home, server)
    answers = model_answers(find_scenario("late-parcel-en"), tmp_path / "answers.json")
    monkeypatch.setenv("CMSIM_JUDGE", "off")
    assert all(s.startswith("offline") for s in scorers(play_json(answers, capsys)))
    assert server.count == 0
    monkeypatch.setenv("CMSIM_JUDGE", "llm")
    assert any(s.startswith("llm/offline") for s in scorers(play_json(answers, capsys)))
    sent = server.count
    assert sent > 0
    assert all(s.startswith("offline") for s in scorers(play_json(answers, capsys, "--scorer", "offline")))
    assert server.count == sent


def test_nothing_configured_stays_offline_without_importing_openai(home: Path) -> None:
    code = (
        "import sys; from cmsim.scoring.factory import make_scorer; s = make_scorer(); "
        "print(s.name.split('/')[0].split('@')[0], 'openai' in sys.modules)"
    )
    env = {**os.environ, "CMSIM_HOME": str(home)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["offline", "False"]


def test_unquoted_off_in_the_file_means_off(home: Path, server: FakeLLM) -> None:
    configure(home, server, mode="off")  # YAML 1.1 reads a bare 'off' as false
    assert configured_kind() == "offline"
    configure(home, server, mode="hybrid")
    assert configured_kind() == "hybrid"


def test_bad_mode_in_the_file_is_a_located_error(
    home: Path, server: FakeLLM, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = configure(home, server, mode="smart")
    answers = model_answers(find_scenario("late-parcel-en"), tmp_path / "answers.json")
    assert main(["play", "late-parcel-en", "--answers", str(answers)]) == 1
    err = capsys.readouterr().err
    assert f"{config}:2:" in err and "mode" in err and "Traceback" not in err
    assert server.count == 0


def test_bad_env_value_is_a_clear_error(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CMSIM_JUDGE", "always")
    answers = model_answers(find_scenario("late-parcel-en"), tmp_path / "answers.json")
    assert main(["play", "late-parcel-en", "--answers", str(answers)]) == 1
    err = capsys.readouterr().err
    assert "CMSIM_JUDGE='always'" in err and "off, hybrid, llm" in err and "Traceback" not in err


def test_score_command_and_the_tui_scorer_follow_the_config_file(
    home: Path, server: FakeLLM, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    configure(home, server, mode="llm")
    lines = tmp_path / "replies.jsonl"
    lines.write_text(json.dumps({"id": "a", "reply": "Dan, so sorry your parcel is late. DM us? ^Sam"}) + "\n")
    assert main(["score", "-i", str(lines)]) == 0
    assert json.loads(capsys.readouterr().out)["scorer"].startswith("llm/offline")
    loaded = find_scenario("late-parcel-en")
    step = next(s for s in loaded.scenario.steps if s.kind == "reply")
    scorer = LazyScorer()
    fields = loaded.scenario.fields_of(step)
    result = scorer.score(loaded.scenario, step, Answer(fields={f.id: "Dan, so sorry. ^Sam" for f in fields}))
    assert result.scorer.startswith("llm/offline") and scorer.name.startswith("llm/offline")


# --- rescoring through the judge ---------------------------------------------------------------


def stored_session(store: Store, loaded: Loaded) -> tuple[int, int]:
    """A finished practice session of ``loaded`` with its model answers; its id and reply turns."""
    play = Playthrough.start(store, store.person("Ann"), loaded, OfflineScorer())
    replies = 0
    while not play.finished:
        step = play.step()
        if step.kind == "choice":
            play.submit(Answer(option=max(step.options, key=lambda o: sum(o.scores.values())).id))
        else:
            replies += 1
            play.submit(Answer.from_data(step.model_answer))
    return play.session_id, replies


def test_rescore_sends_the_session_concurrently_then_serves_it_from_the_cache(
    home: Path, server: FakeLLM, capsys: pytest.CaptureFixture[str]
) -> None:
    configure(home, server, concurrency=8)
    server.latency = 0.3
    loaded = find_scenario("contest-launch-en")
    with Store.open(home / "cmsim.db") as store:
        first, replies = stored_session(store, loaded)
        second, _ = stored_session(store, loaded)
    assert replies >= 2
    assert main(["rescore", "--session", str(first), "--scorer", "hybrid"]) == 0
    assert server.count == replies and server.max_in_flight >= 2
    assert f"session {first}: {replies} rescored" in capsys.readouterr().out
    assert main(["rescore"]) == 0  # judge from the config file; the other session has the same answers
    out = capsys.readouterr().out
    assert server.count == replies
    assert f"session {first}: 0 rescored" in out and f"session {second}: {replies} rescored" in out
    with Store.open(home / "cmsim.db") as store:
        turns = [t for t in store.turns(first) if t.answer.option is None]
    assert all(t.score.scorer.startswith("hybrid/offline") for t in turns)


# --- the flags in words ------------------------------------------------------------------------


class FlaggingScorer:
    """The offline scorer with the judge's flags added to every reply's result."""

    name = "flagging@test"

    def __init__(self, flags: list[str]) -> None:
        self.offline: Scorer = OfflineScorer()
        self.flags = flags

    def score(self, scenario: Scenario, step: Step, answer: Answer) -> StepResult:
        result = self.offline.score(scenario, step, answer)
        if step.kind == "choice":
            return result
        return result.model_copy(update={"flags": [*result.flags, *self.flags], "scorer": self.name})


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["disagree on Calm", "LLM judge unavailable, offline score used", "Integrity: this reply addresses"]),
        ("fr", ["pas d'accord sur Sang-froid", "Juge IA indisponible", "Intégrité : cette réponse s'adresse"]),
    ],
)
def test_notices_in_both_languages(lang: str, expected: list[str]) -> None:
    notices = judge_notices([*JUDGE_FLAGS, "empty"], lang)
    assert [n.flag for n in notices] == JUDGE_FLAGS
    assert all(part in n.text for part, n in zip(expected, notices, strict=True))
    assert [n.integrity for n in notices] == [False, False, True]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_reports_show_judge_lines_and_the_integrity_note(home: Path, lang: str) -> None:
    loaded = find_scenario(f"late-parcel-{lang}")
    with Store.open(home / "cmsim.db") as store:
        play = Playthrough.start(store, store.person("Ann"), loaded, FlaggingScorer(JUDGE_FLAGS))
        while not play.finished:
            step = play.step()
            if step.kind == "choice":
                play.submit(Answer(option=step.options[0].id))
            else:
                play.submit(Answer.from_data(step.model_answer))
        report = build_report(store, store.person("Ann"), [store.session(play.session_id)], lang)
    notices = judge_notices(JUDGE_FLAGS, lang)
    for rendered in (render_markdown(report), html.unescape(render_html(report))):
        after = rendered.split(text(lang, "integrity"), 1)[1]
        integrity, transcript = after.split(text(lang, "transcript"), 1)
        assert notices[2].text in integrity and notices[0].text not in integrity
        assert notices[0].text in transcript and notices[1].text in transcript
    step_lines = [s for s in report.sessions[0].steps if s.judge_notes]
    assert step_lines and all(n.text in s.judge_notes for s in step_lines for n in notices[:2])
    assert any(notices[2].text in signal for signal in report.sessions[0].signals)


async def test_tui_feedback_shows_the_judge_notices_in_words() -> None:
    from textual.widgets import Label

    from cmsim.tui.app import CmsimApp
    from cmsim.tui.screens.feedback import FeedbackScreen

    fixture = Path(__file__).parents[1] / "tui" / "fixtures" / "late-parcel-en.yaml"
    app = CmsimApp(library=[fixture], scorer=FlaggingScorer([*JUDGE_FLAGS, "empty"]), typing_delay=0, lang="en",
                   name="Alex")
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press(*"Dan, sorry", "ctrl+s")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)
        shown = [str(label.render()) for label in app.screen.query(".flags").results(Label)]
    *notices, others = shown
    assert notices == [n.text for n in judge_notices(JUDGE_FLAGS, "en")]
    assert others.startswith("Flags: ") and "empty" in others and "judge" not in others and "grader" not in others
