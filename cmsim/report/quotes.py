"""Quotes in a report: where a criterion's evidence sits in a reply, and the excerpt around it with the words it
pointed at highlighted; a strength is never quoted from a hostile or poor reply."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cmsim.model.crisis import CrisisScenario
from cmsim.model.qualities import Quality
from cmsim.model.result import Evidence
from cmsim.model.scenario import Scenario
from cmsim.report.flags import quotable_as_strength, step_title
from cmsim.store.records import TurnRecord

QUOTES_PER_QUALITY = 3
STRENGTH_FROM = 70.0


@dataclass(frozen=True)
class Quote:
    """An excerpt of one reply with the words the criteria of a quality pointed at highlighted."""

    quality: str
    segments: list[tuple[str, bool]]
    polarity: str
    step: str
    notes: list[str]

    @property
    def plain(self) -> str:
        """The excerpt as plain text."""
        return "".join(part for part, _mark in self.segments)


def locate(answer: str, evidence: Evidence) -> tuple[int, int] | None:
    """Where the evidence sits in the reply (its offsets, or a search for its text when they drifted)."""
    if answer[evidence.start : evidence.end] == evidence.text:
        return evidence.start, evidence.end
    found = answer.find(evidence.text) if evidence.text else -1
    return (found, found + len(evidence.text)) if found >= 0 else None


def excerpt(answer: str, spans: Sequence[tuple[int, int]], width: int = 50, cap: int = 320) -> list[tuple[str, bool]]:
    """The part of ``answer`` around ``spans`` (context cut at word boundaries, at most ``cap``
    characters) as (text, highlighted) segments, with "…" where the reply goes on."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    while len(merged) > 1 and merged[-1][1] - merged[0][0] > cap:
        merged.pop()
    lo = max(0, merged[0][0] - width)
    hi = min(len(answer), merged[-1][1] + width)
    if lo > 0:
        cut = answer.find(" ", lo, merged[0][0])
        lo = cut + 1 if cut >= 0 else merged[0][0]
    if hi < len(answer):
        cut = answer.rfind(" ", merged[-1][1], hi)
        hi = cut if cut >= 0 else merged[-1][1]
    segments: list[tuple[str, bool]] = [("…", False)] if lo > 0 else []
    position = lo
    for start, end in merged:
        if start > position:
            segments.append((answer[position:start], False))
        segments.append((answer[start:end], True))
        position = end
    if hi > position:
        segments.append((answer[position:hi], False))
    if hi < len(answer):
        segments.append(("…", False))
    return segments


Played = tuple[Scenario, TurnRecord, CrisisScenario | None]
"""A turn, the scenario it belongs to, and the crisis it was part of (None for a thread scenario)."""


def quotes_of(quality: Quality, scenario_turns: Sequence[Played], strong: bool, lang: str = "en") -> list[Quote]:
    """Excerpts for ``quality``: what worked (positive spans of good criteria) or what did not
    (negative spans), one per reply field, with every relevant span highlighted. A strength is never
    quoted from a reply that carries hostility or scored poor on any quality."""
    out: list[Quote] = []
    for scenario, turn, crisis in scenario_turns:
        if strong and not quotable_as_strength(turn.result):
            continue
        by_field: dict[str, tuple[list[tuple[int, int]], list[str]]] = {}
        for criterion in turn.result.criteria:
            if criterion.quality != quality:
                continue
            for ev in criterion.evidence:
                # a neutral default (courtesy's 70 for a plain reply) is no strength, whatever its band
                good = criterion.score >= STRENGTH_FROM and not criterion.neutral
                wanted = (ev.polarity == "+" and good) if strong else ev.polarity == "-"
                where = locate(turn.answer.fields.get(ev.field, ""), ev) if wanted else None
                if where is None:
                    continue
                spans, notes = by_field.setdefault(ev.field, ([], []))
                spans.append(where)
                if criterion.feedback_in(lang) not in notes:
                    notes.append(criterion.feedback_in(lang))
        for field_id, (spans, notes) in by_field.items():
            if len(out) < QUOTES_PER_QUALITY:
                segments = excerpt(turn.answer.fields[field_id], spans)
                polarity = "+" if strong else "-"
                out.append(Quote(str(quality), segments, polarity, step_title(scenario, turn.step_id, lang, crisis),
                                 notes))
    return out
