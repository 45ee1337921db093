"""The most generous test of an encoder: a head learned from the graded replies themselves, not from exemplars.

``benchmarks/semantic_probe.py`` asks whether sentences read like hand-written exemplars help; this asks whether the
embeddings carry anything the lexical scorer misses at all. Per quality, a ridge regression from the reply's
embedding (and its element-wise product with the embedding of what the person wrote) to the hand grade's residual
(grade - lexical score) is blended into the lexical score: lexical + c * predicted residual.

Everything is chosen without the measured set: for each set left out (fresh5, fresh6, fresh7), the ridge penalty
and the blend coefficient c are chosen by leaving each remaining tuning set out in turn (out-of-fold predictions),
the head is then fitted on all of them and measured on the set left out. The held-out split gets its overall figure
only, with a head chosen the same way on the whole tuning split. Same caches and options as the probe:
``python benchmarks/semantic_head.py [--encoder e5|use]`` (exits 0 when the encoder is not installed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from semantic_probe import (
    LEFT_OUT,
    Cache,
    Row,
    add_signals,
    expected_random,
    gain_interval,
    load_encoder,
    read_replies,
    rows,
)
from test_scoring_devset import QUALITIES, pairwise_agreement

from cmsim.scoring.offline import OfflineScorer

PENALTIES = (0.1, 1.0, 10.0, 100.0)
BLEND = (0.0, 0.1, 0.25, 0.5, 1.0)


CONTROL: dict[str, Any] = {}
"""With ``--control``: a seeded random unit vector per text stands for its embedding (filled by :func:`main`)."""


def vector(text: str, store: Cache) -> Any:
    return CONTROL[text] if CONTROL else store.vectors[text]


def features(replies: list[dict[str, Any]], store: Cache) -> Any:
    """One row per reply: its embedding, and that embedding times the embedding of what the person wrote."""
    np = store.np
    text = np.stack([vector(r["text"] or "-", store) for r in replies])
    said = np.stack([vector(r["said"], store) if r["said"] else np.zeros(text.shape[1]) for r in replies])
    return np.hstack([text, text * said, np.ones((len(replies), 1))])


def predict(train: list[dict[str, Any]], test: list[dict[str, Any]], quality: str, penalty: float,
            store: Cache) -> list[float]:
    """The ridge head's predicted residual (grade - lexical) for each test reply, fitted on the train replies."""
    np = store.np
    graded = [r for r in train if quality in r["grades"]]
    x = features(graded, store)
    y = np.array([r["grades"][quality] - r["lexical"][quality] for r in graded], dtype=float)
    weights = np.linalg.solve(x.T @ x + penalty * np.eye(x.shape[1]), x.T @ y)
    return [float(v) for v in features(test, store) @ weights]


def blended(replies: list[dict[str, Any]], heads: dict[str, list[float]], coefs: dict[str, float]) -> list[Row]:
    """(reply, quality, grade, lexical + c * head) rows."""
    out = []
    for i, r in enumerate(replies):
        for quality, grade in r["grades"].items():
            out.append((r["key"], quality, grade, r["lexical"][quality] + coefs[quality] * heads[quality][i]))
    return out


def choose(fitting: list[dict[str, Any]], store: Cache) -> dict[str, tuple[float, float]]:
    """Per quality, the (penalty, blend coefficient) that order the most pairs of ``fitting`` right when every one
    of its sets is predicted by a head fitted on the others."""
    sets = sorted({r["set"] for r in fitting})
    chosen = {}
    for quality in QUALITIES:
        best = (-1.0, (PENALTIES[0], 0.0))
        for penalty in PENALTIES:
            oof: dict[str, float] = {}
            for held in sets:
                inside = [r for r in fitting if r["set"] != held]
                outside = [r for r in fitting if r["set"] == held]
                oof.update(zip((r["key"] for r in outside), predict(inside, outside, quality, penalty, store),
                               strict=True))
            head = [oof[r["key"]] for r in fitting]
            for c in BLEND:
                graded = [(r["key"], quality, r["grades"][quality], r["lexical"][quality] + c * head[i])
                          for i, r in enumerate(fitting) if quality in r["grades"]]
                score = pairwise_agreement(graded)[0]
                if score > best[0] + 1e-12:
                    best = (score, (penalty, c))
        chosen[quality] = best[1]
    return chosen


def measure(fitting: list[dict[str, Any]], measured: list[dict[str, Any]], store: Cache,
            per_quality: bool) -> str:
    chosen = choose(fitting, store)
    heads = {q: predict(fitting, measured, q, chosen[q][0], store) for q in QUALITIES}
    result = blended(measured, heads, {q: chosen[q][1] for q in QUALITIES})
    line = (f"lexical {pairwise_agreement(rows(measured))[0]:6.1%}, random tie-break {expected_random(measured):6.1%}"
            f", learned head {pairwise_agreement(result)[0]:6.1%}")
    if per_quality:
        gain, low, high = gain_interval(measured, result)
        line += f"; head - random tie-break {gain:+.2f} points (95 % interval {low:+.2f} to {high:+.2f})"
        line += "\n    " + "  ".join(f"{q} {pairwise_agreement([r for r in result if r[1] == q])[0]:6.1%}"
                                      for q in QUALITIES)
    return line + f"\n    chosen (penalty, c): {chosen}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--encoder", choices=("e5", "use"), default="e5")
    parser.add_argument("--control", action="store_true",
                        help="random vectors instead of embeddings: what the same fit gains from chance alone")
    args = parser.parse_args(argv)
    encoder = load_encoder(args.encoder)
    if encoder is None:
        print(f"semantic head skipped: the {args.encoder} encoder is not installed (it is no project dependency)")
        return 0
    replies = read_replies(OfflineScorer())
    store = Cache(args.encoder, encoder)
    add_signals(replies, store)
    tuning = [r for r in replies if r["split"] == "tuning"]
    if args.control:
        np = store.np
        rng = np.random.default_rng(0)
        for text in sorted({t for r in replies for t in (r["text"] or "-", r["said"]) if t}):
            random_vector = rng.standard_normal(len(store.vectors[replies[0]["text"]]))
            CONTROL[text] = random_vector / np.linalg.norm(random_vector)
    print(f"encoder {args.encoder}{' (CONTROL: random vectors)' if args.control else ''}: a ridge head on the "
          f"embeddings, chosen by leaving sets out")
    for left in LEFT_OUT:
        print(f"  {left} left out: "
              + measure([r for r in tuning if r["set"] != left], [r for r in tuning if r["set"] == left], store, True))
    held_out = [r for r in replies if r["split"] == "held-out"]
    print("  held-out (overall only): " + measure(tuning, held_out, store, False).split("\n")[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
