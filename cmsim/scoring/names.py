"""Names, read once for every criterion that needs them: the brand's name and handle, @handles, the people of the
thread (a display name, or the short name a handle begins with: julie_bdx → Julie) and the signature ending a reply.

What a reply's names cover is :func:`name_mask`: the brand's whole name (a brand called "PayPal" covers "PayPal", not
"pal" in "Calm down, pal"), any @handle and the people's handles, the people's names as names are written (capitalised,
unless the whole reply is in lower case), and a signature at the end of the reply (:func:`signature_start`). A lexicon
term never matches there (hostility), and a fact is never credited there (facts); facts derived from the thread leave
its names out (:func:`names_in` read on each message). Who a reply calls by name is addressing's
(``criteria.addressing``)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from cmsim.scoring.lexicon import lexicons
from cmsim.scoring.text import Analysis, analyse_cached, fold

if TYPE_CHECKING:
    from cmsim.scoring.criteria.base import Context
    from cmsim.scoring.integrity import FieldView

_NAME_SPLIT = re.compile(r"[\s@\-\u2010\u2011]+")


def name_words(name: str) -> list[str]:
    """Folded words of a person's name or handle, hyphenated names split ("Jean-Pierre" → jean, pierre): the
    tokeniser reads a reply's words the same way (a fresh list each call)."""
    return list(_name_words(name))


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:  # the step's names, asked by several criteria for every reply
    return tuple(w for w in _NAME_SPLIT.split(fold(name)) if w)


PLACEHOLDER_AUTHORS = frozenset({"customer", "client", "cliente", "someone", "user", "utilisateur", "anonymous",
                                 "anonyme", "brief", "member", "membre", "fan", "follower", "quelqu'un", "commenter"})
"""Authors that name nobody: the person answered has no name to use."""
_HANDLE_PARTS = re.compile(r"[_.\d]+")
"""What marks a handle and cuts it in parts (julie_bdx, lea.pornic, tomtom_44)."""


def person_name(author: str) -> str | None:
    """The name to greet an author by: a display name as written ("Maria Lopez"), a handle's first word
    capitalised ("@julie_bdx" → "Julie"), nothing for a placeholder author ("customer")."""
    bare = author.strip().lstrip("@")
    if not bare or bare.casefold() in PLACEHOLDER_AUTHORS:
        return None
    if not is_handle(bare):  # a display name, as written
        return bare
    first = next((part for part in _HANDLE_PARTS.split(bare) if part.replace("-", "").isalpha()), "")
    if len(first) < 2 or first.casefold() in PLACEHOLDER_AUTHORS:
        return None
    return "-".join(w[:1].upper() + w[1:].lower() for w in first.split("-") if w)


SHORT_NAME_MIN = 3
"""Shortest short name a handle may hold ("Tom" in tomtom_44)."""


def is_handle(person: str) -> bool:
    """Whether the person is known by a handle (tomtom_44, lea.pornic, chrisbikes), not a written-out name."""
    bare = person.strip().lstrip("@")
    return " " not in bare and (bare.islower() or bool(_HANDLE_PARTS.search(bare)))


def is_short_name(norm: str, parts: list[str]) -> bool:
    """Whether a word is the short name a handle's part begins with ("tom" in tomtom, "chris" in chrisbikes, "alex" in
    alexandre): read only where the reply calls someone by it (a vocative), never in running text."""
    return len(norm) >= SHORT_NAME_MIN and norm.isalpha() and any(len(p) > len(norm) and p.startswith(norm)
                                                                   for p in parts)


def persona_words(name: str, handle: str) -> set[str]:
    """Folded parts of a persona's name ("Big Steve BBQ": big, steve, bbq) and its handle."""
    return {w for w in name_words(name) if len(w) >= 3} | {fold(handle.lstrip("@"))}


def is_person(person: str, name: str, handle: str) -> bool:
    """Whether the expected person (a first name, a full name or a handle) is this persona."""
    wanted = fold(person.lstrip("@"))
    return wanted in (fold(name), fold(handle.lstrip("@"))) or fold(name).split()[:1] == wanted.split()[:1]


