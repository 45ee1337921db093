"""Command palette entries for every action bound on the current screen (and the app)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from cmsim.tui.strings import tr


class ActionsProvider(Provider):
    """Offers each visible key binding of the screen under the palette as a command."""

    def _actions(self) -> list[tuple[str, str, Callable[[], object]]]:
        lang = getattr(self.app, "language", "en")
        out: list[tuple[str, str, Callable[[], object]]] = []
        seen = set()
        for key, active in self.screen.active_bindings.items():
            binding = active.binding
            if not binding.description or not active.enabled or binding.action in seen:
                continue
            seen.add(binding.action)
            help_text = tr(lang, "palette.help", action=binding.description, key=self.app.get_key_display(binding))
            run = partial(self.app.run_action, binding.action, active.node)
            out.append((binding.description, help_text or key, run))
        return out

    async def discover(self) -> Hits:
        """Every action, before anything is typed."""
        for text, help_text, run in self._actions():
            yield DiscoveryHit(text, run, help=help_text)

    async def search(self, query: str) -> Hits:
        """Actions whose name matches ``query``."""
        matcher = self.matcher(query)
        for text, help_text, run in self._actions():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), run, text=text, help=help_text)
