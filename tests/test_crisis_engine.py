"""The crisis engine: a seeded feed, actions at times, reactions chosen by the state, exact replays."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from crisis_kit import MINI_CRISIS, write

from cmsim.authoring.crisis import LoadedCrisis, load_crisis
from cmsim.cli import main
from cmsim.model.crisis import Action
from cmsim.model.qualities import Quality
from cmsim.model.result import Answer, StepResult
from cmsim.model.scenario import Scenario, Step
from cmsim.sim.crisis import CrisisEngine, CrisisError, CrisisState


class WordScorer:
    """Scores 85 on every quality of the step when the text says 'good', 20 otherwise."""

    name = "words"

    def score(self, scenario: Scenario, step: Step, answer: Answer) -> StepResult:
        text = " ".join(answer.fields.values())
        value = 85 if "good" in text else 20
        return StepResult(step_id=step.id, scores={q: value for q in step.qualities})


@pytest.fixture
def loaded(tmp_path: Path) -> LoadedCrisis:
    return load_crisis(write(tmp_path))


def engine(loaded: LoadedCrisis) -> CrisisEngine:
    return CrisisEngine(loaded, WordScorer())


def act(e: CrisisEngine, state: CrisisState, **data: object) -> CrisisState:
    return e.act(state, Action.model_validate(data))[0]


def ids(e: CrisisEngine, state: CrisisState) -> list[str]:
    return [a.id for a in e.feed(state)]


def test_the_same_seed_gives_the_same_feed_and_another_seed_another(tmp_path: Path, loaded: LoadedCrisis) -> None:
    e = engine(loaded)
    end = e.finish(e.start())
    again = engine(load_crisis(write(tmp_path, name="copy.yaml")))
    assert [(a.id, a.at, a.item.text) for a in e.feed(end)] == [
        (a.id, a.at, a.item.text) for a in again.feed(again.finish(again.start()))
    ]
    other = engine(load_crisis(write(tmp_path, MINI_CRISIS.replace("seed: 7", "seed: 8"), "other.yaml")))
    assert [a.at for a in other.feed(other.finish(other.start()))] != [a.at for a in e.feed(end)]
    noise = [a for a in e.feed(end) if a.source == "noise"]
    before = [a for a in noise if a.at < 140]  # 30 a minute until the article doubles the flood at 140 s
    assert 50 < len(before) < 95
    assert 2.5 * len(before) < len(noise)


def test_the_feed_grows_with_the_clock_in_arrival_order(loaded: LoadedCrisis) -> None:
    e = engine(loaded)
    state = e.advance(e.start(), 15)
    feed = e.feed(state)
    assert [a.id for a in feed if a.source == "timeline"] == ["ann", "troll"]
    assert all(a.at <= 15 for a in feed)
    assert [a.at for a in feed] == sorted(a.at for a in feed)


def test_an_unanswered_journalist_publishes_and_the_chain_follows(loaded: LoadedCrisis) -> None:
    e = engine(loaded)
    state = e.finish(e.start())
    assert [(f.reaction, f.at) for f in state.fired] == [("article", 140.0), ("follow", 150.0)]
    assert {"headline", "tv"} <= set(ids(e, state))
    assert e.arrival(state, "headline").at == 145.0  # type: ignore[union-attr]


def test_answering_the_journalist_in_time_prevents_the_article(loaded: LoadedCrisis) -> None:
    e = engine(loaded)
    state = act(e, e.start(), at=60, item="press", reply="good: we are recalling the kettle")
    state = e.finish(state)
    assert state.fired == ()
    assert "headline" not in ids(e, state)


def test_answering_too_late_does_not_stop_the_article(loaded: LoadedCrisis) -> None:
    e = engine(loaded)
    state = act(e, e.start(), at=141, item="press", reply="good: we are recalling the kettle")
    assert [f.reaction for f in state.fired] == ["article", "follow"]


def test_hiding_a_legitimate_complaint_starts_a_wave(loaded: LoadedCrisis) -> None:
    e = engine(loaded)
    state = act(e, e.start(), at=30, item="ann", hide=True)
    assert [(f.reaction, f.at) for f in state.fired] == [("censorship", 35.0)]
    assert "angry-ann" not in ids(e, state)
    assert "angry-ann" in ids(e, e.advance(state, 36))
    assert e.mood(e.advance(state, 36)) < e.mood(e.advance(e.start(), 36))


def test_a_good_statement_slows_the_flood_a_bad_one_does_not(loaded: LoadedCrisis) -> None:
    e = engine(loaded)
    calm = e.finish(act(e, e.start(), at=30, statement="good news: here is what we know"))
    flat = e.finish(act(e, e.start(), at=30, statement="no comment"))
    assert [f.reaction for f in calm.fired][:1] == ["calmer"]
    assert "calmer" not in [f.reaction for f in flat.fired]
    late_calm = [a for a in e.feed(calm) if a.source == "noise" and a.at > 30]
    late_flat = [a for a in e.feed(flat) if a.source == "noise" and a.at > 30]
    assert len(late_calm) < len(late_flat) / 2
    # Slowing the flood drops noise, it never moves or renames what still arrives.
    flat_by_id = {a.id: a.at for a in late_flat}
    assert all(flat_by_id.get(a.id) == a.at for a in late_calm)


def test_actions_must_fit_the_feed_and_the_clock(loaded: LoadedCrisis) -> None:
    e = engine(loaded)
    with pytest.raises(CrisisError, match="has not arrived yet"):
        act(e, e.start(), at=10, item="press", reply="good")
    with pytest.raises(CrisisError, match="not an item"):
        act(e, e.start(), at=10, item="nobody", reply="good")
    with pytest.raises(CrisisError, match="no team 'hr'"):
        act(e, e.start(), at=10, item="ann", escalate="hr", note="good")
    state = act(e, e.start(), at=50, item="ann", like=True)
    with pytest.raises(CrisisError, match="time order"):
        act(e, state, at=40, item="ann", pin=True)


def test_a_replay_is_exact_and_the_state_is_a_value(loaded: LoadedCrisis) -> None:
    actions = [
        Action(at=12, item="ann", reply="good: sorry about your hand, Ann"),
        Action(at=20, item="ann", escalate="quality", note="good: kettle leak"),
        Action(at=40, item="troll", hide=True),
        Action(at=90, statement="good statement"),
    ]
    first_state, first = engine(loaded).replay(actions)
    second_state, second = engine(loaded).replay(actions)
    assert first_state == second_state
    assert CrisisState.from_json(first_state.to_json()) == first_state
    assert first.scores == second.scores and first.ending == second.ending


def test_triage_counts_wrong_actions(loaded: LoadedCrisis) -> None:
    e = engine(loaded)
    actions = [Action(at=11 + n, item="troll", reply="good") for n in range(3)]
    actions.append(Action(at=30, item="ann", hide=True))
    _state, outcome = e.replay(actions)
    assert outcome.triage.wrong == ["hid:ann", "fed:troll", "pasted:troll"]
    wrong = next(c for c in outcome.triage.criteria if c.id == "triage-wrong-actions")
    assert wrong.quality is Quality.calm and wrong.score == 0


def test_triage_coverage_and_first_response(loaded: LoadedCrisis) -> None:
    e = engine(loaded)
    on_time = [Action(at=10, item="ann", reply="good"), Action(at=15, item="ann", escalate="quality", note="good"),
               Action(at=30, item="press", reply="good")]
    late = [Action(at=100, item="ann", reply="good"), Action(at=110, item="ann", escalate="pr", note="good")]
    _s, good = e.replay(on_time)
    _s, poor = e.replay(late)
    assert good.triage.coverage == 100 and good.ending.outcome == "good"
    assert good.triage.first_response == {"ann": 5.0, "press": 10.0}
    assert poor.triage.coverage < 40 and poor.ending.outcome == "bad"
    assert poor.triage.missed == ["press"]  # ann was handled, late and partly to the wrong team
    assert good.scores[Quality.teamwork] > poor.scores[Quality.teamwork]


def test_headless_play_prints_and_matches_the_engine(tmp_path: Path, loaded: LoadedCrisis,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "run.yaml"
    answers.write_text(
        "- {at: 12, item: ann, reply: 'Ann, I am so sorry about your hand. Please DM us. ^Al'}\n"
        "- {at: 20, item: ann, escalate: quality, note: 'Quality: kettle leaked on Ann Lee this morning.'}\n"
        "- {at: 40, item: press, reply: 'Jo, we are checking the kettle now. ^Al'}\n",
        "utf-8",
    )
    assert main(["play", str(loaded.path), "--answers", str(answers), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "crisis" and [a["action"] for a in data["actions"]] == ["reply", "escalate", "reply"]
    assert main(["play", str(loaded.path), "--answers", str(answers)]) == 0
    text = capsys.readouterr().out
    assert "00:12  reply ann" in text and "triage-coverage" in text and "■" in text


def test_headless_play_locates_a_bad_action(tmp_path: Path, loaded: LoadedCrisis,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "run.yaml"
    answers.write_text("- {at: 12, item: ann, like: true}\n- {at: 13, item: press, reply: too early}\n", "utf-8")
    assert main(["play", str(loaded.path), "--answers", str(answers)]) == 1
    assert "run.yaml:2:3: error: action 2: at 13 s: item 'press' has not arrived yet" in capsys.readouterr().err
