"""The offline scorer: rubric criteria over a shared text analysis, no network, deterministic."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from cmsim.authoring.load import RubricBook
from cmsim.authoring.problems import AuthoringError, Problem
from cmsim.model.params import CHECKLIST_KIND, CriterionParams
from cmsim.model.qualities import Quality
from cmsim.model.result import Answer, CriterionResult, Evidence, StepResult
from cmsim.model.rubric import Criterion, Rubric
from cmsim.model.scenario import DEFAULT_RUBRIC, Field, Scenario, Step
from cmsim.platforms import limit_for
from cmsim.scoring.ceiling import capped, floored
from cmsim.scoring.criteria import KINDS, NOT_APPLICABLE, Context, Kind, Outcome, soft_gate, tone_gate
from cmsim.scoring.feedback import QuoteKey, criterion_result
from cmsim.scoring.gating import at_full_length, content_reading, honest, length_priced
from cmsim.scoring.integrity import FieldView, inspect
from cmsim.scoring.lexicon import lexicons
from cmsim.scoring.per_step import step_better_reply, step_fields
from cmsim.scoring.rubric_kinds import check_kinds
from cmsim.scoring.step_context import context_for, foreign_reading

INTERNAL_LIMIT = 5000
PRIVATE_LIMIT = 10000
GRADER_CAP = 30
"""Ceiling on every quality when a reply talks to the grader instead of the community."""

FLAG_TEXT: dict[str, dict[str, str]] = {
    "empty": {"en": "The reply is empty.", "fr": "La réponse est vide."},
    "no-sentence": {
        "en": "Write sentences to a person, not a list of words.",
        "fr": "Écrivez des phrases à une personne, pas une liste de mots.",
    },
    "addresses-grader": {
        "en": "Part of the reply speaks to the grader, not the community: it was ignored and the scores capped.",
        "fr": "Une partie de la réponse s'adresse au correcteur et non à la communauté : "
        "elle est ignorée et les notes plafonnées.",
    },
    "copied-thread": {
        "en": "Much of the reply repeats the thread; repeated passages earn nothing.",
        "fr": "La réponse recopie largement le fil ; les passages recopiés ne rapportent rien.",
    },
    "repetition": {
        "en": "Repeated sentences count once.",
        "fr": "Les phrases répétées ne comptent qu'une fois.",
    },
    "stuffing": {
        "en": "Too many key words packed together: they count once, and less when crammed.",
        "fr": "Trop de mots-clés entassés : ils comptent une fois, et moins quand ils s'entassent.",
    },
    "too-long": {
        "en": "Longer than the platform allows: it could not be posted as it is.",
        "fr": "Plus long que ce que la plateforme permet : impossible à publier tel quel.",
    },
    "truncated": {
        "en": "Only the beginning of this very long reply was read.",
        "fr": "Seul le début de cette très longue réponse a été lu.",
    },
}



class _Plan(NamedTuple):
    """What scoring one criterion needs besides the answer, worked out once per rubric and step (the rubrics never
    change): its kind, the field kinds it reads, how its fields are gated, and how its score is aggregated."""

    criterion: Criterion
    priced: bool
    """Whether the length over the platform's limit scales it (:func:`length_priced`)."""
    own_language: bool
    """Whether it reads a field written in the thread's other language in that language (see :func:`foreign_reading`):
    every quality but multi-platform, whose register and limits are the platform's."""
    kind: Kind
    reads: tuple[str, ...]
    params: CriterionParams
    gate_of: Callable[[FieldView], float]
    ceiling: float | None
    weight: float


def _plan(criterion: Criterion) -> _Plan:
    kind = KINDS[criterion.kind]
    params = criterion.params
    gate_of = tone_gate if not kind.length_gated else soft_gate if kind.soft_gate else _full_gate
    return _Plan(criterion, length_priced(criterion), criterion.quality is not Quality.multiplatform, kind,
                 tuple(params.fields or kind.reads), params, gate_of, params.ceiling, criterion.weight)


