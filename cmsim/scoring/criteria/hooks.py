"""The opening hook of a post or reply, read once for creativity's engagement and multi-platform's visible hook."""

from __future__ import annotations

import re

from cmsim.scoring.criteria.trust import overpromises
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.text import Sentence

_TEASER_WORDS = 10
"""Most content words (function words not counted, so French articles cost nothing) in a teaser line."""
_HOOK_MIN_WORDS = 3
"""Fewer words than this make a label ("Giveaway!"), not a hook."""
_RUN = 3
"""Most sentences in an opening run of short ones (see :func:`_staccato`)."""
_EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF]")
"""An emoji setting a line apart."""
_QUOTE = re.compile(r"«([^»]{1,300})»|“([^”]{1,300})”|\"([^\"]{1,300})\"|„([^“”]{1,300})[“”]")
"""A quotation opening the post: someone else speaks."""
_WORD = re.compile(r"\w+")
_EVERYONE = frozenset({"all", "everyone", "everybody", "tous", "toutes", "monde"})
"""A salutation to everyone ("Dear all,", "Chers tous,") greets the readers."""
_SALUTATION = re.compile(
    r"(?i)(dear|my dear|cher|chère|chers|chères|mon cher|ma chère)\s+([^\W\d][^,:;.!?\n]{0,40})[,:]")
"""A letter's salutation: "Dear Santa,", "Chère pluie :"."""
_OPENING = 2
"""Sentences of the opening read for talking down (see :func:`talks_down`)."""
_MARKS = re.compile(r"[!?]+")
_NOT_HOOKS = ("stock-phrases", "formal-markers")
"""A stock or formal opening ("Chère cliente, merci pour votre retour") is not a hook, however short."""


def opening_hook(fv: FieldView) -> tuple[int, int] | None:
    """Where the text hooks at its start: a hook phrase in the first sentence, or a first sentence that hooks by its
    form (see :func:`_hook_by_form`); never an opening that promises what the brand cannot keep ("everyone gets
    featured, guaranteed!" is bait). Returns the character span of the hook."""
    an = fv.an
    if not an.sentences:
        return None
    first = an.sentences[0]
    if any(h.first < first.last for h in overpromises(fv)):
        return None
    if any(s < _OPENING for s in talks_down(fv)):
        return None  # "Let's be honest, most of you will vote rhubarb because anything else scares you" does not hook
    hook = [h for h in fv.hits("hooks") if h.first < first.last]
    if hook:
        return hook[0].start, hook[0].end
    if _hook_by_form(fv, first):
        return first.start, first.end
    run = _staccato(fv)
    if run:
        return first.start, run.end
    return _persona(fv, first) if fv.kind == "post" else None


def _persona(fv: FieldView, first: Sentence) -> tuple[int, int] | None:
    """Where a post opens by lending its voice to someone else: a quotation ("« Bonjour. On est deux, on est roux… »",
    the animals or the object speaking) or a letter's salutation ("Dear Santa, this year I'd like to be seen", "Chère
    pluie, …"). Only in a post: a reply's "Dear Tomás," greets the person answered. A formal or stock salutation
    ("Dear customers", "Chers clients") is template copy, not a voice (see :data:`_NOT_HOOKS`)."""
    raw = fv.raw
    lead = len(raw) - len(raw.lstrip())
    quoted = _QUOTE.match(raw, lead)
    if quoted and len(_WORD.findall(next(g for g in quoted.groups() if g))) >= _HOOK_MIN_WORDS:
        return quoted.start(), quoted.end()
    greeting = _SALUTATION.match(raw, lead)
    if greeting is None or any(h.first < first.last for name in _NOT_HOOKS for h in fv.hits(name)):
        return None
    addressee = _WORD.findall(greeting.group(2).lower())
    if greeting.group(1).lower() in ("chers", "chères") or not addressee or addressee[-1] in _EVERYONE \
            or addressee[-1].endswith(("s", "x")):
        return None  # "Dear neighbours,", "Chers voisins," greet the readers: a letter to one of them is no persona
    return first.start, first.end


