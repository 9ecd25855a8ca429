"""Parsers for dates relative to publication: "yesterday", "last month", "two weeks ago".

The values they produce need the publication date to be resolved: ``PAST_REF-month-1`` and
friends (see :mod:`claimcheck.normalization.dates`). Rolling windows ("over the last year",
"in the past 24 hours") are not calendar periods and are left out.
"""

from __future__ import annotations

import regex

from claimcheck.extraction.dates.atoms import DateAtom, ref_timex
from claimcheck.extraction.dates.grammar import DateGrammar
from claimcheck.extraction.dates.scan import LOOKBACK, look_back, match_at, normalize, part_meaning
from claimcheck.extraction.dates.tense import tense_near
from claimcheck.language.numwords import word_entries
from claimcheck.language.text import fold
from claimcheck.model import Granularity

__all__ = ["parse_ago", "parse_ahead", "parse_period_part", "parse_reference", "parse_relative"]

_OFFSETS = {"this": 0, "earlier": 0, "later": 0, "last": -1, "next": 1, "last2": -2, "next2": 2}
_ROLLING_BEFORE = regex.compile(r"(?<!\w)(?:the|over|in|within|for)\s+\Z", regex.IGNORECASE)
#: The word after a reference phrase ("the past [few] years", "at the time [of]")
_WORD_AFTER = regex.compile(r"[\s’']*(?P<w>\d|[\p{L}]+)")
_YEAR_AFTER = regex.compile(r"\s+\d{4}(?!\d)")
_THE_BEFORE = regex.compile(r"(?<!\w)the\s\Z", regex.IGNORECASE)
_WORD_BEFORE = regex.compile(r"(?<!\w)(?P<w>[\p{L}]+)\s+\Z")
_UNIT_GRANULARITY: dict[str, Granularity] = {
    "day": "day",
    "week": "week",
    "weekend": "week",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "decade": "decade",
}
#: Units whose "the last ..." / "the past ..." is the calendar period before the current one
#: rather than a rolling window ("an annual profit for the last year", "the third time in the
#: past decade"): a reader counts them in calendar years and decades.
_CALENDAR_PAST_UNITS = frozenset({"year", "decade"})
#: "over the last year", "throughout the past decade": the span up to now, a rolling window
_ACROSS_BEFORE = regex.compile(
    r"(?<!\w)(?:over|within|during|throughout|across)\s+the\s+\Z", regex.IGNORECASE
)


