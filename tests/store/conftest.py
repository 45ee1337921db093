"""Fixtures of the store tests: a linear scenario, a transparent scorer, a store in a temp folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from killable import LINEAR
from store_kit import Ticker

from cmsim.authoring.load import Loaded, load_scenario
from cmsim.store.db import Store


@pytest.fixture
def linear_file(tmp_path: Path) -> Path:
    path = tmp_path / "linear.yaml"
    path.write_text(LINEAR)
    return path


@pytest.fixture
def linear(linear_file: Path) -> Loaded:
    return load_scenario(linear_file)


@pytest.fixture
def ticker() -> Ticker:
    return Ticker()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path, ticker: Ticker) -> Iterator[Store]:
    """The store under test, once per backend: a SQLite file, and a database on a real PostgreSQL."""
    target = request.getfixturevalue("pg_url") if request.param == "postgresql" else tmp_path / "test.db"
    with Store.open(target, now=ticker) as opened:
        yield opened
