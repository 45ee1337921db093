"""The brand's editorial charter, kept at hand beside the feed."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from cmsim.charter_strings import charter_rows
from cmsim.model.scenario import Brand
from cmsim.tui.strings import tr
from cmsim.tui.words import colon, quoted


def charter_content(brand: Brand, lang: str) -> Content:
    """The charter as lines 'label: value', the brand's voice first, rules and words to avoid last."""
    c = brand.charter
    head = Content.from_markup("[b]$name[/b] [dim]$handle[/dim]", name=brand.name, handle=brand.handle)
    lines: list[Content] = [head]
    if brand.voice:
        lines.append(Content.from_markup("[i]$voice[/i]", voice=brand.voice))
    for label, value in charter_rows(c, lang, lambda word: quoted(word, lang)):
        lines.append(Content.from_markup("[b]$label[/b] $value", label=colon(label, lang), value=value))
    if c.rules:
        lines.append(Content.from_markup("[b]$label[/b]", label=colon(tr(lang, "charter.rules"), lang)))
        lines.extend(Content(f"• {rule}") for rule in c.rules)
    return Content("\n").join(lines)


class CharterPanel(Static):
    """The charter of the scenario's brand."""

    def __init__(self, brand: Brand, lang: str, id: str | None = None) -> None:
        super().__init__(charter_content(brand, lang), id=id)
