"""What the recruiter's read-only commands (report, compare, campaign show, export --bundle) read through: a
campaign's crisis left by its candidate, whose time has run out, is scored as it stood in memory (through the
session layer, offline) and shown as abandoned, so the recruiter reads its answers rather than an empty
session, and the database is left exactly as it was. Each one is told on stderr, with the command that
records it (``cmsim campaign close``)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cmsim.session.abandoned import ReadView
    from cmsim.store.db import Store


def read_view(store: Store) -> ReadView:
    """``store`` as a read-only command reads it: abandoned crises scored in memory, nothing written."""
    from cmsim.scoring.offline import OfflineScorer
    from cmsim.session.abandoned import ReadView

    return ReadView(store, OfflineScorer())


def tell(view: ReadView) -> None:
    """Say on stderr which abandoned crises ``view`` scored in memory, and how to record them."""
    for scored in view.newly_scored():
        info = scored.info
        campaign = view.campaign(info.campaign_id).name if info.campaign_id is not None else ""
        print(
            f"session {info.id}: {info.person.name}'s crisis {info.scenario_id} was left and its time ran out: "
            f"scored as it stood, in memory (nothing recorded; 'cmsim campaign close {campaign}' records it)",
            file=sys.stderr,
        )


__all__ = ["read_view", "tell"]
