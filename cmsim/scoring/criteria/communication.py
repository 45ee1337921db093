"""Communication: the brand's charter, clarity without jargon, respect without condescension, a human voice (substance
lives in ``substance``, trust in ``trust``)."""

from __future__ import annotations

import re

from cmsim.model.params import ClarityParams, read_params
from cmsim.scoring.criteria.base import Context, Outcome, Params, Span, field_criterion, spans
from cmsim.scoring.criteria.calming import calming_moves
from cmsim.scoring.criteria.facts import find_term
from cmsim.scoring.criteria.feeling import owning
from cmsim.scoring.criteria.hostility import HOSTILITY_COSTS, hostile_penalties
from cmsim.scoring.criteria.penalty import penalty_score
from cmsim.scoring.criteria.readability import SWITCHED_SHARE, other_language, quoted, shouted, verbosity_cost
from cmsim.scoring.criteria.substance import ways_forward
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.names import name_words
from cmsim.scoring.text import fold

READS = ("public", "private", "post")
WRONG_PRONOUN = 20.0
"""Each of the first two pronouns against the charter (tu/vous)."""
EMOJI_OVER_SPARING, EMOJI_FORBIDDEN = 15.0, 25.0
"""Each emoji beyond a sparing charter, or under a no-emoji charter (without a cap)."""
SHOUT_COST = 10.0
"""Each word in capitals that shouts and each run of "!!" or "?!" (no brand's voice shouts; without a cap)."""
HASHTAG_COST = 10.0
"""Each hashtag past the first in a reply to a person (a post's hashtags are the post's business)."""
_HASHTAG = re.compile(r"(?<![\w#])#[^\W\d_]\w*")
AVOIDED_WORD = 25.0
"""Each word the charter says the brand never uses."""
NO_SIGNATURE = 25.0
SWITCHED_CHARTER = 0.2
"""What is left of the charter when a field is written in the thread's other language (an English reply to a French
customer: the brand does not speak to them in their language); a share, so that its other faults still order replies.
The reply is read in its own language by every other criterion (see ``cmsim.scoring.step_context.foreign_reading``);
here and in clarity the switch itself costs, with its words as evidence."""
NAME_MISSING = 20.0
"""A public reply under a naming rule that never names the person."""
NAME_RULE = 15.0
"""Naming against the charter's rule (a surname under first names, any name under 'none', half a full name)."""
_TU = frozenset({"tu", "te", "toi", "ton", "ta", "tes"})
_VOUS = frozenset({"vous", "votre", "vos"})


