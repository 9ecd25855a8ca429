"""Classes of news dates read as TimeML reads them, for any publication date: approximate
"ago" phrases, parts of a day and weeks named after a day, the final quarter of a year, fiscal
years named by their year, clock times named by a word, and the tense of promises and of the
present perfect."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import extract_text
from claimcheck.model import DateValue

published = st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2040, 12, 31))
before_the_fourth_quarter = published.filter(lambda d: d.month < 10)


def _dates(text: str, pub: dt.date) -> list[tuple[str, DateValue]]:
    out = []
    for m in extract_text(text, language="en", published=pub):
        if m.kind == "date":
            assert isinstance(m.value, DateValue)
            assert text[m.start : m.end] == m.text
            out.append((m.text, m.value))
    return out


def _one(text: str, pub: dt.date) -> tuple[str, DateValue]:
    found = _dates(text, pub)
    assert len(found) == 1, (text, found)
    return found[0]


def _year(pub: dt.date, offset: int) -> tuple[dt.date, dt.date]:
    return dt.date(pub.year + offset, 1, 1), dt.date(pub.year + offset, 12, 31)


_WORDS = {2: "two", 7: "seven", 13: "thirteen", 20: "twenty", 35: "thirty-five", 99: "ninety-nine"}


@settings(max_examples=60, deadline=None)
@given(
    pub=published,
    approximation=st.sampled_from(
        ["more than", "nearly", "almost", "about", "some", "over", "just over", "less than"]
    ),
    n=st.sampled_from(sorted(_WORDS)),
    in_words=st.booleans(),
)
def test_an_approximate_count_of_years_ago_is_one_date_of_that_year(
    pub: dt.date, approximation: str, n: int, in_words: bool
) -> None:
    count = _WORDS[n] if in_words else str(n)
    phrase = f"{approximation} {count} years ago"
    text, value = _one(f"The plant was opened {phrase} by the city.", pub)
    assert text == phrase
    assert (value.start, value.end) == _year(pub, -n)


@settings(max_examples=30, deadline=None)
@given(pub=published, n=st.integers(2, 12), approximation=st.sampled_from(["nearly", "about"]))
def test_an_approximate_count_of_months_ago_is_that_month(
    pub: dt.date, n: int, approximation: str
) -> None:
    text, value = _one(f"Talks began {approximation} {n} months ago.", pub)
    assert text == f"{approximation} {n} months ago"
    index = pub.year * 12 + pub.month - 1 - n
    assert value.start == dt.date(index // 12, index % 12 + 1, 1)


@pytest.mark.parametrize(
    "text",
    [
        "He has worked there for more than 20 years.",
        "The plan runs for nearly two years.",
        "The firm is some 20 years old.",
    ],
)
def test_a_span_of_years_without_ago_is_no_date(text: str) -> None:
    assert _dates(text, dt.date(2010, 5, 5)) == []


_DAY_PARTS = [
    ("that night", 0),
    ("later that morning", 0),
    ("early that evening", 0),
    ("earlier that day", 0),
    ("the next morning", 1),
    ("the following evening", 1),
    ("the previous night", -1),
]


@settings(max_examples=40, deadline=None)
@given(day=st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2030, 12, 31)))
@pytest.mark.parametrize(("phrase", "offset"), _DAY_PARTS)
def test_a_part_of_a_day_named_after_a_date_is_of_that_day(
    day: dt.date, phrase: str, offset: int
) -> None:
    written = f"{day:%B} {day.day}, {day.year}"
    text = f"The fire started on {written}. Firefighters arrived {phrase}, officials said."
    found = _dates(text, day + dt.timedelta(days=40))
    assert [t for t, _ in found] == [written, phrase]
    value = found[1][1]
    assert value.start == value.end == day + dt.timedelta(days=offset)


_WEEKS = [
    ("that week", 0),
    ("earlier in the week", 0),
    ("the following week", 1),
    ("the previous week", -1),
]


@settings(max_examples=40, deadline=None)
@given(day=st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2030, 12, 31)))
@pytest.mark.parametrize(("phrase", "offset"), _WEEKS)
def test_a_week_named_after_a_date_is_a_calendar_week(
    day: dt.date, phrase: str, offset: int
) -> None:
    written = f"{day:%B} {day.day}, {day.year}"
    text = f"The bank failed on {written}. Regulators met {phrase}."
    found = _dates(text, day + dt.timedelta(days=60))
    assert [t for t, _ in found] == [written, phrase]
    value = found[1][1]
    monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=offset)
    assert (value.start, value.end) == (monday, monday + dt.timedelta(days=6))
    assert value.granularity == "week"


@settings(max_examples=40, deadline=None)
@given(year=st.integers(1950, 2035), pub=published)
def test_the_last_quarter_of_a_year_is_its_fourth(year: int, pub: dt.date) -> None:
    text, value = _one(f"Sales fell in the last quarter of {year}.", pub)
    assert text == f"the last quarter of {year}"
    assert (value.start, value.end) == (dt.date(year, 10, 1), dt.date(year, 12, 31))


@settings(max_examples=40, deadline=None)
@given(pub=published)
def test_the_last_quarter_of_last_year(pub: dt.date) -> None:
    _, value = _one("Sales fell in the last quarter of last year.", pub)
    assert (value.start, value.end) == (dt.date(pub.year - 1, 10, 1), dt.date(pub.year - 1, 12, 31))


@settings(max_examples=40, deadline=None)
@given(pub=published)
def test_the_last_quarter_alone_is_still_the_one_before_now(pub: dt.date) -> None:
    _, value = _one("Sales fell in the last quarter.", pub)
    assert value.end is not None and value.end < pub
    assert (pub - value.end).days <= 92


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("The market closed at noon.", "noon", dt.date(2009, 4, 2)),
        ("The deadline expires at midnight Tuesday.", "midnight Tuesday", dt.date(2009, 3, 31)),
        ("It closed on Monday at noon.", "Monday at noon", dt.date(2009, 3, 30)),
        ("Shortly after midnight, police arrived.", "midnight", dt.date(2009, 4, 2)),
    ],
)
def test_noon_and_midnight_are_clock_times_of_their_day(
    text: str, phrase: str, day: dt.date
) -> None:
    found, value = _one(text, dt.date(2009, 4, 2))
    assert found == phrase
    assert (value.start == value.end == day) or (value.start is None and value.day == day)


@pytest.mark.parametrize("text", ["He took a noon flight.", "The land of the midnight sun."])
def test_noon_and_midnight_as_adjectives_are_no_time(text: str) -> None:
    assert _dates(text, dt.date(2009, 4, 2)) == []


@settings(max_examples=40, deadline=None)
@given(pub=before_the_fourth_quarter)
@pytest.mark.parametrize("verb", ["has announced", "have approved", "has already ordered"])
def test_the_present_perfect_leaves_the_tense_of_a_later_event_open(
    pub: dt.date, verb: str
) -> None:
    text = (
        f"The board {verb} cuts, resulting in the closure of two plants during the fourth quarter."
    )
    _, value = _one(text, pub)
    assert (value.start, value.end) == (dt.date(pub.year, 10, 1), dt.date(pub.year, 12, 31))


@settings(max_examples=40, deadline=None)
@given(pub=before_the_fourth_quarter)
@pytest.mark.parametrize("verb", ["has reported", "has posted", "have recorded"])
def test_the_present_perfect_of_the_event_itself_is_still_the_past(pub: dt.date, verb: str) -> None:
    _, value = _one(f"The carmaker {verb} a loss during the fourth quarter.", pub)
    assert (value.start, value.end) == (dt.date(pub.year - 1, 10, 1), dt.date(pub.year - 1, 12, 31))


@settings(max_examples=40, deadline=None)
@given(pub=before_the_fourth_quarter)
def test_the_simple_past_still_does(pub: dt.date) -> None:
    text = "The board closed two plants during the fourth quarter."
    _, value = _one(text, pub)
    assert (value.start, value.end) == (dt.date(pub.year - 1, 10, 1), dt.date(pub.year - 1, 12, 31))


_DAYS_BEFORE_SUNDAY = {0: 1, 1: 2, 2: 3, 3: 4, 4: 5, 5: 6, 6: 0}


@settings(max_examples=40, deadline=None)
@given(pub=published)
@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, the finance ministers pledged to act.",
        "On Sunday, the unions agreed to a pay deal that will last three years.",
        "On Sunday, the president vowed to rebuild the town.",
    ],
)
def test_a_day_written_before_a_promise_dates_the_promise(pub: dt.date, text: str) -> None:
    _, value = _one(text, pub)
    assert value.start == value.end == pub - dt.timedelta(days=_DAYS_BEFORE_SUNDAY[pub.weekday()])


@settings(max_examples=40, deadline=None)
@given(pub=published)
def test_a_day_written_after_a_promise_is_what_was_promised(pub: dt.date) -> None:
    _, value = _one("The company promised to deliver the first aircraft on Sunday.", pub)
    assert value.start is not None and value.start >= pub
    assert value.start.weekday() == 6


@settings(max_examples=30, deadline=None)
@given(year=st.integers(1990, 2035), pub=published, kind=st.sampled_from(["fiscal", "financial"]))
def test_a_year_before_fiscal_year_names_that_fiscal_year(
    year: int, pub: dt.date, kind: str
) -> None:
    text, value = _one(f"Sales fell 4% in the {year} {kind} year, the company said.", pub)
    assert text == f"the {year} {kind} year"
    assert value.granularity == "fiscal_year"
    assert value.end == dt.date(year, 12, 31)
    assert value.start is not None and value.start.year == year - 1
