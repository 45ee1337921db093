"""The web server: textual-serve's ``Server`` and ``AppService``, wrapped (not forked) with what candidates'
assessments need and textual-serve lacks.

* Every page and websocket carries an invitation token (``/a/{token}``, ``/ws/{token}``); without a
  valid one the answer is 403 and no process is started.
* One live process per invitation: a reload or a new connection replaces the old one (whose draft is
  already saved), and the app resumes at the same step with the draft and the clock.
* A cap on concurrent sessions (503 beyond it) and an idle timeout (the connection is closed; reopening
  the link resumes).
* The app process gets a clean environment: an allow-list plus what the server needs to pass, never the
  server's secrets (``OPENAI_API_KEY``…) unless named with ``pass_env``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shlex
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp_jinja2
import jinja2
from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from cmsim.session.database import open_store
from cmsim.session.invitations import Admission, Refused, admit, close_if_finished
from cmsim.store.db import Store

log = logging.getLogger("cmsim.serve")

TEMPLATES = Path(__file__).parent / "templates"
CHILD_ENV_ALLOWED = frozenset(
    {"PATH", "HOME", "LANG", "LANGUAGE", "TZ", "TMPDIR", "PYTHONPATH", "VIRTUAL_ENV", "SYSTEMROOT", "CMSIM_HOME"}
)
"""Variables of the server's environment an app process keeps (with ``LC_*`` and textual-serve's own)."""
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
}


@dataclass
class ServeConfig:
    """What ``cmsim serve`` was told: where the data is, limits, and what the briefing says."""

    db: str | None = None
    max_sessions: int = 20
    idle_timeout: float = 900.0
    pass_env: tuple[str, ...] = ()
    audience: str | None = None
    retention: str | None = None
    python: str = sys.executable


def child_environment(base: dict[str, str], config: ServeConfig, invitation_id: int) -> dict[str, str]:
    """The app process's environment: the allow-list, textual-serve's variables, what ``pass_env`` names,
    and the invitation to run; the judge stays off unless ``CMSIM_JUDGE`` itself is passed."""
    passed = set(config.pass_env)
    env = {
        k: v
        for k, v in base.items()
        if k in CHILD_ENV_ALLOWED
        or k in passed
        or k.startswith(("LC_", "TEXTUAL_", "TERM_PROGRAM"))
        or k in ("COLUMNS", "ROWS", "TEXTUAL")
    }
    if "CMSIM_JUDGE" not in passed:
        env["CMSIM_JUDGE"] = "off"
    env["CMSIM_SERVE_INVITATION"] = str(invitation_id)
    if config.db:
        env["CMSIM_DB"] = config.db
    elif "CMSIM_DB" in base:
        env["CMSIM_DB"] = base["CMSIM_DB"]
    for key, value in (("CMSIM_SERVE_AUDIENCE", config.audience), ("CMSIM_SERVE_RETENTION", config.retention)):
        if value:
            env[key] = value
    return env


class KioskAppService(AppService):
    """textual-serve's app process for one candidate: a clean environment, and every keystroke or resize
    noted as activity (for the idle timeout)."""

    def __init__(self, *args: Any, environment: dict[str, str], touch: Callable[[], None], **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._environment = environment
        self._touch = touch

    def _build_environment(self, width: int = 80, height: int = 24) -> dict[str, str]:
        served = super()._build_environment(width, height)  # os.environ + textual-serve's variables
        extra = {k: v for k, v in served.items() if k not in os.environ or k.startswith(("TEXTUAL", "TERM_PROG"))}
        return {**self._environment, **extra, "COLUMNS": str(width), "ROWS": str(height)}

    async def send_bytes(self, data: bytes) -> bool:
        self._touch()
        return await super().send_bytes(data)

    async def set_terminal_size(self, width: int, height: int) -> None:
        self._touch()
        await super().set_terminal_size(width, height)

    @property
    def pid(self) -> int | None:
        """The app process's id (None before it started)."""
        return self._process.pid if self._process is not None else None

    async def stop_within(self, seconds: float) -> None:
        """Ask the app to quit; kill it if it has not within ``seconds``."""
        try:
            await asyncio.wait_for(self.stop(), seconds)
        except (TimeoutError, ConnectionResetError, BrokenPipeError):
            if self._process is not None and self._process.returncode is None:
                self._process.kill()
                await self._process.wait()


@dataclass
class Live:
    """One candidate's live connection."""

    websocket: web.WebSocketResponse
    service: KioskAppService | None = None
    last_active: float = field(default_factory=time.monotonic)
    done: asyncio.Event = field(default_factory=asyncio.Event)

    def touch(self) -> None:
        self.last_active = time.monotonic()


