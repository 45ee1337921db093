"""A lexicon file's shape as its author writes it (``rubrics/lexicons/<lang>/<name>.yaml``): the typed model every
reader validates against. It needs no tokeniser, so the contractions table (:mod:`cmsim.scoring.elision`), which the
tokeniser reads, validates its file here; reading terms as the matcher does is :mod:`cmsim.scoring.lexiconfile`."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Term = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
ANY = "*"
"""Stands for any one word inside a phrase (never first)."""


class LexiconFile(BaseModel):
    """One lexicon file as an instructor writes it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    description: str = Field(min_length=1)
    terms: list[Term] = Field(default_factory=list)
    groups: dict[str, list[Term]] = Field(default_factory=dict)
    exact_below: int = Field(default=0, ge=0, le=20)
    """A term's word whose stem is shorter than this many letters matches only its own written form, plural or feminine
    ("con", "cons", "conne"; never "connaît" nor "cône", which stem to "con" too), and a text word that writes an
    accent must write the term's ("fermé la" is no "ferme-la"); words a term joins by a hyphen must be so joined or
    end their clause ("ferme la !", not "on ferme la boutique"). 0: every word matches by its stem."""

    @model_validator(mode="after")
    def _not_empty(self) -> LexiconFile:
        if not self.terms and not any(self.groups.values()):
            raise ValueError("a lexicon needs 'terms' or 'groups'")
        return self
