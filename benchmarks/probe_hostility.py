"""Hostility without insult words, on probes nobody tuned to: ``python benchmarks/probe_hostility.py [--show]``.

Reads every ``benchmarks/probes/hostility*.yaml`` (see their headers). In each, every reply answers one thread with
the same fact as a civil, mediocre baseline reply (a plain apology and the fact). A hostile reply passes when its
calm is strictly below the baseline's; a civil one when its calm stays at 70 or more.

``hostility14.yaml`` (one thread a language: a late parcel on X, written in round 14): its even positions are for
development, its odd positions held out. ``hostility15.yaml`` (one thread a language, its own platform and person,
written in round 15 by a helper that had seen no code, no lexicon and no earlier probe): held out entirely. Each part
is printed apart: a rule written from the development half that does not move the held-out ones caught the sentences
it was written from, not their family. ``--show`` prints the development half's failures only (the held-out texts
are not for reading while writing rules).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cmsim.model.qualities import Quality  # noqa: E402
from cmsim.scoring.batch import parse_line  # noqa: E402
from cmsim.scoring.offline import OfflineScorer  # noqa: E402

PROBES = ROOT / "benchmarks" / "probes"
CIVIL_FLOOR = 70

ROUND14 = {  # hostility14.yaml's thread (the file holds only the replies)
    "en": ("x", "Sam",
           "@brand my order #4512 was due last Friday, still nothing. Third time I ask. Where is my parcel?",
           "Sam, sorry for the wait. Your parcel left our depot today and arrives Monday."),
    "fr": ("x", "Sam",
           "@marque ma commande 4512 devait arriver vendredi, toujours rien. C'est la troisième fois que je demande. "
           "Il est où mon colis ?",
           "Sam, désolé pour l'attente. Votre colis a quitté notre entrepôt aujourd'hui et arrive lundi."),
}


@dataclass(frozen=True)
class Part:
    """Replies of one kind (hostile or civil) to one thread, in one half (development or held out)."""

    name: str
    lang: str
    platform: str
    person: str
    thread: str
    baseline: str
    kind: str
    half: str
    replies: tuple[str, ...]


def parts() -> Iterator[Part]:
    """Every part of every probe file, in a fixed order."""
    r14 = yaml.safe_load((PROBES / "hostility14.yaml").read_text("utf-8"))
    for lang, (platform, person, thread, baseline) in ROUND14.items():
        for half, parity in (("development", 0), ("held out", 1)):
            for kind in ("hostile", "civil"):
                replies = tuple(r for i, r in enumerate(r14[lang][kind]) if i % 2 == parity)
                yield Part("14", lang, platform, person, thread, baseline, kind, half, replies)
    r15 = PROBES / "hostility15.yaml"
    if r15.exists():
        for lang, t in yaml.safe_load(r15.read_text("utf-8"))["threads"].items():
            for kind in ("hostile", "civil"):
                yield Part("15", lang, t["platform"], t["person"], t["thread"], t["baseline"], kind, "held out",
                           tuple(t[kind]))


def main() -> int:
    show = "--show" in sys.argv
    scorer = OfflineScorer()

    def calm(part: Part, reply: str) -> int:
        line = {"id": "probe", "lang": part.lang, "platform": part.platform,
                "thread": [{"author": part.person, "text": part.thread}], "expect": {"person": part.person},
                "reply": reply}
        item = parse_line(line, scorer)
        return scorer.score(item.scenario, item.step, item.answer).scores[Quality.calm]

    for part in parts():
        base = calm(part, part.baseline)
        scored = [(calm(part, r), r) for r in part.replies]
        failed = [(s, r) for s, r in scored if (s >= base if part.kind == "hostile" else s < CIVIL_FLOOR)]
        rule = f"below the baseline's {base}" if part.kind == "hostile" else f"at {CIVIL_FLOOR} or more"
        passed = len(part.replies) - len(failed)
        print(f"{part.name} {part.lang} {part.kind:7} {part.half:11} {passed:2}/{len(part.replies)} calm {rule}")
        if show and part.half == "development":
            for s, r in failed:
                print(f"      {s:3}  {r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
