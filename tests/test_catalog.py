"""The library catalog: the cache is used only where a file's hash matches, and never changes what is
listed compared with loading every file."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from cmsim.authoring.catalog import cached_catalog, catalog, entry_of
from cmsim.authoring.crisis import iter_crises
from cmsim.authoring.load import iter_scenarios, scenario_files


def test_the_cached_listing_is_what_loading_gives(tmp_path: Path) -> None:
    cache = tmp_path / "library.json"
    assert cached_catalog(cache=cache) is None  # nothing cached yet
    first = catalog(cache=cache)
    scenarios = [entry_of(item) for item in iter_scenarios() if not isinstance(item, Exception)]
    crises = [entry_of(item, "crisis") for item in iter_crises() if not isinstance(item, Exception)]
    assert scenarios and crises
    expected = sorted(scenarios + crises, key=lambda e: (e.lang, e.title.casefold(), e.id))
    assert list(first.entries) == expected and first.broken == 0
    again = cached_catalog(cache=cache)
    assert again == first


def test_a_changed_file_is_loaded_again_not_taken_from_the_cache(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    shutil.copytree(scenario_files()[0].parent, library)
    cache = tmp_path / "library.json"
    before = catalog([library], cache=cache)
    file = sorted(library.glob("*.yaml"))[0]
    text = file.read_text(encoding="utf-8")
    assert any(Path(e.path) == file for e in before.entries)
    changed = re.sub(r"^title: .*$", "title: A new title", text, count=1, flags=re.MULTILINE)
    assert changed != text
    file.write_text(changed, encoding="utf-8")
    assert cached_catalog([library], cache=cache) is None
    after = catalog([library], cache=cache)
    assert any(e.title == "A new title" for e in after.entries)
    file.write_text("id: [broken", encoding="utf-8")
    assert catalog([library], cache=cache).broken == 1


def test_a_tampered_cache_is_not_trusted(tmp_path: Path) -> None:
    cache = tmp_path / "library.json"
    catalog(cache=cache)
    data = json.loads(cache.read_text())
    key = next(iter(data["files"]))
    data["files"][key]["entry"]["title"] = "Forged"
    data["files"][key]["sha256"] = "0" * 64
    cache.write_text(json.dumps(data))
    assert all(e.title != "Forged" for e in catalog(cache=cache).entries)
    cache.write_text("{not json")
    assert len(catalog(cache=cache).entries) == len(scenario_files())
