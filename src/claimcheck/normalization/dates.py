"""Calendar intervals for TIMEX-like date values, and their resolution against a publication date.

The date extractor stores what a mention says in ``DateValue.timex``; this module turns a timex
into an inclusive interval of days. The grammar (TIMEX3 values, plus a ``:modifier`` suffix):

=============================  ===============================================================
``2024-11-19``                 a day
``2024-11``, ``2024``          a month, a year
``2024-Q3``, ``2024-H2``       a quarter, a half-year
``199X``, ``20XX``             a decade, a century (``20XX`` = 2000..2099)
``…:early|:mid|:late``         a part of a month (days 1-10, 11-20, 21-end), of a year
                               (Jan-Apr, May-Aug, Sep-Dec) or of a decade (0-3, 4-6, 7-9)
``FY2024``, ``PRESENT_REF-fiscal``  a fiscal year: every day one ending in 2024 (or the one
                               holding the publication date) may cover, its months unknown
``2024-SU``                     a season (meteorological, northern: SP Mar-May, SU Jun-Aug,
                               FA Sep-Nov, WI Dec-Feb of the next year); ``XXXX-SU:last`` the
                               last one ended before publication, ``:this``/``:next`` likewise
``XXXX-11-19``, ``XXXX-11``    a day or month without a year; ``XXXX-Q3``/``XXXX-H1`` likewise
``2009-@easter``, ``XXXX-@…``  a holiday (:mod:`claimcheck.extraction.dates.named_days`) in a
                               year, or without one (its year chosen like a day's)
``XXXX-10:last``/``:next``     "last October": the most recent one strictly before the
                               publication month; "next October": the first strictly after
``XXXX-WXX-2``                 a weekday (ISO number, Monday = 1); ``:last``/``:next`` variants; ``:this``
                               ("this Friday") is resolved by tense like the bare weekday;
                               ``:until`` ("until Friday") is the first on or after
                               publication, or in a past-tense sentence the nearer one
``PRESENT_REF-day``            today; ``PAST_REF-day-1`` yesterday; ``FUTURE_REF-day-1`` tomorrow
``PAST_REF-month-1`` etc.      the previous calendar week/weekend/month/quarter/year;
                               ``PRESENT_REF-week`` this week; ``:earlier``/``:later`` = "earlier
                               this week" (start of the week to the day before publication) /
                               "later this week" (publication day to the week's end: an event
                               may come later the same day);
                               ``:early|:mid|:late`` = a part of the month or year ("late last year");
                               ``PAST_REF-year-1:Q1`` the first quarter of last year (``:H2``
                               a half, ``:M05`` May, ``:M05:late`` late May, ``:M05-19``
                               May 19);
                               ``FUTURE_REF-week-1:D5`` Friday next week
``(A,B)``                      a range from the start of A to the end of B
=============================  ===============================================================

Resolution follows the news convention (reference note, section 3): a bare weekday is the most
recent such day on or before the publication date, or the first on or after it when the sentence
is in the future tense; "last <weekday>" is strictly before and "next <weekday>" strictly after;
a month or day without a year takes the publication year, moved back a year when the sentence
is in the past tense and the date would lie after publication, forward a year when it is in the
future tense and the date would lie before it; a range without a year moves only when all of it
lies on the wrong side ("will be away from May to September", published in September, is this
year's). Weeks run Monday to Sunday (ISO 8601).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from claimcheck.extraction.dates.named_days import named_day
from claimcheck.extraction.dates.timex import (
    _MONTH_PARTS,
    MONTH_PART_NAMES,
    SEASONS,
    Interval,
    _fiscal_around,
    _month_interval,
    _season_interval,
    _season_year,
    _week_interval,
    _year_interval,
    add_months,
    interval_of,
    month_end,
)
from claimcheck.model import DateValue, Granularity, Mention

__all__ = [
    "SEASONS",
    "Interval",
    "add_months",
    "interval_of",
    "month_end",
    "resolve_date",
    "resolve_in_context",
    "resolve_timex",
]


def _year_for(pub: dt.date, month: int, day: int | None, tense: str | None, mod: str) -> int:
    """The year of a year-less month (``day`` None) or day, by the news policy."""
    here = (pub.month, pub.day if day is not None else 0)
    there = (month, day if day is not None else 0)
    if mod == "last":
        return pub.year if there < here else pub.year - 1
    if mod == "next":
        return pub.year if there > here else pub.year + 1
    if mod == "this":
        return pub.year
    if tense == "past" and there > here:
        return pub.year - 1
    if tense == "future" and there < here:
        return pub.year + 1
    return pub.year


def _weekday(pub: dt.date, iso: int, tense: str | None, mod: str) -> dt.date:
    wd = iso - 1
    if mod == "last":
        back = (pub.weekday() - wd) % 7 or 7
        return pub - dt.timedelta(days=back)
    if mod == "next":
        ahead = (wd - pub.weekday()) % 7 or 7
        return pub + dt.timedelta(days=ahead)
    ahead = (wd - pub.weekday()) % 7
    if mod == "until" and tense == "past":
        # "had kept the markets closed until Friday": the nearer of the two Fridays
        back = (pub.weekday() - wd) % 7
        return pub + dt.timedelta(days=ahead) if ahead < back else pub - dt.timedelta(days=back)
    if tense == "future" or mod == "until":  # "will remain closed until Friday"
        return pub + dt.timedelta(days=ahead)
    return pub - dt.timedelta(days=(pub.weekday() - wd) % 7)


def _relative(pub: dt.date, base: str, mod: str) -> Interval | None:
    head, _, rest = base.partition("-")
    unit, _, count = rest.partition("-")
    n = int(count) if count else 0
    if head == "PAST_REF":
        n = -n
    elif head != "FUTURE_REF" and head != "PRESENT_REF":
        return None
    if unit == "day":
        day = pub + dt.timedelta(days=n)
        return day, day
    part = mod if mod in _MONTH_PARTS else None
    if unit == "week" and mod[:1] == "D" and mod[1:].isdigit():  # "Friday next week"
        day = _week_interval(pub + dt.timedelta(weeks=n))[0] + dt.timedelta(days=int(mod[1:]) - 1)
        return day, day
    if unit == "week":
        span = _week_interval(pub + dt.timedelta(weeks=n))
    elif unit == "weekend":
        monday = _week_interval(pub + dt.timedelta(weeks=n))[0]
        span = monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
    elif unit == "month":
        span = _month_interval(*add_months(pub.year, pub.month, n), part)
    elif unit == "quarter":
        q0 = (pub.month - 1) // 3
        y, m = add_months(pub.year, 3 * q0 + 1, 3 * n)
        span = dt.date(y, m, 1), month_end(*add_months(y, m, 2))
    elif unit == "fiscal":
        span = _fiscal_around(pub, n)
    elif unit == "year" and mod[:1] == "M" and mod[4:6].isdigit():  # "May 5 last year"
        named = _valid_day(pub.year + n, int(mod[1:3]), int(mod[4:6]))
        if named is None:
            return None
        span = named, named
    elif unit == "year" and mod[:1] == "M" and mod[1:3].isdigit():
        month_part = mod[4:] if mod[4:] in _MONTH_PARTS else None  # "late May last year"
        span = _month_interval(pub.year + n, int(mod[1:3]), month_part)
    elif unit == "year" and mod[:1] in ("Q", "H") and mod[1:].isdigit():
        size = 3 if mod[0] == "Q" else 6  # "the first quarter of last year"
        first = size * int(mod[1:]) - size + 1
        span = dt.date(pub.year + n, first, 1), month_end(pub.year + n, first + size - 1)
    elif unit == "year":
        span = _year_interval(pub.year + n, part)
    elif unit == "decade":
        first = pub.year // 10 * 10 + 10 * n
        span = dt.date(first, 1, 1), dt.date(first + 9, 12, 31)
    else:
        return None
    if mod == "first":  # "since the start of this year": its first day
        return span[0], span[0]
    if mod == "final":
        return span[1], span[1]
    one_day = dt.timedelta(days=1)
    if n == 0 and mod == "earlier":
        return span[0], max(span[0], pub - one_day)
    if n == 0 and mod == "later":
        return pub, span[1]
    return span


def _named_day(pub: dt.date, key: str, tense: str | None, mod: str) -> Interval | None:
    """A holiday without a year ("on Christmas Day", "last Easter"): its year chosen like a
    day's without one, from where it falls in the publication year."""
    this_year = named_day(key, pub.year)
    if this_year is None:
        return None
    day = named_day(key, _year_for(pub, this_year.month, this_year.day, tense, mod))
    return (day, day) if day is not None else None


