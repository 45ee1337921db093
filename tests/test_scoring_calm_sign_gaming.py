"""An insult beside a word of sign or in quotes is reported only when someone posted it (review of round 8).

Round 8 read an insult touching "meme", "hashtag", "emoji" or enclosed in quotes as a word reported, not used: so
"Another idiot meme from you, Marcus?" or 'Whatever you say, "idiot".' passed as calm, and in French the adjective
follows its noun ("un mème débile"), exactly the sign-word position. A word is reported only when it (or the emoji) was
posted in the thread, and not when a second person's possessive is attached ("your clown hashtag", "de votre part").
The threads below contain no insult: every hostile reply must still cost. The polite replies (the thread does post
the word) must not.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.result import CriterionResult

CALM_THREAD = {
    "en": [{"author": "Marcus", "text": "Booked a tyre change a month ago and you still haven't called. Ridiculous."}],
    "fr": [{"author": "Sandrine", "text": "Ça fait un mois que j'attends mes pneus, personne ne me rappelle."}],
}
HOT_THREAD = {
    "en": [{"author": "Marcus", "text": "A month for tyres?? You lot are clowns 🤡 #idiots"}],
    "fr": [{"author": "Sandrine", "text": "Un mois pour des pneus ?? Bande de guignols 🤡 #nuls"}],
}
PERSON = {"en": "Marcus", "fr": "Sandrine"}
BRAND = {"en": {"name": "Kerbside Tyres", "handle": "@kerbsidetyres"},
         "fr": {"name": "Pneus du Centre", "handle": "@pneusducentre"}}

HOSTILE = {
    "en": ["Another idiot meme from you, Marcus?",  # the review's
           "Marcus, only a 'moron' rides on flat tyres for a month.",  # the review's
           "Marcus, your clown hashtag won't fix the tyres.",  # the review's
           'Whatever you say, "idiot".',  # the review's
           "Cute little stupid gif, Marcus. Really mature.",
           "Marcus, the \u201cidiot\u201d here isn't us."],
    "fr": ["Encore un mème débile de votre part, Sandrine ?",  # the review's
           "Sandrine, votre hashtag débile ne changera rien aux pneus.",
           "Seule une « idiote » roule un mois sur des pneus à plat, Sandrine.",
           "Joli surnom crétin, Sandrine. Très adulte."],
}
NAMED = {
    "en": ["Marcus, we'll take the clown emoji: a month without a call is on us, and Sam will ring you today.",
           "Marcus, fair enough on the 'clowns': we should have called, and the fitting is booked for Thursday."],
    "fr": ["Sandrine, on prend le « guignols » pour nous : un mois sans rappel, c'est notre faute, Léo vous appelle "
           "aujourd'hui.",
           "Sandrine, derrière l'emoji clown il y a une vraie remarque : vos pneus sont montés jeudi."],
}


def _hostility(lang: str, text: str, thread: dict[str, list[dict[str, str]]]) -> CriterionResult:
    result = score_line(lang=lang, platform="facebook", thread=thread[lang], reply=text, brand=BRAND[lang],
                        expect={"person": PERSON[lang]})
    return next(c for c in result.criteria if c.id == "no-hostility")


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in HOSTILE.items() for t in texts])
def test_an_insult_nobody_posted_beside_a_sign_or_in_quotes_still_costs(lang: str, text: str) -> None:
    hostility = _hostility(lang, text, CALM_THREAD)
    assert hostility.score <= 40, (text, hostility.score)
    assert any(e.polarity == "-" for e in hostility.evidence)


@pytest.mark.parametrize(("lang", "text"), [("en", HOSTILE["en"][2]), ("fr", HOSTILE["fr"][0]),
                                            ("fr", HOSTILE["fr"][1])])
def test_a_possessive_makes_the_sign_theirs_even_when_the_word_was_posted(lang: str, text: str) -> None:
    hostility = _hostility(lang, text, HOT_THREAD)
    assert hostility.score <= 40, (text, hostility.score)


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NAMED.items() for t in texts])
def test_a_posted_insult_named_as_a_sign_is_still_reported(lang: str, text: str) -> None:
    hostility = _hostility(lang, text, HOT_THREAD)
    assert hostility.score == 100, (text, [e.text for e in hostility.evidence])
