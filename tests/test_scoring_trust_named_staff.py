# ruff: noqa: E501  (test replies are long literal strings)
"""Trust: a member of staff named in a public reply about what went wrong ("l'employé concerné, Kévin D., a été
licencié", "c'est Jordan qui s'est occupé de votre couleur", "the crew on your delivery (Steve and Marek)") exposes a
colleague to the whole thread before any check: hand graders put such replies at 10-20 on communication, under stock
replies (issue 11, round 8; found on the tuning split's misordered communication pairs). Tested here on situations
and replies written for this file, fr and en, with near-misses: a job named without a name, a place or a day beside
the job word, the person's own name, the signature, a colleague named for what they will do next."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREADS = {
    "en": [{"author": "Ruth", "text": "Waited 40 minutes for a table at your Harbour Street restaurant, then the main course came out cold and the bill charged us twice. Not good enough."}],
    "fr": [{"author": "Lucie", "text": "Vidange faite chez vous samedi, et ce matin une flaque d'huile sous la voiture : le bouchon n'était pas serré. J'aurais pu casser le moteur !"}],
}
EXPECT = {
    "en": {"person": "Ruth", "facts": [["table", "wait", "waited"], ["cold", "main course"], ["bill", "charged", "twice"]], "feeling": "annoyed"},
    "fr": {"person": "Lucie", "facts": [["vidange"], ["huile", "flaque"], ["bouchon"], ["moteur"]], "feeling": "inquiète"},
}
BRANDS = {"en": {"name": "Pellow's Kitchen", "charter": {"signature": "– Jo"}},
          "fr": {"name": "Garage Rivière"}}


def _trust(lang: str, text: str) -> tuple[int, list[str]]:
    result = score_line(lang=lang, platform="facebook", thread=THREADS[lang], expect=EXPECT[lang], brand=BRANDS[lang],
                        reply=text)
    trust = next(c for c in result.criteria if c.id == "trust")
    return trust.score, [e.text for e in trust.evidence if e.polarity == "-"]


NAMED = {  # a colleague named in the account of what went wrong: trust is broken, the name is the evidence
    "en": [
        ("Ruth, I'm sorry. The waiter who served you on Friday, Callum, has been spoken to about the double charge. – Jo", "Callum"),
        ("Sorry Ruth, our new cashier Bethany keyed the bill in twice, which is where the double charge came from. – Jo", "Bethany"),
        ("Ruth, it was Declan who handled your table that evening, and he has since left the team. – Jo", "Declan"),
    ],
    "fr": [
        ("Bonjour Lucie, c'est Mathis qui s'est occupé de votre vidange, il a oublié de resserrer le bouchon. Toutes nos excuses.", "Mathis"),
        ("Lucie, désolés : notre mécanicien Sofiane était en formation et le bouchon n'a pas été contrôlé. Il a été recadré.", "Sofiane"),
        ("Lucie, le technicien concerné, Thierry M., a reçu un avertissement pour ce bouchon mal serré.", "Thierry"),
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("index", range(3))
def test_a_colleague_named_in_public_for_what_went_wrong_breaks_trust(lang: str, index: int) -> None:
    text, name = NAMED[lang][index]
    score, against = _trust(lang, text)
    assert score == 0, (score, against)
    assert name in against


NOT_NAMED = {  # near-misses: no colleague's name exposed
    "en": [
        "Ruth, I'm sorry. Our manager will call you today to refund the double charge. – Jo",  # a job, no name
        "Ruth, our waiters at Harbour Street were short-staffed on Friday, and that's on us, not you. – Jo",  # a street of the thread
        "Ruth, our staff in Bristol have checked the till: we'll refund the second charge by Monday. – Jo",  # a place, a day
        "Ruth, sorry. Our kitchen team lead will refund the double charge today. – Jo",  # the signature names no colleague
    ],
    "fr": [
        "Lucie, désolés, notre mécanicien aurait dû contrôler le bouchon : passez au garage, on vérifie tout gratuitement.",
        "Lucie, notre technicien de Rennes vous rappelle demain pour vérifier le moteur.",  # a place after "de"
        "Lucie, nos mécaniciens seront là dès lundi 8 h pour contrôler le moteur.",  # a day
        "Lucie, Mathis, notre chef d'atelier, vous appellera demain matin pour reprendre la voiture.",  # named for what he will do
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("index", range(4))
def test_a_job_a_place_a_day_or_a_colleague_who_will_help_expose_nobody(lang: str, index: int) -> None:
    score, against = _trust(lang, NOT_NAMED[lang][index])
    assert not against and score > 90, (score, against)


# Review 8, item 2: a name beside a job breaks trust only in a sentence that tells a failure or blame; a name after
# "par", "via", "gamme", a brand word, or before a street word is no colleague; the feedback says what broke it.
NAMED_MORE = {
    "en": [("Ruth, our waitress Megan made a mistake with the card machine, sorry about that. – Jo", "Megan")],
    "fr": [("Lucie, c'est notre apprenti Hugo qui a fait l'erreur sur le bouchon, désolés.", "Hugo")],
}
NOT_NAMED_MORE = {
    "en": [
        "Thank you so much Lena! Our barista Tom and the whole floor crew were thrilled to read this.",
        "Our chef swears by Burford Brown eggs.",
        "Our driver couldn't find Maple Court, so he rang the bell at number 4 instead.",
        "Thanks Ruth! Our chef Marco was delighted you loved the dessert, see you soon. – Jo",  # mine: praise passed on
        "Ruth, our cashier Bethany says hello and hopes you enjoyed the evening. – Jo",  # mine
    ],
    "fr": [
        "Notre coloriste attend la nouvelle gamme Wella.",
        "Notre coloriste est passée par Lyon.",
        "Merci Lucie ! Notre mécanicien Sofiane a été ravi de lire votre message.",  # mine
        "Lucie, notre technicien travaille avec la marque Castrol depuis dix ans.",  # mine
    ],
}


@pytest.mark.parametrize(("lang", "index"), [("en", 0), ("fr", 0)])
def test_a_colleague_blamed_by_name_still_breaks_trust_and_the_feedback_says_so(lang: str, index: int) -> None:
    text, name = NAMED_MORE[lang][index]
    score, against = _trust(lang, text)
    assert score == 0 and name in against, (score, against)
    result = score_line(lang=lang, platform="facebook", thread=THREADS[lang], expect=EXPECT[lang], brand=BRANDS[lang],
                        reply=text)
    feedback = next(c for c in result.criteria if c.id == "trust").feedback
    assert ("colleague" if lang == "en" else "collègue") in feedback, feedback


@pytest.mark.parametrize(("lang", "index"), [("en", i) for i in range(5)] + [("fr", i) for i in range(4)])
def test_a_name_in_praise_a_product_a_brand_or_a_place_exposes_nobody(lang: str, index: int) -> None:
    score, against = _trust(lang, NOT_NAMED_MORE[lang][index])
    assert not against and score > 80, (score, against)
