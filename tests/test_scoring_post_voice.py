# ruff: noqa: E501  (test posts are long literal strings)
"""A post's voice: how it opens (a run of short lines, a persona speaking) and how it speaks of its community. Briefs
and posts written for this test (fr and en), none taken from the development set or the scenario library."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import CriterionResult, StepResult

BRIEFS = {
    "en-climb": ("Instagram post: the Harbourside climbing wall starts kids' sessions on Saturdays from 4 October, 9am to 11am, "
                 "£6, ages 6 to 11, climbing shoes provided.",
                 [["climbing", "climb"], ["Saturday", "Saturdays"], ["4 October"], ["£6"]]),
    "en-choir": ("Facebook post: the Elm Street community choir opens to new singers; rehearsals every Tuesday at 7.30pm in "
                 "the church hall from 9 September, no audition, first month free.",
                 [["choir"], ["Tuesday"], ["9 September"], ["free", "first month"]]),
    "fr-jeux": ("Post Instagram : le café Le Dé Vert lance une soirée jeux de société tous les jeudis à 19 h à partir du 9 "
                "octobre, entrée libre, 80 jeux à emprunter sur place.",
                [["jeux", "soirée jeux"], ["jeudi", "jeudis"], ["9 octobre"], ["entrée libre", "libre"]]),
    "fr-compost": ("Post Facebook : la mairie de Saint-Aubin distribue des composteurs gratuits le samedi 11 avril de 9 h à 12 h "
                   "aux services techniques, sur inscription, un par foyer.",
                   [["composteur", "composteurs"], ["11 avril", "samedi"], ["gratuit", "gratuits"], ["inscription"]]),
}


def post(key: str, text: str) -> StepResult:
    brief, facts = BRIEFS[key]
    return score_line(lang=key[:2], platform="instagram", rubric="community-post",
                      thread=[{"author": "brief", "text": brief}], expect={"facts": facts},
                      qualities=["creativity", "communication"], reply=text)


def criterion(result: StepResult, cid: str) -> CriterionResult:
    found = next((c for c in result.criteria if c.id == cid), None)
    assert found is not None, cid
    return found


def hooked(result: StepResult) -> bool:
    """Whether creativity's engagement reads a hook: its evidence quotes the opening of the post."""
    return any(e.start == 0 and e.polarity == "+" for e in criterion(result, "engagement").evidence)


# --- an opening run of short lines ---------------------------------------------------------------------------------

STACCATO = [
    ("en-climb", "New wall. Tiny climbers. Big grins. 🧗\nKids' sessions every Saturday from 4 October, 9am to 11am, £6 for ages 6 to 11, shoes provided."),
    ("en-climb", "Saturday mornings just changed. Your kids will thank you.\n\nClimbing sessions for ages 6 to 11 from 4 October, 9 to 11am, £6 with shoes."),
    ("en-choir", "You hum in the car. You sing in the shower. Time to go public 🎶 The Elm Street choir rehearses every Tuesday at 7.30pm from 9 September, no audition, first month free."),
    ("fr-jeux", "Un dé. Une table. Zéro écran. 🎲\nSoirée jeux tous les jeudis à 19 h dès le 9 octobre au Dé Vert, entrée libre, 80 jeux à emprunter."),
    ("fr-jeux", "Le jeudi, on ne regarde plus la télé. On joue.\n\nDès le 9 octobre, 19 h, au café Le Dé Vert : entrée libre et 80 jeux en prêt."),
    ("fr-compost", "Vos épluchures valent de l'or. Enfin, presque. 🌱 Samedi 11 avril, de 9 h à 12 h, la mairie offre un composteur par foyer, sur inscription."),
]
"""Short sentences, one after the other, set apart from the rest: the rhythm is the hook."""
NO_STACCATO = [
    ("en-climb", "Kids' climbing is back. Sessions run every Saturday from 4 October, 9am to 11am, for £6, ages 6 to 11, shoes provided. Book at the desk."),  # runs on as prose
    ("en-choir", "The Elm Street community choir is opening its doors to new singers of every age and every voice this autumn.\nRehearsals every Tuesday at 7.30pm from 9 September, no audition, first month free."),  # one long line
    ("fr-jeux", "Soirée jeux. Jeudi 9 octobre.\n19 h au café Le Dé Vert, entrée libre, 80 jeux à emprunter."),  # a schedule in short lines
    ("fr-compost", "La mairie distribue des composteurs. Ils sont gratuits. Il faut s'inscrire. La distribution a lieu aux services techniques le samedi 11 avril de 9 h à 12 h, un par foyer."),  # short sentences, nothing set apart
]


