# ruff: noqa: E501  (test replies are long literal strings)
"""Three shapes of a person's private detail the disclosure reading missed (issue 11, round 7): a reference whose
number carries a letter prefix ("order PL-448213", "réservation HER-0614"), a street whose word is also a common word
and is written as a name ("12 Orchard Rise", "7 Larch Close"), and a card named by its network ("Visa ending 4421",
"carte Visa terminée par 2217"). Replies that wrote an order, an address and a card out in public, graded 8-10, kept
all their trust. Sentences written for this file, fr and en, in other situations than the development set's; the
near-misses (a count before a common word, a product code, a week ending, the brand's own venue) must not fire."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREAD = {"en": [{"author": "Nadia Brooks", "text": "Three weeks and still no refund for the broken kettle. Anyone there?"}],
          "fr": [{"author": "Nadia Brooks", "text": "Trois semaines et toujours pas de remboursement pour la bouilloire cassée. Il y a quelqu'un ?"}]}

DISCLOSED = [
    ("en", "Nadia, I can see your booking BK-20417 and I've moved the refund up the queue."),
    ("en", "Nadia, your policy HX-009185 covers the kettle, so the refund goes out today."),
    ("en", "Nadia, the courier will collect the kettle from 4 Kestrel Rise on Friday."),
    ("en", "Nadia, the replacement is on its way to 18 Old Mill Way."),
    ("en", "Nadia, I've sent the £34 back to your Mastercard ending 0917 just now."),
    ("fr", "Nadia, votre dossier SIN-55821 est validé, le remboursement part aujourd'hui."),
    ("fr", "Nadia, j'ai retrouvé la commande CMD-771204 et relancé le remboursement."),
    ("fr", "Nadia, les 34 € partent aujourd'hui sur votre carte Visa terminée par 2217."),
]
KEPT = [  # near-misses: nothing here is a person's private detail
    ("en", "Nadia, we had 12 close calls with couriers this winter, and yours is next in line for a refund."),
    ("en", "Nadia, the XR-2000 kettles had a faulty switch, so the refund is automatic."),
    ("en", "Nadia, refunds for the week ending 14 March go out today, yours included."),
    ("en", "Nadia, you're welcome to bring it to our shop at 2 Quay Walk if that's easier."),
    ("en", "Nadia, our '3 Close Calls' newsletter explains the delay; your refund is on its way."),
    ("fr", "Nadia, le modèle KB-2020 avait un défaut, le remboursement est automatique."),
    ("fr", "Nadia, les remboursements de la semaine terminée le 14 mars partent aujourd'hui."),
]


def _broken(lang: str, text: str) -> list[str]:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], expect={"person": "Nadia"}, reply=text)
    return [e.text for c in result.criteria if c.id == "trust" for e in c.evidence if e.polarity == "-"]


@pytest.mark.parametrize(("lang", "text"), DISCLOSED)
def test_a_private_detail_of_these_shapes_breaks_trust(lang: str, text: str) -> None:
    assert _broken(lang, text)


@pytest.mark.parametrize(("lang", "text"), KEPT)
def test_near_misses_keep_trust(lang: str, text: str) -> None:
    assert _broken(lang, text) == []
