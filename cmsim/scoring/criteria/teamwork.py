"""Teamwork: the right team, the facts it needs (who, what, when, reach, urgency), a holding line."""

from __future__ import annotations

from functools import lru_cache

from cmsim.model.params import TeamRoutingParams, read_params
from cmsim.scoring.criteria.acts import first_person_acts
from cmsim.scoring.criteria.base import (
    NOT_APPLICABLE,
    Context,
    Outcome,
    Params,
    Span,
    field_criterion,
    spans,
    step_criterion,
)
from cmsim.scoring.criteria.calm import shouting_marks
from cmsim.scoring.criteria.facts import facts_to_check, find_term
from cmsim.scoring.criteria.hostility import HOSTILITY_COSTS, hostile_penalties
from cmsim.scoring.criteria.listening import promised_sentences, standing_steps
from cmsim.scoring.criteria.moves import outside
from cmsim.scoring.criteria.penalty import penalty_score
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit, Lexicons
from cmsim.scoring.names import name_words
from cmsim.scoring.text import fold
from cmsim.scoring.wordsets import all_terms, group_terms, term_groups

READS = ("internal",)
WRONG_TEAM = 20.0
"""A note that reaches a team, but not one the problem belongs to."""
UNKNOWN_TEAM = 50.0
"""A note addressed to a team the lexicon does not know ("Facilities: …"): a team is reached, whether it owns the
problem the scorer cannot tell (a known team that does not own it scores :data:`WRONG_TEAM`)."""
HEADER_WORDS = 3
ANSWERED_ONLY = 10.0
"""Holding line of a reply that answers the person but says nothing of what happens while the team works: a little
more than silence (20 lowered the held-out figure)."""
PROMISED_HOLD = 40.0
"""Holding line of a reply whose only steps stand in a promise the brand cannot keep ("fixed within the hour,
guaranteed", "plus jamais ça : on contrôle toutes nos trottinettes dès ce soir") or in concessions piled up blind:
the community hears something, but the team is committed in public to what it may not deliver (graded 20-40 on
teamwork, held the line at 80 before). 10 and 60 did less well on the tuning split than 40."""
ELEMENTS = ("who", "what", "when", "reach", "urgency")


