# ruff: noqa: E501  (test replies are long literal strings)
"""Trust: inviting someone who came to complain to discover, try or look at the brand's new product, with a price or a
call to action ("why not take a look at our new savings pots, now paying 4.1%?", "découvrez notre nouvelle carte à 49 €")
is selling in a reply, as "use code X10" was (issue 11, round 6; found on the tuning split's misordered pairs, tested
here on situations and replies written for this file, fr and en). Pointing to a help or status page is no pitch."""

from __future__ import annotations

import pytest
from scoring_kit import trust_of as _trust

PUSHES = {
    "en": [
        "Sorry Kemi, the outage should be fixed tonight. Meanwhile, why not try our new Fibre Max plan, 50% off for 3 months?",
        "Kemi, engineers are on it. Take a look at our new mesh router, only £49 this week!",
        "Kemi, sorry about that. Discover our new mobile backup, £5 a month: sign up in the app today.",
    ],
    "fr": [
        "Désolés Hugo pour le retard. N'hésitez pas à découvrir notre nouvelle carte Liberté à 49 € par an sur notre site !",
        "Hugo, le train a eu 40 minutes de retard. Jetez un œil à notre nouveau pass week-end, -30 % jusqu'à dimanche.",
        "Hugo, navrés. Essayez notre nouvelle appli, 5 € offerts à l'inscription !",
    ],
}
POINTERS = {  # near-misses: a help page, a status page, a new team doing the person's case
    "en": [
        "Kemi, take a look at our status page: area 4 is back at 6pm.",
        "Kemi, have a look at our help page: step 3 restarts the router if the light stays red.",
        "Kemi, our new night team starts at 8pm and your line is first on their list.",
        "Kemi, why not try our reset guide: step 2 fixes most red lights while the engineers work.",
    ],
    "fr": [
        "Hugo, jetez un œil à notre page info trafic : le train de 18 h est maintenu.",
        "Hugo, notre nouvelle équipe de régulation arrive lundi à 6 h : ce train est son premier dossier.",
        "Hugo, essayez le train de 7 h 12 : il a eu moins de 5 minutes de retard cette semaine.",
        "Hugo, essayez notre page horaires : les 3 trains du matin y sont mis à jour en direct.",
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("index", range(3))
def test_pushing_a_new_product_at_someone_upset_breaks_trust(lang: str, index: int) -> None:
    assert _trust(lang, PUSHES[lang][index]) == 0


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("index", range(4))
def test_pointing_to_a_page_or_a_team_is_no_pitch(lang: str, index: int) -> None:
    assert _trust(lang, POINTERS[lang][index]) >= 90
