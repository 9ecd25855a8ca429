"""The intermediate form of a date expression, and its TIMEX-like rendering.

The date parsers turn a piece of text into a :class:`DateAtom` (what was written: a day, a
month, a weekday, a relative period ...); :func:`timex_of` renders it in the grammar that
:mod:`claimcheck.normalization.dates` resolves.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from claimcheck.extraction.dates.timex import interval_of
from claimcheck.model import Granularity

__all__ = ["GRANULARITY_ORDER", "DateAtom", "range_atom", "ref_timex", "timex_of", "valid_day"]

#: Granularities from the finest to the coarsest.
GRANULARITY_ORDER: tuple[Granularity, ...] = (
    "day",
    "week",
    "month",
    "season",
    "quarter",
    "year",
    "fiscal_year",
    "decade",
    "century",
)


@dataclass(slots=True)
class DateAtom:
    """A date expression found at ``start:end`` of the text, before it becomes a value.

    ``kind`` is one of: day, month, year, quarter, half, decade, century, weekday, relative,
    range, reference, time, anaphor, fiscal, holiday. Relative, range, reference, time,
    anaphor, fiscal and holiday atoms carry their ``timex`` directly (a clock time alone: ``T1800``, "the day":
    ``XXXX-XX-XX``); a
    reference atom ("now", "recently") carries "present", "past" or "future" in ``mod``.
    """

    start: int
    end: int
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    #: quarter or half number; ISO weekday number (Monday = 1) of a bare weekday
    n: int | None = None
    #: "early", "mid" or "late" part of a month, year or decade
    part: str | None = None
    #: "last", "next" or "this" ("last October", "next Tuesday")
    mod: str | None = None
    #: a weekday written next to a date, as written (Monday = 0)
    weekday: int | None = None
    timex: str | None = None
    granularity: Granularity = "day"
    #: a bare month with no cue ("May to March"): kept only as one end of a range
    weak: bool = False
    approximate: bool = False
    #: written with a clock time ("Monday at 10 a.m.")
    timed: bool = False
    #: of a range: its two ends as written, each at its own span when the parser knew it
    parts: tuple[DateAtom, DateAtom] | None = None


def valid_day(year: int | None, month: int, day: int) -> bool:
    """Does the day exist (in any year when ``year`` is ``None``: February 29 does)?"""
    if not 1 <= month <= 12 or day < 1:
        return False
    if year is None:
        return day <= (29 if month == 2 else calendar.monthrange(2001, month)[1])
    return day <= calendar.monthrange(year, month)[1]


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` (Monday = 0) of a month ("the second Friday of July"); 5, or a
    fifth the month does not have, is the last one."""
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    while day.month != month:
        day -= dt.timedelta(days=7)
    return day


def ref_timex(unit: str, offset: int) -> str:
    """The timex of a period relative to publication ("PAST_REF-month-1" = last month)."""
    if offset == 0:
        return f"PRESENT_REF-{unit}"
    if offset < 0:
        return f"PAST_REF-{unit}-{-offset}"
    return f"FUTURE_REF-{unit}-{offset}"


def timex_of(atom: DateAtom) -> str | None:
    """The TIMEX-like value of an atom ("2024-11-19", "XXXX-10", "XXXX-WXX-2:last" ...)."""
    y = f"{atom.year:04d}" if atom.year is not None else "XXXX"
    kind = atom.kind
    if kind in ("relative", "range", "reference", "time", "anaphor", "fiscal", "holiday"):
        return atom.timex
    if kind == "day" and atom.month and atom.day:
        mod = ":" + atom.mod if atom.year is None and atom.mod in ("last", "next") else ""
        return f"{y}-{atom.month:02d}-{atom.day:02d}{mod}"
    if kind == "month" and atom.month:
        suffix = ""
        if atom.part:
            suffix = ":" + atom.part
        elif atom.year is None and atom.mod in ("last", "next", "this"):
            suffix = ":" + atom.mod
        return f"{y}-{atom.month:02d}{suffix}"
    if kind == "year" and atom.year is not None:
        return f"{atom.year:04d}" + (":" + atom.part if atom.part else "")
    if kind in ("quarter", "half") and atom.n:
        letter = "Q" if kind == "quarter" else "H"
        suffix = ":" + atom.mod if atom.mod and atom.year is None else ""
        return f"{y}-{letter}{atom.n}{suffix}"
    if kind == "season" and atom.timex:  # the season's code, e.g. "SU"
        suffix = ":" + (atom.part or atom.mod or "") if (atom.part or atom.mod) else ""
        return f"{y}-{atom.timex}{suffix}"
    if kind == "decade" and atom.year is not None:
        return f"{atom.year // 10:03d}X" + (":" + atom.part if atom.part else "")
    if kind == "century" and atom.year is not None:
        return f"{atom.year // 100:02d}XX"
    if kind == "weekday" and atom.n:
        return f"XXXX-WXX-{atom.n}" + (
            ":" + atom.mod if atom.mod in ("last", "next", "this", "until") else ""
        )
    return None


def range_atom(first: DateAtom, last: DateAtom, start: int, end: int) -> DateAtom | None:
    """The range from ``first`` to ``last`` written at ``start:end``; ``None`` if backwards."""
    left, right = timex_of(first), timex_of(last)
    if left is None or right is None:
        return None
    a, b = interval_of(left), interval_of(right)
    if a is not None and b is not None and b[1] < a[0]:
        return None
    if left.startswith("XXXX-WXX") != right.startswith("XXXX-WXX"):
        return None  # a weekday ranges only to a weekday
    granularity = min((first.granularity, last.granularity), key=GRANULARITY_ORDER.index)
    return DateAtom(
        start,
        end,
        "range",
        timex=f"({left},{right})",
        granularity=granularity,
        approximate=first.approximate or last.approximate,
        parts=(first, last),
    )