@lru_cache(maxsize=256)
def other_names(others: tuple[tuple[str, str, str], ...], by_author: tuple[tuple[str, str], ...], brand: str,
                person: str, lang: str) -> frozenset[str]:
    """Names of everyone but the person: the other personas, and proper nouns of the thread (capitalised
    words inside a sentence, such as a child's name), minus the person's and the brand's names."""
    out: set[str] = set()
    for _pid, name, handle in others:
        out |= persona_words(name, handle)
    function = lexicons(lang)["function-words"].words
    for _author, text in by_author:
        an = analyse_cached(text, lang)
        starts = {s.first for s in an.sentences}
        out.update(an.norms[i] for i, tok in enumerate(an.surface)
                   if an.is_word[i] and i not in starts and tok[:1].isupper() and tok[1:2].islower()
                   and an.norms[i] not in function)
    mine = set(name_words(person)) | set(name_words(brand))
    return frozenset(out - mine)


def brand_words(ctx: Context, shortest: int = 3) -> frozenset[str]:
    """Folded words of the brand's name and handle of at least ``shortest`` letters, each alone (what its mail domain
    is made of, what a denial names, what is no shouting in capitals): the brand's whole name is :func:`name_mask`'s."""
    return _brand_words(ctx.brand.name, ctx.brand.handle, shortest)


@lru_cache(maxsize=256)  # the step's brand, asked by several criteria for every reply
def _brand_words(name: str, handle: str, shortest: int) -> frozenset[str]:
    return frozenset(fold(w) for w in re.findall(r"\w+", f"{name} {handle}") if len(w) >= shortest)


def brand_stems(ctx: Context) -> set[str]:
    """Stems of the brand's name but its function words ("La Ressourcerie des Abers": ressourcer, aber)."""
    named = analyse_cached(ctx.brand.name, ctx.lang)
    function = lexicons(ctx.lang)["function-words"].words
    return {s for s, n in zip(named.stems, named.norms, strict=True) if n not in function}


LABEL_WORDS = 4
"""Most words a campaign's name spells its hashtag in ("Flavour Face-Off" for #FlavourFaceOff)."""


def name_tokens(ctx: Context, fv: FieldView) -> frozenset[int]:
    """The tokens of ``fv`` that name the brand ("La Fournée d'Élise") or spell a campaign hashtag of the brief in words
    ("Flavour Face-Off" for #FlavourFaceOff): naming them is no creative act, even when a creativity item's word is
    one of theirs ("fournée", "face-off": a bakery's anniversary hook, a playful battle)."""
    an = fv.an
    words = [i for i, w in enumerate(an.is_word) if w]
    norms = [an.norms[i] for i in words]
    out: set[int] = set()
    brand = [n for n in analyse_cached(ctx.brand.name, ctx.lang).norms if n.isalnum()] if ctx.brand.name else []
    if brand:
        for k in range(len(norms) - len(brand) + 1):
            if norms[k : k + len(brand)] == brand:
                out.update(words[k : k + len(brand)])
    tags = {fold(t.lstrip("#")) for t in ctx.expect.hashtags}
    for k in range(len(norms)):
        for n in range(2, LABEL_WORDS + 1):
            if "".join(norms[k : k + n]) in tags:
                out.update(words[k : k + n])
    return frozenset(out)


def known_names(ctx: Context) -> frozenset[str]:
    """Folded words the thread, the brand, its signature and the people of the step already give."""
    words = {n for a in ctx.thread for n in a.norms} | set(ctx.others)
    for name in (ctx.brand.name, ctx.brand.handle, ctx.brand.charter.signature, ctx.person):
        if name:
            words.update(name_words(name))
    for person in ctx.people:
        words.update(name_words(person))
    return frozenset(words)


_MARKED = re.compile(r"(?:^|(?<=\s))(?:[—–~^]|-{1,2})\s*(?=[^\W\d_])([^\n—–~^]*)$")
"""A marked signature closing the text: a dash, a tilde or a caret, then what follows it to the end ("— Léa",
"^Tom", "– Jo, service client")."""
_MARK = re.compile(r"[—–~^-]")
"""The marks of :data:`_MARKED`: a text without one has no marked signature, and is not scanned with :data:`_MARKED`,
which tries every position of the text (a tenth of an anchor a reply; this one is searched at C speed)."""
_TAIL = re.compile(r"[.!?…]+(?=\s)|\n")
"""What ends the text's last part before a signature written without a mark ("Merci. Léa, service client")."""
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_ROLE_CUT = re.compile(r"\s*([,(/|])\s*")
_ROLE_OPENERS = frozenset({"de", "du", "from", "of", "for", "pour", "chez", "at"})
"""Function words a signature's role may open with ("Léa, de l'équipe SAV", "Tom, from the support team")."""
_NAME_PART, _ROLE_WORDS, _ROLE_UNMARKED = 4, 6, 4
"""Most words of a signature's name, of the role after it, and of that role without a mark before the name."""


