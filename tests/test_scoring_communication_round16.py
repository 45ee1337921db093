# ruff: noqa: E501  (test replies are long literal strings)
"""Communication, round 16: a jab in a reply that owns the problem (an apology, the feeling named) and shows a way
forward (a step, a private channel) is a slip in a reply that does its job: hand graders put such replies over a civil
stock reply and under the same reply without the jab. Threads and replies written for this file (a hotel room, a
cancelled dance course: no dev-set situation), fr and en, with near-misses that must not be excused: no apology, no way
forward, an apology the jab takes back in its sentence, a non-apology."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.result import StepResult

THREADS = {
    "en": [{"author": "Daniel", "text": "Booked a sea-view room at your Brighton hotel for our anniversary and got a room facing the car park. Nobody at reception cared. Disgraceful, I want my money back."}],
    "fr": [{"author": "Hélène", "text": "Le stage de danse de ma fille a été annulé la veille et personne ne nous a prévenus. On avait payé 180 €. C'est honteux, je veux être remboursée."}],
}
BRANDS = {"en": {"name": "Harbourline Hotels", "handle": "@harbourline"}, "fr": {"name": "Studio Cadence", "handle": "@studiocadence"}}
PERSONS = {"en": "Daniel", "fr": "Hélène"}
STOCK = {  # civil and empty: graders put such replies at 15-40 on communication
    "en": "Sorry for the inconvenience, Daniel. Please contact our reservations team.",
    "fr": "Hélène, nous sommes désolés pour la gêne occasionnée. Merci de contacter notre accueil.",
}
CIVIL = {  # the job done without the jab
    "en": "Daniel, a car-park view on your anniversary isn't what you booked, and I'm sorry. DM me your booking reference and I'll look at a refund for the difference.",
    "fr": "Hélène, un stage annulé la veille sans prévenir, c'est inacceptable, je suis désolée. Écrivez-nous en MP et on vous rembourse les 180 €.",
}
SLIPS = {  # owned, a way forward, and a jab
    "en": [
        "Daniel, I'm sorry the room wasn't what you booked. Obviously you didn't read the small print, like everyone else. DM me your reference and I'll check with Brighton.",
        "Sorry Daniel, that's not the room you paid for. Honestly, some guests expect a palace for the price of a B&B, what a surprise. Send us a private message with your booking number and we'll sort it.",
        "Daniel, I understand how disappointing that must have been. Wow, a whole review about a parking view, impressive. Message us your booking number and we'll check what happened.",
        "Daniel, I'm so sorry about the view on your anniversary. Did you even read the booking page? Obviously not. Send me a DM with your reference and I'll see what I can do.",
    ],
    "fr": [
        "Hélène, toutes nos excuses pour ce stage annulé. Vous auriez dû vérifier le planning en ligne, c'est pourtant simple. Écrivez-nous en MP.",
        "Hélène, désolée pour votre fille. Merci pour ce magnifique avis, toujours aussi nuancé. Envoyez-nous votre numéro d'inscription en MP, on regarde.",
        "Je comprends votre déception, Hélène. Franchement, encore une maman qui ne lit pas ses mails, quelle surprise. Contactez-nous en message privé et on vous rembourse.",
        "Hélène, un stage annulé la veille, je suis désolée. Évidemment, vous n'avez pas lu nos mails, comme tout le monde. Écrivez-nous en MP avec votre numéro d'inscription.",
    ],
}
NOT_EXCUSED = {  # no way forward, nothing owned, the apology taken back in the jab's sentence, a non-apology
    "en": [
        "Sorry, Daniel. Obviously you didn't read the small print, like everyone else who complains here.",
        "Daniel, obviously you didn't read the small print, like everyone else. DM us your booking reference.",
        "Sorry if you didn't bother reading the small print, Daniel. DM us your reference.",
        "Sorry Daniel, but obviously you didn't read the small print, like everyone else. DM us your reference.",
    ],
    "fr": [
        "Désolée Hélène. Vous auriez dû lire nos mails, c'est pourtant simple.",
        "Hélène, vous auriez dû lire nos mails, c'est pourtant simple. Écrivez-nous en MP.",
        "Désolés si vous n'avez pas pris la peine de lire nos mails, Hélène. Écrivez-nous en MP.",
        "Désolée Hélène, mais vous auriez dû lire nos mails, c'est pourtant simple. Écrivez-nous en MP.",
    ],
}


def _score(lang: str, text: str) -> StepResult:
    return score_line(lang=lang, platform="facebook", thread=THREADS[lang], reply=text, brand=BRANDS[lang],
                      expect={"person": PERSONS[lang]})


def _respect(result: StepResult) -> tuple[int, list[str]]:
    """Respect's score and the words it credits (the owning words of an excused jab)."""
    found = next(c for c in result.criteria if c.id == "respect")
    return found.score, [e.text for e in found.evidence if e.polarity == "+"]


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in SLIPS.items() for t in texts])
def test_a_jab_in_a_reply_that_owns_and_shows_a_way_forward_sits_between_stock_and_civil(lang: str, text: str) -> None:
    result = _score(lang, text)
    score, owned = _respect(result)
    assert owned and score < 40, text  # still a jab: respect stays under one blame's mark
    communication = result.scores["communication"]
    assert _score(lang, STOCK[lang]).scores["communication"] < communication < _score(lang, CIVIL[lang]).scores["communication"], text


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NOT_EXCUSED.items() for t in texts])
def test_a_jab_without_apology_or_way_forward_or_with_the_apology_taken_back_is_not_excused(lang: str, text: str) -> None:
    score, owned = _respect(_score(lang, text))
    assert not owned and score <= 60, text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_civil_replies_read_no_jab(lang: str) -> None:
    for text in (STOCK[lang], CIVIL[lang]):
        assert _respect(_score(lang, text)) == (100, []), text
