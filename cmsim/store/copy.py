"""Copying a whole history from one store to another (``cmsim db copy``): SQLite → PostgreSQL when a
team outgrows one file, or back. Rows keep their ids, so sessions, reports and exports still agree;
the copy is one transaction on the target, checked table by table against the source's row counts."""

from __future__ import annotations

from cmsim.store.db import Store
from cmsim.store.dialect import reset_ids_sql
from cmsim.store.records import StoreError

# Parents before children (foreign keys); a table not named here is copied after these, in name order.
ORDER = ("people", "campaigns", "sessions", "turns", "scores", "drafts", "signals")
_BATCH = 1000


def copy_store(source: Store, target: Store) -> dict[str, int]:
    """Copy every row of ``source`` into the empty ``target``; rows copied per table.

    ``StoreError`` when the target already holds people or sessions, when the two schemas differ, or
    when a count does not match after the copy (then nothing is kept: the transaction rolls back)."""
    tables = source.tables()
    missing = sorted(set(tables) - set(target.tables()))
    if missing:
        raise StoreError(f"{target.where} lacks the tables {', '.join(missing)}: run 'cmsim db migrate' on it first")
    if target.people() or target.sessions():
        raise StoreError(f"{target.where} already holds people or sessions: copy into an empty database")
    ordered = [t for t in ORDER if t in tables] + sorted(t for t in tables if t not in ORDER)
    counts: dict[str, int] = {}
    with target._tx() as conn:
        for table in ordered:
            rows = source.table_rows(table)
            counts[table] = len(rows)
            if not rows:
                continue
            columns = list(rows[0].keys())
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
            for start in range(0, len(rows), _BATCH):
                conn.executemany(sql, [tuple(r[c] for c in columns) for r in rows[start : start + _BATCH]])
            reset = reset_ids_sql(target.dialect, table, columns)
            if reset:
                conn.execute(reset)
        for table in ordered:
            found = int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
            if found != counts[table]:
                raise StoreError(f"{table}: {counts[table]} rows read but {found} written; nothing was copied")
    return counts
