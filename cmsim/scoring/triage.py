"""Triage: how a crisis was handled, beyond the words of each reply.

Criteria (each a ``CriterionResult`` on one of the six qualities, so reports and profiles read them as
they read any other):

* ``coverage`` (listening): must-handle items handled as expected before their deadline (late: half);
* ``first-response`` (communication): how fast the first action on each critical item came;
* ``wrong-actions`` (calm): hiding a legitimate voice, feeding a troll three times, pasting one text
  everywhere;
* ``escalations`` (teamwork): the expected team reached in time, with the facts it needs (the note's
  own teamwork score from the scorer);
* ``calm-under-volume`` (calm) and ``charter-under-volume`` (communication): the replies written while
  the feed ran at its busiest, compared with the scorer's calm and charter verdicts;
* ``platforms`` (multiplatform): every network that had someone to answer got an answer.

The crisis's score for a quality is the mean of its triage score and of the written actions' scores
(each counted once per reply, note or statement), so both the words and the handling matter."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from statistics import median

from cmsim.model.base import LocalText
from cmsim.model.crisis import HANDLING, Action, CrisisScenario, Item
from cmsim.model.qualities import Quality
from cmsim.model.result import CriterionResult, StepResult

LATE_CREDIT = 0.5
WRONG_TEAM_CREDIT = 0.3
WRONG_ACTION_COST = 35.0
TROLL_FEEDING = 3
PASTE_LIMIT = 3
BUSY_WINDOW = 60.0
TRIAGE_STEP = "triage"
WEIGHTS: dict[str, tuple[Quality, float]] = {
    "coverage": (Quality.listening, 2.0),
    "first-response": (Quality.communication, 2.0),
    "wrong-actions": (Quality.calm, 2.0),
    "escalations": (Quality.teamwork, 3.0),
    "calm-under-volume": (Quality.calm, 1.5),
    "charter-under-volume": (Quality.communication, 1.5),
    "platforms": (Quality.multiplatform, 2.0),
}
FEEDBACK: dict[str, dict[str, str]] = {
    "coverage": {"en": "Items that had to be handled, handled as expected and in time.",
                 "fr": "Les messages à traiter, traités comme attendu et à temps."},
    "first-response": {"en": "How fast the critical items got a first response.",
                       "fr": "La rapidité de la première réponse aux messages critiques."},
    "wrong-actions": {"en": "No legitimate voice hidden, no troll fed, no text pasted everywhere.",
                      "fr": "Aucune voix légitime masquée, aucun troll nourri, aucun texte collé partout."},
    "escalations": {"en": "The right team reached in time, with the facts it needs.",
                    "fr": "La bonne équipe prévenue à temps, avec les faits qu'il lui faut."},
    "calm-under-volume": {"en": "Replies stay calm when the feed runs fastest.",
                          "fr": "Les réponses restent calmes quand le flux s'emballe."},
    "charter-under-volume": {"en": "Replies keep the charter when the feed runs fastest.",
                             "fr": "Les réponses tiennent la charte quand le flux s'emballe."},
    "platforms": {"en": "Every network with someone to answer got an answer.",
                  "fr": "Chaque réseau où quelqu'un attendait une réponse en a eu une."},
}


@dataclass(frozen=True)
class Done:
    """One action taken, when, and (for written ones) its score."""

    action: Action
    result: StepResult | None = None


@dataclass(frozen=True)
class Triage:
    """The triage verdict: its criteria, the scores per quality, and the numbers behind them."""

    criteria: list[CriterionResult]
    scores: dict[Quality, int]
    coverage: int
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    first_response: dict[str, float | None] = field(default_factory=dict)

    def as_result(self) -> StepResult:
        """The triage as one more scored step (id ``triage``) for stores, profiles and reports."""
        return StepResult(step_id=TRIAGE_STEP, scores=self.scores, criteria=self.criteria, scorer="triage/1")


def _first(done: Sequence[Done], item_id: str, kinds: frozenset[str] | set[str]) -> Done | None:
    return next((d for d in done if d.action.item == item_id and d.action.kind in kinds), None)


def _credit(scenario: CrisisScenario, item: Item, arrived: float, done: Sequence[Done]) -> float:
    """0–1: how well an item's expectation was met (on time full, late half)."""
    expect = item.expect
    assert expect is not None
    deadline = arrived + expect.within
    parts = []
    for wanted in expect.do:
        d = _first(done, item.id, {wanted})
        if d is None:
            parts.append(0.0)
            continue
        credit = 1.0 if d.action.at <= deadline else LATE_CREDIT
        if wanted == "escalate" and d.action.escalate != expect.team:
            right = next((x for x in done if x.action.item == item.id and x.action.escalate == expect.team), None)
            credit = (1.0 if right.action.at <= deadline else LATE_CREDIT) if right else WRONG_TEAM_CREDIT
        parts.append(credit)
    return sum(parts) / len(parts)


def _speed(elapsed: float | None, within: int) -> float:
    if elapsed is None:
        return 0.0
    if elapsed <= within / 2:
        return 100.0
    if elapsed <= within:
        return 100.0 - 40.0 * (elapsed - within / 2) / (within / 2)
    return max(0.0, 60.0 - 60.0 * (elapsed - within) / (2 * within))


