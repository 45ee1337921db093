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
from scoring_kit import criterion_of, holding_line, score_line

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


# Feedback: trust, public-trust and the exposure guard name the sort of fault the reply has, and only that one; the
# guard (weight 0) says what it adds (the cap), not trust's line again.
SORTS = {  # lang -> sort -> a reply on the thread below doing only that
    "en": {"data": "Hi Dan, sorry for the wait! Can you post your order number and postcode here so we can check?",
           "pitch": "Sorry Dan! While you wait, check out our new range: 20% off all kettles this week, use code KETTLE20.",
           "promise": "Dan, it will be ready tomorrow, guaranteed, and it will never happen again."},
    "fr": {"data": "Bonjour Léa, désolés pour l'attente ! Pouvez-vous nous donner ici votre numéro de commande et votre adresse pour vérifier ?",
           "pitch": "Désolés Léa ! En attendant, découvrez notre nouvelle collection : 20 % de réduction sur tout le site avec le code BOUILLOIRE20.",
           "promise": "Léa, elle sera prête demain, c'est garanti, et ça n'arrivera plus jamais."},
}
REPAIR = {"en": ("Dan", "Is my kettle repair done? It's been a week."),
          "fr": ("Léa", "La réparation de ma bouilloire est finie ? Ça fait une semaine.")}
WORDS = {  # words of each sort's feedback, and of the others' (never in a line about one sort)
    "en": {"data": "private data", "pitch": "sale", "promise": "promise"},
    "fr": {"data": "données privées", "pitch": "vente", "promise": "promesse"},
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("sort", ["data", "pitch", "promise"])
def test_trust_names_the_one_sort_of_fault_found(lang: str, sort: str) -> None:
    person, message = REPAIR[lang]
    result = _score(lang, message, SORTS[lang][sort], person)
    trust = criterion_of(result, "trust")
    assert trust.band == "poor" and trust.evidence
    for other, word in WORDS[lang].items():
        assert (word in trust.feedback_in(lang).lower()) == (other == sort), trust.feedback_in(lang)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("sort", ["data", "pitch"])
def test_the_exposure_guard_says_what_it_adds_not_trusts_line(lang: str, sort: str) -> None:
    person, message = REPAIR[lang]
    result = _score(lang, message, SORTS[lang][sort], person)
    guard, trust = criterion_of(result, "exposure"), criterion_of(result, "trust")
    assert guard.feedback_in(lang) != trust.feedback_in(lang)
    assert ("capped" if lang == "en" else "plafonnée") in guard.feedback_in(lang)
    assert ("sell" in guard.feedback_in("en").lower()) == (sort == "pitch"), guard.feedback_in("en")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_exposure_line_on_a_reply_that_exposes_nothing(lang: str) -> None:
    person, message = REPAIR[lang]
    reply = {"en": "Sorry Dan, a week is too long. DM us your order number and I'll chase the workshop today.",
             "fr": "Désolés Léa, une semaine c'est trop. Envoyez-nous votre numéro de commande en MP, je relance l'atelier aujourd'hui."}[lang]
    assert not [c for c in _score(lang, message, reply, person).criteria if c.id == "exposure"]


@pytest.mark.parametrize(("lang", "reply"), [
    ("fr", "Bonjour Léa, ce sera prêt demain, c'est garanti à 100 % !"),
    ("en", "Hi Dan, it'll be ready tomorrow, 100% promised!"),
])
def test_one_promise_with_its_percentage_is_charged_once(lang: str, reply: str) -> None:
    person, message = REPAIR[lang]
    trust = criterion_of(_score(lang, message, reply, person), "trust")
    assert len(trust.evidence) == 1, [e.text for e in trust.evidence]


# A business's premises before a street address make it a place open to all, not the person's home.
PREMISES = [
    ("en", "Nick", "Parcel says delivered but nothing here.", "Nick, sorry! It's held at the Leeds depot, 14 Mill Street, since 9am. Collect it there until 6pm, or DM us for a redelivery."),
    ("en", "Nick", "Where do I drop off my return?", "Hi Nick, any of our partner shops takes it: the nearest is the Boots store, 22 High Street, open until 8pm."),
    ("fr", "Nicolas", "Mon colis est indiqué livré mais je n'ai rien.", "Désolés Nicolas ! Il est au dépôt de Lyon, 14 rue des Forges, depuis 9 h. Vous pouvez le retirer jusqu'à 18 h, ou écrivez-nous en MP."),
    ("fr", "Nicolas", "Où déposer mon retour ?", "Bonjour Nicolas, le point relais le plus proche est la boutique Presse Centrale, 8 avenue Jean-Jaurès, ouverte jusqu'à 19 h."),
]
HOMES = [  # a home address written out in public: still the person's
    ("en", "Nick", "Parcel says delivered but nothing here.", "Nick, sorry! The driver left it at 14 Elm Road this morning, not at your home."),
    ("en", "Nick", "Parcel says delivered but nothing here.", "Nick, our driver says he left it at your house, 14 Elm Road, at 9am."),
    ("fr", "Nicolas", "Mon colis est indiqué livré mais je n'ai rien.", "Nicolas, désolés ! Le livreur l'a déposé au 3 rue Victor Hugo ce matin."),
    ("fr", "Nicolas", "Mon colis est indiqué livré mais je n'ai rien.", "Nicolas, notre livreur dit l'avoir laissé chez vous, au 12 rue des Lilas, à 9 h."),
]


@pytest.mark.parametrize(("lang", "person", "message", "reply"), PREMISES)
def test_a_business_address_is_no_disclosure(lang: str, person: str, message: str, reply: str) -> None:
    charged = _charged(_score(lang, message, reply, person))
    assert "exposure" not in charged and not charged["public-trust"], charged


@pytest.mark.parametrize(("lang", "person", "message", "reply"), HOMES)
def test_a_home_address_in_public_is_still_a_disclosure(lang: str, person: str, message: str, reply: str) -> None:
    charged = _charged(_score(lang, message, reply, person))
    assert charged.get("exposure") and charged["public-trust"], charged


@pytest.mark.parametrize(("lang", "public", "quoted"), [
    ("en", "Rowan, sorry. Our customer care team is on it.", "Our customer care team is on it"),
    ("en", "Rowan, our quality manager is contacting you by DM.", "our quality manager is contacting you"),
    ("fr", "Rowan, désolés : notre équipe technique s'en occupe.", "notre équipe technique s'en occupe"),
    ("fr", "Rowan, notre responsable qualité vous contacte en MP.", "notre responsable qualité vous contacte"),
])
def test_a_team_acting_is_quoted_with_its_act(lang: str, public: str, quoted: str) -> None:
    """The holding line quotes our team and what it does to the case, not the team's word alone ("technique")."""
    score, evidence = holding_line(lang, public)
    assert score >= 60 and evidence == [quoted], evidence
