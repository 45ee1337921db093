"""The composer: one multi-line editor per field, with a live count by the platform's rules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Label, TabbedContent, TabPane, TextArea

from cmsim.model.scenario import Field
from cmsim.platforms import limit_for, platform, weighted_length
from cmsim.scoring.offline import INTERNAL_LIMIT, PRIVATE_LIMIT
from cmsim.tui.strings import tr
from cmsim.tui.words import field_label

STACK_AT_MOST = 2
"""Up to this many fields are stacked; more go into tabs (one post per platform, for instance)."""


def field_limit(field: Field) -> int:
    """The character limit of a field, as the scorer applies it: its own, else its kind's or platform's."""
    if field.max_chars:
        return field.max_chars
    if field.kind == "internal":
        return INTERNAL_LIMIT
    if field.kind == "private" or field.platform is None:
        return PRIVATE_LIMIT
    return limit_for(field.platform, field.kind)


class FieldEditor(Vertical):
    """A labelled TextArea for one field, with its character count and a warning past the limit."""

    class Pasted(Message):
        """Text arrived at once in this field (bracketed paste)."""

        def __init__(self, field_id: str, chars: int, lines: int) -> None:
            super().__init__()
            self.field_id = field_id
            self.chars = chars
            self.lines = lines

    def __init__(self, field: Field, lang: str, text: str = "") -> None:
        super().__init__(classes=f"field-editor kind-{field.kind}", id=f"field-{field.id}")
        self.field = field
        self.lang = lang
        self.limit = field_limit(field)
        self._initial = text

    def compose(self) -> ComposeResult:
        where = platform(self.field.platform).label if self.field.platform and self.field.kind != "internal" else ""
        with Horizontal(classes="field-head"):
            yield Label(Content(field_label(self.field.id, self.field.label, self.lang)), classes="field-label")
            yield Label(where, classes="field-platform")
            yield Label("", classes="field-count")
        yield TextArea(self._initial, id=f"editor-{self.field.id}", classes="editor", soft_wrap=True)

    def on_mount(self) -> None:
        self._recount()

    @property
    def editor(self) -> TextArea:
        """The TextArea holding the draft."""
        return self.query_one(TextArea)

    @property
    def text(self) -> str:
        """The draft as typed."""
        return self.editor.text

    def count(self) -> int:
        """Characters of the draft as the field's platform counts them."""
        counting = None if self.field.kind == "internal" else self.field.platform
        return weighted_length(self.text, counting)

    def on_text_area_changed(self) -> None:
        self._recount()

    def on_paste(self, event: events.Paste) -> None:
        self.post_message(self.Pasted(self.field.id, len(event.text), event.text.count("\n") + 1))

    def _recount(self) -> None:
        count = self.count()
        label = self.query_one(".field-count", Label)
        over = count - self.limit
        text = tr(self.lang, "composer.count", count=count, limit=self.limit)
        if over > 0:
            text = f"{text} · {tr(self.lang, 'composer.over', over=over)}"
        label.update(text)
        self.set_class(over > 0, "over")


class Composer(Vertical):
    """Editors for every field of a reply step: stacked when few, in tabs when many."""

    def __init__(self, fields: Sequence[Field], lang: str, drafts: Mapping[str, str] | None = None) -> None:
        super().__init__(id="composer")
        self.fields = list(fields)
        self.lang = lang
        self._drafts = dict(drafts or {})

    def compose(self) -> ComposeResult:
        editors = [FieldEditor(f, self.lang, self._drafts.get(f.id, "")) for f in self.fields]
        if len(editors) <= STACK_AT_MOST:
            yield from editors
            return
        with TabbedContent(id="composer-tabs"):
            for editor in editors:
                with TabPane(field_label(editor.field.id, editor.field.label, self.lang), id=f"tab-{editor.field.id}"):
                    yield editor

    @property
    def editors(self) -> list[FieldEditor]:
        """One editor per field, in order."""
        return list(self.query(FieldEditor))

    def drafts(self) -> dict[str, str]:
        """The text of every field, keyed by field id."""
        return {e.field.id: e.text for e in self.editors}

    def is_blank(self) -> bool:
        """True when nothing but whitespace was typed anywhere."""
        return not any(text.strip() for text in self.drafts().values())

    def set_locked(self, locked: bool) -> None:
        """Make the editors read-only while scoring (or for good, once submitted in an assessment)."""
        for e in self.editors:
            e.editor.read_only = locked

    def focus_field(self, index: int, *, now: bool = False) -> None:
        """Focus the editor of field ``index`` (wrapping), switching tabs when needed. ``now``: before the
        next message is handled (``focus()`` waits for the messages already queued, keys included)."""
        editors = self.editors
        target = editors[index % len(editors)]
        if len(editors) > STACK_AT_MOST:
            self.query_one(TabbedContent).active = f"tab-{target.field.id}"
        if now:
            self.screen.set_focus(target.editor)
        else:
            target.editor.focus()

    def focused_index(self) -> int:
        """Index of the editor holding the focus (0 when none does)."""
        focused = self.screen.focused  # set at once by focus_field(now=True); has_focus follows a message later
        for i, e in enumerate(self.editors):
            if e.editor is focused:
                return i
        return 0
