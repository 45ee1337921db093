# ruff: noqa: E501  (test replies are long literal strings)
"""Round-14 review: the calm families and trust's exemptions read on civil replies that share their words.

A community manager owning a mistake ("I'm the person who answered you yesterday, and I got it wrong"), apologising for
the person's repeats ("sorry you had to keep repeating yourself"), answering a question ("you can close your account if
you wish from Settings") or sharing the fault ("you're not the only customer hit by this") uses the words of a jab; the
jab says them at the person. Replies written for this file (a late blender), in no dev-set situation."""

from __future__ import annotations

import pytest
from scoring_kit import LATE_BLENDER as THREAD
from scoring_kit import criterion_on_missed, score_line

FACT = {"en": " Your blender left our warehouse this morning and arrives Thursday.",
        "fr": " Votre mixeur a quitté l'entrepôt ce matin et arrive jeudi."}


def _scores(lang: str, text: str) -> dict[str, int]:
    result = score_line(lang=lang, platform="x", thread=THREAD[lang], reply=text + FACT[lang], expect={"person": "Nora"})
    return {c.id: c.score for c in result.criteria} | {"calm": result.scores["calm"]}


CIVIL = [
    ("en", "Nora, so sorry you had to keep repeating yourself."),
    ("en", "Nora, you've been through this twice already, and that's on us."),
    ("en", "Nora, I'm the person who answered you yesterday, and I got it wrong: sorry."),
    ("en", "Nora, whoever answered you, the mistake is ours."),
    ("en", "Nora, you can close your account if you wish from Settings > Account, and we'll refund the order in full."),
    ("en", "Nora, some of us have the same blender at home, so we know how much you're missing it."),
    ("en", "Nora, you're not the only customer hit by this courier fault, and you deserved better from us."),
    ("en", "Nora, so sorry to hear you feel let down after asking twice; that's on us."),
    ("fr", "Nora, vous nous dites la même chose depuis mardi, et vous avez raison."),
    ("fr", "Nora, je suis la personne qui vous a répondu hier, et je me suis trompée : pardon."),
    ("fr", "Nora, la personne qui vous a répondu avait raison : le mixeur arrive jeudi."),
    ("fr", "Nora, comme souvent avec les mixeurs neufs, une légère odeur au début est normale."),
    ("fr", "Nora, comme d'habitude avec nos commandes, vous recevrez le suivi par SMS."),
    ("fr", "Nora, vous avez dû en racheter un chez un concurrent : nous vous remboursons la différence."),
    ("fr", "Nora, vous pouvez fermer votre compte si vous le souhaitez dans Paramètres, et nous vous remboursons la commande."),
    ("fr", "Nora, vous n'êtes pas la seule cliente touchée, et vous méritiez mieux de notre part."),
]
HOSTILE = [
    ("en", "Nora, we've been through this: the courier is late, not us."),
    ("en", "Nora, the person who answered you was wrong, the date was always Thursday."),
    ("en", "Nora, you can close your account if you're not happy with us."),
    ("en", "Nora, you're not the only customer we have."),
    ("fr", "Nora, on vous dit la même chose depuis mardi."),
    ("fr", "Nora, la personne qui vous a répondu s'est trompée de date."),
    ("fr", "Nora, comme d'habitude avec vous, il faut tout répéter."),
    ("fr", "Nora, rien ne vous empêche d'aller chez un concurrent."),
    ("fr", "Nora, vous n'êtes pas la seule cliente que nous avons."),
]


@pytest.mark.parametrize(("lang", "text"), CIVIL)
def test_a_civil_reply_sharing_a_jabs_words_keeps_its_calm(lang: str, text: str) -> None:
    scores = _scores(lang, text)
    assert scores["no-hostility"] == 100 and scores["calm"] >= 70, scores


@pytest.mark.parametrize(("lang", "text"), HOSTILE)
def test_the_jab_itself_still_costs_calm(lang: str, text: str) -> None:
    assert _scores(lang, text)["no-hostility"] < 100


EXEMPTIONS = [  # (lang, a rule's terms stated: no waiver, the person exempted in public: a waiver)
    ("en", "Nora, annual members are exempt from the delivery fee, so you won't be charged for the reshipment.",
     "Nora, since it's our fault, you're exempt from the delivery fee for a year."),
    ("fr", "Nora, les membres annuels sont exemptés des frais de port : le renvoi ne vous coûtera rien.",
     "Nora, vu notre retard, vous êtes dispensée des frais de port pendant un an."),
]


@pytest.mark.parametrize(("lang", "terms", "waiver"), EXEMPTIONS)
def test_a_rules_terms_are_no_exemption_granted(lang: str, terms: str, waiver: str) -> None:
    assert _scores(lang, terms)["trust"] >= 90
    assert _scores(lang, waiver)["trust"] == 0


