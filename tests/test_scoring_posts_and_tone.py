# ruff: noqa: E501  (test replies are long literal strings)
"""Posts and tone: hooks, contests, hashtags, accusations, condescension, sarcasm, non-apologies and
giving in, each in French and English, on situations written for the test (not taken from the
scenario library)."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import CriterionResult, StepResult
from cmsim.scoring.lexicon import lexicons
from cmsim.scoring.text import analyse


def criterion(result: StepResult, cid: str) -> CriterionResult | None:
    return next((c for c in result.criteria if c.id == cid), None)


POST = {"lang": "en", "platform": "instagram", "rubric": "community-post", "qualities": ["creativity", "multiplatform"]}


@pytest.mark.parametrize(("lang", "phrase", "text"), [
    ("fr", "il y a * ans", "Il y a trois ans, tout tenait dans un garage."),
    ("fr", "il y a * ans", "Il y a 3 ans, tout tenait dans un garage."),
    ("en", "years ago", "Three years ago it all fitted in a garage."),
])
def test_a_lexicon_wildcard_stands_for_any_one_word(lang: str, phrase: str, text: str) -> None:
    hits = lexicons(lang)["hooks"].find(analyse(text, lang))
    assert [h.term.replace("years", "year") for h in hits][:1] == [phrase.replace("years", "year")]


def test_a_lexicon_wildcard_stands_for_one_word_only() -> None:
    assert not lexicons("fr")["hooks"].find(analyse("Il y a bien trois ans.", "fr"))


@pytest.mark.parametrize(("lang", "story", "plain"), [
    ("en", "Two years ago we were a market stall. On Saturday we open our first shop at 12 Quay Street: come and fill your jars.",
     "We are a shop that sells food without packaging and we open on Saturday at 12 Quay Street, come and fill your jars."),
    ("fr", "Il y a deux ans, nous étions un stand de marché. Samedi nous ouvrons notre boutique au 12 quai Rambaud : venez remplir vos bocaux.",
     "Nous sommes une épicerie qui vend sans emballage et nous ouvrons samedi au 12 quai Rambaud, venez remplir vos bocaux."),
])
def test_a_story_opening_is_a_hook(lang: str, story: str, plain: str) -> None:
    told, flat = (score_line(**{**POST, "lang": lang}, reply={"instagram": r}) for r in (story, plain))
    hook = criterion(told, "engagement")
    none = criterion(flat, "engagement")
    assert hook is not None and none is not None
    assert hook.score > none.score
    assert any(e.text.lower() in ("years ago", "il y a deux ans") for e in hook.evidence)


@pytest.mark.parametrize(("lang", "label", "teaser"), [
    ("en", "Giveaway! Win a picnic basket: post your picnic photo with #PicnicDay before Sunday 8pm. Rules in bio.",
     "Guess who's turning ten? 🎂\nWin a picnic basket: post your picnic photo with #PicnicDay before Sunday 8pm. Rules in bio."),
    ("fr", "Concours ! Un panier à gagner : poste la photo de ton pique-nique avec #PicnicDay avant dimanche 20 h. Règlement en bio.",
     "Devinez qui fête ses dix ans ? 🎂\nUn panier à gagner : poste la photo de ton pique-nique avec #PicnicDay avant dimanche 20 h. Règlement en bio."),
])
def test_a_bare_label_or_shouting_is_not_a_hook(lang: str, label: str, teaser: str) -> None:
    bare, hooked = (score_line(**{**POST, "lang": lang}, reply={"instagram": r}) for r in (label, teaser))
    shout = score_line(**{**POST, "lang": lang}, reply={"instagram": label.replace("!", "!!", 1)})
    scores = [criterion(r, "engagement") for r in (bare, hooked, shout)]
    assert all(s is not None for s in scores)
    assert scores[0].score < scores[1].score  # type: ignore[union-attr]
    assert scores[2].score <= scores[0].score  # type: ignore[union-attr]
    assert bare.scores[Q.creativity] < hooked.scores[Q.creativity]


@pytest.mark.parametrize(("lang", "complete", "incomplete"), [
    ("en", "Win a year of coffee ☕ Post your morning cup with #CupDay by Sunday 11:59pm. Open to UK residents 18+, rules in bio.",
     "Win a year of coffee ☕ Post your morning cup with"),
    ("fr", "Un an de café à gagner ☕ Poste ta tasse du matin avec #CupDay avant dimanche 23 h 59. Réservé aux majeurs, règlement en bio.",
     "Un an de café à gagner ☕ Poste ta tasse du matin avec"),
])
def test_a_contest_post_owes_how_to_enter_a_deadline_and_its_rules(lang: str, complete: str, incomplete: str) -> None:
    good, gappy = (score_line(**{**POST, "lang": lang}, reply={"instagram": r}) for r in (complete, incomplete))
    assert criterion(good, "contest-mechanics") is None and criterion(good, "contest-rules") is None  # guards
    mechanics, rules = criterion(gappy, "contest-mechanics"), criterion(gappy, "contest-rules")
    assert mechanics is not None and rules is not None
    assert mechanics.score == 50 and rules.score == 0
    assert mechanics.missing == [{"en": "deadline", "fr": "date limite"}[lang]]
    assert gappy.scores[Q.creativity] <= good.scores[Q.creativity] - 15
    assert gappy.scores[Q.multiplatform] <= 75 < good.scores[Q.multiplatform]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_post_announcing_no_contest_owes_no_rules(lang: str) -> None:
    post = {"en": "Our new shop opens on Saturday at 9am: come and say hello!",
            "fr": "Notre nouvelle boutique ouvre samedi à 9 h : venez nous dire bonjour !"}[lang]
    result = score_line(**{**POST, "lang": lang}, reply={"instagram": post})
    assert criterion(result, "contest-mechanics") is None and criterion(result, "contest-rules") is None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_hashtags_over_the_network_cap_cost_more_than_the_extra_tags(lang: str) -> None:
    text = {"en": "Our refill shop opens on Saturday at 9am: come and fill your jars, the first 100 get one free.",
            "fr": "Notre épicerie vrac ouvre samedi à 9 h : venez remplir vos bocaux, les 100 premiers en repartent avec un."}[lang]
    five = " #vrac #lyon #bio #zerodechet #local"
    at_cap, over = (score_line(**{**POST, "lang": lang}, reply={"instagram": text + tags}) for tags in (five, five + " #eco"))
    fits, cut = criterion(at_cap, "platform-limits"), criterion(over, "platform-limits")
    assert fits is not None and cut is not None
    assert fits.evidence == [] and cut.score <= fits.score * 0.55 + 1  # 20 for going over, 25 for the tag
    assert cut.missing == ["≤ 5 #"] and [e.text for e in cut.evidence] == ["#eco"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_hashtags_and_shouting_in_a_reply_break_the_networks_codes(lang: str) -> None:
    thread = [{"author": "Sophie", "text": {"en": "My soap melts in two days, is that normal?",
                                            "fr": "Mon savon fond en deux jours, c'est normal ?"}[lang]}]
    calm = {"en": "Sophie, a soap dish that drains keeps it twice as long: keep it out of the shower stream.",
            "fr": "Sophie, un porte-savon qui égoutte le fait durer deux fois plus : garde-le hors du jet de la douche."}[lang]
    loud = calm.replace(":", "!!!", 1) + " #soap #zerowaste #tips"
    line = {"lang": lang, "platform": "facebook", "thread": thread, "rubric": "public-reply",
            "qualities": ["multiplatform"]}
    plain, noisy = score_line(**line, reply=calm), score_line(**line, reply=loud)
    register = criterion(noisy, "platform-register")
    assert register is not None and criterion(plain, "platform-register") is not None
    assert register.score <= 100 - 15 - 2 * 20  # one shouting run, two hashtags past the first
    # 20 before round 15's public-trust joined the reply's multi-platform shares (one more share: 19 in French)
    assert noisy.scores[Q.multiplatform] <= plain.scores[Q.multiplatform] - 15


GIVEAWAY = {
    "en": [{"author": "Rav", "text": "Winner number 2 only followed you yesterday. Rigged?"}],
    "fr": [{"author": "Rav", "text": "La gagnante n°2 ne vous suit que depuis hier. Truqué ?"}],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_casting_public_suspicion_on_a_third_party_breaks_trust(lang: str) -> None:
    accuse = {"en": "Rav, good catch: winner number 2 looks like a fake account, we'll probably disqualify them.",
              "fr": "Rav, bien vu : la gagnante n°2 ressemble à un faux compte, on va sûrement la disqualifier."}[lang]
    deny = {"en": "Rav, fair question: winner number 2 is not a fake account, the rules let anyone who followed before Friday enter.",
            "fr": "Rav, bonne question : la gagnante n°2 n'est pas un faux compte, le règlement ouvrait le jeu à tous les abonnés avant vendredi."}[lang]
    line = {"lang": lang, "platform": "x", "thread": GIVEAWAY[lang], "expect": {"person": "Rav"}}
    accused, denied = score_line(**line, reply=accuse), score_line(**line, reply=deny)
    blamed, cleared = criterion(accused, "trust"), criterion(denied, "trust")
    assert blamed is not None and cleared is not None
    assert blamed.score == 0 and next(e.text for e in blamed.evidence) == {"en": "fake account", "fr": "faux compte"}[lang]
    assert cleared.score == 100
    assert accused.scores[Q.communication] <= 45 < denied.scores[Q.communication]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_suspicion_words_about_nobody_in_particular_are_not_accusations(lang: str) -> None:
    reply = {"en": "Rav, we remove bots before every draw and the 6 winners were drawn at random on video.",
             "fr": "Rav, on retire les bots avant chaque tirage et les 6 gagnants ont été tirés au sort en vidéo."}[lang]
    result = score_line(lang=lang, platform="x", thread=GIVEAWAY[lang], expect={"person": "Rav"}, reply=reply)
    found = criterion(result, "trust")
    assert found is not None and found.score == 100


SOLD_OUT = {
    "en": [{"author": "Maya", "text": "Sold out AGAIN in ten minutes. Why can't I ever get this tea?"}],
    "fr": [{"author": "Maya", "text": "Encore en rupture en dix minutes. Pourquoi je n'arrive jamais à avoir ce thé ?"}],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_explaining_the_obvious_and_repeating_ourselves_is_condescending(lang: str) -> None:
    lecture = {"en": "Maya, it's a small harvest, that's why it sells out. As we already said, the restock is on Thursday.",
               "fr": "Maya, c'est une petite récolte, c'est pour ça qu'il part vite. Comme on l'a déjà dit, le retour est jeudi."}[lang]
    owned = {"en": "Maya, I'm sorry, it's a small harvest and we sold out fast. The restock is on Thursday at 10am.",
             "fr": "Maya, désolée, c'est une petite récolte et on a tout vendu très vite. Le retour est jeudi à 10 h."}[lang]
    line = {"lang": lang, "thread": SOLD_OUT[lang], "expect": {"person": "Maya"}}
    lectured, answered = score_line(**line, reply=lecture), score_line(**line, reply=owned)
    respect = criterion(lectured, "respect")
    assert respect is not None and len([e for e in respect.evidence if e.polarity == "-"]) == 2
    assert criterion(answered, "respect").score == 100  # type: ignore[union-attr]
    assert lectured.scores[Q.communication] < 40 <= answered.scores[Q.communication]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_good_luck_with_your_is_sarcasm(lang: str) -> None:
    reply = {"en": "Good luck with your imaginary scooter then.", "fr": "Bon courage avec ta trottinette imaginaire alors."}[lang]
    result = score_line(lang=lang, thread=SOLD_OUT[lang], expect={"person": "Maya"}, reply=reply)
    hostility = criterion(result, "no-hostility")
    assert hostility is not None and hostility.score <= 60
    assert [e.text.lower() for e in hostility.evidence] == [{"en": "good luck with your", "fr": "bon courage avec ta"}[lang]]


OFFENDED = {
    "en": [{"author": "Jo", "text": "Using mental health to sell a 30% discount is disgusting. Take it down."}],
    "fr": [{"author": "Jo", "text": "Utiliser la santé mentale pour vendre une remise de 30 %, c'est honteux. Retirez ça."}],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_non_apology_acknowledges_no_feeling_and_picks_up_no_fact(lang: str) -> None:
    non = {"en": "We're sorry if anyone was offended by our post about mental health.",
           "fr": "Désolés si certains se sont sentis offensés par notre publication sur la santé mentale."}[lang]
    real = {"en": "Jo, you're right and we're sorry: using mental health to sell was wrong. We've taken the post down.",
            "fr": "Jo, vous avez raison et nous sommes désolés : utiliser la santé mentale pour vendre était une erreur. Nous avons retiré la publication."}[lang]
    expect = {"person": "Jo", "facts": [["mental health", "santé mentale"], ["sorry", "désolés"], ["taken down", "retiré"]]}
    line = {"lang": lang, "thread": OFFENDED[lang], "expect": expect}
    dodged, owned = score_line(**line, reply=non), score_line(**line, reply=real)
    assert criterion(dodged, "acknowledges-feeling").score == 0  # type: ignore[union-attr]
    assert criterion(dodged, "picks-up-facts").score < criterion(owned, "picks-up-facts").score  # type: ignore[union-attr]
    assert dodged.scores[Q.listening] < 40 < owned.scores[Q.listening]


PRICE = {
    "en": [{"author": "Gary", "text": "You charged me for the jeans, not the T-shirt! The sign said cheapest item free. Scandal."}],
    "fr": [{"author": "Gary", "text": "Vous m'avez fait payer le jean, pas le t-shirt ! L'affiche disait article le moins cher offert. Scandaleux."}],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_wholesale_agreement_without_the_facts_is_giving_in(lang: str) -> None:
    expect = {"person": "Gary", "facts": [["cheapest", "moins cher"], ["T-shirt"], ["sign", "affiche"], ["exchange", "échange"]]}
    cave = {"en": "Gary, you're absolutely right! We'll refund you right away, DM us.",
            "fr": "Gary, vous avez entièrement raison ! On vous rembourse tout de suite, écrivez-nous en MP."}[lang]
    grounded = {"en": "Gary, you're absolutely right that the sign is too small: the cheapest item, the T-shirt, is the free one. We'll exchange it today.",
                "fr": "Gary, vous avez entièrement raison, l'affiche est trop petite : l'article le moins cher, le t-shirt, est l'offert. On vous l'échange aujourd'hui."}[lang]
    line = {"lang": lang, "thread": PRICE[lang], "expect": expect}
    caved, engaged = score_line(**line, reply=cave), score_line(**line, reply=grounded)
    found = criterion(caved, "no-capitulation")
    assert found is not None and found.score == 0 and found.evidence[0].polarity == "-"
    assert criterion(engaged, "no-capitulation") is None  # agreeing after engaging the facts is fine


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_offer_named_in_an_apology_is_not_selling(lang: str) -> None:
    reply = {"en": "Jo, we're sorry our 30% discount code was tied to mental health. We've taken the post down.",
             "fr": "Jo, nous sommes désolés que notre code de réduction de 30 % ait été lié à la santé mentale. Nous avons retiré la publication."}[lang]
    result = score_line(lang=lang, thread=OFFENDED[lang], expect={"person": "Jo"}, reply=reply)
    trust, originality = criterion(result, "trust"), criterion(result, "originality")
    assert trust is not None and trust.evidence == [] and trust.score >= 90
    assert originality is None or originality.score >= 90


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_naming_the_customers_bank_is_not_blame_but_sending_them_to_it_is(lang: str) -> None:
    thread = [{"author": "Inès", "text": {"en": "You charged me twice and my bank charged me fees!",
                                          "fr": "Vous m'avez débitée deux fois et ma banque m'a pris des frais !"}[lang]}]
    kind = {"en": "Inès, keep your bank's statement: we'll refund the fees along with the double charge today.",
            "fr": "Inès, gardez le relevé de votre banque : nous remboursons les frais avec le double débit aujourd'hui."}[lang]
    deflect = {"en": "Inès, the fees are your bank's problem, not ours.",
               "fr": "Inès, les frais, c'est votre banque, pas nous."}[lang]
    line = {"lang": lang, "thread": thread, "expect": {"person": "Inès"}}
    fair, unfair = score_line(**line, reply=kind), score_line(**line, reply=deflect)
    assert criterion(fair, "respect").score == 100  # type: ignore[union-attr]
    assert criterion(unfair, "respect").score < 70  # type: ignore[union-attr]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_hyphenated_first_name_is_recognised(lang: str) -> None:
    thread = [{"author": "Jean-Pierre Morel", "text": {"en": "My parcel is a week late.", "fr": "Mon colis a une semaine de retard."}[lang]}]
    reply = {"en": "Jean-Pierre, I'm checking with the carrier now and I'll reply here by 5pm.",
             "fr": "Jean-Pierre, je vérifie avec le transporteur et je vous réponds ici avant 17 h."}[lang]
    brand = {"charter": {"names": "first_name"}}
    result = score_line(lang=lang, thread=thread, brand=brand, expect={"person": "Jean-Pierre Morel"}, reply=reply)
    named, charter = criterion(result, "names-person"), criterion(result, "charter")
    assert named is not None and named.score == 100
    assert charter is not None and "Jean-Pierre Morel" not in charter.missing and charter.score == 100


def test_vous_to_two_people_is_a_plural_under_a_tu_charter() -> None:
    thread = [{"author": "Léa", "text": "Le concours est truqué ?"}, {"author": "Malik", "text": "Pareil, je me pose la question."}]
    brand = {"charter": {"pronoun": "tu"}}
    both = score_line(lang="fr", thread=thread, brand=brand, expect={"person": "Léa"},
                      reply="Léa, Malik, vous avez raison de demander : le tirage a été filmé, la vidéo est en bio.")
    one = score_line(lang="fr", thread=thread, brand=brand, expect={"person": "Léa"},
                     reply="Léa, vous avez raison de demander : le tirage a été filmé, la vidéo est en bio.")
    assert criterion(both, "charter").score == 100  # type: ignore[union-attr]
    assert criterion(one, "charter").score < 100  # type: ignore[union-attr]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_passing_an_idea_to_a_team_is_a_next_step(lang: str) -> None:
    thread = [{"author": "Nina", "text": {"en": "You should make this in green, I'd buy two!", "fr": "Faites-le en vert, j'en achèterais deux !"}[lang]}]
    reply = {"en": "Nina, love it: I'm passing your idea to the product team.",
             "fr": "Nina, j'adore : je transmets ton idée à l'équipe produit."}[lang]
    result = score_line(lang=lang, thread=thread, expect={"person": "Nina", "question": True}, reply=reply)
    step = criterion(result, "next-step")
    assert step is not None and step.score >= 60


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_suspicion_about_a_group_or_anyone_is_not_an_accusation(lang: str) -> None:
    reply = {"en": "Rav, if a customer receives a suspicious email, don't click: the winners were drawn at random, no bots.",
             "fr": "Rav, si un client reçoit un mail suspect, ne cliquez pas : les gagnants ont été tirés au sort, sans bots."}[lang]
    result = score_line(lang=lang, platform="x", thread=GIVEAWAY[lang], expect={"person": "Rav"}, reply=reply)
    found = criterion(result, "trust")
    assert found is not None and found.evidence == []