def _resolve_point(timex: str, pub: dt.date, tense: str | None) -> Interval | None:
    absolute = interval_of(timex)
    if absolute is not None:
        return absolute
    base, _, mod = timex.partition(":")
    if base.endswith("_REF") or "_REF-" in base:
        return _relative(pub, base, mod)
    parts = base.split("-")
    if parts[0] != "XXXX" or len(parts) < 2:
        return None
    if parts[1] == "WXX" and len(parts) == 3:
        day = _weekday(pub, int(parts[2]), tense, mod)
        return day, day
    if parts[1].startswith("@"):
        return _named_day(pub, parts[1][1:], tense, mod)
    if parts[1] in SEASONS:
        first = SEASONS[parts[1]]
        season_part = mod if mod in _MONTH_PARTS else None
        return _season_interval(_season_year(pub, first, tense, mod), first, season_part)
    if parts[1][:1] in ("Q", "H"):
        n = int(parts[1][1:])
        size = 3 if parts[1][0] == "Q" else 6
        first_month = size * n - size + 1
        here = (pub.month - 1) // size + 1
        year = pub.year
        if mod == "last":
            year = pub.year if n < here else pub.year - 1
        elif mod == "next":
            year = pub.year if n > here else pub.year + 1
        elif mod == "this":
            pass
        elif tense == "past" and n > here:
            year -= 1
        elif tense == "future" and n < here:
            year += 1
        return dt.date(year, first_month, 1), month_end(year, first_month + size - 1)
    month = int(parts[1])
    if len(parts) == 2:
        year = _year_for(pub, month, None, tense, mod)
        return _month_interval(year, month, mod if mod in MONTH_PART_NAMES else None)
    day_n = int(parts[2])
    year = _year_for(pub, month, day_n, tense, mod)
    if mod not in ("last", "next") and month == 2 and day_n == 29:
        # A leap day without a year: the nearest leap year in the chosen direction.
        step = 1 if tense == "future" else -1
        while not calendar.isleap(year):
            year += step
    day = dt.date(year, month, day_n)
    return day, day


