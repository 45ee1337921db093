# ruff: noqa: E501  (test replies are long literal strings)
"""General behaviours added in the second calibration round, each in French and English, on situations
written for the test (not taken from the scenario library)."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import StepResult


def criterion(result: StepResult, cid: str):
    return next((c for c in result.criteria if c.id == cid), None)


FAN = {
    "en": [{"author": "Nina", "text": "Finished my first ever quilt with your fabric pack!! 6 months of evenings, so proud 🥹"}],
    "fr": [{"author": "Nina", "text": "J'ai fini mon tout premier patchwork avec votre lot de tissus !! 6 mois de soirées, trop fière 🥹"}],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_celebrating_with_a_proud_fan_acknowledges_her_feeling_and_owes_no_plan(lang: str) -> None:
    expect = {"person": "Nina", "facts": [["quilt", "patchwork"], ["6 months", "6 mois"]], "question": True}
    cheer = {"en": "Nina, six months of evenings and THAT is your first quilt?! 🎉 Which pattern is next?",
             "fr": "Nina, 6 mois de soirées et c'est ton tout premier patchwork ?! 🎉 Quel modèle ensuite ?"}[lang]
    flat = {"en": "Nina, your first quilt is made with our fabric pack. Which pattern is next?",
            "fr": "Nina, ton premier patchwork est fait avec notre lot de tissus. Quel modèle ensuite ?"}[lang]
    line = {"lang": lang, "platform": "instagram", "thread": FAN[lang], "expect": expect}
    cheered, plain = score_line(**line, reply=cheer), score_line(**line, reply=flat)
    assert criterion(cheered, "acknowledges-feeling").score >= 60
    assert criterion(plain, "acknowledges-feeling").score == 0
    assert criterion(cheered, "next-step") is None  # a fan sharing joy is owed warmth, not a plan
    assert cheered.scores[Q.listening] >= 70 > plain.scores[Q.listening]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_celebration_words_do_not_count_as_empathy_for_an_angry_customer(lang: str) -> None:
    thread = [{"author": "Omar", "text": {"en": "Furious. My order arrived broken.", "fr": "Furieux. Ma commande est arrivée cassée."}[lang]}]
    reply = {"en": "Omar, wow 🎉 we'll replace it today.", "fr": "Omar, waouh 🎉 on la remplace aujourd'hui."}[lang]
    result = score_line(lang=lang, thread=thread, expect={"person": "Omar"}, reply=reply)
    assert criterion(result, "acknowledges-feeling").score == 0


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_hostile_reply_is_not_listening_whatever_facts_it_repeats(lang: str) -> None:
    thread = [{"author": "Lou", "text": {"en": "My blender jug cracked after 2 weeks, the warranty page is useless.",
                                         "fr": "Le bol de mon blender s'est fendu après 2 semaines, la page garantie est inutile."}[lang]}]
    expect = {"person": "Lou", "facts": [["jug", "bol"], ["2 weeks", "2 semaines"], ["warranty", "garantie"]]}
    hostile = {"en": "Lou, a jug cracked after 2 weeks under warranty? Calm down and read the manual next time.",
               "fr": "Lou, un bol fendu après 2 semaines sous garantie ? Calmez-vous et il suffisait de lire la notice."}[lang]
    fair = {"en": "Lou, a jug cracked after 2 weeks is covered by the warranty. DM us a photo and I'll send a new one today.",
            "fr": "Lou, un bol fendu après 2 semaines est couvert par la garantie. Envoyez-nous une photo en MP et je vous en envoie un neuf aujourd'hui."}[lang]
    bad, good = (score_line(lang=lang, thread=thread, expect=expect, reply=r) for r in (hostile, fair))
    assert bad.scores[Q.listening] < 40 <= good.scores[Q.listening]
    assert all(e.polarity == "-" for e in criterion(bad, "regard").evidence)
    assert criterion(good, "regard") is None  # a guard: silent on a respectful reply


MOCKED = {
    "en": [{"author": "Ava", "text": "The lid of my pan warped the first week. Not impressed."},
           {"author": "Rick", "text": "Ava probably put it in the dishwasher 😂 classic"}],
    "fr": [{"author": "Ava", "text": "Le couvercle de ma poêle s'est déformé dès la première semaine. Pas contente."},
           {"author": "Rick", "text": "Ava l'a sûrement mis au lave-vaisselle 😂 classique"}],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_agreeing_with_a_commenter_who_mocks_the_customer_is_contempt(lang: str) -> None:
    siding = {"en": "Ava, Rick is right, lids don't like dishwashers. DM us if you want.",
              "fr": "Ava, Rick a raison, les couvercles n'aiment pas le lave-vaisselle. Écris-nous en MP si tu veux."}[lang]
    neutral = {"en": "Ava, lids can warp in a dishwasher. DM us if you want.",
               "fr": "Ava, les couvercles peuvent se déformer au lave-vaisselle. Écris-nous en MP si tu veux."}[lang]
    line = {"lang": lang, "thread": MOCKED[lang], "expect": {"person": "Ava"}}
    sided, plain = score_line(**line, reply=siding), score_line(**line, reply=neutral)
    assert sided.scores[Q.calm] < plain.scores[Q.calm] - 30
    assert sided.scores[Q.communication] < plain.scores[Q.communication] - 15
    assert {"is right", "a raison"} & {e.text for e in criterion(sided, "no-hostility").evidence}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_agreeing_with_a_kind_commenter_is_not_contempt(lang: str) -> None:
    thread = [MOCKED[lang][0], {"author": "Rick", "text": {"en": "Same happened to me, support fixed it fast.",
                                                           "fr": "Pareil pour moi, le SAV a vite réglé ça."}[lang]}]
    reply = {"en": "Ava, Rick is right, we replace warped lids. DM us your order number.",
             "fr": "Ava, Rick a raison, on remplace les couvercles déformés. Écris-nous en MP ton numéro de commande."}[lang]
    result = score_line(lang=lang, thread=thread, expect={"person": "Ava"}, reply=reply)
    assert not criterion(result, "no-hostility").evidence


WRONG_NAME = {
    "en": [{"author": "Claire Moss", "text": "The night light in my daughter Lily's room melted overnight. I'm scared."}],
    "fr": [{"author": "Claire Moss", "text": "La veilleuse dans la chambre de ma fille Lily a fondu cette nuit. J'ai eu peur."}],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_greeting_someone_else_than_the_person_answered_caps_listening(lang: str) -> None:
    expect = {"person": "Claire", "facts": [["night light", "veilleuse"], ["melted", "fondu"]], "feeling": "scared"}
    body = {"en": "a melted night light is frightening, I'm so sorry. Please unplug it; DM us and I'll send a replacement today.",
            "fr": "une veilleuse qui fond, c'est effrayant, je suis vraiment désolée. Débranchez-la ; écrivez-nous en MP et je vous envoie un remplacement aujourd'hui."}[lang]
    hello = {"en": "Hi", "fr": "Bonjour"}[lang]
    line = {"lang": lang, "thread": WRONG_NAME[lang], "expect": expect}
    right, wrong = score_line(**line, reply=f"{hello} Claire, {body}"), score_line(**line, reply=f"{hello} Lily, {body}")
    assert right.scores[Q.listening] >= 70
    assert wrong.scores[Q.listening] <= 40
    assert [e.text for e in criterion(wrong, "right-addressee").evidence] == ["Lily"]
    # Naming the child inside the reply, while greeting the right person, is listening, not a mistake.
    caring = {"en": f"Claire, I hope Lily is fine: {body}", "fr": f"Claire, j'espère que Lily va bien : {body}"}[lang]
    assert score_line(**line, reply=caring).scores[Q.listening] >= 70


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_engagement_bait_in_a_post_breaks_trust_and_earns_no_call_to_action(lang: str) -> None:
    bait = {"en": "Big weekend at the shop! Like and share to win a tote bag. Draw on Friday, rules at the link.",
            "fr": "Grand week-end à la boutique ! Likez et partagez pour gagner un tote bag. Tirage vendredi, règlement en lien."}[lang]
    fair = {"en": "Big weekend at the shop! Comment with your favourite tote to win one. Draw on Friday, rules at the link.",
            "fr": "Grand week-end à la boutique ! Commentez avec votre tote préféré pour en gagner un. Tirage vendredi, règlement en lien."}[lang]
    baited, honest = (score_line(lang=lang, reply={"instagram": t}) for t in (bait, fair))
    assert criterion(baited, "trust").score < 20 < criterion(honest, "trust").score
    assert criterion(baited, "engagement").score < criterion(honest, "engagement").score
    assert baited.scores[Q.communication] < honest.scores[Q.communication] - 15


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_turning_a_reply_to_a_fan_into_an_ad_is_poor_communication_and_creativity(lang: str) -> None:
    ad = {"en": "Nina, use code QUILT10 for 10% off your next fabric pack, link in bio!",
          "fr": "Nina, avec le code QUILT10, profitez de 10 % sur votre prochain lot de tissus, lien en bio !"}[lang]
    warm = {"en": "Nina, six months of evenings for your first quilt?! 🎉 Which pattern is next?",
            "fr": "Nina, 6 mois de soirées pour ton premier patchwork ?! 🎉 Quel modèle ensuite ?"}[lang]
    line = {"lang": lang, "platform": "instagram", "thread": FAN[lang], "expect": {"person": "Nina"},
            "qualities": ["communication", "creativity"]}
    result, fan = score_line(**line, reply=ad), score_line(**line, reply=warm)
    assert result.scores[Q.communication] < 40
    assert result.scores[Q.creativity] < fan.scores[Q.creativity] - 20
    assert any(e.polarity == "-" for e in criterion(result, "originality").evidence)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_stock_greeting_is_not_a_hook_and_hashtags_are_not_wording(lang: str) -> None:
    stock = {"en": "Dear customer, thank you for reaching out. We are glad you enjoy our fabric.",
             "fr": "Chère cliente, merci pour votre retour. Nous sommes ravis que nos tissus vous plaisent."}[lang]
    result = score_line(lang=lang, platform="instagram", thread=FAN[lang], expect={"person": "Nina"}, reply=stock, qualities=["creativity"])
    assert not [e for e in criterion(result, "engagement").evidence if e.polarity == "+"]
    words = {"en": "New fabric pack out today, soft cotton in six colours.",
             "fr": "Nouveau lot de tissus aujourd'hui, coton doux en six couleurs."}[lang]
    tags = " #quilt #fabric #sewing #craft #diy"
    plain, tagged = (score_line(lang=lang, reply={"instagram": words + t}) for t in ("", tags))
    assert criterion(tagged, "variety").score <= criterion(plain, "variety").score


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_corporate_paragraph_pasted_on_x_misses_the_platform_register(lang: str) -> None:
    corporate = {"en": "We are pleased to announce the opening of our second bakery on Mill Street this Saturday, with twelve new local jobs and flour from farms within fifty miles of the shop.",
                 "fr": "Nous avons le plaisir de vous annoncer l'ouverture de notre deuxième boulangerie rue du Moulin ce samedi, avec douze emplois locaux et des farines de fermes situées à moins de quatre-vingts kilomètres."}[lang]
    punchy = {"en": "Bakery number two opens Saturday on Mill Street 🥖 Twelve local jobs. Flour from farms nearby. See you at 8?",
              "fr": "La boulangerie n°2 ouvre samedi rue du Moulin 🥖 Douze emplois locaux. Des farines de fermes voisines. On se voit à 8 h ?"}[lang]
    linkedin = {"en": "Our second bakery opens this Saturday on Mill Street: twelve local jobs, flour from nearby farms.",
                "fr": "Notre deuxième boulangerie ouvre ce samedi rue du Moulin : douze emplois locaux, des farines de fermes voisines."}[lang]
    pasted, adapted = (score_line(lang=lang, reply={"linkedin": linkedin, "x": x}) for x in (corporate, punchy))
    register = criterion(pasted, "platform-register")
    assert register.score < criterion(adapted, "platform-register").score - 30
    assert any(e.field == "x" and e.polarity == "-" for e in register.evidence)
