"""The files cmsim wrote that hold people's data (reports, exports): recorded when written, so that
deleting a person can remove theirs, or say plainly which it cannot."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from cmsim.store.db import Store
from cmsim.store.records import Person


@dataclass(frozen=True)
class WrittenFile:
    """A file cmsim wrote: about one person (``person_id``), or about everyone (None)."""

    id: int
    path: Path
    kind: str
    person_id: int | None
    digest: str
    written_at: float

    def unchanged(self) -> bool:
        """True when the file is still exactly what cmsim wrote (so it may remove it)."""
        try:
            return digest_of(self.path.read_bytes()) == self.digest
        except OSError:
            return False


def digest_of(data: bytes | str) -> str:
    """The digest recorded for a file's content."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def record_file(store: Store, path: Path, kind: str, content: bytes | str, person: Person | None) -> None:
    """Remember that cmsim wrote ``content`` to ``path``: about ``person``, or about everyone (None)."""
    resolved = str(path.resolve())
    with store._tx() as conn:
        conn.execute("DELETE FROM written_files WHERE path = ?", (resolved,))  # rewritten: the latest counts
        conn.execute(
            "INSERT INTO written_files (path, kind, person_id, digest, written_at) VALUES (?, ?, ?, ?, ?)",
            (resolved, kind, person.id if person else None, digest_of(content), store.now()),
        )


def files_about(store: Store, person: Person | None) -> list[WrittenFile]:
    """The recorded files about ``person`` (None: the files about everyone), oldest first."""
    if person is None:
        rows = store._rows("SELECT * FROM written_files WHERE person_id IS NULL ORDER BY id")
    else:
        rows = store._rows("SELECT * FROM written_files WHERE person_id = ? ORDER BY id", (person.id,))
    return [
        WrittenFile(r["id"], Path(r["path"]), r["kind"], r["person_id"], r["digest"], r["written_at"]) for r in rows
    ]


def forget_file(store: Store, file: WrittenFile) -> None:
    """Drop the record of a file (removed, or gone by other hands)."""
    with store._tx() as conn:
        conn.execute("DELETE FROM written_files WHERE id = ?", (file.id,))
