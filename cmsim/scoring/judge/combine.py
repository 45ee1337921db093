"""Blend the judge's verdicts with the offline result into one StepResult, and say what happened.

Per quality: ``(1 - w) × offline + w × judge``, where the judge's quality score is the weighted mean of
its scored criteria of that quality and ``w`` the rubric's ``judge_weight`` (1 in ``llm`` mode). A
quality the judge left unscored keeps its offline score. A gap of :data:`DISAGREEMENT` points or more
between judge and offline scorer is flagged ``judge-disagrees:<quality>``. On a reply that addresses
the grader, no quality may end above its offline score.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from cmsim.model.qualities import Quality
from cmsim.model.result import CriterionResult, StepResult
from cmsim.model.rubric import Criterion
from cmsim.scoring.judge.verdict import Verdict

DISAGREEMENT = 30
GRADER_FLAG = "addresses-grader"
UNAVAILABLE_FLAG = "judge-unavailable"
UNSCORED_FLAG = "judge-unscored"

NOTES: dict[str, dict[str, str]] = {
    "unavailable": {
        "en": "The LLM judge could not score this answer ({reason}): these scores come from the offline scorer.",
        "fr": "Le juge IA n'a pas pu noter cette réponse ({reason}) : ces scores viennent du correcteur hors ligne.",
    },
    "unscored": {
        "en": "The LLM judge gave no usable verdict on {criteria}: the offline scores stand there.",
        "fr": "Le juge IA n'a rendu aucun verdict exploitable sur {criteria} : les scores hors ligne s'appliquent.",
    },
    "grader": {
        "en": "Sentences addressed to the grader were withheld from the LLM judge, and no score may exceed "
        "the offline one.",
        "fr": "Les phrases adressées au correcteur n'ont pas été montrées au juge IA, et aucun score ne peut "
        "dépasser le score hors ligne.",
    },
}


def unavailable_reason(result: StepResult) -> str | None:
    """Why the judge could not score ``result`` ("HTTP 500 (after 4 tries)"), None when it did."""
    if UNAVAILABLE_FLAG not in result.flags:
        return None
    for template in NOTES["unavailable"].values():
        before, after = template.split("{reason}")
        for paragraph in result.feedback.split("\n\n"):
            if paragraph.startswith(before) and paragraph.endswith(after):
                return paragraph[len(before) : len(paragraph) - len(after)]
    return "no reason given"


def note(kind: str, lang: str, **values: str) -> str:
    """A note for the trainee in ``lang`` (fr or en)."""
    texts = NOTES[kind]
    return texts.get(lang, texts["en"]).format(**values)


def with_notes(result: StepResult, flags: Sequence[str], notes: Sequence[str]) -> StepResult:
    """``result`` with extra flags (each once) and notes appended to its feedback."""
    merged = list(dict.fromkeys([*result.flags, *flags]))
    feedback = "\n\n".join(part for part in (result.feedback, *notes) if part)
    return result.model_copy(update={"flags": merged, "feedback": feedback})


def combine(
    offline: StepResult,
    criteria: Sequence[Criterion],
    verdicts: Mapping[str, Verdict | None],
    *,
    weight: float,
    scorer: str,
    lang: str,
    shielded: bool,
) -> StepResult:
    """The blended result of ``offline`` and the judge's ``verdicts`` on ``criteria``."""
    scores: dict[Quality, int] = {}
    flags: list[str] = []
    for quality, off in offline.scores.items():
        judged = [(c.weight, v.score) for c in criteria if c.quality == quality and (v := verdicts.get(c.id))]
        if not judged:
            scores[quality] = off
            continue
        judge = round(sum(w * s for w, s in judged) / sum(w for w, _ in judged))
        blended = round((1 - weight) * off + weight * judge)
        scores[quality] = min(blended, off) if shielded else blended
        if abs(judge - off) >= DISAGREEMENT:
            flags.append(f"judge-disagrees:{quality.value}")
    judged_criteria = [
        CriterionResult(id=f"judge:{c.id}", quality=c.quality, score=v.score, weight=c.weight, feedback=v.reason)
        for c in criteria
        if (v := verdicts.get(c.id))
    ]
    notes: list[str] = []
    unscored = [c.id for c in criteria if verdicts.get(c.id) is None]
    if unscored:
        flags.append(UNSCORED_FLAG)
        notes.append(note("unscored", lang, criteria=", ".join(unscored)))
    if shielded:
        flags.append(GRADER_FLAG)
        notes.append(note("grader", lang))
    if not judged_criteria:
        return with_notes(offline, flags, notes)
    blended_result = offline.model_copy(
        update={"scores": scores, "criteria": [*offline.criteria, *judged_criteria], "scorer": scorer}
    )
    return with_notes(blended_result, flags, notes)
