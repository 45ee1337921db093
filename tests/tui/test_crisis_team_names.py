"""The crisis room names the teams in the UI language ("Qualité", "Relations presse"), not by their ids."""

from __future__ import annotations

from textual.widgets import Label, OptionList

from tests.tui.crisis_kit import VIDEO, advance, crisis_app, launch
from tests.tui.fakes import KeywordScorer
from tests.tui.helpers import settle, shown


async def test_the_escalation_list_names_the_teams_in_french() -> None:
    app, clock = crisis_app(KeywordScorer(), "fr")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await launch(app, pilot, VIDEO)
        await advance(app, pilot, clock, 40)
        screen.query_one("#crisis-queue", OptionList).focus()
        await pilot.press("e")
        await settle(app, pilot)
        teams = screen.query_one("#crisis-teams", OptionList)
        shown_teams = [str(teams.get_option_at_index(i).prompt) for i in range(teams.option_count)]
        ids = [teams.get_option_at_index(i).id for i in range(teams.option_count)]
        assert "pr" in ids and "Relations presse" in shown_teams and "pr" not in shown_teams, shown_teams
        chosen = shown(screen.query_one("#crisis-team-chosen", Label))
        assert shown_teams[0] in chosen, chosen
