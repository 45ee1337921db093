"""What the raters' grades say: how much the raters agree among themselves, how well the scorer (and
the judge, when it is on) agrees with their consensus, where it disagrees most and why, and which
replies the raters agree on closely enough to become calibration examples."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from statistics import mean
from typing import Any

from cmsim.model.qualities import Quality
from cmsim.model.result import CriterionResult, StepResult
from cmsim.scoring.agreement import band5, concordance, krippendorff_alpha, quadratic_kappa
from cmsim.scoring.base import Scorer
from cmsim.session.grading import load_grades, read_key, resolve

Grades = dict[str, dict[str, dict[str, float]]]  # rater -> item -> quality -> grade


@dataclass(frozen=True)
class RaterAgreement:
    """Agreement between raters on one quality (or on all, pooled)."""

    quality: str
    items: int
    """Items graded by at least two raters (the α is computed on them)."""
    alpha_interval: float | None
    alpha_ordinal: float | None


@dataclass(frozen=True)
class ScorerAgreement:
    """Agreement of one scorer with the raters' consensus on one quality."""

    scorer: str
    quality: str
    items: int
    concordance: float | None
    pairs: int
    kappa: float | None


@dataclass(frozen=True)
class Disagreement:
    """A reply where the scorer is far from the raters, with what made the score."""

    item: str
    quality: str
    consensus: float
    grades: dict[str, float]
    score: int
    reply: dict[str, str]
    criteria: list[tuple[str, int, str, list[str]]]
    """(criterion id, score, feedback, evidence quotes such as '+ "I'm sorry"')."""

    @property
    def gap(self) -> float:
        """Score minus consensus (positive: the scorer is kinder than the raters)."""
        return self.score - self.consensus


@dataclass(frozen=True)
class Promotable:
    """A reply the raters agree on: the calibration example it can become."""

    item: str
    scenario_path: str
    step: str
    answer: dict[str, str]
    expect: dict[str, str]
    consensus: dict[str, float]
    scores: dict[str, int]
    raters: int

    def disputed(self) -> str | None:
        """Why the scorer contradicts the raters' band, when it does (None when it falls inside)."""
        outside = []
        for quality, expr in self.expect.items():
            lo, hi = (int(x) for x in expr.split("-"))
            got = self.scores.get(quality)
            if got is not None and not lo <= got <= hi:
                outside.append(f"{quality}: raters {self.consensus[quality]:.0f}, scorer {got}")
        if not outside:
            return None
        return f"{self.raters} raters agree; the scorer disagrees ({'; '.join(outside)})"


@dataclass
class GradeReport:
    """Everything ``cmsim grade report`` shows."""

    raters: list[str]
    items: int
    graded: int
    rater_agreement: list[RaterAgreement] = field(default_factory=list)
    scorer_agreement: list[ScorerAgreement] = field(default_factory=list)
    worst: list[Disagreement] = field(default_factory=list)
    promotable: list[Promotable] = field(default_factory=list)
    selection: str = ""


def consensus(grades: Grades) -> dict[tuple[str, str], list[float]]:
    """Every grade of each (item, quality), in rater order."""
    out: dict[tuple[str, str], list[float]] = {}
    for rater in sorted(grades):
        for item, qualities in grades[rater].items():
            for quality, grade in qualities.items():
                out.setdefault((item, quality), []).append(grade)
    return out


def rater_agreement(grades: Grades) -> list[RaterAgreement]:
    """Krippendorff's α per quality and pooled, interval (on the grades) and ordinal (on their ranks)."""
    units = consensus(grades)
    out = []
    present = [q.value for q in Quality if any(k[1] == q.value for k in units)]
    for quality in [*present, "all"]:
        values = [v for (_i, q), v in units.items() if quality in (q, "all")]
        paired = [v for v in values if len(v) >= 2]
        out.append(
            RaterAgreement(
                quality, len(paired), krippendorff_alpha(values, "interval"), krippendorff_alpha(values, "ordinal")
            )
        )
    return out