@lru_cache(maxsize=64)  # asked twice a reply (its names, addressing's greeting): a few recent replies are enough
def signature_start(text: str, signature: str | None, lang: str, person: str | None = None) -> int:
    """Where the signature ending the text starts (its words name the writer, not the person answered), else the
    length of the text plus one. A signature is recognised only at the end: the charter's own; a name after a dash,
    a tilde or a caret ("— Léa", "^Tom", "– Jo, service client"); or a name, a comma and a role as the last part of the
    text ("Léa, service client", two words of role at least unless on a line of its own, never a part naming the
    person answered). A name in the middle of a reply is no signature."""
    body = text.rstrip()
    own = (signature or "").strip()
    if own and fold(body).endswith(fold(own)):
        return len(body) - len(own)
    core = body.rstrip(".")
    function = lexicons(lang)["function-words"].words
    marked = _MARKED.search(core) if _MARK.search(core) else None
    if marked and _signed(marked.group(1), function, marked=True):
        return marked.start()
    comma = core.rfind(",")
    if comma < 0 or _TAIL.search(core, comma):  # no comma in the text's last part: no name and role (most replies)
        return len(text) + 1
    ends = [m.end() for m in _TAIL.finditer(core)]
    at = ends[-1] if ends else 0
    tail = core[at:].strip()
    own_line = at == 0 or core[at - 1] == "\n"
    mine = set(name_words(person or ""))
    if "," in tail and _signed(tail, function, marked=False, own_line=own_line) \
            and not mine & {fold(w) for w in _WORD.findall(tail)}:
        return len(core) - len(core[at:].lstrip())
    return len(text) + 1


def _signed(rest: str, function: frozenset[str], marked: bool, own_line: bool = False) -> bool:
    """Whether what follows a signature's mark, or the text's last part, reads as a name and an optional role."""
    if any(c in rest for c in "?!:;"):
        return False
    cut = _ROLE_CUT.search(rest)
    name, sep, role = (rest[: cut.start()], cut.group(1), rest[cut.end() :]) if cut else (rest, "", "")
    words = _WORD.findall(name)
    roles = _WORD.findall(role)
    if not words or len(words) > _NAME_PART or len(roles) > _ROLE_WORDS or not words[0][:1].isupper():
        return False
    first = fold(re.split(r"['’]", words[0])[0])
    if len(words) > 1 and first in function:
        return False  # "— We'll call you" goes on with the sentence; "– Will" alone signs
    if marked:
        return True
    if not sep or not roles or len(words) > 2 or first in function or not all(w[:1].isupper() for w in words) \
            or len(roles) > _ROLE_UNMARKED or any(c.isdigit() or c in ",#@" for c in role):
        return False  # "Gratuit, 200 places, inscription sur notre site" lists facts
    opener = fold(re.split(r"['’]", roles[0])[0])
    return (opener not in function or opener in _ROLE_OPENERS) and (len(roles) >= 2 or own_line)


def name_mask(ctx: Context, fv: FieldView) -> list[bool]:
    """True on the tokens of a field that are names (see the module's text): a lexicon term never matches them, a fact
    is never credited there. Read once per field."""
    if fv.names is None:
        fv.names = names_in(ctx, fv.an)
    return fv.names


def names_in(ctx: Context, an: Analysis) -> list[bool]:
    """True on the tokens of a text that are names (a field's, or a message of the thread's)."""
    out = [False] * len(an.norms)
    lower = not any(map(str.isupper, an.text))  # a reply all in lower case writes names in lower case too
    lang = ctx.lang
    names = _step_names(lang, ctx.brand.name, ctx.brand.handle, tuple(ctx.people), ctx.person or "")
    for norms, capital in names.covers:
        _cover(out, an, norms, capital=capital and not lower)
    if not names.parts.isdisjoint(an.norms):
        parts = names.parts
        determiners = lexicons(lang)["determiners"].words
        for i, norm in enumerate(an.norms):
            if norm in parts and (lower or an.surface[i][:1].isupper()) and not (i and an.norms[i - 1] in determiners):
                out[i] = True  # "Rose, …" names Rose Martin; "the Rose candle", "a Karen" do not
    if "@" in an.text:
        _within(out, an, _MENTION, True)
    start = signature_start(an.text, ctx.brand.charter.signature, lang, ctx.person)
    for i in range(bisect_left(an.starts, start), len(out)):  # token starts are in order
        out[i] = True
    if _ADDRESS_MARK.search(an.text):
        _within(out, an, _ADDRESS, False)  # "emploi@ressourcerie-abers.fr", "threadmill.works/openday": an address
    return out


