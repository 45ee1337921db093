"""Calm, round 6: a stock thank-you stays a stock thank-you with an intensifier or a name inside it ("thanks so much
for your feedback", "thank you very much for your message", "merci infiniment pour votre message", "merci beaucoup
pour ton retour"): no calming move, a cold formula, as "thank you for your feedback" already was.

Named from the strict xfail of tests/test_scoring_calm_markers.py (thanks wrapped in a greeting and "kindly note"
outweighed a single plain apology: "thanks so much for your feedback" counted as a calming move because the intensifier
broke the formula). Every sentence here was written for this file, in another situation, fr and en, with
near-misses: thanks for something the person did for us or for others is a move.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.result import StepResult

THREAD = {
    "en": [{"author": "Bruno", "text": "Your printer ink subscription sent me black cartridges three months "
                                       "running when I pay for colour. Sort it out."}],
    "fr": [{"author": "Bruno", "text": "Votre abonnement d'encre m'envoie des cartouches noires depuis trois mois "
                                       "alors que je paie la couleur. Réglez ça."}],
}


def _score(lang: str, text: str) -> StepResult:
    return score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=text,
                      brand={"name": "Inkly", "handle": "@inkly"}, expect={"person": "Bruno"})


def _moves(lang: str, text: str) -> list[str]:
    criterion = next(c for c in _score(lang, text).criteria if c.id == "de-escalation")
    return [e.text for e in criterion.evidence]


STOCK_THANKS = [
    ("en", "Hi Bruno, thanks so much for your feedback. Cartridges are picked by our warehouse system."),
    ("en", "Bruno, thank you very much for your message. Our subscriptions follow the plan on your account."),
    ("en", "Thanks a lot for your comment, Bruno. The colour pack is listed in your plan settings."),
    ("en", "Bruno, thank you so much for reaching out. Ink shipments go out on the first of the month."),
    ("fr", "Bonjour Bruno, merci infiniment pour votre message. Les cartouches sont choisies par notre entrepôt."),
    ("fr", "Bruno, merci beaucoup pour ton retour. Les envois suivent la formule de ton compte."),
    ("fr", "Un grand merci pour votre commentaire, Bruno. La formule couleur figure dans vos réglages."),
    ("fr", "Bruno, merci mille fois pour votre retour. Les envois partent le premier du mois."),
]
NEAR_MISSES = [  # thanks for something the person did: a move
    ("en", "Bruno, thanks so much for the photo of the labels: it shows the warehouse picked the wrong pack."),
    ("en", "Thank you very much for keeping the black cartridges aside, Bruno: a courier collects them Monday."),
    ("en", "Bruno, thanks a lot for flagging this, three months of the wrong ink is on us."),
    ("fr", "Bruno, merci beaucoup pour la photo des étiquettes : l'entrepôt a envoyé le mauvais pack."),
    ("fr", "Merci infiniment d'avoir gardé les cartouches noires, Bruno : un coursier les reprend lundi."),
    ("fr", "Bruno, merci beaucoup de nous l'avoir signalé, trois mois de mauvaise encre, c'est notre erreur."),
]


@pytest.mark.parametrize(("lang", "text"), STOCK_THANKS)
def test_an_intensified_stock_thank_you_is_no_calming_move(lang: str, text: str) -> None:
    assert _moves(lang, text) == []


@pytest.mark.parametrize(("lang", "text"), NEAR_MISSES)
def test_thanks_for_what_the_person_did_are_a_move(lang: str, text: str) -> None:
    assert _moves(lang, text)
