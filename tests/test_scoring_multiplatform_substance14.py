"""Round 14, set 14: multi-platform reads what a reply or a post says, not only its length and codes.

Set 14's graders put a stock reply ("thanks for your feedback", "check out our website"), a mission statement or a
press-release opening at 22-40 on multi-platform on every network, where a reply that fits the length scored 97.
Sentences written for these tests, in no dev-set situation: a courier's missed deliveries (en), a kitchen fitter's
cancelled appointments (fr), a bakery's class (en) and a bike co-op's repair evening (fr).
"""

from __future__ import annotations

import pytest
from scoring_kit import MISSED_APPOINTMENTS, score_line

from cmsim.model.qualities import Quality
from cmsim.model.result import StepResult

REPLIES = {
    "en": (["Thank you for your feedback, we take all concerns seriously. Check out our website for more.",
            "At Swiftparcel our mission is to deliver excellence to every customer, every day. We value your "
            "patience."],
           "Dan, three missed deliveries and three days off work: I'm sorry. Your parcel goes out first thing "
           "tomorrow, 8am to noon, and we refund the delivery fee today."),
    "fr": (["Merci pour votre retour, nous prenons toutes les remarques au sérieux. Rendez-vous sur notre site.",
            "Chez Cuisines Martin, notre mission est d'offrir l'excellence à chaque client. Nous vous remercions de "
            "votre patience."],
           "Léa, trois rendez-vous annulés la veille et trois jours de congé perdus : pardon. Notre poseur vient "
           "lundi 9 h, c'est confirmé, et nous vous remboursons les frais de déplacement."),
}


def reply_score(lang: str, text: str, platform: str) -> StepResult:
    person, thread = MISSED_APPOINTMENTS[lang]
    return score_line(lang=lang, platform=platform, thread=thread, reply=text, expect={"person": person},
                      qualities=["listening", "multiplatform"])


@pytest.mark.parametrize("platform", ["linkedin", "youtube", "facebook"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_stock_or_mission_reply_is_off_every_networks_register(lang: str, platform: str) -> None:
    stock, real = REPLIES[lang]
    good = reply_score(lang, real, platform)
    assert good.scores[Quality.multiplatform] >= 85
    for text in stock:
        bad = reply_score(lang, text, platform)
        assert bad.scores[Quality.multiplatform] <= good.scores[Quality.multiplatform] - 15, text
        found = next(c for c in bad.criteria if c.id == "platform-substance")
        assert found.score < 50


POSTS = {
    "en": ("Post: our sourdough class is back on Saturday 9 May, 10am, at 4 Mill Lane. £25 a place, book at "
           "crumb.co.uk.", [["9 May", "Saturday"], ["Mill Lane"], ["£25"], ["crumb.co.uk", "book"]],
           "Crumb is pleased to announce the return of its class. More information soon.",
           "Flour on your hands by 10am? Our sourdough class is back on Saturday 9 May at 4 Mill Lane. £25 a place, "
           "book at crumb.co.uk."),
    "fr": ("Publication : l'atelier réparation de vélos revient le jeudi 14 mai à 18 h, 12 rue des Forges. Gratuit, "
           "inscription sur cyclofix.fr.", [["14 mai", "jeudi"], ["rue des Forges"], ["gratuit"], ["cyclofix.fr"]],
           "Cyclofix a le plaisir d'annoncer le retour de son atelier. Plus d'informations prochainement.",
           "Des freins qui grincent ? L'atelier réparation revient le jeudi 14 mai à 18 h, 12 rue des Forges. "
           "Gratuit, inscription sur cyclofix.fr."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_empty_press_release_post_is_under_a_post_that_says_something_on_linkedin(lang: str) -> None:
    brief, facts, notice, plain = POSTS[lang]

    def post(text: str) -> StepResult:
        return score_line(lang=lang, platform="linkedin", rubric="community-post",
                          thread=[{"author": "brief", "text": brief}], reply=text, expect={"facts": facts},
                          qualities=["creativity", "multiplatform"])

    assert post(notice).scores[Quality.multiplatform] <= post(plain).scores[Quality.multiplatform] - 15
