"""How the instructor's checklist reads a reply's words (cmsim/scoring/criteria/checklist.py, docs/scoring.md "The
instructor's checklist"): never inside a web address (a bare domain with a known suffix is one), an e-mail address or a
handle; a checklist of mistakes only, none made, told neutrally. Situations written for these tests, in no dev set: an
airline's refund (en), a bike shop's late repair (fr)."""

from __future__ import annotations

from typing import Any

import pytest
from scoring_kit import score_line

from cmsim.model.result import CriterionResult
from cmsim.platforms import addresses

THREADS = {
    "en": ("Megan", [{"author": "Megan Ross", "text": "My flight was cancelled a week ago and I still have no refund "
                      "and no receipt for the new booking. Is anyone there?"}]),
    "fr": ("Chloé", [{"author": "Chloé Martin", "text": "Mon vélo devait être réparé vendredi, toujours rien, et on "
                      "ne me parle pas de remboursement de l'acompte. Vous vous moquez de moi ?"}]),
}


def _reading(lang: str, reply: str, must: list[str] | None = None, avoid: list[str] | None = None,
             quality: str = "communication") -> CriterionResult:
    person, thread = THREADS[lang]
    expect: dict[str, Any] = {"person": person}
    if must is not None:
        expect["must"] = [{"does": "name the refund", "words": must, "quality": quality}]
    if avoid is not None:
        expect["avoid"] = [{"does": "blame the partner", "words": avoid, "quality": quality}]
    result = score_line(lang=lang, platform="facebook", thread=thread, reply=reply, expect=expect)
    return next(c for c in result.criteria if c.id == f"checklist-{quality}")


@pytest.mark.parametrize(("text", "spans"), [
    ("See https://skerryair.com/refund-help or write to @refundbot.", ["https://skerryair.com/refund-help",
                                                                       "@refundbot"]),
    ("Écrivez à remboursement@velo-nantes.fr ou sur www.velo-nantes.fr/aide, @lea.pornic.",
     ["remboursement@velo-nantes.fr", "www.velo-nantes.fr/aide", "@lea.pornic"]),
    ("Your refund is on its way, sorry @ the delay.", []),
    ("Forms at skerryair.com/refund-help. Or velo-nantes.fr!", ["skerryair.com/refund-help", "velo-nantes.fr"]),
    ("E.g. the 3.5 fare, as Mr.Smith said; remboursé vendredi.Merci", []),
])
def test_addresses_are_web_addresses_e_mail_addresses_and_handles(text: str, spans: list[str]) -> None:
    assert [text[a:b] for a, b in addresses(text)] == spans


@pytest.mark.parametrize(("lang", "word", "inside", "said"), [
    ("en", "refund", "Megan, the form is at https://skerryair.com/refund-help and @refundbot answers too.",
     "Megan, your refund of £212 left today; the form is at https://skerryair.com/refund-help."),
    ("en", "refund", "Megan, the form is at skerryair.com/refund-help, and @refundbot answers too.",
     "Megan, your refund of £212 left today; the form is at skerryair.com/refund-help."),
    ("fr", "remboursement", "Chloé, le formulaire est sur velo-nantes.fr/remboursement-acompte.",
     "Chloé, votre remboursement part aujourd'hui ; le formulaire est sur velo-nantes.fr/remboursement-acompte."),
    ("en", "refund", "Megan, please write to refunds@skerryair.com with your booking code.",
     "Megan, please write to refunds@skerryair.com: your refund leaves today."),
    ("fr", "remboursement", "Chloé, le formulaire est sur www.velo-nantes.fr/remboursement-acompte, ou écrivez à "
     "@remboursement_velo.",
     "Chloé, votre remboursement part aujourd'hui ; le formulaire est sur www.velo-nantes.fr/remboursement-acompte."),
])
def test_a_must_word_inside_an_address_shows_nothing(lang: str, word: str, inside: str, said: str) -> None:
    hidden, shown = _reading(lang, inside, must=[word]), _reading(lang, said, must=[word])
    assert hidden.score < shown.score
    assert [e.text.lower() for e in shown.evidence] == [word if lang == "fr" else "refund"]
    assert hidden.evidence == [] and any("Not found" in t or "Pas trouvé" in t for t in [hidden.feedback])


