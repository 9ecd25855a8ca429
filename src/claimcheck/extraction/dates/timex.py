"""Calendar intervals of absolute TIMEX-like values ("2024-11", "2024-Q3", "199X:early",
"2009-SU", "FY2009", "2009-@easter").

The grammar is documented in :mod:`claimcheck.normalization.dates`, which resolves the relative
values against a publication date; what needs no reference date is computed here, where the
date extractor can use it without depending on normalization.
"""

from __future__ import annotations

import calendar
import datetime as dt

from claimcheck.extraction.dates.named_days import named_day

__all__ = ["MONTH_PART_NAMES", "SEASONS", "Interval", "add_months", "interval_of", "month_end"]

Interval = tuple[dt.date, dt.date]

_MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


#: weeks of a month ("the first week of March" = W1, "the last week" = WL): the Monday-to-
#: Sunday weeks lying wholly in the month, counted from its start or (WL) its end
_MONTH_WEEKS = {"W1": 0, "W2": 1, "W3": 2, "W4": 3, "WL": -1}
#: Every part of a month a timex may name after its colon.
MONTH_PART_NAMES = frozenset(_MONTH_PARTS) | frozenset(_MONTH_WEEKS)


def _week_of_month(year: int, month: int, part: str) -> Interval:
    """A week of a month; a fourth week that would run past the month's end (February) is
    its last whole week."""
    last = month_end(year, month)
    final_sunday = last - dt.timedelta(days=(last.weekday() + 1) % 7)
    monday = final_sunday - dt.timedelta(days=6)
    if _MONTH_WEEKS[part] >= 0:
        first = dt.date(year, month, 1)
        counted = first + dt.timedelta(days=-first.weekday() % 7, weeks=_MONTH_WEEKS[part])
        monday = min(monday, counted)
    return monday, monday + dt.timedelta(days=6)


def _month_interval(year: int, month: int, part: str | None = None) -> Interval:
    end = month_end(year, month)
    if part in _MONTH_WEEKS:
        return _week_of_month(year, month, part)
    if part in _MONTH_PARTS:
        lo, hi = _MONTH_PARTS[part]
        return dt.date(year, month, lo), dt.date(year, month, min(hi, end.day))
    return dt.date(year, month, 1), end


def _year_interval(year: int, part: str | None = None) -> Interval:
    if part in _YEAR_PARTS:
        lo, hi = _YEAR_PARTS[part]
        return dt.date(year, lo, 1), month_end(year, hi)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


#: TIMEX3 season codes -> first month (meteorological seasons of the northern hemisphere)
SEASONS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_interval(year: int, first: int, part: str | None = None) -> Interval:
    """Three months from ``first`` (winter runs into the next year); a part is one month."""
    offset = {"early": 0, "mid": 1, "late": 2}.get(part or "")
    if offset is not None:
        y, m = add_months(year, first, offset)
        return dt.date(y, m, 1), month_end(y, m)
    y, m = add_months(year, first, 2)
    return dt.date(year, first, 1), month_end(y, m)


def _season_year(pub: dt.date, first: int, tense: str | None, mod: str) -> int:
    """The year of a season named without one ("last summer", "in the winter", "late
    summer": a part is placed by tense like a whole season)."""
    part = mod if mod in _MONTH_PARTS else None
    start, end = _season_interval(pub.year, first, part)
    if start > pub and _season_interval(pub.year - 1, first, part)[1] >= pub:
        start, end = _season_interval(pub.year - 1, first, part)  # January: last year's winter
    year = start.year
    if mod == "last" or (mod != "this" and tense == "past" and start > pub):
        return year if end < pub else year - 1
    if mod == "next" or (mod != "this" and tense == "future" and end < pub):
        return year if start > pub else year + 1
    return year


def _fiscal_interval(year: int) -> Interval:
    """Every day of a fiscal year ending in ``year`` may cover, whatever month it ends in."""
    return dt.date(year - 1, 2, 1), dt.date(year, 12, 31)


def _fiscal_around(pub: dt.date, offset: int) -> Interval:
    """Every day the fiscal year holding ``pub`` (moved by ``offset`` years) may cover."""
    y, m = add_months(pub.year, pub.month, 12 * offset - 11)
    y2, m2 = add_months(pub.year, pub.month, 12 * offset + 11)
    return dt.date(y, m, 1), month_end(y2, m2)


def _week_interval(day: dt.date) -> Interval:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def interval_of(timex: str) -> Interval | None:
    """The interval of an absolute timex, or ``None`` if it needs a reference date."""
    if timex.startswith("(") and timex.endswith(")"):
        left, sep, right = timex[1:-1].partition(",")
        a, b = interval_of(left), interval_of(right)
        if not sep or a is None or b is None or b[1] < a[0]:
            return None
        return a[0], b[1]
    base, _, mod = timex.partition(":")
    if "_REF" in base:
        return None
    if base.startswith("FY") and base[2:].isdigit():
        return _fiscal_interval(int(base[2:]))
    try:
        if "X" in base[:4] and not _is_decade_or_century(base):
            return None
        parts = base.split("-")
        if len(parts) == 1 and _is_decade_or_century(base):
            return _span_interval(base, mod)
        year = int(parts[0])
        if len(parts) == 1:
            return _year_interval(year, mod or None)
        if parts[1].startswith("@"):  # a holiday in a year written ("Easter 2009")
            day = named_day(parts[1][1:], year)
            return (day, day) if day is not None else None
        if parts[1].startswith("Q"):
            q = int(parts[1][1:])
            return dt.date(year, 3 * q - 2, 1), month_end(year, 3 * q)
        if parts[1].startswith("H"):
            h = int(parts[1][1:])
            return dt.date(year, 6 * h - 5, 1), month_end(year, 6 * h)
        if parts[1] in SEASONS:
            return _season_interval(year, SEASONS[parts[1]], mod or None)
        month = int(parts[1])
        if len(parts) == 2:
            return _month_interval(year, month, mod or None)
        day = dt.date(year, month, int(parts[2]))
        return day, day
    except ValueError:
        return None


def _is_decade_or_century(base: str) -> bool:
    return len(base) == 4 and (
        (base[:3].isdigit() and base[3] == "X") or (base[:2].isdigit() and base[2:] == "XX")
    )


def _span_interval(base: str, mod: str) -> Interval:
    if base[2:] == "XX":
        century = int(base[:2]) * 100
        return dt.date(century, 1, 1), dt.date(century + 99, 12, 31)
    decade = int(base[:3]) * 10
    lo, hi = _DECADE_PARTS.get(mod, (0, 9))
    return dt.date(decade + lo, 1, 1), dt.date(decade + hi, 12, 31)
