"""Invitations: a single-use, unguessable link that opens one candidate's assessment and nothing else.

The token is 256 random bits (``secrets.token_urlsafe(32)``); only its SHA-256 is stored. A token
stays usable across reloads and dropped connections until the candidate's campaign is finished (then
it is closed for good), until it expires, or until a newer invitation replaces it. Checking a token
stores nothing: the candidate's data appear only once they agree to the briefing."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from cmsim.session.campaigns import next_in_campaign
from cmsim.store.db import Store
from cmsim.store.invitations import Invitation, close_invitation, create_invitation, invitation_by_hash
from cmsim.store.records import Campaign, StoreError

DEFAULT_EXPIRY = "7d"
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_DURATION = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$", re.IGNORECASE)
TOKEN_SHAPE = re.compile(r"^[A-Za-z0-9_-]{20,100}$")


def parse_duration(text: str) -> int:
    """Seconds in '7d', '12h', '30m', '90s' or '2w' (``StoreError`` with an example otherwise)."""
    found = _DURATION.match(text)
    if not found or int(found.group(1)) <= 0:
        raise StoreError(f"'{text}' is not a duration: write e.g. 7d, 12h, 30m (days, hours, minutes)")
    return int(found.group(1)) * _UNITS[found.group(2).lower()]


def token_hash(token: str) -> str:
    """The stored form of a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Issued:
    """A new invitation: the token to put in the link (shown once, never stored) and when it expires."""

    token: str
    invitation_id: int
    expires_at: float


def invite(store: Store, campaign: Campaign, candidate: str, expires: str = DEFAULT_EXPIRY) -> Issued:
    """Issue a link for ``candidate`` to ``campaign``; the candidate's older links to it stop working."""
    name = candidate.strip()
    if not name:
        raise StoreError("an invitation needs the candidate's name")
    expires_at = store.now() + parse_duration(expires)
    token = secrets.token_urlsafe(32)
    invitation_id = create_invitation(store, campaign.id, name, token_hash(token), expires_at)
    return Issued(token, invitation_id, expires_at)


@dataclass(frozen=True)
class Admission:
    """A valid token: whose assessment it opens."""

    invitation: Invitation
    campaign: Campaign


class Refused(Exception):
    """A token that opens nothing, with the reason to show (``kind``: unknown, expired, used)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def admit(store: Store, token: str) -> Admission:
    """The assessment ``token`` opens, or ``Refused`` saying why. Stores nothing, except closing an
    invitation whose assessment turns out to be finished."""
    if not TOKEN_SHAPE.match(token or ""):
        raise Refused("unknown", "This link is not valid. Check that it was copied whole.")
    found = invitation_by_hash(store, token_hash(token))
    if found is None:
        raise Refused("unknown", "This link is not valid. Check that it was copied whole.")
    if found.closed_at is not None:
        raise Refused("used", "This link has already been used, or replaced by a newer one. Ask the recruiter.")
    if store.now() >= found.expires_at:
        when = datetime.fromtimestamp(found.expires_at, UTC).strftime("%Y-%m-%d %H:%M UTC")
        raise Refused("expired", f"This link expired on {when}. Ask the recruiter for a new one.")
    try:
        campaign = store.campaign(found.campaign_id)
    except StoreError:
        raise Refused("unknown", "This assessment no longer exists.") from None
    if finished(store, found, campaign):
        close_invitation(store, found.id)
        raise Refused("used", "This assessment is finished: the link cannot be used again. Thank you.")
    return Admission(found, campaign)


def finished(store: Store, found: Invitation, campaign: Campaign) -> bool:
    """True when the invited candidate has finished every scenario of the campaign."""
    person = store.find_person(found.candidate)
    return person is not None and next_in_campaign(store, campaign, person) is None


def close_if_finished(store: Store, invitation_id: int) -> bool:
    """Close the invitation once its assessment is finished (after a connection ends); True if closed."""
    from cmsim.store.invitations import invitation

    found = invitation(store, invitation_id)
    if found is None or found.closed_at is not None:
        return found is not None
    if finished(store, found, store.campaign(found.campaign_id)):
        close_invitation(store, found.id)
        return True
    return False
