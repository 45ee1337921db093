"""A crisis session's action log: every action taken, in order, kept with the session (a campaign's from
its first second, as it is played; a practice crisis's when it is recorded). It is what lets a crisis be
played again on its seeded feed: to resume it after a reload, and to check its recorded scores
(``cmsim verify``) — a crisis's triage depends on every action, not only on the written ones its turns keep.

Stored as the draft of the session's ``crisis`` node (no turn ever answers that node, so recording the
turns leaves it in place, and deleting the person deletes it with their other drafts)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from pydantic import ValidationError

from cmsim.model.crisis import Action
from cmsim.store.db import Store
from cmsim.store.records import StoreError

LIVE_NODE = "crisis"
"""Where a campaign's crisis session stands until it is recorded (its turns' ids come at the end), and the
draft that holds every crisis session's action log."""
LOG_FIELD = "actions"


def save_log(store: Store, session_id: int, actions: Sequence[Action]) -> None:
    """Save ``actions`` as the session's action log (the whole log: it replaces the one saved before)."""
    log = [a.model_dump(mode="json", exclude_defaults=True) for a in actions]
    store.save_draft(session_id, LIVE_NODE, {LOG_FIELD: json.dumps(log, ensure_ascii=False)})


def log_of(store: Store, session_id: int) -> list[Action] | None:
    """The session's action log, in order; None when it has none (not a crisis, or a crisis recorded
    before crises kept their log)."""
    raw = store.draft(session_id, LIVE_NODE).get(LOG_FIELD)
    if raw is None:
        return None
    return parse_log(raw, f"session {session_id}")


def parse_log(raw: object, where: str) -> list[Action]:
    """Actions from a saved log (its JSON text, or the list it holds); ``StoreError`` when unreadable."""
    try:
        items = json.loads(raw) if isinstance(raw, str) else raw
        if not isinstance(items, list):
            raise ValueError("not a list of actions")
        return [Action.model_validate(a) for a in items]
    except (ValueError, ValidationError) as exc:
        raise StoreError(f"{where}: its crisis action log is unreadable: {exc}") from None


def actions_of(store: Store, session_id: int) -> list[Action]:
    """The actions logged so far in a crisis session, in order (none yet: an empty list)."""
    return log_of(store, session_id) or []


__all__ = ["LIVE_NODE", "LOG_FIELD", "actions_of", "log_of", "parse_log", "save_log"]
