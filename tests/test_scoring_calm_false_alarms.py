"""Words that are hostile only in one shape are not hostile in every shape. The shock someone had is no sarcasm ("what
a shock" still is); a brand owning that something "should never have been" done blames nobody; "vous avez encore"
is a reproach only before a fault ("vous avez encore tout cassé"), not in "si vous avez encore mal". Sentences written
for this test, in situations the dev set does not have."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREADS = {
    "en": "I was charged twice for my train ticket and the app logged me out mid-journey. Not impressed.",
    "fr": "Ma commande est arrivée écrasée et personne ne répond au service client depuis une semaine !",
}
INNOCENT = [
    ("en", "Sam, sorry for the shock of seeing that charge twice. I've asked our payments team to refund it today."),
    ("en", "That must have been a shock on a busy morning, Sam. The second charge is being refunded now."),
    ("en", "Sam, your card should never have been charged twice, and I'm sorry it was. The refund leaves today."),
    ("en", "That logout should never have happened mid-journey. Our app team is on it and I'll update you by 6pm."),
    ("fr", "Inès, si vous avez encore le carton, envoyez-nous une photo en privé et on vous renvoie la commande."),
    ("fr", "Si tu as encore des questions sur le remboursement, écris-nous en privé : on te répond dans l'heure."),
    ("fr", "Vous avez encore mal au dos après avoir porté le colis ? Désolés, on vient le reprendre chez vous demain."),
]
HOSTILE = [
    ("en", "What a shock, a train company charging people. Read the booking page next time."),
    ("en", "Sam, if you had checked your statement you'd have seen it was a pre-authorisation."),
    ("fr", "Vous avez encore tout cassé en ouvrant le carton, comme la dernière fois."),
    ("fr", "Tu as encore oublié ton numéro de commande ? Sans lui on ne peut rien faire."),
    ("fr", "Logistique : vous avez encore perdu un colis, c'est la troisième fois ce mois-ci."),
]


def _hostile_spans(lang: str, reply: str) -> list[str]:
    result = score_line(lang=lang, platform="x", thread=[{"author": "sam_r" if lang == "en" else "ines_b",
                                                          "text": THREADS[lang]}], reply=reply)
    return [e.text for c in result.criteria if c.id == "no-hostility" for e in c.evidence if e.polarity == "-"]


@pytest.mark.parametrize(("lang", "reply"), INNOCENT)
def test_innocent_shapes_cost_no_calm(lang: str, reply: str) -> None:
    assert _hostile_spans(lang, reply) == []


@pytest.mark.parametrize(("lang", "reply"), HOSTILE)
def test_the_hostile_shapes_still_do(lang: str, reply: str) -> None:
    assert _hostile_spans(lang, reply)