class OfflineScorer:
    """Scores answers with the rubrics' criteria, offline. Implements ``cmsim.scoring.base.Scorer``."""

    name = "offline"

    def __init__(self, rubrics: RubricBook | None = None) -> None:
        self.rubrics = rubrics if rubrics is not None else RubricBook()
        check_kinds(self.rubrics)
        self._chosen: dict[tuple[str, tuple[Quality, ...], bool], list[_Plan]] = {}
        """The plans of each rubric, qualities and whether the step has a checklist: a step without one does not read
        the checklist criteria at all (each would find nothing to read and be left out of the result)."""

    def score(self, scenario: Scenario, step: Step, answer: Answer) -> StepResult:
        """Score ``answer`` to ``step``: a 0–100 score for each quality the step exercises."""
        if step.kind == "choice":
            return _score_choice(step, answer)
        rubric = self._rubric(step.rubric)
        fields, grams = step_fields(scenario, step)
        views = _read_fields(scenario, answer, fields, grams)
        ctx = context_for(scenario, step, views)
        listed = bool(ctx.expect.must or ctx.expect.avoid)
        chosen = (rubric.id, tuple(step.qualities), listed)
        criteria = self._chosen.get(chosen)
        if criteria is None:  # the rubrics never change: which criteria a step reads is worked out once (see _Plan)
            criteria = self._chosen[chosen] = [_plan(c) for c in _criteria_for(
                rubric, step.qualities, self._rubric(DEFAULT_RUBRIC)) if listed or not _checklist(c)]
        results: list[CriterionResult] = []
        totals: dict[Quality, list[tuple[float, float]]] = {q: [] for q in step.qualities}
        ceilings: dict[Quality, float] = {}
        floors: dict[Quality, float] = {}  # a tone guard's civil floor; 0 once a guard of the quality found a fault
        content = content_reading(ctx, views)
        foreign = foreign_reading(ctx, views, grams)  # a field in the other language is read in its own
        by_id = {v.id: v for v in views}
        quotes: dict[QuoteKey, Evidence] = {}  # a span quoted by several criteria is one (frozen) Evidence
        for plan in criteria:
            c_ctx, c_views = (ctx, views) if plan.priced else content
            if foreign is not None and plan.own_language:
                c_ctx, c_views = foreign
            outcome, gate, ungated = _run(plan, c_ctx, c_views)
            if plan.params.floor is not None:
                found = any(span[3] == "-" for span in outcome.evidence)
                q = plan.criterion.quality
                floors[q] = 0.0 if found else min(plan.params.floor, floors.get(q, plan.params.floor))
            if not outcome.applicable:
                continue
            criterion = plan.criterion
            value = max(0.0, min(100.0, outcome.score * gate))
            totals[criterion.quality].append((value, plan.weight))
            if plan.ceiling is not None:
                cap = value + plan.ceiling
                ceilings[criterion.quality] = min(cap, ceilings.get(criterion.quality, 100.0))
            results.append(criterion_result(criterion, outcome, value, ungated, views, scenario.lang, by_id, quotes))
        flags = _flags(views)
        gates = [v.gate for v in views] or [0.0]
        civil = floors if honest(views, flags) else {}
        scores: dict[Quality, int] = {}
        for quality in step.qualities:
            parts = totals[quality]
            weight = sum(w for _v, w in parts)  # a criterion of weight 0 is read and shown, never counted
            value = sum(v * w for v, w in parts) / weight if weight > 0 else 50.0 * sum(gates) / len(gates)
            value = capped(value, ceilings.get(quality, 100.0))  # capped replies keep their order
            value = floored(value, civil.get(quality, 0.0))
            if "addresses-grader" in flags:
                value = min(value, GRADER_CAP)
            scores[quality] = round(value)
        feedback = " ".join(FLAG_TEXT[f][scenario.lang] for f in flags if f in FLAG_TEXT)
        return StepResult(
            step_id=step.id, scores=scores, criteria=results, flags=flags, feedback=feedback,
            better_reply=step_better_reply(scenario, step), scorer=f"offline/{self.rubrics.digest(rubric.id)}",
        )

    def _rubric(self, rubric_id: str) -> Rubric:
        try:
            return self.rubrics.get(rubric_id)
        except KeyError:
            known = ", ".join(self.rubrics.ids())
            raise AuthoringError([Problem(str(self.rubrics.folder), 1, 1,
                                          f"no rubric '{rubric_id}' (known: {known})", "unknown-rubric")]) from None


def _score_choice(step: Step, answer: Answer) -> StepResult:
    option = next((o for o in step.options if o.id == answer.option), None)
    if option is None:
        return StepResult(step_id=step.id, scores={q: 0 for q in step.qualities}, flags=["no-option"],
                          scorer="offline/choice")
    return StepResult(step_id=step.id, scores={q: option.scores.get(q, 0) for q in step.qualities},
                      feedback=option.feedback, scorer="offline/choice")


def _read_fields(scenario: Scenario, answer: Answer, fields: list[Field],
                 grams: frozenset[tuple[str, ...]]) -> list[FieldView]:
    lex = lexicons(scenario.lang)
    given = dict(answer.fields)
    if set(given) == {"reply"} and fields and fields[0].id not in given:
        given = {fields[0].id: given["reply"]}
    return [inspect(f.id, f.kind, f.platform, _limit(f), given.get(f.id, ""), lex, grams) for f in fields]


