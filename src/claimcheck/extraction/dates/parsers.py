"""Parsers for written dates: month names, figures, years, weekdays, quarters.

Each parser starts at a trigger found by the grammar's trigger pattern and returns a
:class:`~claimcheck.extraction.dates.atoms.DateAtom` or ``None``. ``floor`` is where the previous
mention ended; nothing before it is looked at. Precision comes first: a month name that is also
a word ("May", "March", "mars"), a bare four-digit number or a weekday that may be part of a
name ("Black Friday", "Sunday Times") is accepted only with the context that makes it a date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import regex

from claimcheck.extraction.dates.atoms import (
    DateAtom,
    nth_weekday,
    range_atom,
    ref_timex,
    valid_day,
)
from claimcheck.extraction.dates.daytime import parse_anaphor, parse_day_period, parse_time
from claimcheck.extraction.dates.grammar import DateGrammar
from claimcheck.extraction.dates.relative import (
    parse_ago,
    parse_ahead,
    parse_period_part,
    parse_reference,
    parse_relative,
)
from claimcheck.extraction.dates.scan import (
    LOOKBACK,
    group,
    look_back,
    match_at,
    modifier_meaning,
    normalize,
    part_meaning,
    range_start,
)
from claimcheck.extraction.dates.seasons import parse_fiscal, parse_named_day, parse_season
from claimcheck.extraction.dates.tense import sentence_bounds
from claimcheck.language.calendar import calendar_words, decade_words, fold, phrase_key

__all__ = ["parse_at"]

#: A capitalized word, or a brand written with a small first letter ("iLife", "eBay")
_CAPITALIZED_BEFORE = regex.compile(r"(?<![\w’'])(\p{Lu}[\w’'.-]*|\p{Ll}\p{Lu}[\w’'.-]*)\s+\Z")
#: A capitalized word closing a sentence ("King."), not an abbreviation ("St.", "Mr.", "U.S.")
_SENTENCE_END_WORD = regex.compile(r"\p{Lu}\p{Ll}{3,}\.")
_CAPITALIZED_AFTER = regex.compile(r"\s+(\p{Lu}[\w’'-]*)")
_SENTENCE_START = regex.compile(r"(?:^|[.!?:;\"“”'‘’()\[\]\n-]\s*)\Z")
_FOLLOWING_WORD = regex.compile(r"\s+([\p{L}][\p{L}’'-]*)")
_DIGIT_JOIN_BEFORE = regex.compile(r"(?:\d[-/.:,]?|[-/.][-/.]?)\Z")
_APOSTROPHE_YEAR = regex.compile(r"\d\d(?![\w’'])")
#: "in her 70s", "in their early 80s": an age, not a decade
_AGE_BEFORE = regex.compile(
    r"(?<!\w)(?:her|his|their|its|my|our|your|whose|ihren|seinen|ihrer|seiner)"
    r"(?:\s+(?:early|mid|late))?[\s-]+\Z",
    regex.IGNORECASE,
)
_DIGIT_FIRST_PERIOD = regex.compile(
    r"(?P<n>[1-4])(?P<k>[QH])(?:\x20?(?P<y>(?:1\d{3}|20\d{2}))|(?P<yy>\d{2}))(?![\w'’])"
)
#: a dash after an abbreviated word ("18 nov.-19 déc."): the figures start a new date
_ABBREVIATION_DASH = regex.compile(r"\p{L}\.[-–]\Z")
_ARTICLE_BEFORE = regex.compile(r"(?<!\w)(?:the|la|les|le|l['’])\s+\Z", regex.IGNORECASE)
_WORD_AT = regex.compile(r"\w+\.?")
_DIGITS = regex.compile(r"\d+")
_IN_URL = regex.compile(r"(?:https?://|www\.)\S*\Z", regex.IGNORECASE)
_CLOSING_PAREN = regex.compile(r"\s*\)")
_PERIOD_WORDS = frozenset(
    {"each", "every", "the", "this", "next", "last", "month", "year"}
    | {"monats", "jahres", "chaque", "mois", "annee"}
)
_ORDINAL_BEFORE = regex.compile(
    r"(?:(?<!\w)(?:first|second|third|fourth|fifth|erste[nmrs]?|zweite[nmrs]?|dritte[nmrs]?|"
    r"vierte[nmrs]?|premier|deuxième|troisième|quatrième)|(?<![\w.])[1-5](?:st|nd|rd|th|\.|er|"
    r"e|ème))\s+\Z",
    regex.IGNORECASE,
)
#: A weekday two weeks off ("the Tuesday before last", "übernächsten Dienstag", "mardi en
#: huit"): which day is meant depends on the weekday of publication and on the writer, so the
#: weekday is not read rather than read as the nearest one.
_SECOND_ORDER_BEFORE = regex.compile(
    r"(?<!\w)(?:übernächste[nmrs]?|vorletzte[nmrs]?|avant-derni(?:er|ère))\s+\Z", regex.IGNORECASE
)
_SECOND_ORDER_AFTER = regex.compile(
    r"\s+(?:after\s+next|before\s+last|en\s+(?:huit|quinze))(?!\w)", regex.IGNORECASE
)
_PLURAL_EXCEPTIONS = frozenset(
    [
        "was",
        "is",
        "has",
        "as",
        "this",
        "its",
        "his",
        "us",
        "thus",
        "plus",
        "less",
        "across",
        "unless",
        "versus",
        "whereas",
        "does",
        "yes",
    ]
)
_SETS = frozenset({"every", "each", "chaque", "tous les"})
#: "until Friday", "bis Freitag", "jusqu'à vendredi": the end of a span that runs through the
#: time of writing (resolved by :func:`claimcheck.normalization.dates.resolve_timex`, mod
#: ``until``); "through" and "to" are left to ranges ("Monday through Friday").
_UNTIL_BEFORE = regex.compile(
    r"(?<!\w)(?:until|till|bis|jusqu[’']\s?(?:à|au))\s+(?:(?:on|zum|le)\s+)?\Z", regex.IGNORECASE
)


def parse_at(g: DateGrammar, text: str, trigger: re.Match[str], floor: int) -> DateAtom | None:
    """The date expression anchored at ``trigger``, if it is one."""
    kind = trigger.lastgroup
    start = trigger.start()
    if kind == "num":
        return _number(g, text, start, floor)
    if kind == "mon":
        return _month(g, text, start, floor)
    if kind == "wd":
        return _weekday(g, text, start, floor)
    if kind == "lex":
        return _lexical(g, text, start, trigger.end(), floor)
    if kind == "fy":
        return parse_fiscal(g, text, start, trigger.end(), floor)
    if kind == "qtr":
        return _quarter(g, text, start)
    if kind == "ord":
        return _ordinal_day(g, text, start, floor)
    if kind == "rom":
        return _roman_century(text, start, trigger.end())
    return None


def _lexical(g: DateGrammar, text: str, start: int, end: int, floor: int) -> DateAtom | None:
    """A date anchored on a word or phrase of the lexicon: "yesterday", "week", "ago", "now",
    "morning", "that day"; a word of several kinds ("Morgen") tries each in turn."""
    for kind in g.lexicon.get(normalize(text[start:end]), ()):
        if kind == "rel":
            atom = parse_relative(g, text, start, end, floor)
        elif kind == "ago":
            atom = parse_ago(g, text, start, end, floor)
        elif kind == "ahead":
            atom = parse_ahead(g, text, start, end, floor)
        elif kind == "ref":
            atom = parse_reference(g, text, start, end)
        elif kind == "dp":
            atom = parse_day_period(g, text, start, end, floor)
        elif kind == "season":
            atom = parse_season(g, text, start, end, floor)
        elif kind == "fiscal":
            atom = parse_fiscal(g, text, start, end, floor)
        elif kind == "pp":
            atom = parse_period_part(g, text, start, end, floor)
        elif kind == "dec":
            atom = _decade_in_words(g, text, start, end, floor)
        elif kind == "hol":
            atom = parse_named_day(g, text, start, end, floor)
        else:
            atom = parse_anaphor(g, text, start, end)
        if atom is not None:
            return atom
    return None


def _month_of(g: DateGrammar, word: str) -> tuple[int, bool, bool]:
    """(month number, written as an abbreviation, a word that is not only a month)."""
    key = fold(word.rstrip("."))
    return g.words.months[key], key in g.words.month_abbreviations, key in g.phrases.ambiguous


def _day_number(g: DateGrammar, token: str | None, word: str | None) -> int | None:
    if token:
        digits = _DIGITS.match(token)  # "1er", "1ᵉʳ"
        return int(digits.group(0)) if digits else None
    if word:
        return g.words.ordinal_words.get(fold(word))
    return None


def _cue(g: DateGrammar, text: str, start: int, floor: int) -> bool:
    return look_back(g.cue_before, text, start, floor) is not None


def _sentence_start(text: str, start: int, floor: int) -> bool:
    return _SENTENCE_START.search(text, max(floor, start - 3), start) is not None


#: "the last week of March", "the first week in May": a week of a month
_WEEK_OF_MONTH = regex.compile(
    r"(?<!\w)the\s+(?P<n>first|second|third|fourth|last|final)\s+week\s+(?:of|in)\s+\Z",
    regex.IGNORECASE,
)
_WEEK_PARTS = {"first": "W1", "second": "W2", "third": "W3", "fourth": "W4"}


def _week_of_month(g: DateGrammar, text: str, atom: DateAtom, floor: int) -> bool:
    """Extend a month over "the last week of": the last Monday-to-Sunday week wholly in it
    (ISO weeks, as TIMEX3 writes them); "the first week of" the first such week."""
    if g.language != "en" or atom.kind != "month":
        return False
    m = look_back(_WEEK_OF_MONTH, text, atom.start, floor)
    if m is None:
        return False
    atom.part = _WEEK_PARTS.get(m.group("n").lower(), "WL")
    atom.granularity = "week"
    atom.start = m.start()
    atom.weak = False
    return True


def _apply_part(g: DateGrammar, text: str, atom: DateAtom, floor: int) -> bool:
    """Extend ``atom`` over a preceding "early", "mid-", "late", "Anfang", "fin de" ..."""
    if _week_of_month(g, text, atom, floor):
        return True
    m = look_back(g.part_before, text, atom.start, floor)
    part = part_meaning(m.group("part")) if m is not None else None
    if m is None or part is None:
        return False
    atom.part = part
    atom.approximate = True
    if atom.kind == "month":
        atom.granularity = "day"
    elif atom.kind == "year":
        atom.granularity = "month"
    elif atom.kind == "decade":
        atom.granularity = "year"
    atom.start = m.start()
    atom.weak = False
    return True


def _attach_weekday_after(g: DateGrammar, text: str, atom: DateAtom) -> None:
    """ "Nov. 19 (Tuesday)": a weekday written after a date belongs to it."""
    if atom.kind != "day":
        return
    m = match_at(g.weekday_after_date, text, atom.end)
    if m is not None:
        atom.weekday = g.words.weekdays[fold(m.group("wd").rstrip("."))]
        atom.end = m.end()


# --------------------------------------------------------------------------------------------
# month first: "Nov. 9", "November 9, 2024", "March 2-4", "October 2023", "in May"


def _month(g: DateGrammar, text: str, start: int, floor: int) -> DateAtom | None:
    m = match_at(g.month_first, text, start)
    if m is None:
        return None
    word = m.group("mon")
    month, abbreviation, ambiguous = _month_of(g, word)
    capital = word[:1].isupper()
    end = m.end()
    word_end = (
        start
        + len(word)
        + (1 if abbreviation and text[start + len(word) : start + len(word) + 1] == "." else 0)
    )
    atom: DateAtom | None
    if m.group("yx") and m.group("dx"):  # "September-2020-23"
        full_year, day_of_month = int(m.group("yx")), int(m.group("dx"))
        if not valid_day(full_year, month, day_of_month):
            return None
        atom = DateAtom(start, end, "day", year=full_year, month=month, day=day_of_month)
    elif m.group("d1") or group(m, "dw1"):
        day_token, day_word = m.group("d1"), group(m, "dw1")
        day = _day_number(g, day_token, day_word)
        year = _written_year(m)
        if day is None or not valid_day(year, month, day):
            return _month_alone(g, text, start, word_end, floor, month, abbreviation, ambiguous)
        word = (not capital and g.phrases.lowercase_month_is_word) or (
            capital
            and g.phrases.capitalized_month_is_name
            and not _sentence_start(text, start, floor)
        )
        if ambiguous and (word or day_word) and year is None and not _cue(g, text, start, floor):
            return None  # "you may 2 ...", "march first", "Mars 3" (the planet)
        atom = DateAtom(start, end, "day", year=year, month=month, day=day)
        if m.group("d2") or group(m, "dw2"):
            atom = _month_day_range(g, text, m, atom, floor)
            if atom is None:
                return None
        else:
            atom = _day_of_relative_year(g, text, atom)
    elif m.group("ym") or m.group("yy"):  # "October 2023", "Jun ’86"
        lowercase_word = g.phrases.lowercase_month_is_word and not capital
        if ambiguous and lowercase_word and not _cue(g, text, start, floor):
            return None  # "you may 2017"; "mars 1966" is March
        year = int(m.group("ym")) if m.group("ym") else _two_digit_year(int(m.group("yy")))
        atom = DateAtom(start, end, "month", year=year, month=month, granularity="month")
        _apply_part(g, text, atom, floor)
    else:
        return _month_alone(g, text, start, word_end, floor, month, abbreviation, ambiguous)
    _attach_weekday_after(g, text, atom)
    return atom


def _month_front_days(g: DateGrammar, text: str, month: DateAtom) -> DateAtom | None:
    """ "March from the 3rd to the 5th", "im März vom 3. bis 5.", "mars entre le 3 et le 5":
    the days of a month written after it, as one range."""
    m = match_at(g.month_front_days, text, month.end)
    if m is None or month.month is None or match_at(g.count_after, text, m.end()) is not None:
        return None  # "in March between 3 and 5 percent"
    day1, day2 = _day_number(g, m.group("d1"), None), _day_number(g, m.group("d2"), None)
    year = int(m.group("y")) if m.group("y") else None
    if day1 is None or day2 is None or day2 <= day1 or not valid_day(year, month.month, day2):
        return None
    first = DateAtom(month.start, m.end("d1"), "day", year=year, month=month.month, day=day1)
    last = DateAtom(m.start("d2"), m.end("d2"), "day", year=year, month=month.month, day=day2)
    return range_atom(first, last, month.start, m.end())


def _month_day_range(
    g: DateGrammar, text: str, m: regex.Match[str], first: DateAtom, floor: int
) -> DateAtom | None:
    """ "March 2-4", "Nov 18-Dec 19, 2015", "April 9th through 17th", "May 1 and 3"."""
    assert first.month is not None and first.day is not None
    day2 = _day_number(g, m.group("d2"), group(m, "dw2"))
    month2 = _month_of(g, m.group("mon2"))[0] if m.group("mon2") else first.month
    if day2 is None:
        return None
    year = first.year
    year1 = year - 1 if year is not None and (month2, day2) < (first.month, first.day) else year
    if not valid_day(year1, first.month, first.day) or not valid_day(year, month2, day2):
        return None
    if (month2, day2) == (first.month, first.day):
        return None
    if year is None and (month2, day2) < (first.month, first.day):
        return None
    first_end = m.end("d1") if m.group("d1") else m.end("dw1")
    second = m.start("mon2") if m.group("mon2") else m.start("d2" if m.group("d2") else "dw2")
    gap = text[first_end:second]
    start = range_start(g, text, first.start, gap, floor)
    if start is None:
        if normalize(gap) not in g.phrases.and_words:
            return None
        # "June 18 and 19, 2019", "June 3 and July 5, 2016": two days; this is the first,
        # with the year written after
        first.year, first.end = year1, first_end
        return first
    first.year, first.end = year1, first_end
    last = DateAtom(second, m.end(), "day", year=year, month=month2, day=day2)
    return range_atom(first, last, start, m.end())


def _month_alone(
    g: DateGrammar,
    text: str,
    start: int,
    end: int,
    floor: int,
    month: int,
    abbreviation: bool,
    ambiguous: bool,
) -> DateAtom | None:
    """A month without day or year: "in October", "late November", "last March", "May to"."""
    capital = text[start : start + 1].isupper()
    phrases = g.phrases
    if (
        phrases.capitalized_month_is_name
        and capital
        and ambiguous
        and not _sentence_start(text, start, floor)
        and match_at(g.month_front_days, text, end) is None
    ):
        return None  # "Mars", the planet
    if phrases.lowercase_month_is_word and ambiguous and not capital:
        return None  # "may", "march" as verbs
    atom = DateAtom(start, end, "month", month=month, granularity="month")
    days = _month_front_days(g, text, atom)
    if days is not None:
        return days
    in_year = _month_of_relative_year(g, text, atom, floor)
    if in_year is not None:
        return in_year
    if _apply_part(g, text, atom, floor):
        return atom
    after = match_at(g.mod_after, text, end)
    if after is not None and modifier_meaning(after.group("mod")):
        atom.mod = modifier_meaning(after.group("mod"))  # "novembre dernier"
        atom.end = after.end()
        return atom
    mod = look_back(g.mod_before, text, start, floor)
    if mod is not None and modifier_meaning(mod.group("mod")) is not None:
        atom.mod = modifier_meaning(mod.group("mod"))  # "last March", "im vergangenen November"
        atom.start = mod.start("mod")
        return atom
    if ambiguous:
        if not abbreviation and look_back(g.strict_cue_before, text, start, floor) is not None:
            return atom
    elif _cue(g, text, start, floor):
        return atom
    atom.weak = True  # "May to March", "Jan-Feb 2017": only as one end of a range
    return atom


# --------------------------------------------------------------------------------------------
# figures: numeric dates, day-first dates, years, decades, centuries


def _number(g: DateGrammar, text: str, start: int, floor: int) -> DateAtom | None:
    if start and text[start - 1] in "/-_." and _IN_URL.search(text, max(0, start - 200), start):
        return None  # ".../2024/11/19/story.html" is an address, not a statement
    joined = _DIGIT_JOIN_BEFORE.search(text, max(0, start - 2), start)
    if (
        joined is not None
        and not (start >= 2 and text[start - 1] in "-/" and text[start - 2 : start - 1].isalpha())
        and not _ABBREVIATION_DASH.search(text, max(0, start - 4), start)
    ):
        return None  # inside a longer number, code or time ("133-03-03-2020", "3:27", "1,200")
    digits = _DIGITS.match(text, start, start + 6)
    length = digits.end() - start if digits else 0
    if length <= 4:
        with_era, atom = _year_with_era(g, text, start, start + length, floor)
        if with_era:
            return atom  # "79 n. Chr.", "AD 300"; a year before the common era is no date here
    after = text[start + length : start + length + 2]
    # figures joined by a separator ("19.11.2024", "02 04 2009", "10/1967") may be a date
    separated = after[:1] in ("/", ".", "-") or (after[:1] in " \u00a0" and after[1:].isdigit())
    if length == 4:
        candidates: tuple[DateAtom | None, ...] = (
            _numeric(g, text, start, floor) if separated else None,
            _year(g, text, start, floor),
            _year_first_named(g, text, start),
            parse_time(g, text, start),
        )
    elif length == 2 and start >= 1 and text[start - 1] in "'’":
        candidates = (_year(g, text, start, floor),)  # "the ’90s"
    elif length == 1 and after[:1] in ("Q", "H"):
        candidates = (_digit_first_period(text, start),)  # "2Q 2019", "1H19"
    elif length <= 2:
        # cheap looks at the figures and what follows them keep unlikely parsers from running
        slash = after[:1] == "/"
        ranged = slash or (after[:1] == "." and g.phrases.dot_separates_dates)
        decade = length == 2 and text[start + 1] == "0"
        candidates = (
            _short_decade(g, text, start, floor) if decade else None,
            _numeric(g, text, start, floor) if separated else None,
            _numeric_range(g, text, start, floor) if ranged else None,
            _numeric_month_range(g, text, start, floor) if separated else None,
            _day_first(g, text, start, floor),
            _days_of_relative_month(g, text, start, floor),
            _log_date(g, text, start) if slash else None,
            _century(g, text, start),
            parse_time(g, text, start),
        )
    else:
        return None  # three or five and more digits: a count, a code, never a date here
    best: DateAtom | None = None
    for atom in candidates:
        if atom is not None and (best is None or atom.end - atom.start > best.end - best.start):
            best = atom
    return best


def _year_with_era(
    g: DateGrammar, text: str, start: int, end: int, floor: int
) -> tuple[bool, DateAtom | None]:
    """A year written with its era ("79 AD", "AD 79", "300 v. Chr.", "52 av. J.-C."):
    whether an era word is there, and the year of the common era it names. A year before
    the common era has no calendar day in this model, so it is no date, and its figures
    are never read as the year of our era."""
    after = match_at(g.era_after, text, end)
    if (
        after is not None
        and after.group("era").isupper()
        and (match_at(_CAPITALIZED_AFTER, text, after.end()) is not None)
    ):
        after = None  # "in 2019 BC Hydro raised rates": a name ("BC", British Columbia)
    spaced = start > 0 and text[start - 1] in " \u00a0"
    before = look_back(g.era_before, text, start, floor) if after is None and spaced else None
    if after is None and before is None:
        return False, None
    era = 1
    if after is not None:  # "n.Chr." is "n. Chr."
        word = "".join(after.group("era").split())
        era = next((v for k, v in g.words.eras.items() if "".join(k.split()) == word), 0)
    year = int(text[start:end])
    if era != 1 or not 1 <= year <= 2099 or text[start] == "0":
        return True, None
    first = before.start("era") if before is not None else start
    last = after.end() if after is not None else end
    return True, DateAtom(first, last, "year", year=year, granularity="year")


def _field_order(g: DateGrammar, a: int, b: int) -> str:
    """Day-month or month-day: unambiguous when one part exceeds 12, else the CLDR order."""
    if a > 12 >= b:
        return "dm"
    if b > 12 >= a:
        return "md"
    return (
        "dm" if g.words.short_date_order.index("d") < g.words.short_date_order.index("m") else "md"
    )


def _numeric(
    g: DateGrammar, text: str, start: int, floor: int, after_weekday: bool = False
) -> DateAtom | None:
    """ "2024-11-19", "19/11/2024", "19.11.2024"; without a year only where a cue says so."""
    m = match_at(g.numeric, text, start)
    if m is None:
        return None
    if group(m, "my"):  # "10/1967", "08.2010": a month
        month = int(m.group("mm"))
        if not 1 <= month <= 12 or (m.group("msep") == "." and not g.phrases.dot_separates_dates):
            return None
        return DateAtom(
            start, m.end(), "month", year=int(m.group("my")), month=month, granularity="month"
        )
    if m.group("iy"):
        year, month, day = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        if not valid_day(year, month, day):
            return None
        return DateAtom(start, m.end("id"), "day", year=year, month=month, day=day)
    a, b, sep = int(m.group("a")), int(m.group("b")), m.group("sep")
    day, month = (a, b) if _field_order(g, a, b) == "dm" else (b, a)
    ny = m.group("ny")
    written_year = int(ny) if ny else None
    if ny and len(ny) == 2:
        if sep == "-":
            return None  # "5-21-16" may be a score or a code; "5/21/16" is a date
        written_year = _two_digit_year(written_year or 0)
    if group(m, "sp") and not (ny or m.group("dot")):
        return None  # "27. 11." and "27. 11. 2015" close with a dot or a year; "3. 5" is a list
    if not valid_day(written_year, month, day):
        return None
    end = m.end()
    if m.group("dot") and (
        written_year is not None or not g.phrases.dot_separates_dates or sep != "."
    ):
        end -= 1  # the full stop ends the sentence ("22.04." keeps its dot in German)
    if written_year is None and not after_weekday:
        mod = look_back(g.mod_before, text, start, floor)
        # the second date of "from 10/25 to 01/25" looks back into the first one
        continues_range = look_back(g.numeric_range_before, text, start, 0) is not None
        if sep == "-" and not continues_range:
            return None
        on = mod is not None and mod.group("mod").lower() == "on"
        if sep == "." and not g.phrases.dot_separates_dates and not on:
            return None  # "5.12" is a decimal unless written "on 5.12"
        # the first date of "von 28/2 bis 1/3", "du 28/2 au 1/3": a range opener and a second
        # date say what the figures are
        opens_range = (
            (sep == "." or max(a, b) > 12)  # "von 1/3 bis 2/3 der Befragten" are fractions
            and look_back(g.range_before, text, start, floor) is not None
            and match_at(g.numeric_range_after, text, end) is not None
        )
        if mod is None and not continues_range and not opens_range:
            return None
    return DateAtom(start, end, "day", year=written_year, month=month, day=day)


def _written_year(m: regex.Match[str]) -> int | None:
    """The year written after a month and day: four figures, or two after an apostrophe."""
    if m.group("y"):
        return int(m.group("y"))
    return _two_digit_year(int(m.group("yy"))) if m.group("yy") else None


def _two_digit_year(yy: int) -> int:
    """The year of "5/21/16" and "’82": 00-49 are 2000-2049, 50-99 are 1950-1999 (news
    rarely names a year more than a generation ahead; a fixed pivot keeps output stable)."""
    return 1900 + yy if yy >= 50 else 2000 + yy


def _numeric_range(g: DateGrammar, text: str, start: int, floor: int) -> DateAtom | None:
    """ "10/1-11/7", "5/1/2019-5/7/2020": two numeric dates joined by a dash."""
    m = match_at(g.numeric_range, text, start)
    if m is None:
        return None
    c, d = int(m.group("c")), int(m.group("d"))
    a, b = (int(m.group("da")), d) if group(m, "da") else (int(m.group("a")), int(m.group("b")))
    if a > 12 or c > 12:
        order = "dm"
    elif b > 12 or d > 12:
        order = "md"
    else:
        order = _field_order(g, 1, 1)
    (d1, m1), (d2, m2) = ((a, b), (c, d)) if order == "dm" else ((b, a), (d, c))
    y1_written = bool(m.group("y1"))
    y1 = int(m.group("y1")) if y1_written else None
    y2 = int(m.group("y2")) if m.group("y2") else None
    if y2 is None and y1 is not None:
        return None
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if (m1, d1) > (m2, d2) else y2
    opener = look_back(g.range_before, text, start, floor)
    if y2 is None and opener is None and max(a, b, c, d) <= 12:
        return None  # "1/2-3/4" may be two fractions; "28/2-1/3" can only be days
    if not valid_day(y1, m1, d1) or not valid_day(y2, m2, d2):
        return None
    first_end = m.end("da") if group(m, "da") else m.end("y1" if y1_written else "b")
    first = DateAtom(start, first_end, "day", year=y1, month=m1, day=d1)
    last = DateAtom(m.start("c"), m.end(), "day", year=y2, month=m2, day=d2)
    return range_atom(first, last, opener.start("open") if opener else start, m.end())


def _numeric_month_range(g: DateGrammar, text: str, start: int, floor: int) -> DateAtom | None:
    """ "01/2019-03/2019", "12.2018–02.2019": two months in figures, each with its year."""
    m = match_at(g.numeric_month_range, text, start)
    if m is None:
        return None
    if m.group("s") == "." and not g.phrases.dot_separates_dates:
        return None
    ends = []
    for i in (1, 2):
        month, year = m.group(f"m{i}"), m.group(f"y{i}")
        if not 1 <= int(month) <= 12:
            return None
        span = m.start(f"m{i}"), m.end(f"y{i}")
        ends.append(DateAtom(*span, "month", year=int(year), month=int(month)))
    for end in ends:
        end.granularity = "month"
    opener = look_back(g.range_before, text, start, floor)
    return range_atom(ends[0], ends[1], opener.start("open") if opener else start, m.end())


def _day_first(g: DateGrammar, text: str, start: int, floor: int) -> DateAtom | None:
    """ "9 November 2024", "9th of November", "2-4 March", "19. November", "1er janvier"."""
    m = match_at(g.day_first, text, start)
    if m is None:
        return None
    word = m.group("mon")
    month, abbreviation, ambiguous = _month_of(g, word)
    year_token = m.group("y") or m.group("yx")
    if m.group("yy"):  # "11 Oct ’19"
        year_token = str(_two_digit_year(int(m.group("yy"))))
    end = m.end()
    if not abbreviation and end == m.end("mon") + 1 and text[end - 1] == ".":
        end -= 1  # "13 to 20 January.": the full stop ends the sentence
    if g.phrases.capitalized_nouns and text[m.end("d1")].isspace():
        if text[m.end("mon") : m.end("mon") + 1] == "-":
            return None  # "3 Mai-Bäume": a count before a compound, not "3. Mai"
    if ambiguous and not year_token:
        if g.phrases.lowercase_month_is_word and not word[:1].isupper():
            return None  # "the 2 may ..."
        if g.phrases.capitalized_month_is_name and word[:1].isupper():
            return None  # "3 Mars"
    year = int(year_token) if year_token else None
    day = _day_number(g, m.group("d1"), None)
    if day is None or not valid_day(year, month, day):
        return None
    atom: DateAtom | None = DateAtom(start, end, "day", year=year, month=month, day=day)
    if m.group("d2"):
        day2 = _day_number(g, m.group("d2"), None)
        if day2 is None or day2 <= day or not valid_day(year, month, day2):
            return None
        gap = text[m.end("d1") : m.start("d2")]
        first_start = range_start(g, text, start, gap, floor)
        if first_start is None:
            if normalize(gap) not in g.phrases.and_words:
                return None
            # "18 and 19 June", "am 3. und 4. Mai": two days; this is the first, the
            # next trigger reads the second with its month
            return DateAtom(start, m.end("d1"), "day", year=year, month=month, day=day)
        last = DateAtom(m.start("d2"), end, "day", year=year, month=month, day=day2)
        atom = range_atom(
            DateAtom(start, m.end("d1"), "day", year=year, month=month, day=day),
            last,
            first_start,
            end,
        )
    if atom is not None and atom.kind == "day":
        atom = _day_of_relative_year(g, text, atom)
    if atom is not None:
        _attach_weekday_after(g, text, atom)
    return atom


def _days_of_relative_month(g: DateGrammar, text: str, start: int, floor: int) -> DateAtom | None:
    """ "the 3rd of next month", "vom 4. bis 22. dieses Monats", "du 4 au 22 de ce mois": a day,
    or days, of the month before, of or after the publication month."""
    m = match_at(g.days_of_relative_month, text, start)
    meaning = modifier_meaning(m.group("mod")) if m is not None else None
    if m is None or meaning not in ("this", "last", "next"):
        return None
    month = ref_timex("month", {"last": -1, "this": 0, "next": 1}[meaning])
    day = _day_number(g, m.group("d1"), None)
    if day is None or not 1 <= day <= 31:
        return None
    timex = f"{month}:D{day:02d}"
    if not m.group("d2"):
        return DateAtom(start, m.end(), "relative", timex=timex, granularity="day")
    day2 = _day_number(g, m.group("d2"), None)
    if day2 is None or not day < day2 <= 31:
        return None
    first = range_start(g, text, start, text[m.end("d1") : m.start("d2")], floor)
    if first is None:
        return None  # "the 3rd and 4th of next month": two days
    return DateAtom(
        first, m.end(), "range", timex=f"({timex},{month}:D{day2:02d})", granularity="day"
    )


def _day_of_relative_year(g: DateGrammar, text: str, atom: DateAtom) -> DateAtom:
    """A day without a year followed by the year relative to publication ("March 5 last
    year", "am 5. März vergangenen Jahres", "le 5 mars de l'an dernier"; the year words stay
    a mention of their own) or by "dernier"/"prochain" ("le 5 mars dernier")."""
    if atom.year is not None or atom.month is None or atom.day is None:
        return atom
    m = match_at(g.month_year_after, text, atom.end) or look_back(
        g.month_year_before, text, atom.start, 0
    )
    if m is not None:
        offset = _year_offset(normalize(m.group("yrel")))
        timex = ref_timex("year", offset) + f":M{atom.month:02d}-{atom.day:02d}"
        return DateAtom(atom.start, atom.end, "relative", timex=timex, granularity="day")
    after = match_at(g.mod_after, text, atom.end)
    if after is not None and modifier_meaning(after.group("mod")) in ("last", "next"):
        atom.mod = modifier_meaning(after.group("mod"))
        atom.end = after.end()
    return atom


def _year(g: DateGrammar, text: str, start: int, floor: int) -> DateAtom | None:
    """ "2009", "1990s", "’90s", "2014-2018", "2024 Q3", "mid-2023", "1990er Jahre"."""
    atom: DateAtom | None
    if start >= 1 and text[start - 1] in "'’":
        m2 = match_at(g.short_decade, text, start)
        if m2 is not None and m2.group("decade"):  # "the ’90s"
            atom = DateAtom(
                start - 1, m2.end(), "decade", year=1900 + int(m2.group("d")), granularity="decade"
            )
            _apply_part(g, text, atom, floor)
            return atom
        m3 = match_at(_APOSTROPHE_YEAR, text, start)
        if m3 is None or _after_a_name(g, text, start - 1, floor):
            return None  # "iLife ’11", "Office ’97": a version
        year = _two_digit_year(int(m3.group(0)))  # "since ’82"
        return DateAtom(start - 1, m3.end(), "year", year=year, granularity="year")
    m = match_at(g.year, text, start)
    if m is None:
        return None
    year = int(m.group("y"))
    end = m.end()
    if m.group("decade"):
        if year % 10:
            return None
        if g.language == "en" and year % 100 == 0 and year != 2000:
            # "the 1800s" is the century ("the 2000s" the decade; German "die 1900er Jahre"
            # the decade)
            return DateAtom(start, end, "century", year=year, granularity="century")
        atom = DateAtom(start, end, "decade", year=year, granularity="decade")
        _apply_part(g, text, atom, floor)
        return atom
    if m.group("q"):
        return DateAtom(
            start, end, "quarter", year=year, n=int(m.group("q")), granularity="quarter"
        )
    if m.group("h"):
        return DateAtom(start, end, "half", year=year, n=int(m.group("h")), granularity="month")
    if m.group("y2"):
        token = m.group("y2")
        iso_month = len(token) == 2 and token[0] in "01" and 1 <= int(token) <= 12
        iso_month = iso_month and m.group(0)[4] == "-"
        if iso_month and g.words.short_date_order == "ymd":  # "2000-02" where dates are y-m-d
            return DateAtom(start, end, "month", year=year, month=int(token), granularity="month")
        year2 = int(token) if len(token) == 4 else year // 100 * 100 + int(token)
        if m.group("slash"):  # a season or a financial year, "2009/10", "1999/00"; not "2009/12"
            if (year + 1) % (10 ** len(token)) != int(token):
                return None
            year2 = year + 1
        if year < year2 <= year + 100 and (
            len(token) == 4 or year2 // 100 > year // 100 or year % 100 < int(token)
        ):
            first = DateAtom(start, start + 4, "year", year=year, granularity="year")
            last = DateAtom(end - len(token), end, "year", year=year2, granularity="year")
            return range_atom(first, last, start, end)
        if iso_month:  # ISO 8601 "1993-07": a month, where it cannot be a season ("2009-10")
            return DateAtom(start, end, "month", year=year, month=int(token), granularity="month")
    atom = DateAtom(start, start + 4, "year", year=year, granularity="year")
    if year % 10 == 0 and look_back(g.decade_before, text, start, floor):
        atom.kind = atom.granularity = "decade"  # "les années 1990"
        _apply_part(g, text, atom, floor)  # "au début des années 2000"
        return atom
    if _apply_part(g, text, atom, floor):
        return atom
    return atom if _is_year_here(g, text, start, start + 4, year, floor) else None


def _short_decade(g: DateGrammar, text: str, start: int, floor: int) -> DateAtom | None:
    """ "the 70s", "die 80er Jahre", "les années 70"; not an age ("in her 70s") nor a
    temperature ("in the 70s degrees")."""
    m = match_at(g.short_decade, text, start)
    if m is None or (start and text[start - 1] in "'’"):
        return None
    if not m.group("decade") and not look_back(g.decade_before, text, start, floor):
        return None  # a bare "70" is a number; "années 70" is a decade
    if look_back(_AGE_BEFORE, text, start, floor) or match_at(g.count_after, text, m.end()):
        return None
    atom = DateAtom(start, m.end(), "decade", year=1900 + int(m.group("d")), granularity="decade")
    _apply_part(g, text, atom, floor)
    return atom


#: "the twenties" of a temperature ("temperatures in the low twenties")
_TEMPERATURE = regex.compile(
    r"(?<!\w)(?:temperatur\w*|degrees?|°|celsius|fahrenheit|low|high|mercury|thermometer)(?!\w)",
    regex.IGNORECASE,
)
_THE_BEFORE = regex.compile(r"(?<!\w)the\s+(?:(?:early|mid|late)[\s-]+)?\Z", regex.IGNORECASE)


def _decade_in_words(
    g: DateGrammar, text: str, start: int, end: int, floor: int
) -> DateAtom | None:
    """ "the twenties", "die Achtzigerjahre", "les années quatre-vingt": a decade of the
    twentieth century. English needs "the" and no age ("in her twenties") or temperature
    ("temperatures in the low twenties") around it."""
    year = {phrase_key(k): v for k, v in decade_words(g.language).items()}.get(
        phrase_key(text[start:end])
    )
    if year is None:
        return None
    atom = DateAtom(start, end, "decade", year=year, granularity="decade")
    if g.language != "en":
        _apply_part(g, text, atom, floor)
        return atom
    the = look_back(_THE_BEFORE, text, start, floor)
    if the is None:
        return None
    left, right = sentence_bounds(text, start, end)
    if look_back(_AGE_BEFORE, text, start, floor) or _TEMPERATURE.search(text, left, right):
        return None
    if not _apply_part(g, text, atom, floor):
        # "at the end of the Fifties": the part comes before the article
        with_article = replace(atom, start=the.start())
        if _apply_part(g, text, with_article, floor):
            return with_article
    return atom


_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman_century(text: str, start: int, end: int) -> DateAtom | None:
    """ "XIXe siècle": a century in Roman figures (the eleventh to the twenty-first)."""
    figures = regex.match(r"[XVI]+", text[start:end])
    if figures is None:
        return None
    values = [_ROMAN[c] for c in figures.group(0)]
    n = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    if not 11 <= n <= 21:
        return None
    return DateAtom(start, end, "century", year=(n - 1) * 100, granularity="century")


def _after_a_name(g: DateGrammar, text: str, start: int, floor: int) -> bool:
    """Is ``start`` right after a capitalized word inside a sentence ("Windows Server 2003")?"""
    name = _CAPITALIZED_BEFORE.search(text, max(floor, start - LOOKBACK), start)
    if name is None or _sentence_start(text, name.start(1), floor):
        return False
    return fold(name.group(1).rstrip(".")) not in g.words.months


def _is_year_here(g: DateGrammar, text: str, start: int, end: int, year: int, floor: int) -> bool:
    """Is a bare four-digit number a year here? ("in 2009" yes, "2024 people" no)."""
    nxt = text[end : end + 2]
    if nxt[:1] == "%" or (nxt[:1] in ",.:-/" and nxt[1:2].isdigit()):
        return False
    if match_at(g.count_after, text, end):
        return False
    if look_back(g.count_before, text, start, floor) and (
        look_back(g.year_range_before, text, start, 0) is None
    ):
        return False  # "jusqu'à 2000": a count, unless a year comes before ("2014 jusqu'à")
    if look_back(g.strong_year_cue_before, text, start, floor) is not None:
        return True
    if year < 1900:
        return False
    if _after_a_name(g, text, start, floor):
        return False  # "Windows Server 2003", "Route 1900"
    w = match_at(_FOLLOWING_WORD, text, end)
    if w is None:
        return True
    word = w.group(1)
    if g.phrases.capitalized_nouns:  # "2024 Menschen" is a count
        return not (word[:1].isupper() and fold(word) not in g.words.months)
    if word[:1].isupper() or fold(word) in g.words.months:
        return True
    plural = word.endswith(g.phrases.plural_endings) and (word.lower() not in _PLURAL_EXCEPTIONS)
    if plural:  # "the 2024 elections" is a year, "2000 protesters" a count
        return _ARTICLE_BEFORE.search(text, max(floor, start - 6), start) is not None
    return True


def _century(g: DateGrammar, text: str, start: int) -> DateAtom | None:
    m = match_at(g.century, text, start)
    if m is None:
        return None
    n = int(m.group("c"))
    if not 11 <= n <= 21:
        return None
    return DateAtom(start, m.end(), "century", year=(n - 1) * 100, granularity="century")


def _log_date(g: DateGrammar, text: str, start: int) -> DateAtom | None:
    """ "23/Sep/2020": the Common Log Format, with English months whatever the language."""
    m = match_at(g.log_date, text, start)
    if m is None:
        return None
    year, day = int(m.group("y")), int(m.group("d1"))
    month = calendar_words("en").months[fold(m.group("mon"))]
    if not valid_day(year, month, day):
        return None
    return DateAtom(start, m.end(), "day", year=year, month=month, day=day)


def _year_first_named(g: DateGrammar, text: str, start: int) -> DateAtom | None:
    """ "2020/Sep/23", "2019-aug-01"."""
    m = match_at(g.year_first_named, text, start)
    if m is None:
        return None
    year, day = int(m.group("y")), int(m.group("d1"))
    month = _month_of(g, m.group("mon"))[0]
    if not valid_day(year, month, day):
        return None
    return DateAtom(start, m.end(), "day", year=year, month=month, day=day)


def _ordinal_day(g: DateGrammar, text: str, start: int, floor: int) -> DateAtom | None:
    """ "the fourth of July", "between the ninth and the seventeenth of April"."""
    m = match_at(g.ordinal_first, text, start)
    if m is None:
        return None
    day = g.words.ordinal_words[fold(m.group("dw1"))]
    month = g.words.months[fold(m.group("mon").rstrip("."))]
    year = int(m.group("y")) if m.group("y") else None
    if not valid_day(year, month, day):
        return None
    end = m.end()
    if end == m.end("mon") + 1 and not _month_of(g, m.group("mon"))[1]:
        end -= 1  # the full stop after "the fourth of July." ends the sentence
    atom = DateAtom(start, end, "day", year=year, month=month, day=day)
    if not group(m, "dw2"):
        return atom  # "the fourth of July", "le premier octobre"
    day2 = g.words.ordinal_words[fold(m.group("dw2"))]
    if day2 <= day or not valid_day(year, month, day2):
        return None
    first_start = range_start(g, text, start, m.group("conn"), floor)
    if first_start is None:
        return None
    last = DateAtom(m.start("dw2"), end, "day", year=year, month=month, day=day2)
    first = DateAtom(start, m.end("dw1"), "day", year=year, month=month, day=day)
    return range_atom(first, last, first_start, end)


# --------------------------------------------------------------------------------------------
# weekdays


def _weekday(g: DateGrammar, text: str, start: int, floor: int) -> DateAtom | None:
    """ "on Tuesday", "Tuesday's", "last Friday", "mardi prochain", "Tuesday, Nov. 19, 2024"."""
    m = _WORD_AT.match(text, start, min(len(text), start + 24))  # "Donnerstagnachmittag"
    if m is None:
        return None
    token = m.group(0).rstrip(".")
    key = fold(token)
    if key not in g.words.weekdays:
        return None
    weekday = g.words.weekdays[key]
    abbreviation = key in g.words.weekday_abbreviations
    word_end = (
        start
        + len(token)
        + (1 if abbreviation and text[start + len(token) : start + len(token) + 1] == "." else 0)
    )
    dated = _weekday_with_date(g, text, start, word_end, weekday, floor)
    if dated is not None or abbreviation:
        return dated  # an abbreviation alone ("Sat", "Sun", "Mo") is too often a word
    of = match_at(g.weekday_of_after, text, word_end)
    if of is not None and match_at(g.weekday_week_after, text, word_end) is None:
        if fold(of.group("what")) in g.words.months:
            return _weekday_of_month(g, text, start, of, weekday, floor)
    if _a_rule_of_the_month(g, text, word_end):
        return None  # "the second Tuesday of each month"
    if look_back(_ORDINAL_BEFORE, text, start, floor) or _second_order(
        text, start, word_end, floor
    ):
        return None
    atom = DateAtom(start, word_end, "weekday", n=weekday + 1)
    week = match_at(g.weekday_week_after, text, word_end) or look_back(
        g.weekday_week_before, text, start, 0
    )
    meaning = modifier_meaning(week.group("mod")) if week is not None else None
    if meaning is not None:  # "Friday next week": that week's Friday; the week words stay apart
        offset = {"last": -1, "this": 0, "next": 1}[meaning]
        timex = ref_timex("week", offset) + f":D{weekday + 1}"
        return DateAtom(start, word_end, "relative", timex=timex, granularity="day")
    adjective = look_back(g.day_adjective_before, text, start, floor)
    if adjective is not None:  # "am gestrigen Montag": yesterday, a Monday
        offsets = {fold(k): v for k, v in g.phrases.day_adjectives.items()}
        timex = ref_timex("day", offsets[fold(adjective.group("adj"))])
        return DateAtom(adjective.start(), word_end, "relative", timex=timex, granularity="day")
    mod = look_back(g.mod_before, text, start, floor)
    modifier = normalize(mod.group("mod")) if mod else ""
    if modifier in _SETS or modifier.startswith("jede"):
        return None  # "every Tuesday" is not one day
    after = match_at(g.mod_after, text, word_end)
    if after is not None and modifier_meaning(after.group("mod")) in ("last", "next"):
        atom.mod = modifier_meaning(after.group("mod"))  # "mardi dernier"
        atom.end = after.end()
        return atom
    if mod is not None and modifier_meaning(modifier) in ("last", "next", "this"):
        # "last Tuesday", "am kommenden Montag", "this Friday" (the one of this week)
        atom.mod = modifier_meaning(modifier)
        atom.start = mod.start("mod")
        return atom
    if g.phrases.weekday_names_in_titles and not _weekday_not_a_name(
        g, text, start, word_end, floor, bool(modifier)
    ):
        return None
    if modifier in g.phrases.habitual_weekday_before:
        return None  # "le mardi" alone is habitual ("on Tuesdays")
    if look_back(_UNTIL_BEFORE, text, start, floor):
        atom.mod = "until"  # "closed until Friday"
    return atom


#: the rank of a weekday in its month ("the second Friday of July", "am letzten Sonntag im
#: Mai", "le 1er dimanche de mai"); 5 is the last
_NTH_BEFORE = regex.compile(
    r"(?<!\w)(?:(?P<w>first|second|third|fourth|fifth|last|erste[nmrs]?|zweite[nmrs]?|"
    r"dritte[nmrs]?|vierte[nmrs]?|fünfte[nmrs]?|letzte[nmrs]?|premier|première|deuxième|"
    r"seconde?|troisième|quatrième|cinquième|dernier|dernière)|(?P<n>[1-5])(?:st|nd|rd|th|\.|"
    r"er|re|e|ème))\s+\Z",
    regex.IGNORECASE,
)
_NTH_WORDS = {
    **dict.fromkeys(("first", "erste", "premier", "premiere"), 1),
    **dict.fromkeys(("second", "zweite", "deuxieme", "seconde"), 2),
    **dict.fromkeys(("third", "dritte", "troisieme"), 3),
    **dict.fromkeys(("fourth", "vierte", "quatrieme"), 4),
    **dict.fromkeys(("fifth", "funfte", "cinquieme"), 5),
    **dict.fromkeys(("last", "letzte", "dernier", "derniere"), 5),
}
_YEAR_AFTER_MONTH = regex.compile(r"\s*,?\s+(?P<y>(?:1\d{3}|20\d{2}))(?![\d.,]\d|\d)")


def _weekday_of_month(
    g: DateGrammar, text: str, start: int, of: regex.Match[str], weekday: int, floor: int
) -> DateAtom | None:
    """ "the second Friday of July (2016)", "am letzten Sonntag im Mai", "le 1er dimanche de
    mai": one day, found from the month's year (or, without one, when resolved)."""
    rank = look_back(_NTH_BEFORE, text, start, floor)
    if rank is None:
        return None  # "Friday in July": some Friday
    word = fold(rank.group("w") or "")
    n = int(rank.group("n")) if rank.group("n") else _NTH_WORDS.get(word.rstrip("nmrs"))
    n = n if n is not None else _NTH_WORDS.get(word)
    if n is None:
        return None
    month = g.words.months[fold(of.group("what"))]
    year = match_at(_YEAR_AFTER_MONTH, text, of.end())
    begin = _with_article(text, rank.start())
    if year is None:
        timex = f"XXXX-{month:02d}:N{n}D{weekday + 1}"
        return DateAtom(begin, of.end(), "relative", timex=timex, granularity="day")
    day = nth_weekday(int(year.group("y")), month, weekday, n)
    return DateAtom(begin, year.end(), "day", year=day.year, month=month, day=day.day)


