"""A caring word in the sentence that shuts the person out ("I know, your message is unclear", "je sais, c'est comme
ça") acknowledges nothing (listening), as a jab's sentence does; a genuine clarifying question keeps it. Sentences
written for this test, in no dev-set situation."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREAD = {
    "en": [{"author": "Owen", "text": "Third time my parcel is lost. I am furious and I want my money back."}],
    "fr": [{"author": "Sandrine", "text": "Troisième colis perdu. Je suis furieuse, je veux être remboursée."}],
}
PERSON = {"en": "Owen", "fr": "Sandrine"}
SHUT = {
    "en": ["Owen, I know, your message is unclear. Please use the contact form.",
           "Owen, I don't understand what you're asking. Please use the contact form.",
           "Owen, I know, it is what it is. Please use the contact form."],
    "fr": ["Sandrine, je sais, votre message n'est pas clair. Écrivez au service client.",
           "Sandrine, je sais, c'est comme ça. Écrivez au service client."],
}
ASKED = {
    "en": "Owen, I know, your message is unclear: is it the refund or a new parcel?",
    "fr": "Sandrine, je sais, votre message n'est pas clair : s'agit-il du remboursement ou d'un nouveau colis ?",
}
CARING = ("know", "understand", "sais")


def _feeling(lang: str, reply: str) -> tuple[int, list[str]]:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=reply,
                        expect={"person": PERSON[lang]})
    found = next(c for c in result.criteria if c.id == "acknowledges-feeling")
    return found.score, [e.text.lower() for e in found.evidence]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_caring_word_beside_a_dismissal_acknowledges_nothing(lang: str) -> None:
    asked, asked_words = _feeling(lang, ASKED[lang])
    assert any(w in e for e in asked_words for w in CARING)  # the question in good faith keeps "I know"
    for reply in SHUT[lang]:
        shut, shut_words = _feeling(lang, reply)
        assert not any(w in e for e in shut_words for w in CARING), reply
        assert shut < asked, reply
