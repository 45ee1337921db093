"""The brand's editorial charter, kept at hand beside the feed."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

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

    def row(key: str, value: str) -> None:
        name = colon(tr(lang, f"charter.{key}"), lang)
        lines.append(Content.from_markup("[b]$label[/b] $value", label=name, value=value))

    if c.pronoun != "any":
        row("pronoun", tr(lang, f"charter.value.{c.pronoun}"))
    row("tone", tr(lang, f"charter.value.{c.tone}"))
    if c.names != "any":
        row("names", tr(lang, f"charter.value.{c.names}"))
    row("emoji", tr(lang, f"charter.value.{c.emoji}"))
    if c.signature:
        row("signature", c.signature)
    if c.avoid:
        row("avoid", ", ".join(quoted(w, lang) for w in c.avoid))
    if c.rules:
        lines.append(Content.from_markup("[b]$label[/b]", label=colon(tr(lang, "charter.rules"), lang)))
        lines.extend(Content(f"• {rule}") for rule in c.rules)
    return Content("\n").join(lines)


class CharterPanel(Static):
    """The charter of the scenario's brand."""

    def __init__(self, brand: Brand, lang: str, id: str | None = None) -> None:
        super().__init__(charter_content(brand, lang), id=id)
