"""Loud is not hostile (round 6): hand graders put a reply that shouts its care or its news ("MILLE PARDONS !!! On te
rembourse TOUT", "ALL FUNDS ARE SAFE. THE APP WILL BE BACK SHORTLY") at 36-50 on calm, above a quietly typed jab
(8-25). Shouting now caps calm at 60 points above its own score (it capped at 30, under most jabs); a shouted reply
still sits under the same reply typed calmly. Written for a parcel locker that would not open, in French and English.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q

THREAD = {
    "en": [{"author": "Jo", "text": "Your locker wouldn't open and my parcel went back to the depot. Useless."}],
    "fr": [{"author": "Jo", "text": "Votre casier ne s'est pas ouvert et mon colis est reparti au dépôt. Nul."}],
}
CASES = {
    "en": [("SO SORRY JO!!! WE'RE SENDING YOUR PARCEL BACK TOMORROW!!!",
            "Sorry Jo, we're sending your parcel back tomorrow.",
            "Jo, it's written on the locker: type the code."),
           ("JO, YOUR PARCEL IS SAFE AT THE DEPOT!!! REDELIVERY TOMORROW!!!",
            "Jo, your parcel is safe at the depot, redelivery tomorrow.",
            "Maybe read the instructions next time, Jo."),
           ("WE HEAR YOU JO!!! LOCKER FIXED TODAY, PARCEL BACK TOMORROW",
            "We hear you Jo: locker fixed today, parcel back tomorrow.",
            "Jo, at least you got a nice walk to the locker 😉")],
    "fr": [("DÉSOLÉS JO !!! ON VOUS RENVOIE LE COLIS DEMAIN !!!",
            "Désolés Jo, on vous renvoie le colis demain.",
            "Jo, c'est écrit sur le casier : il faut taper le code."),
           ("JO, VOTRE COLIS EST EN SÉCURITÉ AU DÉPÔT !!! NOUVELLE LIVRAISON DEMAIN !!!",
            "Jo, votre colis est en sécurité au dépôt, nouvelle livraison demain.",
            "La prochaine fois, lisez les instructions, Jo."),
           ("ON VOUS ENTEND JO !!! CASIER RÉPARÉ AUJOURD'HUI, COLIS DEMAIN",
            "On vous entend Jo : casier réparé aujourd'hui, colis demain.",
            "Au moins, vous avez fait une belle balade jusqu'au casier, Jo 😉")],
}


def _calm(lang: str, text: str) -> int:
    result = score_line(lang=lang, platform="x", thread=THREAD[lang], reply=text,
                        brand={"name": "Boxly", "handle": "@boxly"}, expect={"person": "Jo"})
    return result.scores[Q.calm]


@pytest.mark.parametrize(("lang", "loud", "quiet", "jab"), [(lang, *c) for lang, cs in CASES.items() for c in cs])
def test_a_shouted_reply_sits_between_the_same_reply_typed_calmly_and_a_jab(lang: str, loud: str, quiet: str,
                                                                              jab: str) -> None:
    assert _calm(lang, jab) < _calm(lang, loud) < _calm(lang, quiet), (loud, _calm(lang, jab), _calm(lang, loud))
