"""Length over the platform's limit is multi-platform's and communication's clarity's business, not listening's,
teamwork's or what the reply says (substance).

Found on the fresh set: a careful 550-character answer on TikTok (limit 150) was graded 65 on listening by hand and
scored 15, because the integrity gate scaled every quality by the length. Hand graders read listening, teamwork,
creativity and calm of an overlong reply on what it says, and price the length in multi-platform and clarity. The
replies below were written for this test (fr and en, X and TikTok); the gaming checks (stuffing, copying, repeating)
still scale every quality, overlong or not."""

from __future__ import annotations

from typing import Any

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q

CASES = [
    ("fr", "tiktok", [{"author": "Lina Okoye", "text": "Ma commande de baskets est arrivée avec deux pieds gauches, "
                                                     "je dois les porter samedi pour un mariage, je suis dégoûtée."}],
     "Lina, deux pieds gauches à quelques jours d'un mariage, je comprends votre colère et je suis désolée. Je "
     "vous envoie aujourd'hui même une paire neuve en livraison express pour qu'elle arrive avant samedi, et "
     "un bon de retour pour la paire reçue. Écrivez-nous votre numéro de commande en message privé, je m'occupe "
     "du reste personnellement et je vous confirme l'envoi ce soir."),
    ("en", "x", [{"author": "Tom Baptiste", "text": "Third time my Tuesday veg box has come without the eggs I pay "
                                                  "for. Honestly starting to think nobody reads the orders."}],
     "Tom, three Tuesdays in a row without the eggs you paid for is not good enough, and I'm sorry it keeps "
     "happening. I've refunded the eggs for all three weeks today and flagged your box to the packing team so "
     "the eggs are checked by hand before it leaves next Tuesday. I'll look at your box myself on Tuesday morning "
     "and message you once it's on the van. If you DM us your postcode I can also check the driver's route."),
]
SUBSTANTIVE = [*CASES,
    ("fr", "x", [{"author": "Hugo Lemaire", "text": "Le train de 18 h 12 supprimé sans prévenir, 45 minutes sur le "
                                                   "quai avec ma fille de 4 ans. Merci pour rien."}],
     "Hugo, 45 minutes sur le quai avec une enfant de 4 ans, c'est long et je suis désolé. Le 18 h 12 a été supprimé "
     "à cause d'un aiguillage en panne à Vierzon, et l'affichage n'a pas suivi : ce n'est pas acceptable. Vous "
     "pouvez demander le remboursement de ce trajet sur notre site, rubrique Garantie retard, et je signale dès ce "
     "soir le défaut d'information en gare à l'équipe concernée."),
    ("en", "tiktok", [{"author": "Maya Chen", "text": "Followed your sourdough video exactly and my loaf came out "
                                                     "flat as a pancake. What did I do wrong??"}],
     "Maya, sorry about the pancake! Two things usually flatten a loaf: a starter used before it has doubled, or "
     "dough proved too long in a warm kitchen. Next time, wait until your starter has doubled and passes the float "
     "test, and cut the final proof to about 2 hours if your kitchen is above 24 degrees. Post a photo of the crumb "
     "and we'll tell you which one it was."),
]


def _score(lang: str, platform: str, thread: list[dict[str, Any]], reply: str) -> Any:
    return score_line(lang=lang, platform=platform, thread=thread, reply=reply)


@pytest.mark.parametrize(("lang", "platform", "thread", "reply"), CASES)
def test_an_overlong_answer_keeps_the_listening_its_content_earns(
    lang: str, platform: str, thread: list[dict[str, Any]], reply: str
) -> None:
    long = _score(lang, platform, thread, reply)
    roomy = _score(lang, "facebook", thread, reply)  # the same words where they fit
    assert "too-long" in long.flags and "too-long" not in roomy.flags
    assert long.scores[Q.listening] >= roomy.scores[Q.listening] - 5
    assert long.scores[Q.listening] >= 60
    assert long.scores[Q.communication] < roomy.scores[Q.communication]  # clarity and the limit still cost


@pytest.mark.parametrize(("lang", "platform", "thread", "reply"), SUBSTANTIVE)
def test_an_overlong_answer_keeps_the_substance_it_says_and_pays_in_clarity(
    lang: str, platform: str, thread: list[dict[str, Any]], reply: str
) -> None:
    """Hand graders read the facts and the next step of an overlong reply as they are (a 380-character TikTok answer
    with the right facts graded 90 scored 47 when substance was scaled by the limit too): the limit costs clarity."""
    long, roomy = _score(lang, platform, thread, reply), _score(lang, "facebook", thread, reply)
    by_id = {c.id: c.score for c in long.criteria}
    roomy_by_id = {c.id: c.score for c in roomy.criteria}
    assert by_id.get("substance", 0) >= roomy_by_id.get("substance", 0) - 5
    assert by_id["clarity"] < roomy_by_id["clarity"]
    clarity = next(c.feedback or "" for c in long.criteria if c.id == "clarity").lower()
    assert "too long for this platform" in clarity or "trop long pour cette plateforme" in clarity


@pytest.mark.parametrize(("lang", "platform", "thread", "reply"), CASES)
def test_feedback_of_a_criterion_lowered_by_length_says_too_long_not_too_short(
    lang: str, platform: str, thread: list[dict[str, Any]], reply: str
) -> None:
    long = _score(lang, platform, thread, reply)
    texts = [c.feedback or "" for c in long.criteria]
    assert not any(t.startswith(("Pas démontré", "Not shown")) for t in texts)  # "not shown": short, no sentence
    assert any(said in t for t in texts for said in ("plus longue que ce que la plateforme permet",
                                                      "longer than the platform allows", "too long for this platform",
                                                      "trop long pour cette plateforme"))


@pytest.mark.parametrize(("lang", "platform", "thread", "reply"), CASES)
def test_stuffing_an_overlong_reply_still_scales_listening(
    lang: str, platform: str, thread: list[dict[str, Any]], reply: str
) -> None:
    words = "désolée désolée colère excuses délai express" if lang == "fr" else "sorry sorry refund eggs today sorry"
    stuffed = _score(lang, platform, thread, reply + " " + " ".join([words] * 12))
    honest = _score(lang, platform, thread, reply)
    assert stuffed.scores[Q.listening] < honest.scores[Q.listening]