def parse_relative(g: DateGrammar, text: str, start: int, end: int, floor: int) -> DateAtom | None:
    """ "yesterday", "last week", "earlier this month", "la semaine dernière", "letzten Monat"."""
    word = text[start:end]
    key = fold(word)
    if key in g.day_words:
        return _day_word(g, text, start, end, word, floor)
    unit = g.unit_words.get(key)
    if unit is None:
        return None
    if text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha():
        suffix = g.phrases.modifier_after_unit and match_at(g.relative_after, text, end)
        if not suffix:
            return None  # "year-long", "week-old"; "ce mois-ci" is this month
    meaning: str | None = None
    part: str | None = None
    before = look_back(g.relative_before, text, start, floor)
    if g.phrases.modifier_after_unit:
        after = match_at(g.relative_after, text, end)
        if before is not None and before.group("mod"):  # "cette semaine", "ce mois-ci"
            meaning = g.modifiers.get(normalize(before.group("mod")))
            start = before.start("mod")
            if after is not None and fold(after.group("mod")) == "ci":
                end = after.end()
        elif before is not None and before.group("det") and after is not None:
            meaning = g.modifiers.get(normalize(after.group("mod")))  # "la semaine dernière"
            if meaning == "this":
                return None
            start, end = before.start("det"), after.end()
    elif before is not None:
        meaning = g.modifiers.get(normalize(before.group("mod")))
        start = before.start("mod")
        if text[end : end + 2] not in ("'s", "’s"):  # "for next year's budget": the year
            meaning = _window_meaning(g, text, start, floor, meaning, unit)
        if meaning == "rolling":
            return None  # "in the last week", "in the next year": rolling windows
        if _THE_BEFORE.search(text, max(floor, start - 5), start):
            start -= 4  # "the last quarter", "the current year": the article belongs to it
    elif (after := match_at(g.relative_after, text, end)) is not None and _THE_BEFORE.search(
        text, max(floor, start - 5), start
    ):
        meaning = g.modifiers.get(normalize(after.group("mod")))  # "the week after next"
        start, end = start - 4, after.end()
    if before is not None and before.group("part") and meaning is not None:
        part = part_meaning(before.group("part"))  # "late last year", "Ende letzten Jahres"
        start = before.start("part")
        if _is_point(g, text, before.group("part"), start, floor):
            part = "first" if part == "early" else "final"
    if meaning == "past" and unit == "weekend":
        meaning = "last"  # "this past weekend"
    if meaning == "last" and unit in ("quarter", "month") and g.language == "en":
        final = _final_of_year(text, start, end, unit)
        if final is not None:
            return final
    if meaning is None and g.language == "en" and _SUPERLATIVE_BEFORE.search(text, floor, start):
        return _record_period(g, text, start, end, unit)
    if meaning is None and unit in ("month", "year"):
        return _part_of_current(g, text, start, end, floor, unit)
    if meaning is None or meaning not in _OFFSETS:
        return None  # bare "week", or "this past week" (a rolling week)
    timex = ref_timex(unit, _OFFSETS[meaning])
    point = part in ("first", "final")  # "since the start of this quarter": any unit
    if meaning in ("earlier", "later"):
        if unit == "weekend":
            return None
        timex += ":" + meaning
    elif part is not None and (unit in ("month", "year") or point):
        timex += ":" + part
    return DateAtom(
        start,
        end,
        "relative",
        timex=timex,
        granularity="day" if point else _UNIT_GRANULARITY[unit],
        approximate=part is not None and not point,
    )


#: "the last quarter of 2007", "the last month of last year": the year the last one is of
_OF_YEAR_AFTER = regex.compile(
    r"\s+of\s+(?:(?:the\s+year\s+)?(?P<y>1\d{3}|20\d\d)(?![\d\p{L}])|"
    r"(?P<rel>this|last|next|the)\s+year\b)",
    regex.IGNORECASE,
)
_YEAR_OFFSETS = {"this": 0, "the": 0, "last": -1, "next": 1}


def _final_of_year(text: str, start: int, end: int, unit: str) -> DateAtom | None:
    """ "the last quarter of 2007" (2007-Q4), "the last month of last year" (its December):
    "last" before a year's name is the final one of that year, not the one before now."""
    m = _OF_YEAR_AFTER.match(text, end)
    if m is None or text[start : start + 4].lower() != "the ":
        return None  # "last quarter of 2007" without its article is no final quarter
    quarter = unit == "quarter"
    if m.group("y"):
        year = int(m.group("y"))
        if quarter:
            return DateAtom(start, m.end(), "quarter", year=year, n=4, granularity="quarter")
        return DateAtom(start, m.end(), "month", year=year, month=12, granularity="month")
    offset = _YEAR_OFFSETS[m.group("rel").lower()]
    suffix = ":Q4" if quarter else ":M12"
    granularity: Granularity = "quarter" if quarter else "month"
    timex = ref_timex("year", offset) + suffix
    return DateAtom(start, m.end(), "relative", timex=timex, granularity=granularity)


#: "since the start of this year": "since" takes a point in time, the period's first day
_SINCE_BEFORE = regex.compile(r"(?<!\w)(?:ever\s+)?since\s+\Z", regex.IGNORECASE)


def _is_point(g: DateGrammar, text: str, part_word: str, start: int, floor: int) -> bool:
    """Whether "the start of" / "the end of" a period after "since" is its first or last day
    ("since the start of this year" is since 1 January, not since some day of its first
    months); "early", "mid" and "late" stay parts."""
    if g.language != "en" or not normalize(part_word).startswith("the "):
        return False
    if part_meaning(part_word) not in ("early", "late"):
        return False
    return _SINCE_BEFORE.search(text, max(floor, start - 12), start) is not None


