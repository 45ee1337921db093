"""A next step given only in a promise the brand cannot keep still answers the person, less than a step they can rely
on; a bare guarantee ("this will never happen again") is still no step (test_scoring_listening_patterns.py).

Found on the opened fresh sets: "this will be fixed within the hour, guaranteed", "on te rembourse dès aujourd'hui,
promis", "every backer will have their copy by next Friday, guaranteed" were graded 40-50 on listening, above stock
replies and replies giving no step (10-35), while the scorer gave their next step 0 and ranked them under those. The
sentences below were written for this test, in situations the development set does not have."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREAD = {
    "fr": [{"author": "Léon Petit", "text": "Ma machine à café fuit depuis la livraison, trois semaines déjà, "
                                           "et personne ne me répond. Je suis furieux."}],
    "en": [{"author": "Leon Small", "text": "My coffee machine has leaked since delivery, three weeks now, "
                                           "and nobody answers me. I'm furious."}],
}
PROMISES = [
    ("fr", "Léon, votre machine sera remplacée demain, c'est garanti, et ça n'arrivera plus jamais."),
    ("fr", "Léon, promis juré : une machine neuve chez vous ce soir, garanti à 100 %."),
    ("fr", "Léon, on vous rembourse dans l'heure, c'est garanti, plus jamais de fuite."),
    ("en", "Leon, your machine will be replaced tomorrow, guaranteed, and it will never happen again."),
    ("en", "Leon, a brand new machine at your door tonight, 100% guaranteed."),
    ("en", "Leon, we guarantee a full refund within the hour, it will never happen again."),
]
KEPT = {"fr": "Léon, je vous envoie une machine neuve demain et je vous écris quand elle part.",
        "en": "Leon, I'm sending you a new machine tomorrow and I'll write when it ships."}
STOCK = {"fr": "Bonjour, nous sommes désolés pour la gêne occasionnée.",
         "en": "Hello, we apologise for any inconvenience."}


def next_step(lang: str, reply: str) -> tuple[float, str]:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=reply,
                        expect={"feeling": "furieux" if lang == "fr" else "furious"})
    c = next(c for c in result.criteria if c.id == "next-step")
    return c.score, c.feedback


@pytest.mark.parametrize(("lang", "reply"), PROMISES)
def test_a_promise_alone_earns_less_than_a_kept_step_and_more_than_a_stock_one(lang: str, reply: str) -> None:
    promised, feedback = next_step(lang, reply)
    assert next_step(lang, STOCK[lang])[0] < promised < next_step(lang, KEPT[lang])[0]
    # the feedback says why the step did not count, and never asks for the time the promise gives
    assert ("promesse" in feedback or "promise" in feedback) and "délai" not in feedback and "Say when" not in feedback


WINDFALLS = [
    ("fr", "Léon, on vous rembourse la machine dès demain et on vous offre un an de café en plus !"),
    ("fr", "Léon, vous êtes remboursé en entier ce soir, et on vous offre une deuxième machine pour le dérangement."),
    ("fr", "Léon, nous vous remboursons tout aujourd'hui et vous offrons un bon de 200 € en cadeau."),
    ("en", "Leon, we'll refund the machine tomorrow and send you a year of coffee on the house!"),
    ("en", "Leon, you get a full refund tonight, plus a second machine for free for the trouble."),
    ("en", "Leon, we're refunding everything today and adding a £200 voucher as a gift."),
]
ONE_REMEDY = [
    ("fr", "Léon, on vous envoie une machine neuve demain, et je vous écris quand elle part."),
    ("fr", "Léon, envoyez-nous votre numéro de commande en MP : on vous rembourse et on vous offre un bon "
           "dès qu'on a vérifié."),
    ("en", "Leon, we'll send a new machine tomorrow and I'll write when it ships."),
    ("en", "Leon, could you DM us your order number? We'll refund it and add a voucher once we've checked."),
]


@pytest.mark.parametrize(("lang", "reply"), WINDFALLS)
def test_money_back_and_a_gift_granted_blind_is_a_promise_not_a_step(lang: str, reply: str) -> None:
    """Piled-up concessions granted in public before any check (trust's windfalls) answer the person as a promise does:
    less than a step they can rely on, more than a stock reply, and the feedback says why."""
    promised, feedback = next_step(lang, reply)
    assert next_step(lang, STOCK[lang])[0] < promised < next_step(lang, KEPT[lang])[0]
    assert "promesse" in feedback or "promise" in feedback


@pytest.mark.parametrize(("lang", "reply"), ONE_REMEDY)
def test_one_remedy_or_a_concession_that_asks_first_is_a_step(lang: str, reply: str) -> None:
    assert next_step(lang, reply)[0] >= 60
