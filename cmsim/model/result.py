"""What scoring produces: per-criterion results with evidence, per-quality scores, a better reply."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict
from pydantic import Field as PydField

from cmsim.model.base import LocalText, band_of
from cmsim.model.qualities import Quality


class Answer(BaseModel):
    """What the trainee submitted for a step: text per field, or the option chosen."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    fields: dict[str, str] = PydField(default_factory=dict)
    option: str | None = None

    @classmethod
    def from_data(cls, data: object) -> Answer:
        """Build from an answers-file value: a string, a mapping field→text, or ``{option: id}``."""
        if isinstance(data, Answer):
            return data
        if isinstance(data, str):
            return cls(fields={"reply": data})
        if isinstance(data, dict):
            if set(data) == {"option"}:
                return cls(option=str(data["option"]))
            return cls(fields={str(k): "" if v is None else str(v) for k, v in data.items()})
        raise ValueError("an answer is a text, a mapping of field ids to texts, or {option: id}")

Family = Literal["hostility", "coldness"]
"""What a negative finding is (see ``Evidence.family``): reports read it (a hostile reply is a red flag and is never
quoted as a strength; a cold one is neither)."""


class Evidence(BaseModel):
    """A span of the reply that drove a criterion's score, up (+) or down (-)."""

    model_config = ConfigDict(frozen=True)

    field: str
    start: int
    end: int
    text: str
    polarity: Literal["+", "-"] = "+"
    family: Family | None = None
    """What a negative finding is, named by the criterion kind that found it: ``hostility`` (an attack on the person:
    insults, sarcasm, blame, contempt, lecturing, shouting) or ``coldness`` (a civil fault: a stock phrase, a bare
    order). None when the kind names none, and in results stored before evidence said what it is."""


class CriterionResult(BaseModel):
    """The score of one criterion, why, and what was missing."""

    model_config = ConfigDict(frozen=True)

    id: str
    quality: Quality
    score: int = PydField(ge=0, le=100)
    weight: float
    feedback: str
    evidence: list[Evidence] = PydField(default_factory=list)
    missing: list[str] = PydField(default_factory=list)
    feedback_texts: LocalText | None = None
    """The same feedback in French and in English, so that a report in the other language than the session's says
    it in its reader's language. None for a judge's reason (written in one language) and in results stored before."""
    neutral: bool = False
    """The score is the criterion's default, earned by nothing the reply does (courtesy's 70 for a reply with no
    courtesy and nothing curt): shown as neutral, never as "good", and never quoted as a strength."""
    shown: Literal["good", "fair", "poor"] | None = None
    """The band the feedback was written for, when it is not the score's: a fault found in a score of the good band
    ("Too long for this platform" at 74) is said and shown as fair, never marked good; a gate's noise across a band's
    edge is shown in the band the reply earned. None when it is the score's band, and in results stored before."""

    def feedback_in(self, lang: str) -> str:
        """The feedback in ``lang`` when the result knows it, else as it was given."""
        return self.feedback_texts.get(lang) if self.feedback_texts is not None else self.feedback

    @property
    def band(self) -> str:
        """good / fair / poor, or neutral for a default score (see ``neutral``)."""
        if self.neutral:
            return "neutral"
        return self.shown if self.shown is not None else band_of(self.score)


class StepResult(BaseModel):
    """The result of scoring one answer to one step."""

    model_config = ConfigDict(frozen=True)

    step_id: str
    scores: dict[Quality, int]
    criteria: list[CriterionResult] = PydField(default_factory=list)
    better_reply: dict[str, str] = PydField(default_factory=dict)
    flags: list[str] = PydField(default_factory=list, description="Integrity flags: empty, stuffing, copy…")
    feedback: str = ""
    scorer: str = "offline"

    @property
    def average(self) -> int:
        """Rounded mean of the quality scores (0 when there are none)."""
        return round(sum(self.scores.values()) / len(self.scores)) if self.scores else 0

    def scores_as(self, stored: StepResult) -> bool:
        """Whether this result scores as ``stored`` did: the same scores, criteria, evidence spans, feedback, flags and
        scorer. What a result stored before a field existed does not say (what an evidence span is, ``family``; the
        feedback in both languages, ``feedback_texts``) is read as what this one says: metadata added since is no new
        scoring; a value ``stored`` did say that changed (a span called coldness now, not hostility) is one."""
        if self == stored:
            return True
        if len(self.criteria) != len(stored.criteria):
            return False
        criteria = []
        for new, old in zip(self.criteria, stored.criteria, strict=True):
            if len(new.evidence) != len(old.evidence):
                return False
            evidence = [e if o.family is not None else e.model_copy(update={"family": None})
                        for e, o in zip(new.evidence, old.evidence, strict=True)]
            texts = new.feedback_texts if old.feedback_texts is not None else None
            shown = new.shown if "shown" in old.model_fields_set else old.shown
            criteria.append(new.model_copy(update={"evidence": evidence, "feedback_texts": texts, "shown": shown}))
        return self.model_copy(update={"criteria": criteria}) == stored
