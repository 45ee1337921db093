"""What a reply cannot grant: a change to the whole service announced in a comment, a rule waived for one person.

Hand graders put "we've banned him and we're changing the default to private for everyone from tomorrow", "nous
changeons tout notre système dès cette semaine" and "since it's our leak, you're exempt from the ban" at 14-20 on
communication: the community manager decides in public what nobody decided, for everyone, by a date; the promise will
be broken in front of everyone, or the rule the others keep is waived for the loudest. Trust reads it as broken, as it
reads a gain promised to everyone (priced as a promise, 65, the replies kept their place above stock ones: 5 pairs
against 16)."""

from __future__ import annotations

from cmsim.scoring.criteria.base import Context
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit
from cmsim.scoring.wordsets import group_words

LEXICON = "overreach"
_SPEAKERS = ("first-person-acts", "subjects")
"""Where the first person's subjects are listed (we, I; nous, on, je)."""
_NEGATION_REACH = 3
_OBJECT_REACH = 2
"""Tokens after a change word within which the person's possessive makes it a change for them ("removing your email
from all our lists", "je supprime votre adresse de tous nos fichiers")."""
_DONE = ("ed", "é", "ée", "és", "ées")
"""Endings of a change already made ("we changed", "nous avons retiré"): an account, not a promise."""


def overreach(ctx: Context, fv: FieldView) -> list[Hit]:
    """In a reply (not a post, which announces what the brand decided), the change of the whole service a first
    person announces with its scope and its date in one sentence ("we're changing the default to private for everyone
    from tomorrow"), and a rule waived for the person ("you're exempt from the ban"); a denied one ("you're not
    exempt", "we won't change it for everyone") grants nothing, nor does a change of the person's own things ("I'm
    removing your email from all our lists today", group ``yours`` just after the change word) or one relayed as
    already announced ("as announced, we're changing the hours in all our stores from next week", group
    ``announced``). One at most per kind."""
    if fv.kind not in ("public", "private"):
        return []
    found = fv.hits(LEXICON)
    if not found:
        return []
    an = fv.an
    negation = fv.lex["negation"].words

    def denied(h: Hit) -> bool:
        return bool(negation.intersection(an.norms[max(0, h.first - _NEGATION_REACH) : h.first]))

    out = [h for h in found if h.group == "exemption" and not denied(h)][:1]
    scoped = {an.sentence_of[h.first] for h in found if h.group == "scope"}
    dated = {an.sentence_of[h.first] for h in found if h.group == "when"}
    dated |= {an.sentence_of[h.first] for h in fv.hits("time")}
    me = group_words(fv.lex[_SPEAKERS[0]], _SPEAKERS[1])
    spoken = {an.sentence_of[i] for i, n in enumerate(an.norms) if n in me and not fv.mask[i]}
    relayed = {an.sentence_of[h.first] for h in found if h.group == "announced"}
    owned = {h.first for h in found if h.group == "yours"}
    decided = (scoped & dated & spoken) - relayed
    changes = [h for h in found if h.group == "change" and an.sentence_of[h.first] in decided
               and not denied(h) and not an.surface[h.last - 1].lower().endswith(_DONE)
               and not owned.intersection(range(h.last, h.last + _OBJECT_REACH))]
    return sorted(out + changes[:1], key=lambda h: h.first)
