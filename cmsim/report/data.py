"""What a report says, gathered once from the store; every format (HTML, Markdown, JSON, CSV) renders it."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from cmsim import __version__
from cmsim.authoring.load import Loaded
from cmsim.crisis_words import teams_on_call
from cmsim.model.crisis import CrisisScenario
from cmsim.model.qualities import QUALITIES, Quality, label
from cmsim.model.scenario import Scenario
from cmsim.platforms import platform_book
from cmsim.report.flags import (
    RedFlag,
    ScenarioSummary,
    handling,
    missing_words,
    red_flags,
    step_title,
    summary,
)
from cmsim.report.quotes import QUOTES_PER_QUALITY, STRENGTH_FROM, Played, Quote, quotes_of
from cmsim.report.strings import signal_text, text
from cmsim.safetext import visible
from cmsim.scoring.judge.notices import judge_notices
from cmsim.scoring.triage import TRIAGE_STEP
from cmsim.session.crisis import stored_crisis
from cmsim.session.playthrough import load_for_session
from cmsim.session.profile import Profile, build_profile
from cmsim.session.signals import parse
from cmsim.store.db import Store
from cmsim.store.records import Person, SessionInfo, StoreError, TurnRecord

GAP_BELOW = 55.0


@dataclass(frozen=True)
class QualityLine:
    """One quality in the report."""

    quality: str
    label: str
    score: float | None
    band: str | None
    points: int
    evidence: int
    confidence: str
    trend: str | None
    delta: float | None
    quotes: list[Quote] = field(default_factory=list)
    written: bool = False
    """Some written answer (not a choice) was scored on this quality: an empty ``quotes`` is then no choice."""
    missing: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class StepLine:
    """One answered step of the transcript."""

    step_id: str
    title: str
    prompt: str
    answer: list[tuple[str, str]]
    elapsed: float | None
    limit: int | None
    overtime: bool
    scores: dict[str, int]
    scorer: str
    older_scorers: list[str]
    judge_notes: list[str] = field(default_factory=list)
    handling: list[str] = field(default_factory=list)
    """A step with nothing written (a crisis's triage): each criterion, its score and what it missed."""


@dataclass(frozen=True)
class SessionLine:
    """One session: its scenario and version, transcript and integrity signals."""

    id: int
    scenario_id: str
    title: str
    mode: str
    campaign: str | None
    digest: str
    started_at: float
    finished: bool
    ending: str | None
    steps: list[StepLine]
    signals: list[str]
    summary: ScenarioSummary | None = None


@dataclass(frozen=True)
class Report:
    """Everything a report shows."""

    name: str
    lang: str
    mode: str
    generated_at: float
    version: str
    overall: float | None
    qualities: list[QualityLine]
    strengths: list[str]
    gaps: list[str]
    weakest: str | None
    sessions: list[SessionLine]
    red_flags: list[RedFlag] = field(default_factory=list)

    def quality(self, quality_id: str) -> QualityLine:
        """The line of one quality."""
        return next(q for q in self.qualities if q.quality == quality_id)

    def to_dict(self) -> dict[str, Any]:
        """Plain data (the JSON format)."""
        return asdict(self)


@lru_cache(maxsize=1)
def interview_questions() -> dict[str, dict[str, list[str]]]:
    """Questions per quality and language, from ``questions.yaml`` next to this module."""
    data = yaml.safe_load((Path(__file__).parent / "questions.yaml").read_text("utf-8"))
    return {str(q): {str(lang): [str(x) for x in qs] for lang, qs in by_lang.items()} for q, by_lang in data.items()}


def _missing(quality: Quality, played: Sequence[Played], lang: str) -> list[str]:
    """What the scorer found missing for a weak quality (distinct, a few), in words."""
    out: list[str] = []
    for _scenario, turn, crisis in played:
        for criterion in turn.result.criteria:
            if criterion.quality == quality and criterion.score < GAP_BELOW:
                for item in [*missing_words(criterion, lang, crisis), criterion.feedback_in(lang)]:
                    if item and item not in out and len(out) < QUOTES_PER_QUALITY:
                        out.append(item)
    return out


def _action_label(field_id: str, lang: str) -> str:
    """A crisis action's field in words: "Reply", "Note to the team", "Post on Instagram"."""
    if field_id in ("reply", "note"):
        return text(lang, f"{field_id}_label")
    network = field_id.removeprefix("post-")
    book = platform_book().platforms
    if field_id.startswith("post-") and network in book:
        return text(lang, "post_label", platform=book[network].label)
    return field_id


def _prompt(step_prompt: str, step_id: str, lang: str, crisis: CrisisScenario | None) -> str:
    """A step's prompt; a crisis's brief ends with its teams on call, by name in the report's language."""
    if crisis is None or step_id != TRIAGE_STEP:
        return step_prompt
    return "\n\n".join(part for part in (step_prompt, teams_on_call(crisis.teams, lang)) if part)


def _step_line(
    scenario: Scenario, turn: TurnRecord, limit: int | None, lang: str, crisis: CrisisScenario | None = None
) -> StepLine:
    try:
        step = scenario.step(turn.step_id)
    except KeyError:
        step = None
    answer: list[tuple[str, str]] = []
    if turn.answer.option is None and not turn.answer.fields:
        pass  # nothing to write at this step (a crisis's triage): ``handling`` tells what was done
    elif turn.answer.option is not None:
        option = next((o.text for o in step.options if o.id == turn.answer.option), "") if step else ""
        answer.append(("option", f"{turn.answer.option}) {option}".strip()))
    elif step is not None:
        for f in scenario.fields_of(step):
            shown = f.label if step.fields else text(lang, "reply_label")
            answer.append((shown, turn.answer.fields.get(f.id, "")))
    else:  # a crisis's written action: its fields are the reply, the note or a post per network
        answer.extend((_action_label(f, lang), v) for f, v in turn.answer.fields.items())
    return StepLine(
        step_id=turn.step_id,
        title=step_title(scenario, turn.step_id, lang, crisis),
        prompt=_prompt(step.prompt.strip() if step else "", turn.step_id, lang, crisis),
        answer=answer,
        elapsed=turn.elapsed,
        limit=limit,
        overtime=turn.overtime,
        scores={str(q): v for q, v in turn.result.scores.items()},
        scorer=f"{turn.score.scorer} @ {turn.score.digest}",
        older_scorers=[f"{v.scorer} @ {v.digest}" for v in turn.history],
        judge_notes=[n.text for n in judge_notices(turn.result.flags, lang) if not n.integrity],
        handling=[] if turn.answer.fields or turn.answer.option is not None else handling(
            turn.result, lang, 101, crisis),
    )


def _crisis_of(info: SessionInfo, scenario: Scenario) -> CrisisScenario | None:
    """The crisis a session played (its items and teams, to name them in words); None for a thread scenario."""
    if not any(step.id == TRIAGE_STEP for step in scenario.steps):
        return None
    found = stored_crisis(Path(info.scenario_path), info.scenario_id)
    return found.scenario if found is not None else None


def build_report(
    store: Store, person: Person, sessions: Sequence[SessionInfo], lang: str | None = None, mode: str | None = None
) -> Report:
    """The report of ``person`` over ``sessions`` (in ``lang``: by default the sessions' language)."""
    if not sessions:
        raise StoreError(f"{person.name} has no session to report on")
    lang = lang or sessions[0].lang
    transcript: list[tuple[SessionInfo, list[TurnRecord]]] = []
    scenario_turns: list[Played] = []
    session_lines: list[SessionLine] = []
    flags: list[RedFlag] = []
    for info in sessions:
        turns = store.turns(info.id)
        transcript.append((info, turns))
        loaded: Loaded = load_for_session(info)
        scenario = loaded.scenario
        crisis = _crisis_of(info, scenario)
        campaign = store.campaign(info.campaign_id) if info.campaign_id is not None else None
        scenario_turns.extend((scenario, t, crisis) for t in turns)
        steps = []
        for turn in turns:
            own = next((s.time_limit for s in scenario.steps if s.id == turn.step_id), None)
            steps.append(_step_line(scenario, turn, campaign.limit_for(own) if campaign else own, lang, crisis))
        ending = scenario.ending(info.node).title if info.finished and scenario.is_ending(info.node) else None
        flags.extend(red_flags(scenario, turns, lang, crisis))
        signals = [
            f"{step_title(scenario, s.step_id, lang, crisis)} — {signal_text(lang, parse(s))}"
            for s in store.signals(info.id)
        ]
        signals += [
            f"{step_title(scenario, turn.step_id, lang, crisis)} — {notice.text}"
            for turn in turns
            for notice in judge_notices(turn.result.flags, lang)
            if notice.integrity
        ]
        session_lines.append(
            SessionLine(
                id=info.id,
                scenario_id=info.scenario_id,
                title=scenario.title,
                mode=info.mode,
                campaign=campaign.name if campaign else None,
                digest=info.digest,
                started_at=info.started_at,
                finished=info.finished,
                ending=ending,
                steps=steps,
                signals=signals,
                summary=summary(scenario, turns, info.node, info.finished, lang, crisis),
            )
        )
    profile: Profile = build_profile(person.name, transcript)
    report_mode = mode or ("assess" if any(s.mode == "assess" for s in sessions) else "practice")
    # Over an assessment the sessions are different scenarios taken at once: no trend to read.
    over_time = report_mode == "practice"
    questions = interview_questions()
    strengths = [str(q.quality) for q in profile.strengths(STRENGTH_FROM)]
    gaps = [str(q.quality) for q in profile.gaps(GAP_BELOW)]
    scored = sorted((q for q in profile.qualities.values() if q.score is not None), key=lambda q: q.score or 0)
    weakest = str(scored[0].quality) if scored and not gaps else None
    probe = set(gaps) | ({weakest} if weakest else set())
    lines = []
    for quality in QUALITIES:
        p = profile.qualities[quality]
        weak = str(quality) in gaps
        lines.append(
            QualityLine(
                quality=str(quality),
                label=label(quality, lang),
                score=p.score,
                band=p.band,
                points=p.points,
                evidence=p.evidence,
                confidence=p.confidence,
                trend=p.trend if over_time else None,
                delta=p.delta if over_time else None,
                quotes=quotes_of(quality, scenario_turns, strong=not weak, lang=lang),
                written=any(turn.answer.fields and any(c.quality == quality for c in turn.result.criteria)
                            for _scenario, turn, _crisis in scenario_turns),
                missing=_missing(quality, scenario_turns, lang) if weak else [],
                questions=questions.get(str(quality), {}).get(lang, [])[:2] if str(quality) in probe else [],
            )
        )
    values = [q.score for q in lines if q.score is not None]
    return Report(
        name=visible(person.name),  # bidi controls in a name shown, not obeyed, in every format
        lang=lang,
        mode=report_mode,
        generated_at=time.time(),
        version=__version__,
        overall=round(sum(values) / len(values), 1) if values else None,
        qualities=lines,
        strengths=strengths,
        gaps=gaps,
        weakest=weakest,
        sessions=session_lines,
        red_flags=flags,
    )
