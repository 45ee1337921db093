"""A feeling named, then taken back: "we understand your frustration, but…" turns the acknowledgement into a defence,
and listening no longer counts it (calm already priced the turn; listening read the feeling as heard).

Found on the opened sets 5 and 6: "Helen, we understand your frustration. However, with 3,000 attendees on Day 1, some
teething problems were inevitable" (graded 28 on listening, scored 73) and "Callum, we understand you're frustrated,
but we'd ask you not to call it theft" (graded 56 under a reply graded 68). Listening reads the contrast as calm does
(a "but" or "however" close after the acknowledgement in its sentence, or opening the next one, when what follows takes
nothing on), in sentences that carry a jab as well.
Written for this test, in a situation the development set does not have; the near-misses turn to a step for the person,
or their contrast stands far from the acknowledgement."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.scoring.criteria.feeling import ONE_FEELING

THREAD = {
    "fr": [{"author": "Sam Roux", "text": "Troisième cours de yoga annulé à la dernière minute ce mois-ci. J'ai "
                                         "posé ma soirée pour rien, encore. Je suis vraiment agacé."}],
    "en": [{"author": "Sam Rowe", "text": "Third yoga class cancelled at the last minute this month. I took the "
                                         "evening off for nothing, again. I'm really annoyed."}],
}
TAKEN_BACK = [
    ("en", "Sam, we understand your frustration, but the schedule was published weeks ago."),
    ("en", "I hear how annoyed you are, Sam. However, the instructor's absence was beyond our control."),
    ("en", "We understand you're disappointed, but cancelled classes are only refunded 48 hours ahead."),
    ("fr", "Sam, nous comprenons votre agacement, mais le planning était affiché depuis un mois."),
    ("fr", "Je comprends votre déception. Cependant, l'absence du professeur ne dépend pas de nous."),
    ("fr", "On comprend ta frustration, mais les cours annulés ne sont pas remboursés."),
    ("fr", "Nous comprenons votre colère, toutefois nos équipes ont fait au mieux ce soir-là."),
]
KEPT = [
    ("en", "Sam, we understand your frustration, but we'll refund tonight's class today."),
    ("en", "Sam, we understand your frustration. Three cancellations in a month is not what you paid for, "
           "and we are adding a Thursday class, but only from next week."),
    ("fr", "Sam, nous comprenons votre agacement, mais nous vous remboursons le cours dès demain."),
    ("fr", "On comprend ta frustration. Trois annulations en un mois, ce n'est pas normal ; on te rembourse le cours, "
           "mais pas l'adhésion du mois."),
]


def feeling(lang: str, reply: str) -> float:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=reply,
                        expect={"feeling": "agacé" if lang == "fr" else "annoyed"})
    return next(c for c in result.criteria if c.id == "acknowledges-feeling").score


@pytest.mark.parametrize(("lang", "reply"), TAKEN_BACK)
def test_a_feeling_a_contrast_takes_back_is_not_acknowledged(lang: str, reply: str) -> None:
    assert feeling(lang, reply) < ONE_FEELING


@pytest.mark.parametrize(("lang", "reply"), KEPT)
def test_a_contrast_that_takes_the_problem_on_or_stands_far_keeps_the_feeling(lang: str, reply: str) -> None:
    assert feeling(lang, reply) >= ONE_FEELING


@pytest.mark.parametrize(("lang", "reply"), [TAKEN_BACK[0], TAKEN_BACK[3]])
def test_the_feedback_says_the_feeling_was_taken_back_not_left_unsaid(lang: str, reply: str) -> None:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=reply,
                        expect={"feeling": "agacé" if lang == "fr" else "annoyed"})
    text = next(c for c in result.criteria if c.id == "acknowledges-feeling").feedback
    assert ("reprenez" if lang == "fr" else "take it back") in text
