"""Mock consolation (round 6): a silver lining or a wink offered to someone upset instead of care ("at least you got
some shopping in 😉", "voyez le bon côté : neuf heures, parfait pour finir un livre") makes light of what they went
through. Read only when the person is upset and the reply neither apologises, owns the fault nor names the feeling: a
joke beside an apology is warmth ("Touché 😅 … on est désolés", graded 92), a joke instead of one is mockery.

Named from misordered calm pairs of the tuning split (a gym's direct debits, a yoga app's renewal, a regional train).
The sentences below are written for a cancelled flight, in French and English, with near-misses that use the same
cues beside an apology, or that console a happy customer, and must not fire.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import CriterionResult, StepResult

THREAD = {
    "en": [{"author": "Ana", "text": "Flight cancelled, stuck at the airport for nine hours. Disgraceful."}],
    "fr": [{"author": "Jules", "text": "Vol annulé, neuf heures bloqué à l'aéroport. Scandaleux."}],
}
PERSON = {"en": "Ana", "fr": "Jules"}
HONEST = {
    "en": "Ana, we're checking the next seat we can give you and will reply here within the hour.",
    "fr": "Jules, nous cherchons la prochaine place disponible et revenons vers vous ici dans l'heure.",
}


def _score(lang: str, text: str, thread: list[dict[str, str]] | None = None) -> StepResult:
    return score_line(lang=lang, platform="x", thread=thread or THREAD[lang], reply=text,
                      brand={"name": "Skylo", "handle": "@skylo"}, expect={"person": PERSON[lang]})


def _hostility(lang: str, text: str) -> CriterionResult:
    return next(c for c in _score(lang, text).criteria if c.id == "no-hostility")


MOCKING = {
    "en": ["At least you got some duty-free shopping in, Ana 😉 DM us your booking reference.",
           "Look on the bright side, Ana: nine hours is plenty of time to finish a book.",
           "Ana, think of it as a free tour of the terminal 😅",
           "Perfect chance to catch up on sleep, Ana! Our desk opens at 6.",
           "Every cloud has a silver lining, Ana: more air miles for you.",
           "Ana, the new departure is at 7am tomorrow 😜"],
    "fr": ["Au moins tu as eu le temps de faire du shopping, Jules 😉",
           "Voyez le bon côté des choses, Jules : neuf heures, c'est parfait pour finir un livre.",
           "Jules, considère ça comme une visite gratuite de l'aéroport 😅",
           "L'occasion rêvée de rattraper ton sommeil, Jules !",
           "Au moins, vous avez eu le temps de découvrir notre terminal, Jules.",
           "Profitez-en pour découvrir les boutiques du terminal, Jules 😉"],
}
NEAR_MISSES = {
    "en": ["At least let us cover your hotel tonight, Ana, and I'm sorry for the nine hours.",
           "We're so sorry, Ana 😅 nine hours is awful, we're rebooking you now.",
           "I'm sorry, Ana. At least the rebooking is done: seat 14C at 7am.",
           "Ana, that's on us 😬 and on the bright side your refund is already through."],
    "fr": ["Au moins, laissez-nous vous offrir l'hôtel ce soir, Jules, et pardon pour ces neuf heures.",
           "Désolés Jules 😅 neuf heures, c'est beaucoup trop, on vous replace sur le vol de 7 h.",
           "Pardon pour l'attente, Jules. Bonne nouvelle au moins : vous êtes sur le vol de 7 h.",
           "Jules, on comprend votre colère 😉 le vol de 7 h vous attend."],
}
HAPPY = {
    "en": [{"author": "Ana", "text": "Landed early and the crew were lovely, thanks Skylo!"}],
    "fr": [{"author": "Jules", "text": "Atterri en avance et l'équipage était adorable, merci Skylo !"}],
}
TO_A_FAN = {"en": "Look on the bright side, Ana: an early landing means more time at the beach 😉",
            "fr": "Au moins, vous aurez plus de temps à la plage, Jules 😉"}


def test_every_language_has_six_sentences_and_three_near_misses() -> None:
    assert all(len(MOCKING[lang]) >= 6 and len(NEAR_MISSES[lang]) >= 3 for lang in ("en", "fr"))


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in MOCKING.items() for t in texts])
def test_mock_consolation_to_someone_upset_costs_calm(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score <= 40, text
    assert any(e.polarity == "-" for e in hostility.evidence)
    assert _score(lang, text).scores[Q.calm] < _score(lang, HONEST[lang]).scores[Q.calm]


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NEAR_MISSES.items() for t in texts])
def test_a_joke_beside_an_apology_is_no_mockery(lang: str, text: str) -> None:
    assert _hostility(lang, text).score == 100, text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_bright_side_for_a_happy_customer_is_no_mockery(lang: str) -> None:
    result = _score(lang, TO_A_FAN[lang], HAPPY[lang])
    assert next(c for c in result.criteria if c.id == "no-hostility").score == 100


@pytest.mark.parametrize(("lang", "text"), [("en", "Ana, check out our special offer: 30% off summer fares 😉"),
                                            ("fr", "Jules, tu as vu notre offre à -30 % sur les vols d'été ? 😉")])
def test_a_wink_at_a_pitch_is_priced_once_as_selling(lang: str, text: str) -> None:
    """Selling to someone upset already costs calm; the wink closing the pitch is part of it (one act, one price)."""
    plain = text.replace(" 😉", "")
    assert _hostility(lang, text).score == _hostility(lang, plain).score < 100
