"""A word's plural and possessive forms, as data (``rubrics/lexicons/word-forms.yaml``: rules; ``word-traps`` lexicons:
words whose plural-looking ending is none), for the instructor's checklist: "receipt" is found in "receipts" and
"Ross's order" in "the Ross order", "pneu" in "pneus" and "travail" in "travaux", where the stems do not already meet
("bus" / "buses", "knife" / "knives", "jeu" / "jeux"); "car" is never found in "care" or "cares", "new" never in
"news".

A word's *singulars* are the word itself and, from the first rule whose plural ending it has, that ending replaced by
each of the rule's singular endings (at least ``min_length`` letters long), or its irregular singulars; a trap or a
function word has only itself. A checklist word matches a run of tokens when each of its words shares a singular with
the token in its place, possessives (a word after an apostrophe: "Ross's") left out on both sides."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from cmsim.paths import rubrics_dir
from cmsim.scoring.lexicon import one_lexicon
from cmsim.scoring.text import Analysis, analyse, stem

if TYPE_CHECKING:
    from cmsim.scoring.fieldview import FieldView

TRAPS = "word-traps"
"""The lexicon (a word set) of words whose plural-looking ending is no plural ("news", "mois")."""
_APOSTROPHES = frozenset("'’ʼ")
_ENDING = re.compile(r"[a-zœæ]*")


class PluralRule(BaseModel):
    """A plural ending and the singular endings it stands for ("ies" → "y", "ie")."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    plural: str = Field(min_length=1, max_length=8)
    singular: list[str] = Field(min_length=1)

    @field_validator("plural", "singular")
    @classmethod
    def _letters(cls, value: str | list[str]) -> str | list[str]:
        for ending in [value] if isinstance(value, str) else value:
            if not _ENDING.fullmatch(ending):
                raise ValueError(f"an ending is lowercase letters without accents: {ending!r}")
        return value


class LanguageForms(BaseModel):
    """One language's plural rules, irregular plurals and possessive endings."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    min_length: int = Field(3, ge=1, le=10)
    possessive: list[str] = Field(default_factory=list)
    plurals: list[PluralRule] = Field(default_factory=list)
    irregular: dict[str, list[str]] = Field(default_factory=dict)


class WordFormsFile(BaseModel):
    """``rubrics/lexicons/word-forms.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    description: str = Field(min_length=1)
    languages: dict[str, LanguageForms]


@dataclass(frozen=True)
class _Forms:
    traps: frozenset[str]
    rules: tuple[PluralRule, ...]
    irregular: dict[str, frozenset[str]]
    alone: frozenset[str]
    """Traps and function words: only themselves."""
    possessive: frozenset[str]
    min_length: int
    memo: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def word_forms_file() -> WordFormsFile:
    """The rules (read and validated once)."""
    path = rubrics_dir() / "lexicons" / "word-forms.yaml"
    return WordFormsFile.model_validate(yaml.safe_load(path.read_text("utf-8")))


@lru_cache(maxsize=4)
def _forms(lang: str) -> _Forms:
    lang = lang if lang in ("fr", "en") else "en"
    data = word_forms_file().languages.get(lang, LanguageForms())
    traps = one_lexicon(lang, TRAPS).words
    alone = traps | one_lexicon(lang, "function-words").words
    return _Forms(traps, tuple(data.plurals), {w: frozenset(s) for w, s in data.irregular.items()}, alone,
                  frozenset(data.possessive), data.min_length, {})


def singulars(norm: str, lang: str) -> frozenset[str]:
    """The folded word ``norm`` and the singulars it may be the plural of (see the module)."""
    forms = _forms(lang)
    found = forms.memo.get(norm)
    if found is not None:
        return found
    out = {norm}
    if norm not in forms.alone:
        out |= forms.irregular.get(norm, frozenset())
        for rule in forms.rules:
            if norm.endswith(rule.plural):
                root = norm[: len(norm) - len(rule.plural)]
                out.update(s for ending in rule.singular if len(s := root + ending) >= forms.min_length)
                break
    if len(forms.memo) > 65536:
        forms.memo.clear()
    found = forms.memo[norm] = frozenset(out)
    return found


