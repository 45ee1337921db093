"""The parameters a rubric's criterion may set, one model per criterion kind.

A rubric file is validated against these when it is loaded: an unknown or misspelt key (``celing``),
or a value of the wrong type, is a located error with a did-you-mean, never a silently ignored cap.
The scoring functions read their parameters through the same models, so a default lives in one place.

Every kind takes the common parameters of :class:`CriterionParams`; a kind listed in :data:`PARAMS`
takes its own on top. The scoring layer checks that every kind named here is a registered kind.
"""

from __future__ import annotations

from typing import Literal, TypeVar

from pydantic import Field as PydField

from cmsim.model.base import PlatformId, Strict
from cmsim.model.scenario import FieldKind

Merge = Literal["mean", "max", "min"]
ContestPart = Literal["enter", "deadline", "rules"]


class CriterionParams(Strict):
    """What every criterion kind accepts."""

    ceiling: float | None = PydField(
        None,
        ge=0,
        le=100,
        description="Caps the quality's score at this criterion's score plus this many points (a reply that "
        "fails it cannot score high on the quality however well it does elsewhere).",
    )
    floor: float | None = PydField(
        None,
        ge=0,
        le=50,
        description="For a tone guard: a reply it finds nothing against, that games nothing, scores at least this on "
        "the quality (under twice this, this plus half its score): a civil reply, however empty, ranks over a hostile "
        "one, which the guard's ceiling keeps near it.",
    )
    fields: tuple[FieldKind, ...] | None = PydField(
        None, min_length=1, description="The kinds of field the criterion reads (default: the kind's own)."
    )
    merge: Merge | None = PydField(
        None, description="How the scores of several fields combine: mean, max (best field) or min (worst field)."
    )


class AlwaysParams(CriterionParams):
    """Kinds that apply only when the situation calls for them (a question asked, a feeling voiced…)."""

    always: bool = PydField(False, description="Apply the criterion to every reply, called for or not.")


class HostilityParams(CriterionParams):
    """The price of each kind of hostile marker (points off per distinct hit)."""

    costs: dict[str, float] = PydField(
        default_factory=dict, description="Points each distinct hit of a hostile lexicon costs, by lexicon name."
    )


class DeEscalationParams(CriterionParams):
    """A base score, and points per de-escalating move (unset: the scorer's defaults)."""

    base: float | None = PydField(None, ge=0, le=100, description="Score of a reply without any de-escalating move.")
    per_move: float | None = PydField(None, ge=0, le=100, description="Points each de-escalating move adds.")


class ClarityParams(CriterionParams):
    """How long a sentence may run before it reads as hard to follow."""

    max_sentence_words: int = PydField(30, ge=5, le=200, description="Words per sentence before it is too long.")
    norms: dict[PlatformId, int] = PydField(
        default_factory=dict, description="Words a text of each platform reads well within, overriding the defaults."
    )


class CourtesyParams(CriterionParams):
    """Points of politeness and rudeness (unset: the scorer's defaults)."""

    base: float | None = PydField(None, ge=0, le=100, description="Courtesy of a plain, neutral reply.")
    per_marker: float | None = PydField(None, ge=0, le=100, description="Points each kind of politeness marker adds.")
    per_order: float | None = PydField(None, ge=0, le=100, description="Points each bare order at the person costs.")
    per_rude: float | None = PydField(None, ge=0, le=100, description="Points each exasperation marker costs.")


class ContestParams(CriterionParams):
    """Which parts a contest post owes its entrants."""

    parts: tuple[ContestPart, ...] = PydField(
        ("enter", "deadline", "rules"), description="Parts the post must say: enter, deadline, rules."
    )


class EngagementParams(CriterionParams):
    """What counts as a post's hook."""

    scenes: bool = PydField(
        False, description="A post opening on a scene in its own words before the brief's news hooks (creativity's "
        "reading of a voice; speaking to the community asks for a question or a call instead)."
    )


class RegisterParams(CriterionParams):
    """What a network's register accepts as the hook in view."""

    scenes: bool = PydField(
        False, description="A scene opening the post counts as the hook in view; must match creativity's engagement "
        "'scenes' in the same rubric, so the two never contradict each other."
    )
    notice_costs: dict[PlatformId, float] = PydField(
        default_factory=dict, description="Points each formula of a notice or an administration ('we inform you that', "
        "'il est porté à votre connaissance', 'is pleased to announce'), or of the brand's portrait of itself ('we "
        "believe', 'in line with our commitment to', 'nous croyons que'), costs a post on this network, once per "
        "phrase however many lexicon terms it matches (networks not listed: none)."
    )


class AdaptationParams(CriterionParams):
    """What counts as a version rewritten for its network."""

    pointers: bool = PydField(
        False, description="A short version that only sends the reader elsewhere ('see link in bio', 'infos sur notre "
        "site') is no version for its network and earns no adaptation credit (multi-platform's reading; creativity's "
        "own version leaves it to the other versions' voice)."
    )


class TeamRoutingParams(CriterionParams):
    """Teams to alert when the scenario does not say."""

    teams: tuple[str, ...] = PydField((), description="Team ids to route to when the step expects none.")


class ChecklistParams(CriterionParams):
    """What an avoided act of the instructor's checklist costs (``checklist-<quality>`` kinds)."""

    avoid_cost: float = PydField(50.0, ge=0, le=100, description="Points each avoid item the reply makes costs.")


CHECKLIST_KIND = "checklist-"
"""Prefix of the checklist's kinds: ``checklist-<quality>`` reads the items of that quality."""
CHECKLIST_QUALITIES = ("communication", "listening", "calm", "teamwork", "creativity", "multiplatform")

PARAMS: dict[str, type[CriterionParams]] = {
    "hostility": HostilityParams,
    "de-escalation": DeEscalationParams,
    "clarity": ClarityParams,
    "courtesy": CourtesyParams,
    "contest-completeness": ContestParams,
    "team-routing": TeamRoutingParams,
    "engagement": EngagementParams,
    "platform-register": RegisterParams,
    "adaptation": AdaptationParams,
    "substance": AlwaysParams,
    "feeling": AlwaysParams,
    "next-step": AlwaysParams,
    "private-channel": AlwaysParams,
    "question": AlwaysParams,
    **{f"{CHECKLIST_KIND}{q}": ChecklistParams for q in CHECKLIST_QUALITIES},
}
"""Criterion kinds with parameters of their own; any other kind takes :class:`CriterionParams`."""

P = TypeVar("P", bound=CriterionParams)


def params_model(kind: str) -> type[CriterionParams]:
    """The parameters model of criterion ``kind``."""
    return PARAMS.get(kind, CriterionParams)


def read_params(params: CriterionParams, model: type[P]) -> P:
    """``params`` as ``model`` (a criterion reads its own parameters through this): the validated
    instance itself, or the same values validated again when it was built for another kind."""
    if isinstance(params, model):
        return params
    return model.model_validate(params.model_dump(exclude_unset=True))
