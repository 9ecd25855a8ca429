"""News dates with no figure: "last night", "years ago", "a decade ago". Each is read for any
publication date, in several wordings, and the wordings that are not dates stay out."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import extract_text
from claimcheck.model import DateValue

published = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))


def _dates(text: str, pub: dt.date) -> list[tuple[str, DateValue]]:
    out = []
    for m in extract_text(text, language="en", published=pub):
        if m.kind == "date":
            assert isinstance(m.value, DateValue)
            out.append((text[m.start : m.end], m.value))
    return out


@settings(max_examples=30, deadline=None)
@given(pub=published)
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Officials met last night to discuss the plan.", "last night"),
        ("Last night, the Senate voted 52-48 against the bill.", "Last night"),
        ("The fire broke out late last night in the warehouse.", "last night"),
        ("He told reporters last evening that he would resign.", "last evening"),
    ],
)
def test_last_night_is_the_day_before_publication(pub: dt.date, text: str, phrase: str) -> None:
    found = _dates(text, pub)
    yesterday = pub - dt.timedelta(days=1)
    assert [(s, v.start, v.end) for s, v in found] == [(phrase, yesterday, yesterday)]


@pytest.mark.parametrize(
    "text",
    [
        "It was the last night of the festival.",
        "On the last night, the band played until dawn.",
        "It was his last evening in office.",
        "She spent her last night in Paris at the embassy.",
    ],
)
def test_the_final_night_is_not_last_night(text: str) -> None:
    assert _dates(text, dt.date(2009, 3, 4)) == []


@settings(max_examples=30, deadline=None)
@given(pub=published)
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The plant closed a few days ago.", "a few days ago"),
        ("The company was founded several years ago.", "several years ago"),
        ("Years ago, the firm employed 10,000 people.", "Years ago"),
        ("A couple of weeks ago, prices began to fall.", "A couple of weeks ago"),
        ("The deal was struck some time ago.", "some time ago"),
        ("It happened not long ago.", "not long ago"),
        ("Many years ago the town had a mine.", "Many years ago"),
    ],
)
def test_a_vague_time_ago_is_the_past(pub: dt.date, text: str, phrase: str) -> None:
    found = _dates(text, pub)
    assert [(s, v.reference, v.start) for s, v in found] == [(phrase, "past", None)]


def test_how_long_ago_is_a_question_not_a_date() -> None:
    assert _dates("How long ago did the company stop making cars?", dt.date(2009, 3, 4)) == []


@settings(max_examples=30, deadline=None)
@given(pub=published, n=st.integers(min_value=1, max_value=5), words=st.booleans())
def test_decades_ago_is_the_calendar_decade_it_falls_in(pub: dt.date, n: int, words: bool) -> None:
    count = ("a", "two", "three", "four", "five")[n - 1] if words else str(n)
    noun = "decade" if n == 1 else "decades"
    text = f"The plant opened {count} {noun} ago, the mayor said."
    found = _dates(text, pub)
    first = pub.year // 10 * 10 - 10 * n
    assert [(s, v.start, v.end) for s, v in found] == [
        (f"{count} {noun} ago", dt.date(first, 1, 1), dt.date(first + 9, 12, 31))
    ]
    assert pub.year - 10 * n in range(first, first + 10)


@settings(max_examples=20, deadline=None)
@given(day=st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 31)))
@pytest.mark.parametrize(
    ("second", "phrase", "offset"),
    [
        ("The day before, the chief executive had resigned.", "The day before", -1),
        ("The chief executive had resigned the day before.", "the day before", -1),
        ("The night before, protesters had gathered outside.", "The night before", -1),
        ("The day after, the shares fell 20%.", "The day after", 1),
    ],
)
def test_the_day_before_counts_from_the_day_named_last(
    day: dt.date, second: str, phrase: str, offset: int
) -> None:
    text = f"The board met on {day:%B} {day.day}, {day.year}. {second}"
    found = dict(_dates(text, dt.date(2036, 1, 1)))
    expected = day + dt.timedelta(days=offset)
    assert (found[phrase].start, found[phrase].end) == (expected, expected)


@pytest.mark.parametrize(
    "text",
    [
        "He resigned the day before the vote.",
        "Shares fell the day after the report was published.",
        "The Dow rebounded the day after falling 300 points.",
    ],
)
def test_the_day_before_an_event_is_not_anaphoric(text: str) -> None:
    assert _dates(text, dt.date(2009, 3, 4)) == []


@settings(max_examples=20, deadline=None)
@given(year=st.integers(min_value=1950, max_value=2035), when=st.sampled_from(["Earlier", "Later"]))
@pytest.mark.parametrize("where", ["in the year", "that year"])
def test_later_that_year_is_the_year_named_last(year: int, when: str, where: str) -> None:
    text = f"Sales fell in {year}. {when} {where}, the chief executive left."
    found = dict(_dates(text, dt.date(2036, 1, 1)))
    value = found[f"{when} {where}"]
    assert (value.start, value.end) == (dt.date(year, 1, 1), dt.date(year, 12, 31))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("At that time, the company employed 5,000 people.", "At that time"),
        ("The plant, which at that time made engines, closed.", "at that time"),
    ],
)
def test_at_that_time_is_the_past(text: str, phrase: str) -> None:
    assert [(s, v.reference) for s, v in _dates(text, dt.date(2009, 3, 4))] == [(phrase, "past")]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Prices should rise in the long run, analysts said.", "the long run"),
        ("The firm will stay in Detroit for the foreseeable future.", "the foreseeable future"),
        ("Margins will recover in the medium term.", "the medium term"),
        ("Over the longer term, demand will grow.", "the longer term"),
        ("In the short run, the cuts will hurt.", "the short run"),
        ("The talks will resume at a future date.", "a future date"),
    ],
)
def test_future_horizons_are_the_future(text: str, phrase: str) -> None:
    assert [(s, v.reference) for s, v in _dates(text, dt.date(2009, 3, 4))] == [(phrase, "future")]


@pytest.mark.parametrize(
    "text",
    [
        "The long run of the show ended in May 2008.",
        "The foreseeable future of the plant is bleak.",
    ],
)
def test_a_horizon_of_something_is_no_date(text: str) -> None:
    assert all(v.reference is None for _, v in _dates(text, dt.date(2009, 3, 4)))


@settings(max_examples=30, deadline=None)
@given(
    pub=published,
    q=st.integers(min_value=1, max_value=4),
    tense=st.sampled_from(["fell", "will fall"]),
)
@pytest.mark.parametrize(
    ("owner", "offset"), [("last year's", -1), ("this year's", 0), ("next year's", 1)]
)
def test_a_quarter_of_a_year_in_the_possessive_is_that_years(
    pub: dt.date, q: int, tense: str, owner: str, offset: int
) -> None:
    nth = ("first", "second", "third", "fourth")[q - 1]
    text = f"Sales {tense} in {owner} {nth} quarter, the company said."
    found = _dates(text, pub)
    year = pub.year + offset
    first = dt.date(year, 3 * q - 2, 1)
    assert [(s, v.start) for s, v in found] == [(f"{owner} {nth} quarter", first)]


@pytest.mark.parametrize("year", [1999, 2008, 2024])
def test_a_quarter_of_a_named_year_in_the_possessive(year: int) -> None:
    found = _dates(f"Sales fell in {year}'s third quarter.", dt.date(2030, 1, 1))
    assert [(s, v.start, v.end) for s, v in found] == [
        (f"{year}'s third quarter", dt.date(year, 7, 1), dt.date(year, 9, 30))
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "year"),
    [
        ("The plan is part of next year's budget.", "next year", 2010),
        ("Voters will turn out for next year's election.", "next year", 2010),
        ("Shares fell in last year's crash.", "last year", 2008),
    ],
)
def test_a_year_in_the_possessive_is_the_calendar_year(text: str, phrase: str, year: int) -> None:
    found = dict(_dates(text, dt.date(2009, 3, 4)))
    assert (found[phrase].start, found[phrase].end) == (dt.date(year, 1, 1), dt.date(year, 12, 31))


@pytest.mark.parametrize(
    ("text", "phrase", "first", "last"),
    [
        # every day a fiscal year ending in 2009 may cover: never a calendar quarter
        ("Sales rose in the first quarter of fiscal 2009.", "the first quarter of fiscal 2009",
         dt.date(2008, 2, 1), dt.date(2009, 12, 31)),
        ("Sales rose in the fiscal fourth quarter of 2009.", "fiscal fourth quarter of 2009",
         dt.date(2008, 2, 1), dt.date(2009, 12, 31)),
        # the fiscal year around publication (2009-03-04), like "this fiscal year"
        ("Apple reported a profit for its fiscal first quarter.", "fiscal first quarter",
         dt.date(2008, 4, 1), dt.date(2010, 2, 28)),
    ],
)  # fmt: skip
def test_a_fiscal_quarter_is_no_calendar_quarter(
    text: str, phrase: str, first: dt.date, last: dt.date
) -> None:
    found = dict(_dates(text, dt.date(2009, 3, 4)))
    assert (found[phrase].start, found[phrase].end) == (first, last)