def _a_rule_of_the_month(g: DateGrammar, text: str, word_end: int) -> bool:
    """Whether a weekday is followed by the period it recurs in ("of each month", "of
    October", "in the month"); not by a place ("Saturday in the Englewood neighborhood",
    "Monday in the 1100 block of Kerr Avenue")."""
    of = match_at(g.weekday_of_after, text, word_end)
    if of is None:
        return False
    what = fold(of.group("what"))
    if what in g.words.months or what in _PERIODS:
        return True
    if what not in _PERIOD_WORDS:
        return False
    after = match_at(_FOLLOWING_WORD, text, of.end())
    return after is not None and (
        fold(after.group(1)) in _PERIODS or fold(after.group(1)) in g.words.months
    )


#: The periods a weekday recurs in ("the first Monday of the month").
_PERIODS = frozenset({"month", "year"})


def _second_order(text: str, start: int, end: int, floor: int) -> bool:
    return bool(
        look_back(_SECOND_ORDER_BEFORE, text, start, floor)
        or match_at(_SECOND_ORDER_AFTER, text, end)
    )


def _weekday_with_date(
    g: DateGrammar, text: str, start: int, word_end: int, weekday: int, floor: int
) -> DateAtom | None:
    """The date written right after a weekday, as one mention with the weekday as written."""
    tail = match_at(g.weekday_tail, text, word_end)
    if tail is None or tail.end() >= len(text) or tail.group(0).count("\n") > 1:
        return None  # a headline's weekday is not the date of the dateline below it
    pos = tail.end()
    date: DateAtom | None = None
    if text[pos].isdigit():
        date = _day_first(g, text, pos, pos)
        if date is None and "(" not in tail.group(0):
            date = _numeric_range(g, text, pos, pos)  # "Di., 06.–Do., 08.07.2027"
        if date is not None and date.kind == "range" and "(" not in tail.group(0):
            # "(from) Fri 3 to Sun 5 March": the weekday names the first day
            opener = look_back(g.range_before, text, start, floor)
            date.start = opener.start("open") if opener is not None else start
            return date
        if date is None or date.kind != "day":
            date = _numeric(g, text, pos, pos, after_weekday=True)
            date = _agree_with_weekday(date, weekday) if date is not None else None
        if date is None:
            return _weekday_and_day_of_month(g, text, start, pos, weekday)
    elif text[pos].isalpha():
        trigger = g.trigger.match(text, pos)
        if trigger is not None and trigger.lastgroup == "mon":
            date = _month(g, text, pos, pos)
    if date is None or date.kind != "day":
        return None
    end = date.end
    if "(" in tail.group(0):
        close = _CLOSING_PAREN.match(text, end, min(len(text), end + 4))
        if close is None:
            return None
        end = close.end()
    date.start, date.end, date.weekday = start, end, weekday
    mod = look_back(g.mod_before, text, start, floor)
    if mod is not None and modifier_meaning(mod.group("mod")) is not None:
        date.start = mod.start("mod")  # "next Friday 5/12" is one expression
    return date


