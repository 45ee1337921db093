"""Communication's trust: a person's private details written out in public.

Four shapes of detail: the lexicon's private data with a figure in the sentence ("card ending 4421", "balance"), a
street address (a house number then a street word: "14 Elm Road", "12 rue des Lilas"; a number that counts something,
"300 km de route", is none), a reference (an order,
booking or file word then a number of four digits or more, bare or after a letter prefix: "order #48213", "commande
n° 58231", "booking BK-20417"), and a phone number
or an e-mail address. Each belongs to someone: the nearest owner word of the sentence decides ("your", the person's
name → theirs; "our", "call us", "appelez-nous" → the brand's own shop or line). With no owner, a reply is read as
speaking of the person and a post of the brand's own news ("two red pandas were born on 14 May"). A detail the person
posted first, one the step expects among its facts (the brand's venue or hotline), or one the sentence asks for, is not
disclosed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cmsim.platforms import EMAIL
from cmsim.scoring.criteria.base import Context
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit
from cmsim.scoring.names import brand_words, known_names, name_words
from cmsim.scoring.text import Analysis, analyse_cached, fold, stem
from cmsim.scoring.wordsets import group_terms

PUBLIC = ("public", "post")
_LEXICON = "private-details"
_FIGURE_OR_MAIL = re.compile(r"[\d@]")
_PHONE = re.compile(r"(?<![\w+])\+?\d[\d .\-]{7,17}\d(?!\w)")
_PHONE_DIGITS = (9, 15)
_BRAND_MAILBOXES = frozenset({"help", "support", "contact", "service", "hello", "info", "care", "team", "sav",
                              "bonjour", "serviceclient", "clients", "press", "presse"})
"""Local parts of a mailbox that is the brand's own ("help@…", "contact@…")."""
_STREET_REACH = 3
"""Words between a house number and its street word ("14 Elm Road", "3 bis chemin")."""
_REFERENCE_REACH = 3
_REFERENCE_DIGITS = 4


def disclosures(ctx: Context, fv: FieldView) -> list[Hit]:
    """Private details of a person written in a public field (see the module's docstring)."""
    if fv.kind not in PUBLIC or not _FIGURE_OR_MAIL.search(fv.an.text):
        return []  # every detail holds a figure in its sentence, or is an e-mail address
    an = fv.an
    asks = {an.sentence_of[h.first] for h in fv.hits("requests")}
    said = " ".join(a.text for a in ctx.person_said)
    said_stems = {s for a in ctx.person_said for s in a.stems}
    owed = _fact_words(tuple(tuple([f] if isinstance(f, str) else f) for f in ctx.expect.facts), ctx.lang)
    venue = _fact_words(((ctx.brief.text,),), ctx.lang) if ctx.brief is not None else None
    function = fv.lex["function-words"].words
    found = [h for h in _data(fv) + _addresses(fv) + _references(fv) + _contacts(ctx, fv)
             if not _said_first(an, h, said, said_stems) and not _owed(an, h, owed, function)
             and not (venue is not None and h.group == "street" and _owed(an, h, venue, function))]
    out: list[Hit] = []
    taken: set[int] = set()
    for hit in sorted(found, key=lambda h: h.first):
        index = an.sentence_of[hit.first]
        if index in asks or _question(fv, index) or hit.first in taken:
            continue
        owner = _owner(ctx, fv, hit)
        if owner == "yours" or (owner is None and fv.kind == "public"):
            out.append(hit)
            taken.update(range(hit.first, hit.last))
    return out


_FIGURE_AFTER, _FIGURE_BEFORE = 6, 2
"""Words between a private-data word and its figure, after it ("votre solde est de 1 200 €") or before it ("your
£320 balance")."""
_CLAUSE_BREAKS = frozenset(".;:!?")


