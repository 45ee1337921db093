"""Whether a hostile word is reported rather than used (calm's no-hostility): "calling buyers idiots isn't ok", "the
clown emoji", "le « nuls »" — and, for a word of sign or quotes, only a word someone posted, not one the reply gives
the person ("your clown hashtag", "un mème débile de votre part")."""

from __future__ import annotations

from cmsim.scoring.criteria.base import Context
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit, lexicons

_MENTION_REACH = 5


def mentioned(ctx: Context, fv: FieldView, hit: Hit) -> bool:
    """Whether a hostile word is reported, not used: a mention marker ("calling", "traiter de", "no need for") stands a
    few words before it in the sentence, or a word of sign touches it ("the clown emoji", "l'emoji clown", see the
    ``mention`` lexicon) or quotation marks enclose it ("le « nuls »") — these two only for a word someone posted in
    the thread and with no second person's possessive on it ("your clown hashtag", "un mème débile de votre part")."""
    an = fv.an
    first = max(an.sentences[an.sentence_of[hit.first]].first, hit.first - _MENTION_REACH)
    raw = fv.raw
    signed = pictured = False
    for m in fv.hits("mention"):
        if m.group != "sign":
            if first <= m.first < hit.first:
                return True
        elif (m.first == hit.last and not raw[hit.end : m.start].strip()) or (
                m.last == hit.first and not raw[m.end : hit.start].strip()):
            signed = True
            span = (min(m.first, hit.first), max(m.last, hit.last))
            pictured = pictured or any(n in _PICTURES for n in an.norms[m.first : m.last])
    before, after = raw[: hit.start].rstrip(), raw[hit.end :].lstrip()
    if not signed and bool(before) and before[-1] in _OPENING and after[:1] in _CLOSING:
        signed, span = True, (hit.first, hit.last)
    posted = _posted(ctx, an.norms[hit.first : hit.last]) or (pictured and _posted_emoji(ctx))
    return signed and posted and not _possessed(an.norms, span)


_POSSESSIVE = frozenset({"your", "yours", "votre", "vos", "ton", "ta", "tes"})
_FROM_YOU = (("from", "you"), ("de", "votre", "part"), ("de", "ta", "part"), ("from", "u"))


def _possessed(norms: list[str], span: tuple[int, int]) -> bool:
    """Whether a second person's possessive is attached to a named sign: just before it ("your clown hashtag",
    "votre mème débile") or just after it ("an idiot meme from you", "un mème débile de votre part")."""
    first, last = span
    if first > 0 and norms[first - 1] in _POSSESSIVE:
        return True
    return any(tuple(norms[last : last + len(tail)]) == tail for tail in _FROM_YOU)


def _posted(ctx: Context, words: list[str]) -> bool:
    """Whether a hostile word (or emoji) was posted in the thread: only a word someone wrote can be reported."""
    said = {w for an in ctx.thread for w in an.norms}
    return any(w in said or any(_inflected(w, s) for s in said) for w in words if w.strip())


_PICTURES = frozenset({"emoji", "emojis", "émoji", "émojis", "emoticon", "emoticons", "émoticône", "émoticônes", "gif",
                       "gifs", "sticker", "stickers"})
"""Words of sign that name a picture: "the clown emoji" reports an emoji, whichever word the thread drew it with."""


def _posted_emoji(ctx: Context) -> bool:
    """Whether someone in the thread posted a mocking emoji."""
    terms = lexicons(ctx.lang)["mocking-emoji"].words
    return any(t in an.text for an in ctx.thread for t in terms)


def _inflected(a: str, b: str) -> bool:
    """Whether two words differ only by an ending of at most two letters ("clown"/"clowns", "nul"/"nulle")."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and long.startswith(short) and len(long) - len(short) <= 2


_OPENING = frozenset("'\"«“‘")
_CLOSING = frozenset("'\"»”’")
