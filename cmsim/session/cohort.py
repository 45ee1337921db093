"""How a group does: per-quality distributions, the criteria weakest across it (with quotes), progress
over the sessions each person played, and the scenarios where the group struggles. Read from the
scores stored with each answer (no scoring here)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from statistics import mean, median

from cmsim.model.qualities import Quality
from cmsim.model.scenario import Scenario
from cmsim.scoring.agreement import band5
from cmsim.session.selection import Played
from cmsim.store.records import TurnRecord

QUOTE_CHARS = 140


@dataclass(frozen=True)
class Distribution:
    """The scores of one quality over every answer of the group."""

    quality: Quality
    scores: tuple[int, ...]

    @property
    def mean(self) -> float | None:
        """Mean score (None without scores)."""
        return mean(self.scores) if self.scores else None

    @property
    def median(self) -> float | None:
        """Median score (None without scores)."""
        return median(self.scores) if self.scores else None

    def histogram(self) -> list[int]:
        """How many scores fall in each band of twenty points (0–19 … 80–100)."""
        counts = [0] * 5
        for score in self.scores:
            counts[band5(score) - 1] += 1
        return counts


@dataclass(frozen=True)
class WeakCriterion:
    """A criterion the group scores low on, with quotes of replies that show it."""

    id: str
    quality: Quality
    mean: float
    answers: int
    people: int
    quotes: tuple[str, ...]
    advice: str


@dataclass(frozen=True)
class ProgressPoint:
    """The group's mean score on the n-th session each person played."""

    index: int
    mean: float
    people: int


@dataclass(frozen=True)
class ScenarioLine:
    """How the group did on one scenario."""

    scenario_id: str
    title: str
    sessions: int
    people: int
    mean: float | None
    bad_endings: int
    finished: int
    weakest: Quality | None


@dataclass
class Cohort:
    """Everything ``cmsim cohort`` shows."""

    described: str
    people: int
    sessions: int
    answers: int
    distributions: list[Distribution] = field(default_factory=list)
    weakest: list[WeakCriterion] = field(default_factory=list)
    progress: list[ProgressPoint] = field(default_factory=list)
    scenarios: list[ScenarioLine] = field(default_factory=list)


def build_cohort(played: list[Played], described: str, *, weakest: int = 6, quotes: int = 3) -> Cohort:
    """The cohort view of the selected sessions."""
    people = {p.info.person.id for p in played}
    turns = [(p, t) for p in played for t in p.turns]
    cohort = Cohort(described, len(people), len(played), len(turns))
    by_quality: dict[Quality, list[int]] = defaultdict(list)
    for _p, t in turns:
        for quality, score in t.result.scores.items():
            by_quality[quality].append(score)
    cohort.distributions = [Distribution(q, tuple(by_quality[q])) for q in Quality if by_quality.get(q)]
    cohort.weakest = _weakest(turns, weakest, quotes)
    cohort.progress = _progress(played)
    cohort.scenarios = _scenarios(played)
    return cohort


def _weakest(turns: list[tuple[Played, TurnRecord]], n: int, quotes: int) -> list[WeakCriterion]:
    hits: dict[tuple[str, Quality], list[tuple[int, int, str, str]]] = defaultdict(list)
    advice: dict[tuple[str, Quality], str] = {}
    for p, t in turns:
        result = t.result
        reply = " / ".join(v.strip() for v in t.answer.fields.values() if v.strip())
        for c in result.criteria:
            key = (c.id, c.quality)
            negative = next((e.text for e in c.evidence if e.polarity == "-"), None)
            hits[key].append((c.score, p.info.person.id, negative or reply, c.feedback))
            if c.score < 70:
                advice.setdefault(key, c.feedback.strip())
    lines = []
    for (cid, quality), found in hits.items():
        avg = mean(score for score, *_ in found)
        worst = sorted(found, key=lambda h: h[0])
        picked: list[str] = []
        for _score, _person, text, _fb in worst:
            quote = _shorten(text)
            if quote and quote not in picked:
                picked.append(quote)
            if len(picked) == quotes:
                break
        lines.append(
            WeakCriterion(cid, quality, avg, len(found), len({h[1] for h in found}), tuple(picked),
                          advice.get((cid, quality), worst[0][3].strip()))
        )
    lines.sort(key=lambda w: (w.mean, -w.answers, w.id))
    return [w for w in lines if w.mean < 70][:n]


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"


def _progress(played: list[Played]) -> list[ProgressPoint]:
    per_person: dict[int, list[float]] = defaultdict(list)
    for p in played:  # oldest first
        averages = [t.result.average for t in p.turns if t.result.scores]
        if averages:
            per_person[p.info.person.id].append(mean(averages))
    by_index: dict[int, list[float]] = defaultdict(list)
    for sessions in per_person.values():
        for i, value in enumerate(sessions, start=1):
            by_index[i].append(value)
    return [ProgressPoint(i, mean(v), len(v)) for i, v in sorted(by_index.items())]


def _scenarios(played: list[Played]) -> list[ScenarioLine]:
    groups: dict[str, list[Played]] = defaultdict(list)
    for p in played:
        groups[p.loaded.scenario.id].append(p)
    out = []
    for scenario_id, group in groups.items():
        scenario = group[0].loaded.scenario
        averages = [t.result.average for p in group for t in p.turns if t.result.scores]
        finished = [p for p in group if p.info.finished]
        bad = sum(1 for p in finished if scenario.is_ending(p.info.node) and _outcome(scenario, p.info.node) == "bad")
        per_quality: dict[Quality, list[int]] = defaultdict(list)
        for p in group:
            for t in p.turns:
                for q, s in t.result.scores.items():
                    per_quality[q].append(s)
        weakest = min(per_quality, key=lambda q: mean(per_quality[q])) if per_quality else None
        out.append(
            ScenarioLine(scenario_id, scenario.title, len(group), len({p.info.person.id for p in group}),
                         mean(averages) if averages else None, bad, len(finished), weakest)
        )
    out.sort(key=lambda s: (s.mean if s.mean is not None else 101, s.scenario_id))
    return out


def _outcome(scenario: Scenario, node: str) -> str:
    return scenario.ending(node).outcome
