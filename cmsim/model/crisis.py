"""A crisis scenario: a live feed across networks, what the trainee should do with the items that matter,
and reactions that arrive (or not) depending on what the trainee did and how fast.

Times are seconds from the start of the crisis. A seed fixes every random choice (the noise items)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field as PydField
from pydantic import field_validator, model_validator

from cmsim.model.base import Lang, PlatformId, Slug, Strict, Text, parse_range
from cmsim.model.qualities import Quality
from cmsim.model.scenario import Brand, ChecklistItem, Expect, checklist_problems

KIND = "crisis"
ActionKind = Literal["reply", "escalate", "hide", "like", "pin", "statement", "skip"]
Expected = Literal["reply", "escalate", "hide", "ignore"]
Role = Literal["customer", "troll", "defender", "fan", "journalist", "influencer", "employee", "community", "bot"]
ITEM_QUALITIES = [Quality.communication, Quality.listening, Quality.calm, Quality.teamwork, Quality.multiplatform]
"""What handling an item exercises: a reply's qualities and an escalation note's teamwork (a checklist item's quality
is one of them)."""
ACTIONS: tuple[str, ...] = ("reply", "escalate", "hide", "like", "pin", "statement", "skip")
HANDLING: frozenset[str] = frozenset({"reply", "escalate", "hide"})
"""Actions that count as handling an item (liking, pinning or skipping it does not)."""


class Metrics(Strict):
    """Public counters shown beside an item."""

    likes: int = PydField(0, ge=0)
    shares: int = PydField(0, ge=0)
    replies: int = PydField(0, ge=0)
    views: int = PydField(0, ge=0)


class Expectation(Strict):
    """What should be done with an item that matters, and by when."""

    do: list[Expected] = PydField(min_length=1, description="reply, escalate, hide or ignore (one or several).")
    within: int = PydField(300, gt=0, description="Seconds after the item arrives to do it.")
    critical: bool = PydField(False, description="Critical items count in the time to first response.")
    team: Slug | None = PydField(None, description="The team an escalation must reach (teams lexicon).")
    facts: list[Text | list[Text]] = PydField(
        default_factory=list, description="Facts a reply or an escalation note should carry."
    )
    feeling: str | None = PydField(None, description="The feeling a reply should acknowledge.")
    person: str | None = PydField(None, description="Name to address in a reply.")
    private: bool = PydField(False, description="Should the reply move the conversation to private messages?")
    legit: bool = PydField(True, description="A legitimate voice: hiding it is a wrong action.")
    must: list[ChecklistItem] = PydField(
        default_factory=list, description="What a good reply (or, for teamwork, escalation note) must do."
    )
    avoid: list[ChecklistItem] = PydField(
        default_factory=list, description="Typical mistakes a reply or an escalation note must not make here."
    )

    @field_validator("do", mode="before")
    @classmethod
    def _one(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value

    @model_validator(mode="after")
    def _shape(self) -> Expectation:
        if "escalate" in self.do and self.team is None:
            raise ValueError("an expected escalation names its 'team'")
        if "ignore" in self.do and len(self.do) > 1:
            raise ValueError("'ignore' cannot be combined with other actions")
        problems = checklist_problems(Expect(must=self.must, avoid=self.avoid), ITEM_QUALITIES)
        if problems:
            raise ValueError(problems[0])
        return self


class Item(Strict):
    """One message of the feed."""

    id: Slug
    at: float = PydField(ge=0, description="Arrival, in seconds from the start (from the firing for reactions).")
    platform: PlatformId
    author: Text = PydField(description="The handle shown, e.g. '@maya_k'.")
    name: Text | None = PydField(None, description="The person's name, if it shows.")
    role: Role = "customer"
    text: Text
    metrics: Metrics = Metrics()
    expect: Expectation | None = None


class Trigger(Strict):
    """When a reaction fires. Exactly one of ``did``, ``unless`` or ``statement`` (or ``after``)."""

    item: Slug | None = PydField(None, description="The item watched by 'did' and 'unless'.")
    did: ActionKind | None = PydField(None, description="Fires when the trainee does this to the item.")
    count: int = PydField(1, ge=1, description="With 'did': fires at the n-th time.")
    unless: list[ActionKind] | None = PydField(
        None, description="Fires 'within' seconds after the item arrives unless one of these was done to it."
    )
    within: int | None = PydField(None, gt=0)
    statement: str | None = PydField(
        None, description="Fires on a public statement whose lowest quality score is in range."
    )
    after: Slug | None = PydField(None, description="Fires when another reaction has fired.")
    delay: int = PydField(0, ge=0, description="Seconds between the trigger and the reaction.")

    @field_validator("unless", mode="before")
    @classmethod
    def _one(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value

    @model_validator(mode="after")
    def _shape(self) -> Trigger:
        kinds = [k for k in ("did", "unless", "statement", "after") if getattr(self, k) is not None]
        if len(kinds) != 1:
            raise ValueError("a trigger has exactly one of 'did', 'unless', 'statement' or 'after'")
        if kinds[0] in ("did", "unless") and self.item is None:
            raise ValueError(f"'{kinds[0]}' watches an 'item'")
        if kinds[0] == "unless" and self.within is None:
            raise ValueError("'unless' needs 'within' (seconds after the item arrives)")
        if self.statement is not None:
            parse_range(self.statement)
        return self

    @property
    def kind(self) -> str:
        """did, unless, statement or after."""
        return next(k for k in ("did", "unless", "statement", "after") if getattr(self, k) is not None)


class Reaction(Strict):
    """Items that arrive, a flood that speeds up or slows, a mood that moves: when the trigger fires."""

    id: Slug
    when: Trigger
    items: list[Item] = PydField(default_factory=list, description="Arrive at their 'at' after the firing.")
    flood: float | None = PydField(None, gt=0, le=5, description="Multiplies the noise rate from the firing on.")
    mood: int = PydField(0, ge=-100, le=100, description="Moves the crowd's mood (0–100).")
    note: Text | None = PydField(None, description="What happened, for the debrief.")


class NoiseLine(Strict):
    """One possible noise message."""

    platform: PlatformId
    text: Text


class Noise(Strict):
    """Messages that need nothing, drawn at random (with the seed) at ``rate`` a minute."""

    rate: float = PydField(ge=0, le=240, description="Items a minute on average.")
    start: int = PydField(0, ge=0)
    authors: list[Text] = PydField(min_length=1)
    lines: list[NoiseLine] = PydField(min_length=1)


class When(Strict):
    """Ranges an ending asks of the final mood and triage."""

    mood: str | None = None
    coverage: str | None = None
    average: str | None = None

    @model_validator(mode="after")
    def _ranges(self) -> When:
        for value in (self.mood, self.coverage, self.average):
            if value is not None:
                parse_range(value)
        return self


class CrisisEnding(Strict):
    """How the crisis ends; the first ending whose ``when`` holds (the last has none)."""

    id: Slug
    when: When | None = None
    title: Text
    outcome: Literal["good", "mixed", "bad"]
    debrief: Text


class Action(Strict):
    """One timed action of the trainee (answers files, calibration runs, the TUI)."""

    at: float = PydField(ge=0)
    item: Slug | None = None
    reply: Text | None = None
    escalate: Slug | None = None
    note: Text | None = None
    hide: bool = False
    like: bool = False
    pin: bool = False
    skip: bool = False
    statement: Text | None = None
    platforms: list[PlatformId] = PydField(default_factory=list, description="Networks a statement goes to.")

    @model_validator(mode="after")
    def _shape(self) -> Action:
        kinds = self.kinds()
        if len(kinds) != 1:
            raise ValueError("an action is exactly one of reply, escalate, hide, like, pin, skip or statement")
        if kinds[0] == "statement":
            if self.item is not None:
                raise ValueError("a statement goes to everyone: no 'item'")
        elif self.item is None:
            raise ValueError(f"'{kinds[0]}' needs the 'item' it acts on")
        if self.note is not None and kinds[0] != "escalate":
            raise ValueError("'note' goes with 'escalate'")
        return self

    def kinds(self) -> list[str]:
        """The action kinds given (exactly one once validated)."""
        out = [k for k in ("reply", "escalate", "statement") if getattr(self, k) is not None]
        return out + [k for k in ("hide", "like", "pin", "skip") if getattr(self, k)]

    @property
    def kind(self) -> str:
        """reply, escalate, hide, like, pin, skip or statement."""
        return self.kinds()[0]

    @property
    def text(self) -> str:
        """The written text: the reply, the note or the statement ('' for the others)."""
        return self.reply or self.note or self.statement or ""


class Run(Strict):
    """A calibration run: timed actions and the outcome and scores they must land in."""

    name: Text
    expert: bool = PydField(False, description="The expert's path, shown beside the trainee's in the debrief.")
    actions: list[Action] = PydField(default_factory=list)
    outcome: Literal["good", "mixed", "bad"] | None = None
    expect: dict[Quality, str] = PydField(default_factory=dict)

    @field_validator("expect")
    @classmethod
    def _ranges(cls, value: dict[Quality, str]) -> dict[Quality, str]:
        for expr in value.values():
            parse_range(expr)
        return value


class CrisisScenario(Strict):
    """A complete crisis scenario (``kind: crisis``, format 1)."""

    format: Literal[1]
    kind: Literal["crisis"]
    id: Slug
    pair: Slug | None = None
    title: Text
    lang: Lang
    difficulty: Literal["easy", "medium", "hard"]
    summary: Text
    tags: list[Slug] = PydField(default_factory=list)
    platforms: list[PlatformId] = PydField(min_length=1)
    brand: Brand
    brief: Text = PydField(description="What the trainee is told when the crisis starts.")
    duration: int = PydField(gt=0, le=3600, description="Seconds the crisis lasts.")
    seed: int = PydField(0, description="Fixes every random choice (the noise).")
    mood: int = PydField(50, ge=0, le=100, description="The crowd's mood at the start (0 furious, 100 warm).")
    teams: list[Slug] = PydField(default_factory=list, description="Teams the trainee can escalate to.")
    items: list[Item] = PydField(min_length=1)
    noise: Noise | None = None
    reactions: list[Reaction] = PydField(default_factory=list)
    endings: list[CrisisEnding] = PydField(min_length=1)
    runs: list[Run] = PydField(default_factory=list)

    def item(self, item_id: str) -> Item | None:
        """The timeline or reaction item with this id."""
        for item in self.all_items():
            if item.id == item_id:
                return item
        return None

    def all_items(self) -> list[Item]:
        """Timeline items, then every reaction's items."""
        return [*self.items, *(i for r in self.reactions for i in r.items)]

    def reaction(self, reaction_id: str) -> Reaction | None:
        """The reaction with this id."""
        return next((r for r in self.reactions if r.id == reaction_id), None)

    def expert_run(self) -> Run | None:
        """The run marked ``expert``."""
        return next((r for r in self.runs if r.expert), None)

    def qualities(self) -> list[Quality]:
        """Qualities a crisis exercises: all but creativity (what it scores comes from triage and replies)."""
        return [q for q in Quality if q is not Quality.creativity]


__all__ = [
    "ACTIONS",
    "HANDLING",
    "ITEM_QUALITIES",
    "KIND",
    "Action",
    "CrisisEnding",
    "CrisisScenario",
    "Expectation",
    "Item",
    "Metrics",
    "Noise",
    "NoiseLine",
    "Reaction",
    "Role",
    "Run",
    "Trigger",
    "When",
]