class CandidateServer(Server):
    """textual-serve's server with invitations, a session cap, an idle timeout and clean environments."""

    def __init__(self, config: ServeConfig, host: str = "127.0.0.1", port: int = 8000, public_url: str | None = None):
        super().__init__(
            command=f"{shlex.quote(config.python)} -m cmsim.serve.child",
            host=host,
            port=port,
            title="cmsim",
            public_url=public_url,
            templates_path=TEMPLATES,
        )
        self.config = config
        self.live: dict[int, Live] = {}
        self._store: Store | None = None
        self._reaper: asyncio.Task[None] | None = None
        self._admitting = asyncio.Lock()

    def store(self) -> Store:
        """The server's own connection to the database (token checks and closing finished invitations)."""
        if self._store is None:
            self._store = open_store(self.config.db)
        return self._store

    async def _make_app(self) -> web.Application:
        app = web.Application()
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
        app.add_routes(
            [
                web.get("/", self.handle_root, name="root"),
                web.get("/a/{token}", self.handle_index, name="index"),
                web.get("/ws/{token}", self.handle_websocket, name="websocket"),
                web.static("/static", self.statics_path, name="static"),
            ]
        )
        app.on_startup.append(self.on_startup)
        app.on_shutdown.append(self.on_shutdown)
        return app

    async def on_startup(self, app: web.Application) -> None:
        await asyncio.to_thread(self.store)
        self._reaper = asyncio.create_task(self._reap_idle())
        where = self.store().where
        print(
            f"cmsim serve on {self.public_url} · database {where} · at most {self.config.max_sessions} sessions, "
            f"idle timeout {self.config.idle_timeout:.0f} s",
            flush=True,
        )

    async def on_shutdown(self, app: web.Application) -> None:
        if self._reaper is not None:
            self._reaper.cancel()
        for live in list(self.live.values()):
            await live.websocket.close()
            if live.service is not None:
                await live.service.stop_within(5)
        if self._store is not None:
            self._store.close()

    async def _reap_idle(self) -> None:
        """Close connections idle longer than the timeout (the candidate reopens the link to resume)."""
        period = max(0.2, min(30.0, self.config.idle_timeout / 4))
        while True:
            await asyncio.sleep(period)
            now = time.monotonic()
            for live in list(self.live.values()):
                if now - live.last_active > self.config.idle_timeout:
                    log.info("closing an idle session")
                    await live.websocket.close(code=4000, message=b"idle")

    async def _admit(self, token: str) -> Admission:
        return await asyncio.to_thread(admit, self.store(), token)

    def _refused(self, request: web.Request, status: int, kind: str, title: str, message: str) -> web.Response:
        context = {"kind": kind, "title": title, "message": message}
        response = aiohttp_jinja2.render_template("refused.html", request, context, status=status)
        response.headers.update(SECURITY_HEADERS)
        return response

    async def handle_root(self, request: web.Request) -> web.Response:
        """No token, no assessment."""
        return self._refused(request, 403, "none", "Invitation needed", "Open the link from your invitation.")

    async def handle_index(self, request: web.Request) -> web.Response:
        """The page of one invitation (403 with the reason when the token opens nothing)."""
        token = request.match_info["token"]
        try:
            admission = await self._admit(token)
        except Refused as refused:
            return self._refused(request, 403, refused.kind, "Link refused", str(refused))
        lang = admission.campaign.lang
        ws = f"{self.public_url}/ws/{token}"
        ws = ("wss:" if ws.startswith("https") else "ws:") + ws.split(":", 1)[1]
        context = {
            "lang": lang,
            "font_size": to_int(request.query.get("fontsize", "16"), 16),
            "app_websocket_url": ws,
            "config": {"static": {"url": f"{self.public_url}/static/"}},
            "application": {"name": f"cmsim · {admission.campaign.name}"},
            "loading": "chargement…" if lang == "fr" else "loading…",
            "closed": "Session fermée, tout est enregistré." if lang == "fr" else "Session closed, all is saved.",
            "reopen": "Reprendre" if lang == "fr" else "Resume",
        }
        response = aiohttp_jinja2.render_template("app_index.html", request, context)
        response.headers.update(SECURITY_HEADERS)
        return response

    async def handle_websocket(self, request: web.Request) -> web.StreamResponse:  # type: ignore[override]
        """One candidate's app: checked, capped, replacing an older connection of the same invitation."""
        token = request.match_info["token"]
        async with self._admitting:
            try:
                admission = await self._admit(token)
            except Refused as refused:
                raise web.HTTPForbidden(text=str(refused)) from None
            key = admission.invitation.id
            old = self.live.get(key)
            if old is not None:  # a reload: the newest connection wins, the old process ends first
                await old.websocket.close(code=4001, message=b"replaced")
                await _wait(old.done.wait(), 10)
            if len(self.live) >= self.config.max_sessions:
                raise web.HTTPServiceUnavailable(text="Too many assessments in progress: try again in a few minutes.")
            websocket = web.WebSocketResponse(heartbeat=15)
            live = Live(websocket)
            self.live[key] = live
        try:
            await websocket.prepare(request)
            env = child_environment(dict(os.environ), self.config, key)
            live.service = KioskAppService(
                self.command,
                environment=env,
                touch=live.touch,
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=websocket.close,
                download_manager=self.download_manager,
                debug=self.debug,
            )
            width = to_int(request.query.get("width", "80"), 80)
            height = to_int(request.query.get("height", "24"), 24)
            await live.service.start(width, height)
            await self._process_messages(websocket, live.service)
        except asyncio.CancelledError:
            await websocket.close()
        except Exception as error:  # one connection's failure must not stop the server
            log.exception(error)
        finally:
            if live.service is not None:
                await live.service.stop_within(5)
            if self.live.get(key) is live:
                del self.live[key]
            live.done.set()
            await asyncio.to_thread(close_if_finished, self.store(), key)
        return websocket


async def _wait(awaitable: Awaitable[Any], seconds: float) -> None:
    try:
        await asyncio.wait_for(awaitable, seconds)
    except TimeoutError:
        log.warning("an old connection took more than %s s to end", seconds)
