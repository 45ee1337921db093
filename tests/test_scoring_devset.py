"""Agreement of the offline scorer with hand grades on the development set (tests/devset/*.yaml).

Pairwise agreement: for every pair of replies to the same situation whose hand grades differ on a
quality, does the scorer order them the same way? Run ``python tests/test_scoring_devset.py`` to print it.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from cmsim.scoring.batch import parse_line
from cmsim.scoring.offline import OfflineScorer

DEVSET = Path(__file__).resolve().parent / "devset"


def load_devset() -> list[dict[str, Any]]:
    """Every situation with its graded replies."""
    return [yaml.safe_load(p.read_text("utf-8")) for p in sorted(DEVSET.glob("*.yaml"))]


def score_devset(scorer: OfflineScorer) -> list[tuple[str, str, int, int]]:
    """(situation, quality, hand grade, scorer score) for every graded reply and quality."""
    rows = []
    for doc in load_devset():
        situation = doc["situation"]
        for index, reply in enumerate(doc["replies"]):
            line = {**{k: v for k, v in situation.items() if k != "id"}, "id": f"{situation['id']}#{index}",
                    "reply": reply.get("reply", reply.get("text"))}
            item = parse_line(line, scorer)
            result = scorer.score(item.scenario, item.step, item.answer)
            for quality, grade in reply["grades"].items():
                rows.append((f"{situation['id']}#{index}", quality, int(grade), result.scores[quality]))
    return rows


def pairwise_agreement(rows: list[tuple[str, str, int, int]]) -> tuple[float, int]:
    """Share of pairs (same situation and quality, different hand grades) the scorer orders the same way.

    A tie in the scorer's scores counts as half an agreement.
    """
    groups: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for key, quality, grade, score in rows:
        groups.setdefault((key.split("#")[0], quality), []).append((grade, score))
    agree = 0.0
    pairs = 0
    for values in groups.values():
        for (g1, s1), (g2, s2) in combinations(values, 2):
            if g1 == g2:
                continue
            pairs += 1
            if s1 == s2:
                agree += 0.5
            elif (g1 > g2) == (s1 > s2):
                agree += 1
    return (agree / pairs if pairs else 0.0), pairs


def test_devset_is_large_and_bilingual() -> None:
    docs = load_devset()
    replies = sum(len(d["replies"]) for d in docs)
    assert replies >= 60
    assert {d["situation"]["lang"] for d in docs} == {"fr", "en"}


def test_pairwise_agreement_with_hand_grades() -> None:
    agreement, pairs = pairwise_agreement(score_devset(OfflineScorer()))
    print(f"pairwise agreement {agreement:.1%} over {pairs} pairs")
    assert pairs > 300
    assert agreement >= 0.75


if __name__ == "__main__":
    rows = score_devset(OfflineScorer())
    agreement, pairs = pairwise_agreement(rows)
    by_quality: dict[str, list[tuple[str, str, int, int]]] = {}
    for row in rows:
        by_quality.setdefault(row[1], []).append(row)
    for quality, subset in sorted(by_quality.items()):
        q_agreement, q_pairs = pairwise_agreement(subset)
        print(f"{quality:14} {q_agreement:6.1%} over {q_pairs} pairs")
    print(f"{'overall':14} {agreement:6.1%} over {pairs} pairs, {len({r[0] for r in rows})} replies")