@field_criterion("charter", READS, soft_gate=True)
def charter(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Pronoun, names, emoji policy, signature and words to avoid, as the brand's charter says; no brand's voice
    shouts (capitals, "!!!")."""
    rules = ctx.brand.charter
    an = fv.an
    score = 100.0
    evidence: list[Span] = []
    missing: list[str] = []

    def fault(cost: float, first: int, last: int) -> None:
        nonlocal score
        score -= cost
        evidence.append((fv.id, an.starts[first], an.ends[last - 1], "-"))

    if ctx.lang == "fr" and rules.pronoun != "any" and not (rules.pronoun == "tu" and addresses_several(ctx, fv)):
        wrong = _VOUS if rules.pronoun == "tu" else _TU
        bad = [i for i, n in enumerate(an.norms) if n in wrong and not fv.mask[i]]
        for i in bad[:2]:
            fault(WRONG_PRONOUN, i, i + 1)
    emoji = an.emoji()
    allowed = {"none": 0, "sparing": 2, "free": 10**6}[rules.emoji]
    for i in emoji[allowed:]:
        fault(EMOJI_OVER_SPARING if rules.emoji == "sparing" else EMOJI_FORBIDDEN, i, i + 1)
    marks = shouted(ctx, fv)
    if len(marks) == 1 and fv.raw[marks[0][0] : marks[0][1]].isalpha():
        marks = []  # one word stressed in a calm text ("on répare GRATUITEMENT") is emphasis, not shouting
    for start, end in marks:
        score -= SHOUT_COST
        evidence.append((fv.id, start, end, "-"))
    if fv.kind in ("public", "private") and "#" in an.text:  # a run of hashtags under a person is a post pasted there
        for m in list(_HASHTAG.finditer(fv.raw[: len(an.text)]))[1:]:
            score -= HASHTAG_COST
            evidence.append((fv.id, m.start(), m.end(), "-"))
    for term in rules.avoid:
        found = find_term(fv, term)
        if found:
            score -= AVOIDED_WORD
            evidence.append((fv.id, found[0], found[1], "-"))
    if rules.signature and fv.kind in ("public", "post") and not fold(fv.raw.strip()).endswith(
        fold(rules.signature.strip())
    ):
        score -= NO_SIGNATURE
        missing.append(rules.signature)
    if ctx.person and rules.names in ("first_name", "none", "full_name"):
        words = ctx.person.split()
        surname = set(name_words(" ".join(words[1:])))
        parts = set(name_words(words[0])) | surname
        used = [i for i, n in enumerate(an.norms) if n in parts and not fv.mask[i]]
        if rules.names != "none" and not used and fv.kind == "public":
            score -= NAME_MISSING
            missing.append(ctx.person)
        if rules.names == "none" and used:
            fault(NAME_RULE, used[0], used[0] + 1)
        elif rules.names == "first_name" and surname and any(an.norms[i] in surname for i in used):
            i = next(i for i in used if an.norms[i] in surname)
            fault(NAME_RULE, i, i + 1)
        elif rules.names == "full_name" and surname and not parts <= {an.norms[i] for i in used}:
            score -= NAME_RULE
            missing.append(ctx.person)
    score = max(0.0, score)
    switched = other_language(ctx, fv)
    lacks = []
    if switched:
        score *= SWITCHED_CHARTER
        evidence.extend((fv.id, an.starts[i], an.ends[i], "-") for i in switched[:3])
        missing.append(ctx.lang)
        lacks.append(f"written-{ctx.lang}")  # the feedback names the switch ("Written in English on a French thread")
    return Outcome(score, sorted(evidence, key=lambda s: s[1]), missing, lacks=lacks)


_PLURAL_AFTER_VOUS = frozenset({"deux", "trois", "tous", "toutes"})


def addresses_several(ctx: Context, fv: FieldView) -> bool:
    """Whether the reply speaks to several people ("Léa, Malik, vous avez raison", "vous deux"): then "vous" is
    a plural, right under a tu charter too."""
    an = fv.an
    mine = set(name_words(ctx.person)) if ctx.person else set()
    named = {"person" if n in mine else n for i, n in enumerate(an.norms)
             if not fv.mask[i] and (n in mine or n in ctx.others) and an.surface[i][:1].isupper()}
    if len(named) >= 2:
        return True
    return any(n == "vous" and an.norms[i + 1] in _PLURAL_AFTER_VOUS for i, n in enumerate(an.norms[:-1]))


@field_criterion("clarity", READS)
def clarity(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Sentences of a readable length, enough words to say something, no jargon, no corporate padding."""
    an = fv.an
    max_words = read_params(params, ClarityParams).max_sentence_words
    out = penalty_score(fv, [(fv.distinct("jargon"), 20.0), (fv.distinct("padding"), 10.0)])
    for sent in an.sentences:
        words = sum(an.is_word[sent.first : sent.last])
        if words > max_words:
            out.score -= min(30.0, (words - max_words) * 2.0)
            out.evidence.append((fv.id, sent.start, sent.end, "-"))
    live = len(fv.live_words())
    if live < 8:
        out.score -= 5.0 * (8 - live)
    verbose = verbosity_cost(ctx, fv, params, out.evidence)
    out.score -= verbose
    if verbose or fv.length_factor < 1.0:
        out.lacks.append("shorter")  # the feedback says it is too long, never "too short to say anything"
    switched = other_language(ctx, fv)
    if switched:
        out.score *= SWITCHED_SHARE
        out.evidence.extend((fv.id, an.starts[i], an.ends[i], "-") for i in switched[:3])
        out.missing.append("fr" if ctx.lang == "fr" else "en")
        out.lacks.insert(0, f"written-{ctx.lang}")  # named first: the switch, not "too short" or "jargon"
    out.score = max(0.0, out.score)
    return out


SLIP_LEVEL, SLIP_SHARE = 40.0, 0.25
"""Respect of a reply that jabs but owns the problem and shows a way forward: what it lost under ``SLIP_LEVEL`` (one
blame's mark) counts at ``SLIP_SHARE``. Hand graders put "Tom, three weeks is too long. Wow, two whole emails, what
patience. DM me the order number and I'll check" at 45-55 on communication, over a civil stock reply (15-30) and
under the same reply without the jab (80-90): the reply did its job and spoilt it. The respect ceiling (15) held it at
about 19, under the stock reply; with its share it reads 30-40 and the ceiling about 45-55. Jabs keep their order."""


@field_criterion("respect", READS, merge="min", soft_gate=True)
def respect(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """No condescension, blame or defensiveness, and the register the brand asked for; the worst field counts.

    A jab in a reply that owns the problem (an apology or the feeling named, see :func:`.feeling.owning`) and shows a
    way forward (a step, a private channel: :func:`.substance.ways_forward`) is a slip in a reply that does its job:
    what it costs under :data:`SLIP_LEVEL` counts at :data:`SLIP_SHARE`, and the owning words are shown."""
    tone = ctx.brand.charter.tone
    penalties = hostile_penalties(ctx, fv, HOSTILITY_COSTS)
    jabs = len(penalties)
    if tone == "casual":
        penalties.append((fv.distinct("formal-markers"), 20.0))
    elif tone == "formal":
        penalties.append((fv.distinct("casual-markers"), 20.0))
    out = penalty_score(fv, penalties, jabs=jabs)
    if out.score >= SLIP_LEVEL or not any(hits for hits, _cost in penalties[:jabs]):
        return out
    owned = owning(ctx, fv, HOSTILITY_COSTS)
    if not owned or not ways_forward(ctx, fv):
        return out
    score = SLIP_LEVEL - SLIP_SHARE * (SLIP_LEVEL - out.score)
    return Outcome(score, sorted(out.evidence + spans(fv, owned), key=lambda s: s[1]))


_FIRST_PERSON = frozenset({"i", "me", "my", "je", "j", "moi", "mon", "ma", "mes"})


@field_criterion("voice", READS, soft_gate=True)
def voice(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """A human voice: someone speaks ("I"), warmly, to a named person; stock phrases sound like nobody (one quoted is
    mentioned, not used: "pas de « merci pour votre retour » ici")."""
    an = fv.an
    evidence: list[Span] = []
    points = 0
    parts: list[str] = []  # what of a human voice the reply lacks ("me", "warmth", "name"): the feedback asks for those
    formal = ctx.brand.charter.tone == "formal"
    if not formal:
        me = next((i for i, n in enumerate(an.norms) if n in _FIRST_PERSON and not fv.mask[i]), None)
        if me is not None:
            points += 1
            evidence.append((fv.id, an.starts[me], an.ends[me], "+"))
        else:
            parts.append("me")
        dismissive = fv.hits("reassurance")
        warm = [h for h in calming_moves(ctx, fv) if not any(d.first <= h.first < d.last for d in dismissive)][:2]
        if warm:
            points += 1
            evidence.append((fv.id, warm[0].start, warm[0].end, "+"))
        else:
            parts.append("warmth")
    else:
        points += 2 - min(2, len(fv.distinct("casual-markers")))
    if ctx.person:
        named = find_term(fv, ctx.person.split()[0])
        if named:
            points += 1
            evidence.append((fv.id, named[0], named[1], "+"))
        else:
            parts.append("name")
    else:
        points += 1
    stock = [h for h in fv.distinct("stock-phrases") if not quoted(fv, h.start, h.end)]
    evidence.extend((fv.id, h.start, h.end, "-") for h in stock)
    lacks = ["stock"] if stock else []  # what lowers a voice that does speak: the formulas, not "nobody"
    if formal:  # its points are its register and no stock phrase: no "I" or warmth is asked, a name may be missing
        if not any(span[3] == "+" for span in evidence):
            lacks.append("unnamed" if ctx.person else "register")
    elif ctx.person is None:  # nobody to name: the text neither praises nor asks for a name ("solo-…")
        lacks.append("-".join(["solo", *parts]))
    elif parts:  # "say 'I', name them" beside "Megan, …" asked for what the reply does
        lacks.append("-".join(parts))
    return Outcome(max(0.0, 40.0 + 20.0 * points - 25.0 * len(stock)), evidence, lacks=lacks)

