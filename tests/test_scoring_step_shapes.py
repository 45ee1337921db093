"""A step's word is no step when it is refused or only echoed back: "aucun remboursement", "no refund", "Refund?? For
a blender you misused?", "Un remboursement ? Pour un colis que vous n'avez pas suivi ?".

Found on the tuning split: listening read "Refund??" as a next step (the known miss of round 4), and in set 4 "ne
donnent lieu à aucun remboursement", "on n'a aucune trace de ta lettre", "cela n'aurait jamais dû arriver" each earned
a step to replies graded 16-30 on listening. A step's word counts unless a negation stands just before it in its
sentence, or its sentence is a question that addresses nobody (no I, we, you; je, nous, on, vous, tu): a request that
holds a step ("could you DM us so I can set up your refund?") still counts. An adverb between the subject and its verb
is skipped by its ending ("we sincerely apologise", "nous vous présentons sincèrement") so the verb read is the real
one. Written for this test, in situations the development set does not have."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREAD = {
    "fr": [{"author": "Léon Petit", "text": "Ma machine à café fuit depuis la livraison, trois semaines déjà, "
                                           "et personne ne me répond. Je veux un remboursement."}],
    "en": [{"author": "Leon Small", "text": "My coffee machine has leaked since delivery, three weeks now, "
                                           "and nobody answers me. I want a refund."}],
}
NO_STEP = [
    ("fr", "Un remboursement ?? Pour une machine que vous avez mal détartrée ?"),
    ("fr", "Léon, nos conditions ne prévoient aucun remboursement pour une fuite après usage."),
    ("fr", "Un échange ? Une machine neuve ? Pour trois gouttes ?"),
    ("fr", "Léon, nous n'avons aucune trace de votre commande."),
    ("en", "A refund?? For a machine you never descaled?"),
    ("en", "Leon, our terms give no refund for a leak after use."),
    ("en", "Replacement? Tomorrow? For a few drops of water?"),
    ("en", "Leon, we sincerely regret the leak."),
    ("en", "Leon, there is no tracking for that order on our side."),
]
STEPS = [
    ("fr", "Léon, pourriez-vous nous écrire en MP pour que je lance votre remboursement ce soir ?"),
    ("fr", "Léon, votre remboursement part aujourd'hui."),
    ("fr", "Léon, on vous envoie une machine de remplacement demain, ça vous va ?"),
    ("fr", "Léon, nous vous remboursons intégralement dès ce soir."),
    ("en", "Leon, could you DM us your order number so I can set up your refund this afternoon?"),
    ("en", "Leon, your refund goes out today."),
    ("en", "Leon, we'll send a replacement tomorrow, does that work for you?"),
    ("en", "Leon, we quickly rebooked a courier for tomorrow morning."),
]


def next_step(lang: str, reply: str) -> float:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=reply,
                        expect={"feeling": "furieux" if lang == "fr" else "furious"})
    return next(c for c in result.criteria if c.id == "next-step").score


@pytest.mark.parametrize(("lang", "reply"), NO_STEP)
def test_a_step_refused_or_echoed_back_is_no_step(lang: str, reply: str) -> None:
    assert next_step(lang, reply) == 0


@pytest.mark.parametrize(("lang", "reply"), STEPS)
def test_a_step_stated_or_offered_in_a_question_counts(lang: str, reply: str) -> None:
    assert next_step(lang, reply) >= 60
