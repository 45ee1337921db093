# ruff: noqa: E501  (test replies are long literal strings)
"""Trust prices promises the brand cannot keep, not every word of the family (issue 11, round 4): a promise recalled or
kept ("as promised", "we had promised you…", "on vous avait promis…") and a guarantee as a purpose ("to guarantee
everyone's safety", "pour garantir la sécurité") promise nothing new. Sentences written for this file, fr and en, before
the rule; new promises still cost."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREAD = {"en": [{"author": "Bruno", "text": "Where is my order? You said Friday and nothing has come."}],
          "fr": [{"author": "Bruno", "text": "Elle est où ma commande ? Vous aviez dit vendredi et rien n'est arrivé."}]}

NOT_PROMISES = [
    ("en", "Bruno, as promised, here is the tracking link for your parcel: it reaches you tomorrow."),
    ("en", "Bruno, we promised you a reply by Friday and missed it, sorry. The parcel left our depot this morning."),
    ("en", "Bruno, the lining we had promised you was out of stock, so we are refunding that part today."),
    ("en", "Bruno, parcels are held at the depot above 30 degrees in order to guarantee the food stays fresh: yours ships tomorrow."),
    ("fr", "Bruno, comme promis, voici le lien de suivi de votre colis : il arrive demain."),
    ("fr", "Bruno, on vous avait promis une réponse vendredi et on l'a ratée, désolés. Le colis est parti ce matin."),
    ("fr", "Bruno, je vous ai promis un rappel hier et je ne l'ai pas fait, pardon : je vous appelle à 14 h."),
    ("fr", "Bruno, les colis restent au dépôt au-delà de 30 degrés pour garantir la fraîcheur des produits : le vôtre part demain."),
]
PROMISES = [  # near-misses: new promises still cost trust
    ("en", "Bruno, I promise you it will be at your door tomorrow."),
    ("en", "Bruno, guaranteed delivery by Friday, no matter what!"),
    ("en", "Bruno, we guarantee this will never happen again."),
    ("fr", "Bruno, promis, ça arrive demain !"),
    ("fr", "Bruno, je vous garantis que ça ne se reproduira plus."),
    ("fr", "Bruno, c'est garanti, votre colis arrive demain."),
]


def _trust(lang: str, reply: str) -> int:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], expect={"person": "Bruno"}, reply=reply)
    return next(c.score for c in result.criteria if c.id == "trust")


@pytest.mark.parametrize(("lang", "reply"), NOT_PROMISES)
def test_a_promise_recalled_or_a_guarantee_as_a_purpose_keeps_trust(lang: str, reply: str) -> None:
    assert _trust(lang, reply) >= 95


@pytest.mark.parametrize(("lang", "reply"), PROMISES)
def test_a_new_promise_still_costs_trust(lang: str, reply: str) -> None:
    assert _trust(lang, reply) <= 50
