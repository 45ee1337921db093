"""Round 15: a short reply or a telegraphic line does not break a network's length limit or its register.

`platform-limits` and `platform-register` were scaled by the field's full gate (length and substance), so a short,
honest reply ("Sorry Dan. Tomorrow 8-12, confirmed.") or a telegraphic post line lost up to two thirds of both, as if
it were over the limit or off the network's codes; a reply's thinness is `platform-substance`'s reading. Both now take
the soft gate (the square root of the substance part), as charter, respect, trust and voice do; a keyword list or a
gaming field keeps the full gate, and a text over the limit still pays for it. Sentences written for these tests, in
no dev-set situation: the courier's missed deliveries (en) and the kitchen fitter's cancelled appointments (fr).
"""

from __future__ import annotations

import pytest
from scoring_kit import criterion_of, missed_appointment

SHORT = {
    "en": ["Sorry Dan. Tomorrow 8-12, confirmed.", "Dan, sorry. Fee refunded, new slot Friday.",
           "Apologies Dan. Refund sent, driver briefed.", "Sorry Dan, our mistake. Refund done."],
    "fr": ["Léa, pardon. Poseur lundi 9 h, confirmé.", "Léa, désolés. Lundi 9 h, frais remboursés.",
           "Pardon Léa. Frais de déplacement remboursés.", "Léa, pardon pour ces annulations. Lundi 9 h."],
}
KEYWORDS = {"en": "delivery missed sorry refund tomorrow", "fr": "livraison ratée désolé remboursement lundi"}
LONG = {
    "en": "Dan, I'm so sorry: three missed deliveries and three days off work is not acceptable, and I understand why "
          "you are furious. I've rebooked your parcel for tomorrow between 8am and noon, first on the driver's list, "
          "and I've asked the depot to call you when it leaves. We are also refunding the delivery fee today.",
    "fr": "Léa, toutes nos excuses : trois rendez-vous annulés la veille et trois jours de congé perdus, ce n'est pas "
          "acceptable et je comprends votre colère. Notre poseur vient lundi à 9 h, c'est confirmé par l'atelier, et "
          "nous vous remboursons dès aujourd'hui les frais de déplacement ainsi qu'une journée de congé perdue.",
}


@pytest.mark.parametrize("platform", ["facebook", "linkedin", "x"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_short_honest_reply_keeps_most_of_the_networks_limits_and_register(lang: str, platform: str) -> None:
    for text in SHORT[lang]:
        result = missed_appointment(lang, text, platform)
        assert criterion_of(result, "platform-limits").score >= 60, text
        assert criterion_of(result, "platform-register").score >= 60, text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_keyword_list_keeps_the_full_gate_and_a_reply_over_xs_limit_still_pays(lang: str) -> None:
    keywords = missed_appointment(lang, KEYWORDS[lang], "facebook")
    assert criterion_of(keywords, "platform-limits").score == 0
    assert criterion_of(keywords, "platform-register").score == 0
    over = missed_appointment(lang, LONG[lang], "x")
    assert criterion_of(over, "platform-limits").score <= 50
    assert criterion_of(over, "platform-limits").missing == ["≤ 280"]
