# ruff: noqa: E501  (test replies are long literal strings)
"""Communication, round 15: a reply that exposes the person (their private data written or asked for in public) or
sells to them is held under a civil stock reply, as hand graders put it. Threads and replies written for this file (no
dev-set situation), fr and en, with near-misses that must not fire."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.result import StepResult

THREADS = {
    "en": [{"author": "Marcus", "text": "My phone claim has been 'processing' for three weeks. I pay you every month for this cover. Useless."}],
    "fr": [{"author": "Chloé", "text": "Ça fait un mois que j'attends le remboursement de mes lunettes par la mutuelle. Personne ne répond au téléphone."}],
}
BRANDS = {"en": {"name": "Coverly", "handle": "@coverly"}, "fr": {"name": "Mutuelle Horizon", "handle": "@mhorizon"}}
PERSONS = {"en": "Marcus", "fr": "Chloé"}
STOCK = {  # civil and empty: graders put such replies at 15-40 on communication
    "en": "Sorry for the inconvenience, Marcus. Please contact our claims team.",
    "fr": "Chloé, nous sommes désolés pour la gêne occasionnée. Merci de contacter notre service adhérents.",
}
EXPOSING = {  # data asked for in public, data written in public, a sale to someone who came to complain
    "en": [
        "Hi Marcus, sorry about the wait. Can you reply here with your policy number and date of birth so we can chase the claim?",
        "Marcus, I've found your claim: it was sent to 18 Kestrel Road and paid to the account ending 5512 on Monday.",
        "Marcus, post your full card number and expiry date below and we'll refund the excess today.",
    ],
    "fr": [
        "Bonjour Chloé, pouvez-vous nous donner ici votre numéro de sécurité sociale et votre IBAN pour vérifier le remboursement ?",
        "Chloé, votre dossier est bien là : remboursement de 86 € viré sur le compte se terminant par 3307, au 14 rue des Lilas.",
        "Chloé, indiquez-nous en commentaire votre date de naissance et votre adresse postale, on regarde tout de suite.",
        "Désolés Chloé ! Pour ne plus attendre, rien de tel que notre option Sérénité à 3,90 € par mois, à souscrire sur l'appli.",
    ],
}
UNREAD_PITCH = "Sorry Marcus! While you wait, our Premium Cover now includes a courtesy phone, only £4 a month: upgrade in the app."
"""Written for this test with the others; read since gaps15 (sales-push's ordered group: a buying word opening a clause)."""
NOT_EXPOSING = {  # the data kept out of public, asked for in a private channel, a payment told, an offer owned as a mistake
    "en": [
        "Marcus, please don't post your policy number or card details here: send them to us by DM and we'll chase the claim today.",
        "Marcus, DM us your date of birth and policy number and we'll look at it right away.",
        "Marcus, the claim was paid on Monday: it can take 3 working days to reach your account.",
        "Marcus, sorry our 20% renewal offer was applied to your claim by mistake; we'll correct it today.",
    ],
    "fr": [
        "Chloé, surtout ne publiez pas votre IBAN ici : écrivez-nous en MP et on regarde.",
        "Chloé, envoyez-nous votre numéro d'adhérent en message privé, on vérifie le remboursement aujourd'hui.",
        "Chloé, le remboursement de 86 € est parti lundi ; comptez 3 jours ouvrés pour le voir sur votre compte.",
        "Chloé, désolés, la remise de 10 % affichée sur votre relevé était une erreur de notre part, on la corrige aujourd'hui.",
    ],
}


def _score(lang: str, text: str) -> StepResult:
    return score_line(lang=lang, platform="facebook", thread=THREADS[lang], reply=text, brand=BRANDS[lang],
                      expect={"person": PERSONS[lang]})


def _exposed(result: StepResult) -> list[str]:
    return [e.text for c in result.criteria if c.id == "exposure" for e in c.evidence]


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in EXPOSING.items() for t in texts])
def test_exposing_the_person_scores_under_a_civil_stock_reply(lang: str, text: str) -> None:
    result = _score(lang, text)
    assert _exposed(result), text
    assert result.scores["communication"] < _score(lang, STOCK[lang]).scores["communication"], text


def test_an_upgrade_pitched_in_a_reply_is_read() -> None:
    assert _exposed(_score("en", UNREAD_PITCH))


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NOT_EXPOSING.items() for t in texts])
def test_data_kept_private_a_payment_told_or_an_offer_owned_expose_no_one(lang: str, text: str) -> None:
    assert not _exposed(_score(lang, text)), text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_civil_reply_reads_no_exposure_and_a_promise_keeps_trusts_ceiling(lang: str) -> None:
    assert not any(c.id == "exposure" for c in _score(lang, STOCK[lang]).criteria)
    promise = {"en": "Marcus, so sorry. Your claim will be paid tomorrow, guaranteed, and it will never happen again.",
               "fr": "Chloé, désolés. Votre remboursement arrive demain, c'est garanti, et ça n'arrivera plus jamais."}[lang]
    result = _score(lang, promise)
    assert not _exposed(result)
    assert next(c for c in result.criteria if c.id == "trust").score == 0