@field_criterion("team-routing", READS)
def team_routing(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """The note reaches the team(s) that own the problem. In a reply to the customer, a team is involved when it is
    named in a sentence saying the brand acts ("our security team is checking it now", "j'ai prévenu l'équipe
    qualité"), not when its topic is merely mentioned ("we were not hacked"). A note addressed to a team no lexicon
    knows ("Facilities: …", see :func:`_addressed`) reaches a team the scorer cannot judge: :data:`UNKNOWN_TEAM`."""
    hits = fv.distinct("teams")
    if fv.kind != "internal":
        sentence_of = fv.an.sentence_of
        acting = {sentence_of[h.first] for name in ("commitments", "next-step") for h in fv.hits(name)}
        acting |= {sentence_of[h.first] for h in first_person_acts(fv)}  # "on bloque la 4471 et l'équipe qualité…"
        hits = [h for h in hits if sentence_of[h.first] in acting]
    named = sorted({h.group for h in hits})
    wanted = list(ctx.expect.teams) or list(read_params(params, TeamRoutingParams).teams)
    if not wanted:
        return Outcome(100.0 if named else 0.0, spans(fv, hits), [] if named else ["team"])
    right = [t for t in wanted if t in named]
    good = [h for h in hits if h.group in wanted]
    score = 100.0 * len(right) / len(wanted)
    if not right and named:
        score = WRONG_TEAM
    if not named and fv.kind == "internal":
        header = _addressed(ctx, fv)
        if header:
            return Outcome(UNKNOWN_TEAM, [(fv.id, header[0], header[1], "+")], [t for t in wanted])
    return Outcome(score, spans(fv, good), [t for t in wanted if t not in named])


@lru_cache(maxsize=4)
def _header_flags(lex: Lexicons) -> frozenset[str]:
    """Single words that open a note without naming who it is for: labels (``note-labels``: "FYI", "Note", "Rappel"),
    and the handover lexicon's flags of urgency ("URGENT") and people affected ("Cliente")."""
    handover = [*group_terms(lex["handover"], "urgency"), *group_terms(lex["handover"], "who")]
    return frozenset(fold(term) for term in [*handover, *all_terms(lex["note-labels"])] if " " not in term)


def _addressed(ctx: Context, fv: FieldView) -> tuple[int, int] | None:
    """The header a note opens on to say who it is for ("Facilities: …", "Atelier portails : merci de…"): up to
    :data:`HEADER_WORDS` words before a colon, the first capitalised, none a function word, a label or a flag (see
    :func:`_header_flags`: "FYI:", "Note :", "URGENT:", "Cliente :") or the name of someone in the thread."""
    an = fv.an
    function = fv.lex["function-words"].words
    flags = _header_flags(fv.lex)
    people = {p for name in [ctx.person or "", *ctx.people] for p in name_words(name)}
    for k in range(min(HEADER_WORDS, len(an.norms))):
        if (not an.is_word[k] or an.norms[k] in function or an.norms[k] in flags or an.norms[k] in people
                or not (k or an.surface[k][:1].isupper())):
            return None
        if fv.raw[an.ends[k] : an.ends[k] + 2].lstrip(" ").startswith(":"):
            return an.starts[0], an.ends[k]
    return None


@field_criterion("handover-facts", READS)
def handover_facts(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """The note says who is affected, what happened, since when, how visible it is and how urgent."""
    handover = fv.hits("handover")
    found: dict[str, Span] = {}
    for hit in handover:
        for group in _groups_of(fv, hit):
            if group in ELEMENTS and group not in found:
                found[group] = (fv.id, hit.start, hit.end, "+")
    wanted, _derived = facts_to_check(ctx)
    for alternatives in wanted:
        span = next((s for s in (find_term(fv, a, fact=True) for a in alternatives) if s), None)
        if span:
            found["what"] = (fv.id, span[0], span[1], "+")
            break
    if "who" not in found:
        names = ([ctx.person] if ctx.person else []) + ctx.people
        named = (find_term(fv, name.lstrip("@").split()[0]) for name in names if name.strip("@ "))
        span = next((s for s in named if s), None)
        if span:
            found["who"] = (fv.id, span[0], span[1], "+")
    score = 100.0 * len(found) / len(ELEMENTS)
    partial = ["more"] if 0 < len(found) < len(ELEMENTS) else []  # never "say who…" beside the who it gives
    return Outcome(score, [found[k] for k in ELEMENTS if k in found], [k for k in ELEMENTS if k not in found],
                   lacks=partial)


def _groups_of(fv: FieldView, hit: Hit) -> list[str]:
    """Every element a handover term is listed under: "today" says both since when and how urgent."""
    return sorted(term_groups(fv.lex["handover"], fv.an.stems[hit.first], hit.term)) or [hit.group]


@step_criterion("holding-line", ("internal", "public", "private"))
def holding_line(ctx: Context, fields: list[FieldView], params: Params) -> Outcome:
    """While the team works, nobody is left in silence: say so in the note, or answer the person saying what the brand
    is doing, or what a team of ours is doing (:func:`_colleagues_acting`). A reply that answers but says nothing of
    what happens earns :data:`ANSWERED_ONLY`, and the feedback asks for what is happening, never says nobody answers. A
    step said only inside a promise the brand cannot keep
    (as listening's next step reads it, :func:`listening.promised_sentences`) earns :data:`PROMISED_HOLD`.

    A note saying the outcome was announced in public ("I have told Amara publicly why she was rejected", "j'ai dit
    publiquement que le fichier était effacé") tells that the public reply closed the case: its acts ("I have checked
    with our recruitment team: …") hold no line."""
    closed = False
    for fv in fields:
        if fv.kind == "internal":
            accompli = fait_accompli(fv)
            closed = closed or any(h.group == ANNOUNCED for h in accompli)
            announced = {fv.an.sentence_of[h.first] for h in accompli}
            held = [h for h in fv.hits("handover")
                    if h.group == "holding" and fv.an.sentence_of[h.first] not in announced]
            if held:
                return Outcome(100.0, spans(fv, held[:1]))
    for fv in fields:
        if fv.kind in ("public", "private") and not fv.empty and not closed:
            # a step as listening reads it: "don't miss tomorrow's keynote at 9am" sells, "no refund" refuses
            moves = standing_steps(ctx, fv, fv.distinct("next-step")) or _acting(fv) or _colleagues_acting(fv)
            promises, promised = promised_sentences(fv)
            kept = [h for h in moves if fv.an.sentence_of[h.first] not in promised]
            if kept:
                return Outcome(80.0, spans(fv, kept[:1]))
            if moves:  # "on contrôle toutes nos trottinettes dès ce soir, c'est garanti !": the promise is quoted
                return Outcome(PROMISED_HOLD, spans(fv, promises[:1], "-"), ["holding line"], lacks=["promised"])
    answered = [fv for fv in fields if fv.kind in ("public", "private") and not fv.empty and fv.an.sentences]
    if answered:  # the person is answered, but not told what happens while the team works
        first = answered[0].an.sentences[0]
        return Outcome(ANSWERED_ONLY, [(answered[0].id, first.start, first.end, "+")], ["holding line"],
                       lacks=["doing"])
    return Outcome(0.0, missing=["holding line"])


_OURS = frozenset({"our", "notre", "nos"})
"""The possessive that makes a team named in a reply one of the brand's ("our devs", "notre responsable qualité")."""
_TO_YOU = frozenset({"you", "it", "vous", "te", "t", "en"})
"""Words after a team of ours that aim its act at the person or the case ("… is contacting you", "… vous contacte",
"… are on it", "… s'en occupe"): not a possessive ("à votre disposition"), which describes the team, not an act."""
_REACH = 4
"""Words after the team within which its act must reach the person or the case."""


def _colleagues_acting(fv: FieldView) -> list[Hit]:
    """Where the reply says a colleague or team of the brand is acting on the case now: one of our teams as subject
    ("our devs are on it", "notre responsable qualité vous contacte en MP"), then within :data:`_REACH` words (a
    "team" word counted) a pronoun for the person or the case, outside a question. A team the person is sent to
    ("please contact our customer care team") or one described ("notre service client reste à votre disposition",
    "our quality team tests every machine") holds no line. Graders put "notre responsable qualité vous contacte en
    MP" (teamwork 52) above replies holding the line only by wild promises; the first person's acts never read it."""
    an = fv.an
    out: list[Hit] = []
    for h in fv.distinct("teams"):
        sent = an.sentences[an.sentence_of[h.first]]
        ours = [i for i in range(max(sent.first, h.first - 2), h.first) if an.norms[i] in _OURS]
        if not ours:  # "our customer care team"
            continue
        if fv.raw[sent.end : sent.end + 3].lstrip(" )»\"'").startswith("?"):
            continue
        aim = next((i for i in range(h.last, min(sent.last, h.last + _REACH)) if an.norms[i] in _TO_YOU), None)
        if aim is not None:  # quoted whole, team to act: "notre équipe technique s'en occupe", not "technique"
            last = aim + 1 if fv.lex.lang == "fr" and aim + 1 < sent.last and an.is_word[aim + 1] else aim
            start, end = an.starts[ours[0]], an.ends[last]
            out.append(Hit(an.text[start:end], h.group, h.first, h.last, start, end))
    return out


def _acting(fv: FieldView) -> list[Hit]:
    """What the brand says it is doing, as listening's next step reads it: a commitment ("we'll check it") or a first
    person acting in any verb ("on bloque la 4471"), stock phrases excluded."""
    stock = fv.hits("stock-phrases") + fv.hits("defensive")
    return outside(fv.distinct("commitments") + first_person_acts(fv), stock)


_TEAM_ADDRESS = frozenset({"you", "your", "vous", "votre", "vos", "tu", "ton", "ta", "tes"})
_NOT_CUSTOMERS = frozenset({"he", "she", "they", "il", "elle", "ils", "elles", "two", "three", "several", "others",
                            "deux", "trois", "plusieurs", "autres"})
"""Words of the handover "who" list that may as well name a colleague ("he broke it again") or only count people."""


def _reports_on_people(ctx: Context, fv: FieldView) -> set[int]:
    """Sentences of a note that report on the customer or the thread's people ("the customer is now complaining
    publicly", "elle menace de porter plainte") without speaking to the team: what they say or do is information for
    the team, not a jab at it."""
    an = fv.an
    people = {p for name in [ctx.person or "", *ctx.people] for p in name_words(name) if len(p) > 1}
    about = {an.sentence_of[h.first] for h in fv.hits("handover")
             if h.group == "who" and an.norms[h.first] not in _NOT_CUSTOMERS and not an.norms[h.first].isdigit()}
    about |= {an.sentence_of[i] for i, n in enumerate(an.norms) if n in people}
    return {s for s in about
            if not _TEAM_ADDRESS.intersection(an.norms[an.sentences[s].first : an.sentences[s].last])}


COLLEAGUE_COSTS = {name: HOSTILITY_COSTS[name] for name in (
    "blame", "contempt", "condescension", "sarcasm", "rhetorical", "dismissal", "threats", "profanity")}
BUCK_PASSING = 60.0
"""What dropping the problem on the team costs ("à vous de voir", "not my problem"), as a dismissal does."""
"""The jabs a note aims at the team it writes to. Insult words are left out: a note reports who said what ("a troll
is asking for the unblurred screenshot"), which is information for the team, not an attack on it."""
SHOUTED_SHARE = 0.3
"""Capitals in more than this share of a note's words are shouting; fewer are a flag ("URGENT: …")."""


@field_criterion("colleague-regard", READS, merge="min")
def colleague_regard(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Teamwork is owed to colleagues too: a note that blames, belittles or shouts at the team it hands over to
    ("vous avez encore tout cassé", "FIX IT NOW!!!") or drops the problem on it ("à vous de voir") makes the team
    defensive instead of helpful.

    A guard: applicable only when it happens, so it never dilutes the other teamwork criteria; then it scores 0 (a
    guard must never raise a weak note's mean) and the rubric's ceiling caps teamwork."""
    reports = _reports_on_people(ctx, fv)
    penalties = [([h for h in hits if fv.an.sentence_of[h.first] not in reports], cost)
                 for hits, cost in hostile_penalties(ctx, fv, COLLEAGUE_COSTS)]
    penalties.append((fv.distinct("buck-passing"), BUCK_PASSING))
    marks = shouting_marks(fv, ctx)
    caps = [m for m in marks if fv.raw[m[0] : m[1]].isalpha()]
    runs = [m for m in marks if m not in caps]
    loud = runs + (caps if len(caps) > SHOUTED_SHARE * max(1, len(fv.live_words())) else [])
    accompli, framing = fait_accompli(fv), customer_framing(fv)
    if not loud and not any(hits for hits, _cost in penalties) and not accompli and not framing:
        return NOT_APPLICABLE
    jabbed = bool(loud) or any(hits for hits, _cost in penalties)
    penalties += [(accompli, FAIT_ACCOMPLI), (framing, CUSTOMER_FRAMING)]
    evidence = penalty_score(fv, penalties).evidence + [(fv.id, start, end, "-") for start, end in loud]
    framed = ["at-fault" if all(h.group == "at-fault" for h in framing) else "framing"] if framing else []
    lacks = [] if jabbed else framed + ["promised"] * bool(accompli)
    score = PROMISED_ONLY if lacks == ["promised"] else 0.0
    return Outcome(score, sorted(evidence, key=lambda e: e[1]), lacks=lacks[:1])


FAIT_ACCOMPLI = 60.0
"""What a promise handed to the team to honour costs ("I've promised him his templates by tomorrow, please make it
happen", "je lui ai promis, merci de faire le nécessaire"): the team is told what it must deliver instead of asked
what it can, as dropping the problem on it is (graded 24-40 in the tuning split, scored up to 68 before)."""
PROMISED_ONLY = 10.0
"""The guard's score when a promise handed over is all it found: the team is reached and the facts are there, so the
note is capped a little higher (ceiling + this) than a jab or a nuisance (graded 24-40 against 4-15 for those)."""
CUSTOMER_FRAMING = 60.0
"""What presenting the customer as a nuisance or a sales opportunity costs ("can someone answer this guy?", "good
upsell opportunity"): the note hands over no case, only a view of the customer (graded 4-15, scored up to 51)."""


_OF_KIND = frozenset({"de"})
"""A word before "ce type" that makes it a kind, not a person: "des images de ce type" is no "quelqu'un peut répondre à
ce type ?" (English lists "this guy", which has no such reading)."""


def customer_framing(fv: FieldView) -> list[Hit]:
    """The customer as a nuisance or an opportunity (``customer-framing.yaml``), or the case closed on the customer's
    fault ("RAS, erreur de la cliente") in a note that asks the team nothing: no question, no request, no urgency."""
    an = fv.an
    found = [h for h in fv.distinct("customer-framing")  # "images de ce type": of this kind, not "this guy"
             if not (h.term == "ce type" and h.first > 0 and an.norms[h.first - 1] in _OF_KIND)]
    if not any(h.group == "at-fault" for h in found):
        return found
    asks = "?" in fv.raw or fv.hits("requests") or any(h.group == "urgency" for h in fv.hits("handover"))
    return [h for h in found if h.group != "at-fault" or not asks]


def fait_accompli(fv: FieldView) -> list[Hit]:
    """A note's promises made in the brand's name that the team must now honour ("j'ai promis à la cliente
    remboursement + réimpression. Merci de suivre."), unless the note bounds what was said anywhere ("in public I've
    only promised a review, nothing on refunds"): then it reports the line it holds (``fait-accompli.yaml``). A
    promise of an answer ("I've promised him an answer by 3pm") is the community manager's to keep."""
    found = fv.hits("fait-accompli")
    if not found or any(h.group == "bounded" for h in found):
        return []
    answers = {fv.an.sentence_of[h.first] for h in found if h.group == "answer"}  # "promised him an answer by 3pm"
    return [h for h in found if h.group in (PROMISED, ANNOUNCED) and fv.an.sentence_of[h.first] not in answers]


PROMISED, ANNOUNCED = "promised", "announced"
"""The groups of ``fait-accompli.yaml`` a note hands over: a promise to honour, an outcome announced in public ("I have
told her publicly why she was rejected")."""
