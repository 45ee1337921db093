"""The crisis room names the teams in the UI language ("Qualité", "Relations presse"), not by their ids."""

from __future__ import annotations

from textual.widgets import Label, OptionList, Static

from tests.tui.crisis_kit import RECALL, VIDEO, advance, crisis_app, launch, pick
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


async def test_the_brief_ends_with_the_teams_on_call_by_name_in_both_languages() -> None:
    for lang, path, line in (
        ("en", RECALL, "Teams on call: Quality, Legal, PR, Security, Logistics, Customer service."),
        ("fr", RECALL, "Équipes joignables\u00a0: Qualité, Juridique, Relations presse, Sécurité, Logistique, "
                       "Service client."),
    ):
        app, _clock = crisis_app(KeywordScorer(), lang)
        async with app.run_test(size=(120, 36)) as pilot:
            screen = await launch(app, pilot, path)
            shown_text = " ".join(shown(screen.query_one("#crisis-detail", Static)).split())
        assert line.replace("\u00a0", " ") in shown_text.replace("\u00a0", " "), shown_text
        assert "customer-service" not in shown_text


async def test_the_debrief_names_missed_items_and_wrong_actions_by_who_wrote_them() -> None:
    for lang, missed, wrong in (
        ("en", "Missed: Sarah Mills on TikTok: “My son Leo ate a Hearth NUT…”",
         "hid Priya Shah on Facebook: “So you KNEW about this batch…”"),
        ("fr", "Manqués\u00a0: Sarah Mills sur TikTok\u00a0: «\u00a0My son Leo ate a Hearth NUT…\u00a0»",
         "a masqué Priya Shah sur Facebook\u00a0: «\u00a0So you KNEW about this batch…\u00a0»"),
    ):
        app, clock = crisis_app(KeywordScorer(), lang)
        async with app.run_test(size=(120, 36)) as pilot:
            await launch(app, pilot, RECALL)
            await advance(app, pilot, clock, 200)
            await pick(app, pilot, "angry")
            await pilot.press("h")
            await settle(app, pilot)
            await pilot.press("ctrl+x")
            await settle(app, pilot)
            triage = " ".join(shown(app.screen.query_one("#crisis-triage", Static)).split())
        flat = triage.replace("\u00a0", " ")
        assert missed.replace("\u00a0", " ") in flat, triage
        assert wrong.replace("\u00a0", " ") in flat, triage
        assert "hid:" not in triage and ", reporter" not in triage and "mum" not in triage.split()


async def test_the_brief_shows_first_even_when_an_item_arrives_at_once_and_a_move_brings_the_item() -> None:
    app, clock = crisis_app(KeywordScorer(), "fr")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await launch(app, pilot, VIDEO)  # its first message arrives at 00:00, highlighted at once
        await advance(app, pilot, clock, 3)
        detail = " ".join(shown(screen.query_one("#crisis-detail", Static)).split())
        assert detail.startswith("Consigne Mardi 8 h 30"), detail
        assert "Relations presse, Direction" in detail
        await pilot.press("down")
        await settle(app, pilot)
        await pilot.press("up")
        await settle(app, pilot)
        detail = " ".join(shown(screen.query_one("#crisis-detail", Static)).split())
        assert "Consigne" not in detail and "@coulisses_du_colis" in detail, detail
