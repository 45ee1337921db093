"""The person presumed informed by us closes the case (round 16, calm16): "you must have received our email",
« vous avez dû recevoir notre mail » read as a fact about us (the guess's sentence speaks of "our"), so nothing was
found in them; they tell the person what they must have done, and leave them no way if they did not. An honest check
offers one ("if not, we'll resend it", « sinon, on vous le renvoie ») or asks ("did you receive our email?").
Written for a timetable change and a double payment (no dev set's thread): eight presumptions, twelve near-misses."""

from __future__ import annotations

import pytest
from scoring_kit import criterion_of, score_line

THREAD = {
    "en": "I paid twice for my order and nobody answers. What is going on?",
    "fr": "J'ai payé deux fois ma commande et personne ne répond. C'est quoi ce bazar ?",
}
PRESUMED = {
    "en": ["Kim, you must have received our email about the new timetable, it was all explained there.",
           "As you must have seen in our newsletter, Kim, the class moved to Thursdays.",
           "Kim, you surely got our text message on Friday: the delivery slot was changed.",
           "Kim, you'll probably have read our post about it already, the pool is closed for repairs."],
    "fr": ["Kim, vous avez dû recevoir notre mail sur le nouvel horaire, tout y était expliqué.",
           "Comme vous l'avez sûrement vu sur notre page, Kim, le cours passe au jeudi.",
           "Kim, tu as forcément reçu notre SMS vendredi : le créneau a changé.",
           "Kim, vous avez sans doute lu notre message à ce sujet, la piscine est fermée pour travaux."],
}
CHECKED = {
    "en": ["Kim, did you receive our email about the new timetable? If not, we'll resend it today.",
           "Kim, you should have received an email from us on Monday; if not, send us your booking number and we'll "
           "resend it.",
           "Kim, you must have been worried when our email didn't arrive, sorry.",
           "Kim, you must have received a lot of messages this week, so here is ours in short: the class moves to "
           "Thursday.",
           "Kim, we must have sent our email to an old address, sorry: we'll resend it now.",
           "Kim, you probably received our email by now; if it isn't in your inbox, tell us and we'll send it again."],
    "fr": ["Kim, avez-vous reçu notre mail de lundi ? Sinon, on vous le renvoie aujourd'hui.",
           "Kim, vous avez dû recevoir un mail de notre part lundi ; si ce n'est pas le cas, dites-le-nous et on vous "
           "le renvoie.",
           "Kim, vous avez dû vous inquiéter en ne voyant pas notre mail, désolés.",
           "Kim, nous avons dû envoyer notre mail à une ancienne adresse, désolés : on vous le renvoie.",
           "Kim, vous avez sûrement reçu beaucoup de messages cette semaine, alors voici le nôtre en bref : le cours "
           "passe au jeudi.",
           "Kim, tu as dû recevoir notre mail lundi. Si tu ne l'as pas, dis-le-nous et on te le renvoie."],
}


def _found(lang: str, reply: str) -> list[str]:
    result = score_line(lang=lang, platform="facebook", thread=[{"author": "Kim", "text": THREAD[lang]}],
                        reply=reply, brand={"name": "Payly", "handle": "@payly"}, expect={"person": "Kim"})
    return [e.text for e in criterion_of(result, "no-hostility").evidence]


@pytest.mark.parametrize(("lang", "reply"), [(lang, r) for lang, rs in PRESUMED.items() for r in rs])
def test_the_person_presumed_informed_by_us_is_an_insinuation(lang: str, reply: str) -> None:
    assert _found(lang, reply), reply


@pytest.mark.parametrize(("lang", "reply"), [(lang, r) for lang, rs in CHECKED.items() for r in rs])
def test_a_check_a_question_or_a_feeling_guessed_is_none(lang: str, reply: str) -> None:
    assert not _found(lang, reply), reply
