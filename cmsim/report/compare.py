"""Rank a campaign's candidates per quality, from the same evidence-weighted profiles as reports."""

from __future__ import annotations

import io
from dataclasses import dataclass

from cmsim.model.qualities import QUALITIES, Quality
from cmsim.safetext import CsvWriter, visible
from cmsim.session.profile import campaign_profiles
from cmsim.store.db import Store
from cmsim.store.records import Campaign


@dataclass(frozen=True)
class Standing:
    """One candidate in a campaign: scores and ranks per quality (1 is best; ties share a rank)."""

    name: str
    finished: int
    total: int
    scores: dict[Quality, float | None]
    ranks: dict[Quality, int | None]
    overall: float | None
    overall_rank: int | None


def _ranks(values: dict[str, float | None]) -> dict[str, int | None]:
    """Competition ranking (1, 2, 2, 4) of the names with a value; None for the others."""
    ordered = sorted((v for v in values.values() if v is not None), reverse=True)
    return {name: (None if v is None else ordered.index(v) + 1) for name, v in values.items()}


def compare(store: Store, campaign: Campaign) -> list[Standing]:
    """Every candidate of the campaign, best overall first."""
    rows = []
    for person, infos, profile in campaign_profiles(store, campaign):
        finished = sum(s.finished for s in infos)
        scores = {q: profile.qualities[q].score for q in QUALITIES}
        present = [v for v in scores.values() if v is not None]
        overall = round(sum(present) / len(present), 1) if present else None
        rows.append((person.name, finished, scores, overall))
    quality_ranks = {q: _ranks({name: scores[q] for name, _f, scores, _o in rows}) for q in QUALITIES}
    overall_ranks = _ranks({name: overall for name, _f, _s, overall in rows})
    standings = [
        Standing(
            name=visible(name),
            finished=finished,
            total=len(campaign.scenarios),
            scores=scores,
            ranks={q: quality_ranks[q][name] for q in QUALITIES},
            overall=overall,
            overall_rank=overall_ranks[name],
        )
        for name, finished, scores, overall in rows
    ]
    return sorted(standings, key=lambda s: (s.overall_rank or len(standings) + 1, s.name.lower()))


def compare_csv(standings: list[Standing]) -> str:
    """The ranking as CSV: one row per candidate, a score and a rank column per quality."""
    buffer = io.StringIO()
    writer = CsvWriter(buffer)
    header = ["candidate", "finished", "scenarios"]
    for q in QUALITIES:
        header += [f"{q}", f"{q}_rank"]
    writer.writerow([*header, "overall", "overall_rank"])
    for s in standings:
        row: list[object] = [s.name, s.finished, s.total]
        for q in QUALITIES:
            row += [s.scores[q], s.ranks[q]]
        writer.writerow([*row, s.overall, s.overall_rank])
    return buffer.getvalue()