@pytest.mark.parametrize(("key", "text"), STACCATO)
def test_an_opening_run_of_short_lines_set_apart_is_a_hook(key: str, text: str) -> None:
    assert hooked(post(key, text))


@pytest.mark.parametrize(("key", "text"), NO_STACCATO)
def test_short_sentences_that_run_on_or_give_the_schedule_are_no_hook(key: str, text: str) -> None:
    assert not hooked(post(key, text))


# --- a persona speaking --------------------------------------------------------------------------------------------

PERSONA = [
    ("en-climb", "Dear Gravity, we've had a good run. But on Saturdays from 4 October, 9am to 11am, our 6-to-11s are going up anyway. £6, shoes provided."),
    ("en-choir", "“I only sing when nobody's listening.” Good news: at the Elm Street choir, everyone's too busy singing to listen. Tuesdays at 7.30pm from 9 September, no audition, first month free."),
    ("en-choir", "Dear shower, thank you for years of private concerts. We're taking it from here: Elm Street choir, Tuesdays at 7.30pm from 9 September, first month free."),
    ("fr-jeux", "« Allez, une dernière partie et on rentre. » Cette phrase, on l'entendra tous les jeudis à 19 h au Dé Vert dès le 9 octobre, entrée libre."),
    ("fr-compost", "Chère poubelle, on va devoir se voir moins souvent. Samedi 11 avril, de 9 h à 12 h, la mairie offre un composteur par foyer, sur inscription."),
    ("fr-compost", "« On pourrait servir à quelque chose, nous aussi », soupirent vos épluchures. Composteurs gratuits le samedi 11 avril de 9 h à 12 h, sur inscription."),
]
"""The post lends its voice to someone else: a quotation, or a letter to a thing, a season, a feeling."""
NO_PERSONA = [
    ("en-choir", "Dear customers, we are pleased to inform you that the Elm Street choir opens to new singers. Rehearsals every Tuesday at 7.30pm from 9 September, first month free."),  # a formal salutation
    ("fr-compost", "Chers administrés, nous avons le plaisir de vous annoncer une distribution de composteurs gratuits le samedi 11 avril de 9 h à 12 h, sur inscription."),  # idem
    ("fr-jeux", "« Soirée jeux » au Dé Vert tous les jeudis à 19 h dès le 9 octobre, entrée libre, 80 jeux à emprunter."),  # a name in quotes, not a voice
    ("en-climb", "Kids' climbing sessions start on Saturday 4 October, 9am to 11am, £6 for ages 6 to 11. “Shoes provided”, as the sign says."),  # a quotation later in the post
    ("fr-compost", "Chers voisins, la mairie distribue des composteurs gratuits le samedi 11 avril de 9 h à 12 h, sur inscription."),  # a greeting to the readers
    ("en-choir", "Dear neighbours, the Elm Street choir rehearses every Tuesday at 7.30pm from 9 September, first month free."),  # idem
    ("en-climb", "Dear all, kids' climbing starts on Saturday 4 October, 9am to 11am, £6, shoes provided."),  # idem
]


@pytest.mark.parametrize(("key", "text"), PERSONA)
def test_a_post_lending_its_voice_to_someone_else_opens_with_a_hook(key: str, text: str) -> None:
    assert hooked(post(key, text))


