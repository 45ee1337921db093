"""The ``--db`` option shared by the commands that read or write the store."""

from __future__ import annotations

import argparse

from cmsim.session.database import open_store as open_database
from cmsim.store.db import Store


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--db PATH|URL`` (default: ``$CMSIM_DB``, else ``store.db`` in config.yaml, else
    ``$CMSIM_HOME/cmsim.db``, else the user data folder)."""
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="SQLite file or postgresql:// URL (default: $CMSIM_DB, else store.db in config.yaml, "
        "else $CMSIM_HOME/cmsim.db, "
        "else cmsim.db in the user data folder)",
    )


def open_store(args: argparse.Namespace) -> Store:
    """The store named by ``--db`` (or the default one)."""
    return open_database(args.db)