def _weekday_and_day_of_month(
    g: DateGrammar, text: str, start: int, pos: int, weekday: int
) -> DateAtom | None:
    """ "Friday the 13th", "Freitag, den 13.", "vendredi 13": a day of the month named with its
    weekday and no month; resolved to the nearest month where the two agree."""
    m = match_at(g.weekday_day_of_month, text, pos)
    if m is None:
        return None
    day = _day_number(g, m.group("d"), None)
    if day is None or not 1 <= day <= 31:
        return None
    timex = f"XXXX-XX-{day:02d}:D{weekday + 1}"
    return DateAtom(start, m.end(), "relative", timex=timex, granularity="day")


def _agree_with_weekday(date: DateAtom, weekday: int) -> DateAtom:
    """ "Wed 07.04.2021" where the short-date order reads 4 July 2021, a Sunday: when both
    orders give a day, the weekday written with it says which one was meant."""
    if date.kind != "day" or date.year is None or date.month is None or date.day is None:
        return date
    if date.day > 12 or date.day == date.month:
        return date
    as_read = dt.date(date.year, date.month, date.day)
    swapped = dt.date(date.year, date.day, date.month)
    if as_read.weekday() != weekday and swapped.weekday() == weekday:
        date.month, date.day = date.day, date.month
    return date


