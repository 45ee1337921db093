"""Round 13: posts that talk down, versions that only point elsewhere, and notices on casual networks.

Sentences written for these tests, in no dev-set situation: a bakery's sourdough class (en) and a bike co-op's repair
evening (fr). Each rule is checked on what must fire and on innocent sentences that must not.
"""

from __future__ import annotations

from typing import Any

import pytest
from scoring_kit import POST_BRIEFS as BRIEFS
from scoring_kit import against, score_line
from scoring_kit import criterion_of as criterion

from cmsim.model.result import StepResult


def post(lang: str, platform: str, reply: str | dict[str, str]) -> StepResult:
    """Score ``reply`` as the brand's post (a dict: one version per network) for the ``lang`` brief."""
    brief, facts = BRIEFS[lang]
    rubric = "multi-post" if isinstance(reply, dict) else "community-post"
    line: dict[str, Any] = {"lang": lang, "platform": platform, "rubric": rubric,
                            "brand": {"name": "Crumb" if lang == "en" else "Cyclofix", "charter": {"tone": "casual"}},
                            "thread": [{"author": "brief", "text": brief}], "reply": reply, "expect": {"facts": facts}}
    return score_line(**line)


# 1. Talking down to the community costs engagement, per sentence that does it.

TALKS_DOWN = {
    "en": ("Fresh loaves, warm kitchen, flour everywhere! 🍞 Our sourdough class is back on Saturday 9 May, 10am, at "
           "4 Mill Lane. {aside}Book your place at crumb.co.uk, £25. Who's coming?",
           ["As everyone should know, a real loaf takes two days. ",
            "For those who still don't get it, starters need feeding. "],
           ["As you know, a real loaf takes two days. ", "For those who missed the last one, starters need feeding. ",
            "For those who still don't have a place, a few remain. "]),
    "fr": ("Des chaînes qui grincent, des freins mous ? 🚲 L'atelier réparation revient le jeudi 14 mai à 18 h, "
           "12 rue des Forges. {aside}Inscris-toi sur cyclofix.fr, c'est gratuit. Qui vient ?",
           ["Pour ceux qui n'auraient pas compris, un vélo se graisse. ",
            "Comme tout le monde devrait le savoir, un pneu se gonfle. "],
           ["Pour celles et ceux qui n'ont pas pu venir en mars, on remet ça. ",
            "Comme vous le savez, un pneu se gonfle. ", "Pour ceux qui n'ont pas encore de vélo, on en prête. "]),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_each_sentence_talking_down_costs_engagement_and_is_quoted(lang: str) -> None:
    text, down, _innocent = TALKS_DOWN[lang]
    plain = post(lang, "instagram", text.format(aside=""))
    one = post(lang, "instagram", text.format(aside=down[0]))
    two = post(lang, "instagram", text.format(aside="".join(down)))
    scores = [criterion(r, "engagement").score for r in (plain, one, two)]
    assert scores[0] > scores[1] > scores[2], scores
    assert any(down[0].strip()[:20] in quote for quote in against(one, "engagement"))
    assert plain.scores["creativity"] > one.scores["creativity"] > two.scores["creativity"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_aside_that_talks_down_to_nobody_costs_nothing(lang: str) -> None:
    text, _down, innocent = TALKS_DOWN[lang]
    plain = criterion(post(lang, "instagram", text.format(aside="")), "engagement")
    for aside in innocent:
        kind = post(lang, "instagram", text.format(aside=aside))
        assert criterion(kind, "engagement").score >= plain.score, aside
        assert not against(kind, "engagement"), aside


@pytest.mark.parametrize(("lang", "lecture", "owned"), [
    ("en", "Everyone must take responsibility for what they throw away. ",
     "We take responsibility for last month's cancelled class. "),
    ("fr", "Il est temps que cela cesse : chacun doit prendre ses responsabilités. ",
     "Nous prenons nos responsabilités après l'annulation de mars. "),
])
def test_moralising_the_readers_talks_down_and_owning_a_fault_does_not(lang: str, lecture: str, owned: str) -> None:
    text = TALKS_DOWN[lang][0]
    plain = criterion(post(lang, "instagram", text.format(aside="")), "engagement").score
    assert criterion(post(lang, "instagram", text.format(aside=lecture)), "engagement").score < plain
    assert not against(post(lang, "instagram", text.format(aside=owned)), "engagement")


# 2. A version that only points elsewhere earns no adaptation credit.

FULL = {
    "en": "Flour on your hands, a loaf you made yourself 🍞 Our sourdough class is back on Saturday 9 May, 10am, at "
          "4 Mill Lane. £25 a place, book at crumb.co.uk. Who's in?",
    "fr": "Des chaînes qui grincent, des freins mous ? 🚲 L'atelier réparation revient le jeudi 14 mai à 18 h, "
          "12 rue des Forges. C'est gratuit, inscris-toi sur cyclofix.fr ! Qui vient ?",
}
POINTERS = {"en": ["More on our site 👉", "See link in bio for all the details!"],
            "fr": ["Infos sur notre site 😉", "Toutes les infos sur notre page Instagram !"]}
SHORT_VERSIONS = {"en": "Sourdough class back Sat 9 May, 10am, 4 Mill Lane. £25, link in bio 🍞",
                  "fr": "Atelier vélo jeudi 14 mai, 18 h, 12 rue des Forges, gratuit ! Lien en bio 🚲"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_version_that_only_points_elsewhere_is_not_adapted(lang: str) -> None:
    for pointer in POINTERS[lang]:
        result = post(lang, "instagram", {"instagram": FULL[lang], "x": pointer})
        adapted = criterion(result, "adaptation")
        assert adapted.score == 0, pointer
        assert [e.field for e in adapted.evidence if e.polarity == "-"] == ["x"]
        assert ("link in bio" if lang == "en" else "lien en bio") in adapted.feedback
        assert criterion(result, "own-version").score > 0  # creativity reads the voice of the versions that are there


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_short_version_with_the_facts_and_a_link_is_a_version(lang: str) -> None:
    short = post(lang, "instagram", {"instagram": FULL[lang], "x": SHORT_VERSIONS[lang]})
    pointer = post(lang, "instagram", {"instagram": FULL[lang], "x": POINTERS[lang][0]})
    assert criterion(short, "adaptation").score > 50
    assert short.scores["multiplatform"] > pointer.scores["multiplatform"]


# 3. Notice formulas cost the register on TikTok, Instagram and X, more on the first two.

NOTICES = {
    "en": ("Sourdough is back! 🍞 {formula}our class runs on Saturday 9 May, 10am, at 4 Mill Lane. £25, book at "
           "crumb.co.uk.", {"We inform you that ": "We inform you",
                            "It is brought to your attention that ": "brought to your attention"}),
    "fr": ("L'atelier vélo revient ! 🚲 {formula}on se retrouve le jeudi 14 mai à 18 h, 12 rue des Forges. Gratuit, "
           "sur cyclofix.fr.", {"Nous vous informons qu'": "vous informons qu",
                                "Il est porté à votre connaissance qu'": "porté à votre connaissance"}),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_notice_formula_costs_the_register_more_on_tiktok_and_instagram_than_on_x(lang: str) -> None:
    text, formulas = NOTICES[lang]
    for formula, quote in formulas.items():
        costs = {}
        for platform in ("tiktok", "instagram", "x"):
            plain = post(lang, platform, text.format(formula=""))
            stiff = post(lang, platform, text.format(formula=formula))
            assert not against(plain, "platform-register")
            assert quote in against(stiff, "platform-register"), (platform, formula)
            costs[platform] = criterion(plain, "platform-register").score - criterion(stiff, "platform-register").score
        assert costs["tiktok"] > costs["x"] > 0 and costs["instagram"] > costs["x"], (formula, costs)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_notice_formula_costs_no_register_on_linkedin(lang: str) -> None:
    text, formulas = NOTICES[lang]
    stiff = post(lang, "linkedin", text.format(formula=next(iter(formulas))))
    assert not against(stiff, "platform-register")


def test_a_plain_post_on_a_casual_network_pays_no_notice() -> None:
    innocent = (("en", "tiktok", "Please note the class is full by noon most weeks, so book early!"),
                ("fr", "instagram", "Avis aux gourmands : on vous informe en story dès que c'est prêt !"))
    for lang, platform, text in innocent:
        assert not against(post(lang, platform, text), "platform-register"), text


# 4. One phrase matched by two lexicons pays once.

@pytest.mark.parametrize(("lang", "phrase", "rest"), [
    ("en", "We are pleased to announce", " that our sourdough class is back on Saturday 9 May, 10am, at 4 Mill Lane."),
    ("fr", "Nous avons le plaisir de vous annoncer", " le retour de l'atelier vélo, jeudi 14 mai, rue des Forges."),
])
def test_a_phrase_both_formal_and_a_notice_is_one_fault(lang: str, phrase: str, rest: str) -> None:
    result = post(lang, "tiktok", "Guess what? 🎉 " + phrase + rest)
    quoted = against(result, "platform-register")
    assert quoted == [phrase], quoted
