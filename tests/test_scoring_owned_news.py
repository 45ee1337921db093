"""Owning that the person learnt bad news elsewhere is not blaming them: "vous auriez dû l'apprendre par nous" says
the brand failed to tell them (the crisis library's expert reply was reported hostile for it), while "vous auriez dû
lire la notice" still blames. Sentences written for this test, in a situation none of the lexicon's examples came
from."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import StepResult

THREAD = {"fr": "Je découvre dans le journal que votre cafetière est rappelée. Pourquoi personne ne nous a prévenus ?",
          "en": "I read in the paper that your coffee maker is recalled. Why did nobody tell us?"}

OWNED = {
    "fr": [
        "Claire, vous auriez dû l'apprendre par nous, pas par le journal. Le rappel concerne le lot 2231.",
        "Claire, tu aurais dû le savoir par nous avant tout le monde. On t'envoie la marche à suivre.",
        "Vous auriez dû en être informée par nous dès hier. Nous vous écrivons aujourd'hui avec le bon d'échange.",
        "Claire, vous auriez dû l'apprendre de notre part. Nous envoyons un courriel à chaque acheteur ce matin.",
    ],
    "en": [
        "Claire, you should have learned this from us, not from a newspaper. The recall covers batch 2231; DM us.",
        "Claire, you should have found out from us before anyone else. We're emailing every buyer this morning.",
        "You should have learnt about the recall from us first. We are sending you the exchange form today.",
        "Claire, you should have found this out from us. Every buyer gets a letter from us this week.",
    ],
}

BLAMING = {
    "fr": [
        "Claire, vous auriez dû lire la notice avant de nous écrire.",
        "Tu aurais dû t'abonner à notre lettre, c'était dedans.",
        "Vous auriez dû vérifier le numéro de lot sur notre site.",
    ],
    "en": [
        "Claire, you should have read the label before writing to us.",
        "You should have signed up to our newsletter, it was in there.",
        "You should have checked the batch number on our site.",
    ],
}


def _score(lang: str, text: str) -> StepResult:
    return score_line(lang=lang, platform="facebook", thread=[{"author": "Claire Martin", "text": THREAD[lang]}],
                      reply=text, expect={"person": "Claire", "feeling": "angry" if lang == "en" else "en colère"})


def _jabs(result: StepResult) -> list[str]:
    return [e.text for c in result.criteria if c.id == "no-hostility" for e in c.evidence if e.polarity == "-"]


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in OWNED.items() for t in texts])
def test_owning_that_they_heard_it_elsewhere_is_no_jab(lang: str, text: str) -> None:
    result = _score(lang, text)
    assert _jabs(result) == []
    assert result.scores[Q.calm] >= 75


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in BLAMING.items() for t in texts])
def test_telling_them_what_they_should_have_done_is_still_blame(lang: str, text: str) -> None:
    result = _score(lang, text)
    assert _jabs(result), text
    assert result.scores[Q.calm] < 60
