"""SQL of candidates' consents (the briefing agreed to) and of invitations (hashed single-use tokens).

Only a token's hash is ever stored: a database leak does not open anyone's assessment."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from cmsim.store.db import Store


@dataclass(frozen=True)
class Invitation:
    """A link sent to one candidate for one campaign, until it expires or is closed."""

    id: int
    campaign_id: int
    candidate: str
    created_at: float
    expires_at: float
    closed_at: float | None


def add_consent(store: Store, person_id: int, campaign_id: int, lang: str, briefing: str) -> None:
    """Record that the person agreed to the campaign's briefing (``briefing``: the digest of what was shown)."""
    with store._tx() as conn:
        conn.execute(
            "INSERT INTO consents (person_id, campaign_id, lang, briefing, agreed_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (person_id, campaign_id) DO NOTHING",
            (person_id, campaign_id, lang, briefing, store.now()),
        )


def consented(store: Store, person_id: int, campaign_id: int) -> bool:
    """True once the person agreed to the campaign's briefing."""
    rows = store._rows("SELECT 1 FROM consents WHERE person_id = ? AND campaign_id = ?", (person_id, campaign_id))
    return bool(rows)


def create_invitation(store: Store, campaign_id: int, candidate: str, token_hash: str, expires_at: float) -> int:
    """A new invitation; the candidate's earlier open invitations to the campaign are closed (one live
    link per candidate and campaign). Its id."""
    now = store.now()
    with store._tx() as conn:
        conn.execute(
            "UPDATE invitations SET closed_at = ? WHERE campaign_id = ? AND candidate = ? AND closed_at IS NULL",
            (now, campaign_id, candidate.strip()),
        )
        cur = conn.execute(
            "INSERT INTO invitations (campaign_id, candidate, token_hash, created_at, expires_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (campaign_id, candidate.strip(), token_hash, now, expires_at),
        )
        return int(cur.lastrowid or 0)


def invitation_by_hash(store: Store, token_hash: str) -> Invitation | None:
    """The invitation holding this token hash, or None."""
    rows = store._rows("SELECT * FROM invitations WHERE token_hash = ?", (token_hash,))
    return _invitation(rows[0]) if rows else None


def invitation(store: Store, invitation_id: int) -> Invitation | None:
    """The invitation with this id, or None (deleted with its candidate)."""
    rows = store._rows("SELECT * FROM invitations WHERE id = ?", (invitation_id,))
    return _invitation(rows[0]) if rows else None


def close_invitation(store: Store, invitation_id: int) -> None:
    """Close an invitation for good (its assessment is finished)."""
    with store._tx() as conn:
        conn.execute(
            "UPDATE invitations SET closed_at = ? WHERE id = ? AND closed_at IS NULL", (store.now(), invitation_id)
        )


def _invitation(r: sqlite3.Row) -> Invitation:
    return Invitation(
        id=r["id"],
        campaign_id=r["campaign_id"],
        candidate=r["candidate"],
        created_at=r["created_at"],
        expires_at=r["expires_at"],
        closed_at=r["closed_at"],
    )
