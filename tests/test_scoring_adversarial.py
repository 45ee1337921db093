"""Adversarial suite: hostile, gaming or off-target variants of a reply must score strictly below an honest,
mediocre reply to the same step on the quality they spoil (tests/adversarial/*.yaml). Ties are failures.

Run ``python tests/test_scoring_adversarial.py`` to print the share of orderings that hold and the failures.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from cmsim.scoring.batch import parse_line
from cmsim.scoring.offline import OfflineScorer

SUITE = Path(__file__).resolve().parent / "adversarial"
TARGET = 0.95


def load_suite() -> list[dict[str, Any]]:
    """Every step of every suite file."""
    return [step for p in sorted(SUITE.glob("*.yaml")) for step in yaml.safe_load(p.read_text("utf-8"))["steps"]]


def run_suite(scorer: OfflineScorer) -> list[tuple[str, str, str, int, int]]:
    """(step, family, quality, case score, honest score) for every case."""
    out = []
    for step in load_suite():
        def score(text: str, step: dict[str, Any] = step) -> dict[str, int]:
            item = parse_line({**step["situation"], "reply": text}, scorer)
            return {q.value: s for q, s in scorer.score(item.scenario, item.step, item.answer).scores.items()}

        honest = score(step["honest"])
        for case in step["cases"]:
            quality = case["quality"]
            out.append((step["id"], case["family"], quality, score(case["text"])[quality], honest[quality]))
    return out


def test_suite_is_large_bilingual_and_covers_the_families() -> None:
    steps = load_suite()
    cases = [c for s in steps for c in s["cases"]]
    assert len(cases) >= 100
    assert {s["situation"]["lang"] for s in steps} == {"fr", "en"}
    families = {c["family"] for c in cases}
    assert {"sarcasm", "mock-praise", "rhetorical", "blame-customer", "dismissal", "condescension", "threat",
            "profanity", "boilerplate", "wrong-problem", "language-switch", "emoji-spam", "all-caps", "markdown",
            "length", "copy-thread"} <= families


def test_orderings_hold() -> None:
    rows = run_suite(OfflineScorer())
    held = [r for r in rows if r[3] < r[4]]
    assert len(held) / len(rows) >= FLOOR, [r for r in rows if r[3] >= r[4]]


FLOOR = 0.95


if __name__ == "__main__":
    results = run_suite(OfflineScorer())
    for step_id, family, quality, case, honest in results:
        if case >= honest:
            print(f"FAIL {step_id:22} {family:18} {quality:13} case {case:3} >= honest {honest:3}")
    ok = sum(1 for r in results if r[3] < r[4])
    print(f"{ok}/{len(results)} orderings hold ({ok / len(results):.1%})")
