"""A warranty is a fact, not a promise: listening keeps the next step beside it.

Listening read its promises from the overpromise lexicon alone, so "votre machine est sous garantie jusqu'en 2027 : je
vous envoie une étiquette de retour" lost its next step, and the feedback called the warranty "une promesse
intenable". It now reads promises as communication's trust does (a guarantee with its term or the warranty itself is
a warranty). Sentences written for this test; the near-misses are real guarantees, still no step to rely on."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREAD = {"fr": [{"author": "Claire Martin",
                  "text": "Ma machine à pain est tombée en panne au bout de 8 mois. Furieuse."}],
          "en": [{"author": "Claire Martin", "text": "My bread maker broke down after 8 months. Furious."}]}
WARRANTIES = [
    ("fr", "Claire, votre machine est sous garantie jusqu'en 2027 : je vous envoie une étiquette de retour "
           "aujourd'hui."),
    ("fr", "Claire, la panne est couverte par la garantie, on vous remplace la machine demain."),
    ("fr", "Claire, au titre de la garantie constructeur, nous vous envoyons un technicien jeudi."),
    ("en", "Claire, your machine is under guarantee until 2027: I'm sending you a return label today."),
    ("en", "Claire, this is covered by the warranty, we'll replace the machine tomorrow."),
    ("en", "Claire, the 2-year guarantee covers it: I'm booking a technician for Thursday."),
]
PROMISES = [
    ("fr", "Claire, on vous remplace la machine demain, c'est garanti."),
    ("fr", "Claire, garanti : une machine neuve chez vous ce soir."),
    ("en", "Claire, we'll replace it tomorrow, guaranteed, it will never break again."),
    ("en", "Claire, a brand new machine at your door tonight, guaranteed."),
]


def next_step(lang: str, reply: str) -> tuple[float, str]:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=reply,
                        expect={"feeling": "furieuse" if lang == "fr" else "furious"})
    c = next(c for c in result.criteria if c.id == "next-step")
    return c.score, c.feedback


@pytest.mark.parametrize(("lang", "reply"), WARRANTIES)
def test_a_step_beside_a_warranty_is_a_step(lang: str, reply: str) -> None:
    score, feedback = next_step(lang, reply)
    assert score >= 60
    assert "promesse" not in feedback and "promise" not in feedback


@pytest.mark.parametrize(("lang", "reply"), PROMISES)
def test_a_step_in_a_real_guarantee_is_still_no_step_to_rely_on(lang: str, reply: str) -> None:
    score, feedback = next_step(lang, reply)
    assert score < 60 and ("promesse" in feedback or "promise" in feedback)
