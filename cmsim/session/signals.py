"""Integrity signals of an assessment, typed: one model per kind, so every shell records the same
detail under the same names and the report reads them back without guessing.

A signal is a fact for a recruiter to ask about (a paste, a late answer, a hint asked for), never a
verdict. The store keeps ``kind`` and the detail as JSON; :func:`parse` turns a stored row back into
its model (rows written before the details were typed are read too: the TUI once stored a hint's
number as ``hint``).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from cmsim.store.records import Signal


class _Detail(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    def values(self) -> dict[str, float | int | str]:
        """The detail's values by name (what the store keeps and what wording templates use)."""
        return {k: v for k, v in self.model_dump().items() if k != "kind"}


class Paste(_Detail):
    """Text that arrived at once rather than typed."""

    kind: Literal["paste"] = "paste"
    chars: int
    lines: int


class FastTyping(_Detail):
    """A line typed faster than fast touch typing."""

    kind: Literal["fast-typing"] = "fast-typing"
    chars: int
    cps: float


class Overtime(_Detail):
    """An answer submitted after the step's time limit."""

    kind: Literal["overtime"] = "overtime"
    limit: int
    elapsed: float


class AutoSubmitted(_Detail):
    """The time limit submitted what was typed."""

    kind: Literal["auto-submitted"] = "auto-submitted"
    limit: int
    elapsed: float


class Interrupted(_Detail):
    """The session was closed and reopened."""

    kind: Literal["interrupted"] = "interrupted"
    seconds_away: float


class Abandoned(_Detail):
    """A campaign's crisis the candidate left and never came back to: scored, once its time had run out,
    as it stood (``actions`` saved, the last one at ``last_action`` seconds of ``duration``)."""

    kind: Literal["abandoned"] = "abandoned"
    actions: int
    last_action: float
    duration: int


class HintAsked(_Detail):
    """The candidate asked for the step's hint number ``number`` (1 = the first)."""

    kind: Literal["hint"] = "hint"
    number: int = Field(validation_alias=AliasChoices("number", "hint"))


class ScenarioChanged(_Detail):
    """The scenario file changed between the start of the session and a reopen."""

    kind: Literal["scenario-changed"] = "scenario-changed"
    was: str
    now: str


SignalDetail = Annotated[
    Paste | FastTyping | Overtime | AutoSubmitted | Interrupted | Abandoned | HintAsked | ScenarioChanged,
    Field(discriminator="kind"),
]
_ADAPTER: TypeAdapter[SignalDetail] = TypeAdapter(SignalDetail)


class Unknown(_Detail):
    """A stored signal of a kind this version does not know (kept as it was)."""

    kind: str
    raw: dict[str, float | int | str] = Field(default_factory=dict)

    def values(self) -> dict[str, float | int | str]:
        return dict(self.raw)


def parse(signal: Signal) -> SignalDetail | Unknown:
    """The typed detail of a stored signal (``Unknown`` for a kind or shape this version cannot read)."""
    try:
        return _ADAPTER.validate_python({**signal.detail, "kind": signal.kind})
    except ValidationError:
        return Unknown(kind=signal.kind, raw=dict(signal.detail))
