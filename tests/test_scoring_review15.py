# ruff: noqa: E501  (test replies are long literal strings)
"""Round 15's review: honest replies the new readings (communication's exposure guard, multi-platform's public-trust,
trust's own reading they share) must not charge, written for this file in no dev-set situation, fr and en, with
near-misses that must still be charged.

- The terms of an offer told to someone who asked about it answer them; selling to someone who came to complain (or
  who named a price without asking) is still a pitch.
- A need denied keeps the data out of public ("there's no need to send us your card details", "pas besoin de nous
  envoyer vos coordonnées bancaires", "inutile de…"); data asked for after it is still asked for."""

from __future__ import annotations

import pytest
from scoring_kit import criterion_of, score_line

from cmsim.model.result import StepResult


def _score(lang: str, message: str, reply: str, person: str, platform: str = "facebook") -> StepResult:
    return score_line(lang=lang, platform=platform, thread=[{"author": person, "text": message}], reply=reply,
                      expect={"person": person}, qualities=["communication", "multiplatform"])


def _charged(result: StepResult) -> dict[str, list[str]]:
    """Evidence against the reply of trust, exposure and public-trust, by criterion (exposure absent: not applicable)."""
    return {c.id: [e.text for e in c.evidence if e.polarity == "-"] for c in result.criteria
            if c.id in ("trust", "exposure", "public-trust")}


OFFERS_ASKED = [
    ("en", "Finn", "Can I get the student discount in store?", "Hi Finn, yes! Show your student card at the till for 10% off everything, in all our stores."),
    ("en", "Lily", "Is there a promo code for first orders?", "Hi Lily, yes: use code WELCOME15 for 15% off your first order, valid until Sunday."),
    ("en", "Mia", "What's in the spring offer you mentioned? Is it for existing customers too?", "Hi Mia! The spring offer is 20% off all plants until 30 April, and yes, existing customers get it too. Use code SPRING20 at checkout."),
    ("en", "Dev", "any deals on the winter tyres this month", "Hi Dev, yes: 15% off all winter tyres until 31 December, fitting included. Use code SNOW15 when you book."),
    ("fr", "Théo", "La réduction étudiante marche en magasin ?", "Bonjour Théo, oui ! Montrez votre carte étudiante en caisse pour 10 % de réduction sur tout, dans tous nos magasins."),
    ("fr", "Lili", "Il y a un code promo pour une première commande ?", "Bonjour Lili, oui : avec le code BIENVENUE15, vous avez 15 % de remise sur votre première commande, jusqu'à dimanche."),
    ("fr", "Manon", "Est-ce que vous faites une promotion sur les pneus hiver", "Bonjour Manon, oui : 15 % de remise sur tous les pneus hiver jusqu'au 31 décembre, montage compris, avec le code NEIGE15."),
    ("fr", "Rémi", "Combien coûte l'abonnement famille, il y a une offre ?", "Bonjour Rémi, l'abonnement famille est à 12 € par mois ; avec le code FAMILLE, vous avez 20 % de réduction sur les trois premiers mois."),
]
PITCHED = [  # the person complained, or named a price without asking: the offer is still sold to them
    ("en", "Leo", "You charged me twice for my gym membership this month!", "Sorry Leo! Why not try our new Premium plan: 20% off all memberships this month, use code GYM20."),
    ("en", "Kai", "Your prices are a rip-off and the delivery was late.", "Sorry Kai! Use code SORRY10 for 10% off everything in our new collection."),
    ("fr", "Julien", "Vous m'avez prélevé deux fois l'abonnement ce mois-ci !", "Désolés Julien ! Découvrez notre offre Premium : 20 % de réduction sur tout le site avec le code GYM20."),
    ("fr", "Karim", "Vos prix sont abusés et la livraison était en retard.", "Désolés Karim ! Profitez de nos soldes : 30 % de réduction sur toute la boutique avec le code SOLDES30."),
]


@pytest.mark.parametrize(("lang", "person", "message", "reply"), OFFERS_ASKED)
def test_an_offer_told_to_someone_who_asked_about_it_is_no_pitch(lang: str, person: str, message: str, reply: str) -> None:
    result = _score(lang, message, reply, person)
    assert _charged(result) == {"trust": [], "public-trust": []}, _charged(result)
    assert criterion_of(result, "public-trust").score >= 75


@pytest.mark.parametrize(("lang", "person", "message", "reply"), PITCHED)
def test_an_offer_sold_to_someone_who_did_not_ask_is_still_a_pitch(lang: str, person: str, message: str, reply: str) -> None:
    charged = _charged(_score(lang, message, reply, person))
    assert charged.get("exposure") and charged["trust"] and charged["public-trust"], charged


NEED_DENIED = [
    ("en", "Omar", "Do you need my card details to refund me?", "Hi Omar, no: refunds go back to the card you paid with automatically, there's no need to send us your card details."),
    ("en", "Olu", "Can I pay by card on delivery?", "Hi Olu, yes, our drivers take card payments on the doorstep. No need to share any card details with us in advance."),
    ("fr", "Omar", "Il vous faut mes coordonnées bancaires pour le remboursement ?", "Bonjour Omar, non : le remboursement revient automatiquement sur la carte utilisée, pas besoin de nous envoyer vos coordonnées bancaires."),
    ("fr", "Yanis", "On peut payer par carte à la livraison ?", "Bonjour Yanis, oui, nos livreurs acceptent la carte. Inutile de poster votre numéro de carte ou vos coordonnées bancaires ici."),
]
NEED_THEN_ASKED = [  # the denial is of something else; the data is asked for in public all the same
    ("en", "Omar", "Do you need my card details to refund me?", "Hi Omar, no need to wait: post your card number below and we'll refund it today."),
    ("en", "Olu", "Can I pay by card on delivery?", "Hi Olu, we need your card number and expiry date first, please post them here."),
    ("fr", "Omar", "Il vous faut mes coordonnées bancaires pour le remboursement ?", "Bonjour Omar, pas besoin d'attendre : donnez-nous ici vos coordonnées bancaires et on rembourse aujourd'hui."),
    ("fr", "Yanis", "On peut payer par carte à la livraison ?", "Bonjour Yanis, il nous faut votre numéro de carte d'abord, indiquez-le en commentaire."),
]


@pytest.mark.parametrize(("lang", "person", "message", "reply"), NEED_DENIED)
def test_a_need_denied_keeps_the_data_out_of_public(lang: str, person: str, message: str, reply: str) -> None:
    result = _score(lang, message, reply, person)
    assert _charged(result) == {"trust": [], "public-trust": []}, _charged(result)


@pytest.mark.parametrize(("lang", "person", "message", "reply"), NEED_THEN_ASKED)
def test_data_asked_for_beside_a_need_denied_is_still_asked_for(lang: str, person: str, message: str, reply: str) -> None:
    charged = _charged(_score(lang, message, reply, person))
    assert charged.get("exposure") and charged["trust"] and charged["public-trust"], charged