def _follow(timex: str, start: dt.date) -> Interval | None:
    """Resolve the year-less end of a range as the first occurrence at or after ``start``."""
    base, _, mod = timex.partition(":")
    parts = base.split("-")
    if parts[0] != "XXXX" or len(parts) < 2:
        return None
    if parts[1] == "WXX":
        day = start + dt.timedelta(days=(int(parts[2]) - 1 - start.weekday()) % 7)
        return day, day
    if parts[1][:1] in ("Q", "H"):
        return None
    month = int(parts[1])
    year = start.year if month >= start.month else start.year + 1
    if len(parts) == 2:
        return _month_interval(year, month, mod if mod in MONTH_PART_NAMES else None)
    day = dt.date(year, month, int(parts[2]))
    if day < start:
        day = dt.date(year + 1, month, int(parts[2]))
    return day, day


def _yearless_range(left: str, right: str, pub: dt.date, tense: str | None) -> Interval | None:
    """A range whose first end has no year ("late November to mid-December", "10/1-11/7").

    It takes the publication year, moved a year forward when the sentence is in the future
    tense and the whole range would be over by publication, a year back when it is in the past
    tense and the whole range would still lie ahead.
    """

    def at(year: int) -> Interval | None:
        a = interval_of(f"{year:04d}{left[4:]}")
        if a is None:
            return None
        b = interval_of(right)
        if b is None:
            b = (
                _follow(right, a[0])
                if right.startswith("XXXX-")
                else _resolve_point(right, pub, tense)
            )
        if b is None or b[1] < a[0]:
            return None
        return a[0], b[1]

    span = at(pub.year)
    if span is not None and tense == "future" and span[1] < pub:
        span = at(pub.year + 1)
    elif span is not None and tense == "past" and span[0] > pub:
        span = at(pub.year - 1)
    return span


def resolve_timex(timex: str, published: dt.date, tense: str | None = None) -> Interval | None:
    """The interval a timex denotes in a document published on ``published``."""
    try:
        if timex.startswith("(") and timex.endswith(")"):
            left, sep, right = timex[1:-1].partition(",")
            if not sep:
                return None
            if left.startswith("XXXX-") and not left.startswith("XXXX-WXX"):
                return _yearless_range(left, right, published, tense)
            a = _resolve_point(left, published, tense)
            if a is None:
                return None
            b = interval_of(right)
            if b is None:
                b = _follow(right, a[0]) if right.startswith("XXXX") else None
            if b is None:
                b = _resolve_point(right, published, tense)
            if b is None or b[1] < a[0]:
                return None
            return a[0], b[1]
        return _resolve_point(timex, published, tense)
    except (ValueError, OverflowError):
        return None


