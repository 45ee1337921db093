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
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from cmsim.paths import rubrics_dir
from cmsim.scoring.lexicon import one_lexicon
from cmsim.scoring.text import Analysis, analyse

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


def _kept(an: Analysis, lang: str) -> list[int]:
    """Indexes of the tokens but possessives (a word of ``possessive`` just after an apostrophe: "s" in "Ross's")."""
    possessive = _forms(lang).possessive
    text, norms, starts, ends = an.text, an.norms, an.starts, an.ends
    return [i for i in range(len(norms)) if not (
        i and norms[i] in possessive and starts[i] - ends[i - 1] == 1 and text[ends[i - 1]] in _APOSTROPHES)]


@lru_cache(maxsize=4096)
def term_singulars(term: str, lang: str) -> tuple[frozenset[str], ...]:
    """The singulars of each word of a checklist word, possessives left out ("Ross's order": ross, order)."""
    an = analyse(term, lang)
    return tuple(singulars(an.norms[i], lang) for i in _kept(an, lang))


@dataclass
class FormIndex:
    """A field's tokens but possessives, and their positions in that list by singular (built once a field)."""

    kept: list[int]
    at: dict[str, list[int]]


def _index(fv: FieldView) -> FormIndex:
    index = fv.forms
    if index is None:
        lang = fv.lex.lang
        kept = _kept(fv.an, lang)
        at: dict[str, list[int]] = {}
        norms = fv.an.norms
        for p, i in enumerate(kept):
            for form in singulars(norms[i], lang):
                at.setdefault(form, []).append(p)
        index = fv.forms = FormIndex(kept, at)
    return index


def find_form(fv: FieldView, term: str, mask: list[bool]) -> tuple[int, int] | None:
    """Character span of ``term`` in the field's unmasked tokens by their plural and possessive forms (see the module),
    or None."""
    words = term_singulars(term, fv.lex.lang)
    if not words:
        return None
    index = _index(fv)
    at, kept = index.at, index.kept
    starts = sorted({p for form in words[0] for p in at.get(form, ())})
    k = len(words)
    for p in starts:
        if p + k > len(kept):
            break
        if all(not words[j].isdisjoint(_singulars_at(fv, kept[p + j])) for j in range(1, k)) \
                and not any(mask[kept[p] : kept[p + k - 1] + 1]):
            return fv.an.starts[kept[p]], fv.an.ends[kept[p + k - 1]]
    return None


@lru_cache(maxsize=4096)
def _term_norms(term: str, lang: str) -> tuple[str, ...]:
    return tuple(analyse(term, lang).norms)


def look_alike(fv: FieldView, term: str, span: tuple[int, int]) -> bool:
    """Whether the words at ``span``, found for ``term`` by their stems, hold a trap the term does not write ("odds"
    for "odd", "cours" for "cour", "goods" for "good"): a word that only looks like a plural of the term's."""
    an, traps = fv.an, _forms(fv.lex.lang).traps
    first = an.starts.index(span[0])
    norms = an.norms[first : first + len(_term_norms(term, fv.lex.lang))]
    return any(got != want and (got in traps or want in traps)
               for got, want in zip(norms, _term_norms(term, fv.lex.lang), strict=False))


def _singulars_at(fv: FieldView, i: int) -> frozenset[str]:
    return singulars(fv.an.norms[i], fv.lex.lang)


__all__ = ["TRAPS", "FormIndex", "WordFormsFile", "find_form", "look_alike", "singulars", "term_singulars"]
