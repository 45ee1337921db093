"""Calm, round 5: politeness markers count by kind with diminishing returns.

Named from the tuning split's misordered civil pairs: replies stacking a greeting, thanks, "please" and "feel free to"
("Dear Priya… thank you for taking the time…", "Bonjour Aurélie, merci pour ton message… N'hésite pas à nous écrire")
scored over replies that own the problem or take it on in plain words, because each marker kind added the same 10
courtesy points, and thanks counted both as a calming move and as a marker. The first kind still counts in full; each
further kind counts half the one before; thanks count once, as a move. Every sentence
here was written for this file, in other situations, fr and en, with near-misses.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import CriterionResult, StepResult
from cmsim.scoring.criteria.warmth import COURTESY_BASE, PER_MARKER

THREAD = {
    "en": [{"author": "Nadia", "text": "Third week in a row my veg box arrives with half the items missing. I pay "
                                       "for a full box, not a lucky dip."}],
    "fr": [{"author": "Nadia", "text": "Troisième semaine que mon panier de légumes arrive à moitié vide. Je paie un "
                                       "panier complet, pas une pochette surprise."}],
}


def _score(lang: str, text: str) -> StepResult:
    return score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=text,
                      brand={"name": "Potager", "handle": "@potager"}, expect={"person": "Nadia"})


def _courtesy(lang: str, text: str) -> CriterionResult:
    return next(c for c in _score(lang, text).criteria if c.id == "courtesy")


# (a reply that owns the problem or takes it on in plain words, a reply stacking politeness kinds that does neither)
WARM_OVER_STACKED = [
    ("en", "Nadia, three short boxes in a row is on us. I'm checking your last three deliveries with the packing team "
           "today.",
     "Hello Nadia, thank you so much for your message. Our boxes are packed by hand each morning from what the farms "
     "send us. Please feel free to reach out if anything else comes up."),
    ("en", "You're right, Nadia, a full box means a full box. We'll credit the missing items on your next order.",
     "Hi Nadia, thanks a lot for your comment! Each box depends on the harvest of the week, kindly note that swaps can "
     "happen. Please don't hesitate to get in touch."),
    ("en", "Nadia, that's three weeks of paying for more than you got, and that's our mistake. I'm refunding the "
           "difference.",
     "Good morning Nadia, many thanks for reaching out. Our team packs thousands of boxes a week with care. Please "
     "keep an eye on your inbox for our newsletter."),
    ("fr", "Nadia, trois paniers incomplets d'affilée, c'est notre erreur. Je vérifie vos trois dernières livraisons "
           "avec l'équipe de préparation aujourd'hui.",
     "Bonjour Nadia, merci beaucoup pour votre message. Nos paniers sont préparés à la main chaque matin selon ce que "
     "livrent les fermes. N'hésitez pas à nous écrire si besoin."),
    ("fr", "Vous avez raison, Nadia, un panier complet doit arriver complet. Nous créditons les produits manquants sur "
           "votre prochaine commande.",
     "Bonjour Nadia, merci pour votre retour ! Chaque panier dépend de la récolte de la semaine, veuillez noter que "
     "des substitutions sont possibles. N'hésitez pas à nous contacter."),
    ("fr", "Nadia, trois semaines à payer plus que ce que vous recevez, c'est notre faute. Je vous rembourse la "
           "différence.",
     "Bonsoir Nadia, un grand merci pour votre commentaire. Notre équipe prépare des milliers de paniers par semaine "
     "avec soin. Je vous invite à consulter notre newsletter, n'hésitez surtout pas."),
]


@pytest.mark.parametrize(("lang", "warm", "stacked"), WARM_OVER_STACKED)
def test_a_warm_reply_ranks_above_one_stacking_politeness(lang: str, warm: str, stacked: str) -> None:
    assert _score(lang, warm).scores[Q.calm] > _score(lang, stacked).scores[Q.calm]


# A single plain move (one apology) against thanks wrapped in a greeting and a "please": the thanks are a stock formula
# with an intensifier inside ("thanks so much for your feedback", "merci infiniment pour votre message"), no calming
# move (round 6, tests/test_scoring_calm_stock_thanks.py), so the plain apology ranks above.
ONE_MOVE_UNDER_THANKS = [
    ("en", "Nadia, sorry, three short boxes is not what you paid for. The missing items go on your next delivery.",
     "Hi Nadia, thanks so much for your feedback! Kindly note our boxes follow the seasons. Please visit our FAQ."),
    ("fr", "Nadia, désolés, trois paniers incomplets, ce n'est pas ce que vous avez payé. Les produits manquants "
           "partent avec la prochaine livraison.",
     "Bonjour Nadia, merci infiniment pour votre message ! Nos paniers suivent les saisons. Nous vous prions de "
     "consulter notre FAQ, n'hésitez pas."),
]


@pytest.mark.parametrize(("lang", "warm", "stacked"), ONE_MOVE_UNDER_THANKS)
def test_a_single_move_ranks_above_thanks_wrapped_in_markers(lang: str, warm: str, stacked: str) -> None:
    assert _score(lang, warm).scores[Q.calm] > _score(lang, stacked).scores[Q.calm]


# near-misses: the first marker counts in full, a further kind still adds, and markers still lift a warm reply
ONE_MARKER = [("en", "Hi Nadia, the missing items are listed on your receipt."),
              ("fr", "Bonjour Nadia, les produits manquants sont indiqués sur votre reçu."),
              ("fr", "Nadia, pourriez-vous regarder votre reçu ? Les produits manquants y sont indiqués.")]


@pytest.mark.parametrize(("lang", "text"), ONE_MARKER)
def test_a_single_marker_counts_in_full(lang: str, text: str) -> None:
    assert _courtesy(lang, text).score == COURTESY_BASE + PER_MARKER


@pytest.mark.parametrize(("lang", "one", "two"), [
    ("en", "Hi Nadia, the missing items are listed on your receipt.",
     "Hi Nadia, could you check the receipt? The missing items are listed on it."),
    ("fr", "Bonjour Nadia, les produits manquants sont indiqués sur votre reçu.",
     "Bonjour Nadia, pourriez-vous regarder votre reçu ? Les produits manquants y sont indiqués."),
])
def test_a_further_kind_still_adds_less(lang: str, one: str, two: str) -> None:
    first, second = _courtesy(lang, one).score, _courtesy(lang, two).score
    assert first < second < first + PER_MARKER


@pytest.mark.parametrize(("lang", "warm", "_stacked"), WARM_OVER_STACKED[:2] + WARM_OVER_STACKED[3:5])
def test_politeness_still_lifts_a_warm_reply(lang: str, warm: str, _stacked: str) -> None:
    greeted = ("Hello " if lang == "en" else "Bonjour ") + warm
    assert _score(lang, greeted).scores[Q.calm] > _score(lang, warm).scores[Q.calm]


@pytest.mark.parametrize(("lang", "thanked", "plain"), [
    ("en", "Thanks, Nadia: the missing items are listed on your receipt.",
     "Nadia: the missing items are listed on your receipt."),
    ("fr", "Merci Nadia : les produits manquants sont indiqués sur votre reçu.",
     "Nadia : les produits manquants sont indiqués sur votre reçu."),
])
def test_thanks_count_once_as_a_move(lang: str, thanked: str, plain: str) -> None:
    result = _score(lang, thanked)
    moves = next(c for c in result.criteria if c.id == "de-escalation")
    assert any(e.polarity == "+" and e.text.lower().startswith(("thank", "merci")) for e in moves.evidence)
    assert _courtesy(lang, thanked).score == _courtesy(lang, plain).score
    assert result.scores[Q.calm] > _score(lang, plain).scores[Q.calm]
