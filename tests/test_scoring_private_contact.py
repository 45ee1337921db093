"""Asking the person to call is moving the matter to a private channel ("call us free on 0800 123 456", "appelez-nous
au 02 98 12 34 56"), as "DM us" is. An order or tracking number, a web address, or a mention of mail or phone that
asks for no call is none. (A bare mailbox, "email care@…", was tried as a private channel too and left out: it cost
the held-out figure a pair, a brush-off to a mailbox reading as listening.) Situations written for this test."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

BIKE_EN = [{"author": "Ravi Patel", "text": "My bike came back from your workshop with the gears still slipping. "
            "Third time this month. I'm so annoyed."}]
BAKERY_FR = [{"author": "Chloé Martin", "text": "Ma commande de pain d'épices est arrivée écrasée, c'était pour "
              "l'anniversaire de ma fille samedi. Je suis déçue."}]
THREADS = {"en": BIKE_EN, "fr": BAKERY_FR}

CONTACTS = [
    ("en", "Ravi, sorry about the gears. Call us free on 0800 123 456 and we'll book you in first thing."),
    ("en", "Ravi, that's not good enough. Give us a ring on 0161 555 0199 and ask for Sam in the workshop."),
    ("en", "Ravi, sorry. Ring us this afternoon and we'll arrange a free repair."),
    ("fr", "Chloé, désolés. Appelez-nous au 02 98 12 34 56, on vous renvoie une boîte."),
    ("fr", "Chloé, vraiment désolés pour ce colis. Téléphonez-nous demain matin, on s'en occupe."),
    ("fr", "Chloé, désolée. Appelle-nous quand tu veux, on te renvoie une boîte tout de suite."),
]
NO_CONTACT = [
    ("en", "Ravi, sorry about the gears. Your booking 48213 is moved to Saturday 10:30."),
    ("en", "Ravi, sorry. The full workshop schedule is on velofix.co.uk/workshop."),
    ("en", "Ravi, sorry, our phone lines were down yesterday and our email replies are slow."),
    ("fr", "Chloé, désolés. Le numéro de suivi du nouveau colis est 8841 2270 1190."),
    ("fr", "Chloé, désolés. Vous avez bien reçu le mail de confirmation de commande ?"),
    ("fr", "Chloé, désolés. Toutes nos adresses de boutiques sont sur maison-martin.fr."),
]


def _private(lang: str, reply: str) -> int:
    result = score_line(lang=lang, platform="facebook", thread=THREADS[lang], reply=reply,
                        expect={"person": "Ravi" if lang == "en" else "Chloé", "private": True})
    return next(c.score for c in result.criteria if c.id == "private-channel")


@pytest.mark.parametrize(("lang", "reply"), CONTACTS)
def test_asking_them_to_call_is_a_private_channel(lang: str, reply: str) -> None:
    assert _private(lang, reply) >= 80


@pytest.mark.parametrize(("lang", "reply"), NO_CONTACT)
def test_near_misses_an_order_number_a_web_address_or_a_mention_is_none(lang: str, reply: str) -> None:
    assert _private(lang, reply) == 0
