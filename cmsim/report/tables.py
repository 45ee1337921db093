"""The report as data: JSON (everything) and CSV (one row per quality)."""

from __future__ import annotations

import io
import json

from cmsim.report.data import Report
from cmsim.safetext import CsvWriter

CSV_COLUMNS = ("name", "quality", "label", "score", "band", "points", "evidence", "confidence", "trend", "delta")


def render_json(report: Report) -> str:
    """Every field of the report as JSON."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


def render_csv(report: Report) -> str:
    """One row per quality: score, band and how much data backs it."""
    buffer = io.StringIO()
    writer = CsvWriter(buffer)
    writer.writerow(CSV_COLUMNS)
    for q in report.qualities:
        writer.writerow(
            [report.name, q.quality, q.label, q.score, q.band, q.points, q.evidence, q.confidence, q.trend, q.delta]
        )
    return buffer.getvalue()
