"""Comparing normalized values: hedge- and rounding-aware intervals.

A figure as written allows an interval of true values:

* "26" allows 26 (a count written in full is exact);
* "$62 billion" allows 61.5 to 62.5 billion (half a unit of the last written digit, times the
  scale word; a quarter unit when only one digit is written: "$3 million" allows 2.75 to 3.25
  million);
* "about 200", "some 200", "nearly 200" allow 10% either way (at least the rounding above);
* "at least 26" allows 26 and more, "more than 70" more than 70, "up to 30" at most 30;
* a range "10 to 12" allows 10 to 12; "dozens" allows 24 and more.

Two statements are compatible when their intervals meet.
"""

from __future__ import annotations

import math

import regex

from claimcheck.language.numwords import written_with_scale
from claimcheck.model import Mention, Money, Number, Quantity

__all__ = ["ABOUT_TOLERANCE", "compatible", "interval"]

ABOUT_TOLERANCE = 0.10
_DIGITS = regex.compile(r"\d[\d,.\u202f\u00a0 ]*\d|\d")


def _unit_of_last_digit(text: str, value: float) -> float:
    """The size of one unit in the last written digit of ``text``, in the value's scale."""
    m = _DIGITS.search(text)
    if not m:
        return 1.0
    digits = m.group()
    dec = 0
    for sep in (".", ","):
        if sep in digits:
            tail = digits.rsplit(sep, 1)[1]
            if 0 < len(tail) <= 2 or (sep == "." and len(tail) != 3):
                dec = len(tail)
            break
    try:
        written = float(regex.sub(r"[^\d]", "", digits)) / (10**dec)
    except ValueError:
        return 1.0
    if written <= 0:
        return 1.0
    scale = value / written if value else 1.0
    return (10.0 ** (-dec)) * scale


def interval(m: Mention) -> tuple[float, float]:
    """The closed interval of true values a numeric mention allows."""
    v = m.value
    if not isinstance(v, Number):
        raise TypeError(f"not a numeric mention: {m.kind}")
    inf = math.inf
    q = v.qualifier
    val = v.value
    if q == "range" or (v.low is not None and v.high is not None and v.low != v.high):
        lo = v.low if v.low is not None else -inf
        hi = v.high if v.high is not None else inf
        return (lo, hi)
    if q in ("at_least", "more_than"):
        lo = v.low if v.low is not None else (val if val is not None else -inf)
        return (lo + (1e-9 if q == "more_than" else 0.0), v.high if v.high is not None else inf)
    if q in ("at_most", "less_than"):
        hi = v.high if v.high is not None else (val if val is not None else inf)
        return (v.low if v.low is not None else 0.0, hi - (1e-9 if q == "less_than" else 0.0))
    if val is None:
        return (v.low if v.low is not None else -inf, v.high if v.high is not None else inf)
    half = 0.0
    if written_with_scale(m.text) or (
        isinstance(v, (Money, Quantity)) and not float(val).is_integer()
    ):
        unit = _unit_of_last_digit(m.text, val)
        # "$62 billion" allows 61.5 to 62.5 billion; a single digit ("$3 million") is taken
        # as written to a quarter unit, since news writes "$2.5 million" rather than round it
        single = unit > 0 and abs(val) / unit < 10
        half = unit / (4 if single else 2)
    if q == "about":
        half = max(half, abs(val) * ABOUT_TOLERANCE)
    return (val - half, val + half)


def compatible(a: Mention, b: Mention) -> bool:
    """Whether two numeric statements can both be true."""
    la, ha = interval(a)
    lb, hb = interval(b)
    return la <= hb + 1e-9 and lb <= ha + 1e-9
