"""Acronyms and their long forms.

A simplified Schwartz–Hearst test, stricter on purpose: every content word of the long form
must give its initial to the acronym, in order ("Islamic Revolutionary Guard Corps" = IRGC,
"Tehreek-e-Taliban Pakistan" = TTP, hyphenated parts count as words). Function words and
transliterated particles ("of", "the", "e", "al") may be skipped or used. A lower-case letter of
the acronym may also come from inside the current word ("MoFA").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from claimcheck.language.text import fold

__all__ = ["acronym_letters", "acronym_matches", "is_acronym"]

_OPTIONAL = frozenset(
    [
        "of",
        "the",
        "and",
        "for",
        "in",
        "on",
        "at",
        "to",
        "a",
        "an",
        "e",
        "i",
        "al",
        "ul",
        "el",
        "ud",
        "ur",
        "de",
        "du",
        "des",
        "la",
        "le",
        "y",
        "van",
        "von",
        "der",
    ]
)
_SPLIT = re.compile(r"[\s\-‐–/]+")


def is_acronym(token: str) -> bool:
    """Whether ``token`` looks like an acronym: "BLA", "IRGC", "PML-N", "U.N.", "MoFA"."""
    if token[1:].islower() or len(token) < 2:
        return False
    t = token.replace(".", "")
    if not (2 <= len(t) <= 10 and t[0].isupper() and all(c.isalnum() or c in "&-" for c in t)):
        return False
    letters = [c for c in t if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return upper >= 2 and upper * 2 >= len(letters)


def acronym_letters(token: str) -> str:
    """The letters and digits of an acronym, case kept ("PML-N" -> "PMLN")."""
    return "".join(c for c in token if c.isalnum())


@lru_cache(maxsize=4096)
def acronym_matches(acronym: str, long_form: str) -> bool:
    """Whether ``acronym`` abbreviates ``long_form`` (see the module docstring)."""
    letters = acronym_letters(acronym)
    words = [fold(w) for w in _SPLIT.split(long_form.strip()) if w]
    words = [w.strip("'’.,()") for w in words]
    words = [w for w in words if w]
    if len(letters) < 2 or not words:
        return False
    if sum(1 for w in words if w not in _OPTIONAL) > len(letters):
        return False

    @cache
    def match(ai: int, wi: int) -> bool:
        if ai == len(letters):
            return all(w in _OPTIONAL for w in words[wi:])
        if wi == len(words):
            return False
        word = words[wi]
        if word in _OPTIONAL and match(ai, wi + 1):
            return True
        ch = letters[ai]
        if word[0] != ch.lower():
            return False
        # The initial is consumed; lower-case acronym letters may come from inside the word.
        nxt = ai + 1
        if match(nxt, wi + 1):
            return True
        pos = 1
        while nxt < len(letters) and letters[nxt].islower():
            found = word.find(letters[nxt], pos)
            if found < 0:
                break
            pos = found + 1
            nxt += 1
            if match(nxt, wi + 1):
                return True
        return False

    return match(0, 0)
