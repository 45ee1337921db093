"""Agreement of the offline scorer with hand grades on the development set (tests/devset/*.yaml).

Pairwise agreement: for every pair of replies to the same situation whose hand grades differ on a
quality, does the scorer order them the same way? A tie in the scorer's scores is a failure.

Each file says its ``split``: ``tuning`` (looked at while changing the scorer) or ``held-out`` (never looked
at while tuning; reported apart). Run ``python tests/test_scoring_devset.py`` to print the tuning split,
``python tests/test_scoring_devset.py --held-out`` for the held-out one.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from cmsim.model.result import StepResult
from cmsim.scoring.batch import Item, parse_line
from cmsim.scoring.offline import OfflineScorer

DEVSET = Path(__file__).resolve().parent / "devset"


QUALITIES = ("communication", "listening", "calm", "teamwork", "creativity", "multiplatform")


def load_devset(split: str | None = None) -> list[dict[str, Any]]:
    """Every situation with its graded replies (only those of ``split`` when given)."""
    docs = [yaml.safe_load(p.read_text("utf-8")) for p in sorted(DEVSET.glob("*.yaml"))]
    return [d for d in docs if split is None or d["split"] == split]


def devset_items(scorer: OfflineScorer, split: str | None = None) -> Iterator[tuple[dict[str, Any], int, dict[str, Any],
                                                                                   Item]]:
    """(situation, index, graded reply, item to score) for every graded reply (of ``split`` when given), each read as
    ``cmsim score`` reads a line."""
    for doc in load_devset(split):
        situation = doc["situation"]
        for index, reply in enumerate(doc["replies"]):
            yield situation, index, reply, _item(situation, index, reply, scorer)


def _item(situation: dict[str, Any], index: int, reply: dict[str, Any], scorer: OfflineScorer) -> Item:
    line = {**{k: v for k, v in situation.items() if k != "id"}, "id": f"{situation['id']}#{index}",
            "reply": reply.get("reply", reply.get("text"))}
    return parse_line(line, scorer)


def score_devset(scorer: OfflineScorer, split: str | None = None) -> list[tuple[str, str, int, int]]:
    """(situation, quality, hand grade, scorer score) for every graded reply and quality."""
    rows = []
    for situation, index, reply, item in devset_items(scorer, split):
        result = scorer.score(item.scenario, item.step, item.answer)
        rows.extend(_rows(situation, index, reply, result))
    return rows


def _rows(situation: dict[str, Any], index: int, reply: dict[str, Any],
          result: StepResult) -> list[tuple[str, str, int, int]]:
    return [(f"{situation['id']}#{index}", quality, int(grade), result.scores[quality])
            for quality, grade in reply["grades"].items()]


Scored = tuple[str, dict[str, Any], int, dict[str, Any], StepResult]
"""(split, situation, index, graded reply, its result)."""


def scored_devset() -> tuple[Scored, ...]:
    """Every graded reply of every split with its result, scored once for the test session: the scorer is
    deterministic (the hash of every dev-set result is the same whichever scorer and order), so the tests that only
    read results (agreement, the second rater, feedback honesty) share one pass instead of scoring 1,300 replies
    each. A script that points ``DEVSET`` elsewhere gets that folder's own pass."""
    return _scored(DEVSET)


@lru_cache(maxsize=1)
def _scored(folder: Path) -> tuple[Scored, ...]:
    scorer = OfflineScorer()
    out = []
    for doc in load_devset():
        situation = doc["situation"]
        for index, reply in enumerate(doc["replies"]):
            item = _item(situation, index, reply, scorer)
            out.append((doc["split"], situation, index, reply, scorer.score(item.scenario, item.step, item.answer)))
    return tuple(out)


def devset_rows(split: str | None = None) -> list[tuple[str, str, int, int]]:
    """What :func:`score_devset` gives with a fresh scorer, read from the session's one pass."""
    return [row for s, situation, index, reply, result in scored_devset() if split is None or s == split
            for row in _rows(situation, index, reply, result)]


def pairwise_agreement(rows: Sequence[tuple[str, str, int, float]]) -> tuple[float, int]:
    """Share of pairs (same situation and quality, different hand grades) the scorer orders the same way.

    A tie in the scorer's scores counts as a disagreement (scores may be blends, see benchmarks/semantic_probe.py).
    """
    groups: dict[tuple[str, str], list[tuple[int, float]]] = {}
    for key, quality, grade, score in rows:
        groups.setdefault((key.split("#")[0], quality), []).append((grade, score))
    agree = 0.0
    pairs = 0
    for values in groups.values():
        for (g1, s1), (g2, s2) in combinations(values, 2):
            if g1 == g2:
                continue
            pairs += 1
            if s1 != s2 and (g1 > g2) == (s1 > s2):
                agree += 1
    return (agree / pairs if pairs else 0.0), pairs