def _weekday_not_a_name(
    g: DateGrammar, text: str, start: int, end: int, floor: int, has_cue: bool
) -> bool:
    """Reject "Black Friday", "Good Friday", "Super Tuesday", "Sunday Times"."""
    before = _CAPITALIZED_BEFORE.search(text, max(floor, start - LOOKBACK), start)
    ends_sentence = before is not None and _SENTENCE_END_WORD.fullmatch(before.group(1))
    name = before is not None and fold(before.group(1).rstrip(".")) not in g.phrases.weekday_openers
    if name and not ends_sentence and not _after_a_place(g, text, start, end, floor):
        return False  # "... King. Monday's announcement": the full stop ends a sentence
    if not has_cue:
        after = match_at(_CAPITALIZED_AFTER, text, end)
        if (
            after is not None
            and fold(after.group(1)) not in g.words.months
            and after.group(1) != "I"
        ):
            return False
    return True


def _after_a_place(g: DateGrammar, text: str, start: int, end: int, floor: int) -> bool:
    """ "was shot in Brooklyn Monday", "at the Kraft Plant Thursday night": the capitalized
    words before the weekday name a place, and no capitalized word after it continues a
    name ("in Brooklyn Sunday Times")."""
    if look_back(g.place_before_weekday, text, start, floor) is None:
        return False
    return match_at(_CAPITALIZED_AFTER, text, end) is None


