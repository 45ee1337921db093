"""Owning twice: when the reply's first owning words are its apology ("that's on us", "c'est notre faute"), the next
owning phrase ("5.2 should never have touched your templates", "nous aurions dû vérifier") acknowledges the person.

Found on the opened set 4: "Marcus, that's on us. 5.2 should never have touched your templates, and two days of 'we're
looking into it' with a VAT return due Friday isn't good enough" (graded 92 on listening) read as an apology alone:
calm keeps one owning move per reply, and that one was the apology itself, so the owning phrase after it was lost; and
"you should have heard from us" undercut its own sentence as blame ("you should have"), which hostility already reads
as the longer caring phrase it is.
Written for this test, in situations the development set does not have; the near-misses own once, only in a stock
formula, or blame ("you should have descaled it")."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.scoring.criteria.feeling import APOLOGY_ALONE

THREAD = {
    "fr": [{"author": "Léon Petit", "text": "Ma machine à café fuit depuis la livraison, trois semaines déjà, "
                                           "et personne ne me répond. Je suis furieux."}],
    "en": [{"author": "Leon Small", "text": "My coffee machine has leaked since delivery, three weeks now, "
                                           "and nobody answers me. I'm furious."}],
}
TWICE = [
    ("en", "Leon, that's on us. The machine should never have left the warehouse with a cracked tank."),
    ("en", "Leon, that's on us: you should have heard from us weeks ago, not had to chase."),
    ("en", "That's on us, Leon, and three weeks without a word from us is not good enough."),
    ("fr", "Léon, c'est notre faute : nous aurions dû vérifier la machine avant l'envoi."),
    ("fr", "C'est notre faute, Léon, et ne pas vous avoir répondu est une erreur de notre part."),
    ("fr", "Léon, c'est notre faute ; nous aurions dû vous rappeler dès la première semaine."),
    ("fr", "Léon, c'est notre faute ; vous auriez dû l'apprendre par nous, pas en relançant trois fois."),
]
ONCE = [
    ("en", "Leon, that's on us."),
    ("en", "That's on us, Leon. Please DM us your order number."),
    ("en", "That's on us, Leon, we apologise for any inconvenience this may have caused."),
    ("fr", "Léon, c'est notre faute."),
    ("fr", "C'est notre faute, Léon. Envoyez-nous votre numéro de commande en MP."),
    ("en", "Sorry Leon, but you should have descaled it, as the manual says."),
    ("fr", "Désolé Léon, mais vous auriez dû la détartrer, comme le dit la notice."),
]


def feeling(lang: str, reply: str) -> float:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=reply,
                        expect={"feeling": "furieux" if lang == "fr" else "furious"})
    return next(c for c in result.criteria if c.id == "acknowledges-feeling").score


@pytest.mark.parametrize(("lang", "reply"), TWICE)
def test_owning_after_the_apology_acknowledges_the_person(lang: str, reply: str) -> None:
    assert feeling(lang, reply) > APOLOGY_ALONE


@pytest.mark.parametrize(("lang", "reply"), ONCE)
def test_owning_once_in_a_stock_formula_or_beside_blame_stays_an_apology_at_most(lang: str, reply: str) -> None:
    assert feeling(lang, reply) <= APOLOGY_ALONE
