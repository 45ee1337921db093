"""A verdict on the brand's own failure after an apology (round 6): "Callum, sorry, that's rubbish: no reminder and a
cancel button that loops" owns the failure in plain words; the verdict word ("rubbish", "ridicule", "shameful") is
contempt only when it is not the brand judging itself. Verdicts are the contempt and judgement lexicons' words; an
insult ("pathetic", "nul", "minable" are in the insults lexicons too) stays a jab. Read from the sentence's shape: an
apology before the verdict in the same sentence, with no contrast between ("sorry, but that's nonsense" turns it
against the person).

Named from a misordered calm pair of the tuning split (a yoga app's renewal, graded 85, scored 41). The sentences below
are written for a hotel's lost booking, in French and English, with near-misses that keep the jab (a contrast after the
apology, the apology after the verdict or in another sentence).
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.result import CriterionResult

THREAD = {
    "en": [{"author": "Maya", "text": "You lost my booking on my wedding night. Three calls, nobody knows anything."}],
    "fr": [{"author": "Maya", "text": "Vous avez perdu ma réservation le soir de mon mariage. Trois appels, personne "
                                      "ne sait rien."}],
}


def _hostility(lang: str, text: str) -> CriterionResult:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=text,
                        brand={"name": "Hôtel Brisant", "handle": "@brisant"}, expect={"person": "Maya"})
    return next(c for c in result.criteria if c.id == "no-hostility")


OWNING = [
    ("en", "Maya, sorry, that's laughable on our part: the booking should never have vanished."),
    ("en", "I'm sorry, Maya, that's ridiculous: three calls and nobody found your room."),
    ("en", "Apologies Maya, that's shameful, and the room is now confirmed."),
    ("en", "Sorry Maya, honestly that's rubbish service and we're fixing it now."),
    ("en", "So sorry, Maya, losing a booking on your wedding night is a disgrace."),
    ("en", "We're sorry, Maya, it's absurd that three calls got you nowhere."),
    ("fr", "Désolés Maya, c'est lamentable de notre part : la réservation n'aurait jamais dû disparaître."),
    ("fr", "Pardon Maya, c'est grotesque : trois appels et personne n'a retrouvé votre chambre."),
    ("fr", "Toutes nos excuses, Maya, c'est honteux, et la chambre est maintenant confirmée."),
    ("fr", "Désolée Maya, franchement c'est absurde comme service, on corrige tout de suite."),
    ("fr", "Nous sommes désolés, Maya, perdre une réservation le soir de votre mariage, c'est scandaleux."),
    ("fr", "Je suis désolé, Maya, c'est ridicule, trois appels pour rien."),
]
STILL_JABS = [
    ("en", "Sorry Maya, but that's nonsense: the booking was never made."),
    ("en", "Maya, your review is rubbish, sorry."),
    ("en", "That's ridiculous, Maya. Sorry, we can't find any booking."),
    ("fr", "Désolés Maya, mais c'est ridicule : la réservation n'a jamais été faite."),
    ("fr", "Maya, votre avis est ridicule, désolés."),
    ("fr", "C'est lamentable, Maya. Désolés, nous ne trouvons aucune réservation."),
]


@pytest.mark.parametrize(("lang", "text"), OWNING)
def test_a_verdict_on_our_own_failure_after_an_apology_owns_it(lang: str, text: str) -> None:
    assert _hostility(lang, text).score == 100, (text, [e.text for e in _hostility(lang, text).evidence])


@pytest.mark.parametrize(("lang", "text"), STILL_JABS)
def test_a_verdict_before_the_apology_or_after_a_but_is_still_a_jab(lang: str, text: str) -> None:
    assert _hostility(lang, text).score <= 40, text