def _limit(f: Field) -> int:
    if f.max_chars:
        return f.max_chars
    if f.kind == "internal":
        return INTERNAL_LIMIT
    if f.kind == "private":
        return PRIVATE_LIMIT
    if f.platform is None:
        return PRIVATE_LIMIT
    return limit_for(f.platform, "post" if f.kind == "post" else "comment")


def _checklist(criterion: Criterion) -> bool:
    return criterion.kind.startswith(CHECKLIST_KIND)


def _criteria_for(rubric: Rubric, qualities: Sequence[Quality], default: Rubric) -> list[Criterion]:
    chosen = [c for c in rubric.criteria if c.quality in qualities]
    covered = {c.quality for c in chosen}
    chosen += [c for c in default.criteria if c.quality in qualities and c.quality not in covered]
    return chosen


def _run(plan: _Plan, ctx: Context, views: list[FieldView]) -> tuple[Outcome, float, float]:
    """The criterion's outcome, the gate still to apply to it, and its score had no gate applied."""
    kind = plan.kind
    if len(views) == 1:
        chosen = views
    else:
        reads = plan.reads
        chosen = [v for v in views if v.kind in reads] or views
    if not chosen:
        return Outcome(0.0), 0.0, 0.0
    params = plan.params
    if kind.per_step is not None:
        gate = 1.0 if kind.gated else sum(v.gate for v in chosen) / len(chosen)
        outcome = kind.per_step(ctx, chosen, params)
        over = kind.gated and plan.priced
        return outcome, gate, at_full_length(outcome.score, chosen) if over else outcome.score
    assert kind.per_field is not None
    score_field = kind.per_field
    gate_of = plan.gate_of
    if len(chosen) == 1:  # most steps have one field: no list to build (the same as below for one field)
        only = chosen[0]
        o = score_field(ctx, only, params)
        return (o, gate_of(only), o.score) if o.applicable else (NOT_APPLICABLE, 0.0, 0.0)
    live = [(o, v) for v in chosen if (o := score_field(ctx, v, params)).applicable]
    if not live:
        return NOT_APPLICABLE, 0.0, 0.0
    if len(live) == 1:  # one field: its outcome and gate (what every merge gives for one field)
        o, v = live[0]
        return o, gate_of(v), o.score
    how = params.merge or kind.merge
    gated = [o.score * gate_of(v) for o, v in live]
    gates = [gate_of(v) for _o, v in live]
    merged = Outcome(_merge(how, [o.score for o, _v in live], gates, [not v.empty for _o, v in live]))
    # With "max" the best field speaks for the reply: only what it misses is missing.
    missing_from = [live[gated.index(max(gated))]] if how == "max" else live
    for o, _v in live:
        merged.evidence.extend(o.evidence)
    for o, _v in missing_from:
        merged.missing.extend(m for m in o.missing if m not in merged.missing)
    merged.lacks = _merged_lacks([o.lacks for o, _v in missing_from])
    merged.neutral = all(o.neutral for o, _v in live)
    ungated = _merge(how, [o.score for o, _v in live], [1.0] * len(live), [not v.empty for _o, v in live])
    return merged, 1.0, ungated


def _merged_lacks(lacks: list[list[str]]) -> list[str]:
    """What several fields lack, in the fields' order, for the feedback to ask: a lack only some fields have comes as
    ``"<lack>-some"`` before the lack itself, so a rubric's hint can say one version lacks it ("one version asks no
    question") instead of asking for what another version does; where the rubric has no ``-some`` hint the feedback
    falls back to the plain one."""
    order = list(dict.fromkeys(m for ms in lacks for m in ms))
    return [k for m in order for k in ((m,) if all(m in ms for ms in lacks) else (f"{m}-some", m))]


def _full_gate(view: FieldView) -> float:
    return view.gate


def _merge(how: str, raw: list[float], gates: list[float], written: list[bool]) -> float:
    """One score from the fields' scores and gates (see ``cmsim.scoring.criteria.Merge``): with ``min``,
    the worst written field's score scaled by the mean gate (short fields do not drag the tone down)."""
    scores = [r * g for r, g in zip(raw, gates, strict=True)]
    if how == "max":
        return max(scores)
    if how == "min":
        kept = [s for s, w in zip(raw, written, strict=True) if w]
        return min(kept) * sum(gates) / len(gates) if kept else 0.0
    return sum(scores) / len(scores)


def _flags(views: list[FieldView]) -> list[str]:
    out: list[str] = []
    for view in views:
        out.extend(f for f in view.flags if f not in out)
    return out