def scorer_agreement(name: str, scores: Mapping[tuple[str, str], int], grades: Grades) -> list[ScorerAgreement]:
    """Concordance (ties failures) and quadratic-weighted κ (five bands) of ``scores`` with the mean grade."""
    units = {k: mean(v) for k, v in consensus(grades).items() if k in scores}
    present = [q.value for q in Quality if any(k[1] == q.value for k in units)]
    out = []
    for quality in [*present, "all"]:
        keys = [k for k in units if quality in (k[1], "all")]
        ref = [units[k] for k in keys]
        got = [float(scores[k]) for k in keys]
        if quality == "all":  # pairs across qualities say nothing: pool the per-quality pairs instead
            per = [concordance([units[k] for k in keys if k[1] == q], [float(scores[k]) for k in keys if k[1] == q])
                   for q in present]
            pairs = sum(p for _c, p in per)
            share = sum((c or 0) * p for c, p in per) / pairs if pairs else None
        else:
            share, pairs = concordance(ref, got)
        kappa = quadratic_kappa([band5(v) for v in ref], [band5(v) for v in got])
        out.append(ScorerAgreement(name, quality, len(keys), share, pairs, kappa))
    return out


def score_items(key: dict[str, Any], scorer: Scorer) -> dict[str, StepResult]:
    """Each item of the key scored again by ``scorer``."""
    out = {}
    for item, source in key["items"].items():
        scenario, step, answer = resolve(source)
        out[item] = scorer.score(scenario, step, answer)
    return out


def build_report(
    folder: Path, scorers: Mapping[str, Scorer], *, worst: int = 5, spread: float = 20.0
) -> GradeReport:
    """The report on the lab in ``folder``; ``scorers`` by name (the offline scorer first)."""
    key = read_key(folder)
    grades = load_grades(folder)
    if not grades:
        raise ValueError(f"no grades in {folder} yet: import the raters' sheets with 'cmsim grade import'")
    units = consensus(grades)
    report = GradeReport(sorted(grades), len(key["items"]), len({i for i, _q in units}))
    report.selection = str(key.get("selection", ""))
    report.rater_agreement = rater_agreement(grades)
    results: dict[str, dict[str, StepResult]] = {}
    for name, scorer in scorers.items():
        results[name] = score_items(key, scorer)
        flat = {(i, q.value): s for i, r in results[name].items() for q, s in r.scores.items()}
        report.scorer_agreement += scorer_agreement(name, flat, grades)
    first = next(iter(results.values()), {})
    report.worst = _worst(key, units, first, worst)
    report.promotable = _promotable(key, units, first, spread)
    return report


def _worst(
    key: dict[str, Any], units: dict[tuple[str, str], list[float]], results: dict[str, StepResult], n: int
) -> list[Disagreement]:
    out = []
    for (item, quality), values in units.items():
        result = results.get(item)
        if result is None or Quality(quality) not in result.scores:
            continue
        criteria = [
            (c.id, c.score, c.feedback, _words(c)) for c in result.criteria if c.quality.value == quality
        ]
        out.append(
            Disagreement(
                item, quality, mean(values), {f"r{n + 1}": v for n, v in enumerate(values)},
                result.scores[Quality(quality)],
                dict(key["items"][item].get("answer") or {}) or _jsonl_reply(key["items"][item]), criteria,
            )
        )
    out.sort(key=lambda d: (-abs(d.gap), d.item, d.quality))
    return out[:n]


def _words(c: CriterionResult) -> list[str]:
    """The evidence of a criterion (+ or - a quote) and what it found missing."""
    return [*(f'{e.polarity} "{e.text}"' for e in c.evidence), *(f"missing: {m}" for m in c.missing)]


def _jsonl_reply(source: dict[str, Any]) -> dict[str, str]:
    reply = source.get("data", {}).get("reply", "")
    return {"reply": reply} if isinstance(reply, str) else {str(k): str(v) for k, v in reply.items()}


def _promotable(
    key: dict[str, Any], units: dict[tuple[str, str], list[float]], results: dict[str, StepResult], spread: float
) -> list[Promotable]:
    out = []
    for item, source in key["items"].items():
        if source.get("kind") != "session":
            continue
        graded = {q: v for (i, q), v in units.items() if i == item}
        if not graded or any(len(v) < 2 or max(v) - min(v) > spread for v in graded.values()):
            continue
        means = {q: mean(v) for q, v in graded.items()}
        margin = max(10.0, spread / 2 + 5)
        expect = {q: f"{max(0, round(m - margin))}-{min(100, round(m + margin))}" for q, m in means.items()}
        result = results.get(item)
        scores = {q.value: s for q, s in result.scores.items()} if result else {}
        raters = min(len(v) for v in graded.values())
        out.append(
            Promotable(item, source["scenario_path"], source["step"], dict(source["answer"]), expect, means, scores,
                       raters)
        )
    return out
