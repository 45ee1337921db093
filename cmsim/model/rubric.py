"""A rubric: weighted criteria, each scoring one quality, with feedback in French and English."""

from __future__ import annotations

from typing import Any

from pydantic import Field as PydField
from pydantic import model_validator

from cmsim.model.base import LocalText, Slug, Strict, Text
from cmsim.model.qualities import Quality


class Feedback(Strict):
    """What the trainee reads for each band of a criterion's score."""

    good: LocalText
    fair: LocalText
    poor: LocalText


class Criterion(Strict):
    """One scored criterion: its kind names the check in ``cmsim.scoring.criteria``; params tune it."""

    id: Slug
    quality: Quality
    kind: Slug
    weight: float = PydField(1.0, gt=0, le=10)
    title: LocalText
    params: dict[str, Any] = PydField(default_factory=dict)
    feedback: Feedback


class Rubric(Strict):
    """A named set of criteria (format version 1)."""

    format: int = PydField(1, ge=1, le=1)
    id: Slug
    title: LocalText
    description: str = ""
    judge_weight: float = PydField(
        0.5, ge=0, le=1, description="Share of the optional LLM judge in hybrid scores (0: offline, 1: judge only)."
    )
    criteria: list[Criterion] = PydField(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> Rubric:
        ids = [c.id for c in self.criteria]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"criterion ids must be unique: {', '.join(dupes)}")
        return self

    def qualities(self) -> list[Quality]:
        """Qualities this rubric can score, in canonical order."""
        seen = {c.quality for c in self.criteria}
        return [q for q in Quality if q in seen]


__all__ = ["Criterion", "Feedback", "Rubric", "Text"]
