"""The SQL of assessment campaigns: a named, ordered list of scenario files with its language, step time
limit and hints rule."""

from __future__ import annotations

import json
from collections.abc import Sequence

from cmsim.store.connection import Database
from cmsim.store.dialect import INTEGRITY_ERRORS
from cmsim.store.records import Campaign, StoreError
from cmsim.store.rows import campaign_row


class CampaignStore(Database):
    """Campaigns (part of ``cmsim.store.db.Store``)."""

    def create_campaign(
        self, name: str, lang: str, scenarios: Sequence[str], step_limit: int | None = None, hints: bool = False
    ) -> Campaign:
        """A new campaign (``StoreError`` if the name is taken). ``scenarios`` are scenario files, in order."""
        if not scenarios:
            raise StoreError("a campaign needs at least one scenario")
        try:
            with self._tx() as conn:
                conn.execute(
                    "INSERT INTO campaigns (name, lang, scenarios, step_limit, hints, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (name.strip(), lang, json.dumps(list(scenarios)), step_limit, int(hints), self.now()),
                )
        except INTEGRITY_ERRORS:
            raise StoreError(f"a campaign called '{name}' already exists") from None
        return self.campaign(name)

    def campaign(self, name_or_id: str | int) -> Campaign:
        """The campaign with this name (case-insensitive) or id (``StoreError`` if none)."""
        key = str(name_or_id).strip()
        ident = int(key) if key.isdigit() and len(key) < 19 else None
        rows = self._rows("SELECT * FROM campaigns WHERE name = ? OR id = ?", (key, ident))
        if not rows:
            raise StoreError(f"no campaign '{name_or_id}' (see 'cmsim campaign list')")
        return campaign_row(rows[0])

    def campaigns(self) -> list[Campaign]:
        """Every campaign, oldest first."""
        return [campaign_row(r) for r in self._rows("SELECT * FROM campaigns ORDER BY id")]
