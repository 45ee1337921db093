"""``cmsim list --lang fr`` speaks French to the end: the crisis mark and the count too."""

from __future__ import annotations

import pytest

from cmsim.cli import main


def test_list_in_french_marks_crises_and_counts_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "[crise] " in out and "[crisis]" not in out
    assert out.rstrip().splitlines()[-1].endswith("scénarios")
    assert main(["list", "--lang", "en"]) == 0
    english = capsys.readouterr().out
    assert "[crisis] " in english and english.rstrip().splitlines()[-1].endswith(" scenarios")
