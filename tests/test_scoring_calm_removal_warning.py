"""The removal warning (round 8): "comments mocking our staff will be removed", "please note that comments containing
offensive language may be removed in line with our community guidelines", "les commentaires insultants seront
supprimés". Said in a reply to someone upset, the warning polices how they complain before (or instead of) answering
it. Hand graders put such replies at 24–54 on calm, under civil replies that skip the warning; the scorer saw nothing.

The reading (calm's own, half the price of a tone-policing reminder): a word of the person's way of posting (comments,
posts, language, remarks; commentaires, messages, propos) and, in the same sentence, a verdict of removal (will be
removed, may be deleted; seront supprimés, pourront être masqués). What the brand removes of its own ("the posters
will be removed from every store", "la vidéo sera supprimée") is no warning, nor is a comment passed on.

Named from misordered calm pairs of sets 4 and 7 (an accounting app's YouTube channel, a hosepipe ban). The sentences
below are written for other situations (a football club's ticket sale, a bakery's order), in French and English, with
near-misses that must not fire.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import CriterionResult, StepResult

THREAD = {
    "en": [{"author": "Gaz", "text": "Queue crashed at 10:01 and every ticket was gone by 10:05. Rigged. You lot are a "
                                    "joke."}],
    "fr": [{"author": "Manon", "text": "Gâteau d'anniversaire commandé il y a 3 semaines, pas prêt à l'heure. "
                                      "Bravo les pros, anniversaire gâché."}],
}
PERSON = {"en": "Gaz", "fr": "Manon"}
BRAND = {"en": {"name": "Dockside FC", "handle": "@docksidefc"},
         "fr": {"name": "Maison Levain", "handle": "@maisonlevain"}}
HONEST = {
    "en": "Gaz, sorry: the queue failed at 10:01 and we're checking every order placed in those minutes today.",
    "fr": "Manon, toutes nos excuses pour le gâteau. Écrivez-nous en privé, nous vous remboursons la commande.",
}
WARNINGS = {
    "en": ["Gaz, comments calling our staff names will be removed. The queue reopens on Friday.",
           "Please note that posts containing abusive language may be deleted in line with our page rules.",
           "Gaz, we'll answer your question, but any further remarks like this will be hidden.",
           "Gaz, comments like yours will be removed to protect our staff."],
    "fr": ["Manon, les commentaires irrespectueux envers notre équipe seront supprimés.",
           "Nous rappelons que les messages insultants pourront être masqués sur cette page, Manon.",
           "Manon, tout propos de ce type sera supprimé. Le gâteau sera prêt demain."],
}
NEAR_MISSES = {
    "en": ["Gaz, the ticket page will be removed and rebuilt before Friday's sale; sorry for this morning.",
           "Gaz, your comment has been passed to the ticketing team, who are checking the 10:01 orders.",
           "Gaz, duplicate orders from the crash will be removed automatically and refunded within 3 days.",
           "Your post shows your booking reference, so we'll hide it to protect you",  # the review's (round 8)
           "Gaz, your comment includes your card number: we'll remove it for your security and DM you now."],
    "fr": ["Manon, l'ancienne page de commande sera supprimée : elle affichait de mauvais délais. Pardon.",
           "Manon, votre message a été transmis au chef pâtissier, qui vous appelle ce matin.",
           "Manon, les frais de commande seront supprimés de votre facture, c'est la moindre des choses.",
           "Manon, votre message montre votre numéro de téléphone, il sera masqué pour vous protéger."],
}


def _score(lang: str, text: str) -> StepResult:
    return score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=text, brand=BRAND[lang],
                      expect={"person": PERSON[lang], "feeling": "angry"})


def _hostility(lang: str, text: str) -> CriterionResult:
    return next(c for c in _score(lang, text).criteria if c.id == "no-hostility")


def test_every_language_has_three_warnings_and_three_near_misses() -> None:
    assert all(len(WARNINGS[lang]) >= 3 and len(NEAR_MISSES[lang]) >= 3 for lang in ("en", "fr"))


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in WARNINGS.items() for t in texts])
def test_a_removal_warning_polices_the_person(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score <= 70, (text, [e.text for e in hostility.evidence])
    assert any(e.polarity == "-" for e in hostility.evidence)
    assert _score(lang, text).scores[Q.calm] < _score(lang, HONEST[lang]).scores[Q.calm]


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NEAR_MISSES.items() for t in texts])
def test_what_the_brand_removes_of_its_own_is_no_warning(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score == 100, (text, [e.text for e in hostility.evidence])
