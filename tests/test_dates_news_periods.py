"""Periods news names without a number: "the past decade", "the last year", "the fiscal
year", a season as the subject of a sentence. Each is resolved against the publication date,
for any publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import extract_text
from claimcheck.model import DateValue

published = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))


def _date(text: str, phrase: str, pub: dt.date) -> DateValue:
    start = text.index(phrase)
    found = [
        m.value
        for m in extract_text(text, language="en", published=pub)
        if m.kind == "date" and m.start <= start and m.end >= start + len(phrase)
    ]
    assert len(found) == 1, (text, found)
    assert isinstance(found[0], DateValue)
    return found[0]


@settings(max_examples=40, deadline=None)
@given(pub=published, lead=st.sampled_from(["in", "for", "of"]))
@pytest.mark.parametrize("modifier", ["past", "last"])
def test_the_past_decade_is_the_decade_before_the_current_one(
    pub: dt.date, lead: str, modifier: str
) -> None:
    text = f"It was the third time {lead} the {modifier} decade that the chief took leave."
    value = _date(text, f"the {modifier} decade", pub)
    first = pub.year // 10 * 10 - 10
    assert (value.start, value.end) == (dt.date(first, 1, 1), dt.date(first + 9, 12, 31))


@settings(max_examples=40, deadline=None)
@given(pub=published)
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Ford has posted an annual profit for the last year of $2.7 billion.", "the last year"),
        ("Sales fell 4% in the past year, the company said.", "the past year"),
        ("In the last year, the bank cut 3,000 jobs.", "the last year"),
    ],
)
def test_the_last_year_is_the_calendar_year_before(pub: dt.date, text: str, phrase: str) -> None:
    value = _date(text, phrase, pub)
    assert (value.start, value.end) == (dt.date(pub.year - 1, 1, 1), dt.date(pub.year - 1, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose over the past week.",
        "Deaths rose over the last year.",
        "Throughout the past decade the bank cut jobs.",
        "In the next year the plant will hire 200 workers.",
        "Prices climbed in the past month.",
    ],
)
def test_other_rolling_windows_stay_unread(text: str) -> None:
    pub = dt.date(2012, 6, 1)
    assert [m for m in extract_text(text, language="en", published=pub) if m.kind == "date"] == []


@settings(max_examples=40, deadline=None)
@given(pub=published)
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Sales in the fiscal year rose 8%.", "the fiscal year"),
        ("The very beginning of the financial year brought record sales.", "the financial year"),
        ("The company expects a loss for the fiscal year.", "the fiscal year"),
    ],
)
def test_the_fiscal_year_is_the_one_around_publication(
    pub: dt.date, text: str, phrase: str
) -> None:
    value = _date(text, phrase, pub)
    this_fiscal = _date("Sales this fiscal year rose 8%.", "this fiscal year", pub)
    assert value.start is not None and value.end is not None
    assert (value.start, value.end) == (this_fiscal.start, this_fiscal.end)
    assert value.start <= pub <= value.end


@pytest.mark.parametrize(
    "text",
    ["The fiscal deficit grew.", "Fiscal policy stayed tight.", "The fiscal cliff loomed."],
)
def test_fiscal_as_an_adjective_is_no_date(text: str) -> None:
    pub = dt.date(2012, 6, 1)
    assert [m for m in extract_text(text, language="en", published=pub) if m.kind == "date"] == []


SEASON_MONTHS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}


@settings(max_examples=60, deadline=None)
@given(
    pub=published,
    season=st.sampled_from(sorted(SEASON_MONTHS)),
    opening=st.sampled_from(["", "It is too early to tell, but ", "Sales are weak; "]),
    verb=st.sampled_from(["shows signs of hope", "brings new models", "looks better"]),
)
def test_a_season_opening_a_present_clause_is_the_one_nearest_publication(
    pub: dt.date, season: str, opening: str, verb: str
) -> None:
    word = season.capitalize() if not opening else season
    text = f"{opening}{word} {verb}."
    value = _date(text, word, pub)
    assert value.start is not None and value.end is not None
    assert value.start.month == SEASON_MONTHS[season]
    # no other season of that name lies nearer to the publication date
    distance = max((value.start - pub).days, (pub - value.end).days, 0)
    assert distance < 366 - 90


@settings(max_examples=30, deadline=None)
@given(pub=published, season=st.sampled_from(sorted(SEASON_MONTHS)))
def test_a_season_opening_a_past_clause_is_behind_publication(pub: dt.date, season: str) -> None:
    value = _date(f"{season.capitalize()} was mild, the agency said.", season.capitalize(), pub)
    assert value.start is not None and value.start <= pub


@pytest.mark.parametrize(
    "text",
    [
        "Spring rolls are tasty.",
        "Spring Street is closed.",
        "Winter storms hit the region.",
        "Fall leaves were red.",
        "Summer camps opened.",
        "Prices fall sharply in the report.",
        "The Winter Olympics open.",
        "The fall of the empire was slow.",
    ],
)
def test_a_season_word_naming_something_else_is_no_date(text: str) -> None:
    pub = dt.date(2012, 6, 1)
    assert [m for m in extract_text(text, language="en", published=pub) if m.kind == "date"] == []


@settings(max_examples=40, deadline=None)
@given(
    pub=published,
    word=st.sampled_from(["start", "beginning"]),
    period=st.sampled_from(["this year", "last year", "this month", "last month"]),
)
def test_since_the_start_of_a_period_is_its_first_day(pub: dt.date, word: str, period: str) -> None:
    phrase = f"the {word} of {period}"
    value = _date(f"The index has fallen 15% since {phrase}.", phrase, pub)
    whole = _date(f"The index fell 15% {period}.", period, pub)
    assert value.start == value.end == whole.start


@settings(max_examples=40, deadline=None)
@given(pub=published, period=st.sampled_from(["last year", "last month"]))
def test_since_the_end_of_a_period_is_its_last_day(pub: dt.date, period: str) -> None:
    phrase = f"the end of {period}"
    value = _date(f"Prices have doubled since {phrase}.", phrase, pub)
    whole = _date(f"Prices doubled {period}.", period, pub)
    assert value.start == value.end == whole.end


@pytest.mark.parametrize("lead", ["At", "By", "Until"])
def test_the_start_of_a_period_elsewhere_stays_a_part(lead: str) -> None:
    pub = dt.date(2009, 6, 10)
    text = f"{lead} the start of this year, prices rose."
    value = _date(text, "the start of this year", pub)
    assert value.start == dt.date(2009, 1, 1)
    assert value.end is not None and value.end > dt.date(2009, 1, 31)


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")
MONTHS += ("September", "October", "November", "December")


@settings(max_examples=80, deadline=None)
@given(
    year=st.integers(1990, 2040),
    month=st.integers(1, 12),
    nth=st.sampled_from(["first", "second", "third", "fourth", "last", "final"]),
    joint=st.sampled_from(["of", "in"]),
)
def test_a_week_of_a_month_is_a_monday_to_sunday_week_within_it(
    year: int, month: int, nth: str, joint: str
) -> None:
    phrase = f"the {nth} week {joint} {MONTHS[month - 1]} {year}"
    value = _date(f"Car sales rebounded in {phrase}, dealers said.", phrase, dt.date(2041, 1, 1))
    assert value.start is not None and value.end is not None
    assert value.start.weekday() == 0 and value.end - value.start == dt.timedelta(days=6)
    assert value.start.month == value.end.month == month and value.start.year == year
    week = dt.timedelta(days=7)
    if nth in ("last", "final") or (value.end + week).month != month:
        assert (value.end + week).month != month  # the last whole week (also February's 4th)
    else:
        index = ["first", "second", "third", "fourth"].index(nth)
        assert (value.start - (index + 1) * week).month != month
        assert all((value.start - k * week).month == month for k in range(index + 1))


@settings(max_examples=30, deadline=None)
@given(pub=published, word=st.sampled_from(["fiscal", "financial"]))
def test_the_same_period_after_a_fiscal_year_is_the_fiscal_year_before(
    pub: dt.date, word: str
) -> None:
    text = (
        f"Sales in the {word} year doubled compared to the profit reaped during "
        "the same period of the last year."
    )
    before = _date(text, "the same period of the last year", pub)
    last_fiscal = _date("Sales last fiscal year rose.", "last fiscal year", pub)
    assert before.granularity == "fiscal_year"
    assert (before.start, before.end) == (last_fiscal.start, last_fiscal.end)
