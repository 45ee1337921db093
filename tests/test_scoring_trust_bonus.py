# ruff: noqa: E501  (test replies are long literal strings)
"""Trust: a windfall's gift may be said by the words "on top", "as a bonus", "en prime", "en bonus" alone ("on vous
rembourse le train en prime", graded 20 and scored 78: the refund was read, the gift on top was not). With a payout in a
public reply that asks for nothing, the pile is a windfall (see ``giveaways.windfalls``, round 5). Tested on a situation
and replies written for this file (a cancelled hotel night), fr and en, with near-misses: the same words asking first,
under a condition, beside no payout, or in another sense ("on top of the wardrobe", "la prime d'assurance") (issue 11,
round 8)."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREAD = {"en": [{"author": "Omar", "text": "You cancelled my hotel night at 11pm by email. I slept at the station. Unbelievable."}],
          "fr": [{"author": "Omar", "text": "Vous avez annulé ma nuit d'hôtel à 23 h par mail. J'ai dormi à la gare. Incroyable."}]}

BONUS = [
    ("en", "Omar, that's unacceptable. We're refunding the night and adding a free dinner on top."),
    ("en", "Omar, so sorry! Your night is refunded, with a spa pass as a bonus."),
    ("en", "Omar, we'll reimburse the room and the train home, and an upgrade on top of that."),
    ("fr", "Omar, c'est inadmissible : on vous rembourse la nuit et le dîner en prime."),
    ("fr", "Omar, toutes nos excuses, votre nuit est remboursée avec un accès au spa en bonus."),
    ("fr", "Omar, nous vous remboursons la chambre, et le taxi par-dessus le marché."),
    # the idiom beside a real pile still costs (review 8, item 3)
    ("en", "Omar, we're on top of it: the night is refunded and a dinner is on the house."),
    ("fr", "Omar, on s'en occupe : on vous rembourse la nuit et le petit-déjeuner en prime."),
]
NOT_BONUS = [  # near-misses: asked first, conditional, no payout, another sense of the words
    ("en", "Omar, could you DM us your booking number? We'll refund the night and look at a dinner on top."),
    ("en", "Omar, if the cancellation came from us, we'll refund the night: send us the email by private message."),
    ("en", "Omar, sorry. Your keys were found on top of the wardrobe in room 12, they're at reception."),
    ("fr", "Omar, pouvez-vous nous envoyer votre numéro de réservation en MP ? Nous regardons le remboursement et un geste en prime."),
    ("fr", "Omar, désolés. Le montant de votre prime d'assurance voyage ne change pas, nous vous remboursons la nuit."),
    ("fr", "Omar, on a retrouvé votre écharpe, elle vous attend à l'accueil en bonus de votre valise."),
    # the idiom "on top of it/things/that" is being on it, not a gift (review 8, item 3)
    ("en", "Omar, that's not the room you booked. We're on top of it: the difference is refunded today."),
    ("en", "Omar, sorry about last night. We are on top of things now and your night is refunded in full."),
    ("en", "Omar, the night is refunded and we'll stay on top of that booking system until it's fixed."),
    ("fr", "Omar, en prime de la fatigue vous avez dû payer le taxi : nous vous remboursons la nuit."),
]


def _trust(lang: str, reply: str) -> int:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], expect={"person": "Omar"}, reply=reply)
    return next(c.score for c in result.criteria if c.id == "trust")


@pytest.mark.parametrize(("lang", "reply"), BONUS)
def test_a_payout_and_a_gift_on_top_granted_blind_break_trust(lang: str, reply: str) -> None:
    assert _trust(lang, reply) <= 50


@pytest.mark.parametrize(("lang", "reply"), NOT_BONUS)
def test_on_top_asked_first_conditional_alone_or_in_another_sense_keeps_trust(lang: str, reply: str) -> None:
    assert _trust(lang, reply) >= 95
