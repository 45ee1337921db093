"""The app's settings as last validated, keyed by everything they were made from, so that a start whose
config file, environment and flags have not changed needs neither YAML nor pydantic.

Reading ``config.yaml`` for real (``cmsim.config``: the located YAML reader and the typed models)
costs about 75 ms of CPU, a quarter of what the app needs to show its first frame. The cache
(``settings.json`` beside the library's, in ``cmsim.paths.cache_dir()``) works like the library
catalog: an entry counts only when its key matches, a SHA-256 over the code that validates settings
(sizes and times of its modules), the config file's path and bytes, the app's environment variables
(and the keymap file one names) and the flags (and the ``--keymap`` file's bytes). Anything else is
read and validated for real, problems located as always, and the entry written afresh.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from cmsim.paths import cache_dir

FORMAT = 1
ENV = {"lang": "CMSIM_LANG", "name": "CMSIM_NAME", "theme": "CMSIM_THEME", "keymap": "CMSIM_KEYMAP"}
"""The app's variables, as ``cmsim.config.ENV`` names them (a test checks they agree)."""
_CODE = ("config.py", "session/settings.py", "authoring/validate.py", "authoring/yamlsource.py")
_KEPT = 8  # entries: a few names or languages tried from the command line, not a history


class Settings(NamedTuple):
    """What the app needs of its settings to start (``cmsim.config.AppSettings``, validated)."""

    lang: str | None
    name: str | None
    theme: str
    keymap: dict[str, str]


def key(flags: Mapping[str, str | None], config: Path, env: Mapping[str, str] | None = None) -> str:
    """The cache key of a start: ``flags`` are the app's options as given (``keymap`` a file name)."""
    env = os.environ if env is None else env
    digest = hashlib.sha256()

    def add(label: str, value: str | bytes | None) -> None:
        data = value.encode("utf-8", "surrogateescape") if isinstance(value, str) else value
        digest.update(f"{label}:{-1 if data is None else len(data)}:".encode())
        digest.update(data or b"")

    package = Path(__file__).resolve().parent.parent
    for name in _CODE:
        stat = (package / name).stat()
        add(name, f"{stat.st_size}:{stat.st_mtime_ns}")
    add("config", str(config))
    add("config bytes", _bytes(config))
    for setting, var in ENV.items():
        value = env.get(var)
        add(var, value)
        if setting == "keymap" and value and value.strip():
            add(f"{var} bytes", _bytes(Path(value.strip())))
    for setting in sorted(flags):
        value = flags[setting]
        add(f"--{setting}", value)
        if setting == "keymap" and value is not None:
            add("--keymap bytes", _bytes(Path(value)))
    return digest.hexdigest()


def _bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes() if path.is_file() else None
    except OSError:
        return None


def cached(start: str, cache: Path | None = None) -> Settings | None:
    """The settings validated for the key ``start``, or None (never seen, or a cache not to trust)."""
    entry = _entries(cache or cache_dir() / "settings.json").get(start)
    if not isinstance(entry, dict):
        return None
    lang, name, theme, keymap = (entry.get(k) for k in Settings._fields)
    if not isinstance(keymap, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in keymap.items()):
        return None
    if lang not in (None, "fr", "en") or not (name is None or isinstance(name, str)) or theme not in ("dark", "light"):
        return None
    return Settings(lang, name, str(theme), dict(keymap))


def remember(start: str, settings: Settings, cache: Path | None = None) -> None:
    """Keep ``settings`` (just validated) under the key ``start``; a cache that cannot be written only
    costs speed."""
    file = cache or cache_dir() / "settings.json"
    entries = {k: v for k, v in _entries(file).items() if k != start}
    kept = dict(list(entries.items())[-(_KEPT - 1) :]) if _KEPT > 1 else {}
    kept[start] = settings._asdict()
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        temporary = file.with_name(f"{file.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps({"format": FORMAT, "entries": kept}), encoding="utf-8")
        os.replace(temporary, file)
    except OSError:
        pass


def _entries(file: Path) -> dict[str, object]:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("entries"), dict):
        return {}
    return dict(data["entries"])
