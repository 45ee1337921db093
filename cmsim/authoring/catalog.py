"""The library at a glance: what ``cmsim list`` and the app's home show of each scenario, read from a
cache keyed by each file's SHA-256 so a start needs neither YAML nor pydantic.

The cache (``library.json`` in the user's cache folder, ``$CMSIM_HOME/cache`` when set) is never
trusted without the hash: an entry counts only when the file's bytes hash to the recorded digest and
the entry was written by the same version of the format and of the code that validates scenarios.
Anything else is loaded for real (``load_scenario``) and the cache rewritten.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from cmsim.paths import cache_dir

if TYPE_CHECKING:
    from cmsim.authoring.crisis import LoadedCrisis
    from cmsim.authoring.load import Loaded

FORMAT = 1
_CODE = ("model", "authoring")  # folders whose code decides what a scenario file means


class Entry(NamedTuple):
    """One scenario as listed: enough to filter and preview it without loading it."""

    id: str
    lang: str
    title: str
    difficulty: str
    platforms: tuple[str, ...]
    qualities: tuple[str, ...]
    summary: str
    brand: str
    handle: str
    sector: str
    steps: int
    path: str
    kind: str = "scenario"  # or "crisis" (played by the crisis room)

    def load(self) -> Loaded:
        """The full scenario (validated), read from its file now (not for crisis entries)."""
        from cmsim.authoring.load import load_scenario

        return load_scenario(self.path)


class Catalog(NamedTuple):
    """Every scenario that loads, sorted by language then title, and how many files did not."""

    entries: tuple[Entry, ...]
    broken: int


def entry_of(loaded: Loaded | LoadedCrisis, kind: str = "scenario") -> Entry:
    """The listing of a loaded scenario (or crisis scenario)."""
    s = loaded.scenario
    return Entry(
        id=s.id,
        lang=s.lang,
        title=s.title,
        difficulty=s.difficulty,
        platforms=tuple(s.platforms),
        qualities=tuple(str(q) for q in s.qualities()),
        summary=s.summary,
        brand=s.brand.name,
        handle=s.brand.handle,
        sector=s.brand.sector,
        steps=len(getattr(s, "steps", ())),
        path=str(loaded.path),
        kind=kind,
    )


def _code_version() -> str:
    """Changes whenever the code that validates scenarios changes (sizes and times of its modules)."""
    from cmsim import __version__

    package = Path(__file__).resolve().parent.parent
    parts = [__version__]
    for folder in _CODE:
        for file in sorted((package / folder).rglob("*.py")):
            stat = file.stat()
            parts.append(f"{file.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def _read_cache(file: Path, code: str) -> dict[str, Any]:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("code") != code:
        return {}
    files = data.get("files")
    return files if isinstance(files, dict) else {}


def _write_cache(file: Path, code: str, files: dict[str, Any]) -> None:
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        temporary = file.with_name(f"{file.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps({"format": FORMAT, "code": code, "files": files}), encoding="utf-8")
        os.replace(temporary, file)
    except OSError:
        pass  # a cache that cannot be written only costs speed


def _entry_from(value: object) -> Entry | None:
    if not isinstance(value, dict):
        return None
    try:
        entry = Entry(**value)
    except TypeError:
        return None
    if not all(isinstance(v, str) for v in entry[:3]) or not isinstance(entry.steps, int):
        return None
    return entry._replace(platforms=tuple(entry.platforms), qualities=tuple(entry.qualities))


def _files(paths: Iterable[Path | str]) -> list[Path]:
    roots = [Path(p) for p in paths]
    if not roots:
        from cmsim.paths import scenarios_dir

        roots = [scenarios_dir()]
    out: list[Path] = []
    for root in roots:
        if root.is_dir():
            out.extend(sorted(p for p in root.rglob("*.y*ml") if p.suffix in (".yaml", ".yml")))
        else:
            out.append(root)
    return out


def catalog(paths: Iterable[Path | str] = (), *, cache: Path | None = None) -> Catalog:
    """The scenarios under ``paths`` (the built-in library when empty), from the cache where each
    file's hash matches, loading the others."""
    found = _catalog(paths, cache, cached_only=False)
    assert found is not None
    return found


def cached_catalog(paths: Iterable[Path | str] = (), *, cache: Path | None = None) -> Catalog | None:
    """The catalog if every file is in the cache with its current hash (a few milliseconds), else
    ``None``: the caller then loads it for real, off the UI thread."""
    return _catalog(paths, cache, cached_only=True)


def _catalog(paths: Iterable[Path | str], cache: Path | None, *, cached_only: bool) -> Catalog | None:
    cache_file = cache or cache_dir() / "library.json"
    code = _code_version()
    known = _read_cache(cache_file, code)
    files: dict[str, Any] = dict(known)
    entries: list[Entry] = []
    broken = 0
    changed = False
    for path in _files(paths):
        key = str(path.resolve())
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            broken += 1
            continue
        cached = known.get(key)
        if isinstance(cached, dict) and cached.get("sha256") == digest and "entry" in cached:
            entry = _entry_from(cached["entry"]) if cached["entry"] is not None else None
            trusted = entry is not None or cached["entry"] is None
        else:
            trusted = False
        if not trusted:
            if cached_only:
                return None
            entry = _load_entry(path)
            files[key] = {"sha256": digest, "entry": entry._asdict() if entry else None}
            changed = True
        if entry is None:
            broken += 1
        else:
            entries.append(entry._replace(path=str(path)))
    if changed:
        _write_cache(cache_file, code, files)
    entries.sort(key=lambda e: (e.lang, e.title.casefold(), e.id))
    return Catalog(tuple(entries), broken)


def _load_entry(path: Path) -> Entry | None:
    from cmsim.authoring.crisis import crisis_file, load_crisis
    from cmsim.authoring.load import load_scenario
    from cmsim.authoring.problems import AuthoringError

    try:
        return entry_of(load_crisis(path), "crisis") if crisis_file(path) else entry_of(load_scenario(path))
    except AuthoringError:
        return None
