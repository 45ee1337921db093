"""SQL of a live crisis session: it is stored from its first second (one session per candidate and
scenario of a campaign), but its turns' ids are known only when it ends."""

from __future__ import annotations

from cmsim.store.db import Store
from cmsim.store.records import StoreError


def move_to(store: Store, session_id: int, node: str) -> None:
    """Point a session that has no turn yet at ``node``, the step its first turn answers
    (``StoreError`` once it has turns or is finished: answers stay locked)."""
    with store._session_tx(session_id) as conn:
        cur = conn.execute(
            "UPDATE sessions SET node = ? WHERE id = ? AND finished = 0 "
            "AND NOT EXISTS (SELECT 1 FROM turns WHERE session_id = ?)",
            (node, session_id, session_id),
        )
        if cur.rowcount != 1:
            raise StoreError(f"session {session_id} is already recorded: its answers are locked")
