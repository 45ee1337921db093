"""A criterion in the poor band that found something says "little", never "nothing": "Nothing of their situation"
beside the party named, "Nothing concrete" beside a date given were false. The rubric's ``found`` hint says it; a
reply that found nothing keeps the poor text."""

from __future__ import annotations

import pytest
from scoring_kit import criterion_of, score_late, score_line

PARTY = ("Hi Dan, I'm really sorry, especially with the party on Saturday. I've checked: your parcel is stuck at our "
         "Leeds depot, I'm sending it out again today by express and it arrives Thursday before noon. I'll update you "
         "here Thursday morning. ^Sam")


def test_a_stake_named_is_not_told_nothing_of_their_situation() -> None:
    stakes = criterion_of(score_late(PARTY), "stakes")
    assert stakes.band == "poor" and any(e.polarity == "+" for e in stakes.evidence)
    assert stakes.feedback_in("en").startswith("You name little of what is at stake")
    assert stakes.feedback_in("fr").startswith("Vous nommez peu de ce qui est en jeu")


def test_an_empty_reply_still_hears_nothing() -> None:
    result = score_late("Sorry for the inconvenience, we value your feedback.")
    assert criterion_of(result, "stakes").feedback_in("en").startswith("Nothing of their situation")
    assert criterion_of(result, "substance").feedback_in("en").startswith("Nothing concrete")


@pytest.mark.parametrize(("lang", "thread", "reply", "said"), [
    ("en", [{"author": "Nora", "text": "My order #8831 was due Tuesday, nothing yet. Where is it?"}],
     "Nora, sorry about that. Tuesday came and went, we know. We'll look into it.", "Little that is concrete"),
    ("fr", [{"author": "Nora", "text": "Ma commande 8831 devait arriver mardi, toujours rien. Elle est où ?"}],
     "Nora, désolés. Mardi est passé, on sait. On regarde ça.", "Peu de concret"),
])
def test_a_fact_found_in_a_thin_reply_is_little_not_nothing(lang: str, thread: list[dict[str, str]], reply: str,
                                                           said: str) -> None:
    facts = [["Tuesday", "mardi"], ["refund", "rembours"], ["Thursday", "jeudi"], ["8831"]]
    result = score_line(lang=lang, platform="x", thread=thread, reply=reply, expect={"person": "Nora", "facts": facts})
    substance = criterion_of(result, "substance")
    assert substance.band == "poor" and any(e.polarity == "+" for e in substance.evidence)  # the day, named
    assert substance.feedback_in(lang).startswith(said)
