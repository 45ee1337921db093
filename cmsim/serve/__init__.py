"""``cmsim serve``: the terminal app in candidates' browsers, through textual-serve, behind what it lacks
(token checks, a cap on sessions, an idle timeout, a clean environment), one kiosk process per candidate.
Imported only by ``cmsim serve`` and its child processes: the rest of cmsim never loads aiohttp."""
