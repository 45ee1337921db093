"""Sorry that the person feels it is no apology: "sorry to hear you feel this way", "we're sorry you see it like
that", "désolés que vous le preniez ainsi", "navré que tu ressentes les choses comme ça" regret the person's reading,
not what happened (fresh4's ghosted candidate, graded 10 on listening, read as a feeling acknowledged: the empathy
lexicon's "sorry to hear" took the sentence). They join the non-apologies of the defensive lexicon, which undercut any
feeling named in their sentence; "sorry to hear about the three missed slots" or "désolés que vous ayez perdu trois
jours" still hear the person. Situations written for this test (a courier's missed deliveries, a kitchen fitter's
cancelled appointments), none from the development set."""

from __future__ import annotations

import pytest
from scoring_kit import criterion_on_missed

STEP = {"en": " We're booking a fixed slot for Saturday.", "fr": " On vous rappelle pour fixer une date."}

NON_APOLOGIES = [
    ("en", "Dan, sorry to hear you feel this way."),
    ("en", "Hi Dan, we're sorry you feel like that about our drivers."),
    ("en", "Dan, I'm sorry you see it that way."),
    ("en", "Dan, so sorry to hear you feel that way about us."),
    ("fr", "Léa, désolés que vous le preniez ainsi."),
    ("fr", "Léa, nous sommes navrés que vous le viviez comme ça."),
    ("fr", "Léa, désolée que tu ressentes les choses ainsi."),
    ("fr", "Léa, navrée que vous le perceviez de cette façon."),
]
APOLOGIES = [
    ("en", "Dan, sorry to hear about the three missed deliveries."),
    ("en", "Dan, so sorry, three wasted days off work is awful."),
    ("fr", "Léa, désolés que vous ayez perdu trois jours de congé."),
    ("fr", "Léa, nous sommes navrés pour ces trois rendez-vous annulés."),
]


@pytest.mark.parametrize(("lang", "reply"), NON_APOLOGIES)
def test_sorry_that_they_feel_it_acknowledges_nothing(lang: str, reply: str) -> None:
    score, evidence = criterion_on_missed(lang, reply + STEP[lang], "acknowledges-feeling")
    assert score == 0, evidence


@pytest.mark.parametrize(("lang", "reply"), APOLOGIES)
def test_sorry_for_what_happened_still_counts(lang: str, reply: str) -> None:
    score, evidence = criterion_on_missed(lang, reply + STEP[lang], "acknowledges-feeling")
    assert score >= 40, evidence
