"""The judge scorer against a scripted OpenAI-compatible server: blending, faults, cache, concurrency."""

from __future__ import annotations

import asyncio

import pytest
from fakellm import FakeLLM
from judgekit import GOOD_REPLY, RUBRIC, SCENARIO, MakeJudge, WordScorer, reply_step

from cmsim.model.qualities import Quality
from cmsim.model.result import Answer
from cmsim.scoring.judge.prompt import PROMPT_ID
from cmsim.sim.runner import Runner

L, C, M = Quality.listening, Quality.calm, Quality.communication


def offline_scores(text: str = GOOD_REPLY) -> dict[Quality, int]:
    return WordScorer().score(SCENARIO, reply_step(), Answer(fields={"reply": text})).scores


def test_hybrid_blends_judge_and_offline_with_the_rubric_weight(server: FakeLLM, make_judge: MakeJudge) -> None:
    result = make_judge().score(SCENARIO, reply_step(), Answer(fields={"reply": GOOD_REPLY}))
    assert offline_scores() == {L: 73, C: 63, M: 53}
    # judge gives 70 everywhere; weight 0.5
    assert result.scores == {L: 72, C: 66, M: 62}
    assert result.scorer == f"hybrid/words@test+llm:fake-model@{PROMPT_ID}"
    judged = {c.id: c.score for c in result.criteria if c.id.startswith("judge:")}
    assert judged == {"judge:names-problem": 70, "judge:next-step": 70, "judge:no-hostility": 70, "judge:charter": 70}
    assert result.flags == []
    assert server.count == 1
    body = server.bodies[0]
    assert body["temperature"] == 0 and body["seed"] == 7 and body["model"] == "fake-model"
    assert body["response_format"]["type"] == "json_schema"
    assert "[criterion handover]" not in server.user_texts()[0]  # teamwork is not a quality of this step


def test_llm_mode_takes_the_judge_score(make_judge: MakeJudge) -> None:
    result = make_judge("llm").score(SCENARIO, reply_step(), Answer(fields={"reply": GOOD_REPLY}))
    assert result.scores == {L: 70, C: 70, M: 70}
    assert result.scorer.startswith("llm/words@test+llm:fake-model@prompt-v1-")


def test_judge_weight_zero_keeps_offline_scores(make_judge: MakeJudge, monkeypatch: pytest.MonkeyPatch) -> None:
    import judgekit

    monkeypatch.setattr(judgekit, "RUBRIC", RUBRIC.model_copy(update={"judge_weight": 0.0}))
    result = make_judge().score(SCENARIO, reply_step(), Answer(fields={"reply": GOOD_REPLY}))
    assert result.scores == offline_scores()


def test_large_disagreement_is_flagged(server: FakeLLM, make_judge: MakeJudge) -> None:
    server.score = lambda cid, _user: 10 if cid in ("names-problem", "next-step") else 60
    result = make_judge().score(SCENARIO, reply_step(), Answer(fields={"reply": GOOD_REPLY}))
    assert "judge-disagrees:listening" in result.flags
    assert not any(f.startswith("judge-disagrees:calm") for f in result.flags)  # 63 vs 60
    assert result.scores[L] == round(0.5 * 73 + 0.5 * 10)


@pytest.mark.parametrize("behaviour", ["garbage", "out-of-range"])
def test_unusable_verdicts_are_unscored_never_0_or_100(server: FakeLLM, make_judge: MakeJudge, behaviour: str) -> None:
    server.behaviour = behaviour
    result = make_judge().score(SCENARIO, reply_step(), Answer(fields={"reply": GOOD_REPLY}))
    assert result.scores == offline_scores()
    assert "judge-unscored" in result.flags
    assert "no usable verdict" in result.feedback and "offline feedback" in result.feedback
    assert result.scorer == "words@test"  # nothing of the judge went into these scores


