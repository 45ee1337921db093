"""A crisis's teams and items in words, one table for every shell (the terminal app, the reports): a team by
its name in the reader's language ("Relations presse", not ``pr``), the teams on call as a line under the
brief, and an item of the feed by who wrote it, where, and its first words ("Sarah Mills on TikTok: “My son
Leo ate…”"), never by the id the scenario file gives it.

Each shell merges ``CRISIS_WORDS`` into its own string table when it needs the lookup to find them (the
translation test checks them with the rest) and calls the functions below for the phrases."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from cmsim.strings import Strings

if TYPE_CHECKING:
    from cmsim.model.crisis import CrisisScenario, Item

CRISIS_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "team.quality": "Quality",
        "team.legal": "Legal",
        "team.security": "Security",
        "team.logistics": "Logistics",
        "team.billing": "Billing",
        "team.customer-service": "Customer service",
        "team.product": "Product",
        "team.marketing": "Marketing",
        "team.management": "Management",
        "team.pr": "PR",
        "team.hr": "HR",
        "crisis.teams_on_call": "Teams on call: {teams}.",
        "crisis.item_who": "{who} on {network}",
        "crisis.item_said": "{who} on {network}: “{text}”",
        "crisis.wrong_hid": "hid {item}",
        "crisis.wrong_fed": "answered a troll three times ({item})",
        "crisis.wrong_pasted": "pasted the same reply three times ({item})",
        "crisis.list_sep": "; ",
    },
    "fr": {
        "team.quality": "Qualité",
        "team.legal": "Juridique",
        "team.security": "Sécurité",
        "team.logistics": "Logistique",
        "team.billing": "Facturation",
        "team.customer-service": "Service client",
        "team.product": "Produit",
        "team.marketing": "Marketing",
        "team.management": "Direction",
        "team.pr": "Relations presse",
        "team.hr": "Ressources humaines",
        "crisis.teams_on_call": "Équipes joignables\u00a0: {teams}.",
        "crisis.item_who": "{who} sur {network}",
        "crisis.item_said": "{who} sur {network}\u00a0: «\u00a0{text}\u00a0»",
        "crisis.wrong_hid": "a masqué {item}",
        "crisis.wrong_fed": "a répondu trois fois à un troll ({item})",
        "crisis.wrong_pasted": "a collé trois fois la même réponse ({item})",
        "crisis.list_sep": "\u00a0; ",
    },
}

words = Strings(CRISIS_WORDS)

WRONG_ACTIONS = ("hid", "fed", "pasted")
"""The wrong actions a crisis's triage lists, as ``action:item`` (``hid:angry``)."""
ITEM_WORDS = 40
"""Characters of an item's text quoted when it is named (cut at a word, with "…")."""


def team_label(team: str | None, lang: str) -> str:
    """A team's name in ``lang`` ("Qualité" for ``quality``); an id without a label stays as it is."""
    return words(lang, f"team.{team}") if f"team.{team}" in CRISIS_WORDS["en"] else str(team or "")


def teams_on_call(teams: Sequence[str], lang: str) -> str:
    """The line the brief ends with: "Teams on call: Quality, Legal, PR." (empty when no team is named)."""
    return words(lang, "crisis.teams_on_call", teams=", ".join(team_label(t, lang) for t in teams)) if teams else ""


def shorten(text: str, chars: int = ITEM_WORDS) -> str:
    """``text`` on one line, cut at the last word that fits in ``chars`` (with "…" when cut)."""
    flat = " ".join(text.split())
    if len(flat) <= chars:
        return flat
    cut = flat[: chars - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > chars // 2 else cut).rstrip(" ,;:.") + "…"


def _network(item: Item) -> str:
    from cmsim.platforms import platform_book

    book = platform_book().platforms
    return book[item.platform].label if item.platform in book else str(item.platform)


def item_who(item: Item, lang: str) -> str:
    """Who wrote ``item`` and where: "Sarah Mills on TikTok" (the handle when no name shows)."""
    return words(lang, "crisis.item_who", who=item.name or item.author, network=_network(item))


def item_said(item: Item, lang: str, chars: int = ITEM_WORDS) -> str:
    """``item`` named for a reader: who, where, and its first words ("Sarah Mills on TikTok: “My son…”")."""
    return words(lang, "crisis.item_said", who=item.name or item.author, network=_network(item),
                 text=shorten(item.text, chars))


def item_words(item_id: str, lang: str, crisis: CrisisScenario | None, chars: int = ITEM_WORDS) -> str:
    """The item ``item_id`` of ``crisis`` named for a reader (:func:`item_said`); its id when the crisis does
    not hold it (a file changed since, or no crisis at hand)."""
    from cmsim.sim.crisis_feed import find_item

    item = find_item(crisis, item_id) if crisis is not None else None
    return item_said(item, lang, chars) if item is not None else item_id


def entry_words(entry: str, lang: str, crisis: CrisisScenario | None, chars: int = ITEM_WORDS) -> str:
    """One entry of a triage's missed or wrong list in words: an item (``reporter``) named, a wrong action
    (``hid:angry``) told as what was done ("hid Priya Shah on Facebook: “…”")."""
    action, _, item_id = entry.partition(":")
    if item_id and action in WRONG_ACTIONS:
        return words(lang, f"crisis.wrong_{action}", item=item_words(item_id, lang, crisis, chars))
    return item_words(entry, lang, crisis, chars)


def entries_words(entries: Sequence[str], lang: str, crisis: CrisisScenario | None, chars: int = ITEM_WORDS) -> str:
    """Entries of a triage list in words, set apart by semicolons (a quoted item holds commas)."""
    return words(lang, "crisis.list_sep").join(entry_words(e, lang, crisis, chars) for e in entries)


__all__ = [
    "CRISIS_WORDS", "ITEM_WORDS", "WRONG_ACTIONS", "entries_words", "entry_words", "item_said", "item_who",
    "item_words", "shorten", "team_label", "teams_on_call", "words",
]
