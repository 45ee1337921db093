"""Round 14: multi-platform and creativity readings of posts.

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
from cmsim.scoring.criteria.inventions import BESIDE


def post(lang: str, reply: str | dict[str, str]) -> StepResult:
    """Score ``reply`` as the brand's post (a dict: one version per network) for the ``lang`` brief."""
    brief, facts = BRIEFS[lang]
    rubric = "multi-post" if isinstance(reply, dict) else "community-post"
    line: dict[str, Any] = {"lang": lang, "platform": "linkedin", "rubric": rubric,
                            "brand": {"name": "Crumb" if lang == "en" else "Cyclofix", "charter": {"tone": "casual"}},
                            "thread": [{"author": "brief", "text": brief}], "reply": reply, "expect": {"facts": facts}}
    return score_line(**line)


# 1. Texting slang on LinkedIn: the version reads as a message to a friend, not a professional post.

SLANG = {
    "en": ({"instagram": "Flour on your nose, dough under your nails 🍞 Sourdough class, Saturday 9 May, 10am, 4 Mill "
                         "Lane. £25, book at crumb.co.uk",
            "linkedin": "{lead}Our sourdough class is back on Saturday 9 May, 10am, at 4 Mill Lane: a morning to learn "
                        "a craft with your hands. £25 a place, book at crumb.co.uk."},
           ["Ok LinkedIn, hear us out. ", "Lowkey the best Saturday of the year, ngl. ", "Omg, y'all. ",
            "Tbh, bread is our whole vibes. "],
           ["Hear what our bakers say: ", "We heard you. ", "The whole family is welcome. ",
            "This is the key to good bread. "]),
    "fr": ({"instagram": "Des chaînes qui grincent, des freins mous ? 🚲 Atelier réparation le jeudi 14 mai à 18 h, "
                         "12 rue des Forges. Gratuit, inscription sur cyclofix.fr",
            "linkedin": "{lead}L'atelier réparation de vélos revient le jeudi 14 mai à 18 h, 12 rue des Forges : une "
                        "soirée pour apprendre à entretenir son vélo. Gratuit, inscription sur cyclofix.fr."},
           ["Toi aussi t'as un vélo qui grince ? ", "Psst… ", "Si t'es chaud, viens ! ",
            "Wesh les loulous, grosse teuf ! "],
           ["Il t'a fallu du courage pour venir en hiver. ", "Le test est gratuit. ", "Nos bénévoles vous attendent. ",
            "Vous avez un vélo qui grince ? "]),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_texting_slang_costs_the_linkedin_register_and_is_quoted(lang: str) -> None:
    versions, slang, _innocent = SLANG[lang]
    plain = post(lang, {**versions, "linkedin": versions["linkedin"].format(lead="")})
    for lead in slang:
        slangy = post(lang, {**versions, "linkedin": versions["linkedin"].format(lead=lead)})
        assert criterion(slangy, "platform-register").score < criterion(plain, "platform-register").score, lead
        assert against(slangy, "platform-register"), lead
        assert slangy.scores["multiplatform"] < plain.scores["multiplatform"], lead


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_plain_sentences_near_slang_cost_nothing(lang: str) -> None:
    versions, _slang, innocent = SLANG[lang]
    plain = criterion(post(lang, {**versions, "linkedin": versions["linkedin"].format(lead="")}), "platform-register")
    for lead in innocent:
        kind = post(lang, {**versions, "linkedin": versions["linkedin"].format(lead=lead)})
        assert criterion(kind, "platform-register").score >= plain.score, lead
        assert not against(kind, "platform-register"), lead


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_slang_on_instagram_is_its_register(lang: str) -> None:
    versions, slang, _innocent = SLANG[lang]
    linkedin = versions["linkedin"].format(lead="")
    plain = post(lang, {**versions, "linkedin": linkedin})
    casual = post(lang, {"instagram": slang[0] + versions["instagram"], "linkedin": linkedin})
    assert criterion(casual, "platform-register").score >= criterion(plain, "platform-register").score


# 2. Inventions beside the brief: the floor grows with the share of the brief's facts the post still gives.

INVENTED = {
    "en": ("Our sourdough class is back on Saturday 9 May, 10am, at 4 Mill Lane. £25 a place, book at crumb.co.uk.",
           "Our sourdough class is back on Saturday 9 May at 4 Mill Lane, now with 12 bakers and a 3-hour bake!",
           "Our sourdough class is back on Saturday 9 May at 4 Mill Lane, now with 12 bakers! £25 a place, book at "
           "crumb.co.uk.",
           "Spring sale: 20% off every baking tin this week, 12 left! #Crumb"),
    "fr": ("L'atelier réparation de vélos revient le jeudi 14 mai à 18 h, 12 rue des Forges. Gratuit, inscription sur "
           "cyclofix.fr.",
           "L'atelier réparation de vélos revient le jeudi 14 mai, 12 rue des Forges, avec 6 mécaniciens et 40 "
           "places !",
           "L'atelier réparation de vélos revient le jeudi 14 mai, 12 rue des Forges, avec 6 mécaniciens ! Gratuit, "
           "inscription sur cyclofix.fr.",
           "Soldes : -20 % sur tous les antivols cette semaine, plus que 8 en stock ! #Cyclofix"),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_inventions_beside_half_the_brief_keep_half_the_floor(lang: str) -> None:
    plain, half, most, instead = (post(lang, text) for text in INVENTED[lang])
    floors = [criterion(r, "invented-facts").score for r in (instead, half, most)]
    assert floors[0] < floors[1] < floors[2], floors
    assert floors[1] >= BESIDE / 2 - 1, floors  # half the facts kept: half the floor, not a quarter
    assert against(half, "invented-facts")
    assert instead.scores["creativity"] < half.scores["creativity"] < plain.scores["creativity"]


# 3. A creativity item's word inside the brand's name or the campaign's name spelled out is no creative act.

LABELS = {
    "en": ("Crumb & Crust", "#CrustCrunchOff", {"does": "stage it as a crunchy contest", "words": ["crust", "crunch"]},
           "{label}: our sourdough class is back on Saturday 9 May, 10am, at 4 Mill Lane. £25 a place, book at "
           "crumb.co.uk.",
           ["Crumb & Crust", "Crust Crunch-Off"],
           "Who bakes the loudest crust? Our sourdough class is back on Saturday 9 May, 10am, at 4 Mill Lane. £25 a "
           "place, book at crumb.co.uk."),
    "fr": ("Rayon Rustine", "#DéfiRustine", {"does": "une accroche de réparation (rustine, chambre à air)",
                                              "words": ["rustine", "chambre à air"]},
           "{label} : l'atelier réparation de vélos revient le jeudi 14 mai à 18 h, 12 rue des Forges. Gratuit, "
           "inscription sur cyclofix.fr.",
           ["Rayon Rustine", "Défi Rustine"],
           "Une rustine, deux mains, zéro panique : l'atelier réparation de vélos revient le jeudi 14 mai à 18 h, "
           "12 rue des Forges. Gratuit, inscription sur cyclofix.fr."),
}


def labelled_post(lang: str, reply: str) -> StepResult:
    brand, tag, item, _text, _labels, _voice = LABELS[lang]
    brief, facts = BRIEFS[lang]
    return score_line(lang=lang, platform="instagram", rubric="community-post",
                      brand={"name": brand, "charter": {"tone": "casual"}},
                      thread=[{"author": "brief", "text": f"{brief} {tag}"}], reply=reply,
                      expect={"facts": facts, "hashtags": [tag], "must": [{**item, "quality": "creativity"}]})


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_creativity_word_inside_the_brands_or_the_campaigns_name_is_not_the_act(lang: str) -> None:
    _brand, _tag, _item, text, labels, voice = LABELS[lang]
    own = criterion(labelled_post(lang, voice), "checklist-creativity")
    assert own.score >= 90 and any(e.polarity == "+" for e in own.evidence)  # the word in the post's own voice
    for label in labels:
        named = criterion(labelled_post(lang, text.format(label=label)), "checklist-creativity")
        assert named.score == 0, label


# 4. The brand's portrait of itself on a casual network: the corporate voice a notice's formulas are.

PORTRAITS = {
    "en": ("{lead}Our sourdough class is back on Saturday 9 May, 10am, at 4 Mill Lane. £25 a place, book at "
           "crumb.co.uk 🍞",
           ["We believe every home deserves real bread. ", "In line with our commitment to local flour, ",
            "Since day one, we have baked by hand. ", "Your friendly local bakery has news! "],
           ["Passionate about bread? ", "At the heart of our town, a warm oven. ", "It all started with a burnt loaf. ",
            "We're proud of every baker who joined us. "]),
    "fr": ("{lead}L'atelier réparation de vélos revient le jeudi 14 mai à 18 h, 12 rue des Forges. Gratuit, "
           "inscription sur cyclofix.fr 🚲",
           ["Nous croyons qu'un vélo mérite toujours une seconde chance. ", "Fidèles à nos valeurs, ",
            "Depuis notre création, nous réparons à la main. ", "Fiers de contribuer à la vie du quartier ! "],
           ["Passionnés de mécanique ? ", "Au cœur de notre ville, un atelier. ",
            "Tout a commencé par une chaîne cassée. ", "Fiers de vous ! "]),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_brands_portrait_costs_the_register_on_instagram_not_on_linkedin(lang: str) -> None:
    text, portrait, _innocent = PORTRAITS[lang]
    linkedin = SLANG[lang][0]["linkedin"].format(lead="")
    plain = post(lang, {"instagram": text.format(lead=""), "linkedin": linkedin})
    for lead in portrait:
        painted = post(lang, {"instagram": text.format(lead=lead), "linkedin": linkedin})
        assert criterion(painted, "platform-register").score < criterion(plain, "platform-register").score, lead
        assert against(painted, "platform-register"), lead
        on_linkedin = post(lang, {"instagram": text.format(lead=""), "linkedin": lead + linkedin})
        # costs nothing there: since round 15 the register's soft gate reads the longer version a point higher
        assert criterion(on_linkedin, "platform-register").score >= criterion(plain, "platform-register").score
        assert not against(on_linkedin, "platform-register"), lead


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_hook_or_a_place_near_the_portrait_costs_nothing(lang: str) -> None:
    text, _portrait, innocent = PORTRAITS[lang]
    linkedin = SLANG[lang][0]["linkedin"].format(lead="")
    plain = criterion(post(lang, {"instagram": text.format(lead=""), "linkedin": linkedin}), "platform-register")
    for lead in innocent:
        kind = post(lang, {"instagram": text.format(lead=lead), "linkedin": linkedin})
        assert criterion(kind, "platform-register").score >= plain.score, lead
        assert not against(kind, "platform-register"), lead