def _possessive(an: Analysis, i: int, possessive: frozenset[str]) -> bool:
    """Whether token ``i`` is a possessive: a word of ``possessive`` just after an apostrophe ("s" in "Ross's")."""
    if not i or an.norms[i] not in possessive:
        return False
    before = an.ends[i - 1]
    return an.starts[i] - before == 1 and an.text[before] in _APOSTROPHES


@lru_cache(maxsize=8192)
def matching(norm: str, lang: str) -> frozenset[str]:
    """The folded words that share a singular with ``norm``: its singulars, and their plurals as the rules write them
    (each checked to read back to that singular: "cares" is a plural of "care", never of "car")."""
    forms = _forms(lang)
    found = singulars(norm, lang)
    out = set(found)
    for single in found:
        out.update(plural for plural, singles in forms.irregular.items() if single in singles)
        for rule in forms.rules:
            for ending in rule.singular:
                if single.endswith(ending):
                    plural = single[: len(single) - len(ending)] + rule.plural
                    if single in singulars(plural, lang):
                        out.add(plural)
    return frozenset(out)


@lru_cache(maxsize=4096)
def term_forms(term: str, lang: str) -> tuple[tuple[frozenset[str], tuple[str, ...]], ...]:
    """For each word of a checklist word, possessives left out ("Ross's order": ross, order): the words that match it
    (:func:`matching`) and their stems, by which a field's tokens are looked up. Empty when these forms find nothing
    the term's stems do not (no possessive, every matching word of the term's stem: "refund", "refunds"), which
    :func:`find_form` is only asked after."""
    an = analyse(term, lang)
    possessive = _forms(lang).possessive
    kept = [i for i in range(len(an.norms)) if not _possessive(an, i, possessive)]
    parts = tuple((m := matching(an.norms[i], lang), tuple(sorted({stem(x, lang) for x in m}))) for i in kept)
    if len(kept) == len(an.norms) and all(stems == (an.stems[i],) for i, (_m, stems) in zip(kept, parts, strict=True)):
        return ()
    return parts


def find_form(fv: FieldView, term: str, mask: list[bool]) -> tuple[int, int] | None:
    """Character span of ``term`` in the field's unmasked tokens by their plural and possessive forms (see the module),
    or None. Asked for most checklist words of most fields (those their stems did not find), it returns at once for a
    term its stems read whole (:func:`term_forms`); else the tokens are looked up by the stems of the words that match
    the term's first word, in the field's stem index (``FieldView.positions``)."""
    lang = fv.lex.lang
    parts = term_forms(term, lang)
    if not parts:
        return None
    first, stems = parts[0]
    positions = fv.positions()
    an = fv.an
    norms, count = an.norms, len(an.norms)
    possessive = _forms(lang).possessive
    best: tuple[int, int] | None = None
    for root in stems:
        for i in positions.get(root, ()):
            if norms[i] not in first or mask[i] or (best is not None and i >= best[0]):
                continue
            j = i
            for words, _stems in parts[1:]:
                j += 1
                if j < count and _possessive(an, j, possessive):
                    j += 1
                if j >= count or norms[j] not in words or mask[j]:
                    break
            else:
                best = (i, j)
    return None if best is None else (an.starts[best[0]], an.ends[best[1]])


@lru_cache(maxsize=4096)
def _term_norms(term: str, lang: str) -> tuple[str, ...]:
    return tuple(analyse(term, lang).norms)


def look_alike(fv: FieldView, term: str, span: tuple[int, int]) -> bool:
    """Whether the words at ``span``, found for ``term`` by their stems, hold a trap the term does not write ("odds"
    for "odd", "cours" for "cour", "goods" for "good"): a word that only looks like a plural of the term's."""
    lang = fv.lex.lang
    an, traps, wanted = fv.an, _forms(lang).traps, _term_norms(term, lang)
    first = bisect_left(an.starts, span[0])
    return any(got != want and (got in traps or want in traps)
               for got, want in zip(an.norms[first : first + len(wanted)], wanted, strict=False))


__all__ = ["TRAPS", "WordFormsFile", "find_form", "look_alike", "matching", "singulars", "term_forms"]