def _window_meaning(
    g: DateGrammar, text: str, start: int, floor: int, meaning: str | None, unit: str
) -> str | None:
    """The meaning of "last"/"past"/"next" after "the" ("for the last year"): the calendar
    year or decade before the current one, or ``"rolling"`` for a window up to now or
    from now ("over the last year", "in the next week")."""
    if _ROLLING_BEFORE.search(text, max(floor, start - 10), start) is None:
        return meaning
    if (
        meaning in ("last", "past")
        and unit in _CALENDAR_PAST_UNITS
        and _ACROSS_BEFORE.search(text, max(floor, start - 16), start) is None
    ):
        return "last"  # "for the last year", "in the past decade"
    if g.phrases.rolling_windows and meaning in ("last", "next") and unit != "quarter":
        return "rolling"
    return meaning


#: "their best week since November", "its worst day in 20 years": a record set in the period
#: the story is about
_SUPERLATIVE_BEFORE = regex.compile(
    r"(?<!\w)(?:its|their|his|her|our|the)\s+(?:best|worst|\p{L}{3,}est)(?:\s+single)?\s+\Z",
    regex.IGNORECASE,
)
_SINCE_AFTER = regex.compile(r"\s+(?:since|in\s+(?:\d+|\p{L}+)\s+(?:years|decades))\b")


def _record_period(g: DateGrammar, text: str, start: int, end: int, unit: str) -> DateAtom | None:
    """The period a record is set in, when the record is compared ("since", "in 20 years"):
    in the present tense the current one ("US stocks have their best week since November"); in
    the past tense ("it was the best year since 1999") which one is not said."""
    if unit == "weekend" or match_at(_SINCE_AFTER, text, end) is None:
        return None
    if tense_near(text, start, end, g.language) == "past":
        return None
    granularity = _UNIT_GRANULARITY[unit]
    return DateAtom(start, end, "relative", timex=ref_timex(unit, 0), granularity=granularity)


def parse_period_part(
    g: DateGrammar, text: str, start: int, end: int, floor: int
) -> DateAtom | None:
    """ "by year-end", "zum Jahresende", "seit Jahresbeginn 2016": a part of the current year
    or month, or of the year written after it; only after a cue ("year-end results" is no
    date)."""
    key = normalize(text[start:end])
    entry = next((v for k, v in g.phrases.period_parts.items() if normalize(k) == key), None)
    if entry is None or look_back(g.period_part_before, text, start, floor) is None:
        return None
    unit, part = entry
    year = _YEAR_AFTER.match(text, end, end + 8)
    if year is not None and unit == "year":  # "zum Jahresende 2016"
        y = int(year.group().strip())
        return DateAtom(
            start, year.end(), "year", year=y, part=part, granularity="month", approximate=True
        )
    return DateAtom(
        start,
        end,
        "relative",
        timex=ref_timex(unit, 0) + ":" + part,
        granularity="month" if unit == "year" else "day",
        approximate=True,
    )


def _part_of_current(
    g: DateGrammar, text: str, start: int, end: int, floor: int, unit: str
) -> DateAtom | None:
    """ "the end of the year", "Ende des Jahres", "la fin de l'année": a part of the current
    month or year."""
    m = look_back(g.part_of_current, text, start, floor)
    part = part_meaning(m.group("part")) if m is not None else None
    if m is None or part is None or _YEAR_AFTER.match(text, end, end + 8):
        return None  # "the end of the year 2005" is 2005's
    return DateAtom(
        m.start("part"),
        end,
        "relative",
        timex=ref_timex(unit, 0) + ":" + part,
        granularity="month" if unit == "year" else "day",
        approximate=True,
    )


def _day_word(
    g: DateGrammar, text: str, start: int, end: int, word: str, floor: int
) -> DateAtom | None:
    """ "today", "yesterday", "the day before yesterday", "vorgestern", "demain"."""
    offset = g.day_words[fold(word)]
    if fold(word) in g.phrases.homonym_day_words and (
        word[0].isupper() or look_back(g.homonym_before, text, start, floor)
    ):
        return None  # "am Morgen", "heute Morgen": the morning, not tomorrow
    around = look_back(g.day_before_after, text, start, floor)
    if around is not None:
        if offset == 0 or (around.group("ba").lower() == "before") != (offset < 0):
            return None
        offset *= 2
        start = around.start()
    return DateAtom(start, end, "relative", timex=ref_timex("day", offset), granularity="day")


