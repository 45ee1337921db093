"""A step word under a negative prefix is a refusal, not a step: "tickets are non-refundable", "l'acompte est non
remboursable" deny the refund as "no refund" does. A "non" that answers a question ("Non, on vous rembourse demain")
does not. Situations written for this test, none of the dev set's."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

CONCERT_EN = [{"author": "Maya Brooks", "text": "The concert was moved to a Tuesday and I can't go anymore. I want my "
               "money back for both tickets, this is ridiculous."}]
GITE_FR = [{"author": "Hugo Lefèvre", "text": "Le gîte était inondé à notre arrivée, on a dû dormir à l'hôtel. Je veux "
            "être remboursé de l'acompte, c'est scandaleux."}]
THREADS = {"en": CONCERT_EN, "fr": GITE_FR}

REFUSED = [
    ("en", "Maya, tickets are non-refundable once a date is confirmed, as stated at checkout."),
    ("en", "Hi Maya, moved dates are non-refundable under our ticketing terms."),
    ("en", "Maya, the booking fee is non refundable, whatever the date."),
    ("fr", "Hugo, l'acompte est non remboursable selon nos conditions de location."),
    ("fr", "Bonjour Hugo, les séjours commencés sont non-remboursables, c'est indiqué au contrat."),
    ("fr", "Hugo, cet acompte reste non remboursable, même en cas de dégât des eaux."),
]
GRANTED = [
    ("en", "Maya, no, you won't lose out: we're refunding both tickets today."),
    ("fr", "Non, Hugo, vous ne perdrez rien : on vous rembourse l'acompte dès demain."),
    ("fr", "Hugo, non seulement on vous rembourse l'acompte, mais on règle aussi l'hôtel."),
]


def _next_step(lang: str, reply: str) -> int:
    result = score_line(lang=lang, platform="facebook", thread=THREADS[lang], reply=reply)
    return next(c.score for c in result.criteria if c.id == "next-step")


@pytest.mark.parametrize(("lang", "reply"), REFUSED)
def test_a_step_word_under_a_negative_prefix_is_refused(lang: str, reply: str) -> None:
    assert _next_step(lang, reply) <= 20


@pytest.mark.parametrize(("lang", "reply"), GRANTED)
def test_near_misses_a_no_that_answers_keeps_the_step(lang: str, reply: str) -> None:
    assert _next_step(lang, reply) >= 50
