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