def parse_ago(g: DateGrammar, text: str, start: int, end: int, floor: int) -> DateAtom | None:
    """ "two days ago", "vor drei Wochen", "il y a un an" (CLDR's relative-time patterns).

    A day is exact; "N weeks/months/years ago" is the calendar week, month or year it falls in.
    """
    if g.ago_backward:
        m = g.ago.search(text, max(floor, start - LOOKBACK), end)
    else:
        m = match_at(g.ago, text, start)
    atom = _relative_time(g, m, -1)
    if g.language == "en" and (atom is None or text[atom.start - 1 : atom.start] == "-"):
        # "thirty-five years ago": the small number read was the end of a compound
        atom = (
            _ago_in_decades(g, text, end, floor)
            or _counted_ago(text, end, floor)
            or atom
            or _vague_ago(text, end, floor)
        )
    if atom is not None and atom.kind == "relative" and g.language == "en":
        _take_approximator(text, atom, floor)
    return atom


#: "more than 20 years ago", "nearly two months ago", "some 20 years ago": how far back is
#: approximate, the period is the one counted (TimeML puts the words in the extent, the
#: approximation in ``MOD``)
_APPROXIMATOR_BEFORE = regex.compile(
    r"(?<!\w)(?:(?:just|only|well|a\s+little)\s+)?(?:more\s+than|less\s+than|fewer\s+than|"
    r"over|under|nearly|almost|about|around|roughly|some|approximately|at\s+least|at\s+most|"
    r"close\s+to|upwards\s+of|barely|just|only)\s+\Z",
    regex.IGNORECASE,
)


def _take_approximator(text: str, atom: DateAtom, floor: int) -> None:
    """Widen a counted "ago" to the approximation written before its count: the whole phrase
    is one date, and no count of years ("more than 20 years") is read inside it."""
    m = _APPROXIMATOR_BEFORE.search(text, max(floor, atom.start - 24), atom.start)
    if m is not None:
        atom.start = m.start()
        atom.approximate = True


#: "twenty years ago", "thirty-five years ago": a count in words past the small numbers
_COUNTED_AGO = regex.compile(
    r"(?<![\w-])(?P<n>\p{L}+(?:-\p{L}+)?)\s+(?:(?P<day>days?)|(?P<week>weeks?)|(?P<month>months?)|"
    r"(?P<year>years?))\s+ago\Z",
    regex.IGNORECASE,
)


def _english_count(word: str) -> int | None:
    """A count of 1 to 99 written as English words ("twenty", "thirty-five", "fifteen")."""
    table = word_entries("en")
    parts = [table.get(fold(w)) for w in word.split("-")]
    if any(p is None for p in parts) or len(parts) > 2:
        return None
    roles = tuple(p[0] for p in parts if p is not None)
    values = [int(p[1]) for p in parts if p is not None]
    if roles in (("unit",), ("teen",), ("ten",)) or (roles == ("ten", "unit") and values[1]):
        return sum(values) or None
    return None


def _counted_ago(text: str, end: int, floor: int) -> DateAtom | None:
    m = _COUNTED_AGO.search(text, max(floor, end - LOOKBACK), end)
    n = _english_count(m.group("n")) if m is not None else None
    if m is None or n is None or not 1 <= n <= 100:
        return None
    unit = next(u for u in ("day", "week", "month", "year") if m.group(u))
    return DateAtom(
        m.start(),
        end,
        "relative",
        timex=ref_timex(unit, -n),
        granularity=_UNIT_GRANULARITY[unit],
        approximate=unit != "day",
    )


#: "a decade ago", "two decades ago": the calendar decade it falls in
_DECADES_AGO = regex.compile(
    r"(?<![\w-])(?P<n>a|one|\d{1,2}|[a-z]+)\s+decades?\s+ago\Z", regex.IGNORECASE
)
#: "years ago", "a few weeks ago", "some time ago", "long ago": some time in the past, no
#: calendar period (TimeML's ``PAST_REF``)
_VAGUE_AGO = regex.compile(
    r"(?<![\w-])(?:(?:(?:a\s+)?(?:few|couple\s+of)|several|some|many|a\s+number\s+of|"
    r"a\s+while|not\s+long|long)\s+)?(?:(?:days|weeks|months|years|decades|centuries)\s+)?"
    r"(?:(?:some|a\s+long)\s+time\s+)?(?<=\w\s)ago\Z",
    regex.IGNORECASE,
)


