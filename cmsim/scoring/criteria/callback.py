"""French "rappeler" after a first person: calling the person back ("on vous rappelle demain", an act of its own beside
its day) or reminding them of something ("je vous rappelle que…", a position). Read by the first-person acts
(:mod:`cmsim.scoring.criteria.acts`) and by listening's next step."""

from __future__ import annotations

from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit
from cmsim.scoring.text import fold

CALL_BACK = "rappel"
"""The stem of French "rappeler": "je vous rappelle que…" reminds (a position, in the stance words), "on vous rappelle
demain" calls the person back (an act)."""
_TO_THE_PERSON = frozenset({"vous", "te", "t"})
_WHEN = frozenset({"des", "aussitot", "sitot", "avant", "apres", "pendant", "maintenant"})
"""Words that make "que" a time ("dès que", "avant que"), not what is recalled."""
_DETERMINERS = frozenset({"le", "la", "les", "l", "votre", "vos", "ton", "ta", "tes", "notre", "nos", "ce", "cet",
                          "cette", "ces", "un", "une", "des", "du", "de", "d", "leur", "leurs"})


_RECALL_REACH = 6
"""Words after "rappeler" within which a "que" makes it a reminder ("je vous rappelle tout de même que…", "nous
rappelons à tous nos clients que…")."""
_NOT_RECALLED = _WHEN | {"ce"}
"""Words before "que" that make it no reminder: a time ("dès que") or a relative ("on vous rappelle pour voir ce
que…")."""


def recalls(fv: FieldView, k: int) -> bool:
    """Whether a "que" (not a time's, "dès que", nor a relative's, "ce que") follows "rappeler" at ``k`` in its
    sentence, unless a time comes right after the verb ("on vous rappelle demain pour voir ce qu'on peut faire")."""
    an = fv.an
    if any(h.first == k + 1 for h in fv.hits("time")):
        return False
    ahead = [an.norms[j] for j in range(k + 1, min(len(an.norms), k + 1 + _RECALL_REACH))
             if an.sentence_of[j] == an.sentence_of[k]]
    return any(n in ("que", "qu") and (j == 0 or fold(ahead[j - 1]) not in _NOT_RECALLED) for j, n in enumerate(ahead))


def calls_back_at(fv: FieldView, k: int) -> bool:
    """Whether "rappeler" at ``k`` calls the person back: the person as its object just before it ("on vous rappelle",
    "je te rappelle"), and no "que" after it in the clause ("je vous rappelle que…", "nous vous rappelons par ailleurs
    que…" remind)."""
    an = fv.an
    if fv.lex.lang != "fr" or not an.stems[k].startswith(CALL_BACK) or not k or an.norms[k - 1] not in _TO_THE_PERSON:
        return False
    if recalls(fv, k):
        return False  # "je vous rappelle que…" reminds; "on vous rappelle dès que…" calls back when something is done
    ahead = [an.norms[j] for j in range(k + 1, min(len(an.norms), k + 4)) if an.sentence_of[j] == an.sentence_of[k]]
    # "on vous rappelle les conditions": something recalled to the person; "…cet après-midi" is when the call comes
    return not ahead or ahead[0] not in _DETERMINERS or any(h.first == k + 1 for h in fv.hits("time"))


def calls_back(fv: FieldView, hit: Hit) -> bool:
    """Whether a first-person act calls the person back ("on vous rappelle demain"): a step of its own beside its
    day, where another act beside a time word is left to the time (see listening.next_step)."""
    return any(calls_back_at(fv, k) for k in range(hit.first, hit.last))
