# ruff: noqa: E501  (test replies are long literal strings)
"""Communication, round 14: readings found on the tuning split's misordered communication pairs, tested here on
threads and replies written for this file (no dev-set situation), fr and en, with innocent sentences that must not
fire."""

from __future__ import annotations

import pytest
from scoring_kit import score_line
from scoring_kit import trust_of as _trust

# An upsell in the brand's words: "nothing beats our…", "there's nothing like our…", "for those who want to go further…",
# sold with a figure (a price, a discount, a time) to someone who came to complain.
UPSELLS = {
    "en": [
        "Sorry Kemi! There's nothing like our Hotspot add-on to keep working on 4G while you wait, just £3 a week.",
        "Kemi, annoying, we know. Nothing beats our Fibre Max line for home workers: 900 Mb and 20% off this month.",
        "No monthly fee on your plan, Kemi. For those who want to go further, Fibre Pro is coming soon with a static IP at £4.99/month.",
    ],
    "fr": [
        "Désolés Hugo ! Rien ne vaut nos billets Flex pour voyager l'esprit tranquille : 2 € de plus seulement.",
        "Hugo, pour oublier les retards, rien de tel que notre carte Confort (-30 % ce mois-ci en gare).",
        "Votre abonnement ne change pas, Hugo. Pour ceux qui veulent aller plus loin, Pass Liberté arrive bientôt avec le wifi à bord à 4,99 €/mois.",
    ],
}
NOT_UPSELLS = {  # the same words telling news, a fix, or praise of something not for sale
    "en": [
        "Kemi, good news: our engineers found the fault on your street and your line is back by 6pm.",
        "Kemi, nothing beats a line that works, and yours should be back by 6pm: the fault is at cabinet 12.",
        "Kemi, the repair is coming soon: the crew is on site and the line is back by 6pm.",
        "Kemi, the fix is coming soon with update 4.3, due on 12 May; until then a restart clears it.",
    ],
    "fr": [
        "Hugo, bonne nouvelle : le train de 18 h 10 est maintenu et il partira voie 3.",
        "Hugo, rien de tel qu'un train à l'heure, et le vôtre ne l'était pas : 40 minutes, c'est trop. Nous remboursons 50 % du billet.",
        "Hugo, la rame de remplacement arrive bientôt : elle part de Nantes à 18 h 10.",
        "Hugo, le correctif arrive bientôt avec la mise à jour 4.3 du 12 mai ; d'ici là, redémarrez l'appli.",
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("index", range(3))
def test_an_upsell_in_a_reply_breaks_trust(lang: str, index: int) -> None:
    assert _trust(lang, UPSELLS[lang][index]) == 0


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("index", range(4))
def test_good_news_a_fix_or_praise_is_no_upsell(lang: str, index: int) -> None:
    assert _trust(lang, NOT_UPSELLS[lang][index]) >= 90


# A change to the whole service decided in a comment, with its scope and its date, or a rule waived for the person:
# what the community manager cannot grant (hand graders: 14-20 on communication), trust is broken.
OVERREACH = {
    "en": [
        "Kemi, sorry. We're replacing the routers for everyone in your area from next week.",
        "Kemi, so sorry: we're scrapping the call-out fee for all our customers immediately.",
        "Kemi, since it's our fault, you're exempt from the fair-use cap until it's fixed.",
    ],
    "fr": [
        "Hugo, désolés. Nous supprimons les correspondances courtes pour tous les voyageurs dès la semaine prochaine.",
        "Hugo, on remplace toutes nos rames de la ligne dès demain.",
        "Hugo, vu le retard, vous êtes dispensé de composter votre billet jusqu'à la fin du mois.",
    ],
}
NOT_OVERREACH = {  # a review, a change already made, a change for the person only, an exemption denied
    "en": [
        "Kemi, our network team is reviewing the routers for everyone in your area this week.",
        "Kemi, we replaced the routers for everyone on your street last week; yours is the next on the list.",
        "Kemi, we're changing your router tomorrow: an engineer comes between 8 and 12.",
        "Kemi, no one is exempt from this outage, sadly: the whole street is down until 6pm.",
        "Kemi and Tom, I'll change the engineer visit for all of you to tomorrow morning, 8 to 12.",
    ],
    "fr": [
        "Hugo, notre équipe revoit les horaires pour tous les voyageurs de la ligne cette semaine.",
        "Hugo, nous avons remplacé toutes nos rames de la ligne l'an dernier ; le retard de ce matin vient d'un signal.",
        "Hugo, on change votre billet dès demain : vous serez remboursé de 25 %.",
        "Hugo, personne n'est dispensé de la grève, hélas : le train de 18 h ne circule pas.",
        "Hugo et Léa, je change vos billets pour tous les deux dès demain, sans frais.",
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("index", range(3))
def test_a_change_for_everyone_or_an_exemption_granted_in_a_reply_breaks_trust(lang: str, index: int) -> None:
    assert _trust(lang, OVERREACH[lang][index]) == 0


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("index", range(5))
def test_a_review_a_past_change_or_a_personal_one_is_no_overreach(lang: str, index: int) -> None:
    assert _trust(lang, NOT_OVERREACH[lang][index]) >= 90


# A gain promised to the audience said by a relative clause ("à tous ceux qui commandent", "for all those who renew"),
# as "tout le monde" and "anyone who" already were: a giveaway nobody decided.
EVERYONE_WHO = {
    "en": ("Kemi, so sorry! To make up for it, the router upgrade is free for all those who renew this month.",
           "Kemi, all those who renew this month keep their current price, and your line is back by 6pm."),
    "fr": ("Hugo, pour nous faire pardonner, le trajet retour est offert à tous ceux qui voyagent cette semaine.",
           "Hugo, tous ceux qui ont voyagé ce matin peuvent demander le remboursement de 25 % en ligne."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_gain_for_all_those_who_breaks_trust(lang: str) -> None:
    assert _trust(lang, EVERYONE_WHO[lang][0]) == 0


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_all_those_who_without_a_gain_is_no_giveaway(lang: str) -> None:
    assert _trust(lang, EVERYONE_WHO[lang][1]) >= 90


ONE_WINNER = {  # "whoever" / « quiconque » names one winner, not everyone
    "en": "Kemi, sorry for the wait. Whoever finds the best workaround this week wins a free month, we'll share it here.",
    "fr": "Hugo, désolés. Quiconque trouve la meilleure astuce cette semaine gagne un mois gratuit, on la partagera ici.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_whoever_wins_is_one_winner(lang: str) -> None:
    assert _trust(lang, ONE_WINNER[lang]) >= 90


# A date written short beside its day's number ("Sat 14 Nov", "sam. 14 nov.") gives the brief's full date; the same
# letters as plain words ("we sat 20 minutes", "la mer à 14 h") give no day.
DATE_BRIEFS = {
    "en": ("Post: our pottery open day is on Saturday 14 November, 10am to 4pm, at 3 Kiln Yard. Free entry.",
           [["Saturday"], ["14 November"]],
           "Come and try the wheel 🏺 Sat 14 Nov, 10am-4pm, 3 Kiln Yard. Free entry!",
           "We sat 14 people round one wheel last time 🏺 Open day, 10am-4pm, 3 Kiln Yard. Free entry!"),
    "fr": ("Publication : portes ouvertes de l'atelier de poterie le samedi 14 novembre, de 10 h à 16 h, 3 cour du Four. "
           "Entrée libre.", [["samedi"], ["14 novembre"]],
           "Venez tourner l'argile 🏺 Sam. 14 nov., 10 h-16 h, 3 cour du Four. Entrée libre !",
           "Sam 14 ans a tourné son premier bol ici 🏺 Portes ouvertes, 10 h-16 h, 3 cour du Four. Entrée libre !"),
}


def _post_facts(lang: str, text: str) -> list[str]:
    brief, facts, _short, _plain = DATE_BRIEFS[lang]
    result = score_line(lang=lang, platform="instagram", rubric="community-post",
                        brand={"name": "Kiln Yard", "charter": {"tone": "casual"}},
                        thread=[{"author": "brief", "text": brief}], reply=text, expect={"facts": facts})
    substance = next(c for c in result.criteria if c.id == "substance")
    return [e.text for e in substance.evidence if e.polarity == "+"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_short_date_beside_its_day_gives_the_brief_date(lang: str) -> None:
    found = _post_facts(lang, DATE_BRIEFS[lang][2])
    assert any(t.lower().startswith("sa") for t in found) and any("nov" in t.lower() for t in found)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_same_letters_as_plain_words_give_no_day(lang: str) -> None:
    found = _post_facts(lang, DATE_BRIEFS[lang][3])
    assert not any(t.lower().startswith("sa") for t in found)
