"""Times of day: "Friday morning", "16:00 UTC today", "Monday at 10 a.m.", "this morning".

A clock time or a part of the day (CLDR's day periods: "morning", "Abend", "soir") written next
to a day belongs to that day's mention, whose value stays the day: claimcheck compares dates,
not hours. "this morning" ("ce matin", "heute Morgen") is the publication day. A clock time
with no day beside it ("at 18:00 UTC") says nothing about which day it is: it is kept as a
mention of unknown date (timex ``T1800``, ISO 8601 basic: a time of no known day) so that it
is seen, and never compared. The same moment restated in another zone in parentheses ("at
18:41 this evening (02:41 GMT Friday)") belongs to the first mention: its day is the zone's,
not a second date of the event.
"""

from __future__ import annotations

import regex

from claimcheck.extraction.dates.atoms import DateAtom, ref_timex
from claimcheck.extraction.dates.grammar import DateGrammar
from claimcheck.extraction.dates.scan import look_back, match_at
from claimcheck.language.calendar import fold, phrase_key
from claimcheck.model import Granularity

__all__ = ["attach_times", "parse_anaphor", "parse_day_period", "parse_time"]

#: The letters of the word after a number ("18 [Uhr]", "6 [p].m.", "0800 [UTC]")
_FIRST_WORD = regex.compile(r"\s{0,2}\(?\s?(\p{L}+)")
#: The word after a phrase ("the day [he] died")
_WORD_AFTER = regex.compile(r"[\s’']*(?P<w>[\p{L}]+)")

_CLOSE = regex.compile(r"\s*\)")
#: How many characters may separate a time from its day.
_MAX_GAP = 12


def parse_time(g: DateGrammar, text: str, start: int) -> DateAtom | None:
    """A clock time with a marker or a time zone ("6:40 p.m.", "0800 UTC", "18 Uhr"), or a
    bare "18:00" (kept only next to a day, see :func:`attach_times`)."""
    if not _may_be_time(g, text, start):
        return None
    m = match_at(g.clock, text, start)
    if m is None:
        return None
    hour = int(m.group("h"))
    minute = int(m.group("mi") or 0)
    marker = (m.group("mark") or "").lower()
    if marker.startswith("p") and hour < 12:
        hour += 12
    if hour > 23 or (marker[:1] in ("a", "p") and not 1 <= int(m.group("h")) <= 12):
        return None
    anchored = bool(m.group("mark") or m.group("zone") or m.group("hsep"))
    if not anchored and not m.group("mi"):
        return None
    # ISO 8601 basic time: the colon is the timex grammar's modifier separator
    atom = DateAtom(start, m.end(), "time", timex=f"T{hour:02d}{minute:02d}")
    atom.weak = not anchored  # "18:00" alone may be a score or a duration
    atom.timed = True
    return atom


def _may_be_time(g: DateGrammar, text: str, start: int) -> bool:
    """A cheap look at what follows the figures: a separator, or a marker or zone word."""
    end = start
    while end < len(text) and text[end].isdigit():
        end += 1
    if text[end : end + 1] in (":", ".", "h"):
        return True
    word = _FIRST_WORD.match(text, end, min(len(text), end + 12))
    return word is not None and word.group(1).lower() in g.time_words


#: Trading named by its part of the day ("in morning trading", "afternoon dealings"): a part
#: of the day the story is at. Not "a night session", which may be any night.
_SESSION_AFTER = regex.compile(r"[ \t]+(?:trading|dealings)\b", regex.IGNORECASE)


#: The parts of a day "last" can name in English: the evening or night before ("last night"),
#: never a morning ("last morning" is not said).
_LAST_PERIODS = frozenset({"night", "evening"})
#: "the last night of the festival", "his last evening": the final one, not yesterday's
_DETERMINER_BEFORE = regex.compile(
    r"(?<!\w)(?:the|a|its|their|his|her|our|my|your|that|this|every)\s+\Z", regex.IGNORECASE
)
_OF_AFTER = regex.compile(r"\s+of\b")


def parse_day_period(
    g: DateGrammar, text: str, start: int, end: int, floor: int
) -> DateAtom | None:
    """ "this morning", "ce soir", "cet après-midi": a part of the publication day; "last
    night": the day before; "morning trading": a part of the day named before
    (``ANAPHOR-day``)."""
    word = fold(text[start:end])
    if g.language == "en" and word in _CLOCK_PERIODS:
        return _clock_period(text, start, end, floor, _CLOCK_PERIODS[word])
    mod = look_back(g.mod_before, text, start, floor)
    meaning = g.modifiers.get(fold(mod.group("mod"))) if mod is not None else None
    if (
        mod is not None
        and meaning == "last"
        and fold(text[start:end]) in _LAST_PERIODS
        and not _DETERMINER_BEFORE.search(text, max(0, mod.start("mod") - 8), mod.start("mod"))
        and not _OF_AFTER.match(text, end)
    ):
        # "last night", "last evening": the evening or night before the publication day
        return DateAtom(
            mod.start("mod"), end, "relative", timex=ref_timex("day", -1), granularity="day"
        )
    if mod is None or meaning != "this":
        if g.language == "en" and _SESSION_AFTER.match(text, end):
            return DateAtom(start, end, "anaphor", timex="ANAPHOR-day", granularity="day")
        return None
    return DateAtom(mod.start("mod"), end, "relative", timex=ref_timex("day", 0), granularity="day")


#: The parts of the day that are a clock time ("at noon", "shortly after midnight"), as
#: ISO 8601 basic times
_CLOCK_PERIODS = {"noon": "T1200", "midnight": "T0000"}
_CLOCK_CUE_BEFORE = regex.compile(
    r"(?<!\w)(?:at|by|until|till|before|after|around|about|from|since|past)\s+"
    r"(?:(?:about|around|roughly|approximately)\s+)?\Z",
    regex.IGNORECASE,
)


