# ruff: noqa: E501  (test replies are long literal strings)
"""A run of hashtags in a reply to a person reads as a post pasted under them, not the brand's voice (issue 11,
round 4): each hashtag past the first costs the charter; one tag, a post's hashtags and an order number ("#4412") cost
nothing. Sentences written for this file, fr and en."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREAD = {"en": [{"author": "Hugo", "text": "My espresso machine leaks from the bottom since Monday. What do I do?"}],
          "fr": [{"author": "Hugo", "text": "Ma machine à espresso fuit par le dessous depuis lundi. Je fais quoi ?"}]}

TAGGED = [  # (lang, reply with a run of hashtags, the same reply without them)
    ("en", "Hugo, sorry about the leak! Send us your order number by DM and we'll swap the machine this week. #CoffeeLovers #Espresso #BaristaLife",
     "Hugo, sorry about the leak! Send us your order number by DM and we'll swap the machine this week."),
    ("en", "Hugo, check the drip tray seal first, it often slips after a descale. #CoffeeTips #HomeBarista #MondayMood #Espresso",
     "Hugo, check the drip tray seal first, it often slips after a descale."),
    ("en", "#CustomerCare #WeHearYou Hugo, a leak from the bottom is usually the pump seal: DM us and we'll sort a repair.",
     "Hugo, a leak from the bottom is usually the pump seal: DM us and we'll sort a repair."),
    ("fr", "Hugo, désolés pour la fuite ! Envoyez-nous votre numéro de commande en MP, on échange la machine cette semaine. #CaféLovers #Espresso #Barista",
     "Hugo, désolés pour la fuite ! Envoyez-nous votre numéro de commande en MP, on échange la machine cette semaine."),
    ("fr", "Hugo, vérifiez d'abord le joint du bac, il glisse souvent après un détartrage. #AstuceCafé #Barista #LundiCafé #Espresso",
     "Hugo, vérifiez d'abord le joint du bac, il glisse souvent après un détartrage."),
    ("fr", "#ServiceClient #OnVousEcoute Hugo, une fuite par le dessous vient souvent du joint de pompe : écrivez-nous en MP pour la réparation.",
     "Hugo, une fuite par le dessous vient souvent du joint de pompe : écrivez-nous en MP pour la réparation."),
]
NEAR_MISSES = [  # one tag or an order number: no cost
    ("en", "Hugo, your repair ticket is #4412: the courier picks the machine up on Thursday."),
    ("en", "Hugo, sorry about the leak, we'll swap it this week. #FixedNotBinned"),
    ("fr", "Hugo, votre ticket de réparation est le #4412 : le coursier passe jeudi."),
    ("fr", "Hugo, désolés pour la fuite, on l'échange cette semaine. #RéparéPasJeté"),
]


def _charter(lang: str, reply: str, rubric: str = "public-reply") -> int:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], expect={"person": "Hugo"}, rubric=rubric,
                        reply=reply)
    return next(c.score for c in result.criteria if c.id == "charter")


@pytest.mark.parametrize(("lang", "tagged", "plain"), TAGGED)
def test_a_run_of_hashtags_in_a_reply_costs_the_charter(lang: str, tagged: str, plain: str) -> None:
    assert _charter(lang, tagged) <= _charter(lang, plain) - 10


@pytest.mark.parametrize(("lang", "reply"), NEAR_MISSES)
def test_one_tag_or_an_order_number_costs_nothing(lang: str, reply: str) -> None:
    assert _charter(lang, reply) == _charter(lang, reply.replace("#", ""))
