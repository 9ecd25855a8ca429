"""Join neighbouring date expressions into ranges: "from 2014 to 2018", "vom 12. bis 14. März".

A year written once covers both ends ("Jan-Feb 2017", "Nov 18-Dec 19, 2015", "from April to
June in 2017"); the start moves back a year when it comes after the end in the calendar
("Nov-Feb 2017" starts in November 2016).
"""

from __future__ import annotations

from dataclasses import replace

import regex

from claimcheck.extraction.dates.atoms import DateAtom, range_atom
from claimcheck.extraction.dates.grammar import DateGrammar
from claimcheck.extraction.dates.scan import look_back, match_at, normalize
from claimcheck.language.text import fold

__all__ = ["merge_ranges"]

_RANGEABLE = frozenset({"day", "month", "year", "quarter", "half", "weekday", "relative"})
_MAX_GAP = 24
#: the noun "year" before the second year of a range ("à l'année 2020", "bis zum Jahr 2020")
_YEAR_NOUN = regex.compile(
    r"(?<=\s)(?:l['’]\s*année|l['’]an|(?:dem|das)\s+Jahre?|Jahre?|the\s+year)\s+\Z",
    regex.IGNORECASE,
)


def merge_ranges(g: DateGrammar, text: str, atoms: list[DateAtom]) -> list[DateAtom]:
    """``atoms`` (in text order) with each joinable neighbouring pair replaced by its range."""
    out: list[DateAtom] = []
    i = 0
    while i < len(atoms):
        if i + 1 < len(atoms):
            merged = _join(g, text, atoms[i], atoms[i + 1], out[-1].end if out else 0)
            if merged is not None:
                out.append(merged)
                i += 2
                continue
        out.append(atoms[i])
        i += 1
    return out


def _join(g: DateGrammar, text: str, a: DateAtom, b: DateAtom, floor: int) -> DateAtom | None:
    if a.kind not in _RANGEABLE or b.kind not in _RANGEABLE:
        return None
    a, b = _in_one_week(a, b)
    if (a.kind == "weekday") != (b.kind == "weekday"):
        return None
    gap = text[a.end : b.start]
    if a.kind == b.kind == "month" and gap.strip() == "/" and len(gap) <= 3:
        return _months_by_slash(a, b)  # "March/April 2020", "juillet/août"
    if b.kind == "year":
        gap = _YEAR_NOUN.sub("", gap)  # "de l'année 2019 à l'année 2020"
    if len(gap) > _MAX_GAP or not g.connector.fullmatch(gap):
        return None
    opener = look_back(g.range_before, text, a.start, floor)
    between = opener is not None and fold(opener.group("open")).startswith(
        ("between", "zwischen", "entre")
    )
    if normalize(gap) in g.phrases.and_words and not between:
        _share_year(a, b)
        return None  # "in 2009 and 2010" are two years
    if a.kind == "relative" and b.kind == "relative" and opener is None and not _week_days(a, b):
        return None
    first, last = replace(a), replace(b)
    end = b.end
    if first.year is None and last.year is None and {first.kind, last.kind} <= {"day", "month"}:
        tail = match_at(g.range_year_after, text, b.end)  # "from April to June in 2017"
        if tail is not None:
            last.year = int(tail.group("y"))
            end = tail.end()
    if first.kind == last.kind and first.kind in ("quarter", "half"):
        _share_period_year(first, last)  # "du T1 au T3 2019"
    if first.mod in ("this", "last", "next"):
        pass  # "from this May to Oct 2020": the start keeps its own year
    elif first.kind in ("day", "month") and first.year is None and last.year is not None:
        first.year = last.year
        if last.month is not None and (first.month or 0, first.day or 0) > (
            last.month,
            last.day or 0,
        ):
            first.year -= 1
    elif last.kind in ("day", "month") and last.year is None and first.year is not None:
        last.year = first.year
        if first.month is not None and (last.month or 0, last.day or 99) < (
            first.month,
            first.day or 0,
        ):
            last.year += 1
    if first.kind == "year" and last.kind in ("day", "month") and last.year is None:
        return None
    start = opener.start("open") if opener is not None else a.start
    return range_atom(first, last, start, end)


#: a weekday of a week named relative to publication ("FUTURE_REF-week-1:D5")
_WEEK_DAY = regex.compile(r"(?P<week>(?:PAST|PRESENT|FUTURE)_REF-week(?:-\d+)?):D\d")


def _in_one_week(a: DateAtom, b: DateAtom) -> tuple[DateAtom, DateAtom]:
    """Two weekdays of a range, one of them written with its week ("from Monday to Wednesday
    next week", "letzte Woche von Montag bis Mittwoch"): the other is a day of that week."""

    def week_of(atom: DateAtom) -> str | None:
        m = _WEEK_DAY.fullmatch(atom.timex or "") if atom.kind == "relative" else None
        return m.group("week") if m is not None else None

    def into(atom: DateAtom, week: str) -> DateAtom:
        timex = f"{week}:D{atom.n}"
        return replace(atom, kind="relative", timex=timex, n=None, mod=None, granularity="day")

    if a.kind == "weekday" and a.n and a.mod in (None, "until") and (week := week_of(b)):
        return into(a, week), b
    if b.kind == "weekday" and b.n and b.mod in (None, "until") and (week := week_of(a)):
        return a, into(b, week)
    return a, b


def _week_days(a: DateAtom, b: DateAtom) -> bool:
    """Are ``a`` and ``b`` two days of one week named relative to publication?"""
    first, last = _WEEK_DAY.fullmatch(a.timex or ""), _WEEK_DAY.fullmatch(b.timex or "")
    return first is not None and last is not None and first.group("week") == last.group("week")


def _months_by_slash(a: DateAtom, b: DateAtom) -> DateAtom | None:
    """Two months written with a slash, the two of one period ("March/April 2020"): the
    year written after the second holds for both; two bare months stay weak unless one of
    them had a cue ("in March/April")."""
    if a.mod or b.mod or a.part or b.part or a.year is not None or a.month is None:
        return None
    first = replace(a, year=b.year)
    if b.year is not None and b.month is not None and a.month > b.month:
        first.year = b.year - 1  # "December/January 2021"
    atom = range_atom(first, b, a.start, b.end)
    if atom is not None:
        atom.weak = a.weak and b.weak
    return atom


def _share_year(a: DateAtom, b: DateAtom) -> None:
    """Two months or days joined by "and" are two dates, the year written after the second
    holding for the first too ("in May and June 2019", "en mai et juin 2019")."""
    if a.kind != b.kind or a.kind not in ("month", "day") or a.mod or a.part:
        return
    if a.year is not None or b.year is None or a.month is None or b.month is None:
        return
    a.year = b.year - 1 if (a.month, a.day or 0) > (b.month, b.day or 0) else b.year


def _share_period_year(first: DateAtom, last: DateAtom) -> None:
    """The year written after the second of two quarters or halves holds for the first
    ("Q1 to Q3 2019"; "Q4 to Q1 2020" starts in 2019)."""
    if first.year is None and last.year is not None and first.n and last.n:
        first.year = last.year - 1 if first.n > last.n else last.year
