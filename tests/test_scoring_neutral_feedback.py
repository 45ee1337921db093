"""A criterion's neutral default is never shown as a strength. Courtesy gives a reply with no courtesy and nothing
curt its default 70, in the good band: it used to read "Good · Softened requests and courtesy: the person feels
respected" under a reply calling someone a clown. Such a result is marked neutral (the debrief shows "Neutral", a
report never quotes it under Strengths) and its text says what is true: nothing to credit, or the hostile words that
cost the person's respect. A formal brand's voice, earned by its register alone, does not claim a named person.
Replies written for these tests, in situations of no dev-set item."""

from __future__ import annotations

import pytest
from scoring_kit import score_line, scorer

from cmsim.model.qualities import Quality
from cmsim.model.result import Answer, CriterionResult, StepResult
from cmsim.model.scenario import Scenario
from cmsim.report.quotes import quotes_of
from cmsim.scoring.batch import parse_line
from cmsim.store.records import ScoreVersion, TurnRecord

THREADS = {
    "en": [{"author": "Tom Reyes", "text": "Does the 12-cup coffee maker keep the jug warm, or does it switch off?"}],
    "fr": [{"author": "Chloé Martin", "text": "Le grille-pain quatre fentes a-t-il une fonction décongélation ?"}],
}
PERSON = {"en": "Tom", "fr": "Chloé"}


def _line(lang: str, reply: str, **brand: object) -> dict[str, object]:
    line: dict[str, object] = {"lang": lang, "platform": "facebook", "thread": THREADS[lang], "reply": reply,
                               "expect": {"person": PERSON[lang]}}
    if brand:
        line["brand"] = brand
    return line


def _score(lang: str, reply: str, **brand: object) -> StepResult:
    return score_line(**_line(lang, reply, **brand))


def _scenario(lang: str, reply: str) -> Scenario:
    return parse_line({"id": "t", **_line(lang, reply)}, scorer()).scenario


def _criterion(result: StepResult, criterion_id: str) -> CriterionResult:
    return next(c for c in result.criteria if c.id == criterion_id)


def _good_texts(criterion_id: str) -> set[str]:
    book = scorer().rubrics
    return {c.feedback.good.get(lang) for rid in book.ids() for c in book.get(rid).criteria if c.id == criterion_id
            for lang in ("fr", "en")}


PLAIN = [
    ("en", "Tom, it keeps the jug warm for 40 minutes, then it switches itself off."),
    ("en", "The hot plate stays on for 40 minutes after brewing, Tom, and the jug is glass."),
    ("fr", "Chloé, oui : le bouton flocon décongèle le pain avant de le griller."),
    ("fr", "Il a bien une fonction décongélation, Chloé, sur le bouton de droite."),
]


@pytest.mark.parametrize(("lang", "reply"), PLAIN)
def test_a_plain_reply_is_neither_praised_nor_blamed_for_courtesy(lang: str, reply: str) -> None:
    courtesy = _criterion(_score(lang, reply), "courtesy")
    assert courtesy.score == 70 and not courtesy.evidence  # the default: nothing to credit, nothing held against
    assert courtesy.neutral and courtesy.band == "neutral"
    assert courtesy.feedback not in _good_texts("courtesy")
    assert courtesy.feedback.startswith(("Neutral:", "Neutre :"))
    assert courtesy.feedback_in("fr").startswith("Neutre :") and courtesy.feedback_in("en").startswith("Neutral:")


HOSTILE = [
    ("en", "Another clown question, Tom? It keeps the jug warm for 40 minutes.", "clown"),
    ("en", "Tom, read the box, genius: 40 minutes warm, then off.", "genius"),
    ("fr", "Encore une question de clown, Chloé ? Le bouton flocon décongèle le pain.", "clown"),
    ("fr", "Chloé, c'est écrit sur la boîte, faut savoir lire : le bouton flocon décongèle.", "savoir lire"),
]


