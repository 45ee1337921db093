"""Shared fixtures: every test runs with its own cmsim home, never the user's real data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("cmsim-home")
    monkeypatch.setenv("CMSIM_HOME", str(home))
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    yield home


# ── a real PostgreSQL server, started once for the whole run when a test asks for one ──────────────


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """A throwaway PostgreSQL server (see tests/pgserver.py) with a migrated template database.

    Missing PostgreSQL skips the tests that need it on a developer's machine, but fails under CI
    (``CI`` set), where ``.ci/run`` installs it: CI never passes by skipping the backend."""
    import os

    from pgserver import PgServer, pg_bindir

    reason = ""
    if pg_bindir() is None:
        reason = "PostgreSQL server binaries not found (apt-get install postgresql)"
    else:
        try:
            import psycopg  # noqa: F401
        except ImportError:
            reason = "psycopg is not installed (pip install -e '.[dev]')"
    if reason:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    from cmsim.store.db import Store

    server = PgServer().start()
    try:
        Store.migrate(server.create_database("cmsim_template"))
        yield server
    finally:
        server.stop()


_databases = iter(range(1, 1_000_000))


@pytest.fixture
def pg_url(pg_server: object) -> str:
    """A fresh, migrated PostgreSQL database for one test; its URL."""
    import psycopg
    from pgserver import PgServer

    assert isinstance(pg_server, PgServer)
    name = f"t{next(_databases)}"
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE cmsim_template')
    return pg_server.url(name)
