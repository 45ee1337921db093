"""A silver lining by its shape (round 8): "at least" / "au moins" opening a clause that goes on to speak of the person
("at least all that frustration keeps you warm", "au moins, avec tout ce stress, tu n'as pas besoin de café") is mock
consolation whatever words follow the cue. The consolation lexicon knew "at least you", "au moins ta" and their like:
a lining that put a word between the cue and the person ("at least all that", "au moins, avec") went unread, and
round 7 left two such sentences as a strict xfail.

The reading: "at least" / "au moins" at the start of a sentence or after a pause, and a word of the person (you, your;
tu, ton, vous, vos) within the next six words of the same sentence. What makes it mock consolation is read as before:
only to someone upset, in a reply that neither apologises, owns the fault nor names the feeling outside the joke.
"At least" inside a clause ("could you at least send the number") is a minimum, and a lining that speaks of the brand
or the outcome ("at least the refund has gone out") is news, not a joke at the person's expense.

Written for situations the dev set does not have (a cancelled gig, a broken washing machine), in French and English.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.result import CriterionResult

THREAD = {
    "en": [{"author": "Leo", "text": "Gig cancelled an hour before doors, I'd driven three hours. Absolutely fuming."}],
    "fr": [{"author": "Inès", "text": "Lave-linge livré il y a dix jours, déjà en panne. Je lave tout à la main, je "
                                     "suis à bout."}],
}
PERSON = {"en": "Leo", "fr": "Inès"}
BRAND = {"en": {"name": "Northline Live", "handle": "@northlinelive"},
         "fr": {"name": "ÉlectroDom", "handle": "@electrodom"}}
LININGS = {
    "en": ["At least all that driving gave you time for a good playlist, Leo 😅",
           "Well, at least after three hours on the road you know the way now.",
           "Leo, at least with the gig off, your Saturday night is free 😉"],
    "fr": ["Au moins, avec tout ce linge à la main, vous faites du sport 😅",
           "Inès, au moins en lavant à la main, tes vêtements durent plus longtemps.",
           "Au moins, comme ça, vous économisez l'électricité 😉"],
}
NEAR_MISSES = {
    "en": ["Leo, could you at least send us your booking number so we can refund the fuel?",
           "At least the refund has already gone out, Leo, and we'll cover your fuel too.",
           "Leo, I'm sorry: at least let us pay for the petrol, it's the least we owe you."],
    "fr": ["Inès, pouvez-vous au moins nous envoyer votre numéro de commande ?",
           "Au moins le technicien est déjà planifié pour demain matin, Inès.",
           "Désolés Inès. Au moins, laissez-nous vous prêter une machine en attendant."],
}


def _hostility(lang: str, text: str) -> CriterionResult:
    result = score_line(lang=lang, platform="x", thread=THREAD[lang], reply=text, brand=BRAND[lang],
                        expect={"person": PERSON[lang], "feeling": "furious"})
    return next(c for c in result.criteria if c.id == "no-hostility")


def test_every_language_has_three_linings_and_three_near_misses() -> None:
    assert all(len(LININGS[lang]) >= 3 and len(NEAR_MISSES[lang]) >= 3 for lang in ("en", "fr"))


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in LININGS.items() for t in texts])
def test_a_silver_lining_read_by_its_shape_is_mock_consolation(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score <= 40, (text, [e.text for e in hostility.evidence])
    assert any(e.polarity == "-" for e in hostility.evidence)


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NEAR_MISSES.items() for t in texts])
def test_a_minimum_or_news_is_no_silver_lining(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score == 100, (text, [e.text for e in hostility.evidence])
