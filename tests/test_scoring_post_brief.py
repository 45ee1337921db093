# ruff: noqa: E501  (test posts are long literal strings)
"""A post against its brief: words of its own (not the brief reworded) and figures the brief never gave (invented
facts). Briefs and posts written for this test (fr and en), none taken from the development set or the library."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import CriterionResult, StepResult
from cmsim.scoring.criteria.inventions import BESIDE

BRIEFS = {
    "en-pool": ("Facebook post: the Riverside outdoor pool reopens on Saturday 7 June after its renovation, open 7am to 9pm, "
                "entry £4 for adults and free for under-12s; first swim of the season with the lifeguards at 8am.",
                [["pool"], ["7 June", "Saturday"], ["£4"], ["free", "under-12s"]]),
    "en-market": ("Instagram post: the Old Mill night market is back every Thursday in July from 6pm to 11pm on Quay Road, "
                  "twenty street-food stands, live music, dogs welcome.",
                  [["night market", "market"], ["Thursday"], ["July"], ["6pm", "11pm"], ["Quay Road"]]),
    "fr-biblio": ("Post Instagram : la médiathèque Les Tilleuls lance un atelier de réparation de jouets le samedi 15 mars de "
                  "10 h à 13 h, gratuit, pour les familles ; apportez vos jouets cassés, des bénévoles les réparent avec vous.",
                  [["atelier"], ["15 mars", "samedi"], ["10 h", "13 h"], ["gratuit"], ["jouets"]]),
    "fr-ferme": ("Post Facebook : la ferme du Grand Pré ouvre sa cueillette de fraises le 3 mai, tous les jours de 9 h à 18 h, "
                 "4 € le kilo, paniers fournis ; cinq parcelles en libre accès.",
                 [["fraises", "cueillette"], ["3 mai"], ["9 h", "18 h"], ["4 €", "kilo"]]),
    "en-quiz": ("Instagram post: the Fox & Hound pub quiz returns on Friday 14 November; teams of up to six, £2 a head, "
                "prizes for the three best teams.",
                [["quiz"], ["14 November", "Friday"], ["£2"], ["teams", "team"]]),
    "fr-soldes": ("Post Instagram : les soldes d'hiver de la boutique Laine & Lin commencent le mercredi 8 janvier : -30 % sur "
                  "tous les pulls, jusqu'au 4 février.",
                  [["soldes"], ["8 janvier", "mercredi"], ["30 %", "pulls"], ["4 février"]]),
    "fr-chorale": ("Post Facebook : la chorale du quartier Saint-Roch recrute pour son concert de Noël du 20 décembre ; "
                   "répétitions le mardi soir à la salle des fêtes, aucune expérience demandée.",
                   [["chorale"], ["20 décembre", "Noël"], ["mardi"], ["expérience"]]),
}


def post(key: str, text: str) -> StepResult:
    brief, facts = BRIEFS[key]
    return score_line(lang=key[:2], platform="instagram", rubric="community-post",
                      thread=[{"author": "brief", "text": brief}], expect={"facts": facts},
                      qualities=["creativity", "communication"], reply=text)


def criterion(result: StepResult, cid: str) -> CriterionResult | None:
    return next((c for c in result.criteria if c.id == cid), None)


# --- words of its own --------------------------------------------------------------------------------------------

OWN_VOICE = [
    ("en-pool", "Remember the smell of sun cream and the cold shock of the first jump? The Riverside pool is back on Saturday 7 June, 7am to 9pm, £4 for adults and free for under-12s."),
    ("en-market", "Dinner you eat standing up, a band you did not plan to dance to: the Old Mill night market is back every Thursday in July, 6pm to 11pm, Quay Road."),
    ("fr-biblio", "Un robot sans bras, une poupée qui ne parle plus, un camion orphelin de sa roue ? Samedi 15 mars, de 10 h à 13 h, la médiathèque les soigne avec vous, gratuitement."),
    ("fr-ferme", "Les doigts rouges et le panier à moitié vide parce qu'on goûte tout en chemin : la cueillette de fraises ouvre le 3 mai, de 9 h à 18 h, 4 € le kilo."),
    ("en-market", "Your Thursday plans just got sorted. The night market is back every Thursday in July, 6pm to 11pm on Quay Road, and your dog is invited too."),
    ("fr-biblio", "Chez vous, il traîne forcément un jouet qui attend sa seconde vie. Atelier de réparation samedi 15 mars, 10 h - 13 h, gratuit, à la médiathèque."),
]
BRIEF_REWORDED = [
    ("en-pool", "The Riverside outdoor pool reopens on Saturday 7 June after its renovation. Open 7am to 9pm. Entry £4 for adults, free for under-12s."),
    ("en-market", "Old Mill night market: every Thursday in July, 6pm to 11pm, Quay Road. Street-food stands, live music, dogs welcome."),
    ("fr-biblio", "La médiathèque Les Tilleuls lance un atelier de réparation de jouets le samedi 15 mars de 10 h à 13 h. Gratuit, pour les familles."),
    ("fr-ferme", "La ferme du Grand Pré ouvre sa cueillette de fraises le 3 mai, tous les jours de 9 h à 18 h, 4 € le kilo, paniers fournis."),
]


@pytest.mark.parametrize(("key", "text"), OWN_VOICE)
def test_a_post_with_a_line_of_its_own_has_its_own_words(key: str, text: str) -> None:
    own = criterion(post(key, text), "own-words")
    assert own is not None and own.score >= 90 and any(e.polarity == "+" for e in own.evidence)


@pytest.mark.parametrize(("key", "text"), BRIEF_REWORDED)
def test_the_brief_reworded_has_no_words_of_its_own(key: str, text: str) -> None:
    own = criterion(post(key, text), "own-words")
    assert own is not None and own.score <= 40
    assert "reworded" in own.feedback or "reformulé" in own.feedback  # the feedback says what is missing


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_stock_openers_hashtags_and_figures_are_no_words_of_ones_own(lang: str) -> None:
    """Near-misses: "Exciting news!", a hashtag of one's own and a figure are not a voice of one's own."""
    key, text = {"en": ("en-pool", "Exciting news! #SummerSplash2025 The Riverside outdoor pool reopens on Saturday 7 June, 7am to 9pm, entry £4, free for under-12s."),
                 "fr": ("fr-ferme", "Grande nouvelle ! #Fraises2025 La ferme du Grand Pré ouvre sa cueillette de fraises le 3 mai, de 9 h à 18 h, 4 € le kilo.")}[lang]
    own = criterion(post(key, text), "own-words")
    assert own is not None and own.score <= 40


@pytest.mark.parametrize(("voiced", "reworded"), list(zip(OWN_VOICE[:4], BRIEF_REWORDED, strict=True)))
def test_creativity_puts_a_voice_above_the_brief_reworded(voiced: tuple[str, str], reworded: tuple[str, str]) -> None:
    assert post(*voiced).scores[Q.creativity] > post(*reworded).scores[Q.creativity]


def test_a_step_without_a_brief_does_not_read_own_words() -> None:
    result = score_line(lang="en", platform="instagram", rubric="community-post", qualities=["creativity"],
                        reply="Remember the cold shock of the first jump? The pool is back on Saturday.")
    assert criterion(result, "own-words") is None and criterion(result, "invented-facts") is None


# --- invented figures --------------------------------------------------------------------------------------------

INVENTED = [
    ("en-pool", "Riverside pool has welcomed swimmers since 1962, and after a £2 million renovation it reopens on Saturday 7 June, 7am to 9pm, £4 for adults, free for under-12s.", {"1962", "2"}),
    ("en-market", "Over 15,000 visitors came last summer! The night market is back every Thursday in July, 6pm to 11pm on Quay Road.", {"15,000"}),
    ("en-pool", "The pool reopens on Saturday 7 June, 7am to 9pm. Under-16s must be with an adult. £4 for adults, free for under-12s.", {"16s"}),
    ("fr-biblio", "Depuis 2015, nos bénévoles ont réparé plus de 800 jouets ! Atelier samedi 15 mars, de 10 h à 13 h, gratuit.", {"2015", "800"}),
    ("fr-ferme", "Cueillette de fraises dès le 3 mai, de 9 h à 18 h, 4 € le kilo, et -20 % pour les familles nombreuses !", {"20"}),
    ("fr-biblio", "Atelier de réparation de jouets samedi 15 mars de 10 h à 13 h, réservé aux enfants de plus de 6 ans, gratuit.", {"6"}),
    ("fr-ferme", "Cueillette de fraises le 3 mai dès 8 h, 4 € le kilo.", {"8"}),  # an hour the brief gives otherwise for that day
]


@pytest.mark.parametrize(("key", "text", "figures"), INVENTED)
def test_figures_the_brief_never_gave_are_invented(key: str, text: str, figures: set[str]) -> None:
    result = post(key, text)
    invented = criterion(result, "invented-facts")
    assert invented is not None and invented.score < 50
    assert {e.text for e in invented.evidence if e.polarity == "-"} == figures


KEPT = [
    ("en-pool", "Pool's back! Sat 7/6, 7am-9pm, £4 (free for under-12s). First swim with the lifeguards at 8am."),  # a date in digits
    ("en-market", "Twenty stands, one band, zero reasons to cook: the night market is back every Thursday in July, 6-11pm, Quay Road. Stand no. 20 does the dumplings."),  # a figure in words in the brief
    ("fr-ferme", "Tes fraises de jardin font 2 cm ? Ici elles sont énormes : cueillette dès le 3 mai, 9 h - 18 h, 4 € le kilo, 5 parcelles."),  # the reader's world, "cinq" in digits
    ("fr-biblio", "Au programme du samedi 15/03 :\n1. vous apportez le jouet cassé ;\n2. on le répare ensemble, de 10 h à 13 h. Gratuit."),  # a list's numbering
    ("en-market", "Quay Road, every Thursday in July, 18:00 to 23:00: the night market is back."),  # hours written as a clock
    ("en-quiz", "Brains ready? The Fox & Hound quiz is back on Friday 14 November, first question at 7:30pm sharp: teams of up to six, £2 a head."),  # an hour the brief left open
    ("fr-chorale", "Vous chantez sous la douche ? La chorale Saint-Roch vous attend pour Noël : concert le 20 décembre à 20 h 30, répétitions le mardi soir."),  # idem, "20 h 30"
    ("en-market", "A 100% local night market: every Thursday in July, 6pm to 11pm, Quay Road."),  # a degree, not a figure
    ("en-pool", "What would your first length feel like at 8am, with the whole pool to yourself? Saturday 7 June, 7am to 9pm, £4, free for under-12s."),  # a question to the reader
]


@pytest.mark.parametrize(("key", "text"), KEPT)
def test_the_briefs_figures_in_other_forms_are_not_invented(key: str, text: str) -> None:
    assert criterion(post(key, text), "invented-facts") is None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_invented_history_ranks_under_the_same_post_without_it(lang: str) -> None:
    key, invented, kept = {
        "en": ("en-market", "Founded in 1998 by three friends, with 40,000 visitors a year: the Old Mill night market is back every Thursday in July, 6pm to 11pm, Quay Road.",
               "Street food, a band and the river at dusk: the Old Mill night market is back every Thursday in July, 6pm to 11pm, Quay Road."),
        "fr": ("fr-ferme", "Depuis 1974, notre ferme a vu passer 30 000 cueilleurs : cueillette de fraises dès le 3 mai, de 9 h à 18 h, 4 € le kilo.",
               "Le panier à la main et le soleil dans le dos : cueillette de fraises dès le 3 mai, de 9 h à 18 h, 4 € le kilo."),
    }[lang]
    # an invention beside the brief's facts costs less than one in their place (round 7: graded 35-48, above the bare
    # copy), but the post never ranks with the same post without it
    assert post(key, invented).scores[Q.creativity] < post(key, kept).scores[Q.creativity]


# --- promotions that hijack the brief ------------------------------------------------------------------------------

PROMOTIONS = [
    ("en-pool", "SUMMER SALE: 25% off all swimwear in our shop this week! The pool reopens on Saturday 7 June too."),
    ("en-market", "Get 10% off your first order at our online store! Oh, and the night market is back every Thursday in July."),
    ("en-quiz", "Quiz on Friday 14 November, and every drink is 15% cheaper for quiz teams! £2 a head."),
    ("fr-ferme", "Cueillette de fraises dès le 3 mai, et -15 % sur nos confitures pour l'occasion !"),
    ("fr-biblio", "Atelier samedi 15 mars de 10 h à 13 h, et 20 % de réduction sur les jouets de notre boutique partenaire."),
    ("fr-chorale", "La chorale recrute pour le 20 décembre ! Profitez aussi de 40 % de remise sur nos partitions en ligne."),
]


@pytest.mark.parametrize(("key", "text"), PROMOTIONS)
def test_a_discount_the_brief_never_gave_is_a_promotion_of_the_posts_own(key: str, text: str) -> None:
    result = post(key, text)
    invented, details = criterion(result, "invented-facts"), criterion(result, "specific-details")
    # a promotion counts as two invented figures: down to the floor, what the brief's facts the post keeps are worth
    assert invented is not None and details is not None and invented.score <= BESIDE * details.score / 100 + 1
    assert any("%" in text[e.start : e.end + 2] for e in invented.evidence)


@pytest.mark.parametrize(("key", "text"), [
    ("fr-soldes", "Vos pulls préférés à -30 % dès le mercredi 8 janvier : les soldes de Laine & Lin durent jusqu'au 4 février."),  # the brief's own discount
    ("en-market", "20% of every stand's takings go to the lifeboat crew: the night market is back every Thursday in July, Quay Road."),  # a share, not a discount ("twenty" in the brief)
    ("fr-ferme", "Des fraises 100 % de saison, cueillies par vous : dès le 3 mai, de 9 h à 18 h, 4 € le kilo."),  # a degree
])
def test_a_percentage_that_takes_nothing_off_or_the_briefs_own_discount_is_no_promotion(key: str, text: str) -> None:
    assert criterion(post(key, text), "invented-facts") is None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_hijacking_promotion_ranks_under_the_brief_reworded(lang: str) -> None:
    key, promo, plain = {
        "en": ("en-pool", "SUMMER SALE: 25% off all swimwear this week! Drop in on Saturday 7 June when the pool reopens, 7am to 9pm.",
               "The Riverside outdoor pool reopens on Saturday 7 June after its renovation. Open 7am to 9pm. Entry £4 for adults, free for under-12s."),
        "fr": ("fr-ferme", "PROMO : -15 % sur toutes nos confitures cette semaine ! Et la cueillette de fraises ouvre le 3 mai.",
               "La ferme du Grand Pré ouvre sa cueillette de fraises le 3 mai, tous les jours de 9 h à 18 h, 4 € le kilo, paniers fournis."),
    }[lang]
    assert post(key, promo).scores[Q.creativity] < post(key, plain).scores[Q.creativity]


# An invented offer beside all the brief's facts, the same offer in their place, the post without it.
BESIDE_OR_INSTEAD = [
    ("en-pool", "The Riverside pool reopens on Saturday 7 June after its makeover, 7am to 9pm, £4 for adults and free for under-12s, and 20% off every swim pass bought on the day!",
     "20% off every swim pass at the Riverside pool this summer!",
     "The Riverside pool reopens on Saturday 7 June after its makeover, 7am to 9pm, £4 for adults and free for under-12s."),
    ("en-quiz", "The Fox & Hound quiz is back on Friday 14 November: teams of up to six, £2 a head, prizes for the three best teams, and 2-for-1 cocktails all night.",
     "2-for-1 cocktails all night at the Fox & Hound! Quiz on Friday too.",
     "The Fox & Hound quiz is back on Friday 14 November: teams of up to six, £2 a head, prizes for the three best teams."),
    ("fr-biblio", "Samedi 15 mars, de 10 h à 13 h, la médiathèque Les Tilleuls répare vos jouets cassés avec ses bénévoles, gratuitement, et 15 % de remise ce jour-là sur les livres de notre boutique.",
     "15 % de remise sur les livres de la boutique de la médiathèque !",
     "Samedi 15 mars, de 10 h à 13 h, la médiathèque Les Tilleuls répare vos jouets cassés avec ses bénévoles, gratuitement."),
    ("fr-ferme", "Cueillette de fraises à la ferme du Grand Pré dès le 3 mai, tous les jours de 9 h à 18 h, 4 € le kilo, et -10 % sur nos confitures pendant tout le mois.",
     "-10 % sur nos confitures pendant tout le mois à la ferme !",
     "Cueillette de fraises à la ferme du Grand Pré dès le 3 mai, tous les jours de 9 h à 18 h, 4 € le kilo."),
]


@pytest.mark.parametrize(("key", "beside", "instead", "plain"), BESIDE_OR_INSTEAD)
def test_an_invention_beside_the_briefs_facts_costs_less_than_one_in_their_place(key: str, beside: str, instead: str,
                                                                                  plain: str) -> None:
    kept, replaced = post(key, beside), post(key, instead)
    for result in (kept, replaced):
        assert criterion(result, "invented-facts") is not None  # both invent: the price differs, not the reading
    assert kept.scores[Q.creativity] > replaced.scores[Q.creativity]
    # and never above the post without it (with no hook, both sit under engagement's ceiling, within a point)
    assert kept.scores[Q.creativity] <= post(key, plain).scores[Q.creativity]


# --- teasers -------------------------------------------------------------------------------------------------------

TEASERS = [
    ("en-pool", "Cannonball season is coming to the pool. Towels at the ready 🏊"),
    ("en-market", "Something smells delicious down by the river. Follow your nose, Thursday…"),
    ("fr-biblio", "Un ours sans oreille attend son chirurgien. Les jouets ont rendez-vous bientôt 🧸"),
    ("fr-ferme", "Les fraises rougissent. Encore un peu de patience 🍓"),
    ("en-quiz", "Sharpen your pencils and your elbows. The quiz is coming back 🧠"),
    ("fr-chorale", "Vos voisins chantent faux sous la douche ? La chorale cherche justement des voix."),
]


@pytest.mark.parametrize(("key", "text"), TEASERS)
def test_a_short_line_of_its_own_that_holds_the_facts_back_is_a_teaser(key: str, text: str) -> None:
    """A teaser is judged on its voice: the brief's details are not asked of it, and its line is a hook."""
    result = post(key, text)
    assert criterion(result, "specific-details") is None
    engagement = criterion(result, "engagement")
    assert engagement is not None and any(e.polarity == "+" and text.startswith(e.text[:10]) for e in engagement.evidence)


