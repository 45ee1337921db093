"""The addresses of a field (web addresses, e-mail addresses, handles: :func:`cmsim.platforms.addresses`) as the
instructor's checklist reads them: names of a page or an account, in which no word is said ("refund" in
"skerryair.com/refund-help" or "@refundbot"), unless the checklist word names the address itself ("dd-error")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from cmsim.platforms import addresses
from cmsim.scoring.fieldview import FieldView
from cmsim.scoring.lexicon import Hit

_ADDRESSED = "checklist-addresses"
_JOINED = re.compile(r"[^\W_][-./_@][^\W_]")
"""Two parts of a word joined without a space: how an address's parts are written."""
_PARTS = "./@?#=&:"
"""What separates the parts of an address."""


def _addresses(fv: FieldView) -> list[Hit]:
    """The field's web addresses, e-mail addresses and handles (:func:`addresses`), with the tokens each overlaps."""
    found = fv.readings.get(_ADDRESSED)
    if found is None:
        an, found = fv.an, []
        for a, b in addresses(an.text):
            first, last = bisect_right(an.ends, a), bisect_left(an.starts, b)  # the tokens the address overlaps
            if first < last:
                found.append(Hit("", "address", first, last, a, b))
        fv.readings[_ADDRESSED] = found
    return found


def unaddressed(fv: FieldView, mask: list[bool]) -> list[bool]:
    """``mask``, with the tokens of web addresses, e-mail addresses and handles masked too (:func:`addresses`):
    "skerryair.com/refund-help" and "@refundbot" name a page and an account, they say no refund."""
    found = fv.readings.get(_ADDRESSED)
    if found is None:
        found = _addresses(fv)
    if not found:  # most fields: no address
        return mask
    mask = list(mask)
    for hit in found:
        mask[hit.first : hit.last] = [True] * (hit.last - hit.first)
    return mask


@lru_cache(maxsize=8192)
def names_address(word: str) -> bool:
    """Whether a checklist word is written as an address or a part of one, its parts joined without a space
    ("dd-error", "cragloft.co.uk/cave", "safety@stridely.com", "tom.r.cooks"): the instructor names the page."""
    return _JOINED.search(word) is not None


def whole_parts(fv: FieldView, span: tuple[int, int]) -> bool:
    """Whether ``span`` stands outside every address, or covers whole parts of one (between its ``.``, ``/``, ``@``…:
    "dd-error" in "brightwell.co.uk/dd-error", not "non-refundable" in "shop.com/non-refundable-fares")."""
    text = fv.an.text
    for hit in _addresses(fv):
        if hit.start < span[1] and span[0] < hit.end:
            if span[0] < hit.start or span[1] > hit.end:
                return False
            if (span[0] > hit.start and text[span[0] - 1] not in _PARTS) or \
                    (span[1] < hit.end and text[span[1]] not in _PARTS):
                return False
    return True


__all__ = ["names_address", "unaddressed", "whole_parts"]
