"""Figures written in digits: separators by language, and how an ambiguous one is read.

The decimal mark and group separator of each language come from CLDR (babel's number
symbols, see :mod:`claimcheck.language.cldr`): "1,234.5" in English, "1.234,5" in German,
"1 234,5" in French (any of the spaces CLDR and typesetters use: U+0020, U+00A0, U+202F,
U+2009). A figure that only makes sense with the other convention is read that way ("1.234,5"
in English text is 1234.5), one that makes sense with neither is split into the figures it
lists ("22,24,26" is three numbers; "423 0000" two).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from claimcheck.language.cldr import tables
from claimcheck.language.text import base_language

__all__ = ["SPACES", "DigitNumber", "parse_digits", "token_pattern"]

#: Spaces used as group separators.
SPACES = " \u00a0\u202f\u2009"


@dataclass(frozen=True, slots=True)
class DigitNumber:
    """One figure found in a run of digits: its span (relative to the run) and value."""

    start: int
    end: int
    value: float
    #: Digits written after the decimal mark (0 for an integer).
    decimals: int
    #: Whether group separators were written ("1,234").
    grouped: bool


@dataclass(frozen=True, slots=True)
class _Conventions:
    decimal: str
    alt_decimal: str
    groups: str
    #: The separator that may group lakhs and crores ("12,34,567"), as a CLDR locale of the
    #: language does (en-IN); empty when none does.
    indian: str


@cache
def _conventions(lang: str) -> _Conventions:
    t = tables(lang)
    decimal = t["decimal"]
    group = t["group"]
    alt_decimal = "," if decimal == "." else "."
    # Languages that group with a space accept all spaces; those with a decimal comma also
    # see "." and apostrophes as group separators (de-CH, typeset French). The others accept
    # the typesetter's narrow spaces besides their own separator.
    spaced = group in SPACES or decimal == ","
    groups = SPACES + ".'’" if spaced else group + "\u00a0\u202f\u2009"
    indian = group if t.get("indian_grouping") else ""
    return _Conventions(decimal=decimal, alt_decimal=alt_decimal, groups=groups, indian=indian)


def token_pattern(language: str) -> str:
    """A regular expression for a run of digits with the separators a language may use."""
    conv = _conventions(base_language(language))
    space_groups = "".join(c for c in conv.groups if c in SPACES)
    other = "".join(c for c in conv.groups + conv.decimal + conv.alt_decimal if c not in SPACES)
    other_class = "".join("\\" + c if c in "\\]^-" else c for c in dict.fromkeys(other))
    parts = [f"[{other_class}]"]
    if space_groups:
        # A space groups only when exactly three digits follow it.
        parts.append(f"[{space_groups}](?=\\d{{3}}(?!\\d))")
    sep = "(?:" + "|".join(parts) + ")"
    return f"(?:[.,]\\d+|\\d+(?:{sep}\\d+)*)"


def _valid_groups(groups: list[str], indian: bool) -> bool:
    """Whether digit groups ("1", "234", "567") are a well-formed grouping."""
    if not groups or not (1 <= len(groups[0]) <= 3):
        return False
    if all(len(g) == 3 for g in groups[1:]):
        return True
    if indian and len(groups) >= 3 and len(groups[0]) <= 2:
        return all(len(g) == 2 for g in groups[1:-1]) and len(groups[-1]) == 3
    return False


def _read(run: str, conv: _Conventions, lang: str) -> tuple[float, int, bool] | None:
    """Read a whole run as one figure, or ``None`` when it is not one."""
    seps = [c for c in run if not c.isdigit()]
    if not seps:
        return float(run), 0, False
    if run[0] in ".,":
        if len(seps) == 1 and run[1:].isdigit():
            return float("0." + run[1:]), len(run) - 1, False
        return None
    kinds = list(dict.fromkeys(seps))
    if len(kinds) == 1:
        c = kinds[0]
        pieces = _split(run, c)
        if c in conv.groups and _valid_groups(pieces, indian=c == conv.indian):
            return float("".join(pieces)), 0, True
        if len(pieces) == 2 and c in (conv.decimal, conv.alt_decimal) and c not in SPACES:
            if c == conv.alt_decimal and len(pieces[1]) == 3:
                return None  # "1234,567" in English: neither a grouping nor a decimal
            return float(f"{pieces[0]}.{pieces[1]}"), len(pieces[1]), False
        return None
    last = seps[-1]
    if seps.count(last) != 1 or last not in (conv.decimal, conv.alt_decimal) or last in SPACES:
        return None
    head, tail = run.rsplit(last, 1)
    head_seps = {c for c in head if not c.isdigit()}
    if len(head_seps) != 1:
        return None
    g = head_seps.pop()
    if g == last or g not in conv.groups + ",.":
        return None
    pieces = _split(head, g)
    if not _valid_groups(pieces, indian=g == conv.indian):
        return None
    return float(f"{''.join(pieces)}.{tail}"), len(tail), True


def _split(run: str, sep: str) -> list[str]:
    return run.split(sep)


#: A run with more digits than this is an identifier or a table, not a figure of a story.
MAX_DIGITS = 24


def parse_digits(run: str, language: str) -> list[DigitNumber]:
    """The figures a run of digits and separators holds, read by the language's conventions."""
    if sum(c.isdigit() for c in run) > MAX_DIGITS:
        return []
    lang = base_language(language)
    conv = _conventions(lang)
    whole = _read(run, conv, lang)
    if whole is not None:
        return [DigitNumber(0, len(run), whole[0], whole[1], whole[2])]
    out: list[DigitNumber] = []
    # Split at spaces first ("423 0000"), then at every separator ("22,24,26").
    for splitter in (SPACES, None):
        out = []
        pos = 0
        ok = True
        for i, ch in enumerate(run + " "):
            boundary = (ch in SPACES) if splitter else (not ch.isdigit())
            if i == len(run) or boundary:
                piece = run[pos:i]
                if piece:
                    read = _read(piece, conv, lang)
                    if read is None:
                        ok = False
                        break
                    out.append(DigitNumber(pos, i, read[0], read[1], read[2]))
                pos = i + 1
        if ok and out:
            return out
    return out
