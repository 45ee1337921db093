"""Teamwork's holding line never says "nobody answers the community" beside a reply that answers it.

Found reading the feedback of the tuning split: "Priya, sorry to hear this, please DM us." beside a note got "Nobody
answers the community meanwhile." A reply that answers the person but says nothing of what happens while the team
works now earns a little (more than silence, far less than saying what the brand is doing), and the feedback asks for
what happens. Replies written for this test, fr and en; the near-miss is a note with no reply at all."""

from __future__ import annotations

from typing import Any

import pytest
from scoring_kit import score_line

THREAD = {"fr": [{"author": "Omar Haddad", "text": "Mon compteur d'eau affiche 40 m³ de trop ce trimestre, c'est une "
                                                  "blague ?"}],
          "en": [{"author": "Omar Hadid", "text": "My water meter shows 40 m³ too much this quarter, is this a joke?"}]}
NOTE = {"fr": "Facturation : relevé du compteur d'Omar Haddad à vérifier aujourd'hui, il s'en plaint sur Facebook.",
        "en": "Billing: please check Omar Hadid's meter reading today, he is complaining on Facebook."}
ANSWERS = [
    ("fr", "Omar, désolés pour cette facture, envoyez-nous votre numéro de client en MP."),
    ("fr", "Bonjour Omar, merci pour votre message."),
    ("en", "Omar, sorry about this bill, please DM us your customer number."),
    ("en", "Hi Omar, thanks for your message."),
]
ACTING = {"fr": "Omar, je fais vérifier votre relevé par la facturation aujourd'hui et je reviens vers vous ici.",
          "en": "Omar, I'm having billing check your reading today and I'll come back to you here."}


def holding(lang: str, public: str | None) -> Any:
    reply = {"internal_note": NOTE[lang]} if public is None else {"public": public, "internal_note": NOTE[lang]}
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], expect={"teams": ["billing"]},
                        qualities=["teamwork"], reply=reply)
    return next(c for c in result.criteria if c.id == "holding-line")


@pytest.mark.parametrize(("lang", "public"), ANSWERS)
def test_a_reply_that_answers_is_never_told_nobody_answers(lang: str, public: str) -> None:
    criterion = holding(lang, public)
    assert "Personne ne répond" not in criterion.feedback and "Nobody answers" not in criterion.feedback
    assert "dites ce que vous faites" in criterion.feedback or "say what you are doing" in criterion.feedback
    assert 0 < criterion.score < holding(lang, ACTING[lang]).score


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_note_with_no_reply_is_told_nobody_answers(lang: str) -> None:
    criterion = holding(lang, None)
    assert criterion.score == 0
    assert "Personne ne répond" in criterion.feedback or "Nobody answers" in criterion.feedback