@pytest.mark.parametrize(("key", "text"), NO_PERSONA)
def test_formal_salutations_and_quoted_names_are_no_persona(key: str, text: str) -> None:
    assert not hooked(post(key, text))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_reply_greeting_the_person_by_name_is_no_persona(lang: str) -> None:
    text = {"en": "Dear Nadia, thank you for telling us. Your parcel left our depot this morning and should reach you tomorrow.",
            "fr": "Chère Nadia, merci de nous l'avoir signalé. Votre colis a quitté notre dépôt ce matin et devrait arriver demain."}[lang]
    message = {"en": "Where is my parcel? Ordered ten days ago.", "fr": "Où est mon colis ? Commandé il y a dix jours."}[lang]
    result = score_line(lang=lang, platform="facebook", thread=[{"author": "Nadia", "text": message}],
                        qualities=["creativity"], reply=text)
    assert not hooked(result)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_post_opening_in_a_voice_ranks_above_the_same_facts_told_flat(lang: str) -> None:
    key, voiced, flat = {
        "en": ("en-choir", "You hum in the car. You sing in the shower. Time to go public 🎶 The Elm Street choir rehearses every Tuesday at 7.30pm from 9 September, no audition, first month free.",
               "The Elm Street choir welcomes new singers and rehearses every Tuesday at 7.30pm in the church hall from 9 September, with no audition and the first month free."),
        "fr": ("fr-compost", "Chère poubelle, on va devoir se voir moins souvent. Samedi 11 avril, de 9 h à 12 h, la mairie offre un composteur par foyer, sur inscription.",
               "Samedi 11 avril, de 9 h à 12 h, la mairie de Saint-Aubin distribue aux services techniques un composteur gratuit par foyer, sur inscription."),
    }[lang]
    assert post(key, voiced).scores[Q.creativity] > post(key, flat).scores[Q.creativity]


# --- talking down to the community ---------------------------------------------------------------------------------

TALKING_DOWN = [
    ("en-choir", "Be honest: most of you have never sung anywhere but the car. Fix that at the Elm Street choir, Tuesdays at 7.30pm from 9 September, first month free."),
    ("en-climb", "Half of you are too scared to let your kids climb a ladder! Relax: Saturdays from 4 October, 9am to 11am, £6, shoes provided."),
    ("en-climb", "Quick IQ test for parents: can a 7-year-old climb higher than Dad? Kids' climbing on Saturdays from 4 October, 9am to 11am, £6."),
    ("fr-jeux", "Soyons francs : la plupart d'entre vous ne lisent jamais la règle du jeu jusqu'au bout 🙃\nSoirée jeux au Dé Vert tous les jeudis à 19 h dès le 9 octobre, entrée libre."),
    ("fr-compost", "Composter, c'est plus simple que ce que la plupart d'entre vous imaginent 😉 Composteurs gratuits le samedi 11 avril de 9 h à 12 h, sur inscription."),
    ("fr-jeux", "Mesdames, laissez le maquillage et venez jouer ! Soirée jeux au Dé Vert tous les jeudis à 19 h dès le 9 octobre, entrée libre."),
]
"""Generalising about the community's failings, taunting it, or addressing it by a gender cliché: no hook."""
NOT_TALKING_DOWN = [
    ("en-choir", "Most of you asked for an evening choir, so here it is! Elm Street choir, Tuesdays at 7.30pm from 9 September, first month free."),  # reports what they asked
    ("fr-jeux", "Beaucoup d'entre vous nous l'ont demandé : la soirée jeux arrive ! Tous les jeudis à 19 h au Dé Vert dès le 9 octobre, entrée libre."),  # idem
    ("fr-jeux", "Les filles, les garçons, les grands-parents : tout le monde joue ! Soirée jeux au Dé Vert tous les jeudis à 19 h dès le 9 octobre, entrée libre."),  # a gendered address, no cliché
    ("en-climb", "Never climbed before? Perfect. Kids' sessions on Saturdays from 4 October, 9am to 11am, £6, shoes provided."),  # "never" without a part of the community
]


@pytest.mark.parametrize(("key", "text"), TALKING_DOWN)
def test_an_opening_that_talks_down_to_the_community_is_no_hook(key: str, text: str) -> None:
    assert not hooked(post(key, text))


@pytest.mark.parametrize(("key", "text"), NOT_TALKING_DOWN)
def test_speaking_of_part_of_the_community_without_a_jab_still_hooks(key: str, text: str) -> None:
    assert hooked(post(key, text))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_post_talking_down_ranks_under_the_same_post_inviting(lang: str) -> None:
    key, down, up = {
        "en": ("en-choir", "Be honest: most of you have never sung anywhere but the car. Fix that at the Elm Street choir, Tuesdays at 7.30pm from 9 September, first month free.",
               "Be honest: where do you sing when nobody's listening? Bring that voice to the Elm Street choir, Tuesdays at 7.30pm from 9 September, first month free."),
        "fr": ("fr-compost", "Composter, c'est plus simple que ce que la plupart d'entre vous imaginent 😉 Composteurs gratuits le samedi 11 avril de 9 h à 12 h, sur inscription.",
               "Composter, c'est bien plus simple qu'on ne l'imagine 😉 Composteurs gratuits le samedi 11 avril de 9 h à 12 h, sur inscription."),
    }[lang]
    assert post(key, down).scores[Q.creativity] < post(key, up).scores[Q.creativity]