@pytest.mark.parametrize(("teaser", "reworded"), list(zip(TEASERS[:4], BRIEF_REWORDED, strict=True)))
def test_a_teaser_ranks_above_the_brief_reworded(teaser: tuple[str, str], reworded: tuple[str, str]) -> None:
    assert post(*teaser).scores[Q.creativity] > post(*reworded).scores[Q.creativity]


@pytest.mark.parametrize(("key", "text"), [
    ("en-pool", "What's your favourite ice cream flavour? Tell us below!"),  # another subject: nothing of the brief
    ("fr-biblio", "Quelque chose de grand arrive à la médiathèque ce printemps. Restez connectés !"),  # could announce anything
    ("en-pool", "Pool reopens Saturday 7 June. Entry £4, free for under-12s."),  # short, but the brief's own words
    ("fr-ferme", "Depuis 1974, les fraises rougissent ici. Patience 🍓"),  # an invented figure
    ("en-market", "Dinner you eat standing up, a band you did not plan to dance to, a dog asleep under the table, lanterns over the water and the smell of smoke and lime: something is coming back to the river soon."),  # too long for a teaser
])
def test_what_is_not_a_teaser_is_still_asked_for_the_briefs_details(key: str, text: str) -> None:
    assert criterion(post(key, text), "specific-details") is not None


# --- honest feedback -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("key", "text"), [
    ("en-pool", "Since 1962, Riverside has taught three generations to swim! It reopens on Saturday 7 June, 7am to 9pm, £4, free for under-12s."),
    ("fr-ferme", "Depuis 1974, notre ferme régale trois générations ! Cueillette dès le 3 mai, de 9 h à 18 h, 4 € le kilo."),
])
def test_an_invented_story_is_neither_a_hook_nor_a_voice_and_the_feedback_says_why(key: str, text: str) -> None:
    result = post(key, text)
    engagement, own = criterion(result, "engagement"), criterion(result, "own-words")
    assert engagement is not None and not any(e.polarity == "+" and "19" in e.text for e in engagement.evidence)
    assert own is not None and own.score < 50 and ("invent" in own.feedback)


@pytest.mark.parametrize(("key", "text"), [TEASERS[0], TEASERS[3]])
def test_a_short_post_that_repeats_nothing_is_not_called_repetitive(key: str, text: str) -> None:
    variety = criterion(post(key, text), "variety")
    assert variety is not None and variety.score < 100
    assert "repeat" not in variety.feedback.replace("nothing in it repeats", "") and "revienn" not in variety.feedback