def test_a_partly_unusable_verdict_keeps_offline_where_it_failed(server: FakeLLM, make_judge: MakeJudge) -> None:
    server.score = lambda cid, _user: 150 if cid == "charter" else 70
    result = make_judge("llm").score(SCENARIO, reply_step(), Answer(fields={"reply": GOOD_REPLY}))
    assert result.scores == {L: 70, C: 70, M: offline_scores()[M]}
    assert "judge-unscored" in result.flags and "no usable verdict on charter" in result.feedback
    assert "judge:charter" not in {c.id for c in result.criteria}


def test_free_text_answers_use_the_last_verdict(server: FakeLLM, make_judge: MakeJudge) -> None:
    server.behaviour = "freetext"  # a draft verdict of 1s, then the final one of 70s
    result = make_judge("llm").score(SCENARIO, reply_step(), Answer(fields={"reply": GOOD_REPLY}))
    assert result.scores == {L: 70, C: 70, M: 70}


def test_endpoint_without_structured_output_is_asked_in_free_text(server: FakeLLM, make_judge: MakeJudge) -> None:
    server.behaviour = "no-structured"
    judge = make_judge("llm")
    first = judge.score(SCENARIO, reply_step(), Answer(fields={"reply": GOOD_REPLY}))
    second = judge.score(SCENARIO, reply_step(), Answer(fields={"reply": GOOD_REPLY + " Thanks!"}))
    assert first.scores == second.scores == {L: 70, C: 70, M: 70}
    assert ["response_format" in b for b in server.bodies] == [True, False, False]


@pytest.mark.parametrize(
    ("behaviour", "timeout", "reason", "tries"),
    [
        # a budget that three quick failures never spend, even on a loaded machine: the count is the retries'
        ("500", 20.0, "HTTP 500 (after 3 tries)", 3),
        ("429", 20.0, "HTTP 429 (after 3 tries)", 3),
        ("slow", 0.3, "no answer within 0.3 s (after 1 try)", 1),  # the timeout is the whole answer's budget
    ],
)
def test_faults_fall_back_to_offline_with_a_note(
    server: FakeLLM, make_judge: MakeJudge, behaviour: str, timeout: float, reason: str, tries: int
) -> None:
    server.behaviour = behaviour
    result = make_judge(timeout=timeout).score(SCENARIO, reply_step(), Answer(fields={"reply": GOOD_REPLY}))
    assert result.scores == offline_scores()
    assert "judge-unavailable" in result.flags
    assert reason in result.feedback
    assert server.count == tries  # first try + 2 retries, then it gives up; or the budget is spent


def test_a_garbled_body_is_not_retried(server: FakeLLM, make_judge: MakeJudge) -> None:
    server.behaviour = "bad-body"
    result = make_judge().score(SCENARIO, reply_step(), Answer(fields={"reply": GOOD_REPLY}))
    assert "judge-unavailable" in result.flags
    assert "unexpected answer from the endpoint" in result.feedback
    assert result.scores == offline_scores()
    assert server.count == 1


def test_a_refusal_is_not_retried(server: FakeLLM, make_judge: MakeJudge) -> None:
    server.behaviour = "401"
    result = make_judge().score(SCENARIO, reply_step(), Answer(fields={"reply": GOOD_REPLY}))
    assert "judge-unavailable" in result.flags
    assert "the endpoint refused the request (HTTP 401)" in result.feedback
    assert server.count == 1


def test_transient_errors_are_retried_then_scored(server: FakeLLM, make_judge: MakeJudge) -> None:
    server.script = ["429", "500"]
    result = make_judge("llm").score(SCENARIO, reply_step(), Answer(fields={"reply": GOOD_REPLY}))
    assert result.scores == {L: 70, C: 70, M: 70}
    assert server.count == 3
    assert result.flags == []


def test_an_unreachable_endpoint_falls_back(make_judge: MakeJudge) -> None:
    result = make_judge(base_url="http://127.0.0.1:9/v1").score(
        SCENARIO, reply_step(), Answer(fields={"reply": GOOD_REPLY})
    )
    assert "judge-unavailable" in result.flags
    assert "cannot connect" in result.feedback


