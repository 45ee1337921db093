"""The six qualities of a community manager, with stable ids."""

from __future__ import annotations

from enum import StrEnum


class Quality(StrEnum):
    """One of the six qualities scored by cmsim (ids are stable: stored in databases and reports)."""

    communication = "communication"
    listening = "listening"
    calm = "calm"
    teamwork = "teamwork"
    creativity = "creativity"
    multiplatform = "multiplatform"


QUALITIES: tuple[Quality, ...] = tuple(Quality)

LABELS: dict[str, dict[Quality, str]] = {
    "en": {
        Quality.communication: "Communication",
        Quality.listening: "Listening",
        Quality.calm: "Calm",
        Quality.teamwork: "Teamwork",
        Quality.creativity: "Creativity",
        Quality.multiplatform: "Multi-platform",
    },
    "fr": {
        Quality.communication: "Communication",
        Quality.listening: "Écoute",
        Quality.calm: "Sang-froid",
        Quality.teamwork: "Travail d'équipe",
        Quality.creativity: "Créativité",
        Quality.multiplatform: "Multi-plateforme",
    },
}


def label(quality: Quality | str, lang: str) -> str:
    """Human label of a quality in ``lang`` (fr or en)."""
    return LABELS.get(lang, LABELS["en"])[Quality(quality)]
