"""The person's temper (angry, rude, worked up; s'emporter, désagréable) is a lecture only after "no need to": "no
need to get so angry" talks down to them, while "you have every right to be angry and a form won't help" hears them,
though a verdict of futility ("won't help") stands in the same sentence. Sentences written for this test, in no dev-set
situation (a lost parcel)."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREAD = {
    "en": [{"author": "Owen", "text": "Third time my parcel is lost. I am furious and I want my money back."}],
    "fr": [{"author": "Sandrine", "text": "Troisième colis perdu. Je suis furieuse, je veux être remboursée."}],
}
PERSON = {"en": "Owen", "fr": "Sandrine"}
HEARD = {
    "en": ["Owen, you have every right to be angry and a generic apology won't help: I've refunded you today.",
           "Owen, I understand you're angry, and another form won't help, so I've refunded you today."],
    "fr": ["Sandrine, c'est désagréable, et attendre ne sert à rien : je vous rembourse aujourd'hui.",
           "Sandrine, vous avez le droit de vous emporter, et un formulaire ne sert à rien : je vous rembourse."],
}
LECTURED = {
    "en": ["Owen, no need to get so angry, I've refunded you today.",
           "Owen, there's no need to be rude, I've refunded you today."],
    "fr": ["Sandrine, pas besoin de vous emporter, je vous rembourse aujourd'hui.",
           "Sandrine, inutile d'être désagréable, je vous rembourse aujourd'hui."],
}


def _hostility(lang: str, reply: str) -> tuple[float, int, list[str]]:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=reply,
                        expect={"person": PERSON[lang]})
    found = next(c for c in result.criteria if c.id == "no-hostility")
    return found.score, result.scores["calm"], [e.text.lower() for e in found.evidence]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_temper_is_a_lecture_only_after_no_need_to(lang: str) -> None:
    lectured = [_hostility(lang, r) for r in LECTURED[lang]]
    for reply, (score, _calm, words) in zip(LECTURED[lang], lectured, strict=True):
        assert score <= 40 and any("need" in w or "besoin" in w or "inutile" in w for w in words), reply
    for reply in HEARD[lang]:
        score, calm, words = _hostility(lang, reply)
        assert score == 100 and not words, reply
        assert calm > max(c for _s, c, _w in lectured) + 20, reply
