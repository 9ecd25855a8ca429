"""Longest-match lookup of written forms (currency names, unit symbols) at a text position.

Matching hundreds of surface forms with one regular expression means compiling a pattern of
many kilobytes, which costs tens of milliseconds in every new process. A :class:`SurfaceIndex`
files each form under its first "key" (its leading run of letters, lower-cased, or its first
character when it does not start with a letter), so a lookup is one short scan, one dictionary
access and a few ``startswith`` checks.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = ["SurfaceIndex", "SurfaceMatch"]

T = TypeVar("T")

_LETTERS = re.compile(r"[^\W\d_]+")
_LETTERS_BACK = re.compile(r"[^\W\d_]+\Z")


@dataclass(frozen=True, slots=True)
class SurfaceMatch(Generic[T]):
    """A form found in the text: where, which form as written in the index, and its value."""

    start: int
    end: int
    surface: str
    value: T
    folded: bool


def _key(surface: str) -> str:
    m = _LETTERS.match(surface)
    return m.group().lower() if m else surface[:1]


def _alnum(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class SurfaceIndex(Generic[T]):
    """Written forms -> values, matched case-sensitively (``exact``) or in any case
    (``folded``, keys given in lower case), longest form first, on word boundaries."""

    __slots__ = ("_by_key", "_by_last")

    def __init__(self, exact: Mapping[str, T], folded: Mapping[str, T]) -> None:
        by_key: dict[str, list[tuple[str, T, bool]]] = {}
        by_last: dict[str, list[tuple[str, T, bool]]] = {}
        for surface, value in exact.items():
            if surface:
                by_key.setdefault(_key(surface), []).append((surface, value, False))
                by_last.setdefault(_last_key(surface), []).append((surface, value, False))
        for surface, value in folded.items():
            if surface:
                by_key.setdefault(_key(surface), []).append((surface, value, True))
                by_last.setdefault(_last_key(surface), []).append((surface, value, True))
        for table in (by_key, by_last):
            for entries in table.values():
                entries.sort(key=lambda e: -len(e[0]))
        self._by_key = by_key
        self._by_last = by_last

    def at(self, text: str, pos: int) -> SurfaceMatch[T] | None:
        """The longest form starting exactly at ``pos`` and ending on a word boundary."""
        if pos >= len(text):
            return None
        m = _LETTERS.match(text, pos)
        key = m.group().lower() if m else text[pos]
        entries = self._by_key.get(key)
        if not entries:
            return None
        for surface, value, folded in entries:
            end = pos + len(surface)
            if end > len(text):
                continue
            if folded:
                if text[pos:end].lower() != surface:
                    continue
            elif not text.startswith(surface, pos):
                continue
            if _alnum(surface[-1]) and end < len(text) and _alnum(text[end]):
                continue
            return SurfaceMatch(pos, end, text[pos:end], value, folded)
        return None

    def before(self, text: str, pos: int) -> SurfaceMatch[T] | None:
        """The longest form ending exactly at ``pos`` and starting on a word boundary."""
        if pos <= 0:
            return None
        word = _letters_before(text, pos, max(0, pos - 40))
        if word < pos:
            entries = self._by_last.get(text[word:pos].lower()) or []
        else:
            # A form ending in a sign: those with letters before the sign ("HK$", "hk $")
            # are filed under the sign and the letters, so a bare "$" scans few forms.
            sign = text[pos - 1]
            end = pos - 1 - (text[pos - 2 : pos - 1] == " ")
            lead = _letters_before(text, end, max(0, pos - 42))
            entries = (
                self._by_last.get(sign + text[lead:end].lower(), []) if lead < end else []
            ) + (self._by_last.get(sign) or [])
        if not entries:
            return None
        for surface, value, folded in entries:
            start = pos - len(surface)
            if start < 0:
                continue
            if folded:
                if text[start:pos].lower() != surface:
                    continue
            elif text[start:pos] != surface:
                continue
            if _alnum(surface[0]) and start > 0 and _alnum(text[start - 1]):
                continue
            return SurfaceMatch(start, pos, text[start:pos], value, folded)
        return None


def _letters_before(text: str, pos: int, lo: int) -> int:
    """Where the run of letters ending at ``pos`` starts, not before ``lo`` (``pos`` when
    there is none): what ``_LETTERS_BACK.search(text, lo, pos)`` finds, without trying every
    start in the window. A letter is what ``[^\\W\\d_]`` matches: alphanumeric, not a
    decimal digit, not an underscore."""
    j = pos
    while j > lo:
        ch = text[j - 1]
        if not ch.isalnum() or ch.isdecimal() or ch == "_":
            break
        j -= 1
    return j


def _last_key(surface: str) -> str:
    """The key a form is filed under for :meth:`SurfaceIndex.before`: its trailing letters, or
    its last character followed by the letters right before it ("HK $" -> "$hk")."""
    m = _LETTERS_BACK.search(surface)
    if m:
        return m.group().lower()
    sign = surface[-1:]
    head = surface[:-1]
    head = head[:-1] if head.endswith(" ") else head
    lead = _LETTERS_BACK.search(head)
    return sign + lead.group().lower() if lead else sign
