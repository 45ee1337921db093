"""Two readings of listening's feeling. "Must be" acknowledges a feeling when the situation or the person is its
subject ("that must be so frustrating", "you must be fed up"), as French "ça doit être" does; a rule's "must be"
("claims must be made within 14 days") acknowledges nothing. And a blunt word for the brand's own failure beside an
apology ("Sorry Dan, that's rubbish: three missed deliveries and not one call from us") is owning it, as calm reads it,
so it does not take the apology back; the same word aimed at the person ("your complaint is rubbish") still does.
Situations written for this test (a courier's missed deliveries, a kitchen fitter's cancelled appointments), none
from the development set."""

from __future__ import annotations

import pytest
from scoring_kit import criterion_on_missed

STEP = {"en": " We're booking a fixed slot for Saturday.", "fr": " On vous rappelle pour fixer une date."}

ACKNOWLEDGED = [
    ("en", "That must be so frustrating after three days off work, Dan."),
    ("en", "You must be fed up, Dan, three days off for nothing."),
    ("en", "It must have been maddening to wait in three days running, Dan."),
    ("fr", "Léa, ça doit être épuisant de poser trois jours pour rien."),
]
RULES = [  # "must be" in a rule: no feeling is acknowledged
    ("en", "Dan, deliveries must be signed for by an adult at the address."),
    ("en", "Dan, claims must be made within 14 days of the missed slot."),
    ("en", "Dan, the parcel must be collected within seven days."),
    ("fr", "Léa, les annulations doivent être signalées 48 h avant."),
]
OWNED = [  # an apology beside a blunt verdict on the brand's own failure
    ("en", "Sorry Dan, that's rubbish: three missed deliveries and not one call from us."),
    ("en", "Sorry Dan, the driver's excuse was rubbish and we should have called you."),
    ("fr", "Pardon Léa, c'est absurde, trois jours de congé perdus à cause de nous."),
]
AIMED = [  # the same words aimed at the person take the apology back
    ("en", "Sorry Dan, but your complaint is rubbish, the driver knocked three times."),
    ("en", "Sorry Dan, but it's pathetic to moan about a parcel online."),
    ("fr", "Désolés Léa, mais c'est absurde de poser trois jours pour une livraison."),
]


def _feeling(lang: str, reply: str) -> tuple[int, list[str]]:
    return criterion_on_missed(lang, reply + STEP[lang], "acknowledges-feeling")


@pytest.mark.parametrize(("lang", "reply"), ACKNOWLEDGED)
def test_must_be_with_the_situation_or_the_person_as_subject_acknowledges(lang: str, reply: str) -> None:
    score, evidence = _feeling(lang, reply)
    assert score >= 70, evidence


@pytest.mark.parametrize(("lang", "reply"), RULES)
def test_must_be_in_a_rule_acknowledges_nothing(lang: str, reply: str) -> None:
    score, evidence = _feeling(lang, reply)
    assert score == 0, evidence


@pytest.mark.parametrize(("lang", "reply"), OWNED)
def test_a_blunt_verdict_on_our_own_failure_keeps_the_apology(lang: str, reply: str) -> None:
    score, evidence = _feeling(lang, reply)
    assert score >= 40, evidence


@pytest.mark.parametrize(("lang", "reply"), AIMED)
def test_the_same_verdict_aimed_at_the_person_takes_the_apology_back(lang: str, reply: str) -> None:
    score, evidence = _feeling(lang, reply)
    assert score == 0, evidence