def _clock_period(text: str, start: int, end: int, floor: int, timex: str) -> DateAtom | None:
    """ "at noon", "until midnight": a clock time, of the day written beside it ("midnight
    Tuesday") or of no known day; not "the midnight sun" nor "a noon deadline"."""
    if look_back(_CLOCK_CUE_BEFORE, text, start, floor) is None:
        return None
    atom = DateAtom(start, end, "time", timex=timex)
    atom.timed = True
    return atom


#: What may follow "the day before" when it counts from the day named last: the end of a
#: clause ("The day before, ...", "... the day before.")
_CLAUSE_END = regex.compile(r"\s*(?:[,.;:!?)\]\"”’—–]|\s-\s|\Z|\s+(?:and|but|when|as)\b)")

#: The word after "three days later" that makes it a comparison rather than a date.
_COMPARISON = frozenset({"than", "als", "que", "qu"})


def parse_anaphor(g: DateGrammar, text: str, start: int, end: int) -> DateAtom | None:
    """ "that day", "the previous year", "am Vortag", "le lendemain": a period named before,
    or the one before or after it, resolved in context (timex ``ANAPHOR-day``,
    ``ANAPHOR-year-1``, ``ANAPHOR-week+1`` ...; "the same period last year" is
    ``ANAPHOR-period-1``, the last period shorter than a year named before, a year earlier);
    not "the day he died" nor "the day before the vote"."""
    unit, offset = g.words.anaphors.get(phrase_key(text[start:end]), ("", 0))
    if not unit:
        return None
    part = look_back(g.day_part_before, text, start, 0) if (unit, offset) == ("day", 0) else None
    if part is not None and part.group("idiom"):
        return None  # "at the end of the day": ultimately, no day
    after = _WORD_AFTER.match(text, end, min(len(text), end + 30))
    stops = g.words.anaphor_stops if offset == 0 else g.words.reference_stops | _COMPARISON
    if part is None and after is not None and fold(after.group("w")) in stops:
        return None  # "the day he died", "three days later than planned"
    if part is not None:
        start = part.start()  # "late in the day", "the start of the day": that day still
    if text[end : end + 1] == "-":
        return None  # "the day-long strike"
    head, _, last = text[start:end].rpartition(" ")
    if last.lower() in ("before", "after") and not _CLAUSE_END.match(text, end):
        # "the day before the vote": a day counted from the vote, not anaphoric; "late in
        # the day after falling": the day named before
        return parse_anaphor(g, text, start, start + len(head.rstrip()))
    weeks = unit == "week"
    if weeks:  # "two weeks later": about fourteen days after the day named before
        unit, offset = "day", 7 * offset
    elif unit == "calendar_week":  # "the following week": the Monday-to-Sunday week after
        unit = "week"
    timex = f"ANAPHOR-{unit}" + (f"{offset:+d}" if offset else "")
    granularity: Granularity = _ANAPHOR_GRANULARITY.get(unit, "year")
    return DateAtom(start, end, "anaphor", timex=timex, granularity=granularity, approximate=weeks)


_ANAPHOR_GRANULARITY: dict[str, Granularity] = {"day": "day", "week": "week", "month": "month"}


def _is_day(atom: DateAtom) -> bool:
    if atom.kind in ("day", "weekday"):
        return True
    return atom.kind == "relative" and "-day" in (atom.timex or "")


def attach_times(g: DateGrammar, text: str, atoms: list[DateAtom]) -> list[DateAtom]:
    """``atoms`` with each day extended over a following part of the day ("Friday morning"),
    each clock time joined to a neighbouring day ("Monday at 10 a.m.", "16:00 UTC today"),
    and a bare "18:00" left without a day dropped."""
    out: list[DateAtom] = []
    for atom in atoms:
        prev = out[-1] if out else None
        if _is_day(atom):
            period = match_at(g.day_period_after, text, atom.end)
            if period is not None:
                atom.end = period.end()
        if prev is not None and _restates(text, prev, atom):
            close = _CLOSE.match(text, atom.end)
            prev.end = close.end() if close is not None else atom.end
            continue
        if prev is not None and _joins(g, text, prev, atom):
            if atom.kind == "time":
                prev.end = atom.end  # "Monday at 10 a.m."
                prev.timed = True
            else:
                atom.start = prev.start  # "12:00 UTC Monday"
                atom.timed = True
                out[-1] = atom
            continue
        out.append(atom)
    return [a for a in out if not (a.kind == "time" and a.weak)]


def _restates(text: str, a: DateAtom, b: DateAtom) -> bool:
    """Is ``b`` a day inside a parenthesis that ``a``, a day with a clock time, opened
    ("18:41 this evening (02:41 GMT Friday)")?"""
    if not (_is_day(b) and a.timed):
        return False
    opened = text.rfind("(", a.start, b.start)
    return opened > a.start and ")" not in text[opened : b.start] and b.start - a.end <= 2


def _joins(g: DateGrammar, text: str, a: DateAtom, b: DateAtom) -> bool:
    """Is one of ``a``, ``b`` a time and the other a day, with only glue between?"""
    if not ((a.kind == "time" and _is_day(b)) or (b.kind == "time" and _is_day(a))):
        return False
    gap = text[a.end : b.start]
    if a.kind == "time" and "," in gap and b.kind != "day":
        return False  # "at 18:30, on Friday": the comma closes the time's phrase
    return len(gap) <= _MAX_GAP and g.time_glue.fullmatch(gap) is not None
