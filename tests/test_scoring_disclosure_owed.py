# ruff: noqa: E501  (test replies are long literal strings)
"""A detail the step expects the reply to give is owed, never disclosed (issue 11, round 5): the brand's own venue
("14 Mill Street" in a post that also says "we'll fit your lights"), its hotline or its stand, listed among the step's
facts, was read as the person's private address because an owner word ("your") stood later in the sentence, and the
best posts of a situation lost all their trust. The person's own details, absent from the facts, still break it.
Sentences written for this file, fr and en, in other situations than the development set's."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

FACTS = {
    "en": [["Harbour Road", "harbour"], ["Sunday"], ["free"], ["0800 555 0199", "hotline"]],
    "fr": [["rue des Tanneurs", "Tanneurs"], ["dimanche"], ["gratuit"], ["01 84 60 22 10", "ligne"]],
}
THREAD = {"en": [{"author": "Nadia Brooks", "text": "Is the repair day still on? Where do I bring my kettle?"}],
          "fr": [{"author": "Nadia Brooks", "text": "La journée réparation tient toujours ? Où est-ce que j'apporte ma bouilloire ?"}]}

OWED = [
    ("en", "post", "Repair day is on! Bring your broken kettle to 22 Harbour Road on Sunday between 10am and 4pm: our volunteers fix your appliances for free."),
    ("en", "post", "Sunday, 10am-4pm, 22 Harbour Road: bring your toaster, your lamp, your kettle, and we'll try to bring them back to life, free."),
    ("en", "reply", "Nadia, yes, it's on: bring your kettle to 22 Harbour Road on Sunday from 10am, it's free. Questions? Call the hotline on 0800 555 0199."),
    ("fr", "post", "La journée réparation, c'est dimanche au 8 rue des Tanneurs, de 10 h à 16 h : apportez vos appareils en panne, nos bénévoles les réparent gratuitement avec vous."),
    ("fr", "post", "Dimanche, 8 rue des Tanneurs : votre grille-pain, votre lampe, votre bouilloire ont peut-être encore de beaux jours devant eux. C'est gratuit."),
    ("fr", "reply", "Nadia, oui, ça tient : apportez votre bouilloire dimanche au 8 rue des Tanneurs, c'est gratuit. Une question ? Votre ligne : 01 84 60 22 10."),
]
NOT_OWED = [  # near-misses: the person's own details, absent from the facts, still break trust
    ("en", "reply", "Nadia, we'll pick your kettle up from your flat at 41 Elm Crescent on Sunday."),
    ("en", "reply", "Nadia, your order 58213 is ready: it will be waiting for you on Sunday, free of charge."),
    ("fr", "reply", "Nadia, on passe prendre votre bouilloire chez vous au 17 rue Pasteur dimanche."),
    ("fr", "reply", "Nadia, votre commande n° 58213 est prête, on vous l'apporte dimanche."),
]


def _broken(lang: str, kind: str, text: str) -> list[str]:
    thread = [] if kind == "post" else THREAD[lang]
    expect = {"facts": FACTS[lang], **({"person": "Nadia"} if kind == "reply" else {})}
    result = score_line(lang=lang, platform="facebook", thread=thread, expect=expect, reply=text)
    return [e.text for c in result.criteria if c.id == "trust" for e in c.evidence if e.polarity == "-"]


@pytest.mark.parametrize(("lang", "kind", "text"), OWED)
def test_a_detail_the_step_asks_for_is_owed_not_disclosed(lang: str, kind: str, text: str) -> None:
    assert _broken(lang, kind, text) == []


@pytest.mark.parametrize(("lang", "kind", "text"), NOT_OWED)
def test_the_persons_own_details_still_break_trust(lang: str, kind: str, text: str) -> None:
    assert _broken(lang, kind, text)
