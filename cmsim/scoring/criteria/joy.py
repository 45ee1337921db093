"""Shared joy: the empathy lexicon's ``joy`` group ("so glad you loved it", "ravis que ça vous ait plu",
congratulations, "proud of you") acknowledges the person's joy or pride, where listening's feeling and calm's calming
moves read an acknowledgement of the person's feeling: one group both read, not copies in each. To someone upset (angry,
hurt, mocking) it misreads them ("Thanks Callum! Glad you enjoyed the flow" to a customer charged without warning) and
acknowledges nothing."""

from __future__ import annotations

from cmsim.scoring.criteria import Context, upset
from cmsim.scoring.lexicon import Hit

JOY = "joy"
"""Group of the empathy lexicon: sharing the person's joy or pride."""


def acknowledging(ctx: Context, hits: list[Hit]) -> list[Hit]:
    """Empathy hits that acknowledge: all of them, but those of the :data:`JOY` group when the person is upset."""
    if not any(h.group == JOY for h in hits) or not upset(ctx):
        return hits
    return [h for h in hits if h.group != JOY]
