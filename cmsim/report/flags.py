"""What averages hide: the steps that went wrong (red flags), which replies may be quoted as strengths,
and one summary per scenario (path, ending, scores, and the best option of each choice step)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from cmsim.crisis_words import entry_words, item_who, words
from cmsim.missing_words import missing_word
from cmsim.model.crisis import CrisisScenario
from cmsim.model.qualities import QUALITIES, Quality, label
from cmsim.model.result import CriterionResult, StepResult
from cmsim.model.scenario import Option, Scenario, Step
from cmsim.platforms import platform_book
from cmsim.report.strings import STRINGS, colon, text
from cmsim.sim.crisis_feed import find_item
from cmsim.store.records import TurnRecord

RED_FLAG_BELOW = 40
"""A quality scored under this on one step is a red flag (the 'poor' band), whatever the average says."""
QUOTE_CHARS = 240


@dataclass(frozen=True)
class RedFlag:
    """One step that went wrong: the qualities that fell below 40, and what was said or chosen; for a step
    with nothing written (a crisis's triage), ``handling`` says what went wrong in what was done."""

    scenario: str
    step: str
    qualities: list[tuple[str, int]]
    quote: str
    chosen: str | None = None
    best: str | None = None
    hostile: bool = False
    handling: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ChoiceLine:
    """A choice step: the option taken and the option that was best."""

    step: str
    chosen: str
    best: str
    best_taken: bool


@dataclass(frozen=True)
class ScenarioSummary:
    """One scenario as played: the path of steps, the ending, the mean score per quality."""

    path: list[str]
    ending: str | None
    outcome: str | None
    scores: dict[str, int]
    choices: list[ChoiceLine] = field(default_factory=list)


COLD_NOT_HOSTILE = frozenset({"courtesy", "de-escalation"})
"""For evidence that does not say what it is (``Evidence.family`` None: results stored before it did, or another
scorer's): the calm criteria whose findings were coldness, not hostility, in the rubrics of that time (a stock "sorry
for the inconvenience", a plain "Send us your order number" cost calm but are no attack on the person)."""


def hostile(result: StepResult) -> bool:
    """True when the scorer found hostility in the reply: negative evidence that says it is hostility (an attack on the
    person, named so by the criterion kind that found it, whatever the rubric calls the criterion). Negative evidence
    that does not say what it is is read as before evidence said: hostile when a keeping-calm criterion other than
    courtesy and de-escalation found it."""
    for c in result.criteria:
        for e in c.evidence:
            if e.polarity == "-" and (e.family == "hostility" or (
                    e.family is None and c.quality == Quality.calm and c.id not in COLD_NOT_HOSTILE)):
                return True
    return False


def quotable_as_strength(result: StepResult) -> bool:
    """A reply may be quoted as a strength only when it carries no hostility and no quality scored poor."""
    return not hostile(result) and all(score >= RED_FLAG_BELOW for score in result.scores.values())


def _mean(option: Option) -> float:
    return sum(option.scores.values()) / len(option.scores) if option.scores else 0.0


def best_option(step: Step) -> Option | None:
    """The option with the highest mean score (the first of equals)."""
    return max(step.options, key=_mean) if step.options else None


def _step(scenario: Scenario, step_id: str) -> Step | None:
    return next((s for s in scenario.steps if s.id == step_id), None)


_CRISIS_ACTION = re.compile(r"^(?P<kind>reply|escalate|statement)-(?P<item>.+)-(?P<n>\d+)$")


def step_title(scenario: Scenario, step_id: str, lang: str, crisis: CrisisScenario | None = None) -> str:
    """A step's title; a crisis's written action (``reply-mum-3``) in words ("Reply to Sarah Mills on TikTok
    (action 3)": who wrote the item, found in ``crisis``), and the crisis as a whole (where its integrity
    signals are filed) as "The crisis"."""
    step = _step(scenario, step_id)
    if step is not None:
        return step.title
    if step_id == "crisis":
        return text(lang, "crisis_whole")
    found = _CRISIS_ACTION.match(step_id)
    if found is None:
        return step_id
    item = find_item(crisis, found["item"]) if crisis is not None else None
    who = item_who(item, lang) if item is not None else found["item"]
    return text(lang, f"crisis_{found['kind']}", item=who, n=found["n"])


def _reply_quote(turn: TurnRecord) -> str:
    """The reply field holding the words that hurt (negative evidence), else the whole reply, cut short."""
    bad = [e.field for c in turn.result.criteria for e in c.evidence if e.polarity == "-" and e.text]
    fields = [turn.answer.fields[f] for f in dict.fromkeys(bad) if f in turn.answer.fields]
    text = " / ".join(v.strip() for v in (fields or list(turn.answer.fields.values())) if v.strip())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"


def missing_words(criterion: CriterionResult, lang: str, crisis: CrisisScenario | None = None) -> list[str]:
    """What a criterion found missing, each in words: networks by their name, a crisis triage's items by who
    wrote them and their first words (found in ``crisis``) and its wrong actions (``hid:angry``) as actions."""
    book = platform_book().platforms
    out = []
    for missing in criterion.missing:
        if missing in book:
            out.append(book[missing].label)
        elif criterion.id.startswith("triage-"):
            out.append(entry_words(missing, lang, crisis))
        else:
            out.append(missing_word(missing, lang))  # 'who', 'reach', 'pr'… in words
    return out


def handling(
    result: StepResult, lang: str, below: int = RED_FLAG_BELOW, crisis: CrisisScenario | None = None
) -> list[str]:
    """The criteria of ``result`` scored under ``below``, each as "what it measures: score (what was
    missing)": what a step with nothing written (a crisis's triage) shows in place of a quote."""
    out = []
    for criterion in result.criteria:
        if criterion.score >= below:
            continue
        line = f"{criterion.feedback_in(lang).strip().rstrip('.')}{colon(lang)}{criterion.score}"
        # an item named with its first words holds commas: items are set apart by semicolons, networks by commas
        sep = ", " if all(m in platform_book().platforms for m in criterion.missing) else words(lang, "crisis.list_sep")
        missing = sep.join(missing_words(criterion, lang, crisis))
        key = "missed_" + criterion.id.removeprefix("triage-")
        if missing and key in STRINGS["en"]:
            missing = text(lang, key, items=missing)
        out.append(f"{line} ({missing})" if missing else line)
    return out


def red_flags(
    scenario: Scenario, turns: Sequence[TurnRecord], lang: str, crisis: CrisisScenario | None = None
) -> list[RedFlag]:
    """Each step where a quality fell below 40, and each choice step answered with a poor option."""
    out: list[RedFlag] = []
    for turn in turns:
        step = _step(scenario, turn.step_id)
        low = [(label(q, lang), s) for q, s in turn.result.scores.items() if s < RED_FLAG_BELOW]
        title = step_title(scenario, turn.step_id, lang, crisis)
        if turn.answer.option is not None and step is not None:
            chosen = next((o for o in step.options if o.id == turn.answer.option), None)
            best = best_option(step)
            poor = chosen is not None and (low or _mean(chosen) < RED_FLAG_BELOW)
            if chosen is not None and poor:
                better = best.text if best is not None and best.id != chosen.id else None
                out.append(RedFlag(scenario.title, title, low, chosen.text, chosen.text, better))
            continue
        is_hostile = hostile(turn.result)
        if low or is_hostile:
            # a turn with no field at all had nothing to write (a crisis's triage): what was done instead
            done = [] if turn.answer.fields else handling(turn.result, lang, crisis=crisis)
            out.append(RedFlag(scenario.title, title, low, _reply_quote(turn), hostile=is_hostile, handling=done))
    return out


def summary(
    scenario: Scenario, turns: Sequence[TurnRecord], node: str, finished: bool, lang: str = "en",
    crisis: CrisisScenario | None = None,
) -> ScenarioSummary:
    """The scenario as played: path, ending, mean scores per quality, and each choice against the best."""
    path: list[str] = []
    choices: list[ChoiceLine] = []
    sums: dict[Quality, list[int]] = {}
    for turn in turns:
        step = _step(scenario, turn.step_id)
        path.append(step_title(scenario, turn.step_id, lang, crisis))
        for quality, score in turn.result.scores.items():
            sums.setdefault(quality, []).append(score)
        if step is not None and turn.answer.option is not None:
            chosen = next((o for o in step.options if o.id == turn.answer.option), None)
            best = best_option(step)
            if chosen is not None and best is not None:
                choices.append(ChoiceLine(step.title, chosen.text, best.text, best.id == chosen.id))
    ending = scenario.ending(node) if finished and scenario.is_ending(node) else None
    scores = {str(q): round(sum(sums[q]) / len(sums[q])) for q in QUALITIES if q in sums}
    return ScenarioSummary(
        path=path,
        ending=ending.title if ending else None,
        outcome=ending.outcome if ending else None,
        scores=scores,
        choices=choices,
    )
