"""A one-word next step is matched through its stem, so a word of another class sharing the stem read as the step:
"vos données personnelles" as "personnellement", "le personnel" too, "non remboursable" as "remboursement",
"l'expression de nos sentiments" as "express", "refundable" as "refund", "a person" as "personally". Listening's next
step reads the word's class by its ending (adjectives of possibility, in -el/-al, nouns in -ion, people in -ant; an
adverb matched by a word without the adverb's ending) and counts none of them; the step words themselves still count.
Situations written for this test (a courier's missed deliveries, a kitchen fitter's cancelled appointments), none from
the development set."""

from __future__ import annotations

import pytest
from scoring_kit import criterion_on_missed

OPENING = {"en": "Dan, three days off work for nothing is not acceptable and we're sorry. ",
           "fr": "Léa, trois jours de congé pour rien, c'est inacceptable et nous en sommes désolés. "}

OTHER_CLASS = [
    ("fr", "Vos données personnelles n'ont jamais été partagées."),
    ("fr", "Le personnel de l'agence est très attaché à ses clients."),
    ("fr", "Les frais de déplacement sont remboursables sur justificatif."),
    ("fr", "Veuillez agréer l'expression de nos sentiments distingués."),
    ("en", "Your personal details were never shared with the driver."),
    ("en", "The delivery fee is refundable on request."),
    ("en", "A person at the depot signed for it."),
]
STEP_WORDS = [
    ("fr", "Le directeur vous appelle personnellement."),
    ("fr", "Vos frais de déplacement vous seront remboursés."),
    ("fr", "Un technicien vient en express."),
    ("en", "The depot manager will personally call you."),
    ("en", "Your delivery fee is refunded."),
    ("en", "The parcel goes out by express courier."),
]


def _next_step(lang: str, reply: str) -> tuple[int, list[str]]:
    return criterion_on_missed(lang, OPENING[lang] + reply, "next-step")


@pytest.mark.parametrize(("lang", "reply"), OTHER_CLASS)
def test_a_word_of_another_class_sharing_the_stem_is_no_step(lang: str, reply: str) -> None:
    score, evidence = _next_step(lang, reply)
    assert score == 0, evidence


@pytest.mark.parametrize(("lang", "reply"), STEP_WORDS)
def test_the_step_words_themselves_still_count(lang: str, reply: str) -> None:
    score, evidence = _next_step(lang, reply)
    assert score > 0 and evidence, evidence
