"""The judge's flags told in words (French and English), for the people who read feedback and reports.

No network and no ``openai`` here: the TUI and the reports import this module even when the judge is off.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cmsim.model.qualities import Quality, label
from cmsim.scoring.judge.combine import GRADER_FLAG, UNAVAILABLE_FLAG, UNSCORED_FLAG

DISAGREES_PREFIX = "judge-disagrees:"

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "disagrees": "The LLM judge and the offline scorer disagree on {quality}.",
        "unavailable": "LLM judge unavailable, offline score used.",
        "unscored": "The LLM judge gave no usable verdict on some criteria: offline scores used there.",
        "grader": (
            "Integrity: this reply addresses the grader (instructions or scores meant for the AI). Those "
            "sentences were withheld from the LLM judge and no score was raised above the offline one."
        ),
    },
    "fr": {
        "disagrees": "Le juge IA et le correcteur hors ligne ne sont pas d'accord sur {quality}.",
        "unavailable": "Juge IA indisponible, score hors ligne utilisé.",
        "unscored": (
            "Le juge IA n'a rendu aucun verdict exploitable sur certains critères : scores hors ligne utilisés."
        ),
        "grader": (
            "Intégrité : cette réponse s'adresse au correcteur (consignes ou notes destinées à l'IA). Ces "
            "phrases n'ont pas été montrées au juge IA et aucun score n'a dépassé le score hors ligne."
        ),
    },
}


@dataclass(frozen=True)
class Notice:
    """One judge flag in words; ``integrity`` when it belongs with the integrity signals."""

    flag: str
    text: str
    integrity: bool = False


def judge_notices(flags: Sequence[str], lang: str) -> list[Notice]:
    """A notice for each judge flag in ``flags``, in ``lang`` (English when unknown); other flags are skipped."""
    texts = TEXTS.get(lang, TEXTS["en"])
    out: list[Notice] = []
    for flag in flags:
        if flag.startswith(DISAGREES_PREFIX):
            name = flag.removeprefix(DISAGREES_PREFIX)
            quality = label(Quality(name), lang) if name in Quality.__members__ else name
            out.append(Notice(flag, texts["disagrees"].format(quality=quality)))
        elif flag == UNAVAILABLE_FLAG:
            out.append(Notice(flag, texts["unavailable"]))
        elif flag == UNSCORED_FLAG:
            out.append(Notice(flag, texts["unscored"]))
        elif flag == GRADER_FLAG:
            out.append(Notice(flag, texts["grader"], integrity=True))
    return out
