"""Score tests/review16_replies.yaml as `cmsim score` reads lines; list good < 70 and mediocre above good."""
import sys, yaml
from cmsim.scoring.batch import parse_line
from cmsim.scoring.offline import OfflineScorer
verbose = "-v" in sys.argv
doc = yaml.safe_load(open("tests/review16_replies.yaml"))
sc = OfflineScorer()
low = mis = 0
for th in doc["threads"]:
    sit = th["situation"]; qs = sit["qualities"]; rows = []
    for i, r in enumerate(th["replies"]):
        line = {**{k: v for k, v in sit.items() if k != "id"}, "id": f"{sit['id']}#{i}", "reply": r.get("reply", r.get("text"))}
        item = parse_line(line, sc)
        res = sc.score(item.scenario, item.step, item.answer)
        rows.append((i, r["band"], {q: res.scores[q] for q in qs}, res))
    print(f"== {sit['id']}")
    for i, band, s, res in rows:
        bad = [q for q in qs if band == "good" and s[q] < 70]
        low += len(bad)
        print(f"  #{i} {band[:4]} " + " ".join(f"{q[:5]}={s[q]:3d}" for q in qs) + ("  <70: " + ",".join(bad) if bad else ""))
        if verbose and bad:
            for c in res.criteria:
                if c.quality in bad and c.score < 80:
                    ev = "; ".join(f"{e.polarity}{e.text!r}" for e in c.evidence)
                    print(f"      {c.quality:13s} {c.id:22s} {c.score:3d} w{c.weight} | {c.feedback[:110]} | {ev[:200]}")
    for q in qs:
        for i, b, s, _ in rows:
            if b != "mediocre": continue
            for j, b2, s2, _ in rows:
                if b2 == "good" and s[q] >= s2[q]:
                    mis += 1; print(f"  MISORDER {q}: mediocre #{i} {s[q]} >= good #{j} {s2[q]}")
print("good<70 (reply,quality):", low, " mediocre>=good pairs:", mis)
