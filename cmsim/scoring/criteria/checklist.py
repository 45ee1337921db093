"""The instructor's checklist (``expect.must`` / ``expect.avoid``) read as criteria, one kind per quality
(``checklist-<quality>``): the items of that quality, each looked for by its words as facts are (same stems, or a close
spelling: :func:`find_term`).

- A ``must`` item is shown when one of its words stands in the reply outside quotation marks and not negated just
  before it ("we have not fixed it" does not say it is fixed); a short restatement of the thread counts, as for
  facts, a copied passage does not. Each item missed costs its share of the criterion.
- An ``avoid`` item is made when one of its words stands in the reply outside quotation marks (the customer's words
  quoted back), outside passages copied from the thread, and not negated ("we will not blame the agency"). Each costs
  ``avoid_cost`` points.
- Where: a teamwork item is read in the internal note, a multi-platform item in each network's version, any other in
  the public reply or the posts (the kind's ``reads``). A multi-platform item is shown by the version that holds its
  words (items name one network: "sur LinkedIn, la journée entreprises du 10 octobre"), and a word that names a network
  ("LinkedIn", "sur X": ``rubrics/platforms.yaml``'s ids and labels) by a version written for that network.
- The fields' gate scales the score as for any step criterion: a keyword list of every must-word gains almost nothing,
  stuffing and copying are scaled down.

Feedback lists each missed act as missing (shown "Missing: say the exercise is fixed") and names each avoided one with
its words ("Avoid: blame the translation agency — 'agency'", the rubric's ``avoided`` hint); a reply doing the whole
checklist gets the good text, never a reply that misses one item."""

from __future__ import annotations

import re
from functools import lru_cache, partial

from cmsim.model.params import CHECKLIST_KIND, ChecklistParams, read_params
from cmsim.model.qualities import Quality
from cmsim.model.scenario import ChecklistItem
from cmsim.platforms import platform_book
from cmsim.scoring.criteria import NOT_APPLICABLE, Context, Outcome, Params, Span, find_term, step_criterion
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit
from cmsim.scoring.text import fold

NEGATION = "negation"
"""The lexicon (a word set) of negations that void a checklist word just after them in its clause."""
NEGATION_REACH = 4
"""How many words before a checklist word a negation voids it ("ce n'est pas la faute du fournisseur": four)."""
_PAUSE = re.compile(r"[,;:.!?()]")
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|«[^»\n]*»|„[^“”\n]*[“”]")
"""A passage in quotation marks: words quoted (the customer's, a label's), not said by the brand."""
READS: dict[Quality, tuple[str, ...]] = {
    Quality.teamwork: ("internal",),
    Quality.multiplatform: ("post",),
}
"""Where an item of a quality is looked for (any other quality: the public reply, a private one or the posts); a step
without such a field reads them all."""
TO_PEOPLE = ("public", "private", "post")
_QUOTES = "checklist-quoted"


def _quoted(fv: FieldView) -> list[Hit]:
    """Passages of the field in quotation marks, as hits (cached: every item asks)."""
    cached = fv.readings.get(_QUOTES)
    if cached is None:
        cached = fv.readings[_QUOTES] = [Hit("", "", 0, 0, m.start(), m.end()) for m in _QUOTED.finditer(fv.raw)]
    return cached


def _negated(fv: FieldView, first: int) -> bool:
    """Whether a negation stands up to :data:`NEGATION_REACH` words before token ``first``, in its clause."""
    an = fv.an
    words = fv.lex[NEGATION].words
    i = first - 1
    while i >= max(0, first - NEGATION_REACH):
        if _PAUSE.search(an.text, an.ends[i], an.starts[i + 1]):
            return False
        if an.norms[i] in words:
            return True
        i -= 1
    return False


def _tokens(fv: FieldView, start: int, end: int) -> range:
    an = fv.an
    first = next(i for i, s in enumerate(an.starts) if s == start)
    last = next(i for i in range(first, len(an.ends)) if an.ends[i] == end)
    return range(first, last + 1)


