"""A person's profile: the six qualities aggregated over every step and session, with how much data
backs each score and where it is heading.

The rule:

* a **data point** is one answered step that scored the quality (its current scoring);
* its **weight** is 1 + the number of that quality's criteria which cite evidence from the reply
  (a choice step, or a reply where nothing could be quoted, weighs 1; a reply where three criteria
  of the quality point at words of the reply weighs 4) — scores backed by quotes count more;
* the quality's **score** is the weighted mean of its data points (0–100, one decimal);
* **confidence** follows the number of data points: ``low`` under 3, ``medium`` under 8, else ``high``;
* the **trend** is one point per session (the weighted mean of that session's points, in time order);
  ``delta`` is the mean of the later half of the sessions minus the mean of the earlier half (None
  with fewer than two sessions), read as up / down beyond ±5 points, else steady.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from cmsim.model.base import band_of
from cmsim.model.qualities import QUALITIES, Quality
from cmsim.model.result import StepResult
from cmsim.store.db import Store
from cmsim.store.records import Campaign, Mode, Person, SessionInfo, TurnRecord

CONFIDENCE = (("low", 3), ("medium", 8))
TREND_STEP = 5.0
SPARK = "▁▂▃▄▅▆▇█"
ARROWS = {"up": "↑", "down": "↓", "steady": "→"}


def sparkline(scores: Sequence[float]) -> str:
    """One character per session, from ▁ (0) to █ (100)."""
    return "".join(SPARK[min(len(SPARK) - 1, int(s / 100 * len(SPARK)))] for s in scores)


@dataclass(frozen=True)
class TrendPoint:
    """A quality's score in one session."""

    session_id: int
    at: float
    score: float
    points: int


@dataclass(frozen=True)
class QualityProfile:
    """One quality across everything a person answered."""

    quality: Quality
    score: float | None
    points: int
    evidence: int
    history: tuple[TrendPoint, ...] = ()
    delta: float | None = None

    @property
    def band(self) -> str | None:
        """good / fair / poor, or None without data."""
        return None if self.score is None else band_of(self.score)

    @property
    def confidence(self) -> str:
        """low / medium / high, from the number of data points."""
        return next((name for name, below in CONFIDENCE if self.points < below), "high")

    @property
    def trend(self) -> str | None:
        """up / down / steady, or None with fewer than two sessions."""
        if self.delta is None:
            return None
        return "up" if self.delta >= TREND_STEP else "down" if self.delta <= -TREND_STEP else "steady"

    @property
    def trend_line(self) -> str:
        """The sessions as a sparkline, then the arrow and the delta when there are two sessions or more
        (what ``cmsim profile`` and the TUI's profile show)."""
        line = sparkline([h.score for h in self.history])
        if self.trend and self.delta is not None:
            line += f" {ARROWS[self.trend]} {self.delta:+.0f}"
        return line


@dataclass(frozen=True)
class Profile:
    """The six qualities of one person (or of any set of sessions)."""

    name: str
    sessions: int
    steps: int
    qualities: dict[Quality, QualityProfile] = field(default_factory=dict)

    def strengths(self, minimum: float = 70.0) -> list[QualityProfile]:
        """Qualities scoring at least ``minimum``, best first."""
        scored = [q for q in self.qualities.values() if q.score is not None and q.score >= minimum]
        return sorted(scored, key=lambda q: -(q.score or 0))

    def gaps(self, below: float = 55.0) -> list[QualityProfile]:
        """Qualities scoring under ``below``, weakest first."""
        scored = [q for q in self.qualities.values() if q.score is not None and q.score < below]
        return sorted(scored, key=lambda q: q.score or 0)


def weight(result: StepResult, quality: Quality) -> int:
    """How much one step's score of ``quality`` counts: 1 + its criteria that cite evidence."""
    return 1 + sum(1 for c in result.criteria if c.quality == quality and c.evidence)


def _mean(points: Sequence[tuple[int, int]]) -> float | None:
    """Weighted mean of (score, weight) pairs."""
    total = sum(w for _s, w in points)
    return round(sum(s * w for s, w in points) / total, 1) if total else None


def build_profile(name: str, transcript: Sequence[tuple[SessionInfo, Sequence[TurnRecord]]]) -> Profile:
    """The profile from sessions and their stored turns (any order; sessions are sorted by start)."""
    ordered = sorted(transcript, key=lambda item: (item[0].started_at, item[0].id))
    qualities: dict[Quality, QualityProfile] = {}
    for quality in QUALITIES:
        everything: list[tuple[int, int]] = []
        evidence = 0
        history: list[TrendPoint] = []
        for info, turns in ordered:
            session_points = []
            for turn in turns:
                score = turn.result.scores.get(quality)
                if score is None:
                    continue
                w = weight(turn.result, quality)
                session_points.append((score, w))
                evidence += w - 1
            if session_points:
                mean = _mean(session_points)
                assert mean is not None
                history.append(TrendPoint(info.id, info.started_at, mean, len(session_points)))
                everything.extend(session_points)
        qualities[quality] = QualityProfile(
            quality=quality,
            score=_mean(everything),
            points=len(everything),
            evidence=evidence,
            history=tuple(history),
            delta=_delta([p.score for p in history]),
        )
    steps = sum(len(turns) for _info, turns in ordered)
    return Profile(name=name, sessions=len(ordered), steps=steps, qualities=qualities)


def profile_of(store: Store, person: Person, mode: Mode | None = None, campaign: Campaign | None = None) -> Profile:
    """The person's six qualities over their stored sessions (optionally one mode or one campaign)."""
    infos = store.sessions(person, campaign, mode)
    return build_profile(person.name, [(info, store.turns(info.id)) for info in infos])


def campaign_profiles(store: Store, campaign: Campaign) -> list[tuple[Person, list[SessionInfo], Profile]]:
    """Each candidate of the campaign with their sessions in it and their profile over them, read with
    three queries whatever the number of candidates (the same profiles as ``profile_of``)."""
    transcripts = store.campaign_turns(campaign)
    by_person: dict[int, list[SessionInfo]] = {}
    for info in store.sessions(campaign=campaign):
        by_person.setdefault(info.person.id, []).append(info)
    return [
        (infos[0].person, infos, build_profile(infos[0].person.name, [(i, transcripts.get(i.id, [])) for i in infos]))
        for infos in by_person.values()
    ]


def _delta(scores: Sequence[float]) -> float | None:
    """Later half's mean minus earlier half's (the middle session of an odd count is left out)."""
    half = len(scores) // 2
    if half == 0:
        return None
    earlier, later = scores[:half], scores[-half:]
    return round(sum(later) / half - sum(earlier) / half, 1)