@pytest.mark.parametrize(("lang", "inside", "made"), [
    ("en", "Megan, the form is at https://skerryair.com/partner-desk; @partnerdesk answers too.",
     "Megan, our partner lost the booking, not us."),
    ("fr", "Chloé, le formulaire est sur www.velo-nantes.fr/fournisseur, ou écrivez à fournisseur@velo-nantes.fr.",
     "Chloé, c'est le fournisseur qui a livré la pièce en retard."),
])
def test_an_avoid_word_inside_an_address_makes_no_mistake(lang: str, inside: str, made: str) -> None:
    word = "partner" if lang == "en" else "fournisseur"
    clean, blamed = _reading(lang, inside, avoid=[word], quality="calm"), _reading(lang, made, avoid=[word],
                                                                                   quality="calm")
    assert clean.score > blamed.score
    assert [e.polarity for e in clean.evidence] == [] and [e.polarity for e in blamed.evidence] == ["-"]


@pytest.mark.parametrize(("lang", "clean", "made", "none_made", "praise"), [
    ("en", "Megan, I'm sorry: your refund of £212 leaves today and I'll send the receipt myself.",
     "Megan, our partner cancelled the flight, not us; your refund leaves today.",
     "your reply makes none of them", "words for each act"),
    ("fr", "Chloé, pardon pour ce retard : votre vélo est prêt demain et l'acompte vous est remboursé aujourd'hui.",
     "Chloé, c'est le fournisseur qui a livré la pièce en retard ; votre vélo est prêt demain.",
     "votre réponse n'en commet aucune", "des mots pour chaque acte"),
])
def test_a_checklist_of_mistakes_only_respected_is_neutral_not_praise(lang: str, clean: str, made: str,
                                                                      none_made: str, praise: str) -> None:
    word = "partner" if lang == "en" else "fournisseur"
    kept, blamed = _reading(lang, clean, avoid=[word], quality="calm"), _reading(lang, made, avoid=[word],
                                                                                 quality="calm")
    assert kept.score > blamed.score
    assert none_made in kept.feedback and praise not in kept.feedback
    assert kept.neutral and kept.band == "neutral" and kept.evidence == []
    assert none_made not in blamed.feedback and not blamed.neutral and f"'{word}'" in blamed.feedback


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_checklist_with_acts_done_and_no_mistake_is_still_praised(lang: str) -> None:
    reply = {"en": "Megan, your refund of £212 leaves today.", "fr": "Chloé, votre remboursement part aujourd'hui."}
    word = {"en": ("refund", "partner"), "fr": ("remboursement", "fournisseur")}[lang]
    done = _reading(lang, reply[lang], must=[word[0]], avoid=[word[1]])
    assert not done.neutral and done.band == "good"
    assert ("words for each act" if lang == "en" else "des mots pour chaque acte") in done.feedback


@pytest.mark.parametrize(("lang", "word", "given", "part_only"), [
    ("en", "brightwell.co.uk/dd-error", "Priya, upload a screenshot at https://brightwell.co.uk/dd-error and we "
     "repay the charge.", "Priya, upload a screenshot at https://brightwell.co.uk/dd-errors-faq and we repay it."),
    ("en", "dd-error", "Priya, upload a screenshot at https://brightwell.co.uk/dd-error and we repay the charge.",
     "Priya, upload a screenshot at https://brightwell.co.uk/add-error-form and we repay the charge."),
    ("en", "dd-error", "Priya, upload a screenshot at brightwell.co.uk/dd-error and we repay the charge.",
     "Priya, upload a screenshot at brightwell.co.uk/dd-error-form and we repay the charge."),
    ("fr", "emploi@ressourcerie-abers.fr", "Chloé, écrivez à emploi@ressourcerie-abers.fr avec votre CV.",
     "Chloé, écrivez à emploi.benevoles@ressourcerie-abers.fr avec votre CV."),
])
def test_a_checklist_word_naming_an_address_is_found_as_whole_parts_of_one(lang: str, word: str, given: str,
                                                                          part_only: str) -> None:
    """The instructor names the page or the mailbox to give ("dd-error", written as an address's part): found in an
    address, where it covers whole parts of it, never inside a longer part."""
    found, missed = _reading(lang, given, must=[word]), _reading(lang, part_only, must=[word])
    assert found.score > missed.score
    assert [e.polarity for e in found.evidence] == ["+"] and word.split("/")[-1] in found.evidence[0].text
    assert missed.evidence == []
