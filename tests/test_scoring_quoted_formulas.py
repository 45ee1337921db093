# ruff: noqa: E501  (test replies are long literal strings)
"""Communication: a stock formula between quotation marks is mentioned, not used ("on ne dira pas « merci pour votre
retour »", "no 'we apologise for any inconvenience' from me"): the voice is a person's and the substance is not vague
for it (issue 11, round 6; found on the tuning split's misordered pairs, tested here on situations and replies written
for this file, fr and en)."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREAD = {
    "en": [{"author": "Ravi", "text": "Third time my coffee subscription skipped a month. Don't give me the usual script, just tell me: why does this keep happening?"}],
    "fr": [{"author": "Maëlle", "text": "Troisième mois que mon abonnement café saute une livraison. Épargnez-moi le discours habituel, dites-moi : pourquoi ça recommence ?"}],
}
EXPECT = {
    "en": {"person": "Ravi", "facts": [["subscription", "skipped", "month"]]},
    "fr": {"person": "Maëlle", "facts": [["abonnement", "livraison", "saute"]]},
}


def _criteria(lang: str, text: str) -> dict[str, list[str]]:
    result = score_line(lang=lang, platform="instagram", thread=THREAD[lang], expect=EXPECT[lang], reply=text)
    return {c.id: [e.text for e in c.evidence if e.polarity == "-"] for c in result.criteria}


MENTIONED = {
    "en": [
        "Ravi, no 'thank you for your feedback' from me: your box skipped because the card update failed, and I've fixed it.",
        "Fair enough Ravi, you won't get a \u201cwe apologise for any inconvenience\u201d here. The skip was our billing bug; your next box ships Monday.",
        "Ravi, I could write \"we are looking into it\", but you asked for facts: the March batch was short, so we skipped the newest subscribers.",
    ],
    "fr": [
        "Maëlle, pas de « merci pour votre retour » ici : la livraison a sauté parce que le paiement a échoué, et je l'ai corrigé.",
        "Promis Maëlle, on ne vous sert pas le « nous sommes désolés pour la gêne occasionnée ». C'est un bug de facturation ; votre colis part lundi.",
        "Maëlle, je pourrais écrire \u201cvotre satisfaction est notre priorité\u201d, mais vous voulez des faits : le lot de mars était trop court.",
    ],
}
USED = {  # near-misses: the same formulas, used
    "en": [
        "Ravi, thank you for your feedback: your box skipped because the card update failed.",
        "Hi Ravi, we apologise for any inconvenience. Your next box ships Monday.",
        "Ravi, we are looking into it and will come back to you.",
    ],
    "fr": [
        "Maëlle, merci pour votre retour : la livraison a sauté parce que le paiement a échoué.",
        "Bonjour Maëlle, nous sommes désolés pour la gêne occasionnée. Votre colis part lundi.",
        "Maëlle, votre satisfaction est notre priorité, nous allons régler cela.",
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("index", range(3))
def test_a_quoted_formula_is_no_stock_phrase(lang: str, index: int) -> None:
    faults = _criteria(lang, MENTIONED[lang][index])
    assert faults["voice"] == [], faults["voice"]
    assert faults["substance"] == [], faults["substance"]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("index", range(3))
def test_a_formula_used_stays_a_stock_phrase(lang: str, index: int) -> None:
    faults = _criteria(lang, USED[lang][index])
    assert faults["voice"] or faults["substance"], faults
