"""A scenario: a brand, its community, a thread, and steps the trainee answers."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field as PydField
from pydantic import ValidationInfo, field_validator, model_validator

from cmsim.model.base import Lang, LocalText, PlatformId, Slug, Strict, Text, parse_range
from cmsim.model.qualities import Quality

FORMAT_VERSION = 1
DEFAULT_RUBRIC = "public-reply"
"""The rubric of a reply step that names none (and the one that fills in qualities another rubric lacks)."""

PersonaRole = Literal[
    "customer", "troll", "defender", "fan", "colleague", "journalist", "influencer", "community", "brand"
]
FieldKind = Literal["public", "private", "internal", "post"]
Scalar = str | int | bool


class Charter(Strict):
    """The brand's editorial charter, as rules the scorer can check."""

    pronoun: Literal["tu", "vous", "any"] = PydField(
        "any", description="French only: address people with 'tu' or 'vous'."
    )
    names: Literal["first_name", "full_name", "none", "any"] = PydField(
        "any", description="How to name the person answered: first name, full name, or not at all."
    )
    emoji: Literal["none", "sparing", "free"] = PydField(
        "sparing", description="none: no emoji; sparing: at most two per message; free: no limit."
    )
    signature: str | None = PydField(None, description="Text every public reply must end with, e.g. '^Léa'.")
    tone: Literal["casual", "neutral", "formal"] = PydField(
        "neutral", description="The register: casual, neutral or formal."
    )
    avoid: list[Text] = PydField(default_factory=list, description="Words or phrases the brand never uses.")
    rules: list[Text] = PydField(default_factory=list, description="Other rules, shown to the trainee.")


class Brand(Strict):
    """The brand the trainee speaks for."""

    name: Text
    handle: Text
    sector: str = ""
    voice: str = PydField("", description="The brand's voice in a sentence or two.")
    charter: Charter = Charter()


class Persona(Strict):
    """Someone in the thread: a customer, a troll, a defender, a colleague…"""

    id: Slug
    name: Text
    handle: Text
    role: PersonaRole
    bio: str = ""


class Message(Strict):
    """One message of the thread."""

    author: Slug = PydField(description="A persona id, or 'brand'.")
    text: Text
    platform: PlatformId | None = None
    channel: Literal["public", "private", "internal"] = "public"
    at: str | None = PydField(None, description="Displayed time, e.g. '09:14' or '2 h'.")
    likes: int = PydField(0, ge=0)
    shares: int = PydField(0, ge=0)
    replies: int = PydField(0, ge=0)


class Field(Strict):
    """One text box of a reply step: a public reply, a DM, an internal note, a post for one network."""

    id: Slug
    label: Text
    kind: FieldKind = "public"
    platform: PlatformId | None = PydField(None, description="Defaults to the scenario's first platform.")
    max_chars: int | None = PydField(None, gt=0, description="Overrides the platform's limit.")


class Option(Strict):
    """One option of a choice step, scored per quality."""

    id: Slug
    text: Text
    scores: dict[Quality, Annotated[int, PydField(ge=0, le=100)]]
    feedback: Text


class ChecklistItem(Strict):
    """One item of the instructor's checklist: an act a good reply does (``must``) or a typical mistake of this
    situation (``avoid``), the words that show it, and the quality it concerns."""

    does: Text = PydField(description="What the reply does, in the situation's language: shown in feedback.")
    words: list[Text] = PydField(
        min_length=1,
        description="Words or short phrases (2-4 words), any one of which shows it: matched ignoring case, accents "
        "and word endings.",
    )
    quality: Quality = PydField(description="The quality it concerns: one of the step's qualities.")


def checklist_problems(expect: Expect, qualities: list[Quality]) -> list[str]:
    """Checklist items whose quality the step does not exercise, each as 'must[1].quality: …' (the path inside
    ``expect`` first, so that the authoring layer locates it at the item's quality)."""
    known = ", ".join(q.value for q in qualities)
    return [f"{part}[{i}].quality: '{item.quality.value}' is not one of this step's qualities ({known})"
            for part in ("must", "avoid") for i, item in enumerate(getattr(expect, part))
            if item.quality not in qualities]