def resolve_date(
    value: DateValue, published: dt.date | None, *, tense: str | None = None
) -> DateValue:
    """Resolve an unresolved date against the publication date.

    Returns ``value`` unchanged when ``published`` is ``None``, when the value already has an
    interval, or when its timex cannot be resolved (an impossible date such as "February 30").
    """
    if published is None or value.resolved or not value.timex or value.reference is not None:
        return value  # "now", "recently": a reference, not a calendar period
    if isinstance(published, dt.datetime):
        published = published.date()
    span = resolve_timex(value.timex, published, tense)
    if span is None:
        return value
    return replace(value, start=span[0], end=span[1], resolution="relative")


def _is_anaphoric(value: DateValue) -> bool:
    """ "that day", "the previous year" (``ANAPHOR-...``). A clock time alone ("Updated
    9:01 AM EDT") is not: which day it belongs to is too often another story's."""
    return not value.resolved and (value.timex or "").startswith("ANAPHOR-")


@dataclass(slots=True)
class _Context:
    """What the text has named so far: the anchor of relative dates (the publication date,
    or the last update stamp), and the last day, month and year named."""

    anchor: dt.date | None
    day: dt.date | None = None
    month: tuple[int, int] | None = None
    year: int | None = None
    #: the last period shorter than a year ("February", "the third quarter") or fiscal year,
    #: and its kind
    period: Interval | None = None
    period_granularity: Granularity = "month"

    def note(self, value: DateValue, update: bool) -> None:
        if not value.resolved:
            return
        assert value.start is not None and value.end is not None
        granularity = value.granularity
        if value.start == value.end and granularity == "day":
            self.day = value.start
            if update:
                self.anchor = value.start
        if (value.start.year, value.start.month) == (value.end.year, value.end.month):
            self.month = (value.start.year, value.start.month)
        if value.start.year == value.end.year:
            self.year = value.start.year
            if granularity != "year":
                self.period = value.start, value.end
                self.period_granularity = granularity
        elif granularity == "fiscal_year":  # "the same period of the last year" after it
            self.period = value.start, value.end
            self.period_granularity = granularity

    def resolve(self, timex: str) -> Interval | None:
        """The interval of an anaphor ("ANAPHOR-year-1"; "ANAPHOR-week+1" is the calendar week
        after the one of the day named last)."""
        rest = timex[len("ANAPHOR-") :]
        unit = rest.rstrip("+-0123456789")
        offset = int(rest[len(unit) :] or 0)
        anchor = self.anchor
        if unit == "day":
            day = self.day or anchor
            if day is None:
                return None
            day += dt.timedelta(days=offset)
            return day, day
        if unit == "week":  # "the following week": the calendar week after the day named
            day = self.day or anchor
            return None if day is None else _week_interval(day + dt.timedelta(weeks=offset))
        if unit == "period":  # "the same period last year": the period named before, moved
            return _years_before(self.period, -offset) if self.period else None
        if unit == "month":
            month = self.month or ((anchor.year, anchor.month) if anchor else None)
            if month is None:
                return None
            return _month_interval(*add_months(month[0], month[1], offset))
        year = self.year if self.year is not None else (anchor.year if anchor else None)
        return None if year is None else _year_interval(year + offset)


def _valid_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None  # "February 29 last year" in a year without one


def _years_before(span: Interval, years: int) -> Interval:
    """``span`` moved ``years`` back; a span ending on a month's last day keeps ending on one."""
    start, end = span
    month_final = end == month_end(end.year, end.month)
    first = start.replace(
        year=start.year - years, day=min(start.day, 28) if start.month == 2 else start.day
    )
    if month_final:
        last = month_end(end.year - years, end.month)
    else:
        last = end.replace(
            year=end.year - years, day=min(end.day, 28) if end.month == 2 else end.day
        )
    return first, last


