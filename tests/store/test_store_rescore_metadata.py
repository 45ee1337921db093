"""Rescoring a result stored before evidence said what it is (``Evidence.family``) and before feedback came in both
languages (``CriterionResult.feedback_texts``): the same scores, spans and feedback read again write nothing, on
either backend; a real change still records a new scoring beside the old one."""

from __future__ import annotations

import io

from store_kit import WordScorer

from cmsim.authoring.load import Loaded
from cmsim.console.loop import LineSession
from cmsim.console.reader import LineReader
from cmsim.model.base import LocalText
from cmsim.model.result import Answer, Evidence, StepResult
from cmsim.model.scenario import Scenario, Step
from cmsim.session.playthrough import Playthrough
from cmsim.session.rescore import rescore_session
from cmsim.store.db import Store

TYPED = "calm and listening\n\na\nteam public\n\nteam note\n\ncommunication\n\nclose\n"


class Before(WordScorer):
    """A rubric's scoring as stored before the round: negative spans that do not say what they are, feedback in the
    session's language only."""

    name = "words-meta"

    def score(self, scenario: Scenario, step: Step, answer: Answer) -> StepResult:
        result = super().score(scenario, step, answer)
        criteria = [c.model_copy(update={"evidence": [e.model_copy(update={"polarity": "-"}) for e in c.evidence]})
                    for c in result.criteria]
        return result.model_copy(update={"criteria": criteria, "scorer": self.name})


class After(Before):
    """The same scoring read by today's scorer: each negative span says what it is, each feedback in both languages."""

    family = "hostility"

    def score(self, scenario: Scenario, step: Step, answer: Answer) -> StepResult:
        result = super().score(scenario, step, answer)
        criteria = [c.model_copy(update={
            "evidence": [e.model_copy(update={"family": self.family}) for e in c.evidence],
            "feedback_texts": LocalText(fr=f"fr: {c.feedback}", en=c.feedback)}) for c in result.criteria]
        return result.model_copy(update={"criteria": criteria})


class Moved(After):
    """A scoring whose evidence moved one character on: a real change."""

    def score(self, scenario: Scenario, step: Step, answer: Answer) -> StepResult:
        result = super().score(scenario, step, answer)
        criteria = [c.model_copy(update={"evidence": [_moved(e) for e in c.evidence]}) for c in result.criteria]
        return result.model_copy(update={"criteria": criteria})


class Recast(Moved):
    """The moved spans, then a rubric that calls them a civil fault instead of an attack: the report's red flag
    changes, so it is a change."""

    family = "coldness"


def _moved(e: Evidence) -> Evidence:
    return e.model_copy(update={"start": e.start + 1, "end": e.end + 1})


def _played(store: Store, linear: Loaded) -> int:
    play = Playthrough.start(store, store.person("Ann"), linear, Before())
    LineSession(play, LineReader(io.StringIO(TYPED)), io.StringIO()).run()
    return play.session_id


def _with_evidence(store: Store, session_id: int) -> list[int]:
    return [t.id for t in store.turns(session_id) if any(c.evidence for c in t.result.criteria)]


def test_new_metadata_alone_writes_nothing(store: Store, linear: Loaded) -> None:
    session_id = _played(store, linear)
    stored = {t.id: t.result for t in store.turns(session_id)}
    assert _with_evidence(store, session_id), "the scripted answers must leave evidence to read again"
    done = rescore_session(store, session_id, After())
    assert (done.changed, done.unchanged) == (0, len(stored))
    for turn in store.turns(session_id):
        assert not turn.history, "no new scoring row for the same scores, spans and feedback"
        assert turn.result == stored[turn.id]


def test_a_real_change_still_records_a_scoring(store: Store, linear: Loaded) -> None:
    session_id = _played(store, linear)
    scored = _with_evidence(store, session_id)
    today = rescore_session(store, session_id, After())
    assert today.changed == 0
    moved = rescore_session(store, session_id, Moved())
    assert moved.changed == len(scored)
    turns = {t.id: t for t in store.turns(session_id)}
    for turn_id in scored:
        assert [e.start for c in turns[turn_id].history[0].result.criteria for e in c.evidence] == [
            e.start - 1 for c in turns[turn_id].result.criteria for e in c.evidence]
    recast = rescore_session(store, session_id, Recast())
    assert recast.changed == len(scored)  # the same spans called coldness: what the report flags changed


def test_a_score_changed_with_new_metadata_is_recorded(store: Store, linear: Loaded) -> None:
    session_id = _played(store, linear)

    class Harsher(After):
        def score(self, scenario: Scenario, step: Step, answer: Answer) -> StepResult:
            result = super().score(scenario, step, answer)
            return result.model_copy(update={"scores": {q: max(0, v - 5) for q, v in result.scores.items()}})

    done = rescore_session(store, session_id, Harsher())
    assert done.changed == len(store.turns(session_id))
    assert all(len(t.history) == 1 for t in store.turns(session_id))
