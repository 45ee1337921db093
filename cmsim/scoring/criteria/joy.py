"""Shared joy: the empathy lexicon's ``joy`` group ("so glad you loved it", "ravis que ça vous ait plu",
congratulations, "proud of you") acknowledges the person's joy or pride, where listening's feeling and calm's calming
moves read an acknowledgement of the person's feeling: one group both read, not copies in each. To someone upset (angry,
hurt, mocking) it misreads them ("Thanks Callum! Glad you enjoyed the flow" to a customer charged without warning, "on
est ravis que notre brosse te fasse autant réfléchir 😘" to a mocker): it acknowledges nothing, and hostility prices it
as mock praise (:func:`cmsim.scoring.criteria.hostility.shared_joy`). Relief ("so glad you're safe") is no shared joy:
the group lists pleasure and pride, not "glad to hear"."""

from __future__ import annotations

from cmsim.scoring.criteria.base import Context
from cmsim.scoring.criteria.hostility import JOY, upset
from cmsim.scoring.lexicon import Hit


def acknowledging(ctx: Context, hits: list[Hit]) -> list[Hit]:
    """Empathy hits that acknowledge: all of them, but those of the :data:`JOY` group when the person is upset."""
    if not any(h.group == JOY for h in hits) or not upset(ctx):
        return hits
    return [h for h in hits if h.group != JOY]
