# ruff: noqa: E501  (test replies are long literal strings)
"""A claim quoted to be discussed is mentioned, not made (issue 11, round 7): a reply that owned its label's
« 100 % » ("Notre « 100 % » prête à confusion, on corrige la boîte", graded 88) lost trust as if it promised 100 %.
A promise word or a "100 %" inside a quotation (the label, the ad, the badge, the customer's words) costs no trust;
the same words said by the reply still do. Sentences written for this file, fr and en, in other situations than the
development set's."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREAD = {"en": [{"author": "Bea Marsh", "text": "Your 'waterproof' jacket soaked through in ten minutes of drizzle. The tag says 100% waterproof!"}],
          "fr": [{"author": "Bea Marsh", "text": "Votre veste « imperméable » a pris l'eau en dix minutes de bruine. L'étiquette dit 100 % imperméable !"}]}

MENTIONED = [
    ("en", "Bea, you're right: the \"100% waterproof\" on that tag goes too far, and we're rewording it this week."),
    ("en", "Bea, fair point. Our “guaranteed dry” badge was wrong for drizzle that long, so we've taken it off the page."),
    ("en", "Bea, I'm sorry: the ‘never again soaked’ line in our ad oversold the jacket. Could you DM us your order?"),
    ("fr", "Bea, vous avez raison : notre « 100 % imperméable » ne vaut que pour la toile, on corrige l'étiquette."),
    ("fr", "Bea, le « garanti au sec » de notre affiche était de trop, nous le retirons dès aujourd'hui."),
    ("fr", "Bea, désolés : le « 100 % étanche, c'est promis » de la pub ne tenait pas compte des coutures. Écrivez-nous en privé ?"),
]
MADE = [  # near-misses: the reply itself promises
    ("en", "Bea, our jackets are 100% waterproof, guaranteed, so it must be the way it was washed."),
    ("en", "Bea, send it back and the new one will keep you dry, I promise, never again soaked!"),
    ("fr", "Bea, nos vestes sont garanties 100 % imperméables, c'est promis."),
    ("fr", "Bea, renvoyez-la : la nouvelle vous gardera au sec, ça n'arrivera plus jamais, « croix de bois »."),
]


def _costs(lang: str, text: str) -> list[str]:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], expect={"person": "Bea"}, reply=text)
    return [e.text for c in result.criteria if c.id == "trust" for e in c.evidence if e.polarity == "-"]


@pytest.mark.parametrize(("lang", "text"), MENTIONED)
def test_a_quoted_claim_costs_no_trust(lang: str, text: str) -> None:
    assert _costs(lang, text) == []


@pytest.mark.parametrize(("lang", "text"), MADE)
def test_a_promise_the_reply_makes_still_costs_trust(lang: str, text: str) -> None:
    assert _costs(lang, text)
