"""A step offered after a request to write to an e-mail address: "could you email care@… with your parcel number so we
can book a fixed slot?" offers the step the person gets once they write, as "DM us so we can…" does (round 7's
purpose reading, which knew only the private-channel words). The address's dots cut the sentence in two, so the clause
is read back to the last true sentence end. Asking for details in public "so we can…" stays no step, and so does an
address given in an earlier sentence. Situations written for this test (a courier's missed deliveries, a kitchen
fitter's cancelled appointments), none from the development set."""

from __future__ import annotations

import pytest
from scoring_kit import criterion_on_missed

OPENING = {"en": "Dan, three days off work for nothing is not acceptable and we're sorry. ",
           "fr": "Léa, trois jours de congé pour rien, c'est inacceptable et nous en sommes désolés. "}

OFFERED = [
    ("en", "Could you email care@swiftparcel.co.uk with your parcel number so we can book a fixed slot?"),
    ("en", "Would you write to help@swiftparcel.com with the three dates so that we can sort out your fees?"),
    ("fr", "Pouvez-vous écrire à sav@cuisines-durand.fr avec votre numéro de dossier afin que nous puissions vous "
           "proposer une date ?"),
    ("fr", "Pourriez-vous envoyer vos photos à contact@cuisines-durand.fr pour qu'on puisse organiser la pose ?"),
]
NOT_OFFERED = [
    ("en", "Could you post your parcel number here so we can book a fixed slot?"),
    ("en", "Our team reads care@swiftparcel.co.uk every day. Could you post your parcel number here so we can book a "
           "fixed slot?"),
    ("fr", "Pouvez-vous nous donner votre adresse e-mail afin que nous puissions vous proposer une date ?"),
    ("fr", "Notre adresse est sav@cuisines-durand.fr. Pouvez-vous indiquer votre numéro ici pour qu'on puisse "
           "organiser la pose ?"),
]


def _next_step(lang: str, reply: str) -> tuple[int, list[str]]:
    return criterion_on_missed(lang, OPENING[lang] + reply, "next-step")


@pytest.mark.parametrize(("lang", "reply"), OFFERED)
def test_a_step_after_a_request_to_write_to_an_address_is_offered(lang: str, reply: str) -> None:
    score, evidence = _next_step(lang, reply)
    assert score >= 50 and evidence, evidence


@pytest.mark.parametrize(("lang", "reply"), NOT_OFFERED)
def test_details_asked_in_public_or_an_address_given_before_offer_nothing(lang: str, reply: str) -> None:
    score, evidence = _next_step(lang, reply)
    assert score == 0, evidence
