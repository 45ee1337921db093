"""What an instructor tells ``cmsim new`` about the scenario to scaffold, and the choices offered."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import get_args

from cmsim.model.base import LANGS, PlatformId

KINDS: dict[str, str] = {
    "complaint": "an unhappy customer complains in public (reply, then a DM choice or a note to a team)",
    "troll": "a troll baits the brand under a post (one calm answer, then a moderation choice)",
    "contest": "launch a contest with a post, then answer a participant",
}
PLATFORMS: tuple[str, ...] = get_args(PlatformId)
DIFFICULTIES = ("easy", "medium", "hard")
SLUG = re.compile(r"[a-z0-9][a-z0-9_-]*")
"""An id: lowercase letters, digits, - and _ (whole text: use ``fullmatch``, since ``$`` allows a final newline)."""


@dataclass(frozen=True)
class Spec:
    """What the instructor told us about the scenario to scaffold."""

    id: str
    title: str
    lang: str
    platform: str
    difficulty: str
    brand: str
    kind: str

    @property
    def pair(self) -> str:
        """The id shared by the French and English versions: the id without its language suffix."""
        for lang in LANGS:
            if self.id.endswith(f"-{lang}") and len(self.id) > len(lang) + 1:
                return self.id[: -len(lang) - 1]
        return self.id

    @property
    def handle(self) -> str:
        """A plausible @handle for the brand."""
        return "@" + (re.sub(r"[^a-z0-9_]", "", self.brand.lower().replace(" ", "_")) or "brand")

    @property
    def hashtag(self) -> str:
        """A campaign hashtag built from the brand name."""
        words = re.findall(r"[^\W_]+", self.brand)
        name = "".join(w[:1].upper() + w[1:] for w in words) or "Brand"
        return "#" + name + ("Jeu" if self.lang == "fr" else "Contest")
