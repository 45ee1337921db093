"""Whether the person asked about an offer is read once a step, with the step's context, and reads as before: the
person's words are the same for every answer to the step (round 15: the reading ran twice an answer)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cmsim.model.result import Answer
from cmsim.scoring.batch import parse_line
from cmsim.scoring.criteria.trust import _offer_asked, offer_asked
from cmsim.scoring.offline import OfflineScorer, _read_fields
from cmsim.scoring.per_step import step_fields
from cmsim.scoring.step_context import context_for


@pytest.mark.parametrize(("lang", "said", "asked"), [
    ("en", "Hi! Is there a promo code for first orders?", True),
    ("en", "Your prices are a rip-off and my order is late.", False),
    ("fr", "Combien coûte l'abonnement famille ?", True),
    ("fr", "Vos prix sont du vol, et ma commande est en retard.", False),
])
def test_an_offer_asked_about_is_read_with_the_steps_context(lang: str, said: str, asked: bool) -> None:
    scorer = OfflineScorer()
    item = parse_line({"id": "x", "lang": lang, "platform": "facebook", "thread": [{"author": "Lea", "text": said}],
                       "expect": {"person": "Lea"}, "reply": "Lea, thanks."}, scorer)
    fields, grams = step_fields(item.scenario, item.step)
    views = _read_fields(item.scenario, Answer(fields={"reply": "Lea, thanks."}), fields, grams)
    ctx = context_for(item.scenario, item.step, views)
    assert ctx.offer_asked is asked  # read with the step's context, which every answer's copies
    assert _offer_asked(ctx) is asked
    fresh = replace(ctx, offer_asked=None)  # a context built by hand reads it when first asked
    assert offer_asked(fresh) is asked and fresh.offer_asked is asked
