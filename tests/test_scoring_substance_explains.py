# ruff: noqa: E501  (test replies are long literal strings)
"""Substance: a reply that explains why (a cause the thread did not give: "because the publisher's licence ended",
"parce que le bassin est en vidange") answers the question even without a figure or a next step; only the person's
facts read back to them are a recap (issue 11, round 6; found on the tuning split's misordered pairs, tested here on
situations and replies written for this file, fr and en)."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.scoring.criteria.substance import FACTS_SHARE, RECAP_SHARE

THREADS = {
    "en": [{"author": "Leo", "text": "Why did three e-books vanish from my library shelf overnight? I was halfway through one of them!"}],
    "fr": [{"author": "Sacha", "text": "Pourquoi le grand bassin de la piscine est encore fermé ce matin ? Je suis venue avec mes deux enfants pour rien !"}],
}
EXPECT = {
    "en": {"person": "Leo", "facts": [["e-books", "books"], ["vanish", "shelf"], ["halfway"]], "feeling": "frustrated"},
    "fr": {"person": "Sacha", "facts": [["bassin"], ["fermé"], ["enfants"]], "feeling": "agacée"},
}


def _substance(lang: str, text: str) -> int:
    result = score_line(lang=lang, platform="facebook", thread=THREADS[lang], expect=EXPECT[lang], reply=text)
    return next(c.score for c in result.criteria if c.id == "substance")


EXPLAINS = {
    "en": [
        "Leo, the e-books vanished from your shelf because the publisher's licence with the library ended overnight, not because of anything you did halfway through.",
        "Leo, sorry: those three e-books left your shelf due to a publisher contract that expired at midnight, which removes every copy on loan, halfway or not.",
        "Leo, the e-books vanished from your shelf, halfway or not, because the publisher withdrew its titles from every library at once.",
    ],
    "fr": [
        "Sacha, le grand bassin est fermé parce que l'analyse de l'eau de ce matin a montré trop de chlore, et les enfants ne doivent pas s'y baigner.",
        "Sacha, désolés : le bassin reste fermé à cause d'une pompe de filtration tombée en panne dans la nuit, ce qui rend l'eau trouble pour les enfants.",
        "Sacha, le grand bassin est fermé en raison d'une vidange imposée par l'agence régionale de santé après le contrôle sanitaire ; vos enfants peuvent nager dans le petit.",
    ],
}
RECAPS = {  # near-misses: the person's own facts read back, a cause word but nothing the thread did not say
    "en": [
        "Leo, three e-books vanishing from your shelf overnight when you were halfway through: we hear you.",
        "Leo, your e-books vanished overnight and you were halfway through, because of course that's when it happens.",
    ],
    "fr": [
        "Sacha, le grand bassin encore fermé ce matin et vos deux enfants venus pour rien : on vous entend.",
        "Sacha, le bassin fermé ce matin, vous êtes venue pour rien avec vos enfants, parce que c'est encore fermé.",
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("index", range(3))
def test_an_explanation_is_an_answer_not_a_recap(lang: str, index: int) -> None:
    score = _substance(lang, EXPLAINS[lang][index])
    assert score > 100 * FACTS_SHARE * RECAP_SHARE * 2 / 3, score
    assert score > max(_substance(lang, recap) for recap in RECAPS[lang])


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("index", range(2))
def test_the_persons_facts_read_back_stay_a_recap_even_with_a_cause_word(lang: str, index: int) -> None:
    assert _substance(lang, RECAPS[lang][index]) <= 100 * FACTS_SHARE * RECAP_SHARE
