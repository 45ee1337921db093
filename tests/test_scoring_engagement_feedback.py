# ruff: noqa: E501  (test posts are long literal strings)
"""Engagement's feedback asks for the part a post lacks, never for one it has.

The fair text used to say "Add a hook or a question that invites the community in" beside a post that had both (a
fresh post lost points to a phrase read as a jab, and was told to add what it had), and the poor text "Nothing invites
the community to react" beside a post whose "Votez pour leurs prénoms" is a call to act. Posts written for this test
(fr and en), one part missing at a time."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

BRIEF = {
    "en": "Announce the Marlow lido's night swims: every Saturday in August from 9pm, £6, lanes lit by lanterns.",
    "fr": "Annonce les nocturnes de la piscine Marlow : chaque samedi d'août dès 21 h, 6 €, bassin éclairé aux lanternes.",
}


def engagement(lang: str, text: str) -> tuple[float, str]:
    result = score_line(lang=lang, platform="instagram", rubric="community-post",
                        thread=[{"author": "brief", "text": BRIEF[lang]}], qualities=["creativity"], reply=text)
    c = next(c for c in result.criteria if c.id == "engagement")
    return c.score, c.feedback or ""


NO_QUESTION = {
    "en": "Swimming under lanterns? Now you can 🏮\nEvery Saturday in August from 9pm, the lido stays open late for £6. Book your lane on our site.",
    "fr": "Nager sous les lanternes ? C'est possible 🏮\nChaque samedi d'août dès 21 h, la piscine reste ouverte pour 6 €. Réservez votre ligne sur notre site.",
}
NO_HOOK = {
    "en": "The lido opens late every Saturday in August from 9pm, £6, with lanterns along the lanes. Book your lane on our site. Who are you bringing for the first night swim?",
    "fr": "La piscine ouvre tard chaque samedi d'août dès 21 h, 6 €, avec des lanternes le long des lignes. Réservez votre ligne sur notre site. Avec qui viendrez-vous pour la première nocturne ?",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_post_with_a_hook_and_a_call_is_asked_for_a_question_only(lang: str) -> None:
    score, text = engagement(lang, NO_QUESTION[lang])
    assert 40 <= score < 70
    assert "question" in text and "accroche" not in text and "hook" not in text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_post_with_a_question_and_a_call_is_asked_for_a_hook_only(lang: str) -> None:
    score, text = engagement(lang, NO_HOOK[lang])
    assert 40 <= score < 70
    assert ("accroche" in text or "hook" in text) and "question" not in text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_poor_post_with_a_call_is_not_told_nothing_invites(lang: str) -> None:
    text = {"en": "The lido opens late every Saturday in August from 9pm for £6. Book on our site.",
            "fr": "La piscine ouvre tard chaque samedi d'août dès 21 h pour 6 €. Réservez sur notre site."}[lang]
    score, feedback = engagement(lang, text)
    assert score < 40
    assert "Nothing invites" not in feedback and "Rien n'invite" not in feedback


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_complete_post_that_repels_is_told_what_repels_not_to_add_a_hook(lang: str) -> None:
    text = {"en": "Swimming under lanterns? Now you can 🏮\nEvery Saturday in August from 9pm, £6. Book your lane on our site. Who are you bringing? And no whining about the queue this time.",
            "fr": "Nager sous les lanternes ? C'est possible 🏮\nChaque samedi d'août dès 21 h, 6 €. Réservez votre ligne sur notre site. Avec qui viendrez-vous ? Et arrêtez de vous plaindre de la file cette fois."}[lang]
    score, feedback = engagement(lang, text)
    assert score < 70
    assert ("repousse" in feedback or "pushes the community away" in feedback)


def hooked(lang: str, text: str) -> bool:
    result = score_line(lang=lang, platform="instagram", rubric="community-post",
                        thread=[{"author": "brief", "text": BRIEF[lang]}], qualities=["creativity"], reply=text)
    c = next(c for c in result.criteria if c.id == "engagement")
    first = text.split("\n")[0].split("!")[0]
    return any(e.polarity == "+" and e.text and e.text in first for e in c.evidence)


REST = {"en": "\nEvery Saturday in August from 9pm, £6. Book your lane on our site.",
        "fr": "\nChaque samedi d'août dès 21 h, 6 €. Réservez votre ligne sur notre site."}


@pytest.mark.parametrize(("lang", "opening"), [
    ("en", "Best night of your summer, guaranteed!"),
    ("en", "We promise you the swim of your life!"),
    ("en", "A prize for every swimmer, 100% promised!"),
    ("fr", "La meilleure soirée de votre été, garanti !"),
    ("fr", "Vous ne nagerez plus jamais ailleurs !"),
    ("fr", "On vous promet la plus belle baignade de votre vie !"),
])
def test_an_opening_that_promises_what_the_brand_cannot_keep_is_bait_not_a_hook(lang: str, opening: str) -> None:
    assert not hooked(lang, opening + REST[lang])


@pytest.mark.parametrize(("lang", "opening"), [
    ("en", "Swimming under lanterns? Now you can!"),
    ("en", "Night swims are back!"),
    ("fr", "Nager sous les lanternes ? C'est possible !"),
    ("fr", "Les nocturnes sont de retour !"),
])
def test_an_opening_without_such_a_promise_still_hooks(lang: str, opening: str) -> None:
    assert hooked(lang, opening + REST[lang])


FAR = {"en": "\nEvery Saturday in August from 9pm the lido stays open late, with lanterns along each lane and the café "
              "serving hot drinks until midnight. Book your lane on our site.",
       "fr": "\nChaque samedi d'août dès 21 h, la piscine reste ouverte tard, avec des lanternes le long des lignes et le "
              "café qui sert des boissons chaudes jusqu'à minuit. Réservez votre ligne sur notre site."}
"""A rest of the post whose call to action comes after Instagram's visible first 125 characters."""


def register_missing(lang: str, text: str) -> list[str]:
    result = score_line(lang=lang, platform="instagram", rubric="multi-post",
                        thread=[{"author": "brief", "text": BRIEF[lang]}], qualities=["multiplatform"],
                        reply={"instagram": text, "x": REST[lang].strip()})
    return next(list(c.missing) for c in result.criteria if c.id == "platform-register")


@pytest.mark.parametrize(("lang", "opening"), [
    ("en", "Lanterns on the water, one lane each, the whole lido to yourself 🏮"),
    ("en", "Night swims are back!"),
    ("fr", "Des lanternes sur l'eau, une ligne chacun, la piscine rien que pour vous 🏮"),
    ("fr", "Les nocturnes sont de retour !"),
])
def test_a_hook_creativity_reads_is_a_visible_hook_on_instagram(lang: str, opening: str) -> None:
    assert not any("hook in the first" in m for m in register_missing(lang, opening + FAR[lang]))


@pytest.mark.parametrize(("lang", "opening"), [
    ("en", "The lido is open later on Saturdays in August this year for the summer season."),
    ("fr", "La piscine est ouverte plus tard le samedi en août cette année pour la saison."),
    ("en", "Best night of your summer, guaranteed!"),
    ("fr", "La meilleure soirée de votre été, garanti !"),
])
def test_a_flat_or_bait_opening_is_no_visible_hook(lang: str, opening: str) -> None:
    more = " La suite bientôt." if lang == "fr" else " More soon."
    assert any("hook in the first" in m for m in register_missing(lang, opening + more))
