# ruff: noqa: E501  (test replies are long literal strings)
"""Communication patterns found on the tuning split's misordered pairs (issue 11, round 3), each tested on a situation
and replies written for this file, fr and en, not taken from the development set or the library."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q

THREAD = {
    "en": [{"author": "Olga", "text": "Booked one night at Harbourview and got charged three times on my card. 540 euros gone. Hello??"}],
    "fr": [{"author": "Olga", "text": "J'ai réservé une nuit au Harbourview et j'ai été débitée trois fois. 540 euros envolés. Allô ??"}],
}
EXPECT = {
    "en": {"person": "Olga", "facts": [["charged", "three times"], ["540"], ["card"]], "teams": ["billing"], "private": True},
    "fr": {"person": "Olga", "facts": [["débitée", "trois fois"], ["540"], ["carte"]], "teams": ["billing"], "private": True},
}
STOCK = {"en": "Thank you for your feedback, Olga. We have passed this on to the relevant team.",
         "fr": "Merci pour votre retour, Olga. Nous avons transmis à l'équipe concernée."}
PRECISE = {"en": "Olga, being charged three times for one night is not ok, sorry. Billing is refunding the two extra charges today: DM us your booking number.",
           "fr": "Olga, être débitée trois fois pour une nuit, ce n'est pas normal, désolés. La facturation rembourse les deux débits en trop aujourd'hui : envoyez-nous votre numéro de réservation en MP."}
PRECISE_NOTE = {"en": "Billing team: guest Olga charged three times for one night (540 euros on her card), public thread on Facebook. Please refund the two extra charges today and confirm to me by 3pm; I'm answering her meanwhile.",
                "fr": "Équipe facturation : la cliente Olga a été débitée trois fois pour une nuit (540 euros sur sa carte), fil public sur Facebook. Merci de rembourser les deux débits en trop aujourd'hui et de me confirmer avant 15 h ; je lui réponds en attendant."}
VAGUE_NOTE = {"en": "Billing: can someone look at this?", "fr": "Facturation : quelqu'un peut regarder ?"}


def _communication(lang: str, public: str, note: str) -> int:
    result = score_line(lang=lang, platform="facebook", rubric="internal-note", thread=THREAD[lang], expect=EXPECT[lang],
                        qualities=["communication", "teamwork"], reply={"public": public, "internal_note": note})
    return result.scores[Q.communication]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_facts_handed_over_in_the_note_count_in_communication(lang: str) -> None:
    assert _communication(lang, STOCK[lang], PRECISE_NOTE[lang]) > _communication(lang, STOCK[lang], VAGUE_NOTE[lang])


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_facts_told_to_the_person_still_count_more_than_a_note(lang: str) -> None:
    assert _communication(lang, PRECISE[lang], VAGUE_NOTE[lang]) > _communication(lang, STOCK[lang], PRECISE_NOTE[lang])
