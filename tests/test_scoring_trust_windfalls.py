# ruff: noqa: E501  (test replies are long literal strings)
"""Trust prices a windfall granted blind in public (issue 11, round 5): a public reply that piles concessions on an
upset person, their money back and a gift on top ("we'll cover the full £1,800 and put on a sailing just for you", "on
te rembourse tes forfaits et on t'offre une semaine"), while it asks for nothing and checks nothing, promises what the
brand cannot keep: hand graders put such replies among the worst. One remedy ("we'll refund the sofa in full"), a
concession that asks for something first ("send us a photo and we'll…"), a conditional one ("if the courier left it
outside…"), a refusal and a post's free event are no windfall. Sentences written for this file, fr and en, in another
situation than the development set's, before the rule."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREAD = {"en": [{"author": "Priya", "text": "Your courier left my sofa in the rain and now the cushions are ruined. Three weeks of waiting for this?!"}],
          "fr": [{"author": "Priya", "text": "Votre livreur a laissé mon canapé sous la pluie, les coussins sont fichus. Trois semaines d'attente pour ça ?!"}]}

WINDFALLS = [
    ("en", "Priya, that's awful and it's on us. We'll refund the sofa in full and we're sending you a new armchair on the house."),
    ("en", "Priya, so sorry! A full refund is on its way and we're throwing in a year of free delivery."),
    ("en", "Priya, we'll cover the entire cost of the sofa, and a new set of cushions is on the house. Sorry again for the wait."),
    ("en", "Priya, we'll pay for the sofa in full and we'll offer you a gift card for the trouble."),
    ("fr", "Priya, c'est inadmissible : on vous rembourse le canapé en totalité et on vous offre la livraison sur votre prochaine commande."),
    ("fr", "Priya, toutes nos excuses ! Votre canapé sera remboursé intégralement dès ce soir, et des coussins neufs vous sont offerts."),
    ("fr", "Priya, désolés pour ce fiasco : nous vous remboursons le canapé et nous vous offrons un bon d'achat de 200 €."),
    ("fr", "Priya, on prend tout en charge : le canapé est remboursé et un livreur passe gratuitement le reprendre, rien que pour vous."),
]
NOT_WINDFALLS = [  # near-misses: asked first, conditional, owed in part, refused, or only spoken of
    ("en", "Priya, I'm sorry about the cushions. Could you DM us your order number and a photo? We'll refund you in full once we've seen them."),
    ("en", "Priya, if the courier left it outside, we'll replace the cushions for free: send us a photo by private message."),
    ("en", "Priya, the delivery fee was charged twice, so we are refunding that part today. Sorry for the wait."),
    ("en", "Priya, we can't refund the sofa in full before the courier's report comes in, but I'll chase it today and reply here by 5pm."),
    ("fr", "Priya, désolés pour les coussins. Envoyez-nous votre numéro de commande en message privé : si le livreur est en cause, nous vous remboursons intégralement."),
    ("fr", "Priya, nous ne pouvons pas vous rembourser intégralement avant le rapport du transporteur, mais je le relance aujourd'hui et je reviens vers vous à 17 h."),
    ("fr", "Priya, les frais de livraison ont été prélevés deux fois : nous vous remboursons cette partie aujourd'hui."),
    ("en", "Priya, we're so sorry, send us a photo of the cushions and we'll refund the sofa in full."),
    ("fr", "Priya, nous sommes désolés, envoyez-nous une photo des coussins et nous vous remboursons intégralement."),
    ("en", "Priya, that's on us: we'll refund the sofa in full today. Sorry for the wait."),
    ("fr", "Priya, toutes nos excuses : votre canapé sera remboursé intégralement dès ce soir."),
    ("fr", "Priya, désolés : nous vous remplaçons les coussins gratuitement, ils partent lundi."),
]


def _trust(lang: str, reply: str) -> int:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], expect={"person": "Priya"}, reply=reply)
    return next(c.score for c in result.criteria if c.id == "trust")


@pytest.mark.parametrize(("lang", "reply"), WINDFALLS)
def test_a_windfall_granted_blind_in_public_breaks_trust(lang: str, reply: str) -> None:
    assert _trust(lang, reply) <= 50


@pytest.mark.parametrize(("lang", "reply"), NOT_WINDFALLS)
def test_a_concession_asked_for_conditional_owed_or_refused_keeps_trust(lang: str, reply: str) -> None:
    assert _trust(lang, reply) >= 95


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_post_announcing_something_free_is_no_windfall(lang: str) -> None:
    text = {"en": "This Saturday, 10am to 2pm at 14 Mill Street: a free safety check for every bike, and lights fitted for free.",
            "fr": "Samedi de 10 h à 14 h, au 14 rue du Moulin : contrôle de sécurité offert pour tous les vélos, et éclairage posé gratuitement."}[lang]
    result = score_line(lang=lang, platform="facebook", thread=[], reply=text)
    assert next(c.score for c in result.criteria if c.id == "trust") >= 95