FOUNDER = {  # the founder as the person who runs the event is no brand portrait; the founder's vision is
    "en": ("Post: our sourdough class is back on Saturday 9 May, 10am, at 4 Mill Lane. £25 a place, book at crumb.co.uk.",
           " Sourdough class, Saturday 9 May, 10am, 4 Mill Lane 🍞 £25, book at crumb.co.uk",
           "Our founder Jo teaches this one herself!", "True to our founder's vision, every loaf is shaped by hand."),
    "fr": ("Publication : l'atelier réparation de vélos revient le jeudi 14 mai à 18 h, 12 rue des Forges. Gratuit, "
           "inscription sur cyclofix.fr.",
           " Atelier réparation jeudi 14 mai à 18 h, 12 rue des Forges 🚲 Gratuit, inscription sur cyclofix.fr",
           "Notre fondatrice Léa anime l'atelier elle-même !", "Fidèles à la vision de notre fondatrice, on répare tout à la main."),
}


def _register(lang: str, text: str) -> list[str]:
    brief, tail, _person, _portrait = FOUNDER[lang]
    result = score_line(lang=lang, platform="instagram", rubric="community-post",
                        brand={"name": "Crumb" if lang == "en" else "Cyclofix", "charter": {"tone": "casual"}},
                        thread=[{"author": "brief", "text": brief}], reply=text + tail,
                        expect={"facts": [["Mill Lane" if lang == "en" else "rue des Forges"]]})
    register = next(c for c in result.criteria if c.id == "platform-register")
    return [e.text.lower() for e in register.evidence if e.polarity == "-"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_founder_running_the_event_is_no_brand_portrait(lang: str) -> None:
    _brief, _tail, person, portrait = FOUNDER[lang]
    assert not any("found" in t or "fondat" in t for t in _register(lang, person))
    assert any("found" in t or "fondat" in t for t in _register(lang, portrait))


SPARED = [  # a need the person is spared: the door kept shut (criteria/negated.py, wish-denial's needs)
    ("en", "Nora, no need to go somewhere else: we'll replace it tomorrow at no cost."),
    ("en", "Nora, you don't have to shop elsewhere: we'll replace it tomorrow at no cost."),
    ("fr", "Nora, pas besoin d'aller voir ailleurs : on vous le remplace dès demain, sans frais."),
    ("fr", "Nora, vous n'avez pas à acheter ailleurs : on vous le remplace dès demain, sans frais."),
]
NEEDLESS_JABS = [  # a need spared for another jab is the jab
    ("en", "Nora, no need to whine."),
    ("en", "Nora, if you don't like it, go somewhere else."),
    ("fr", "Nora, pas besoin de râler."),
    ("fr", "Nora, si ça ne vous plaît pas, vous n'êtes pas obligée de rester, allez voir ailleurs."),
]


@pytest.mark.parametrize(("lang", "text"), SPARED)
def test_a_door_the_person_need_not_take_is_no_jab(lang: str, text: str) -> None:
    scores = _scores(lang, text)
    assert scores["no-hostility"] == 100 and scores["calm"] >= 70, scores


@pytest.mark.parametrize(("lang", "text"), NEEDLESS_JABS)
def test_a_need_spared_for_another_jab_keeps_it(lang: str, text: str) -> None:
    assert _scores(lang, text)["no-hostility"] < 100


NO_OVERREACH = [  # a change of the person's own things, a decision relayed as already announced: nothing decided here
    ("en", "Nora, I'm removing your email from all our mailing lists today, as you asked."),
    ("en", "Nora, as announced on our blog on 3 March, we're changing the opening hours in all our stores from next week."),
    ("fr", "Nora, je supprime votre adresse de tous nos fichiers dès aujourd'hui, comme demandé."),
    ("fr", "Nora, comme annoncé le 3 mars, nous changeons les horaires de tous nos magasins dès la semaine prochaine."),
]
OVERREACH = [  # the same change decided in the comment, for everyone
    ("en", "Nora, so sorry: we're changing the opening hours in all our stores from next week."),
    ("fr", "Nora, désolés : nous changeons les horaires de tous nos magasins dès la semaine prochaine."),
]


@pytest.mark.parametrize(("lang", "text"), NO_OVERREACH)
def test_the_persons_own_change_or_an_announced_one_is_no_overreach(lang: str, text: str) -> None:
    assert _scores(lang, text)["trust"] >= 90


@pytest.mark.parametrize(("lang", "text"), OVERREACH)
def test_the_change_decided_in_the_comment_still_breaks_trust(lang: str, text: str) -> None:
    assert _scores(lang, text)["trust"] == 0


COUNT_OWNED = [  # the repetition counted in a sentence that apologises: the brand owns it (cleared's repeated group)
    ("en", "Nora, we told you three times it would arrive and it didn't: sorry."),
    ("en", "Nora, sorry you had to ask for the umpteenth time."),
    ("fr", "Nora, désolés de vous faire relancer pour la énième fois."),
    ("fr", "Nora, je vous répète nos excuses : ce retard n'est pas normal."),
]
COUNT_REPROACHED = [
    ("en", "Nora, I've told you three times: it arrives Thursday."),
    ("en", "Nora, for the umpteenth time, it's on its way."),
    ("fr", "Nora, pour la énième fois, il arrive jeudi."),
    ("fr", "Nora, je vous l'ai déjà dit : il arrive jeudi."),
]


@pytest.mark.parametrize(("lang", "text"), COUNT_OWNED)
def test_a_repetition_the_brand_apologises_for_is_no_reproach(lang: str, text: str) -> None:
    scores = _scores(lang, text)
    assert scores["no-hostility"] == 100 and scores["calm"] >= 70, scores


@pytest.mark.parametrize(("lang", "text"), COUNT_REPROACHED)
def test_a_repetition_counted_at_the_person_is_still_a_reproach(lang: str, text: str) -> None:
    assert _scores(lang, text)["no-hostility"] < 100


LESSON_TAKEN = [  # the lesson the brand takes is no lesson given
    ("en", "Nora, a quick lesson we've learned: always send the tracking the same day. Sorry."),
    ("fr", "Nora, petite leçon pour nous : toujours envoyer le suivi le jour même. Pardon."),
]
LESSON_GIVEN = [
    ("en", "Nora, a quick lesson on how deliveries work: couriers run late."),
    ("en", "Nora, quick lesson for you: check the tracking before writing."),
    ("fr", "Nora, petite leçon de logistique : les transporteurs ont parfois du retard."),
    ("fr", "Nora, petite leçon pour vous : vérifiez le suivi avant d'écrire."),
]


@pytest.mark.parametrize(("lang", "text"), LESSON_TAKEN)
def test_a_lesson_the_brand_takes_is_no_condescension(lang: str, text: str) -> None:
    scores = _scores(lang, text)
    assert scores["no-hostility"] == 100 and scores["calm"] >= 70, scores


@pytest.mark.parametrize(("lang", "text"), LESSON_GIVEN)
def test_a_lesson_given_to_the_person_is_still_condescension(lang: str, text: str) -> None:
    assert _scores(lang, text)["no-hostility"] < 100


VALIDATED = [  # the person told they are right to feel it: heard, though the sentence grants the feeling to anyone
    ("en", "Dan, you're right to be furious, anyone would be furious after three wasted days off."),
    ("fr", "Léa, vous avez raison d'être furieuse, tout le monde serait furieux après trois jours de congé perdus."),
]
STEP = {"en": " We're booking a fixed slot for Saturday.", "fr": " On vous rappelle pour fixer une date."}


@pytest.mark.parametrize(("lang", "reply"), VALIDATED)
def test_a_feeling_the_person_is_right_to_have_is_heard(lang: str, reply: str) -> None:
    score, evidence = criterion_on_missed(lang, reply + STEP[lang], "acknowledges-feeling")
    assert score >= 70, evidence


@pytest.mark.parametrize("text", ["Nora, our technician comes on Saturday at 8am to swap it.",
                                  "Nora, the courier comes on Thursday morning, and we're sorry for the wait."])
def test_someone_who_comes_on_a_day_is_no_exasperation(text: str) -> None:
    assert _scores("en", text)["no-hostility"] == 100


@pytest.mark.parametrize("text", ["Nora, come on, it's two days.", "Come on, it's only a blender.",
                                  "Nora, oh come on, it's two days."])
def test_come_on_said_to_the_person_is_still_exasperation(text: str) -> None:
    assert _scores("en", text)["no-hostility"] < 100


INES = {
    "en": [{"author": "Ines", "text": "My e-bike battery died after two weeks. The shop says six weeks for a replacement."}],
    "fr": [{"author": "Ines", "text": "La batterie de mon vélo électrique a lâché au bout de deux semaines. Le magasin "
                                      "annonce six semaines pour la remplacer."}],
}
HELD = {  # the public reply holds the line; the note reports it was said in public, then asks
    "en": ("Ines, sorry, that's far too long. We're checking with our quality team and will update you here by 5pm today.",
           "Quality: I've told Ines publicly that we're checking and will get back to her by 5pm. Can you check the warranty?"),
    "fr": ("Ines, désolés, c'est beaucoup trop long. Nous vérifions avec notre équipe qualité et revenons vers vous ici avant 17 h.",
           "Qualité : j'ai dit publiquement à Ines que nous vérifions et revenons vers elle avant 17 h. Pouvez-vous vérifier la garantie ?"),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_line_told_in_public_is_no_outcome_announced(lang: str) -> None:
    public, note = HELD[lang]
    result = score_line(lang=lang, platform="facebook", rubric="internal-note", thread=INES[lang],
                        expect={"person": "Ines", "teams": ["quality"]}, qualities=["teamwork"],
                        reply={"public": public, "internal_note": note})
    scores = {c.id: c.score for c in result.criteria}
    assert scores["holding-line"] >= 80 and scores.get("colleague-regard", 100) >= 80, scores
