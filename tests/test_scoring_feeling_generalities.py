"""A feeling granted to anyone is not this person's feeling heard: "we understand that any change to your schedule can
be frustrating", "totally understand, nobody likes waiting", "nous comprenons que ce genre de contretemps puisse être
frustrant", "personne n'aime attendre" (fresh4's invoice templates, graded 10 on listening, and fresh2's backers,
graded 22, read as a feeling acknowledged). Like a feeling supposed ("may have caused some frustration"), its sentence's
acknowledgements are a supposition (``feeling-generalities.yaml``). "How frustrating it can be" names the feeling
first, and "three wasted days, I'd be furious too" hears the person. Situations written for this test (a courier's
missed deliveries, a kitchen fitter's cancelled appointments), none from the development set."""

from __future__ import annotations

import pytest
from scoring_kit import criterion_on_missed

STEP = {"en": " We're booking a fixed slot for Saturday.", "fr": " On vous rappelle pour fixer une date."}

GENERAL = [
    ("en", "Dan, we understand that any change to a delivery schedule can be frustrating."),
    ("en", "Dan, totally understand, nobody likes waiting in for a parcel."),
    ("en", "Dan, we know missed slots can be very annoying for customers."),
    ("fr", "Léa, nous comprenons que ce genre de contretemps puisse être frustrant."),
    ("fr", "Léa, on comprend, personne n'aime attendre un poseur."),
    ("fr", "Léa, nous savons qu'un report peut être très agaçant."),
]
HEARD = [
    ("en", "Dan, I can imagine how frustrating it can be to lose three days off work."),
    ("en", "Dan, three wasted days off work, I'd be furious too. We're sorry."),
    ("fr", "Léa, trois jours de congé pour rien, on comprend votre colère."),
    ("fr", "Léa, personne n'est venu trois fois de suite : c'est inacceptable, et nous sommes désolés."),
]


@pytest.mark.parametrize(("lang", "reply"), GENERAL)
def test_a_feeling_granted_to_anyone_is_not_acknowledged(lang: str, reply: str) -> None:
    score, evidence = criterion_on_missed(lang, reply + STEP[lang], "acknowledges-feeling")
    assert score == 0, evidence


@pytest.mark.parametrize(("lang", "reply"), HEARD)
def test_this_persons_feeling_is_still_heard(lang: str, reply: str) -> None:
    score, evidence = criterion_on_missed(lang, reply + STEP[lang], "acknowledges-feeling")
    assert score >= 70, evidence
