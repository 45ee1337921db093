"""Self-promotion to someone upset (round 8): "Thanks for watching! … Don't forget to subscribe for more tips!", "Don't
miss tomorrow's keynote at 9am!", "n'oubliez pas de vous abonner". The brand answers a complaint by promoting its
channel or its next event: selling by another name, which hand graders put at 38–40 on calm where a plain "sorry,
please email us" had 58. The sales-push lexicon knew offers and discounts, not the channel or the event.

The sales-push lexicon gains the nudge to subscribe or turn on notifications and "don't miss our…" (fr/en); a pitch
is read as before (in a sentence with a call to action or a figure), and costs calm only in a reply to someone upset.
To a happy fan the same line costs nothing; a "don't miss" that warns ("don't miss the restore window") is none.

Named from misordered calm pairs of sets 5 and 7 (a paint brand's how-to video, a summit's locked entrance). The
sentences below are written for other situations (a photo app's lost albums, a museum's cancelled night opening), in
French and English, with near-misses that must not fire.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.result import CriterionResult

THREAD = {
    "en": [{"author": "Maya", "text": "Your update wiped three years of albums. My daughter's first photos. I'm "
                                     "devastated."}],
    "fr": [{"author": "Bruno", "text": "Nocturne annulée sans prévenir, on a fait 80 km avec les enfants pour trouver "
                                      "porte close. Scandaleux."}],
}
HAPPY = {
    "en": [{"author": "Maya", "text": "Loved the new album layout, the kids' photos look amazing!"}],
    "fr": [{"author": "Bruno", "text": "Super nocturne hier soir, les enfants ont adoré !"}],
}
PERSON = {"en": "Maya", "fr": "Bruno"}
BRAND = {"en": {"name": "Snapnest", "handle": "@snapnest"}, "fr": {"name": "Musée des Docks", "handle": "@museedocks"}}
PROMOS = {
    "en": ["Thanks for the feedback, Maya! Don't forget to subscribe to our channel for more photo tips!",
           "Maya, don't miss our live Q&A on Thursday at 6pm, where we'll show the new features!",
           "Sorry to hear that, Maya. Follow us for updates and don't forget to turn on notifications 🔔"],
    "fr": ["Merci Bruno ! N'oubliez pas de vous abonner à notre chaîne, abonnez-vous pour ne rien rater 🎨",
           "Bruno, ne manquez pas notre prochaine nocturne le 14 mars, avec un atelier pour les enfants !",
           "Désolés Bruno. Abonnez-vous à notre newsletter pour suivre toute notre programmation !"],
}
GAPS = {"fr": ["Merci Bruno ! N'oubliez pas de vous abonner à notre chaîne pour ne rien rater 🎨"]}
"""Written with the sentences above: a pitch is read in a sentence with a call to action or a figure, and the calls to
action know "abonnez-vous", not the infinitive "vous abonner"; the nudge alone is left visible."""
NEAR_MISSES = {
    "en": ["Maya, I'm so sorry. Don't miss the restore window: albums can be recovered until Friday 6pm, DM us now.",
           "Maya, please DM us your account email and we'll start the restore today.",
           "Maya, subscribers to the old plan were hit too; we're restoring every album from last night's backup."],
    "fr": ["Bruno, toutes nos excuses : ne manquez pas le formulaire de remboursement, ouvert jusqu'au 14 mars.",
           "Bruno, écrivez-nous en privé : nous vous remboursons le trajet et vous offrons une visite.",
           "Bruno, nos abonnés ont été prévenus par mail mais pas vous, et c'est notre faute."],
}


def _hostility(lang: str, text: str, thread: dict[str, list[dict[str, str]]] = THREAD) -> CriterionResult:
    result = score_line(lang=lang, platform="facebook", thread=thread[lang], reply=text, brand=BRAND[lang],
                        expect={"person": PERSON[lang]})
    return next(c for c in result.criteria if c.id == "no-hostility")


def test_every_language_has_three_promotions_and_three_near_misses() -> None:
    assert all(len(PROMOS[lang]) >= 3 and len(NEAR_MISSES[lang]) >= 3 for lang in ("en", "fr"))


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in PROMOS.items() for t in texts])
def test_self_promotion_to_someone_upset_costs_calm(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score <= 60, (text, [e.text for e in hostility.evidence])
    assert any(e.polarity == "-" for e in hostility.evidence)


@pytest.mark.xfail(strict=True, reason="no call to action in the sentence: the nudge alone is no pitch")
@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in GAPS.items() for t in texts])
def test_a_nudge_without_a_call_to_action_is_missed(lang: str, text: str) -> None:
    assert _hostility(lang, text).score <= 60, text


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NEAR_MISSES.items() for t in texts])
def test_a_warning_or_a_plain_answer_is_no_promotion(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score == 100, (text, [e.text for e in hostility.evidence])


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in PROMOS.items() for t in texts])
def test_the_same_promotion_to_a_happy_fan_costs_nothing(lang: str, text: str) -> None:
    assert _hostility(lang, text, HAPPY).score == 100
