"""A number that counts something is no house number: "300 km de route" in the crisis library's expert reply was read
as a street address and cost trust (communication 33, a red flag in the report). Sentences written for this test;
real addresses still break trust."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREAD = {"fr": "La boucle du siège de ma fille s'ouvre quand je tire un peu fort. Vous attendez quoi ?",
          "en": "The buckle of my daughter's seat opens when I pull a bit. What are you waiting for?"}

QUANTITIES = {
    "fr": ["Julien, après 300 km de route avec ce siège, votre inquiétude est légitime. Écrivez-nous en privé.",
           "Julien, 300km de route avec un siège défectueux, c'est inacceptable de notre part.",
           "Julien, vous avez fait 2 h de route pour rien en magasin : nous sommes désolés."],
    "en": ["Julien, after 300 miles on the road with that seat, your worry is fair. Please DM us.",
           "Julien, 2 hours of driving to the store for nothing: we're sorry.",
           "Julien, 40 minutes on hold and then a closed lane at the depot is not acceptable."],
}
ADDRESSES = {
    "fr": ["Julien, votre nouveau siège vous attend au 12 rue des Lilas."],
    "en": ["Julien, your new seat is waiting for you at 14 Elm Road."],
}


def _trust_evidence(lang: str, text: str) -> list[str]:
    result = score_line(lang=lang, platform="facebook", thread=[{"author": "Julien Morel", "text": THREAD[lang]}],
                        reply=text, expect={"person": "Julien"})
    return [e.text for c in result.criteria if c.id == "trust" for e in c.evidence if e.polarity == "-"]


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in QUANTITIES.items() for t in ts])
def test_a_counted_quantity_is_no_address(lang: str, text: str) -> None:
    assert _trust_evidence(lang, text) == []


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in ADDRESSES.items() for t in ts])
def test_a_house_number_and_street_still_break_trust(lang: str, text: str) -> None:
    assert _trust_evidence(lang, text)
