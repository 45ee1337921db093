"""A French report follows French typography: a no-break space before the colon, « » around quotes; the
English report keeps ': ' and “ ”."""

from __future__ import annotations

from cmsim.report.strings import colon, quoted


def test_colon_and_quotes_per_language() -> None:
    assert colon("fr") == "\u00a0: " and colon("en") == ": "
    assert quoted("fr", "Attendre") == "«\u00a0Attendre\u00a0»" and quoted("en", "Wait") == "“Wait”"
