"""``cmsim score --scorer hybrid|llm``: batch lines scored by the judge, concurrently, in their input order."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from cmsim.scoring.batch import Failure, Item, read_lines, to_record
from cmsim.scoring.judge.combine import unavailable_reason
from cmsim.scoring.judge.scorer import Progress
from cmsim.scoring.judge.setup import make_judge_scorer
from cmsim.scoring.offline import OfflineScorer


def judge_records(
    lines: Iterable[str],
    offline: OfflineScorer,
    mode: Literal["llm", "hybrid"],
    *,
    model: str | None = None,
    base_url: str | None = None,
    progress: Progress | None = None,
) -> list[dict[str, Any] | Failure]:
    """One output record (or failure) per non-blank line, each record naming the scorer that made it."""
    parsed = list(read_lines(lines, offline))
    items = [p for p in parsed if isinstance(p, Item)]
    judge = make_judge_scorer(mode, model=model, base_url=base_url, offline=offline)
    results = iter(judge.score_batch([(i.scenario, i.step, i.answer) for i in items], progress))
    out: list[dict[str, Any] | Failure] = []
    for entry in parsed:
        if isinstance(entry, Failure):
            out.append(entry)
        else:
            result = next(results)
            record = {**to_record(entry.id, result), "scorer": result.scorer}
            reason = unavailable_reason(result)
            if reason is not None:  # offline scores: say why, so the caller can tell the person
                record["judge_unavailable"] = reason
            out.append(record)
    return out