def _data(fv: FieldView) -> list[Hit]:
    """The lexicon's private data ("card ending", "date of birth") with a figure of its own: within a few words of it
    in the same clause ("card ending 4421", "née le 3 mars 1990"). A figure across a colon or semicolon belongs to
    something else: "Lot 2311B : ne le consommez pas" (« né le » folded), "back since 11:40; your balance was never
    touched" write out no one's data."""
    an = fv.an
    out = []
    for hit in fv.distinct("disclosure"):
        sent = an.sentences[an.sentence_of[hit.first]]
        after = range(hit.last, min(sent.last, hit.last + _FIGURE_AFTER))
        before = range(max(sent.first, hit.first - _FIGURE_BEFORE), hit.first)
        if any(_figure(an, i) and _one_clause(an, min(i, hit.first), max(i, hit.last - 1))
               for i in (*after, *before)):
            out.append(hit)
    return out


def _figure(an: Analysis, i: int) -> bool:
    return any(c.isdigit() for c in an.surface[i])


def _one_clause(an: Analysis, first: int, last: int) -> bool:
    """Whether no colon, semicolon or stop stands between tokens ``first`` and ``last`` (a time's "11:40" is one)."""
    return not any(_CLAUSE_BREAKS.intersection(an.text[an.ends[i] : an.starts[i + 1]]) for i in range(first, last))


def _number(token: str) -> bool:
    return token[:1].isdigit()


def _addresses(fv: FieldView) -> list[Hit]:
    """A house number, then within a few words of the same sentence a street word as written ("14 Elm Road"), or a
    common word that names a street only as a name, capitalised after a capitalised name ("7 Larch Close", never "12
    close calls" or "3 Close Calls")."""
    an = fv.an
    streets = _group(fv, "street")
    named = _group(fv, "street-named")
    units = _group(fv, "quantity")
    out = []
    for i in fv.live_words():
        if not _number(an.surface[i]) or _quantity(an, i, units):
            continue
        for k in range(i + 1, min(len(an), i + 2 + _STREET_REACH)):
            if an.sentence_of[k] != an.sentence_of[i] or (k > i + 1 and _number(an.surface[k])):
                break
            as_name = k > i + 1 and all(an.surface[j][:1].isupper() for j in range(i + 1, k + 1))
            if an.is_word[k] and not fv.mask[k] and (an.norms[k] in streets or (an.norms[k] in named and as_name)):
                out.append(Hit(an.text[an.starts[i] : an.ends[k]], "street", i, k + 1, an.starts[i], an.ends[k]))
                break
    return out


def _quantity(an: Analysis, i: int, units: frozenset[str]) -> bool:
    """Whether the number at ``i`` counts something ("300 km de route", "2 hours on the road"): no house number."""
    glued = an.norms[i].lstrip("0123456789.,")
    return glued in units or (i + 1 < len(an) and an.norms[i + 1] in units)


def _references(fv: FieldView) -> list[Hit]:
    """A reference word, then (through "number", "n°", "#"…) a number of four digits or more ("order #48213")."""
    an = fv.an
    links = _group(fv, "reference-link")
    words = _group(fv, "reference", stems=True)
    out = []
    for i in fv.live_words():
        if an.stems[i] not in words:
            continue
        for k in range(i + 1, min(len(an), i + 1 + _REFERENCE_REACH)):
            if an.sentence_of[k] != an.sentence_of[i]:
                break
            if sum(c.isdigit() for c in an.surface[k]) >= _REFERENCE_DIGITS:
                out.append(Hit(an.surface[k], "reference", k, k + 1, an.starts[k], an.ends[k]))
                break
            if an.norms[k] not in links and not _code_prefix(an, k):
                break
    return out


_CODE_JOINS = ("-", "/")


def _code_prefix(an: Analysis, k: int) -> bool:
    """Whether the token at ``k`` is the letter prefix of a code glued to its number ("PL-448213", "SIN-55821")."""
    word = an.surface[k]
    return (word.isalpha() and word.isupper() and len(word) <= 4 and k + 1 < len(an)
            and an.text[an.ends[k] : an.starts[k + 1]] in _CODE_JOINS and an.surface[k + 1][:1].isdigit())


