"""Calm, round 13: five readings named from misordered calm and listening pairs of the tuning split, tested here on
sentences written for other situations (a hotel, a school bus, a running shop, a bakery), in French and English, with
near-misses that must not fire.

1. Shared joy ("so glad you loved it", "ravis que ça vous ait plu", congratulations) is one group of the empathy lexicon
   ("joy", :mod:`cmsim.scoring.criteria.joy`): an acknowledgement of the person's feeling for listening and calm; to
   someone upset it misreads them, acknowledges nothing and is mock praise. Relief ("so glad you're not hurt") is none.
2. Telling the person their message was not understood ("I don't understand what you're asking", "votre message
   n'est pas clair") is dismissal, unless a genuine clarifying question follows (``not-understood.yaml``).
3. The matter declared closed at the person ("as already explained", "it's been cleared up", "comme déjà indiqué",
   "nous avons déjà répondu") is condescension (:mod:`cmsim.scoring.criteria.cleared`).
4. French "merci de" + infinitive ("merci de patienter") is a request, not thanks: no calming move of thanks
   (:mod:`cmsim.scoring.criteria.thanks`).
5. "No need to" / "pas besoin de" / "inutile de" before a word of the person's conduct ("no need to shout",
   "pas besoin de vous énerver") is condescension (:mod:`cmsim.scoring.criteria.futility`).
"""

from __future__ import annotations

import pytest
from scoring_kit import criterion_of as _criterion
from scoring_kit import score_line
from scoring_kit import score_upset as _upset

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import StepResult

JOYFUL = {
    "en": [{"author": "Jess", "text": "Finished my first marathon yesterday in your Cloudrunner shoes!! So proud 🥳"}],
    "fr": [{"author": "Léa",
            "text": "Premier semi-marathon bouclé ce matin avec vos chaussures, je suis trop fière 🥳"}],
}
JOY_PERSON = {"en": "Jess", "fr": "Léa"}
SHOP = {"en": {"name": "Stride", "handle": "@stride"}, "fr": {"name": "Foulée", "handle": "@foulee"}}


def _joyful(lang: str, text: str) -> StepResult:
    return score_line(lang=lang, platform="instagram", thread=JOYFUL[lang], reply=text, brand=SHOP[lang],
                      expect={"person": JOY_PERSON[lang]})


def _quoted(result: StepResult, cid: str, text: str, polarity: str) -> list[str]:
    return [text[e.start : e.end].lower() for e in _criterion(result, cid).evidence if e.polarity == polarity]


# 1. shared joy
SHARED_JOY = {
    "en": ["Jess, so glad you loved them, and congratulations on your first marathon!",
           "Congratulations Jess, 42 km in the Cloudrunners: happy to hear they carried you all the way."],
    "fr": ["Léa, ravis que les chaussures vous aient plu, et félicitations pour ce premier semi !",
           "Félicitations Léa ! Ça nous fait plaisir de lire ça, quel beau premier semi."],
}
PLAIN = {"en": "Jess, the Cloudrunner is also available in wide fit.", "fr": "Léa, la Foulée 2 existe aussi en large."}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in SHARED_JOY.items() for t in texts])
def test_sharing_the_persons_joy_acknowledges_their_feeling(lang: str, text: str) -> None:
    shared, plain = _joyful(lang, text), _joyful(lang, PLAIN[lang])
    assert _criterion(shared, "acknowledges-feeling").score > _criterion(plain, "acknowledges-feeling").score
    assert _criterion(shared, "de-escalation").score > _criterion(plain, "de-escalation").score
    assert _quoted(shared, "acknowledges-feeling", text, "+")
    assert shared.scores[Q.listening] > plain.scores[Q.listening]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Owen, glad you enjoyed the breakfast at least! Housekeeping will pass by."),
    ("fr", "Sandrine, ravis que le nouveau trajet vous plaise ! Le car passera demain."),
])
def test_joy_shared_with_someone_upset_acknowledges_nothing_and_mocks(lang: str, text: str) -> None:
    result = _upset(lang, text)
    assert _criterion(result, "no-hostility").score <= 40, text
    assert any(w in q for q in _quoted(result, "no-hostility", text, "-") for w in ("glad", "ravis"))
    assert not any(w in q for q in _quoted(result, "acknowledges-feeling", text, "+") for w in ("glad", "ravis"))
    assert not any(w in q for q in _quoted(result, "de-escalation", text, "+") for w in ("glad", "ravis"))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Owen, so glad you're not hurt. Housekeeping is on the way to room 214 now."),
    ("fr", "Sandrine, heureux que votre fille n'ait rien eu. Le car de 7 h 40 est rétabli demain."),
])
def test_relief_is_no_joy_shared(lang: str, text: str) -> None:
    assert _criterion(_upset(lang, text), "no-hostility").score == 100, text


