"""Calm: no insults, contempt, sarcasm, threats, blame or shouting; what is at stake for an upset person named. Its
de-escalating moves and courtesy are read in :mod:`cmsim.scoring.criteria.warmth`."""

from __future__ import annotations

import re

from cmsim.model.params import HostilityParams, read_params
from cmsim.scoring.capitals import names, sources_in_capitals
from cmsim.scoring.criteria.base import NOT_APPLICABLE, Context, Outcome, Params, field_criterion, step_criterion
from cmsim.scoring.criteria.calming import CONSOLATION_COST, POLICING_COST, UNDERCUT_COST, undercuts
from cmsim.scoring.criteria.consolation import CONSOLATION
from cmsim.scoring.criteria.correction import CORRECTION_COST, corrections
from cmsim.scoring.criteria.doubts import DOUBT_QUESTION_COST, doubt_questions
from cmsim.scoring.criteria.facts import fact_coverage, facts_to_check
from cmsim.scoring.criteria.hostility import HOSTILITY_COSTS, POLICING, hostile_penalties, upset
from cmsim.scoring.criteria.insinuation import INSINUATION_COST, insinuations
from cmsim.scoring.criteria.moderation import REMOVAL_COST, removal_warnings
from cmsim.scoring.criteria.moves import pitches
from cmsim.scoring.criteria.penalty import penalty_score
from cmsim.scoring.criteria.precaution import RULE_ADVICE_COST, rule_advice
from cmsim.scoring.criteria.recital import RECITAL_COST, recitals
from cmsim.scoring.criteria.retorts import RETORT_COST, retorts
from cmsim.scoring.integrity import FieldView

_RUN = re.compile(r"[!?][!?]+")  # "[!?]{2,}", opening on a class the engine scans for fast
READS = ("public", "private")



NOTE_JAB_SHARE = 0.75
"""Share of a jab's price that a hostile internal note beside a reply costs calm (one jab at most)."""


SELLING_COST = 40.0
"""What a pitch (an offer with a figure or a call to action) costs calm in a reply to someone upset: "our new range just
dropped, 20% off" answers a complaint by selling, as a defensive line does by justifying."""
DEFLECTION = "deflection"
DEFLECTION_COST = 50.0
"""What passing the fault to a third party costs calm ("c'est l'ESF qui décide, pas nous", "a seasonal hire who isn't
trained yet", "the delay is on the freight side, not ours"), a little under a blame (60): hand graders put a fault
passed to a supplier or a new colleague (35–45) above an attack on the customer (5–25). Calm's own family, which
listening's regard and communication's respect do not read (it attacks no one in the thread)."""
MINIMISING = "minimising"
MINIMISING_COST = 40.0
"""What making a hurtful incident small costs calm ("un moment d'humour maladroit, sans aucune intention de blesser",
"we understand the video may have caused offence"), a defensive line's price; calm's own (read by communication's
respect as well, it lost pairs there)."""
CALM_COSTS = {**HOSTILITY_COSTS, DEFLECTION: DEFLECTION_COST, POLICING: POLICING_COST, CONSOLATION: CONSOLATION_COST,
              MINIMISING: MINIMISING_COST}
"""Calm's price list: the shared one and calm's own families."""
NOT_IN_NOTES = frozenset({"insults", "mock-praise", "mocking-emoji", "siding", DEFLECTION, POLICING, CONSOLATION})
"""Families not read in a note to colleagues: it reports who said what ("a troll is asking for the unblurred one"),
praises the team ("great job") and briefs it ("as a reminder, the ticket stays open"); its contempt, blame, sarcasm or
condescension are the note's own."""


