"""Deleting a person completely: the database and its write-ahead log, the judge's verdicts on their
answers, and the files cmsim wrote about them — and a plain account of whatever could not go.

Nothing here raises for what remains: :class:`Erasure` says it, and ``cmsim people delete`` prints it
and exits with status 3, so a script can tell "deleted" from "deleted, something remains".
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from cmsim.scoring.judge.cache import VerdictCache, answer_owner
from cmsim.store.db import Store
from cmsim.store.files import WrittenFile, files_about, forget_file
from cmsim.store.records import Person


@dataclass
class Erasure:
    """What deleting one person did, and what remains."""

    name: str
    counts: dict[str, int] = field(default_factory=dict)
    verdicts: int = 0
    files_removed: list[Path] = field(default_factory=list)
    left: list[tuple[Path, str]] = field(default_factory=list)
    """Files still holding (or maybe holding) the person's data, each with why cmsim left it."""
    pending: str | None = None
    """What is not erased yet and how to finish, or None when everything went."""

    @property
    def complete(self) -> bool:
        """True when nothing of the person remains anywhere cmsim knows of."""
        return self.pending is None and not self.left


def erase_person(store: Store, person: Person, cache: VerdictCache | None, *, patience: float = 5.0) -> Erasure:
    """Delete ``person`` and everything cmsim keeps about them (see the module's docstring)."""
    owners = [answer_owner(t.answer.fields) for s in store.sessions(person) for t in store.turns(s.id)]
    mine = files_about(store, person)
    everyone = files_about(store, None)
    done = Erasure(person.name, counts=store.delete_person(person.name))
    problems: list[str] = []
    if not store.finish_erasure(patience):
        problems.append(
            f"old copies of {person.name}'s data stay in {store.where} while another program reads it "
            f"(waited {patience:g} s): close the other cmsim windows, then run 'cmsim people purge'"
        )
    if cache is not None:
        try:
            done.verdicts = cache.forget(owners)
        except (OSError, sqlite3.Error) as exc:
            problems.append(f"the judge's verdict cache {cache.path} could not be cleaned ({exc}): delete that file")
    for file in mine:
        _remove(store, file, done)
    for file in everyone:
        if not file.path.exists():
            forget_file(store, file)
        else:
            done.left.append((file.path, f"{_a(file.kind)} of everyone's data: delete it or write it again"))
    done.pending = "; ".join(problems) or None
    return done


def _remove(store: Store, file: WrittenFile, done: Erasure) -> None:
    if not file.path.exists():
        forget_file(store, file)  # already gone
        return
    if not file.unchanged():
        done.left.append((file.path, f"{_a(file.kind)} changed since cmsim wrote it: check it and delete it yourself"))
        return
    try:
        file.path.unlink()
    except OSError as exc:
        done.left.append((file.path, f"{_a(file.kind)} cmsim could not remove ({exc.strerror})"))
        return
    done.files_removed.append(file.path)


def purge(store: Store, *, patience: float = 5.0) -> list[str]:
    """Finish earlier deletions: what still remains (empty when nothing)."""
    left: list[str] = []
    if not store.finish_erasure(patience):
        left.append(f"old copies of deleted data stay in {store.where} while another program reads it")
    for file in files_about(store, None):
        if not file.path.exists():
            forget_file(store, file)
        else:
            left.append(f"{file.path}: {_a(file.kind)} of everyone's data cmsim wrote (it may hold deleted people)")
    return left


def _a(word: str) -> str:
    return f"{'an' if word[:1] in 'aeiou' else 'a'} {word}"
