"""Kiosk assessment mode: the app runs one campaign for one candidate and nothing else.

No home screen, no practice, no hints unless the campaign allows them, no per-step feedback, no
ending that tells how it went, no profile (nobody's data), no command palette and no quit until the
campaign is done. ``cmsim assess CAMPAIGN --candidate NAME --tui`` runs it locally; ``cmsim serve``
runs it in the browser, one process per candidate."""

from __future__ import annotations

from dataclasses import dataclass

KIOSK_BLOCKED_APP_ACTIONS = frozenset({"quit", "command_palette", "help_quit"})
"""App actions a candidate cannot reach in kiosk mode until the campaign is finished."""


@dataclass(frozen=True)
class Kiosk:
    """Whom and what the kiosk runs, and what the briefing tells the candidate about their data.

    ``audience`` (who sees the results) and ``retention`` (how long they are kept) are the recruiter's
    words; when absent, the briefing says what cmsim itself does (the campaign's recruiters; kept until
    a recruiter deletes them)."""

    campaign: str
    candidate: str
    audience: str | None = None
    retention: str | None = None