def _wrong(scenario: CrisisScenario, items: Mapping[str, Item], done: Sequence[Done]) -> list[str]:
    out: list[str] = []
    for d in done:
        item = items.get(d.action.item or "")
        if d.action.kind == "hide" and item is not None:
            wanted = item.expect.do if item.expect else []
            legit = item.expect.legit if item.expect else item.role not in ("troll", "bot")
            if "hide" not in wanted and legit:
                out.append(f"hid:{item.id}")
    replies: dict[str, int] = {}
    for d in done:
        item = items.get(d.action.item or "")
        if d.action.kind == "reply" and item is not None and item.role == "troll":
            replies[item.id] = replies.get(item.id, 0) + 1
            if replies[item.id] == TROLL_FEEDING:
                out.append(f"fed:{item.id}")
    texts: dict[str, int] = {}
    for d in done:
        if d.action.kind == "reply":
            key = " ".join(d.action.text.lower().split())
            texts[key] = texts.get(key, 0) + 1
            if texts[key] == PASTE_LIMIT:
                out.append(f"pasted:{d.action.item}")
    return out


def _must(item: Item) -> bool:
    return item.expect is not None and "ignore" not in item.expect.do


def _criterion(cid: str, score: float, lang: str, missing: list[str] | None = None) -> CriterionResult:
    quality, weight = WEIGHTS[cid]
    return CriterionResult(id=f"triage-{cid}", quality=quality, score=round(max(0.0, min(100.0, score))),
                           weight=weight, feedback=FEEDBACK[cid][lang], missing=missing or [],
                           feedback_texts=LocalText(fr=FEEDBACK[cid]["fr"], en=FEEDBACK[cid]["en"]))


def _busy(done: Sequence[Done], arrived: Mapping[str, float]) -> list[Done]:
    """Written replies made while the feed ran at or above its median volume (over the last minute)."""
    times = sorted(arrived.values())
    replies = [d for d in done if d.action.kind == "reply" and d.result is not None]
    if not replies or not times:
        return []
    def vol(t: float) -> int:
        return sum(1 for x in times if t - BUSY_WINDOW < x <= t)
    levels = [vol(d.action.at) for d in replies]
    cut = median(vol(t) for t in times)
    return [d for d, v in zip(replies, levels, strict=True) if v >= cut]


def triage(scenario: CrisisScenario, arrived: Mapping[str, float], items: Mapping[str, Item],
           done: Sequence[Done]) -> Triage:
    """Score the handling of a crisis. ``arrived``: item id → arrival time of every item that arrived;
    ``items``: those items by id; ``done``: the actions taken, in order."""
    lang = scenario.lang
    must = [items[i] for i in arrived if _must(items[i])]
    credits = {i.id: _credit(scenario, i, arrived[i.id], done) for i in must}
    coverage = 100.0 * sum(credits.values()) / len(credits) if credits else 100.0
    missed = [i for i, c in credits.items() if c == 0.0]
    criteria = [_criterion("coverage", coverage, lang, missed)]

    critical = [i for i in must if i.expect and i.expect.critical]
    firsts: dict[str, float | None] = {}
    for item in critical:
        d = _first(done, item.id, HANDLING)
        firsts[item.id] = None if d is None else round(d.action.at - arrived[item.id], 1)
    if critical:
        speed = [_speed(firsts[i.id], i.expect.within if i.expect else 300) for i in critical]
        criteria.append(_criterion("first-response", sum(speed) / len(speed), lang,
                                   [i for i, v in firsts.items() if v is None]))

    wrong = _wrong(scenario, items, done)
    criteria.append(_criterion("wrong-actions", 100.0 - WRONG_ACTION_COST * len(wrong), lang, wrong))

    escalate = [i for i in must if i.expect and "escalate" in i.expect.do]
    if escalate:
        parts = []
        for item in escalate:
            note = next((d for d in done if d.action.item == item.id and item.expect
                         and d.action.escalate == item.expect.team), None)
            words = note.result.scores.get(Quality.teamwork, 0) if note and note.result else 0
            on_time = bool(note and item.expect and note.action.at <= arrived[item.id] + item.expect.within)
            parts.append(words * (1.0 if on_time else LATE_CREDIT))
        criteria.append(_criterion("escalations", sum(parts) / len(parts), lang,
                                   [i.id for i, p in zip(escalate, parts, strict=True) if p == 0]))

    busy = _busy(done, arrived)
    if busy:
        calm = [d.result.scores.get(Quality.calm, 0) for d in busy if d.result]
        criteria.append(_criterion("calm-under-volume", sum(calm) / len(calm), lang))
        charter = [next((c.score for c in d.result.criteria if c.id == "charter"), 0) for d in busy if d.result]
        criteria.append(_criterion("charter-under-volume", sum(charter) / len(charter), lang))

    networks = {i.platform for i in must if i.expect is not None and "reply" in i.expect.do}
    if networks:
        answered = {i.platform for i in must if _first(done, i.id, {"reply"})}
        criteria.append(_criterion("platforms", 100.0 * len(networks & answered) / len(networks), lang,
                                   sorted(networks - answered)))

    scores: dict[Quality, int] = {}
    for quality in scenario.qualities():
        mine = [c for c in criteria if c.quality is quality]
        if mine:
            scores[quality] = round(sum(c.score * c.weight for c in mine) / sum(c.weight for c in mine))
    return Triage(criteria, scores, round(coverage), missed, wrong, firsts)


def combine(triage_scores: Mapping[Quality, int], written: Sequence[StepResult]) -> dict[Quality, int]:
    """A crisis's six-quality scores: the mean of the triage score and of the written actions' mean."""
    out: dict[Quality, int] = {}
    for quality in Quality:
        words = [r.scores[quality] for r in written if quality in r.scores]
        parts = ([triage_scores[quality]] if quality in triage_scores else []) + (
            [sum(words) / len(words)] if words else [])
        if quality in triage_scores and not words:
            parts = [triage_scores[quality] / 2]  # nothing written to back it: half credit at most
        if parts:
            out[quality] = round(sum(parts) / len(parts))
    return out


__all__ = ["TRIAGE_STEP", "WEIGHTS", "Done", "Triage", "combine", "triage"]