def find_item(fv: FieldView, item: ChecklistItem, *, avoid: bool) -> tuple[int, int] | None:
    """Where one of the item's words stands in the field as said by the writer (see the module), or None."""
    if not avoid and fv.empty:  # nothing in it can earn points (a keyword list, a copy, a note to the grader)
        return None
    base = fv.mask if avoid else fv.recap_mask()
    quoted = _quoted(fv)
    for word in item.words:
        mask = base
        for _attempt in range(8):  # the first occurrence may be quoted or negated, a later one not
            span = find_term(fv, word, mask)
            if span is None:
                break
            tokens = _tokens(fv, *span)
            if not any(q.start <= span[0] and span[1] <= q.end for q in quoted) and not _negated(fv, tokens.start):
                return span
            mask = list(mask)
            for k in tokens:
                mask[k] = True
    return None


@lru_cache(maxsize=1)
def _network_names() -> dict[str, str]:
    """Folded names of each network (its id and the words of its label: 'x', 'twitter', 'linkedin') → its id."""
    names: dict[str, str] = {}
    for pid, platform in platform_book().platforms.items():
        for word in re.findall(r"\w+", fold(f"{pid} {platform.label}")):
            names.setdefault(word, pid)
    return names


def _named_network(word: str) -> str | None:
    """The network a checklist word names ("LinkedIn", "Sur X", "version Instagram"): its last word, in a word of at
    most two, is a network's name."""
    parts = re.findall(r"\w+", fold(word))
    return _network_names().get(parts[-1]) if parts and len(parts) <= 2 else None


def _shown_by_network(item: ChecklistItem, fields: list[FieldView]) -> FieldView | None:
    """A written version for a network one of the item's words names."""
    networks = {n for w in item.words if (n := _named_network(w))}
    return next((fv for fv in fields if fv.platform in networks and not fv.empty), None)


def checklist(quality: Quality, ctx: Context, fields: list[FieldView], params: Params) -> Outcome:
    """The checklist items of ``quality`` in ``fields`` (see the module)."""
    must = [i for i in ctx.expect.must if i.quality is quality]
    avoid = [i for i in ctx.expect.avoid if i.quality is quality]
    if not must and not avoid:
        return NOT_APPLICABLE
    p = read_params(params, ChecklistParams)
    networks = quality is Quality.multiplatform
    evidence: list[Span] = []
    missing: list[str] = []
    notes: list[tuple[str, str, str]] = []
    earned = 0
    for item in must:
        found = [(fv.id, s) for fv in fields if (s := find_item(fv, item, avoid=False))]
        evidence += [(f, s[0], s[1], "+") for f, s in found]
        if found or (networks and _shown_by_network(item, fields)):
            earned += 1
        else:
            missing.append(item.does)  # shown as "Missing: <does>" under the feedback
    score = 100.0 * earned / len(must) if must else 100.0
    lacks = ["part"] if 0 < earned < len(must) else []  # the band's text says what is there: some, or none
    for item in avoid:
        made = [(fv, s) for fv in fields if (s := find_item(fv, item, avoid=True))]
        if not made:
            continue
        score -= p.avoid_cost
        evidence += [(fv.id, s[0], s[1], "-") for fv, s in made]
        words = ", ".join(dict.fromkeys(f"'{fv.raw[s[0]:s[1]]}'" for fv, s in made))
        notes.append(("avoided", item.does, words))
    if notes and earned == len(must):
        lacks = ["made"]  # every act done (or none asked), and a mistake made
    return Outcome(max(0.0, score), evidence, missing, lacks=lacks, notes=notes)


for _quality in Quality:
    step_criterion(f"{CHECKLIST_KIND}{_quality.value}", READS.get(_quality, TO_PEOPLE))(partial(checklist, _quality))

__all__ = ["NEGATION", "READS", "checklist", "find_item"]