_HOW_BEFORE = regex.compile(r"(?<!\w)how\s+\Z", regex.IGNORECASE)


def _ago_in_decades(g: DateGrammar, text: str, end: int, floor: int) -> DateAtom | None:
    m = _DECADES_AGO.search(text, max(floor, end - LOOKBACK), end)
    if m is None:
        return None
    token = fold(m.group("n"))
    n = int(token) if token.isdigit() else 1 if token in ("a", "one") else None
    n = n if n is not None else g.words.number_words.get(token)
    if not n or n > 10:
        return None
    timex = ref_timex("decade", -n)
    return DateAtom(m.start(), end, "relative", timex=timex, granularity="decade", approximate=True)


def _vague_ago(text: str, end: int, floor: int) -> DateAtom | None:
    """ "years ago", "a few weeks ago", "not long ago": the past (a count in figures or words,
    "two years ago", is read by :func:`parse_ago`)."""
    m = _VAGUE_AGO.search(text, max(floor, end - LOOKBACK), end)
    if m is None or m.end() - m.start() <= len("ago"):
        return None  # a bare "ago" ("three days ago" is read as a count)
    if _HOW_BEFORE.search(text, max(floor, m.start() - 8), m.start()):
        return None  # "how long ago": a question, no time
    return DateAtom(m.start(), end, "reference", timex="PAST_REF", mod="past")


def parse_ahead(g: DateGrammar, text: str, start: int, end: int, floor: int) -> DateAtom | None:
    """ "dans deux semaines", "dans un mois": the future counterpart of :func:`parse_ago`, in
    the languages where CLDR's words for it are not also a span of time (see
    ``CalendarWords.ahead_patterns``), and not in a past-tense sentence (reported speech
    counts from the day it was spoken)."""
    if g.ahead_backward:
        m = g.ahead.search(text, max(floor, start - LOOKBACK), end)
    else:
        m = match_at(g.ahead, text, start)
    if m is None or tense_near(text, m.start(), m.end(), g.language) == "past":
        return None
    return _relative_time(g, m, 1)


def _relative_time(g: DateGrammar, m: regex.Match[str] | None, sign: int) -> DateAtom | None:
    if m is None:
        return None
    token = m.group("n")
    n = int(token) if token.isdigit() else g.words.number_words.get(fold(token))
    if not n or n > 100:
        return None
    groups = m.groupdict()
    unit = next((u for u in ("day", "week", "month", "year") if groups.get(u)), None)
    if unit is None:
        return None
    return DateAtom(
        m.start(),
        m.end(),
        "relative",
        timex=ref_timex(unit, sign * n),
        granularity=_UNIT_GRANULARITY[unit],
        approximate=unit != "day",
    )


def parse_reference(g: DateGrammar, text: str, start: int, end: int) -> DateAtom | None:
    """ "now", "currently", "recently", "in the past", "à l'avenir": the present, the past or
    the future, without a calendar period. Not when a count or a period noun follows ("the
    past few years", "in recent months": rolling windows) or a named event does ("at the time
    of the crash", "the future of the plant"), nor inside a compound ("now-defunct")."""
    word = text[start:end]
    reference = g.words.references.get(normalize(word))
    if reference is None or text[end : end + 1] == "-":
        return None
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before is not None and fold(before.group("w")) in g.words.reference_stops_before:
        return None
    after = _WORD_AFTER.match(text, end, min(len(text), end + 40))
    if after is not None:
        w = fold(after.group("w"))
        words = g.words
        if (
            w.isdigit()
            or w in words.reference_stops
            or w in words.period_nouns
            or w in words.number_words
        ):
            return None
    return DateAtom(start, end, "reference", timex=f"{reference.upper()}_REF", mod=reference)
