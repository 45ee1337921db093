# ruff: noqa: E501  (test posts are long literal strings)
"""Round 16's review: the feedback on several versions of a post never asks for what one version already does.
Creativity's engagement is read per version; a question (or hook, call, or a phrase that repels) that only some
versions have is named as one version's lack ("one version asks the community nothing"), never as the post's; a
question no version asks is still asked for plainly. Briefs and posts written for this file, fr and en."""

from __future__ import annotations

import pytest
from scoring_kit import criterion_of, score_line

ASK = {"en": "Add a question that invites the community to answer.", "fr": "Ajoutez une question qui invite la communauté à répondre."}
ONE_VERSION = {"en": "One version asks the community nothing", "fr": "Une des versions ne pose aucune question"}

BRIEFS = {
    "en": "Announce the farmers' market moving to Saturdays from 3 May, on X and Facebook.",
    "fr": "Annoncez que le marché de producteurs passe au samedi à partir du 3 mai, sur X et Facebook.",
}
ONE_ASKS = [
    ("en", {"x": "Saturday mornings just got tastier. From 3 May, the farmers' market moves to Saturdays.", "facebook": "From 3 May, the farmers' market moves to Saturdays, 8am to 1pm on the square. Which stall do you head to first? Tell us below!"}),
    ("fr", {"x": "Le samedi matin a désormais du goût : dès le 3 mai, le marché de producteurs passe au samedi.", "facebook": "Dès le 3 mai, le marché de producteurs s'installe le samedi, de 8 h à 13 h sur la place. Quel est votre stand préféré ? Dites-le-nous en commentaire !"}),
]
NONE_ASKS = [
    ("en", {"x": "From 3 May, the farmers' market moves to Saturdays.", "facebook": "From 3 May, the farmers' market moves to Saturdays, 8am to 1pm on the square."}),
    ("fr", {"x": "Dès le 3 mai, le marché de producteurs passe au samedi.", "facebook": "Dès le 3 mai, le marché de producteurs s'installe le samedi, de 8 h à 13 h sur la place."}),
]


def _engagement_feedback(lang: str, reply: dict[str, str]) -> str:
    result = score_line(lang=lang, platform="x", thread=[{"author": "brief", "text": BRIEFS[lang]}], reply=reply,
                        qualities=["creativity", "multiplatform"])
    return criterion_of(result, "engagement").feedback


@pytest.mark.parametrize(("lang", "reply"), ONE_ASKS)
def test_a_question_one_version_asks_is_not_asked_for(lang: str, reply: dict[str, str]) -> None:
    feedback = _engagement_feedback(lang, reply)
    assert feedback != ASK[lang] and feedback.startswith(ONE_VERSION[lang]), feedback


@pytest.mark.parametrize(("lang", "reply"), NONE_ASKS)
def test_a_question_no_version_asks_is_asked_for(lang: str, reply: dict[str, str]) -> None:
    feedback = _engagement_feedback(lang, reply)
    assert not feedback.startswith(ONE_VERSION[lang]), feedback
