"""Multi-platform: one version written against its network's codes decides the quality. A LinkedIn post shouted in
capitals with "!!!" and #fyp, or a TikTok caption in the register of a press release, is a miss however good the
other versions are: hand graders put such briefs at 12-20 on multi-platform where the scorer, averaging the
versions, gave 61-74. The worst version's register caps the quality (the rubric's ceiling on platform-register).
Near-misses: an emoji and a hook on Instagram, a sober LinkedIn post, keep their figure. Situations written for this
test (a library's reading night, a ferry company's new timetable)."""

from __future__ import annotations

from typing import Any

import pytest
from scoring_kit import score_line

BRIEF = {
    "fr": ("Annonce sur LinkedIn, Instagram et TikTok notre nuit de la lecture à la médiathèque de Quimper, samedi 18 "
           "janvier de 19 h à minuit, entrée libre, lectures pour enfants jusqu'à 21 h."),
    "en": ("Announce on LinkedIn, Instagram and TikTok our new winter timetable: from 6 January, a ferry every 30 "
           "minutes between Oban and Mull from 7am to 9pm, tickets in the app."),
}
FACTS = {
    "fr": [["18 janvier", "samedi"], ["médiathèque", "Quimper"], ["entrée libre", "gratuit", "gratuite"],
           ["19 h", "minuit"], ["enfants", "21 h"]],
    "en": [["6 January"], ["30 minutes", "every 30"], ["Oban", "Mull"], ["7am", "9pm"], ["app", "tickets"]],
}
ADAPTED = {
    "fr": {"linkedin": "Samedi 18 janvier, la médiathèque de Quimper ouvre ses portes de 19 h à minuit pour la Nuit "
                       "de la lecture. Entrée libre, lectures pour les enfants jusqu'à 21 h.",
           "instagram": "Une nuit entière pour lire 📚 Samedi 18 janvier, 19 h - minuit, médiathèque de Quimper. "
                        "Entrée libre, histoires pour les enfants jusqu'à 21 h !",
           "tiktok": "POV : tu lis à minuit à la médiathèque 🌙 Samedi 18 janvier, Quimper, 19 h - minuit, entrée "
                     "libre. Les enfants, c'est jusqu'à 21 h ! #NuitDeLaLecture"},
    "en": {"linkedin": "From 6 January, our winter timetable runs a ferry every 30 minutes between Oban and Mull, from "
                       "7am to 9pm. Tickets are in the app.",
           "instagram": "More crossings, less waiting ⛴️ From 6 January: Oban to Mull every 30 minutes, 7am to 9pm. "
                        "Tickets in the app!",
           "tiktok": "When the ferry leaves every 30 minutes 😮 From 6 January, Oban ⇄ Mull, 7am to 9pm. Tickets in "
                     "the app. #ObanMull"},
}
SWAPPED = {
    "fr": {"linkedin": "📚📚 C'EST LA NUIT DE LA LECTURE !!! 🌙🔥 SAMEDI 18/01 19H-MINUIT 😍 ENTRÉE LIBRE !!! "
                       "#fyp #lecture #viral #quimper",
           "instagram": ADAPTED["fr"]["instagram"],
           "tiktok": "La médiathèque de Quimper a le plaisir de vous convier à la Nuit de la lecture, qui se tiendra "
                     "le samedi 18 janvier de 19 h à minuit. Entrée libre ; lectures pour enfants jusqu'à 21 h."},
    "en": {"linkedin": "⛴️⛴️ NEW TIMETABLE ALERT!!! 🔥🔥 EVERY 30 MINS OBAN-MULL 7AM-9PM 😍 GET YOUR TICKETS!!! "
                       "#fyp #ferry #viral #scotland",
           "instagram": ADAPTED["en"]["instagram"],
           "tiktok": "We are pleased to announce that, with effect from 6 January, our winter timetable will provide "
                     "a departure every 30 minutes between Oban and Mull, from 7am to 9pm. Tickets are available in "
                     "the app."},
}


def _multiplatform(lang: str, reply: dict[str, str]) -> int:
    result: Any = score_line(lang=lang, platform="instagram", thread=[{"author": "brief", "text": BRIEF[lang]}],
                             expect={"facts": FACTS[lang]}, qualities=["multiplatform"], reply=reply)
    return int(result.scores["multiplatform"])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_version_against_its_networks_codes_decides_the_quality(lang: str) -> None:
    assert _multiplatform(lang, SWAPPED[lang]) <= 40 < _multiplatform(lang, ADAPTED[lang])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_near_miss_well_adapted_versions_keep_a_high_figure(lang: str) -> None:
    assert _multiplatform(lang, ADAPTED[lang]) >= 75