def _contacts(ctx: Context, fv: FieldView) -> list[Hit]:
    """Phone numbers (9 to 15 digits) and e-mail addresses other than the brand's own mailbox."""
    an = fv.an
    text = an.text
    out = []
    brand = brand_words(ctx)
    for m in _PHONE.finditer(text):
        digits = sum(c.isdigit() for c in m.group())
        if _PHONE_DIGITS[0] <= digits <= _PHONE_DIGITS[1]:
            out.append(span_hit(an, m.start(), m.end(), "phone"))
    for m in EMAIL.finditer(text) if "@" in text else ():  # the pattern opens on no one character to look for
        if not _brand_mailbox(m.group(), brand):
            out.append(span_hit(an, m.start(), m.end(), "email"))
    return [h for h in out if h.last > h.first and not any(fv.mask[h.first : h.last])]


def _brand_mailbox(address: str, brand: frozenset[str]) -> bool:
    local, _, domain = fold(address).partition("@")
    squeezed = re.sub(r"[^a-z0-9]", "", domain)
    return local in _BRAND_MAILBOXES or any(b in squeezed for b in brand)


def brand_mailboxes(ctx: Context, fv: FieldView, own_domain: bool = False) -> list[str]:
    """The brand's own e-mail addresses a field gives ("help@…", "contact@brand.fr"): a private channel to write to.
    With ``own_domain``, only those on the brand's domain ("info@bestfit.com" is a third party's for Bright Mobile)."""
    if "@" not in fv.an.text:
        return []
    brand = brand_words(ctx)
    found = [m.group() for m in EMAIL.finditer(fv.an.text) if _brand_mailbox(m.group(), brand)]
    if own_domain:
        found = [a for a in found if any(b in re.sub(r"[^a-z0-9]", "", fold(a).partition("@")[2]) for b in brand)]
    return found


def span_hit(an: Analysis, start: int, end: int, group: str) -> Hit:
    first = next((i for i, e in enumerate(an.ends) if e > start), len(an))
    last = next((i for i in range(first, len(an)) if an.starts[i] >= end), len(an))
    return Hit(an.text[start:end], group, first, last, start, end)


def _group(fv: FieldView, group: str, stems: bool = False) -> frozenset[str]:
    """The folded words (or stems) of one group of the lexicon (a word set: the lexicon is never scanned)."""
    key = (fv.lex.lang, group, stems)
    found = _GROUPS.get(key)
    if found is None:
        terms = group_terms(fv.lex[_LEXICON], group)
        found = _GROUPS[key] = frozenset(stem(t, fv.lex.lang) if stems else fold(t) for t in terms)
    return found


_GROUPS: dict[tuple[str, str, bool], frozenset[str]] = {}


def _said_first(an: Analysis, hit: Hit, said: str, said_stems: set[str]) -> bool:
    """Whether the person posted this detail first (repeating their own "order 48213" back is not disclosing it)."""
    if hit.group in ("phone", "email"):
        return re.sub(r"\D", "", hit.term) in re.sub(r"\D", "", said) if hit.group == "phone" else \
            fold(hit.term) in fold(said)
    stems = [an.stems[i] for i in range(hit.first, hit.last) if an.is_word[i]]
    return bool(stems) and all(s in said_stems for s in stems)


@lru_cache(maxsize=256)
def _fact_words(facts: tuple[tuple[str, ...], ...], lang: str) -> tuple[frozenset[str], str]:
    """The stems of the facts the step expects, and their digits run together (read once a step)."""
    texts = [a for fact in facts for a in fact]
    return frozenset(s for t in texts for s in analyse_cached(t, lang).stems), re.sub(r"\D", "", " ".join(texts))


def _owed(an: Analysis, hit: Hit, owed: tuple[frozenset[str], str], function: frozenset[str]) -> bool:
    """Whether the step expects this detail among its facts: the brand's venue ("22 Harbour Road" when the facts say
    "Harbour Road"), hotline or stand is news the reply owes, not a person's private detail. An address is owed when its
    words are the facts' (its house number and function words aside: "Unit 4 on Cattle Market Road"); a number, a
    phone or an e-mail address when the facts hold it. Read against the brief too (see :func:`disclosures`): an address
    the brand's own task or messages give is its venue ("our studio at Unit 4, Cattle Market Road")."""
    stems, digits = owed
    if hit.group in ("phone", "email", "reference"):
        number = re.sub(r"\D", "", hit.term)
        return bool(number) and number in digits if hit.group != "email" else fold(hit.term) in stems
    words = [an.stems[i] for i in range(hit.first, hit.last)
             if an.is_word[i] and not _number(an.surface[i]) and an.norms[i] not in function]
    k = hit.last  # "8 rue des Tanneurs": in French the street's name follows its street word
    while k < len(an) and an.sentence_of[k] == an.sentence_of[hit.first] and an.norms[k] in _PARTICLES:
        k += 1
    if k < len(an) and an.sentence_of[k] == an.sentence_of[hit.first] and an.surface[k][:1].isupper():
        words.append(an.stems[k])
    return bool(words) and all(w in stems for w in words)