@field_criterion("hostility", (*READS, "internal"), merge="min", length_gated=False, finding="hostility")
def hostility(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Insults, threats, contempt, blame, sarcasm, condescension, defensiveness and mocking emoji cost points.

    The worst field counts: one hostile field makes a hostile reply. An internal note beside a reply counts only when
    it attacks (a note sneering at the customer or the team to a colleague is no calmer for being private); a terse
    note ("RAS.") attacks nobody and is not read for calm.
    """
    costs = dict(CALM_COSTS)
    costs.update(read_params(params, HostilityParams).costs)
    beside = fv.kind == "internal" and any(v.kind in READS for v in ctx.fields)
    if beside:
        costs = {name: cost for name, cost in costs.items() if name not in NOT_IN_NOTES}
    penalties = hostile_penalties(ctx, fv, costs)
    if fv.kind != "internal" and upset(ctx):  # a promo pushed at someone upset brushes their problem aside
        penalties = [*penalties, (pitches(fv)[0], SELLING_COST), (recitals(fv), RECITAL_COST),
                     (rule_advice(ctx, fv), RULE_ADVICE_COST), (removal_warnings(fv), REMOVAL_COST),
                     (corrections(fv), CORRECTION_COST)]
    if fv.kind != "internal":
        penalties = [*penalties, (undercuts(ctx, fv), UNDERCUT_COST), (retorts(fv), RETORT_COST),
                     (doubt_questions(fv), DOUBT_QUESTION_COST), (insinuations(fv), INSINUATION_COST)]
    if beside:
        if not any(h for h, _ in penalties):
            return NOT_APPLICABLE
        # one jab at most, at a share of its price: the note's every jab is teamwork's (colleague-regard); for calm
        # the temper slipped where the customer does not read it, which hand graders judge less harshly than in public
        hits, cost = max(((h[:1], cost) for h, cost in penalties if h), key=lambda p: p[1])
        penalties = [(hits, cost * NOTE_JAB_SHARE)]
    return penalty_score(fv, penalties, jabs=len(penalties))


@step_criterion("stakes", READS)
def stakes(ctx: Context, fields: list[FieldView], params: Params) -> Outcome:
    """In a reply to someone upset, the share of their situation it names in its own words (the delay, the sum, the
    child, the deadline): hand graders put a reply that says what is at stake for the person above a civil one that
    speaks of the brand's processes, volumes and rules (90 against 20–40 on calm). Not read when nobody is upset."""
    if not upset(ctx) or not facts_to_check(ctx)[0]:
        return NOT_APPLICABLE
    coverage = fact_coverage(ctx, fields)
    return Outcome(100.0 * coverage.ratio, coverage.evidence)


def shouting_marks(fv: FieldView, ctx: Context) -> list[tuple[int, int]]:
    """Character spans of words in capitals and of runs like ``!!!`` or ``?!``; a word in capitals that names
    something ("IBAN", « SNCF », "COVID-19", a name the thread writes so) is none (:mod:`cmsim.scoring.capitals`)."""
    an = fv.an
    function = fv.lex["function-words"].words
    loud = [
        i for i, tok in enumerate(an.surface)
        if tok.isupper() and an.is_word[i] and not fv.mask[i] and tok.isalpha()  # most words fail the first test
        and (len(tok) >= 4 or (len(tok) == 3 and an.norms[i] in function))
    ]
    if loud:
        sources = sources_in_capitals(ctx.thread, ctx.brief, (ctx.brand.name, ctx.brand.handle), fv.lex)
        loud = [i for i in loud if not names(an, i, fv.lex, sources)]
    marks = [(an.starts[i], an.ends[i]) for i in loud]
    marks.extend((m.start(), m.end()) for m in _RUN.finditer(fv.raw[: len(an.text)]))
    return sorted(marks)


CAPS_COST = 15.0
"""What each word in capitals costs (up to :data:`CAPS_MAX`); capitals in most of the words cap the score at
:data:`CAPS_SHARE_CAP`."""
CAPS_MAX = 60.0
CAPS_SHARE = 0.3
CAPS_SHARE_CAP = 20.0
RUN_COST = 25.0
"""What each run of ``!!`` or ``?!`` costs (up to :data:`RUN_MAX`)."""
RUN_MAX = 50.0
EMOJI_ALLOWANCE = {"none": 0, "sparing": 2, "free": 6}
"""Emoji a field may carry under each charter policy before they read as noise ("free" is not a licence to flood)."""
EMOJI_COST = 8.0
"""What each emoji beyond the charter's allowance costs, without a cap."""


@field_criterion("shouting", READS, merge="min", length_gated=False, finding="hostility")
def shouting(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Words in capitals, runs of ``!!!`` or ``?!``, and emoji beyond the charter's allowance read as shouting."""
    marks = shouting_marks(fv, ctx)
    runs = [m for m in marks if not fv.raw[m[0] : m[1]].isalpha()]
    caps = len(marks) - len(runs)
    words = max(1, len(fv.live_words()))
    score = 100.0 - min(CAPS_MAX, CAPS_COST * caps)
    if caps > CAPS_SHARE * words:
        score = min(score, CAPS_SHARE_CAP)
    score -= min(RUN_MAX, RUN_COST * len(runs))
    evidence = [(fv.id, start, end, "-") for start, end in marks]
    an = fv.an
    extra = an.emoji()[EMOJI_ALLOWANCE[ctx.brand.charter.emoji]:]
    score -= EMOJI_COST * len(extra)
    evidence.extend((fv.id, an.starts[i], an.ends[i], "-") for i in extra)
    return Outcome(max(0.0, score), sorted(evidence, key=lambda s: s[1]))
