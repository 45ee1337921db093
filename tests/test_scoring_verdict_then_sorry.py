"""A verdict on the brand's own failure followed by an apology ("ugh, that's rubbish, sorry") sides with the person;
the same verdict on what the person wrote ("your review is rubbish, sorry") stays contempt. Sentences written for this
test, in no dev-set situation."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREAD = {
    "en": [{"author": "Leo Grant", "text": "Your form asked for my age and a photo. For a barista job?? Unreal."}],
    "fr": [{"author": "Zoé Martin", "text": "Votre formulaire demande mon âge et une photo. Pour un job de barista ?"}],
}
PERSON = {"en": "Leo", "fr": "Zoé"}
OWN = {"en": ["Leo, ugh, that's rubbish, sorry. The form should never ask that, we're taking it down today.",
              "Leo, honestly that's ridiculous, sorry. The form should never ask that, we're taking it down today."],
       "fr": ["Zoé, franchement c'est ridicule, désolée. Le formulaire n'aurait jamais dû demander ça, on le retire.",
              "Zoé, c'est absurde, pardon. Le formulaire n'aurait jamais dû demander ça, on le retire aujourd'hui."]}
AT_THEM = {"en": "Leo, your comment is rubbish, sorry. The form is legal.",
           "fr": "Zoé, votre commentaire est ridicule, désolée. Le formulaire est légal."}


def _calm(lang: str, reply: str) -> tuple[int, set[str]]:
    result = score_line(lang=lang, platform="linkedin", thread=THREAD[lang], reply=reply,
                        expect={"person": PERSON[lang]})
    hostile = {e.text.lower() for c in result.criteria if c.id == "no-hostility" for e in c.evidence}
    return result.scores["calm"], hostile


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_verdict_followed_by_sorry_is_on_the_brand_not_the_person(lang: str) -> None:
    at_them, hostile = _calm(lang, AT_THEM[lang])
    assert hostile  # the verdict on the person's words still costs, with its words
    for reply in OWN[lang]:
        score, own_hostile = _calm(lang, reply)
        assert not own_hostile, reply
        assert score > at_them + 20, reply
