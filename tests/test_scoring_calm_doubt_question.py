"""The fault put back to the person as a question (round 8): "Tu es sûr de l'avoir envoyée à la bonne adresse ?", "Ton
compost manque peut-être un peu de chaleur ?", "Are you sure you entered the right code?", "Maybe your router is too
far from the socket?". The question doubts the person's account or suggests the failure is theirs instead of
answering it; hand graders put such replies at 16–32 on calm, the scorer at up to 78.

The reading (criteria/doubts.py, ``doubt-question.yaml``, calm's own at a condescension's price): the person's
certainty questioned ("are you sure you", "tu es sûr de", "êtes-vous sûr"), or a question in which "maybe" / "peut-
être" stands beside the person's own thing ("your router", "ton compost"). A question the brand asks about itself
("maybe our courier left it at a neighbour's?") or an offer ("maybe you'd like a refund instead?") is none, nor is a
statement.

Named from misordered calm pairs of sets 4 and 6 (a gym's direct debits, compostable capsules). The sentences below
are written for other situations (a pharmacy delivery, a phone repair), in French and English, with near-misses that
must not fire.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.result import CriterionResult

THREAD = {
    "en": [{"author": "Ruth", "text": "Third time my prescription delivery says 'delivered' and nothing at my door. "
                                     "I'm out of my heart tablets. Furious."}],
    "fr": [{"author": "Karim", "text": "Écran remplacé chez vous il y a une semaine, il a déjà des lignes vertes. 89 € "
                                      "pour rien, je suis furieux."}],
}
PERSON = {"en": "Ruth", "fr": "Karim"}
BRAND = {"en": {"name": "MedDrop", "handle": "@meddrop"}, "fr": {"name": "RépaMobile", "handle": "@repamobile"}}
DOUBTS = {
    "en": ["Ruth, are you sure you gave us the right flat number?",
           "Maybe your doorbell isn't working, Ruth?",
           "Ruth, are you certain nobody in your building signed for it?",
           "Ruth, are you sure you want to post that? Maybe check your letterbox first."],
    "fr": ["Karim, vous êtes sûr de ne pas avoir fait tomber le téléphone depuis ?",
           "Votre chargeur est peut-être en cause, Karim ?",
           "Karim, êtes-vous certain que l'écran n'a pas pris l'humidité ?",
           "Karim, vous êtes sûr de vouloir encore râler ? Vous pouvez lire la notice."],
}
NEAR_MISSES = {
    "en": ["Ruth, maybe our driver left it with a neighbour? We're checking the GPS now and will call you.",
           "Ruth, maybe you'd prefer a pharmacy pickup today? We'll cover the taxi.",
           "Ruth, we're sure this is on our side: three failed deliveries is not acceptable.",
           "Are you sure you want to cancel? You can pause for free instead.",  # the review's (round 8)
           "Ruth, are you sure you want to stop the deliveries? You could switch to pharmacy pickup instead."],
    "fr": ["Karim, notre pièce était peut-être défectueuse : on vous la remplace gratuitement cette semaine.",
           "Karim, vous préférez peut-être un remboursement ? Dites-nous en MP.",
           "Karim, nous sommes sûrs que ça vient de la pièce : passez quand vous voulez, on la change.",
           "Karim, êtes-vous sûr de vouloir un remboursement ? Vous pouvez aussi avoir un écran neuf à la place."],
}


def _hostility(lang: str, text: str) -> CriterionResult:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=text, brand=BRAND[lang],
                        expect={"person": PERSON[lang], "feeling": "angry"})
    return next(c for c in result.criteria if c.id == "no-hostility")


def test_every_language_has_three_doubts_and_three_near_misses() -> None:
    assert all(len(DOUBTS[lang]) >= 3 and len(NEAR_MISSES[lang]) >= 3 for lang in ("en", "fr"))


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in DOUBTS.items() for t in texts])
def test_the_fault_put_back_as_a_question_costs_calm(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score <= 40, (text, [e.text for e in hostility.evidence])
    assert any(e.polarity == "-" for e in hostility.evidence)


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NEAR_MISSES.items() for t in texts])
def test_our_own_doubt_or_an_offer_is_none(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score == 100, (text, [e.text for e in hostility.evidence])
