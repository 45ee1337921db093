"""Multi-platform: every network's post keeps the brief's facts.

Hand graders of the opened sets reward posts rewritten for each network that still give the date, the place and how to
take part on each; a version that keeps the tone of its network but drops the facts ("Un événement arrive bientôt !
Restez connectés 😉", "12/10 vergers ouverts 🍎 gratuit") was graded under a near copy that kept them, while the
scorer read only limits, register and how different the versions are. The situations below were written for this test
(fr and en); the near-misses: one post only (nothing to compare), both versions complete."""

from __future__ import annotations

from typing import Any

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q

BRIEF = {
    "fr": ("Annonce sur LinkedIn et Instagram notre atelier de réparation de vélos gratuit, samedi 14 juin à Lille, "
           "place Rihour, de 10 h à 17 h, sans inscription."),
    "en": ("Announce on LinkedIn and Instagram our free bike repair workshop, Saturday 14 June in Leeds, Millennium "
           "Square, 10am to 5pm, no booking needed."),
}
FACTS = {
    "fr": [["14 juin", "samedi"], ["Lille", "place Rihour"], ["gratuit", "gratuite", "gratuitement"],
           ["réparation", "réparer", "vélo", "vélos"]],
    "en": [["14 June", "Saturday"], ["Leeds", "Millennium Square"], ["free"], ["repair", "fix", "bike", "bikes"]],
}
FULL = {
    "fr": {"linkedin": "Samedi 14 juin, nos mécaniciens réparent gratuitement les vélos des Lillois, place Rihour, de "
                       "10 h à 17 h. Une journée pour remettre la ville en selle, sans inscription.",
           "instagram": "Ton vélo grince ? 🚲 Samedi 14 juin, place Rihour à Lille, on le répare gratuitement, de 10 h "
                        "à 17 h. Viens comme tu es !"},
    "en": {"linkedin": "On Saturday 14 June our mechanics repair Leeds' bikes for free on Millennium Square, 10am to "
                       "5pm. A day to get the city back in the saddle, no booking needed.",
           "instagram": "Squeaky brakes? 🚲 Saturday 14 June, Millennium Square in Leeds: we fix your bike for free, "
                        "10am to 5pm. Just turn up!"},
}
DROPPED = {  # the Instagram version keeps its network's tone and loses the facts
    "fr": {"linkedin": FULL["fr"]["linkedin"],
           "instagram": "Quelque chose se prépare pour les cyclistes… 🚲 Restez connectés, on vous dit tout bientôt !"},
    "en": {"linkedin": FULL["en"]["linkedin"],
           "instagram": "Something is coming for cyclists… 🚲 Stay tuned, we'll tell you everything soon!"},
}


def score(lang: str, reply: dict[str, str]) -> Any:
    return score_line(lang=lang, platform="instagram", thread=[{"author": "brief", "text": BRIEF[lang]}],
                      expect={"facts": FACTS[lang]}, qualities=["multiplatform", "creativity"], reply=reply)


def facts_criterion(result: Any) -> Any:
    return next((c for c in result.criteria if c.id == "facts-per-network"), None)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_version_that_drops_the_facts_costs_multiplatform(lang: str) -> None:
    full, dropped = score(lang, FULL[lang]), score(lang, DROPPED[lang])
    assert facts_criterion(full).score >= 90
    assert facts_criterion(dropped).score < 50
    assert full.scores[Q.multiplatform] > dropped.scores[Q.multiplatform]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_feedback_names_the_network_that_drops_the_facts(lang: str) -> None:
    criterion = facts_criterion(score(lang, DROPPED[lang]))
    assert criterion.missing and all(m.startswith("instagram") for m in criterion.missing)
    assert not any(m.startswith("linkedin") for m in criterion.missing)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_complete_versions_are_not_asked_for_facts(lang: str) -> None:
    criterion = facts_criterion(score(lang, FULL[lang]))
    assert criterion.missing == [] and criterion.score >= 90


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_single_post_has_no_other_network_to_compare(lang: str) -> None:
    single = score(lang, {"instagram": FULL[lang]["instagram"]})
    assert facts_criterion(single) is None
