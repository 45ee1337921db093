"""The crisis room's composer: a reply or an escalation of the selected item (with the team chosen in a
list), or a public statement on the crisis's first networks; sent with every key typed, kept when the
engine refuses it. ``CrisisScreen`` (``crisis.py``) builds on it."""

from __future__ import annotations

from pydantic import ValidationError
from textual import on
from textual.content import Content
from textual.widgets import Label, OptionList, Static, TextArea

from cmsim.platforms import limit_for, platform
from cmsim.sim.crisis import CrisisError
from cmsim.sim.crisis_feed import Arrival
from cmsim.tui.screens.crisis_view import CrisisView
from cmsim.tui.strings import tr
from cmsim.tui.widgets import crisis_items as ci

STATEMENT_PLATFORMS = 2
"""A statement goes to the crisis's first networks."""


class CrisisComposer(CrisisView):
    """Writing and sending the trainee's actions on the crisis (the state is set by ``CrisisScreen``)."""

    composing: str | None
    target: Arrival | None

    def action_open(self, kind: str) -> None:
        """Open the composer for a reply or an escalation of the selected item, or for a statement."""
        arrival = self.selected()
        if kind != "statement" and arrival is None:
            return
        self.composing, self.target = kind, arrival
        lang = self.lang
        if kind == "reply" and arrival is not None:
            where = arrival.item.platform
            hint = tr(lang, "crisis.reply_to", author=arrival.item.author, platform=platform(where).label,
                      limit=limit_for(where, "comment"))
        elif kind == "escalate" and arrival is not None:
            hint = tr(lang, "crisis.escalate_to", author=arrival.item.author)
        else:
            hint = tr(lang, "crisis.statement_on", platforms=", ".join(self._statement_platforms()))
        self.query_one("#crisis-compose-hint", Static).update(Content(hint))
        teams = self.query_one("#crisis-teams", OptionList)
        teams.display = kind == "escalate"
        chosen = self.query_one("#crisis-team-chosen", Label)
        chosen.display = kind == "escalate"
        teams.highlighted = 0
        chosen.update(tr(lang, "crisis.team_chosen", team=ci.team_label(self._highlighted_id(teams), lang)))
        self.query_one("#crisis-compose").add_class("-open")
        self.add_class("-composing")
        text = self.query_one("#crisis-text", TextArea)
        text.clear()
        (teams if kind == "escalate" else text).focus()
        self.refresh_bindings()

    @on(OptionList.OptionSelected, "#crisis-teams")
    def _team_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.query_one("#crisis-text", TextArea).focus()

    @on(OptionList.OptionHighlighted, "#crisis-teams")
    def _team_moved(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        team = ci.team_label(event.option.id, self.lang)
        self.query_one("#crisis-team-chosen", Label).update(tr(self.lang, "crisis.team_chosen", team=team))

    def _statement_platforms(self) -> list[str]:
        return list(self.scenario.platforms[:STATEMENT_PLATFORMS])

    def action_send(self) -> None:
        self.after_typed_keys(self._send_now)

    def _send_now(self) -> None:
        """Send what the composer holds, every key typed before Ctrl+S (kept if the engine refuses it)."""
        text = self.query_one("#crisis-text", TextArea).text.strip()
        if not text:
            self.notify(tr(self.lang, "crisis.empty"), severity="warning")
            return
        kind, arrival = self.composing, self.target
        if kind == "reply" and arrival is not None:
            ok = self._do("reply", item=arrival.id, reply=text)
        elif kind == "escalate" and arrival is not None:
            teams = self.query_one("#crisis-teams", OptionList)
            team = self._highlighted_id(teams) or ""
            ok = self._do("escalate", item=arrival.id, escalate=team, note=text)
        else:
            ok = self._do("statement", statement=text, platforms=self._statement_platforms())
        if ok:
            self._close()

    def action_cancel(self) -> None:
        """Close the composer without sending."""
        self._close()

    def _close(self) -> None:
        self.composing, self.target = None, None
        self.query_one("#crisis-compose").remove_class("-open")
        self.remove_class("-composing")
        box = "#crisis-feed" if self.has_class("-show-feed") else "#crisis-queue"
        self.query_one(box, OptionList).focus()
        self.refresh_bindings()
        self._show_detail()

    def _do(self, kind: str, **what: object) -> bool:
        try:
            self.run.act(**what)
        except (CrisisError, ValidationError) as exc:
            message = str(exc) if isinstance(exc, CrisisError) else exc.errors()[0]["msg"]
            self.notify(tr(self.lang, "crisis.refused", error=message), severity="error")
            return False
        self.cmsim.crisis_acted(self.run)
        self.notify(tr(self.lang, "crisis.done", action=tr(self.lang, f"crisis.status.{kind}"),
                       clock=ci.clock(self.run.state.now)), timeout=2)
        self.refresh_view()
        return True