# --- the reader named as the answer --------------------------------------------------------------------------------

def invites(result: StepResult) -> bool:
    """Whether creativity's engagement quotes a sentence ending on the reader as its invitation."""
    return any(e.polarity == "+" and e.text.rstrip(" .!").lower().endswith(("you", "vous", "toi"))
               for e in criterion(result, "engagement").evidence)


READER_ANSWER = [
    ("en-choir", "Forty voices, a piano, a church hall on Tuesday nights. One thing missing: you. Rehearsals at 7.30pm from 9 September, first month free."),
    ("en-climb", "Saturday mornings at the Harbourside wall from 4 October, 9am to 11am, shoes provided. The only thing left to add? You."),
    ("en-choir", "Every Tuesday from 9 September at 7.30pm, the church hall fills with song. And the next voice we hear… you."),
    ("fr-jeux", "80 jeux, des tables, du café, tous les jeudis à 19 h dès le 9 octobre. Il ne manque plus qu'un joueur : vous."),
    ("fr-compost", "Samedi 11 avril, de 9 h à 12 h, des composteurs gratuits attendent leur foyer. Le prochain sur la liste ? Vous."),
    ("fr-jeux", "Soirée jeux au Dé Vert dès le 9 octobre, jeudi 19 h, entrée libre. Le dernier joueur de la table — toi."),
]
"""A sentence ending on the reader, set apart by a colon, a question, a dash or "…": the community is the answer."""
NO_READER_ANSWER = [
    ("en-choir", "The Elm Street choir rehearses every Tuesday at 7.30pm from 9 September, first month free. Thank you."),  # thanks, not an invitation
    ("fr-compost", "Composteurs gratuits le samedi 11 avril de 9 h à 12 h, sur inscription. Les services techniques comptent sur vous."),  # "vous" without a turn before it
    ("en-climb", "Kids' sessions on Saturdays from 4 October, 9am to 11am, £6. Shoes are provided for you."),  # idem
]


@pytest.mark.parametrize(("key", "text"), READER_ANSWER)
def test_naming_the_reader_as_the_answer_invites_the_community(key: str, text: str) -> None:
    assert invites(post(key, text))


@pytest.mark.parametrize(("key", "text"), NO_READER_ANSWER)
def test_a_reply_ending_on_you_without_a_turn_does_not_invite(key: str, text: str) -> None:
    assert not invites(post(key, text))


# --- shouting ------------------------------------------------------------------------------------------------------

SHOUTING = [
    ("en-climb", "KIDS CLIMB FREE?? NO, £6!!! 🧗🧗🧗 Saturdays from 4 October, 9am to 11am, shoes provided. BOOK NOW!!!"),
    ("en-choir", "Calling ALL singers!!! 🎶🎶 The Elm Street choir wants YOU, every Tuesday at 7.30pm from 9 September. FIRST MONTH FREE!!"),
    ("fr-jeux", "SOIRÉE JEUX !!! 🎲🎲🎲 Tous les jeudis à 19 h dès le 9 octobre au Dé Vert, entrée LIBRE !!! Venez nombreux 🔥🔥"),
    ("fr-compost", "Composteurs GRATUITS !!! 🌱🌱 Samedi 11 avril de 9 h à 12 h, inscrivez-vous VITE, un par foyer !!!"),
    ("en-climb", "Your kids + our wall = 🔥🔥🔥 Saturdays from 4 October, 9am to 11am, £6. DON'T MISS IT!!! SHOES PROVIDED!!!"),
    ("fr-compost", "Vous jetez encore vos épluchures ?? 😱😱 Samedi 11 avril, 9 h - 12 h : composteur GRATUIT pour chaque foyer !!! Inscription OBLIGATOIRE."),
]
"""Words in capitals, runs of "!!!" or "??" and bursts of the same emoji: volume, not a voice."""
NOT_SHOUTING = [
    ("en-climb", "NEW at Harbourside: kids' climbing on Saturdays from 4 October, 9am to 11am, £6, shoes provided! 🧗"),  # one word of emphasis
    ("fr-jeux", "Soirée jeux au Dé Vert, tous les jeudis à 19 h dès le 9 octobre, entrée libre !! 🎲 80 jeux à emprunter."),  # one run of marks
    ("en-choir", "The Elm Street choir (est. by the WI) rehearses every Tuesday at 7.30pm from 9 September 🎶🎶 No audition, first month free."),  # an acronym, one pair of emoji
]


