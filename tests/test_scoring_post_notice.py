# ruff: noqa: E501  (test posts are long literal strings)
"""A post written as a notice: the brand's announcement formulas and legal small print ("X is pleased to announce…
will take place… for further information", "a le plaisir de… aura lieu… sans obligation d'achat"). Hand graders put
such posts (graded 6-40) under the plain copy of the brief, while the scorer read their reworded facts as words of
their own. Briefs and posts written for this test (fr and en), none taken from the development set or the library."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import CriterionResult, StepResult

BRIEFS = {
    "en-library": ("Facebook post: the Harbour Street library's summer reading challenge starts on Tuesday 1 July; children "
                   "aged 5 to 11 read six books over the summer and get a medal; sign up at the front desk, it is free.",
                   [["reading challenge", "challenge"], ["1 July", "Tuesday"], ["six books"], ["medal"], ["free"]]),
    "en-dentist": ("Instagram post: Greenfield Dental opens a Saturday clinic from 14 June, 9am to 1pm, for check-ups only; "
                   "book online.",
                   [["Saturday"], ["14 June"], ["9am", "1pm"], ["check-ups", "check-up"]]),
    "en-photo": ("Instagram post: the Lakeside camera club photo contest; post your best autumn picture with #LakeAutumn "
                 "before 31 October; the winner gets a printed canvas.",
                 [["photo", "picture"], ["#LakeAutumn"], ["31 October"], ["canvas"]]),
    "fr-piscine": ("Post Facebook : la piscine des Lilas rouvre le lundi 3 juin après travaux, avec un nouveau toboggan ; "
                   "entrée à 3 €, gratuite pour les moins de 6 ans.",
                   [["piscine"], ["3 juin", "lundi"], ["toboggan"], ["3 €"]]),
    "fr-bal": ("Post Facebook : le comité des fêtes de Saint-Aubin organise son bal du 14 juillet sur la place de l'église, "
               "de 21 h à 1 h, avec l'orchestre Les Copains d'abord ; buvette sur place.",
               [["bal"], ["14 juillet"], ["21 h", "1 h"], ["orchestre", "Copains"]]),
    "fr-dessin": ("Post Instagram : concours de dessin de la papeterie Mine de Rien : dessinez votre animal préféré, "
                  "publiez-le avec #MineDeRienZoo avant le 30 avril ; à gagner, une boîte de 48 crayons.",
                  [["dessin"], ["#MineDeRienZoo"], ["30 avril"], ["crayons", "48"]]),
}

NOTICES = [
    ("en-library", "The Harbour Street Library is delighted to announce that its Summer Reading Challenge will take place from Tuesday 1 July. Children aged 5 to 11 who read six books will be awarded a medal. For further information, please contact the front desk."),
    ("en-dentist", "Greenfield Dental is pleased to inform patients that a Saturday clinic will be available from 14 June, 9am to 1pm. Appointments are for check-ups only and must be booked online prior to attendance."),
    ("en-photo", "No purchase necessary. Entrants must be aged 18 or over and post one photograph with #LakeAutumn before 31 October. The prize is non-transferable and no cash alternative will be offered."),
    ("fr-piscine", "La piscine des Lilas a le plaisir de vous informer que sa réouverture aura lieu le lundi 3 juin, après travaux. Un nouveau toboggan est mis à disposition des usagers. Pour toute information complémentaire, veuillez vous adresser à l'accueil."),
    ("fr-bal", "Le comité des fêtes de Saint-Aubin a l'honneur de vous convier à son bal du 14 juillet, qui aura lieu sur la place de l'église de 21 h à 1 h avec l'orchestre Les Copains d'abord."),
    ("fr-dessin", "Jeu gratuit sans obligation d'achat. Les participants doivent publier un dessin avec #MineDeRienZoo avant le 30 avril. La dotation, une boîte de 48 crayons, est non échangeable. L'organisateur se réserve le droit d'écourter le jeu."),
    ("en-photo", "The Lakeside Camera Club is proud to announce its autumn photo contest. Members are invited to submit one picture with #LakeAutumn prior to 31 October. Terms and conditions apply."),
]
"""New sentences of the family, in other situations than the development set's."""

