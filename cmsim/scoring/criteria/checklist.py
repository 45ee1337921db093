"""The instructor's checklist (``expect.must`` / ``expect.avoid``) read as criteria, one kind per quality
(``checklist-<quality>``): the items of that quality, each looked for by its words as facts are (same stems, or a close
spelling: :func:`find_term`).

- A ``must`` item is shown when one of its words stands in the reply outside quotation marks and not voided by a
  negation or refusal in its clause (:func:`voided`: "we have not fixed it" does not say it is fixed, "ne cliquez sur
  aucun lien" does give the reflex); a short restatement of the thread counts, as for facts, a copied passage does
  not. Each item missed costs its share of the criterion.
- An ``avoid`` item is made when one of its words stands in the reply outside quotation marks (the customer's words
  quoted back), outside passages copied from the thread, and not negated ("we will not blame the agency"). Each costs
  ``avoid_cost`` points.
- Where: a teamwork item is read in every field (the note, the reply, the posts), a multi-platform item in each
  network's version, any other in the public reply or the posts (the kind's ``reads``). A multi-platform item is shown
  by the version that holds its words (items name one network: "sur LinkedIn, la journée entreprises du 10 octobre"),
  and a word that names a network ("LinkedIn", "sur X": ``rubrics/platforms.yaml``'s ids and labels) by a version
  written for that network that does not copy another network's version.
- The fields' gate scales the score as for any step criterion: a keyword list of every must-word gains almost nothing,
  stuffing and copying are scaled down.

Feedback says only what the scorer knows, words: an item whose words are not there is "not found" with a few of
them ("Not found: say the exercise is fixed — none of its words ('fixed', 'corrected', 'sorted', …)", the rubric's
``unfound`` hint), never "missing" (a paraphrase may do it); one whose words stand negated or refused is "not counted"
with them (``voided``); each avoided act is named with its words ("Avoid: blame the translation agency — 'agency'",
``avoided``). The good text ("your reply has words for each act…") only when every item's words are there, unvoided;
an item not found keeps the criterion out of the good band (``Outcome.incomplete``). A checklist of mistakes only, none
made, says so ("your reply makes none of them", the ``good-clean`` hint) and is neutral, never a strength: the reply
did nothing the instructor asked for."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache, partial

from cmsim.model.params import CHECKLIST_KIND, ChecklistParams, read_params
from cmsim.model.qualities import Quality
from cmsim.model.scenario import ChecklistItem
from cmsim.platforms import platform_book
from cmsim.scoring.addressed import names_address, unaddressed, whole_parts
from cmsim.scoring.criteria.base import NOT_APPLICABLE, Context, Outcome, Params, Span, step_criterion
from cmsim.scoring.criteria.facts import find_term
from cmsim.scoring.criteria.voiding import NEGATION, voided
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit
from cmsim.scoring.names import name_tokens
from cmsim.scoring.text import fold
from cmsim.scoring.wordforms import find_form, look_alike, term_forms

_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|«[^»\n]*»|„[^“”\n]*[“”]")
"""A passage in quotation marks: words quoted (the customer's, a label's), not said by the brand."""
READS: dict[Quality, tuple[str, ...]] = {
    Quality.teamwork: ("internal", "public", "private", "post"),
    Quality.multiplatform: ("post",),
}
"""Where an item of a quality is looked for (any other quality: the public reply, a private one or the posts); a step
without such a field reads them all. A teamwork item in every field: the blind checklists put public acts under
teamwork ("say the technical team is on it", "tell them to stop using the cream"), done in the reply as often as in
the note."""
TO_PEOPLE = ("public", "private", "post")
SHOWN_WORDS = 3
"""How many of an item's words the feedback names when none was found."""
COPY_RATIO = 0.9
"""How alike two networks' versions are, word for word (difflib's ratio), when one is a copy of the other: a hashtag or
a handle changed is still a copy."""
_QUOTES = "checklist-quoted"


def _quoted(fv: FieldView) -> list[Hit]:
    """Passages of the field in quotation marks, as hits (cached: every item asks)."""
    cached = fv.readings.get(_QUOTES)
    if cached is None:
        cached = fv.readings[_QUOTES] = [Hit("", "", 0, 0, m.start(), m.end()) for m in _QUOTED.finditer(fv.raw)]
    return cached


def _find(fv: FieldView, word: str, mask: list[bool], formed: bool) -> tuple[int, int] | None:
    """Where a checklist word stands in the unmasked tokens: as a fact's word (:func:`find_term`), else, when its
    plural and possessive forms may find more than its stems (``formed``: :func:`term_forms`), by those forms
    (:func:`find_form`: "bus" in "buses", "Ross's order" in "the Ross order", "jeu" in "jeux"); never a word that only
    looks like its plural (:func:`look_alike`: "odds" for "odd", "cours" for "cour")."""
    for _attempt in range(4):
        span = find_term(fv, word, mask)
        if span is None and formed:
            span = find_form(fv, word, mask)
        if span is None or not look_alike(fv, word, span):
            return span
        mask = list(mask)
        for k in _tokens(fv, *span):
            mask[k] = True
    return None


def _tokens(fv: FieldView, start: int, end: int) -> range:
    an = fv.an
    first = next(i for i, s in enumerate(an.starts) if s == start)
    last = next(i for i in range(first, len(an.ends)) if an.ends[i] == end)
    return range(first, last + 1)


def _plan(item: ChecklistItem, lang: str) -> tuple[tuple[str, bool, bool], ...]:
    """The item's words, each with whether it names an address (:func:`names_address`) and whether its plural and
    possessive forms may find more than its stems (:func:`term_forms`): worked out once an item, not once a field."""
    return _word_plan(tuple(item.words), lang)


