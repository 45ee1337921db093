"""The matter declared out of the brand's reach (round 6): "it's completely outside our control", "out of our hands",
"ce n'est pas de notre ressort", "pour des raisons indépendantes de notre volonté" pass the problem on as "not ours"
does (deflection, calm's alone). Named from misordered calm pairs of the tuning split (a ferry's engine supplier, a
bank's payments provider, a mutual insurer's processing centre); the sentences below are written for a streaming
service's outage during a final, in French and English, with near-misses that take the matter into the brand's hands.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.result import CriterionResult

THREAD = {
    "en": [{"author": "Kemi", "text": "Stream died ten minutes before the end of the final. Paid for this. Furious."}],
    "fr": [{"author": "Kemi", "text": "Le direct a coupé dix minutes avant la fin de la finale. J'ai payé. Furieuse."}],
}


def _hostility(lang: str, text: str) -> CriterionResult:
    result = score_line(lang=lang, platform="x", thread=THREAD[lang], reply=text,
                        brand={"name": "Flux TV", "handle": "@fluxtv"}, expect={"person": "Kemi"})
    return next(c for c in result.criteria if c.id == "no-hostility")


OUT_OF_REACH = [
    ("en", "Kemi, the outage came from the broadcaster's feed, so it was out of our hands."),
    ("en", "Kemi, network incidents like this are outside our control."),
    ("en", "Kemi, the cut was beyond our control, the feed dropped upstream."),
    ("en", "Kemi, refunds for live events are not our department, please ask the organiser."),
    ("en", "Kemi, the feed itself is not our responsibility, we only carry it."),
    ("en", "Kemi, that interruption is not down to us, the stadium's link failed."),
    ("fr", "Kemi, la coupure venait du signal du diffuseur, ce n'est pas de notre ressort."),
    ("fr", "Kemi, ce type d'incident réseau est hors de notre contrôle."),
    ("fr", "Kemi, le direct a été interrompu pour des raisons indépendantes de notre volonté."),
    ("fr", "Kemi, le signal ne dépend pas de nous, il arrive du stade."),
    ("fr", "Kemi, le remboursement des événements en direct ne relève pas de notre service."),
    ("fr", "Kemi, la qualité du signal n'est pas de notre responsabilité, nous le relayons."),
]
TAKEN_ON = [
    ("en", "Kemi, we'll take this out of your hands: the last ten minutes are on replay and your month is refunded."),
    ("en", "Kemi, keeping the stream up is our job and we failed at it tonight; your month is refunded."),
    ("en", "Kemi, we're back in control of the feed and the replay is up now."),
    ("fr", "Kemi, on s'occupe de tout de notre côté : le replay est en ligne et votre mois est remboursé."),
    ("fr", "Kemi, garder le direct en ligne, c'est notre rôle, et on a échoué ce soir ; le mois est remboursé."),
    ("fr", "Kemi, nous avons repris le contrôle du signal et le replay est en ligne."),
]


@pytest.mark.parametrize(("lang", "text"), OUT_OF_REACH)
def test_declaring_the_matter_out_of_reach_costs_calm(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score <= 50, text
    assert any(e.polarity == "-" for e in hostility.evidence)


@pytest.mark.parametrize(("lang", "text"), TAKEN_ON)
def test_taking_the_matter_into_our_hands_costs_nothing(lang: str, text: str) -> None:
    assert _hostility(lang, text).score == 100, (text, [e.text for e in _hostility(lang, text).evidence])