@pytest.mark.parametrize(("lang", "reply", "jab"), HOSTILE)
def test_a_hostile_reply_is_told_its_words_cost_respect(lang: str, reply: str, jab: str) -> None:
    result = _score(lang, reply)
    hostile = [e.text.lower() for c in result.criteria if c.quality == Quality.calm for e in c.evidence
               if e.polarity == "-"]
    assert any(jab in h or h in jab for h in hostile), hostile  # the scorer still finds the jab
    courtesy = _criterion(result, "courtesy")
    assert courtesy.feedback not in _good_texts("courtesy")
    assert "respect" in courtesy.feedback  # "…the hostile words in the reply cost the person's respect"
    assert courtesy.band != "good"


@pytest.mark.parametrize(("lang", "reply"), [
    ("en", "Hi Tom, please note: it keeps the jug warm for 40 minutes. Whoever designed your kitchen is an idiot."),
    ("fr", "Bonjour Chloé, le bouton flocon décongèle le pain. Franchement, faut être idiot pour ne pas le voir."),
])
def test_politeness_beside_a_jab_does_not_claim_the_person_feels_respected(lang: str, reply: str) -> None:
    courtesy = _criterion(_score(lang, reply), "courtesy")
    assert any(e.polarity == "+" for e in courtesy.evidence)  # the greeting still counts
    assert courtesy.feedback not in _good_texts("courtesy")
    assert courtesy.feedback.startswith(("Polite words, but", "Des mots polis, mais"))


@pytest.mark.parametrize(("lang", "reply"), [
    ("en", "Hi Tom, good question! It keeps the jug warm for 40 minutes, then switches off to save power."),
    ("fr", "Bonjour Chloé, bonne question ! Oui, le bouton flocon décongèle le pain avant de le griller."),
])
def test_a_courteous_reply_keeps_its_praise(lang: str, reply: str) -> None:
    courtesy = _criterion(_score(lang, reply), "courtesy")
    assert courtesy.score > 70 and not courtesy.neutral and courtesy.band == "good"
    assert courtesy.feedback in _good_texts("courtesy")


@pytest.mark.parametrize(("lang", "reply", "named"), [
    ("en", "After brewing, the hot plate stays on for forty minutes, then it turns itself off.", False),
    ("en", "Tom, after brewing, the hot plate stays on for forty minutes, then it turns itself off.", True),
    ("fr", "Le grille-pain décongèle le pain grâce au bouton flocon, puis le grille.", False),
    ("fr", "Chloé, le grille-pain décongèle le pain grâce au bouton flocon, puis le grille.", True),
])
def test_a_formal_voice_does_not_claim_a_name_it_does_not_use(lang: str, reply: str, named: bool) -> None:
    voice = _criterion(_score(lang, reply, charter={"tone": "formal"}), "voice")
    assert voice.score >= 70
    if named:
        assert voice.feedback in _good_texts("voice")  # a name found: the praise is true
    else:
        assert voice.feedback not in _good_texts("voice")
        assert any(word in voice.feedback for word in ("name the person", "nommez la personne"))


@pytest.mark.parametrize(("lang", "reply"), [*PLAIN[:1], *PLAIN[2:3], *((h[0], h[1]) for h in HOSTILE[::2])])
def test_a_report_never_quotes_courtesy_as_a_strength_it_did_not_earn(lang: str, reply: str) -> None:
    result = _score(lang, reply)
    courtesy = _criterion(result, "courtesy")
    turn = TurnRecord(id=1, session_id=1, seq=1, step_id=result.step_id, answer=Answer.from_data({"reply": reply}),
                      goto="end", branch="else", elapsed=None, overtime=False, submitted_at=0.0,
                      score=ScoreVersion(result, "offline", "d", 0.0, True))
    quotes = quotes_of(Quality.calm, [(_scenario(lang, reply), turn, None)], strong=True, lang=lang)
    notes = [n for q in quotes for n in q.notes]
    assert courtesy.feedback_in(lang) not in notes
    assert not (_good_texts("courtesy") & set(notes))