PLAIN = {
    "en-library": "Six books, one summer, one shiny medal 🏅 The Harbour Street reading challenge starts Tuesday 1 July for 5 to 11 year olds. Sign up free at the front desk!",
    "en-dentist": "Weekday too busy for the dentist? From 14 June we're open on Saturdays, 9am to 1pm, for check-ups. Book online!",
    "en-photo": "Golden leaves, misty mornings: show us your best autumn shot with #LakeAutumn before 31 October. The winner gets it printed on canvas 📷",
    "fr-piscine": "Le grand toboggan vous attend ! La piscine des Lilas rouvre le lundi 3 juin, entrée 3 €, gratuite pour les moins de 6 ans 🏊",
    "fr-bal": "Sortez vos chaussures de danse : bal du 14 juillet sur la place de l'église, de 21 h à 1 h, avec Les Copains d'abord. Buvette sur place !",
    "fr-dessin": "Un chat qui vole, un chien à lunettes ? Dessinez votre animal préféré et postez-le avec #MineDeRienZoo avant le 30 avril : 48 crayons à gagner ✏️",
}

NEAR_MISSES = [
    ("en-library", "Big news: our summer reading challenge starts on Tuesday 1 July! Read six books, win a medal, and tell us your first pick in the comments 📚"),
    ("fr-piscine", "La réouverture aura lieu lundi 3 juin : venez tester le nouveau toboggan avec nous ! 🏊"),  # one formula alone
    ("en-dentist", "We're so proud of our team: from 14 June they'll see you on Saturdays too, 9am to 1pm. Book your check-up online!"),  # proud, not an announcement
    ("fr-bal", "On a le plaisir de vous retrouver pour le bal du 14 juillet, place de l'église, de 21 h à 1 h : venez danser !"),  # one formula, a voice around it
    ("fr-dessin", "Afin de fêter le printemps, dessinez votre animal préféré avec #MineDeRienZoo avant le 30 avril ✏️"),  # one formula alone
]
"""Posts with a single formula of the family, or none, in a voice of their own: not notices."""


def post(key: str, text: str) -> StepResult:
    brief, facts = BRIEFS[key]
    return score_line(lang=key[:2], platform="instagram", rubric="community-post",
                      thread=[{"author": "brief", "text": brief}], expect={"facts": facts},
                      qualities=["creativity", "communication"], reply=text)


def notice(result: StepResult) -> CriterionResult | None:
    return next((c for c in result.criteria if c.id == "notice"), None)


@pytest.mark.parametrize(("key", "text"), NOTICES)
def test_a_post_written_as_a_notice_is_read_as_one(key: str, text: str) -> None:
    found = notice(post(key, text))
    assert found is not None and found.score <= 20
    assert sum(1 for e in found.evidence if e.polarity == "-") >= 2  # the feedback quotes the formulas
    own = next(c for c in post(key, text).criteria if c.id == "own-words")
    assert not any(e.polarity == "+" for e in own.evidence)  # and own-words does not praise them as a voice


@pytest.mark.parametrize(("key", "text"), NOTICES)
def test_a_notice_ranks_under_a_plain_post_with_the_same_facts(key: str, text: str) -> None:
    assert post(key, text).scores[Q.creativity] < post(key, PLAIN[key]).scores[Q.creativity]


@pytest.mark.parametrize(("key", "text"), NEAR_MISSES + list(PLAIN.items()))
def test_one_formula_in_a_voice_of_its_own_is_no_notice(key: str, text: str) -> None:
    assert notice(post(key, text)) is None


def test_a_reply_is_never_read_as_a_notice() -> None:
    result = score_line(lang="en", platform="facebook", rubric="public-reply",
                        thread=[{"author": "Dana", "text": "Is the Saturday clinic for fillings too?"}],
                        qualities=["creativity"],
                        reply="Greenfield Dental is pleased to inform you that the Saturday clinic will take place for check-ups only.")
    assert notice(result) is None