@pytest.mark.parametrize(("key", "text"), SHOUTING)
def test_a_post_that_shouts_is_told_so(key: str, text: str) -> None:
    result = post(key, text)
    found = next((c for c in result.criteria if c.id == "shouted"), None)
    assert found is not None and found.score < 100 and found.evidence


@pytest.mark.parametrize(("key", "text"), NOT_SHOUTING)
def test_a_word_of_emphasis_is_not_shouting(key: str, text: str) -> None:
    assert all(c.id != "shouted" for c in post(key, text).criteria)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_post_that_shouts_ranks_under_the_same_post_said_plainly(lang: str) -> None:
    key, loud, plain = {
        "en": ("en-choir", "Calling ALL singers!!! 🎶🎶 The Elm Street choir wants YOU, every Tuesday at 7.30pm from 9 September. FIRST MONTH FREE!!",
               "Calling all singers! 🎶 The Elm Street choir wants you, every Tuesday at 7.30pm from 9 September. First month free."),
        "fr": ("fr-jeux", "SOIRÉE JEUX !!! 🎲🎲🎲 Tous les jeudis à 19 h dès le 9 octobre au Dé Vert, entrée LIBRE !!! Venez nombreux 🔥🔥",
               "Soirée jeux ! 🎲 Tous les jeudis à 19 h dès le 9 octobre au Dé Vert, entrée libre. Venez nombreux."),
    }[lang]
    assert post(key, loud).scores[Q.creativity] < post(key, plain).scores[Q.creativity]


# --- a story's time is no invented fact ----------------------------------------------------------------------------

STORY_TIME = [
    ("en-climb", "Minute one: 'I can't.' 20 minutes later: top of the wall, grinning. Kids' sessions on Saturdays from 4 October, 9am to 11am, £6."),
    ("en-choir", "First rehearsal: a whisper. 3 weeks later, a solo. The Elm Street choir, Tuesdays at 7.30pm from 9 September, first month free."),
    ("en-climb", "We handed Mia a harness. 45 seconds later she was higher than all of us. Our kids' sessions: Saturdays from 4 October, 9am to 11am, £6."),
    ("fr-jeux", "On ouvre la boîte, on lit la règle… et 2 heures plus tard, personne ne veut rentrer. Soirée jeux tous les jeudis à 19 h dès le 9 octobre, entrée libre."),
    ("fr-compost", "Nos épluchures en avril, 6 semaines après, du terreau pour nos tomates. La mairie offre des composteurs le samedi 11 avril de 9 h à 12 h, sur inscription."),
    ("fr-jeux", "Texte à l'écran : « juste une partie » puis, 40 secondes plus tard, tout le café qui crie. Jeudis 19 h au Dé Vert dès le 9 octobre, entrée libre."),
]
"""A figure timing the post's story ("30 secondes plus tard") is the story's, not a fact the brand announces."""
NOT_STORY_TIME = [
    ("en-climb", "Harnessed and climbing in 5 minutes flat! Kids' sessions on Saturdays from 4 October, 9am to 11am, £6.", "5"),  # a claim about the service
    ("fr-jeux", "Soirée jeux tous les jeudis à 19 h dès le 9 octobre, et on ferme 30 minutes plus tard que d'habitude.", "30"),  # "plus tard que"
    ("en-choir", "Rehearsals every Tuesday at 7.30pm from 9 September, finishing 15 minutes later than last year. First month free.", "15"),  # "later than"
]


@pytest.mark.parametrize(("key", "text"), STORY_TIME)
def test_a_figure_timing_the_posts_story_is_not_invented(key: str, text: str) -> None:
    assert all(c.id != "invented-facts" for c in post(key, text).criteria)


@pytest.mark.parametrize(("key", "text", "figure"), NOT_STORY_TIME)
def test_a_duration_the_brand_promises_is_still_read(key: str, text: str, figure: str) -> None:
    found = next((c for c in post(key, text).criteria if c.id == "invented-facts"), None)
    assert found is not None and figure in [e.text for e in found.evidence]