@pytest.mark.parametrize(("lang", "reply", "asks", "never"), [
    # named, no "I", no warmth: asked for "I" and warmth, never for the name it uses
    ("en", "Tom, the hot plate stays on for forty minutes after brewing, then turns off.", "say 'I'", "name them"),
    ("fr", "Chloé, le bouton flocon décongèle le pain avant de le griller.", "dites « je »", "nommez"),
    # named and "I", no warmth: good band, but not "warmly"
    ("en", "Tom, I believe the hot plate stays on for forty minutes after brewing, then turns off.", "warm word",
     "warmly"),
    ("fr", "Chloé, je pense que le bouton flocon décongèle le pain avant de le griller.", "mot chaleureux",
     "chaleureusement"),
])
def test_voice_asks_only_for_what_the_reply_lacks(lang: str, reply: str, asks: str, never: str) -> None:
    voice = _criterion(_score(lang, reply), "voice")
    assert voice.feedback not in _good_texts("voice")
    assert asks in voice.feedback and never not in voice.feedback, voice.feedback


@pytest.mark.parametrize(("lang", "reply"), [
    ("en", "Sorry for the wait! I checked: the hot plate stays on for forty minutes after brewing."),
    ("fr", "Désolée pour l'attente ! J'ai vérifié : le bouton flocon décongèle le pain avant de le griller."),
])
def test_voice_with_nobody_to_name_does_not_praise_a_name(lang: str, reply: str) -> None:
    brief = {"en": "Answer questions about the coffee maker.", "fr": "Répondez aux questions sur le grille-pain."}
    result = score_line(lang=lang, platform="facebook", thread=[{"author": "brief", "text": brief[lang]}], reply=reply)
    voice = _criterion(result, "voice")
    assert voice.band == "good" and voice.feedback not in _good_texts("voice")
    assert voice.feedback in ("A person speaks, warmly.", "Une personne parle, chaleureusement.")


# A reply that takes the matter on, apologises or names the feeling, with no marker of politeness: its calming move
# earns de-escalation, and courtesy has nothing to credit (the review's "Yanis, on regarde." read "Bien · … la personne
# se sent respectée"). New replies, in the coffee-maker and toaster threads.
PLAIN_WITH_A_MOVE = [
    ("en", "Tom, we're checking the warming plate's timer now."),
    ("en", "Sorry Tom, the manual should say it: the jug stays warm for 40 minutes."),
    ("en", "I'm on it, Tom: I'll ask the workshop how long the plate stays hot."),
    ("fr", "Chloé, on vérifie avec l'atelier."),
    ("fr", "Désolés Chloé, la notice aurait dû le dire : le bouton flocon décongèle."),
    ("fr", "Chloé, je m'en occupe et je reviens vers toi avec la réponse du service technique."),
]


@pytest.mark.parametrize(("lang", "reply"), PLAIN_WITH_A_MOVE)
def test_a_calming_move_without_courtesy_is_no_courtesy_to_credit(lang: str, reply: str) -> None:
    result = _score(lang, reply)
    courtesy = _criterion(result, "courtesy")
    assert any(e.polarity == "+" for e in _criterion(result, "de-escalation").evidence)  # the move still calms
    assert courtesy.score == 70 and not courtesy.evidence
    assert courtesy.neutral and courtesy.band == "neutral"
    assert courtesy.feedback_in("fr").startswith("Neutre :") and courtesy.feedback_in("en").startswith("Neutral:")
    turn = TurnRecord(id=1, session_id=1, seq=1, step_id=result.step_id, answer=Answer.from_data({"reply": reply}),
                      goto="end", branch="else", elapsed=None, overtime=False, submitted_at=0.0,
                      score=ScoreVersion(result, "offline", "d", 0.0, True))
    quotes = quotes_of(Quality.calm, [(_scenario(lang, reply), turn, None)], strong=True, lang=lang)
    assert not (_good_texts("courtesy") & {n for q in quotes for n in q.notes})


@pytest.mark.parametrize(("lang", "reply"), [
    ("en", "Thanks Tom, we're checking the warming plate's timer now."),
    ("fr", "Merci Chloé, on vérifie avec l'atelier."),
])
def test_thanks_counted_as_a_calming_move_is_still_courtesy(lang: str, reply: str) -> None:
    courtesy = _criterion(_score(lang, reply), "courtesy")
    assert not courtesy.neutral and courtesy.band == "good"
    assert courtesy.feedback in _good_texts("courtesy")
