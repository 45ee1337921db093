"""The command palette: each cmsim command once, in the UI language, and nothing generic.

Offered: the key bindings cmsim declares (with an id such as ``play.submit``) on the screen under the
palette and on the app, then Help, the keys panel, the theme and Quit. Widget bindings ("Up", "Scroll
Left"…) and Textual's own system commands are left out: they flooded the list and doubled ours."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.screen import Screen
from textual.widgets.option_list import Option

from cmsim.tui.strings import STRINGS, tr

Command = tuple[str, str, str, Callable[[], object]]
"""A command's name in the UI language, its description, its English name, and what it runs."""


def english_name(lang: str, name: str) -> str:
    """The English name of a command named ``name`` in ``lang`` (itself when it is not a key name): typing
    "help" or "quit" finds the command whatever the UI language."""
    table = STRINGS.get(lang, {})
    key = next((k for k, v in table.items() if k.startswith("key.") and v == name), None)
    return tr("en", key) if key is not None else name


def is_cmsim_binding(binding_id: str | None) -> bool:
    """cmsim's bindings carry dotted ids (``home.profile``); widgets' and Textual's do not."""
    return bool(binding_id) and "." in str(binding_id)


class ActionsProvider(Provider):
    """cmsim's commands for the screen under the palette."""

    def _actions(self) -> list[Command]:
        lang = getattr(self.app, "language", "en")
        out: list[Command] = []
        seen: set[str] = set()
        for _key, active in self.screen.active_bindings.items():
            binding = active.binding
            if not is_cmsim_binding(binding.id) or not binding.description or not active.enabled:
                continue
            if not isinstance(active.node, Screen) and active.node is not self.app:
                continue
            if binding.action in seen:
                continue
            seen.add(binding.action)
            help_text = tr(lang, "palette.help", action=binding.description, key=self.app.get_key_display(binding))
            run = partial(self.app.run_action, binding.action, active.node)
            out.append((binding.description, help_text, english_name(lang, binding.description), run))
        extra = [
            ("help", "key.help", "palette.help_help"),
            ("toggle_keys", "key.keys", "palette.keys_help"),
            ("toggle_theme", "key.theme", "palette.theme_help"),
            ("quit", "key.quit", "palette.quit_help"),
        ]
        for action, name, help_key in extra:
            if action not in seen:
                seen.add(action)
                run = partial(self.app.run_action, action, self.app)
                out.append((tr(lang, name), tr(lang, help_key), tr("en", name), run))
        return out

    async def discover(self) -> Hits:
        """Every command, before anything is typed."""
        for text, help_text, _english, run in self._actions():
            yield DiscoveryHit(text, run, help=help_text)

    async def search(self, query: str) -> Hits:
        """Commands whose name (or, less strongly, whose description) matches ``query``: "help" finds
        Help, "quit" finds Quit in any language (the English name counts as the name)."""
        matcher = self.matcher(query)
        for text, help_text, english, run in self._actions():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), run, text=text, help=help_text)
            elif english != text and (score := matcher.match(english)) > 0:
                yield Hit(score, text, run, text=text, help=help_text)
            elif (loose := matcher.match(help_text)) > 0:
                yield Hit(loose / 2, text, run, text=text, help=help_text)


class Palette(CommandPalette):
    """Textual's command palette speaking the UI language: its prompt, and its "No matches found" (an
    English string inside Textual, shown half a second after a search finds nothing)."""

    def __init__(self, lang: str) -> None:
        super().__init__(placeholder=tr(lang, "palette.search"), id="--command-palette")
        self.lang = lang

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # Textual's own method, with the message translated (textual is pinned: check on upgrade)
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                message = Align.center(Text(tr(self.lang, "palette.none"), style="not bold"))
                self.query_one(CommandList).add_option(Option(message, disabled=True, id=self._NO_MATCHES))
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