class Expect(Strict):
    """What a good answer to this step addresses; the scorer checks the reply against it."""

    person: str | None = PydField(None, description="Name of the person to address, e.g. 'Marc'.")
    facts: list[Text | list[Text]] = PydField(
        default_factory=list,
        description="Specific facts a good reply picks up; a list gives alternatives for one fact.",
    )
    feeling: str | None = PydField(None, description="The feeling to acknowledge, e.g. 'frustrated'.")
    teams: list[Slug] = PydField(default_factory=list, description="Teams an internal note should reach.")
    private: bool = PydField(False, description="Should the reply move the conversation to private messages?")
    question: bool = PydField(False, description="Should the reply ask the person something?")
    hashtags: list[Text] = PydField(default_factory=list, description="Campaign hashtags to use.")
    must: list[ChecklistItem] = PydField(
        default_factory=list, description="The instructor's checklist: what a good reply to this step must do."
    )
    avoid: list[ChecklistItem] = PydField(
        default_factory=list, description="The instructor's checklist: typical mistakes a reply must not make here."
    )


class Condition(Strict):
    """When a branch applies: score ranges per quality or on average, the option chosen, flags set earlier."""

    communication: str | None = None
    listening: str | None = None
    calm: str | None = None
    teamwork: str | None = None
    creativity: str | None = None
    multiplatform: str | None = None
    average: str | None = PydField(None, description="Range on the mean of the step's quality scores.")
    option: Slug | list[Slug] | None = PydField(None, description="Choice steps: the option(s) chosen.")
    flags: dict[Slug, Scalar] = PydField(default_factory=dict, description="Values set by earlier branches.")

    @model_validator(mode="after")
    def _ranges_parse(self) -> Condition:
        for name in (*Quality.__members__, "average"):
            value = getattr(self, name)
            if value is not None:
                parse_range(value)
        return self

    def ranges(self) -> dict[str, tuple[int, int]]:
        """Score ranges this condition tests, keyed by quality id or 'average'."""
        out: dict[str, tuple[int, int]] = {}
        for name in (*Quality.__members__, "average"):
            value = getattr(self, name)
            if value is not None:
                out[name] = parse_range(value)
        return out

    def options(self) -> list[str]:
        """Option ids this condition accepts (empty: any)."""
        if self.option is None:
            return []
        return [self.option] if isinstance(self.option, str) else list(self.option)


class Branch(Strict):
    """Where to go after a step. A branch without ``when`` is the 'else' and must come last."""

    when: Condition | None = None
    goto: Slug
    set: dict[Slug, Scalar] = PydField(default_factory=dict)


class Step(Strict):
    """One decision of the trainee: a free-text reply (one or more fields) or a choice among options."""

    id: Slug
    kind: Literal["reply", "choice"] = "reply"
    title: Text
    prompt: Text
    messages: list[Message] = PydField(default_factory=list, description="Messages arriving at this step.")
    fields: list[Field] = PydField(default_factory=list)
    options: list[Option] = PydField(default_factory=list)
    rubric: Slug = DEFAULT_RUBRIC
    qualities: list[Quality] = PydField(default_factory=list)
    expect: Expect = Expect()
    time_limit: int | None = PydField(None, gt=0, description="Seconds.")
    hints: list[Text] = PydField(default_factory=list)
    model_answer: Text | dict[Slug, Text] | None = None
    next: list[Branch]

    @field_validator("next", mode="before")
    @classmethod
    def _goto_shortcut(cls, value: object) -> object:
        return [{"goto": value}] if isinstance(value, str) else value

    @field_validator("expect")
    @classmethod
    def _checklist_qualities(cls, value: Expect, info: ValidationInfo) -> Expect:
        qualities = info.data.get("qualities")
        if qualities:  # missing qualities are reported by themselves
            problems = checklist_problems(value, qualities)
            if problems:
                raise ValueError(problems[0])
        return value

    @model_validator(mode="after")
    def _shape(self) -> Step:
        if self.kind == "choice" and len(self.options) < 2:
            raise ValueError("a choice step needs at least two options")
        if self.kind == "reply" and self.options:
            raise ValueError("options belong to choice steps (add 'kind: choice')")
        if self.kind == "choice" and self.fields:
            raise ValueError("fields belong to reply steps")
        if not self.qualities:
            raise ValueError("list the qualities this step exercises under 'qualities'")
        if len({f.id for f in self.fields}) != len(self.fields):
            raise ValueError("two fields have the same id")
        if len({o.id for o in self.options}) != len(self.options):
            raise ValueError("two options have the same id")
        for i, branch in enumerate(self.next):
            if branch.when is None and i != len(self.next) - 1:
                raise ValueError("a branch without 'when' (the 'else') must be the last one")
        return self

    def reply_fields(self, default_platform: PlatformId) -> list[Field]:
        """The fields of a reply step, with a single public field when none is declared."""
        if self.kind != "reply":
            return []
        if not self.fields:
            return [Field(id="reply", label="Reply", platform=default_platform)]
        return [f if f.platform else f.model_copy(update={"platform": default_platform}) for f in self.fields]