def test_the_cache_makes_a_second_run_free(server: FakeLLM, make_judge: MakeJudge) -> None:
    answers = [Answer(fields={"reply": f"{GOOD_REPLY} Variant {i}."}) for i in range(5)]
    items = [(SCENARIO, reply_step(), a) for a in answers]
    first = make_judge().score_batch(items)
    assert server.count == 5
    second = make_judge().score_batch(items)  # a new scorer, same cache file
    assert server.count == 5
    assert [r.scores for r in second] == [r.scores for r in first]
    make_judge(model="other-model").score_batch(items[:1])
    assert server.count == 6  # the model is part of the key


def test_unscored_verdicts_are_not_cached(server: FakeLLM, make_judge: MakeJudge) -> None:
    server.script = ["garbage"]
    judge = make_judge("llm")
    assert "judge-unscored" in judge.score(SCENARIO, reply_step(), Answer(fields={"reply": GOOD_REPLY})).flags
    assert judge.score(SCENARIO, reply_step(), Answer(fields={"reply": GOOD_REPLY})).scores[L] == 70
    assert server.count == 2


def test_batches_respect_the_concurrency_limit_and_keep_order(server: FakeLLM, make_judge: MakeJudge) -> None:
    server.latency = 0.05
    server.score = lambda _cid, user: len(user) % 101
    answers = [Answer(fields={"reply": GOOD_REPLY + " x" * i}) for i in range(12)]
    seen: list[tuple[int, int]] = []
    results = make_judge("llm", concurrency=3).score_batch(
        [(SCENARIO, reply_step(), a) for a in answers], progress=lambda done, total: seen.append((done, total))
    )
    assert server.max_in_flight == 3
    assert seen[-1] == (12, 12) and len(seen) == 12
    expected = [len(t) % 101 for t in server.user_texts()]
    assert sorted(r.scores[L] for r in results) == sorted(expected)
    one_by_one = [make_judge("llm", cache=False).score(SCENARIO, reply_step(), a).scores for a in answers]
    assert [r.scores for r in results] == one_by_one


async def test_sync_score_works_inside_a_running_event_loop(make_judge: MakeJudge) -> None:
    judge = make_judge("llm")
    result = judge.score(SCENARIO, reply_step(), Answer(fields={"reply": GOOD_REPLY}))
    assert result.scores == {L: 70, C: 70, M: 70}
    batch = await judge.score_many([(SCENARIO, reply_step(), Answer(fields={"reply": GOOD_REPLY}))])
    assert batch[0].scores == result.scores
    await asyncio.sleep(0)


def test_choice_steps_and_empty_replies_never_reach_the_judge(server: FakeLLM, make_judge: MakeJudge) -> None:
    judge = make_judge()
    choice = judge.score(SCENARIO, SCENARIO.step("choose"), Answer(option="a"))
    empty = judge.score(SCENARIO, reply_step(), Answer(fields={"reply": "   "}))
    assert choice.scores == {Quality.teamwork: 90}
    assert empty.scores == offline_scores("")
    assert server.count == 0


def test_a_missing_rubric_falls_back_with_a_note(server: FakeLLM, make_judge: MakeJudge) -> None:
    step = reply_step().model_copy(update={"rubric": "no-such-rubric"})
    result = make_judge().score(SCENARIO, step, Answer(fields={"reply": GOOD_REPLY}))
    assert "judge-unavailable" in result.flags and "no rubric 'no-such-rubric'" in result.feedback
    assert server.count == 0


def test_the_runner_plays_through_the_judge(make_judge: MakeJudge) -> None:
    from cmsim.authoring.load import Loaded
    from cmsim.authoring.yamlsource import Located

    runner = Runner(Loaded(SCENARIO, Located("test", {}), __file__, "digest"), make_judge("llm"))  # type: ignore[arg-type]
    state, turn = runner.submit(runner.start(), Answer(fields={"reply": GOOD_REPLY}))
    assert turn.result.scores == {L: 70, C: 70, M: 70}
    assert state.finished and state.node == "good"