def by_quality(rows: list[tuple[str, str, int, int]]) -> dict[str, tuple[float, int]]:
    """Pairwise agreement and pair count for each quality."""
    return {q: pairwise_agreement([r for r in rows if r[1] == q]) for q in QUALITIES if any(r[1] == q for r in rows)}


def test_devset_is_large_bilingual_and_holds_a_part_out() -> None:
    docs = load_devset()
    replies = sum(len(d["replies"]) for d in docs)
    held_out = sum(len(d["replies"]) for d in docs if d["split"] == "held-out")
    assert replies >= 200 and len(docs) >= 20
    assert held_out >= 0.25 * replies
    assert {d["split"] for d in docs} == {"tuning", "held-out"}
    assert {d["situation"]["lang"] for d in docs} == {"fr", "en"}
    assert {d["situation"]["platform"] for d in docs} >= {"x", "instagram", "facebook", "linkedin", "youtube", "tiktok"}
    graded = {q for d in docs for r in d["replies"] for q in r["grades"]}
    assert graded == set(QUALITIES)


def test_pairwise_agreement_with_hand_grades() -> None:
    for split in ("tuning", "held-out"):
        rows = devset_rows(split)
        agreement, pairs = pairwise_agreement(rows)
        assert pairs > 300
        overall, per_quality = FLOORS[split]
        assert agreement >= overall, split
        for quality, (q_agreement, _pairs) in by_quality(rows).items():
            assert q_agreement >= QUALITY_FLOORS.get(split, {}).get(quality, per_quality), (split, quality)


RATER2 = Path(__file__).resolve().parent / "devset-blind" / "rater2.yaml"


def second_rater_rows(rows: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """(reply, quality, first grade, second rater's grade) for every reply the second rater graded blind."""
    second = yaml.safe_load(RATER2.read_text("utf-8"))
    return [(key, q, grade, int(second[key][q]))
            for key, q, grade, _score in rows if key in second and q in second[key]]


def test_a_second_blind_rater_graded_sixty_replies_and_agrees_with_the_first() -> None:
    rows = devset_rows()
    pairs = second_rater_rows(rows)
    assert len({key for key, *_ in pairs}) >= 60
    agreement, count = pairwise_agreement(pairs)
    assert count > 100 and agreement >= 0.8


FLOORS = {"tuning": (0.865, 0.77), "held-out": (0.75, 0.60)}
"""Overall and per-quality floors under today's figures, so that a change ordering more graded pairs wrongly
fails (the goal is 0.90 overall and 0.85 per quality). Messages name no held-out figure: read them only at the end."""
QUALITY_FLOORS = {"tuning": {"calm": 0.89, "communication": 0.86, "listening": 0.89, "teamwork": 0.88,
                              "creativity": 0.84, "multiplatform": 0.83}}
"""Per-quality floors of the tuning split under today's figures (sealed set 14 joined it in round 14)."""


if __name__ == "__main__":
    import sys

    if "--raters" in sys.argv:  # the second rater against the first, and the scorer on the same replies
        everything = score_devset(OfflineScorer())
        second = second_rater_rows(everything)
        graded = {(k, q) for k, q, *_ in second}
        scorer_rows = [r for r in everything if (r[0], r[1]) in graded]
        for name, subset in (("rater 2", second), ("scorer", scorer_rows)):
            for quality, (q_agreement, q_pairs) in by_quality(subset).items():
                print(f"{name:8} {quality:14} {q_agreement:6.1%} over {q_pairs} pairs")
            overall_agreement, overall_pairs = pairwise_agreement(subset)
            print(f"{name:8} {'overall':14} {overall_agreement:6.1%} over {overall_pairs} pairs, "
                  f"{len({r[0] for r in subset})} replies")
        sys.exit(0)
    chosen = "held-out" if "--held-out" in sys.argv else "tuning"
    rows = score_devset(OfflineScorer(), chosen)
    agreement, pairs = pairwise_agreement(rows)
    for quality, (q_agreement, q_pairs) in by_quality(rows).items():
        print(f"{quality:14} {q_agreement:6.1%} over {q_pairs} pairs")
    print(f"{'overall':14} {agreement:6.1%} over {pairs} pairs, {len({r[0] for r in rows})} replies ({chosen})")