def resolve_in_context(
    mentions: Sequence[Mention],
    published: dt.date | None,
    anchors: Sequence[tuple[int, dt.date]] = (),
) -> list[Mention]:
    """The date mentions of one document that resolve, resolved in reading order.

    Relative dates are read from the publication date, or from the last update stamp before
    them ("UPDATE 5/21/16", a mention with ``attrs["update"]``); anaphors ("that day", "the
    previous year") take the last day, month or year named before them, else the
    publication date; "the same period last year" takes the last period shorter than a year
    named before, a year earlier, and stays unresolved without one; a clock time alone stays
    undated, its ``day`` set to the day named in its sentence, else the last day named, else
    the publication date (see :func:`_place_clocks`); "today", "last week" and the like
    inside a quotation (``attrs["quoted"]``) stay unresolved: they count from the day the
    words were said. ``anchors`` are update lines found in the text, as (plain offset, date): from each
    on, relative dates are read from its date. Returns only the mentions whose value changed.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    context = _Context(published)
    out: list[Mention] = []
    dated = sorted((m for m in mentions if isinstance(m.value, DateValue)), key=lambda m: m.start)
    pending = list(anchors)
    clocks: list[tuple[Mention, dt.date | None]] = []
    for m in dated:
        while pending and pending[0][0] <= m.plain_start:
            context.anchor = pending.pop(0)[1]  # "UPDATE 5/21/16": later dates from that day
        value = m.value
        assert isinstance(value, DateValue)
        attrs: Mapping[str, Any] = m.attrs or {}
        new = value
        if _is_clock(value):
            clocks.append((m, context.day or context.anchor))
            continue
        if _is_anaphoric(value):
            span = context.resolve(value.timex or "")
            if span is not None:  # not an antecedent itself: "the day before, the day after"
                new = replace(value, start=span[0], end=span[1], resolution="relative")
                if (value.timex or "").startswith("ANAPHOR-period"):
                    new = replace(new, granularity=context.period_granularity)
        else:
            # "today" inside a quotation is the day the words were said, which may not be the
            # day of publication: left unresolved rather than guessed
            if not value.resolved and context.anchor is not None and not attrs.get("quoted"):
                new = resolve_date(value, context.anchor, tense=attrs.get("tense"))
            context.note(new, bool(attrs.get("update")))
        if new is not value:
            out.append(replace(m, value=new, attrs=_weekday_check(attrs, new)))
    if clocks:
        out = _place_clocks(clocks, dated, {m.key: m for m in out}) + out
        out.sort(key=lambda m: m.start)
    return out


def _is_clock(value: DateValue) -> bool:
    """A clock time with no day beside it ("at 18:00 UTC": timex ``T1800``)."""
    return not value.resolved and (value.timex or "").startswith("T")


def _place_clocks(
    clocks: Sequence[tuple[Mention, dt.date | None]],
    dated: Sequence[Mention],
    changed: Mapping[tuple[str, str, int, int], Mention],
) -> list[Mention]:
    """The clock times alone, each with the day it falls on (``DateValue.day``): the nearest
    single day named in its sentence ("first flight Tuesday in Everett at 18:00 UTC"), else
    the day paired with it in ``clocks``: the last day named before it, or the publication
    date."""
    days: dict[int, list[tuple[int, dt.date]]] = {}
    for m in dated:
        value = changed[m.key].value if m.key in changed else m.value
        assert isinstance(value, DateValue)
        if value.resolved and value.start == value.end and value.granularity == "day":
            assert value.start is not None
            days.setdefault(m.sentence, []).append((m.start, value.start))
    out: list[Mention] = []
    for m, fallback in clocks:
        near = days.get(m.sentence, [])
        day = min(near, key=lambda d: abs(d[0] - m.start))[1] if near else fallback
        if day is not None:
            assert isinstance(m.value, DateValue)
            out.append(replace(m, value=replace(m.value, day=day)))
    return out


def _weekday_check(attrs: Mapping[str, Any], value: DateValue) -> Mapping[str, Any]:
    """``attrs`` with ``weekday_mismatch`` (the resolved day's weekday) when a weekday was
    written with a date whose year had to be inferred ("Thursday, March 4", and March 4 of
    the publication year is a Wednesday): both facts are kept, so a rule can flag it."""
    if not value.weekday or not value.resolved or value.start != value.end:
        return attrs
    assert value.start is not None
    actual = calendar.day_name[value.start.weekday()]
    if actual.lower() == value.weekday.lower():
        return attrs
    return {**attrs, "weekday_mismatch": actual}