# --------------------------------------------------------------------------------------------
# quarters and halves


def _quarter(g: DateGrammar, text: str, start: int) -> DateAtom | None:
    """ "Q3 2024", "the third quarter (of 2024)", "3. Quartal", "T3 2024", "H1 2025"."""
    m = match_at(g.quarter, text, start)
    if m is None:
        return None
    half = not (m.group("qname") or m.group("qn") or m.group("qw"))
    n: int | None
    if m.group("qname"):
        n = g.words.quarters.get(fold(m.group("qname")))
    elif m.group("qn") or m.group("hn"):
        n = int(m.group("qn") or m.group("hn"))
    elif m.group("hx"):
        n = int(m.group("hx")[1])
    else:
        word = m.group("qw") or m.group("hw")
        n = g.words.ordinal_words.get(fold(word))
        if n is None and fold(word) in {fold(w) for w in g.words.final_words}:
            if not (m.group("y") or m.group("yrel")):
                return None  # "the final quarter" of a match, or of an unnamed year
            n = 2 if half else 4
    if n is None or not 1 <= n <= (2 if half else 4):
        return None
    year = int(m.group("y")) if m.group("y") else None
    if m.group("yy") and (m.group("qname") or m.group("hx")):
        year = _two_digit_year(int(m.group("yy")))  # "Q2'19", "H1 ’20"
    if m.group("hx") and m.group("hx")[0] != "H" and year is None:
        return None  # "S1" alone may be anything; "S1 2019" is the first semester
    mod: str | None = None
    year_words = normalize(m.group("yrel")) if m.group("yrel") else ""
    kind = "half" if half else "quarter"
    start = _with_article(text, start)
    if year_words:
        offset = _year_offset(year_words)
        if offset:  # "the third quarter of last year"
            letter = "H" if half else "Q"
            return DateAtom(
                start,
                m.end(),
                "relative",
                timex=ref_timex("year", offset) + f":{letter}{n}",
                granularity="month" if half else "quarter",
            )
        mod = "this"
    elif year is None:
        words = fold(m.group(0)).replace("-", " ").split()
        if half and g.phrases.year_bound_halves.intersection(words):
            return None  # "the second half" alone is usually a match; "Halbjahr" is not
        left, right = sentence_bounds(text, start, m.end())
        if g.sports.search(text, left, right):
            return None  # "scored in the fourth quarter"
    return DateAtom(
        start, m.end(), kind, year=year, n=n, mod=mod, granularity="month" if half else "quarter"
    )


