"""The judge's verdict: the JSON schema it is asked to follow, and a strict parser for what it says.

A criterion whose verdict is missing, malformed or out of range is *unscored* (``None``): never 0 and
never 100. Free text is accepted only for the last JSON object in it that has a ``criteria`` list.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

MAX_REASON = 600
MAX_CONTENT = 50_000
"""Only the tail of a longer answer is read (the verdict comes last; parsing stays linear enough)."""


@dataclass(frozen=True)
class Verdict:
    """The judge's score of one criterion, and its reason."""

    score: int
    reason: str


def response_format(criterion_ids: Sequence[str]) -> dict[str, Any]:
    """The ``response_format`` of a chat completion asking for a verdict on these criteria."""
    item = {
        "type": "object",
        "properties": {
            "id": {"type": "string", "enum": list(criterion_ids)},
            "reason": {"type": "string"},
            "score": {"type": "integer"},
        },
        "required": ["id", "reason", "score"],
        "additionalProperties": False,
    }
    schema = {
        "type": "object",
        "properties": {"criteria": {"type": "array", "items": item}},
        "required": ["criteria"],
        "additionalProperties": False,
    }
    return {"type": "json_schema", "json_schema": {"name": "verdict", "strict": True, "schema": schema}}


def parse_verdicts(content: str, criterion_ids: Sequence[str]) -> dict[str, Verdict | None]:
    """Each asked criterion's verdict from the judge's answer; ``None`` where it is unusable."""
    out: dict[str, Verdict | None] = dict.fromkeys(criterion_ids)
    document = _last_verdict_object(content)
    if document is None:
        return out
    seen: dict[str, int] = {}
    for item in document["criteria"]:
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            seen[item["id"]] = seen.get(item["id"], 0) + 1
    for item in document["criteria"]:
        if not isinstance(item, dict):
            continue
        cid = item.get("id")
        if not isinstance(cid, str) or cid not in out or seen[cid] > 1:
            continue  # unknown or ambiguous (given twice): stays unscored
        out[cid] = _verdict(item)
    return out


def _verdict(item: dict[str, Any]) -> Verdict | None:
    """A verdict when the score is a whole number from 0 to 100 and a reason is given."""
    score = item.get("score")
    reason = item.get("reason")
    if isinstance(score, bool) or not isinstance(score, int | float):
        return None
    if score != int(score) or not 0 <= score <= 100:
        return None
    if not isinstance(reason, str) or not reason.strip():
        return None
    return Verdict(int(score), reason.strip()[:MAX_REASON])


def _last_verdict_object(content: str) -> dict[str, Any] | None:
    """The last JSON object in ``content`` holding a ``criteria`` list (the whole text, or embedded)."""
    content = content[-MAX_CONTENT:]
    decoder = json.JSONDecoder()
    found: dict[str, Any] | None = None
    pos = content.find("{")
    while pos != -1:
        try:
            value, end = decoder.raw_decode(content, pos)
        except json.JSONDecodeError:
            pos = content.find("{", pos + 1)
            continue
        if isinstance(value, dict) and isinstance(value.get("criteria"), list):
            found = value
        pos = content.find("{", end)
    return found
