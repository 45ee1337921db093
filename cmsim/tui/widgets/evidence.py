"""The trainee's reply with the evidence spans that drove each criterion highlighted."""

from __future__ import annotations

from collections.abc import Iterable

from textual.content import Content

from cmsim.model.result import Evidence

GOOD_STYLE = "bold $text-success on $success-muted"
BAD_STYLE = "bold $text-error on $error-muted"


def highlight(text: str, field: str, evidence: Iterable[Evidence]) -> Content:
    """``text`` with every evidence span of ``field`` styled: green when it counted for, red against."""
    content = Content(text)
    for ev in evidence:
        if ev.field != field:
            continue
        start, end = max(0, ev.start), min(len(text), ev.end)
        if start < end:
            content = content.stylize(GOOD_STYLE if ev.polarity == "+" else BAD_STYLE, start, end)
    return content
