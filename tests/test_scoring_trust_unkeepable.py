# ruff: noqa: E501  (test replies are long literal strings)
"""Trust: a promise the brand cannot keep ("guaranteed", "never again", "c'est promis") costs more than a soothing
word ("don't worry", "ne vous inquiétez pas"): the promise will be broken in front of everyone, the reassurance only
runs ahead of the facts. Hand graders put gushing promises ("we'll be back up within 10 minutes and pay your fee,
guaranteed!") at 16-25 on communication, under plain stock replies (issue 11, round 6; found on the tuning split's
misordered pairs, tested here on situations and replies written for this file, fr and en)."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q

THREAD = {
    "en": [{"author": "Anouk", "text": "My flight to Lisbon was cancelled at the gate and your app still says 'on time'. What now?"}],
    "fr": [{"author": "Anouk", "text": "Mon vol pour Lisbonne a été annulé à la porte d'embarquement et votre appli affiche toujours « à l'heure ». On fait quoi ?"}],
}


def _scores(lang: str, text: str) -> tuple[int, int]:
    result = score_line(lang=lang, platform="x", thread=THREAD[lang], reply=text)
    trust = next(c.score for c in result.criteria if c.id == "trust")
    return trust, result.scores[Q.communication]


PROMISING = {  # (the promise nobody can keep, the same reply soothing instead)
    "en": [
        ("Anouk, sorry. You'll be on the 18:05 to Lisbon, guaranteed, and the app will never show a wrong status again.",
         "Anouk, sorry. Don't worry, we're looking for a seat on the 18:05 to Lisbon and the app team has the wrong status."),
        ("Anouk, I promise you a seat on the next flight and a full refund within the hour.",
         "Anouk, rest assured we're looking for a seat on the next flight and checking your refund."),
        ("Anouk, this will never happen again: our new system is definitely fixed from tonight.",
         "Anouk, no need to worry: our team is checking the status system tonight."),
    ],
    "fr": [
        ("Anouk, désolés. Vous serez sur le vol de 18 h 05 pour Lisbonne, c'est garanti, et l'appli n'affichera plus jamais un mauvais statut.",
         "Anouk, désolés. Ne vous inquiétez pas, on vous cherche une place sur le vol de 18 h 05 et l'équipe de l'appli a le mauvais statut."),
        ("Anouk, je vous promets une place sur le prochain vol et un remboursement complet dans l'heure.",
         "Anouk, rassurez-vous, on vous cherche une place sur le prochain vol et on vérifie votre remboursement."),
        ("Anouk, nous vous garantissons que ça n'arrivera plus : le système est réparé dès ce soir.",
         "Anouk, pas d'inquiétude : l'équipe vérifie le système de statut ce soir."),
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("index", range(3))
def test_a_promise_the_brand_cannot_keep_costs_more_trust_than_a_reassurance(lang: str, index: int) -> None:
    promise, soothing = PROMISING[lang][index]
    promised, soothed = _scores(lang, promise), _scores(lang, soothing)
    assert promised[0] < soothed[0] < 100, (promised, soothed)


WARRANTIES = {  # near-misses: a guarantee with a term is a warranty, a promise recalled is no new promise
    "en": ["Anouk, your ticket is guaranteed for 12 months, so you can rebook any flight to Lisbon at no cost.",
           "Anouk, as promised at the gate, your rebooking on the 18:05 is confirmed: seat 14C."],
    "fr": ["Anouk, votre billet est garanti 12 mois : vous pouvez reprendre un vol pour Lisbonne sans frais.",
           "Anouk, comme promis à la porte, votre place sur le vol de 18 h 05 est confirmée : siège 14C."],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("index", range(2))
def test_a_warranty_or_a_promise_kept_costs_no_trust(lang: str, index: int) -> None:
    assert _scores(lang, WARRANTIES[lang][index])[0] >= 90