def _month_of_relative_year(
    g: DateGrammar, text: str, atom: DateAtom, floor: int
) -> DateAtom | None:
    """ "May last year", "Ende März letzten Jahres", "en mai de l'an dernier": the month of a
    year named relative to publication. The month keeps its own span; the year words after it
    are a mention of their own (as TIMEX3 annotates them), so the month is resolved from them
    but does not swallow them."""
    m = match_at(g.month_year_after, text, atom.end) or look_back(
        g.month_year_before, text, atom.start, 0
    )
    if m is None or atom.month is None:
        return None
    _apply_part(g, text, atom, floor)
    part = f":{atom.part}" if atom.part else ""
    timex = ref_timex("year", _year_offset(normalize(m.group("yrel")))) + f":M{atom.month:02d}"
    return DateAtom(
        atom.start,
        atom.end,
        "relative",
        timex=timex + part,
        granularity="day" if atom.part else "month",
    )


def _digit_first_period(text: str, start: int) -> DateAtom | None:
    """ "2Q 2019", "3Q19", "1H 2020": a quarter or half written figure first, as business
    news does; only with its year ("2Q" alone may be anything)."""
    m = _DIGIT_FIRST_PERIOD.match(text, start)
    if m is None:
        return None
    n, half = int(m.group("n")), m.group("k") == "H"
    if half and n > 2:
        return None
    year = int(m.group("y")) if m.group("y") else _two_digit_year(int(m.group("yy")))
    kind = "half" if half else "quarter"
    return DateAtom(
        start, m.end(), kind, year=year, n=n, granularity="month" if half else "quarter"
    )


def _with_article(text: str, start: int) -> int:
    """Where a period named with its article starts ("the third quarter", "le 3e trimestre")."""
    m = _ARTICLE_BEFORE.search(text, max(0, start - 6), start)
    return m.start() if m is not None else start


def _year_offset(words: str) -> int:
    """-1, 0 or +1 for the year words of a quarter ("of last year", "des laufenden Jahres")."""
    past = ("last", "vergangene", "letzte", "vorige", "dernier", "passe")
    if any(w in words for w in past):
        return -1
    if any(w in words for w in ("next", "nachste", "kommende", "prochain")):
        return 1
    return 0
