# ruff: noqa: E501  (test posts are long literal strings)
"""Creativity patterns found on the development set's tuning split, each tested here on briefs and posts written for
the test (fr and en), not taken from the development set or the scenario library."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import StepResult

BRIEF = {
    "en": "Announce the Paperleaf bookshop's summer reading club: every Friday at 6pm from 5 July, free, for ages 8 to 12.",
    "fr": "Annonce le club de lecture d'été de la librairie Paperleaf : chaque vendredi à 18 h à partir du 5 juillet, gratuit, pour les 8-12 ans.",
}
FACTS = {
    "en": [["reading club", "club"], ["Friday"], ["5 July", "July"], ["free"]],
    "fr": [["club de lecture", "club"], ["vendredi"], ["5 juillet", "juillet"], ["gratuit"]],
}


def post(lang: str, text: str) -> StepResult:
    return score_line(lang=lang, platform="instagram", rubric="community-post",
                      thread=[{"author": "brief", "text": BRIEF[lang]}], expect={"facts": FACTS[lang]},
                      qualities=["creativity", "communication"], reply=text)


def criterion(result: StepResult, cid: str):
    return next((c for c in result.criteria if c.id == cid), None)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_asking_the_community_to_tell_which_is_an_invitation_to_answer(lang: str) -> None:
    """"Tell us which…", "dis-nous quel…": an indirect question to the community invites answers as a "?" does."""
    asking = {"en": "Our summer reading club starts 5 July, every Friday at 6pm, free for ages 8 to 12. Tell us in the comments which book your kid could read ten times.",
              "fr": "Notre club de lecture d'été démarre le 5 juillet, chaque vendredi à 18 h, gratuit pour les 8-12 ans. Dites-nous en commentaire quel livre votre enfant pourrait relire dix fois."}[lang]
    telling = {"en": "Our summer reading club starts 5 July, every Friday at 6pm, free for ages 8 to 12. Sign up in store, places are limited.",
               "fr": "Notre club de lecture d'été démarre le 5 juillet, chaque vendredi à 18 h, gratuit pour les 8-12 ans. Inscrivez-vous en boutique, les places sont limitées."}[lang]
    invited, flat = post(lang, asking), post(lang, telling)
    assert criterion(invited, "engagement").score > criterion(flat, "engagement").score  # both call to act
    assert invited.scores[Q.creativity] > flat.scores[Q.creativity]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_guessing_game_opens_with_a_hook(lang: str) -> None:
    guess = {"en": "Guess how many books our readers finished last summer. Our reading club is back on 5 July, every Friday at 6pm, free for ages 8 to 12.",
             "fr": "Devinez combien de livres nos lecteurs ont dévorés l'été dernier. Notre club de lecture revient le 5 juillet, chaque vendredi à 18 h, gratuit pour les 8-12 ans."}[lang]
    plain = {"en": "Many books were finished by our readers last summer. Our reading club is back on 5 July, every Friday at 6pm, free for ages 8 to 12.",
             "fr": "Beaucoup de livres ont été lus par nos lecteurs l'été dernier. Notre club de lecture revient le 5 juillet, chaque vendredi à 18 h, gratuit pour les 8-12 ans."}[lang]
    assert criterion(post(lang, guess), "engagement").score > criterion(post(lang, plain), "engagement").score


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_post_written_as_a_formal_letter_is_template_copy(lang: str) -> None:
    letter = {"en": "Dear Sir or Madam, we are pleased to inform you that our reading club opens on 5 July, every Friday at 6pm, free for ages 8 to 12. Yours faithfully, the management.",
              "fr": "Madame, Monsieur, nous avons le plaisir de vous annoncer l'ouverture de notre club de lecture le 5 juillet, chaque vendredi à 18 h, gratuit pour les 8-12 ans. Veuillez agréer nos sentiments distingués."}[lang]
    plain = {"en": "Our reading club opens on 5 July: every Friday at 6pm, free for ages 8 to 12. See you there.",
             "fr": "Notre club de lecture ouvre le 5 juillet : chaque vendredi à 18 h, gratuit pour les 8-12 ans. À bientôt."}[lang]
    formal, simple = post(lang, letter), post(lang, plain)
    assert criterion(formal, "originality").score < criterion(simple, "originality").score
    assert formal.scores[Q.creativity] < simple.scores[Q.creativity]
    assert any(e.polarity == "-" for e in criterion(formal, "originality").evidence)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_teaser_with_no_specifics_is_not_creative(lang: str) -> None:
    vague = {"en": "Something big is coming to Paperleaf this summer! Stay tuned, more soon 😉",
             "fr": "Quelque chose de grand arrive chez Paperleaf cet été ! Restez à l'écoute, plus d'infos bientôt 😉"}[lang]
    specific = {"en": "Our reading club is back on 5 July! Every Friday at 6pm, free, for ages 8 to 12.",
                "fr": "Notre club de lecture revient le 5 juillet ! Chaque vendredi à 18 h, gratuit, pour les 8-12 ans."}[lang]
    assert post(lang, vague).scores[Q.creativity] < post(lang, specific).scores[Q.creativity]


def test_a_terse_english_sentence_built_on_until_and_every_is_a_sentence() -> None:
    """"Trams run every 15 minutes until 2am" has grammar ("every", "until"), not a keyword list: it is read."""
    text = "From 3 June, ferries leave every 20 minutes until midnight."
    result = score_line(lang="en", platform="x", rubric="community-post",
                        thread=[{"author": "brief", "text": "Announce the summer ferry timetable on X."}],
                        expect={"facts": [["ferries", "ferry"], ["midnight"]]}, qualities=["multiplatform", "creativity"],
                        reply=text)
    assert "no-sentence" not in result.flags
    assert result.scores[Q.multiplatform] >= 50


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_passing_the_news_on_is_a_call_to_act_not_an_invitation_to_answer(lang: str) -> None:
    pass_on = {"en": "Our reading club is back on 5 July, every Friday at 6pm, free for ages 8 to 12. Share it with your friends who have kids.",
               "fr": "Notre club de lecture revient le 5 juillet, chaque vendredi à 18 h, gratuit pour les 8-12 ans. Partagez-le avec vos amis qui ont des enfants."}[lang]
    answer = {"en": "Our reading club is back on 5 July, every Friday at 6pm, free for ages 8 to 12. Share your kid's favourite book in the comments.",
              "fr": "Notre club de lecture revient le 5 juillet, chaque vendredi à 18 h, gratuit pour les 8-12 ans. Partagez votre livre préféré en commentaire."}[lang]
    assert criterion(post(lang, answer), "engagement").score > criterion(post(lang, pass_on), "engagement").score


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_teaser_line_of_a_dozen_words_set_apart_by_an_emoji_is_a_hook(lang: str) -> None:
    teaser = {"en": "Our reading van carries two thousand books and parks outside your school 📚 The reading club is back on 5 July, every Friday at 6pm, free for ages 8 to 12.",
              "fr": "Notre camion-lecture transporte deux mille livres et se gare devant ton école 📚 Le club de lecture revient le 5 juillet, chaque vendredi à 18 h, gratuit pour les 8-12 ans."}[lang]
    run_on = {"en": "Our reading van carries two thousand books and parks outside your school, and the reading club is back on 5 July, every Friday at 6pm, free for ages 8 to 12.",
              "fr": "Notre camion-lecture transporte deux mille livres et se gare devant ton école, et le club de lecture revient le 5 juillet, chaque vendredi à 18 h, gratuit pour les 8-12 ans."}[lang]
    assert criterion(post(lang, teaser), "engagement").score > criterion(post(lang, run_on), "engagement").score


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_wink_in_the_brands_own_post_is_not_mockery(lang: str) -> None:
    wink = {"en": "Our reading club is back on 5 July, every Friday at 6pm, free for ages 8 to 12. Parents who haven't finished a book since 2019 are welcome too 😏",
            "fr": "Notre club de lecture revient le 5 juillet, chaque vendredi à 18 h, gratuit pour les 8-12 ans. Les parents qui n'ont pas fini un livre depuis 2019 sont les bienvenus aussi 😏"}[lang]
    plain = wink[:-2]
    assert criterion(post(lang, wink), "engagement").score >= criterion(post(lang, plain), "engagement").score


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_teaser_that_gives_none_of_the_brief_stays_poor_however_well_it_hooks(lang: str) -> None:
    """A post announces something: hooked, inviting and fresh, but with none of the brief's details (what, when,
    for whom), it is copy that could announce anything."""
    teaser = {"en": "Something big is coming to Paperleaf this summer! Guess what it is and tell us in the comments 😉",
              "fr": "Quelque chose de grand arrive chez Paperleaf cet été ! Devinez ce que c'est et dites-nous en commentaire 😉"}[lang]
    hooked = {"en": "Guess how many books a kid can read in one summer? Our reading club is back on 5 July, every Friday at 6pm, free for ages 8 to 12. Tell us in the comments which book starts the list!",
              "fr": "Devinez combien de livres un enfant peut lire en un été ? Notre club de lecture revient le 5 juillet, chaque vendredi à 18 h, gratuit pour les 8-12 ans. Dites-nous en commentaire quel livre ouvre la liste !"}[lang]
    vague, specific = post(lang, teaser), post(lang, hooked)
    assert criterion(vague, "engagement").score > 50  # it does hook and invite
    assert vague.scores[Q.creativity] <= 35 < 70 <= specific.scores[Q.creativity]
