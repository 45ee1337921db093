"""What the recruiter's commands (report, compare, campaign show, export --bundle) do first: a campaign's
crisis left by its candidate, whose time has run out, is scored as it stood (through the session layer,
offline) and marked abandoned, so the recruiter reads its answers rather than an empty session. Each one
is told on stderr."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cmsim.store.db import Store
    from cmsim.store.records import SessionInfo


def settle(store: Store, sessions: Iterable[SessionInfo]) -> list[SessionInfo]:
    """``sessions``, with each abandoned crisis whose time ran out scored and marked (read again)."""
    from cmsim.scoring.offline import OfflineScorer
    from cmsim.session.crisis_assess import close_abandoned

    before = list(sessions)
    after = close_abandoned(store, before, OfflineScorer())
    for old, new in zip(before, after, strict=True):
        if new.finished and not old.finished:
            print(
                f"session {new.id}: {new.person.name}'s crisis {new.scenario_id} was left and its time ran out: "
                "scored as it stood, marked abandoned",
                file=sys.stderr,
            )
    return after


__all__ = ["settle"]
