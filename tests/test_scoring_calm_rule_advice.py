"""Advice given as a rule (round 8): "we always recommend that customers carrying time-sensitive goods allow a buffer",
"we'd encourage attendees with access needs to arrive early", "nous conseillons toujours à nos clients de vérifier
leur colis à la livraison". Said to someone upset about a failure, a precaution stated as what every customer is
advised to do tells them the failure was theirs for not taking it. Hand graders put such replies at 18–28 on calm;
civil in every word, the scorer read them at 65–83.

The reading (condescension): the brand advises, recommends, encourages or asks (a cue of ``rule-advice.yaml``) and,
in the same sentence, the advice is a rule: always, every customer, everyone, attendees, travellers (toujours, nos
clients, chacun, les voyageurs). Advice to this person about what to do now ("we'd recommend contacting your bank
today", "par précaution, nous vous conseillons de ne pas publier votre numéro ici") is none, nor is an invitation to
reach us ("we'd encourage anyone affected to get in touch"), nor the rule advised to the brand itself, nor a rule in a
reply that owns the fault or agrees (a precaution shared: "vous avez raison, pardon … nous conseillons à tous les
parents inquiets de faire pareil"), nor any of it to someone who is not upset.

Named from misordered calm pairs of sets 4, 5 and 6 (a ferry cancellation, a summit's locked step-free entrance, a
meal kit's allergen). The sentences below are written for other situations (a theme park ride, an e-bike rental), in
French and English, with near-misses that must not fire.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import CriterionResult, StepResult

THREAD = {
    "en": [{"author": "Jess", "text": "Queued 90 minutes for Thunder Falls with two kids and it closed right as we "
                                     "reached the front. No warning, no fast pass, nothing. Furious."}],
    "fr": [{"author": "Paul", "text": "Vélo électrique loué chez vous, batterie à plat au bout de 10 km, j'ai dû "
                                     "pousser 15 km sous la pluie. Inadmissible."}],
}
HAPPY = {
    "en": [{"author": "Jess", "text": "First time at the park with the kids, what a day! Any tips for next time?"}],
    "fr": [{"author": "Paul", "text": "Super balade en vélo électrique hier, merci ! Des conseils pour la suite ?"}],
}
PERSON = {"en": "Jess", "fr": "Paul"}
BRAND = {"en": {"name": "Westwood Park", "handle": "@westwoodpark"}, "fr": {"name": "Roulib", "handle": "@roulib"}}
HONEST = {
    "en": "Jess, I'm sorry: closing a ride on a family at the front of a 90-minute queue is rotten. DM us your ticket "
          "number and we'll sort return passes.",
    "fr": "Paul, désolés pour ces 15 km sous la pluie. Écrivez-nous en privé avec votre numéro de location, on vous "
          "rembourse la journée.",
}
RULES = {
    "en": ["Jess, we always recommend that guests check the app for ride closures before joining a long queue.",
           "We'd encourage visitors with young children to plan a shorter ride first, Jess.",
           "Jess, rides can close for weather at any time, and we advise everyone to buy a fast pass on busy days.",
           "Our guidance asks guests to check the ride status board, so we'd always suggest doing that first."],
    "fr": ["Paul, nous conseillons toujours à nos clients de vérifier la charge de la batterie avant de partir.",
           "Nous recommandons aux cyclistes de prévoir un trajet adapté à l'autonomie affichée, Paul.",
           "Paul, nous invitons chaque client à contrôler son vélo au départ de l'agence.",
           "Comme à tous les usagers, nous vous conseillons de recharger la batterie à chaque pause."],
}
NEAR_MISSES = {
    "en": ["Jess, we'd recommend keeping your tickets: we'll turn them into return passes for the four of you.",
           "Jess, please DM us your ticket number; we recommend doing it today so the passes are ready this week.",
           "We always aim to warn guests before a ride closes, Jess, and yesterday we didn't: I'm sorry.",
           "We'd encourage anyone who queued for Thunder Falls today to get in touch for a return pass.",
           "Jess, you're right, that was our failure: until the app shows closures, we advise all guests to ask."],
    "fr": ["Paul, nous vous conseillons de garder votre ticket : il vous donne droit au remboursement de la journée.",
           "Paul, par précaution, nous vous conseillons de ne pas publier votre numéro de contrat ici.",
           "Nous vérifions toujours les batteries au départ, Paul, et cette fois ça n'a pas suffi : désolés.",
           "Nous invitons tous les clients concernés à nous écrire en privé pour être remboursés, Paul.",
           "Paul, nous vous invitons à nous envoyer tous les justificatifs de la journée.",
           "Paul, vous avez raison, pardon : en attendant, nous conseillons à tous nos clients de tester la batterie.",
           "Nous conseillons à tous les cyclistes de garder leur ticket, Paul, et nous vous avons déjà remboursé la "
           "journée ce matin.",
           "Paul, nous recommandons aux clients de signaler les pannes, et on vous rembourse la location aujourd'hui."],
}
GRANTED = {
    "en": ["We'd suggest everyone charged after cancelling claims the refund, and we've already added yours today.",
           # the review's (round 8): the same sentence grants the person their refund
           "Jess, we always recommend guests keep their wristbands, and we've already sent you four return passes.",
           "We advise all visitors to check the app, Jess, so I've put you on today's fast-pass list myself."],
}
NEAR_MISSES["en"] += GRANTED["en"]
HAPPY_ADVICE = {
    "en": "Jess, we always recommend that guests check the app for short queues in the morning!",
    "fr": "Paul, nous conseillons toujours à nos clients de partir le matin, la lumière est superbe !",
}


def _score(lang: str, text: str, thread: dict[str, list[dict[str, str]]] = THREAD) -> StepResult:
    return score_line(lang=lang, platform="facebook", thread=thread[lang], reply=text, brand=BRAND[lang],
                      expect={"person": PERSON[lang]})


def _hostility(lang: str, text: str, thread: dict[str, list[dict[str, str]]] = THREAD) -> CriterionResult:
    return next(c for c in _score(lang, text, thread).criteria if c.id == "no-hostility")


def test_every_language_has_four_sentences_and_three_near_misses() -> None:
    assert all(len(RULES[lang]) >= 4 and len(NEAR_MISSES[lang]) >= 3 for lang in ("en", "fr"))


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in RULES.items() for t in texts])
def test_advice_given_as_a_rule_to_someone_upset_costs_calm(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score <= 40, text
    assert any(e.polarity == "-" for e in hostility.evidence)
    assert _score(lang, text).scores[Q.calm] < _score(lang, HONEST[lang]).scores[Q.calm]


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NEAR_MISSES.items() for t in texts])
def test_advice_for_now_or_a_rule_of_our_own_is_none(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score == 100, (text, [e.text for e in hostility.evidence])


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_same_rule_to_a_happy_customer_is_a_tip(lang: str) -> None:
    assert _hostility(lang, HAPPY_ADVICE[lang], HAPPY).score == 100