_PARTICLES = frozenset({"de", "des", "du", "la", "le", "l", "d"})


def _question(fv: FieldView, index: int) -> bool:
    end = fv.an.sentences[index].end
    return fv.raw[end : end + 3].lstrip(" )»\"'").startswith("?")


def _owner(ctx: Context, fv: FieldView, hit: Hit) -> str | None:
    """Whose detail it is: the nearest owner word before it in the sentence (else after it): "yours" (you, your,
    vous, the person's or another member's name, "Luke's"), "ours" (our, notre, the brand's "Kiln & Kettle's", "call
    us", "appelez-nous", a phone
    number the reader is asked to call: "Call 0800…", "composez le…"; a business's premises before a street address:
    "held at the Leeds depot, 14 Mill Street", "au dépôt de Lyon, 14 rue des Forges"), or None."""
    an = fv.an
    sent = an.sentences[an.sentence_of[hit.first]]
    yours = _group(fv, "yours") | set(name_words(ctx.person or "")) | ctx.others
    ours = _group(fv, "ours")
    calls = _group(fv, "call") if hit.group == "phone" else frozenset()
    premises = _group(fv, "premises") if hit.group == "street" else frozenset()  # "au dépôt de Lyon, 14 rue…"
    brand = brand_words(ctx)

    def owner_at(i: int) -> str | None:
        hyphen = an.text[an.starts[i] - 1 : an.starts[i]] == "-"  # "appelez-nous", "rendez-vous"
        us = an.norms[i] == "nous" and (hyphen or (i > 0 and an.norms[i - 1] == "chez"))
        if an.norms[i] in ours or us or an.norms[i] in calls or an.norms[i] in premises:
            return "ours"
        if an.norms[i] in yours and not hyphen and not (an.norms[i] in ctx.others and not an.surface[i][:1].isupper()):
            return "yours"
        if an.norms[i] == "s" and i > 0 and an.surface[i - 1][:1].isupper() and an.text[an.starts[i] - 1] in "'’":
            return "ours" if an.norms[i - 1] in brand else "yours"  # "Kiln & Kettle's studio" is the brand's own
        return None

    if hit.group in ("phone", "email") and _channel(fv, hit, sent.first):
        return "ours"
    for i in range(hit.first - 1, sent.first - 1, -1):
        if (found := owner_at(i)) is not None:
            return found
    for i in range(hit.last, sent.last):
        if (found := owner_at(i)) is not None:
            return found
    return None


_NOUN_BEFORE = frozenset({"your", "my", "his", "her", "their", "a", "an", "the", "this", "that", "votre", "vos", "ton",
                          "ta", "tes", "son", "sa", "ses", "leur", "un", "une", "le", "la", "ce", "cet", "cette"})
"""Words that make a channel word a noun ("your email luke@…", "un contact : 06…"): the detail is then someone's."""
_OBJECT_BEFORE = frozenset({"vous", "te", "t"})
"""Pronouns before a channel verb that make the person its object ("nous avons essayé de vous joindre au 06…"): the
line is theirs."""


def _channel(fv: FieldView, hit: Hit, first: int) -> bool:
    """Whether a phone number or an e-mail address comes right after a word sending the reader to it, with only link
    words between ("email graduates@…", "can be reached on 020…", "écrivez à licences@…", "joignable au 01…"): a line or
    a mailbox to use is a channel, not a person's data. A channel word after a possessive or an article is a noun
    ("your email luke@…", "the contact 07700…"), and "email sent to luke@…" has a verb between: both still owned by
    the nearest owner word."""
    an = fv.an
    channel, links = _group(fv, "channel"), _group(fv, "channel-link")
    i = hit.first - 1
    while i >= first and an.norms[i] in links:
        i -= 1
    return (i >= first and an.norms[i] in channel
            and not (i > first and an.norms[i - 1] in _NOUN_BEFORE | _OBJECT_BEFORE))