@lru_cache(maxsize=4096)  # by the words, not the item: a batch builds a new scenario (and items) per line
def _word_plan(words: tuple[str, ...], lang: str) -> tuple[tuple[str, bool, bool], ...]:
    return tuple((w, names_address(w), bool(term_forms(w, lang))) for w in words)


def find_item(fv: FieldView, item: ChecklistItem, *, avoid: bool, seen: dict[str, tuple[int, int]] | None = None,
              hidden: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """Where one of the item's words stands in the field as said by the writer (see the module), or None. ``seen``
    gets, by field, the first word found there outside quotation marks, voided or not (what :func:`_unfound` names);
    words at the ``hidden`` tokens are not read (the brand's and the campaign's names, for a creativity item)."""
    if not avoid and fv.empty:  # nothing in it can earn points (a keyword list, a copy, a note to the grader)
        return None
    plain = fv.mask if avoid else fv.recap_mask()
    if hidden:
        plain = [m or i in hidden for i, m in enumerate(plain)]
    base = unaddressed(fv, plain)
    quoted = _quoted(fv)
    for word, named, formed in _plan(item, fv.lex.lang):
        mask = plain if named else base  # a word naming an address is looked for in addresses too, as whole parts
        for attempt in range(8):  # the first occurrence may be quoted or negated, a later one not
            span = _find(fv, word, mask, formed)
            if span is None:
                break
            tokens = _tokens(fv, *span)
            said = not any(q.start <= span[0] and span[1] <= q.end for q in quoted) \
                and (not named or whole_parts(fv, span))
            if said and not voided(fv, tokens.start, tokens.stop - 1, must=not avoid):
                return span
            if said and not attempt and seen is not None:
                seen.setdefault(fv.id, span)
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


def _copied(fv: FieldView, other: FieldView) -> bool:
    """Whether one network's version copies another's: their words the same, near enough (:data:`COPY_RATIO`)."""
    a, b = fv.an.norms, other.an.norms
    return a == b or SequenceMatcher(None, a, b, autojunk=False).ratio() >= COPY_RATIO


def _shown_by_network(item: ChecklistItem, fields: list[FieldView]) -> FieldView | None:
    """A written version for a network one of the item's words names, not a copy of another network's version ("write
    a distinct LinkedIn version" is not met by the X post pasted under LinkedIn)."""
    networks = {n for w in item.words if (n := _named_network(w))}
    return next((fv for fv in fields if fv.platform in networks and not fv.empty
                 and not any(o.platform != fv.platform and not o.empty and _copied(fv, o) for o in fields)), None)


def _unfound(item: ChecklistItem, fields: list[FieldView], seen: dict[str, tuple[int, int]]) -> tuple[str, str, str]:
    """The note for a must item not shown: its words stand voided by a negation or refusal ("voided", with those
    words: ``seen`` by :func:`find_item`), or none of them is there ("unfound", with its first words)."""
    for fv in fields:
        span = seen.get(fv.id)
        if span is not None:
            return "voided", item.does, f"'{fv.raw[span[0]:span[1]]}'"
    shown = ", ".join(f"'{w}'" for w in item.words[:SHOWN_WORDS])
    return "unfound", item.does, shown + (", …" if len(item.words) > SHOWN_WORDS else "")


def checklist(quality: Quality, ctx: Context, fields: list[FieldView], params: Params) -> Outcome:
    """The checklist items of ``quality`` in ``fields`` (see the module)."""
    must = [i for i in ctx.expect.must if i.quality is quality]
    avoid = [i for i in ctx.expect.avoid if i.quality is quality]
    if not must and not avoid:
        return NOT_APPLICABLE
    p = read_params(params, ChecklistParams)
    networks = quality is Quality.multiplatform
    evidence: list[Span] = []
    notes: list[tuple[str, str, str]] = []
    earned = 0
    made_any = False
    labels = {fv.id: name_tokens(ctx, fv) for fv in fields} if quality is Quality.creativity and must else {}
    for item in must:
        seen: dict[str, tuple[int, int]] = {}
        found = [(fv.id, s) for fv in fields
                 if (s := find_item(fv, item, avoid=False, seen=seen, hidden=labels.get(fv.id, frozenset())))]
        evidence += [(f, s[0], s[1], "+") for f, s in found]
        if found or (networks and _shown_by_network(item, fields)):
            earned += 1
        else:  # a word list cannot know every paraphrase: say what was looked for, never that the act is missing
            notes.append(_unfound(item, fields, seen))
    score = 100.0 * earned / len(must) if must else 100.0
    lacks = ["part"] if 0 < earned < len(must) else []  # the band's text says what is there: some, or none
    for item in avoid:
        made = [(fv, s) for fv in fields if (s := find_item(fv, item, avoid=True))]
        if not made:
            continue
        score -= p.avoid_cost
        made_any = True
        evidence += [(fv.id, s[0], s[1], "-") for fv, s in made]
        words = ", ".join(dict.fromkeys(f"'{fv.raw[s[0]:s[1]]}'" for fv, s in made))
        notes.append(("avoided", item.does, words))
    if made_any and earned == len(must):
        lacks = ["made"]  # every act done (or none asked), and a mistake made
    clean = not must and not made_any  # only mistakes listed, none made: nothing the reply did to praise
    if clean:
        lacks = ["clean"]  # "your reply makes none of them", shown as neutral, never as a strength
    return Outcome(max(0.0, score), evidence, lacks=lacks, notes=notes, incomplete=earned < len(must), neutral=clean)


for _quality in Quality:
    step_criterion(f"{CHECKLIST_KIND}{_quality.value}", READS.get(_quality, TO_PEOPLE))(partial(checklist, _quality))

__all__ = ["NEGATION", "READS", "checklist", "find_item"]
