"""An insult named as a sign, not used (round 8): "fair point underneath the clown emoji", "derrière l'emoji clown, il y
a une vraie remarque", "past the 'idiots' in your post" speak of the word or the emoji someone posted; they call nobody
a clown. The insult is reported: a word of sign (emoji, hashtag, gif, nickname; emoji, surnom, mème)
right beside it, with no pause between, or quotation marks around it. A comment is no word of sign: adjectives
judge it ("a stupid comment"). An insult followed by a pause and then a sign
("you're a clown, emoji or not") is still used.

Named from a misordered calm pair of set 7 (a water company's hosepipe ban: the best reply, graded 94, scored 31 for
"the clown emoji"). The sentences below are written for other situations (a gym's broken lift, a bakery's late order),
in French and English, with near-misses where the insult is used at the person and must still cost.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.result import CriterionResult

THREAD = {
    "en": [{"author": "Dan", "text": "Lift broken AGAIN 🤡🤡 you lot are clowns, third week running."},
           {"author": "Mia", "text": "Honestly the idiots at the front desk just shrug."}],
    "fr": [{"author": "Karim", "text": "Commande de mariage livrée avec 2 h de retard 🤡 bande de nuls."},
           {"author": "Léa", "text": "Pareil pour mon gâteau samedi, quels guignols."}],
}
PERSON = {"en": "Dan", "fr": "Karim"}
BRAND = {"en": {"name": "Ironworks Gym", "handle": "@ironworksgym"}, "fr": {"name": "Fournil Sainte-Anne",
                                                                       "handle": "@fournilsteanne"}}

NAMED = {
    "en": ["Dan, fair enough underneath the clown emoji: the lift has been out for three weeks and that's on us.",
           "Mia, past the 'idiots' in your post there's a real point: nobody at the desk told you when it would be "
           "fixed.",
           "Dan, we saw the 🤡 gif, and you're right that three weeks is far too long.",
           "We'll take the clown emoji, Dan, we earned it: the engineer is booked for Thursday morning."],
    "fr": ["Karim, derrière l'emoji clown il y a une vraie remarque : deux heures de retard un jour de mariage, c'est "
           "inacceptable.",
           "Léa, malgré le mot « guignols », vous avez raison sur le fond : votre gâteau est parti en retard.",
           "On a bien vu le surnom guignols, Léa, et on le mérite cette fois : nous vous rappelons aujourd'hui.",
           "Karim, le « nuls » est dur mais le retard est réel : nous vous remboursons la livraison."],
}
USED = {
    "en": ["Dan, you're a clown, emoji or not.",
           "Mia, the only idiots here are the ones posting comments like yours.",
           "Nice emoji. Clowns recognise their own, Dan.",
           "That's a stupid comment, Dan."],
    "fr": ["Karim, le seul clown ici, c'est vous.",
           "Léa, quelle guignol, avec ses commentaires.",
           "Joli emoji, Karim. Un vrai clown.",
           "Quel commentaire débile, Karim."],
}
GAPS = {"en": ["Dan, we read your clowns comment, and you're right that three weeks is far too long."],
        "fr": ["Karim, on a lu votre commentaire « bande de nuls » et on le comprend : nous vous remboursons."]}
"""Written with the sentences above: a comment is a sign that adjectives also judge ("a stupid comment"), so it is no
word of sign; a mention behind it is left visible."""


def _hostility(lang: str, text: str) -> CriterionResult:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=text, brand=BRAND[lang],
                        expect={"person": PERSON[lang]})
    return next(c for c in result.criteria if c.id == "no-hostility")


@pytest.mark.xfail(strict=True, reason="a comment is judged as often as it is named")
@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in GAPS.items() for t in texts])
def test_an_insult_named_by_a_comment_is_missed(lang: str, text: str) -> None:
    assert _hostility(lang, text).score == 100, text


def test_every_language_has_four_sentences_and_three_near_misses() -> None:
    assert all(len(NAMED[lang]) >= 4 and len(USED[lang]) >= 3 for lang in ("en", "fr"))


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NAMED.items() for t in texts])
def test_an_insult_named_as_a_sign_is_reported_not_used(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score == 100, (text, [e.text for e in hostility.evidence])


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in USED.items() for t in texts])
def test_an_insult_used_at_the_person_still_costs(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score <= 40, text
    assert any(e.polarity == "-" for e in hostility.evidence)
