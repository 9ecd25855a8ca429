"""Holidays named as dates: "on Christmas Day", "before Easter", "Thanksgiving 2008", "last
Christmas". Their days come from python-holidays; the year of one written without a year is
chosen like a day's without one (by the sentence's tense); a name that qualifies a noun
("Christmas sales", "Easter Island") is no date."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.easter import easter
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import extract_text
from claimcheck.extraction.dates.named_days import named_day
from claimcheck.model import DateValue

published = st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2040, 12, 31))

#: (name as written, key)
NAMES = [
    ("Christmas", "christmas"),
    ("Christmas Day", "christmas"),
    ("Christmas Eve", "christmas_eve"),
    ("New Year's Day", "new_years_day"),
    ("New Year’s Eve", "new_years_eve"),
    ("Easter", "easter"),
    ("Good Friday", "good_friday"),
    ("Easter Monday", "easter_monday"),
    ("Boxing Day", "boxing_day"),
    ("Thanksgiving", "thanksgiving"),
    ("Halloween", "halloween"),
    ("Valentine's Day", "valentines_day"),
    ("St. Patrick's Day", "st_patricks_day"),
    ("Labor Day", "labor_day"),
    ("Memorial Day", "memorial_day"),
    ("Presidents' Day", "presidents_day"),
    ("Veterans Day", "veterans_day"),
    ("Mother's Day", "mothers_day"),
]


def _dates(text: str, pub: dt.date | None) -> list[tuple[str, DateValue]]:
    out = []
    for m in extract_text(text, language="en", published=pub):
        if m.kind == "date":
            assert isinstance(m.value, DateValue)
            assert text[m.start : m.end] == m.text
            out.append((m.text, m.value))
    return out


def _one_day(text: str, pub: dt.date | None) -> tuple[str, dt.date | None]:
    found = _dates(text, pub)
    assert len(found) == 1, (text, found)
    written, value = found[0]
    assert value.start == value.end
    return written, value.start


@settings(max_examples=25, deadline=None)
@given(year=st.integers(min_value=1990, max_value=2040))
@pytest.mark.parametrize(("name", "key"), NAMES)
def test_a_holiday_with_a_year_is_its_day_that_year(name: str, key: str, year: int) -> None:
    written, day = _one_day(f"The plant reopened after {name} {year}, the union said.", None)
    assert written == f"{name} {year}"
    assert day == named_day(key, year) is not None


@settings(max_examples=25, deadline=None)
@given(pub=published)
@pytest.mark.parametrize(("name", "key"), NAMES)
def test_a_holiday_in_a_past_sentence_is_the_last_one(name: str, key: str, pub: dt.date) -> None:
    written, day = _one_day(f"Shoppers crowded the stores on {name}, the chain said.", pub)
    this_year = named_day(key, pub.year)
    assert this_year is not None
    expected = this_year if this_year <= pub else named_day(key, pub.year - 1)
    assert (written, day) == (name, expected)


@settings(max_examples=25, deadline=None)
@given(pub=published)
@pytest.mark.parametrize(("name", "key"), NAMES)
def test_a_holiday_in_a_future_sentence_is_the_next_one(name: str, key: str, pub: dt.date) -> None:
    written, day = _one_day(f"The chain said the store will reopen after {name}.", pub)
    this_year = named_day(key, pub.year)
    assert this_year is not None
    expected = this_year if this_year >= pub else named_day(key, pub.year + 1)
    assert (written, day) == (name, expected)


@settings(max_examples=25, deadline=None)
@given(pub=published)
def test_last_and_next_christmas(pub: dt.date) -> None:
    last = _one_day("Sales were weak last Christmas.", pub)
    nxt = _one_day("Sales will be weak next Christmas.", pub)
    assert last[0] == "last Christmas" and nxt[0] == "next Christmas"
    assert last[1] is not None and nxt[1] is not None
    assert (last[1].month, last[1].day) == (nxt[1].month, nxt[1].day) == (12, 25)
    assert last[1] < pub < nxt[1] or pub.timetuple()[1:3] == (12, 25)


@pytest.mark.parametrize("year", range(1990, 2041))
def test_easter_is_the_gregorian_computus(year: int) -> None:
    assert _one_day(f"The talks resumed after Easter {year}.", None)[1] == easter(year)


@pytest.mark.parametrize(
    "text",
    [
        "Christmas sales fell 3%, the retailer said.",
        "Retailers hope for strong sales over the Christmas season.",
        "The ship sailed to Easter Island.",
        "Traffic was heavy over the Labor Day weekend.",
        "Christmas is a time of giving, the bishop said.",
        "Sales rose 5% during the Christmas period.",
        "Thousands watched the Thanksgiving Day parade.",
        "He was arrested for the Christmas Day bombing attempt.",
        "She wrote a song about Halloween costumes.",
        "The peace has held since the Good Friday Agreement was signed.",
    ],
)
def test_a_holiday_qualifying_a_noun_or_with_no_cue_is_no_date(text: str) -> None:
    assert _dates(text, dt.date(2009, 3, 4)) == []


def test_an_unresolved_holiday_is_described_by_name() -> None:
    ((_, value),) = _dates("Shoppers crowded the stores on Christmas Eve.", None)
    assert value.describe() == "Christmas Eve (year unknown)"
