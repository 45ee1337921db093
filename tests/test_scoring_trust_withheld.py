# ruff: noqa: E501  (test replies are long literal strings)
"""Trust: telling a person to keep private data out of public, or giving them the brand's own mailbox to write to,
is protecting their data, not asking for it (issue 11, round 6; found on the tuning split's misordered pairs, tested
here on situations and replies written for this file, fr and en)."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREAD = {
    "en": [{"author": "Jess", "text": "Volta took my direct debit TWICE this month. £212 gone and nobody answers the phone."}],
    "fr": [{"author": "Jeanne", "text": "Volta m'a prélevée DEUX fois ce mois-ci. 212 € envolés et personne ne répond au téléphone."}],
}
BRAND = {"name": "Volta Energy", "handle": "@voltaenergy"}


def _trust(lang: str, text: str) -> int:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], brand=BRAND, reply=text)
    return next(c.score for c in result.criteria if c.id == "trust")


PROTECTING = {
    "en": [
        "Sorry Jess, that's not right. Please don't post your card number here: email care@voltaenergy.co.uk and we'll refund the second debit today.",
        "Jess, no account details in the comments please, just write to help@voltaenergy.co.uk and I'll chase the refund.",
        "Jess, never share your password or bank details in public, not even with us. The refund of £212 is on its way.",
        "Jess, avoid posting your sort code here; I've flagged the double debit and we'll refund it by Friday.",
    ],
    "fr": [
        "Désolés Jeanne. Ne mettez surtout pas votre numéro de carte ici : écrivez à sav@voltaenergie.fr et on rembourse le prélèvement en trop.",
        "Jeanne, pas de coordonnées bancaires en commentaire s'il vous plaît : un mail à contact@voltaenergie.fr suffit, je relance le remboursement.",
        "Jeanne, ne partagez jamais votre mot de passe en public, même avec nous. Le remboursement des 212 € est lancé.",
        "Jeanne, évitez de publier votre IBAN ici ; j'ai signalé le double prélèvement et il sera remboursé vendredi.",
    ],
}
ASKING = {  # near-misses: the request stands, a negation elsewhere in the sentence does not withdraw it
    "en": [
        "Jess, can you post your card number here so we can check the debit?",
        "No worries Jess, just reply with your account number and sort code and we'll look.",
        "Jess, we can't refund without your bank details: please post them below.",
    ],
    "fr": [
        "Jeanne, pouvez-vous indiquer votre numéro de carte ici pour qu'on vérifie ?",
        "Pas de souci Jeanne, donnez-nous votre IBAN en commentaire et on regarde.",
        "Jeanne, nous ne pouvons rien faire sans vos coordonnées bancaires : merci de les écrire ici.",
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("index", range(4))
def test_keeping_private_data_out_of_public_keeps_trust(lang: str, index: int) -> None:
    assert _trust(lang, PROTECTING[lang][index]) >= 90  # the soft gate may take a point or two, never trust


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("index", range(3))
def test_asking_for_private_data_in_public_still_breaks_trust(lang: str, index: int) -> None:
    assert _trust(lang, ASKING[lang][index]) == 0


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_private_mailbox_of_someone_else_is_no_private_channel(lang: str) -> None:
    text = {"en": "Jess, please post your card number here or send it to jess.b1988@gmail.com.",
            "fr": "Jeanne, merci d'écrire votre numéro de carte ici ou de l'envoyer à jeanne.b1988@gmail.com."}[lang]
    assert _trust(lang, text) == 0
