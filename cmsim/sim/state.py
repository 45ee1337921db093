"""The runner's state: a plain value, saved as JSON to resume or replay a session."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict
from pydantic import Field as PydField

from cmsim.model.result import Answer, StepResult
from cmsim.model.scenario import Scalar


class Turn(BaseModel):
    """One answered step: what was answered, how it scored, where the story went."""

    model_config = ConfigDict(frozen=True)

    step_id: str
    answer: Answer
    result: StepResult
    goto: str
    branch: str = PydField(description="The condition that chose the branch, in words.")
    elapsed: float | None = None
    overtime: bool = False
    set: dict[str, Scalar] = PydField(default_factory=dict, description="Flags the branch taken set.")


class RunState(BaseModel):
    """Where a playthrough stands. ``node`` is the current step, or the ending once finished."""

    model_config = ConfigDict(frozen=True)

    scenario_id: str
    digest: str
    node: str
    finished: bool = False
    turns: tuple[Turn, ...] = ()
    flags: dict[str, Scalar] = PydField(default_factory=dict)

    def to_json(self) -> str:
        """Serialise for saving."""
        return self.model_dump_json()

    @classmethod
    def from_json(cls, text: str) -> RunState:
        """Restore a saved state."""
        return cls.model_validate_json(text)
