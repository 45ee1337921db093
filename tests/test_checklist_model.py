"""The instructor's checklist (``expect.must`` / ``expect.avoid``) as authors write it: typed items, a quality the
step does not exercise or an empty list of words refused at its line and column, carried by batch lines and by a
crisis item's expectation (teamwork's items to the escalation note, the others to the reply)."""

from __future__ import annotations

import json
from pathlib import Path

from authoring_kit import at, check, tweak
from crisis_kit import MINI_CRISIS

from cmsim.authoring.crisis import load_crisis
from cmsim.authoring.load import load_scenario
from cmsim.model.qualities import Quality
from cmsim.scoring.batch import Failure, read_lines
from cmsim.scoring.crisis_steps import CrisisSteps
from cmsim.scoring.offline import OfflineScorer

CHECKLIST = """    qualities: [calm, listening]
    expect:
      must:
        - does: "tell Ann where her parcel is"
          words: [depot, on its way, out for delivery]
          quality: listening
      avoid:
        - does: "blame the courier"
          words: [courier's fault, the driver]
          quality: calm
"""


def _with(checklist: str) -> str:
    return tweak(("    qualities: [calm, listening]\n", checklist))


def test_a_checklist_loads_as_typed_items(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(_with(CHECKLIST), "utf-8")
    step = load_scenario(path).scenario.step("reply")
    assert [i.does for i in step.expect.must] == ["tell Ann where her parcel is"]
    assert step.expect.must[0].words == ["depot", "on its way", "out for delivery"]
    assert step.expect.avoid[0].quality is Quality.calm


def test_a_quality_the_step_does_not_exercise_is_located_at_the_item(tmp_path: Path) -> None:
    text = _with(CHECKLIST.replace("quality: calm", "quality: teamwork"))
    problems = check(tmp_path, text)
    wrong = [p for p in problems if "teamwork" in p.message]
    assert len(wrong) == 1 and wrong[0].severity == "error"
    assert (wrong[0].line, wrong[0].col) == at(text, "teamwork")
    assert "avoid[0].quality" in wrong[0].message and "calm, listening" in wrong[0].message


def test_an_empty_or_blank_list_of_words_is_refused_where_it_stands(tmp_path: Path) -> None:
    text = _with(CHECKLIST.replace("words: [depot, on its way, out for delivery]", "words: []"))
    problems = check(tmp_path, text)
    assert [(p.line, p.col) for p in problems if "words" in p.message] == [at(text, "[]")]
    blank = _with(CHECKLIST.replace("words: [courier's fault, the driver]", 'words: ["courier\'s fault", "  "]'))
    assert any("avoid[0].words[1]" in p.message for p in check(tmp_path, blank))
    missing = _with(CHECKLIST.replace('        - does: "blame the courier"\n', "        -\n"))
    assert any("missing key 'does'" in p.message for p in check(tmp_path, missing))


def test_a_batch_line_carries_its_checklist_and_a_bad_one_fails_alone() -> None:
    item = {"does": "name the refund date", "words": ["refund", "Friday"], "quality": "communication"}
    good = {"lang": "en", "thread": [{"author": "ann", "text": "Where is my refund?"}], "reply": "Hi Ann.",
            "expect": {"must": [item], "avoid": []}}
    bad = {**good, "expect": {"must": [{**item, "quality": "teamwork"}]}}
    read = list(read_lines([json.dumps(good), json.dumps(bad)], OfflineScorer()))
    assert not isinstance(read[0], Failure) and read[0].step.expect.must[0].words == ["refund", "Friday"]
    assert isinstance(read[1], Failure) and "must[0].quality" in read[1].message


CRISIS_CHECKLIST = """      team: quality
      must:
        - does: "tell Ann to cool the burn"
          words: [cold water, cool the burn]
          quality: listening
        - does: "give quality the batch of the kettle"
          words: [batch, serial number]
          quality: teamwork
      avoid:
        - does: "doubt Ann's account"
          words: [alleged, supposedly]
          quality: calm
"""


def test_a_crisis_item_hands_teamwork_items_to_the_note_and_the_others_to_the_reply(tmp_path: Path) -> None:
    path = tmp_path / "crisis.yaml"
    path.write_text(MINI_CRISIS.replace("      team: quality\n", CRISIS_CHECKLIST, 1), "utf-8")
    crisis = load_crisis(path).scenario
    steps = CrisisSteps(crisis, OfflineScorer())
    item = crisis.items[0]
    _scenario, reply = steps._reply(item)
    _scenario, note = steps._note(item, "quality")
    assert [i.quality for i in reply.expect.must + reply.expect.avoid] == [Quality.listening, Quality.calm]
    assert [i.quality for i in note.expect.must] == [Quality.teamwork] and note.expect.avoid == []


def test_a_crisis_item_refuses_a_quality_handling_it_never_exercises(tmp_path: Path) -> None:
    from cmsim.authoring.problems import AuthoringError

    path = tmp_path / "crisis.yaml"
    creative = CRISIS_CHECKLIST.replace("quality: calm", "quality: creativity")
    text = MINI_CRISIS.replace("      team: quality\n", creative, 1)
    path.write_text(text, "utf-8")
    try:
        load_crisis(path)
    except AuthoringError as exc:
        problem = next(p for p in exc.problems if "creativity" in p.message)
        assert (problem.line, problem.col) == at(text, "creativity")
    else:
        raise AssertionError("creativity accepted on a crisis item")