# 2. not understood
NOT_UNDERSTOOD = {
    "en": ["Owen, I don't understand what you're asking. Please use the contact form.",
           "Your message is unclear, Owen. Reception is open until 10 pm."],
    "fr": ["Sandrine, je ne comprends pas votre demande. Contactez le service client.",
           "Votre message n'est pas clair, Sandrine. Les horaires sont sur notre site."],
}
CLARIFYING = {
    "en": ["Owen, I don't understand what you're asking: is it a refund for the night, or a new room?"],
    "fr": ["Sandrine, je ne comprends pas votre demande : s'agit-il de la ligne 12 ou de la ligne 14 ?"],
}
INNOCENT = {
    "en": ["Owen, we don't understand how room 214 was signed off like that either, so the manager is checking now.",
           "Owen, our cleaning checklist was unclear to the new team, and I'm sorry: housekeeping is on the way."],
    "fr": ["Sandrine, nous ne comprenons pas non plus ce retard : le transporteur nous doit une explication ce soir.",
           "Sandrine, notre affichage des horaires n'était pas clair, désolés : le car de 7 h 40 est maintenu."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NOT_UNDERSTOOD.items() for t in texts])
def test_telling_the_person_they_were_not_understood_costs_calm(lang: str, text: str) -> None:
    result = _upset(lang, text)
    assert _criterion(result, "no-hostility").score <= 40, text
    quoted = _quoted(result, "no-hostility", text, "-")
    assert any(w in q for q in quoted for w in ("understand", "unclear", "comprends", "clair")), quoted


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for group in (CLARIFYING, INNOCENT)
                                            for lang, texts in group.items() for t in texts])
def test_a_clarifying_question_or_our_own_confusion_is_no_dismissal(lang: str, text: str) -> None:
    assert _criterion(_upset(lang, text), "no-hostility").score == 100, text


# 3. the matter declared closed
CLEARED = {
    "en": ["Owen, as already explained, the cleaning fee is not refundable.",
           "Owen, this has already been addressed by our front desk. It's been cleared up."],
    "fr": ["Sandrine, comme déjà indiqué, les horaires d'hiver s'appliquent depuis lundi.",
           "Sandrine, nous avons déjà répondu à cette question sur notre page."],
}
NOT_CLEARED = {
    "en": ["Owen, we've already refunded the night, and housekeeping is in room 214 now.",
           "Owen, as I said on the phone, I'm sorry: the room should never have been let like that."],
    "fr": ["Sandrine, nous avons déjà lancé une enquête auprès du transporteur, réponse ce soir.",
           "Sandrine, la question du car de 7 h 40 est sur notre table : réponse d'ici vendredi."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in CLEARED.items() for t in texts])
def test_the_matter_declared_closed_at_the_person_costs_calm(lang: str, text: str) -> None:
    result = _upset(lang, text)
    assert _criterion(result, "no-hostility").score <= 40, text
    quoted = _quoted(result, "no-hostility", text, "-")
    assert any(w in q for q in quoted for w in ("already", "cleared", "déjà")), quoted


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NOT_CLEARED.items() for t in texts])
def test_what_we_already_did_or_an_apology_recalled_is_no_lecture(lang: str, text: str) -> None:
    assert _criterion(_upset(lang, text), "no-hostility").score == 100, text


# 4. "merci de" + infinitive asks
@pytest.mark.parametrize("text", [
    "Sandrine, merci de patienter, nous revenons vers vous.",
    "Merci de nous envoyer le numéro de la ligne, Sandrine.",
    "Sandrine, merci de ne pas publier le nom de votre fille ici.",
])
def test_merci_de_with_an_infinitive_is_a_request_not_thanks(text: str) -> None:
    result = _upset("fr", text)
    assert not any("merci" in q for q in _quoted(result, "de-escalation", text, "+")), text


@pytest.mark.parametrize("text", [
    "Sandrine, merci de nous avoir prévenus, nous appelons le transporteur.",
    "Merci de votre patience, Sandrine : le car de 7 h 40 est rétabli demain.",
    "Sandrine, merci de nous le signaler, nous appelons le transporteur.",
])
def test_merci_for_what_was_done_still_thanks(text: str) -> None:
    result = _upset("fr", text)
    assert any("merci" in q for q in _quoted(result, "de-escalation", text, "+")), text


# 5. "no need to" + conduct
NEEDLESS = {
    "en": ["There's no need to shout, Owen. Housekeeping will come by.",
           "Owen, no need to be so rude to our staff."],
    "fr": ["Sandrine, pas besoin de vous énerver, le car arrivera.",
           "Inutile de crier, Sandrine : les retards sont traités dans l'ordre."],
}
NEEDED = {
    "en": ["Owen, no need to post your booking number here: I've found it and refunded the night.",
           "No need to apologise for the capitals, Owen, the room was not acceptable."],
    "fr": ["Sandrine, pas besoin de rappeler le standard : nous vous appelons avant midi.",
           "Inutile de refaire une réclamation, Sandrine, la vôtre est bien enregistrée."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NEEDLESS.items() for t in texts])
def test_the_persons_conduct_declared_needless_costs_calm(lang: str, text: str) -> None:
    result = _upset(lang, text)
    assert _criterion(result, "no-hostility").score <= 40, text
    assert result.scores[Q.calm] < _upset(lang, NEEDED[lang][0]).scores[Q.calm]


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NEEDED.items() for t in texts])
def test_sparing_the_person_a_step_is_no_lecture(lang: str, text: str) -> None:
    assert _criterion(_upset(lang, text), "no-hostility").score == 100, text