_STAFF = "staff"
_STAFF_REACH = 4
"""Words between a colleague's name and the word of their job or of their dealing with the person ("the waiter who
served you on Friday, Callum", "notre mécanicien Sofiane", "c'est Mathis qui s'est occupé")."""
_PLACE_BEFORE = frozenset({"in", "at", "from", "on", "to", "of", "a", "à", "au", "aux", "de", "du", "des", "d", "en",
                           "sur", "chez", "pour", "rue", "street", "road", "avenue", "par", "via", "gamme", "marque",
                           "brand", "range", "label"})
"""Words before a capitalised word that make it a place, a day, a brand or a product ("in Bristol", "de Rennes", "passée
par Lyon", "la gamme Wella", "la marque Castrol")."""
_PLACE_AFTER = frozenset({"court", "street", "road", "lane", "avenue", "close", "square", "park", "place", "way",
                          "drive", "hill", "gardens", "green", "row", "farm", "mill"})
"""Capitalised words after a capitalised word that make the pair a place ("Maple Court", "Harbour Way")."""


def named_staff(ctx: Context, fv: FieldView) -> list[Hit]:
    """A colleague named in public in the account of what went wrong: a capitalised first name, inside a sentence that
    tells a failure or a blame ("made a mistake", "a oublié", "has been spoken to"; a name in praise passed on, "our
    barista Tom was thrilled", exposes nobody), within a few words of a job ("notre mécanicien Sofiane", "the crew on
    your delivery (Steve and Marek)") or of
    having dealt with the person ("c'est Mathis qui s'est occupé de votre vidange"), in a sentence that says no next
    step (a colleague named for what they will do, "Mathis vous appellera demain", helps). A word of the thread, the
    brand's or the signature's, a place ("in Bristol", "de Rennes") and a day or month are no colleague. At most one:
    trust is broken once."""
    if fv.kind not in PUBLIC:
        return []
    an = fv.an
    candidates = [i for i in fv.live_words() if _as_name(an.surface[i]) and i > an.sentences[an.sentence_of[i]].first]
    if not candidates:
        return []
    known = known_names(ctx)
    times = {i for h in fv.hits("time") for i in range(h.first, h.last)}
    candidates = [i for i in candidates if an.norms[i] not in known and i not in times
                  and an.norms[i - 1] not in _PLACE_BEFORE
                  and not _place_pair(an, i)]
    if not candidates:
        return []
    staff = fv.lex[_STAFF].find(an, fv.mask)
    if not staff:
        return []
    helping = {an.sentence_of[h.first] for h in fv.hits("next-step") + fv.hits("commitments")}
    failing = {an.sentence_of[h.first] for h in staff if h.group == "failure"}
    staff = [h for h in staff if h.group != "failure"]
    for i in candidates:
        sentence = an.sentence_of[i]
        if sentence in helping or sentence not in failing:
            continue
        near = [h for h in staff if an.sentence_of[h.first] == sentence
                and (0 <= h.first - i <= _STAFF_REACH + 1 or 0 <= i - h.last <= _STAFF_REACH)]
        if near:
            return [Hit(an.surface[i], _STAFF, i, i + 1, an.starts[i], an.ends[i])]
    return []


def _place_pair(an: Analysis, i: int) -> bool:
    """Whether a capitalised word is one of a place's pair ("Maple Court": either word)."""
    after = i + 1 < len(an.norms) and an.norms[i + 1] in _PLACE_AFTER and an.surface[i + 1][:1].isupper()
    return after or (an.norms[i] in _PLACE_AFTER and an.surface[i - 1][:1].isupper())


def _as_name(word: str) -> bool:
    """Whether a word is written as a first name: a capital, then small letters ("Callum", "Kévin"), three or more."""
    return len(word) >= 3 and word[0].isupper() and word[1:].islower() and word.isalpha()
