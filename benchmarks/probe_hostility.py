"""Hostility without insult words, on probes nobody tuned to: ``python benchmarks/probe_hostility.py [--show]``.

Reads ``benchmarks/probes/hostility14.yaml`` (see its header): every reply answers one thread (a late parcel on X)
with the same fact. A hostile reply passes when its calm is strictly below a civil, mediocre reply's ("sorry for the
wait" and the fact); a civil one when its calm stays at 70 or more. Printed for the development half (even positions)
and the held-out half (odd positions) apart: a rule written from the development half that does not move the held-out
half caught the sentences it was written from, not their family. ``--show`` prints the development half's failures
only (the held-out half's texts are not for reading while writing rules).
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cmsim.scoring.batch import parse_line  # noqa: E402
from cmsim.scoring.offline import OfflineScorer  # noqa: E402

THREAD = {
    "en": "@brand my order #4512 was due last Friday, still nothing. Third time I ask. Where is my parcel?",
    "fr": "@marque ma commande 4512 devait arriver vendredi, toujours rien. C'est la troisième fois que je demande. Il "
          "est où mon colis ?",
}
BASELINE = {"en": "Sam, sorry for the wait. Your parcel left our depot today and arrives Monday.",
            "fr": "Sam, désolé pour l'attente. Votre colis a quitté notre entrepôt aujourd'hui et arrive lundi."}
CIVIL_FLOOR = 70


def main() -> int:
    show = "--show" in sys.argv
    probes = yaml.safe_load((ROOT / "benchmarks" / "probes" / "hostility14.yaml").read_text("utf-8"))
    scorer = OfflineScorer()

    def calm(lang: str, reply: str) -> int:
        line = {"id": "probe", "lang": lang, "platform": "x", "thread": [{"author": "Sam", "text": THREAD[lang]}],
                "expect": {"person": "Sam"}, "reply": reply}
        item = parse_line(line, scorer)
        return scorer.score(item.scenario, item.step, item.answer).scores["calm"]

    for lang in ("en", "fr"):
        base = calm(lang, BASELINE[lang])
        for half, parity in (("development", 0), ("held out", 1)):
            for kind in ("hostile", "civil"):
                replies = [r for i, r in enumerate(probes[lang][kind]) if i % 2 == parity]
                scored = [(calm(lang, r), r) for r in replies]
                failed = [(s, r) for s, r in scored if (s >= base if kind == "hostile" else s < CIVIL_FLOOR)]
                rule = f"below the baseline's {base}" if kind == "hostile" else f"at {CIVIL_FLOOR} or more"
                print(f"{lang} {kind:7} {half:11} {len(replies) - len(failed):2}/{len(replies)} calm {rule}")
                if show and parity == 0:
                    for s, r in failed:
                        print(f"      {s:3}  {r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