def talks_down(fv: FieldView) -> set[int]:
    """The sentences of ``fv`` that talk down to the community (the ``talking-down`` lexicon): a part of it ("most of
    you", "la plupart d'entre vous") with a limit in the same sentence ("never practise", "scares you", "plus lourd que
    ce que… sauront deviner"), a taunt ("petit test de QI", "prove us wrong"), a lecture ("as everyone should know",
    "pour ceux qui n'auraient pas compris"), or a gendered address with a cliché of
    that gender in the same sentence ("Mesdames, lâchez vos talons")."""
    an = fv.an
    found: dict[str, set[int]] = {}
    for hit in fv.hits("talking-down"):
        found.setdefault(hit.group, set()).add(an.sentence_of[hit.first])
    alone = found.get("taunt", set()) | found.get("lecture", set())
    return (found.get("part", set()) & found.get("limit", set())) | alone \
        | (found.get("gendered", set()) & found.get("cliche", set()))


def _staccato(fv: FieldView) -> Sentence | None:
    """The last sentence of an opening run of short sentences set apart from the rest ("Three new flavours. One spot
    on the menu. Only you can settle this. 🍦"; "Réparer, ça s'apprend. Et ça se transmet.⏎"): two or three sentences,
    each of at least two words and :data:`_HOOK_MIN_WORDS` at least together, with at most :data:`_TEASER_WORDS`
    content words together and no figure (short lines giving a date and an hour are a schedule), the last one ending
    apart (a line break, an emoji or "…"), and more text after it."""
    an = fv.an
    function = fv.lex["function-words"].words
    content = words = 0
    for index, sent in enumerate(an.sentences[:_RUN]):
        own = sum(an.is_word[sent.first : sent.last])
        words += own
        if own < 2 or any(fv.mask[sent.first : sent.last]):
            return None
        if any(an.norms[i][:1].isdigit() for i in range(sent.first, sent.last)):
            return None  # "Saturday 4 October. 9am to 11am." is a schedule in short lines, not a hook
        if any(h.first < sent.last for name in _NOT_HOOKS for h in fv.hits(name)):
            return None
        content += sum(1 for i in range(sent.first, sent.last) if an.is_word[i] and an.norms[i] not in function)
        if content > _TEASER_WORDS:
            return None
        after = fv.raw[sent.end : sent.end + 4].lstrip(" ")
        mark = _MARKS.match(after)
        if mark and mark.group() not in ("!", "?", "?!", "!?"):
            return None
        if index == 0 or words < _HOOK_MIN_WORDS:
            continue
        rest = after.lstrip(".!?").lstrip(" ")
        apart = rest.startswith(("\n", "…")) or after.startswith("…") or not an.is_word[sent.last - 1] \
            or _EMOJI.match(rest) is not None
        if apart and len(an.sentences) > index + 1:
            return sent
    return None


def _hook_by_form(fv: FieldView, first: Sentence) -> bool:
    """Whether the opening sentence hooks by its form: an exclamation or a question, or a short teaser line
    set apart (a line break, an emoji or "…" after it). A bare label ("Giveaway!", "Concours :") and an
    opening that runs on in the same line as plain prose are not hooks, nor is shouting ("!!") or a stock
    or formal opening ("Dear customer, …")."""
    an = fv.an
    words = sum(an.is_word[first.first : first.last])
    if words < _HOOK_MIN_WORDS or any(fv.mask[first.first : first.last]):
        return False
    if any(h.first < first.last for name in _NOT_HOOKS for h in fv.hits(name)):
        return False
    after = fv.raw[first.end : first.end + 4].lstrip(" ")
    mark = _MARKS.match(after)
    if mark:
        return mark.group() in ("!", "?", "?!", "!?")
    ends_apart = after.startswith(("\n", "…")) or not an.is_word[first.last - 1]
    function = fv.lex["function-words"].words
    content = sum(1 for i in range(first.first, first.last) if an.is_word[i] and an.norms[i] not in function)
    return len(an.sentences) > 1 and content <= _TEASER_WORDS and ends_apart
