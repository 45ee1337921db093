# ruff: noqa: E501  (test replies are long literal strings)
"""Substance: the figures and times of a sentence that promises what the brand cannot keep ("within 10 minutes …,
guaranteed!", "demain matin, c'est promis") are no information the person can use, as its next steps already were
not (issue 11, round 6; found on the tuning split's misordered pairs, tested here on situations and replies written
for this file, fr and en)."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREAD = {
    "en": [{"author": "Tom", "text": "Your checkout crashed three times and took my money but no tickets came. Where are my tickets? The gig is on Saturday!"}],
    "fr": [{"author": "Inès", "text": "Mon canapé devait être livré samedi, personne n'est venu et personne ne répond. J'ai posé ma journée pour rien."}],
}
EXPECT = {
    "en": {"person": "Tom", "facts": [["checkout", "crashed"], ["tickets"], ["Saturday", "gig"]]},
    "fr": {"person": "Inès", "facts": [["canapé", "livraison", "livré"], ["samedi"], ["journée"]]},
}


def _substance(lang: str, text: str) -> tuple[int, list[str]]:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], expect=EXPECT[lang], reply=text)
    crit = next(c for c in result.criteria if c.id == "substance")
    return crit.score, [e.text for e in crit.evidence if e.polarity == "+"]


PROMISED = {  # the specifics live in a promise nobody can keep
    "en": [
        "Tom, your tickets will be in your inbox within 5 minutes and we'll add a £60 voucher on top, guaranteed!",
        "Tom, I promise you'll be at the gig on Saturday: 2 front-row seats are yours, 100% sure.",
        "Tom, this will never happen again: from Monday 9am our new checkout takes every order, guaranteed.",
    ],
    "fr": [
        "Inès, votre canapé arrive demain à 8 h et on vous offre 200 € pour la journée perdue, c'est garanti !",
        "Inès, c'est promis : livraison lundi 9 h, plus un fauteuil offert d'une valeur de 300 €.",
        "Inès, plus jamais ça : dès le 1er mars, toutes nos livraisons arriveront à l'heure, garanti.",
    ],
}
PLAIN = {  # the same kind of specifics, stated as facts the brand can stand by
    "en": [
        "Tom, sorry: your tickets were held, not lost. I've resent them to your inbox at 10:40 and refunded the £4 fee.",
        "Tom, the crash hit orders between 7pm and 8pm. Yours went through: your 2 tickets for Saturday are in the app.",
        "Tom, sorry for the crash. The two extra charges of £45 will be back on your card by Monday.",
    ],
    "fr": [
        "Inès, désolés : le camion est tombé en panne samedi. Nous pouvons livrer votre canapé mardi entre 8 h et 12 h.",
        "Inès, pardon pour samedi. Je vous rembourse les 49 € de livraison aujourd'hui et je vous propose lundi 14 h.",
        "Inès, votre canapé est au dépôt de Lyon depuis le 3 mars : on vous appelle avant 17 h pour fixer un créneau.",
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("index", range(3))
def test_figures_inside_an_unkeepable_promise_are_no_substance(lang: str, index: int) -> None:
    _score, quoted = _substance(lang, PROMISED[lang][index])
    assert not any(any(c.isdigit() for c in q) for q in quoted), quoted


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("index", range(3))
def test_figures_stated_as_facts_stay_substance(lang: str, index: int) -> None:
    score, quoted = _substance(lang, PLAIN[lang][index])
    assert any(any(c.isdigit() for c in q) for q in quoted), quoted
    assert score > _substance(lang, PROMISED[lang][index])[0]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_promise_voids_its_own_sentence_only(lang: str) -> None:
    text = {"en": "Tom, your refund of £45 went out at 10:40 today. It will never happen again, guaranteed.",
            "fr": "Inès, le remboursement de 49 € est parti aujourd'hui à 10 h. Ça n'arrivera plus jamais, c'est garanti."}[lang]
    _score, quoted = _substance(lang, text)
    assert any("45" in q or "49" in q for q in quoted), quoted