class _Names(NamedTuple):
    """The names of a step, as :func:`names_in` looks for them in every text it reads."""

    covers: tuple[tuple[list[str], bool], ...]
    """Words standing together as a whole name (the brand's name, a handle's words) and whether the first is looked
    for only capitalised (outside a reply all in lower case)."""
    parts: frozenset[str]
    """Words of the people's written-out names, found alone ("Rose" of Rose Martin)."""


@lru_cache(maxsize=256)
def _step_names(lang: str, brand: str, handle: str, people: tuple[str, ...], person: str) -> _Names:
    """The step's names read once, not once per text: every reply to a step and each message of its thread are read
    for the same names."""
    brand = brand.strip()
    brand_norms = analyse_cached(brand, lang).norms
    covers = [(brand_norms, brand[:1].isupper())]
    function = lexicons(lang)["function-words"].words
    parts: set[str] = set()
    for name in (handle, *people, person):
        if is_handle(name):
            norms = analyse_cached(name.strip().lstrip("@"), lang).norms
            if norms != brand_norms:  # the default brand "Brand", @brand: its name rules
                covers.append((norms, len(norms) == 1))
        else:
            parts.update(w for w in analyse_cached(name, lang).norms
                         if w.isalpha() and len(w) >= 3 and w not in function)
    return _Names(tuple(covers), frozenset(parts))


_MENTION = re.compile(r"(?<![\w.+\-])@[\w.]*\w")
"""An @handle (not the @ of an e-mail address)."""
_ADDRESS = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|(?:https?://)?[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,}\w*(?:/\S*)?")
"""An e-mail or a web address: what it holds is where to write, never a name."""
_ADDRESS_MARK = re.compile(r"\.[\w\-]")
"""What every match of :data:`_ADDRESS` holds (a dot, then a letter, a digit or a hyphen): a text without one holds no
address, and is not scanned with :data:`_ADDRESS`, which tries every position of the text (5 % of a reply's time);
opening on a literal, this one is searched at C speed."""


def _within(out: list[bool], an: Analysis, pattern: re.Pattern[str], value: bool) -> None:
    """Set ``out`` to ``value`` on the tokens inside each match of ``pattern``."""
    starts, ends = an.starts, an.ends
    for m in pattern.finditer(an.text):
        for i in range(bisect_left(starts, m.start()), len(out)):  # token starts are in order
            if starts[i] > m.end():
                break
            if ends[i] <= m.end():
                out[i] = value


def is_name(ctx: Context, term: str) -> bool:
    """Whether ``term`` is a whole name of the step: the brand's name, or the brand's or a person's handle or name (an
    expected fact "@fromagerieleburon" is found where the handle is written)."""
    return _is_name(term, ctx.lang, (ctx.brand.name, ctx.brand.handle, *ctx.people))


@lru_cache(maxsize=4096)
def _is_name(term: str, lang: str, names: tuple[str, ...]) -> bool:  # each fact of a step, asked for every reply
    norms = analyse_cached(term.strip().lstrip("@#"), lang).norms
    return bool(norms) and any(norms == analyse_cached(n.strip().lstrip("@"), lang).norms for n in names if n)


def _cover(out: list[bool], an: Analysis, norms: list[str], capital: bool) -> None:
    """Mark every place the words ``norms`` stand together, whole (the first capitalised when ``capital``)."""
    k = len(norms)
    if not k or (k == 1 and len(norms[0]) < 2):
        return
    first, text = norms[0], an.norms
    if first not in text:  # most texts: the name is not there (one scan in C)
        return
    for i in range(len(text) - k + 1):
        if text[i] == first and text[i : i + k] == norms and (not capital or an.surface[i][:1].isupper()):
            out[i : i + k] = [True] * k
