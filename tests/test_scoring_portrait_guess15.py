"""Round 15: "we believe you'll love it" is a guess about the reader, not the brand's portrait of itself.

Round 14's `brand-portrait` charges the brand's creed on a casual network's register ("nous croyons que chaque
vêtement mérite…"); its belief terms also fired on a post guessing what the reader will feel ("we believe you'll love
it"), which talks to the reader. A belief is a guess when the reader is its subject or a future follows it within two
words (`portrait-guesses` word sets). Sentences written for these tests, in no dev-set situation: the sourdough class
(en) and the bike co-op's repair evening (fr) of round 13.
"""

from __future__ import annotations

import pytest
from scoring_kit import criterion_of, score_line

BRIEF = {
    "en": ("Post: our sourdough class is back on Saturday 9 May, 10am, at 4 Mill Lane. £25 a place, book at "
           "crumb.co.uk.", [["9 May", "Saturday"], ["Mill Lane"], ["£25"], ["crumb.co.uk", "book"]]),
    "fr": ("Publication : l'atelier réparation de vélos revient le jeudi 14 mai à 18 h, 12 rue des Forges. Gratuit, "
           "inscription sur cyclofix.fr.", [["14 mai", "jeudi"], ["rue des Forges"], ["gratuit"], ["cyclofix.fr"]]),
}
GUESSES = {
    "en": ["Our sourdough class is back on Saturday 9 May, 10am, 4 Mill Lane, £25 a place. We believe you'll love it! "
           "Book at crumb.co.uk.",
           "Saturday 9 May, 10am at 4 Mill Lane: a sourdough class we believe will change your Sunday loaves. "
           "£25, book at crumb.co.uk.",
           "Sourdough class, Saturday 9 May, 10am, 4 Mill Lane. We truly believe your starter will thank you. £25 at "
           "crumb.co.uk.",
           "Back on Saturday 9 May, 10am, 4 Mill Lane: our sourdough class. We believe that it'll be the best one yet. "
           "£25, crumb.co.uk."],
    "fr": ["L'atelier réparation revient le jeudi 14 mai à 18 h, 12 rue des Forges. Gratuit ! Nous croyons que vous "
           "allez adorer. Inscription sur cyclofix.fr.",
           "Jeudi 14 mai, 18 h, 12 rue des Forges : nous croyons que ce sera la plus belle soirée vélo du printemps. "
           "Gratuit, inscription sur cyclofix.fr.",
           "Atelier réparation jeudi 14 mai à 18 h, 12 rue des Forges. Nous croyons que tes freins vont enfin se "
           "taire. Gratuit sur cyclofix.fr.",
           "Le 14 mai à 18 h, 12 rue des Forges, atelier gratuit. Nous croyons que cela va vous plaire ! Inscription "
           "sur cyclofix.fr."],
}
CREEDS = {
    "en": ["We believe good bread takes time. Our sourdough class is back on Saturday 9 May, 10am, 4 Mill Lane. £25, "
           "book at crumb.co.uk.",
           "We believe in slow dough and fast friends: sourdough class, Saturday 9 May, 10am, 4 Mill Lane. £25 at "
           "crumb.co.uk.",
           "We truly believe every kitchen deserves a starter. Class on Saturday 9 May, 10am, 4 Mill Lane, £25 at "
           "crumb.co.uk.",
           "We've always believed that bread is for sharing. Sourdough class Saturday 9 May, 10am, 4 Mill Lane, £25, "
           "crumb.co.uk."],
    "fr": ["Nous croyons qu'un vélo se répare avant de se jeter. Atelier jeudi 14 mai à 18 h, 12 rue des Forges, "
           "gratuit sur cyclofix.fr.",
           "Nous croyons en la réparation. Atelier jeudi 14 mai à 18 h, 12 rue des Forges, gratuit, inscription sur "
           "cyclofix.fr.",
           "Nous croyons que chaque vélo mérite une seconde vie : atelier le jeudi 14 mai à 18 h, 12 rue des Forges, "
           "gratuit sur cyclofix.fr.",
           "Nous avons toujours cru que réparer rassemble. Jeudi 14 mai, 18 h, 12 rue des Forges, gratuit sur "
           "cyclofix.fr."],
}


def register(lang: str, text: str) -> tuple[int, list[str]]:
    brief, facts = BRIEF[lang]
    result = score_line(lang=lang, platform="instagram", rubric="community-post",
                        thread=[{"author": "brief", "text": brief}], reply=text, expect={"facts": facts},
                        qualities=["multiplatform"])
    found = criterion_of(result, "platform-register")
    return found.score, [e.text.lower() for e in found.evidence]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_belief_about_the_reader_or_what_will_happen_is_no_portrait(lang: str) -> None:
    for text in GUESSES[lang]:
        score, evidence = register(lang, text)
        assert not any("believe" in e or "croyons" in e for e in evidence), text
        assert score >= 60, text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_brands_creed_still_costs_the_register_on_a_casual_network(lang: str) -> None:
    for text in CREEDS[lang]:
        score, evidence = register(lang, text)
        assert any("believe" in e or "croyons" in e or "cru" in e for e in evidence), text
        assert score <= 30, text
