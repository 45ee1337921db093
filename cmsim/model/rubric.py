"""A rubric: weighted criteria, each scoring one quality, with feedback in French and English."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field as PydField
from pydantic import ValidationInfo, WithJsonSchema, field_validator, model_validator

from cmsim.model.base import LocalText, Slug, Strict, Text
from cmsim.model.params import CriterionParams, params_model
from cmsim.model.qualities import Quality


class Feedback(Strict):
    """What the trainee reads for each band of a criterion's score."""

    good: LocalText
    fair: LocalText
    poor: LocalText
    hints: dict[Slug, LocalText] = PydField(default_factory=dict)
    """Fair-band texts by the part of the criterion the reply lacks (its kind names the parts: ``de-escalation``
    reports ``charge``, ``owning``, ``thanks``; ``next-step`` reports ``what`` and ``when``): the text asks for
    what is missing, never for what the reply already does."""


_PARAMS_SCHEMA = {"type": "object", "title": "Params", "description": "Parameters of the criterion's kind."}


class Criterion(Strict):
    """One scored criterion: its kind names the check in ``cmsim.scoring.criteria``; params tune it,
    validated against the kind's parameters model (``cmsim.model.params``)."""

    id: Slug
    quality: Quality
    kind: Slug
    weight: float = PydField(
        1.0, ge=0, le=10,
        description="Share of the criterion in its quality's score; 0: read and shown in feedback, never counted.",
    )
    title: LocalText
    params: Annotated[CriterionParams, WithJsonSchema(_PARAMS_SCHEMA)] = PydField(
        default_factory=CriterionParams, validate_default=True
    )
    feedback: Feedback

    @field_validator("params", mode="before")
    @classmethod
    def _params_of_kind(cls, value: Any, info: ValidationInfo) -> CriterionParams:
        """Validate ``params`` against the model of the criterion's kind (unknown keys are errors)."""
        if isinstance(value, CriterionParams):
            value = value.model_dump(exclude_unset=True)
        return params_model(str(info.data.get("kind", ""))).model_validate(value if value is not None else {})

    @classmethod
    def model_for_key(cls, key: str, data: Any) -> type[CriterionParams] | None:
        """The model that validates ``key`` of a criterion given as ``data`` (where an author's typo in
        ``params`` is told the keys of the criterion's own kind)."""
        if key == "params" and isinstance(data, dict):
            return params_model(str(data.get("kind", "")))
        return None


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

    @model_validator(mode="after")
    def _one_scene_switch(self) -> Rubric:
        """Creativity's hook and the network's hook in view read scenes alike: one switch, never two answers."""
        hooks = [bool(getattr(c.params, "scenes", False)) for c in self.criteria
                 if c.kind == "engagement" and c.quality == Quality.creativity]
        for c in self.criteria:
            if c.kind == "platform-register" and bool(getattr(c.params, "scenes", False)) != any(hooks):
                raise ValueError(f"criterion {c.id}: 'scenes: {str(any(hooks)).lower()}' must match creativity's "
                                 "engagement, or the feedback would ask for a hook creativity has just praised")
        return self

    def qualities(self) -> list[Quality]:
        """Qualities this rubric can score, in canonical order."""
        seen = {c.quality for c in self.criteria}
        return [q for q in Quality if q in seen]


__all__ = ["Criterion", "Feedback", "Rubric", "Text"]