class Ending(Strict):
    """How the story ends, with a debrief for the trainee."""

    id: Slug
    title: Text
    outcome: Literal["good", "mixed", "bad"]
    debrief: Text
    messages: list[Message] = PydField(default_factory=list)


class Calibration(Strict):
    """A sample answer and the band each quality must fall in: the scenario's own test."""

    name: Text
    step: Slug
    answer: Text | dict[Slug, Text]
    expect: dict[Quality, str]
    disputed: Text | None = PydField(
        None,
        description="Why the instructor stands by these bands although the scorer disagrees: 'cmsim check' "
        "lists the example as a known disagreement instead of a failure.",
    )

    @field_validator("expect")
    @classmethod
    def _ranges(cls, value: dict[Quality, str]) -> dict[Quality, str]:
        for expr in value.values():
            parse_range(expr)
        return value


class Scenario(Strict):
    """A complete scenario, as written in YAML (format version 1)."""

    format: Literal[1] = PydField(description="Format version of this file.")
    id: Slug
    pair: Slug | None = PydField(None, description="Shared by the French and English versions of a scenario.")
    title: Text
    lang: Lang
    difficulty: Literal["easy", "medium", "hard"]
    summary: Text
    tags: list[Slug] = PydField(default_factory=list)
    platforms: list[PlatformId] = PydField(min_length=1)
    brand: Brand
    personas: list[Persona] = PydField(default_factory=list)
    thread: list[Message] = PydField(default_factory=list)
    start: Slug | None = PydField(None, description="First step; the first one listed by default.")
    steps: list[Step] = PydField(min_length=1)
    endings: list[Ending] = PydField(min_length=1)
    calibration: list[Calibration] = PydField(default_factory=list)

    @property
    def first_step(self) -> str:
        """Id of the step the scenario starts with."""
        return self.start or self.steps[0].id

    def fields_of(self, step: Step) -> list[Field]:
        """The fields a reply to ``step`` has, on this scenario's first platform when a field names none."""
        return step.reply_fields(self.platforms[0])

    def step(self, step_id: str) -> Step:
        """The step with this id (KeyError if none)."""
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def ending(self, ending_id: str) -> Ending:
        """The ending with this id (KeyError if none)."""
        for ending in self.endings:
            if ending.id == ending_id:
                return ending
        raise KeyError(ending_id)

    def is_ending(self, node_id: str) -> bool:
        """True when ``node_id`` names an ending rather than a step."""
        return any(e.id == node_id for e in self.endings)

    def qualities(self) -> list[Quality]:
        """Qualities exercised by at least one step, in canonical order."""
        seen = {q for s in self.steps for q in s.qualities}
        return [q for q in Quality if q in seen]

    def persona(self, persona_id: str) -> Persona | None:
        """The persona with this id, or None (e.g. for 'brand')."""
        return next((p for p in self.personas if p.id == persona_id), None)


__all__ = [
    "FORMAT_VERSION",
    "Branch",
    "Brand",
    "Calibration",
    "Charter",
    "ChecklistItem",
    "Condition",
    "Ending",
    "Expect",
    "Field",
    "LocalText",
    "Message",
    "Option",
    "Persona",
    "Scenario",
    "Step",
    "checklist_problems",
]
