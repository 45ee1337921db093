"""What was written backs the person when the sentence agrees with them or owns the fault (round 16, calm16):
condescension's 'written' group ("it's written on the box", « c'est marqué sur la boîte ») is a jab unless its
sentence concedes; it conceded only after a contrast ("…, but far too small"). « Vous avez raison, c'était écrit, et
c'est notre faute » cost 60 of calm where its English twin, written without the cue, cost nothing. A sentence that
agrees or owns (de-escalation's owning and agreement groups) now concedes as well, and "it was written", « c'était
écrit » join the group. Written for a booking page and a contract (no dev set's thread)."""

from __future__ import annotations

import pytest
from scoring_kit import criterion_of, score_line

THREAD = {
    "en": "Actually the booking page said free cancellation, and you still charged me.",
    "fr": "En fait la page de réservation disait annulation gratuite, et vous m'avez quand même facturé.",
}
BACKED = {
    "en": ["Paul, you're right, it was written on the booking page, and that's on us. We'll cancel free of charge.",
           "Paul, it's written on the booking page, you're right: free cancellation. We'll cancel it today.",
           "Paul, you're right, it says so on the box, and we got it wrong. Refund on its way.",
           "Paul, it's written in your contract, so we were wrong to charge you. We'll refund it today."],
    "fr": ["Paul, vous avez raison, c'était écrit, et c'est notre faute : la page était fausse. On annule sans frais.",
           "Paul, c'est écrit sur la page, vous avez raison : annulation gratuite. On annule aujourd'hui.",
           "Paul, tu as raison, c'est marqué sur la boîte, et on s'est trompés. Le remboursement part.",
           "Paul, c'est indiqué dans votre contrat, donc c'est notre erreur de vous avoir facturé. On rembourse "
           "aujourd'hui."],
}
POINTED = {
    "en": ["Paul, it was written on the booking page. Please read it next time.",
           "Paul, it's written on the box: no refunds after opening.",
           "Paul, it says so on the box. We can't refund an opened item.",
           "Paul, it was written in the terms you accepted, sorry."],
    "fr": ["Paul, c'était écrit sur la page de réservation. Lisez-la la prochaine fois.",
           "Paul, c'est écrit sur la boîte : pas de remboursement après ouverture.",
           "Paul, c'est marqué sur la boîte. On ne peut pas rembourser un article ouvert.",
           "Paul, c'était écrit dans les conditions que vous avez acceptées, désolés."],
}


def _found(lang: str, reply: str) -> list[str]:
    result = score_line(lang=lang, platform="facebook", thread=[{"author": "Paul", "text": THREAD[lang]}],
                        reply=reply, brand={"name": "Bookly", "handle": "@bookly"}, expect={"person": "Paul"})
    return [e.text for e in criterion_of(result, "no-hostility").evidence]


@pytest.mark.parametrize(("lang", "reply"), [(lang, r) for lang, rs in BACKED.items() for r in rs])
def test_what_was_written_backs_the_person_in_a_sentence_that_agrees_or_owns(lang: str, reply: str) -> None:
    assert not _found(lang, reply), reply


@pytest.mark.parametrize(("lang", "reply"), [(lang, r) for lang, rs in POINTED.items() for r in rs])
def test_what_was_written_pointed_at_the_person_still_condescends(lang: str, reply: str) -> None:
    assert _found(lang, reply), reply
