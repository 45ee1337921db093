"""``cmsim db migrate`` and ``cmsim db copy SOURCE TARGET``: the database's schema, applied explicitly,
and a whole history moved from one database to another (a SQLite file to PostgreSQL, typically)."""

from __future__ import annotations

import argparse

from cmsim.commands.storeargs import add_db_argument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim db``."""
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    migrate = sub.add_parser(
        "migrate", help="bring a database to this cmsim's schema (PostgreSQL: run once, servers stopped)"
    )
    add_db_argument(migrate)
    copy = sub.add_parser("copy", help="copy every row of one database into an empty one, counts checked")
    copy.add_argument("source", help="the database to read: a SQLite file or a postgresql:// URL")
    copy.add_argument("target", help="the empty database to fill: a postgresql:// URL or a SQLite file")


def run(args: argparse.Namespace) -> int:
    """Migrate or copy."""
    from cmsim.session.database import configured_db
    from cmsim.store.db import Store

    if args.action == "migrate":
        chosen = configured_db(args.db)
        before, after = Store.migrate(chosen)
        with Store.open(chosen) as store:
            where = store.where
        print(f"{where}: schema version {before} → {after}" if after != before else f"{where}: up to date ({after})")
        return 0
    from cmsim.store.copy import copy_store

    Store.migrate(args.target)
    with Store.open(args.source) as source, Store.open(args.target) as target:
        counts = copy_store(source, target)
        print(f"copied {source.where} → {target.where}")
        for table, n in counts.items():
            print(f"  {table:<12} {n:>8} rows")
    return 0
