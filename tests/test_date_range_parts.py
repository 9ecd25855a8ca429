"""A date range written as two date expressions carries its two ends as dates of their own.

"from 2009 to 2011", "1957-58", "between March 3 and 12", "vom 3. bis 5. März", "du 3 au 5
mars": each end has its own span (exact offsets into the file text) and its own value, read
with what the range shares (the century of "58", the month and year of "12").
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
from collections.abc import Sequence

import pytest
from babel.dates import get_month_names
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import extract_text
from claimcheck.extraction.dates.extractor import find_dates
from claimcheck.model import DatePart, DateValue, Mention, RawMention


def _range(mentions: Sequence[Mention | RawMention]) -> Mention | RawMention:
    ranges = [m for m in mentions if isinstance(m.value, DateValue) and m.value.parts]
    assert len(ranges) == 1, [(m.text, m.value) for m in mentions]
    return ranges[0]


def _ends(text: str, m: Mention | RawMention) -> tuple[DatePart, DatePart]:
    assert isinstance(m.value, DateValue) and m.value.parts is not None
    for part in m.value.parts:
        assert text[part.start : part.end] == part.text
        assert m.start <= part.start < part.end <= m.end
    return m.value.parts


def _year(value: DateValue) -> int:
    assert value.start is not None and value.end is not None
    assert (value.start, value.end) == (
        dt.date(value.start.year, 1, 1),
        dt.date(value.start.year, 12, 31),
    )
    return value.start.year


def _day(value: DateValue) -> dt.date:
    assert value.start is not None and value.start == value.end
    return value.start


YEAR_FORMS = {
    "en": ("{a}-{b}", "{a}–{b}", "from {a} to {b}", "between {a} and {b}"),
    "de": ("{a}-{b}", "von {a} bis {b}", "zwischen {a} und {b}"),
    "fr": ("{a}-{b}", "de {a} à {b}", "entre {a} et {b}"),
}
SENTENCE = {
    "en": "The program ran {d}, in the region.",
    "de": "Das Programm lief {d}, in der Region.",
    "fr": "Le programme a fonctionné {d}, dans la région.",
}


@settings(max_examples=50, deadline=None)
@given(
    lang=st.sampled_from(sorted(YEAR_FORMS)),
    first=st.integers(1950, 2040),
    length=st.integers(1, 9),
    form=st.integers(0, 3),
)
def test_year_ranges_carry_both_years(lang: str, first: int, length: int, form: int) -> None:
    forms = YEAR_FORMS[lang]
    last = first + length
    date = forms[form % len(forms)].format(a=first, b=last)
    text = SENTENCE[lang].format(d=date)
    a, b = _ends(text, _range(find_dates(text, lang)))
    assert (a.text, b.text) == (str(first), str(last))
    assert (_year(a.value), _year(b.value)) == (first, last)


@settings(max_examples=40, deadline=None)
@given(first=st.integers(1950, 2090), length=st.integers(1, 9))
def test_two_figure_second_year_takes_the_century(first: int, length: int) -> None:
    last = first + length
    if last // 100 != first // 100:
        last = first // 100 * 100 + 99
        if last == first:
            return
    short = f"{last % 100:02d}"
    text = f"During the {first}-{short} season, attendance fell."
    a, b = _ends(text, _range(find_dates(text)))
    assert (a.text, b.text) == (str(first), short)
    assert (_year(a.value), _year(b.value)) == (first, last)


DAY_FORMS = {
    "en": ("between {mon} {a} and {b}, {y}", "{mon} {a}-{b}, {y}", "from {mon} {a} to {b}, {y}"),
    "de": ("vom {a}. bis {b}. {mon} {y}", "zwischen dem {a}. und {b}. {mon} {y}"),
    "fr": ("du {a} au {b} {mon} {y}", "entre le {a} et le {b} {mon} {y}"),
}


@settings(max_examples=60, deadline=None)
@given(
    lang=st.sampled_from(sorted(DAY_FORMS)),
    year=st.integers(1990, 2035),
    month=st.integers(1, 12),
    first=st.integers(1, 27),
    length=st.integers(1, 10),
    form=st.integers(0, 2),
)
def test_day_ranges_share_month_and_year(
    lang: str, year: int, month: int, first: int, length: int, form: int
) -> None:
    last = min(first + length, 28)
    if last == first:
        return
    name = get_month_names("wide", locale=lang)[month]
    forms = DAY_FORMS[lang]
    date = forms[form % len(forms)].format(mon=name, a=first, b=last, y=year)
    text = SENTENCE[lang].format(d=date)
    a, b = _ends(text, _range(find_dates(text, lang)))
    assert _day(a.value) == dt.date(year, month, first)
    assert _day(b.value) == dt.date(year, month, last)
    assert a.text.startswith(name if lang == "en" else str(first))
    assert b.text.startswith(str(last))


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Sales rose from April to June in 2017.", ("April", "June")),
        ("The show runs Nov 18-Dec 19, 2015 downtown.", ("Nov 18", "Dec 19, 2015")),
        ("It was closed 10/1/2019-11/7/2019 for works.", ("10/1/2019", "11/7/2019")),
        ("Figures for 01/2019-03/2019 were revised.", ("01/2019", "03/2019")),
    ],
)
def test_ends_of_other_range_shapes(text: str, ends: tuple[str, str]) -> None:
    a, b = _ends(text, _range(extract_text(text)))
    assert (a.text, b.text) == ends
    assert a.value.start is not None and b.value.end is not None


@pytest.mark.parametrize(
    ("text", "ends", "days"),
    [
        ("The festival ran from March 3 to 12 in the old town.", ("March 3", "12"), (3, 3, 3, 12)),
        (
            "It was shut between March 28 and April 2 last spring.",
            ("March 28", "April 2"),
            (3, 28, 4, 2),
        ),
    ],
)
def test_yearless_range_ends_resolve_with_the_range(
    text: str, ends: tuple[str, str], days: tuple[int, int, int, int]
) -> None:
    m = _range(extract_text(text, published=dt.date(2024, 6, 20)))
    a, b = _ends(text, m)
    assert (a.text, b.text) == ends
    assert _day(a.value) == dt.date(2024, days[0], days[1])
    assert _day(b.value) == dt.date(2024, days[2], days[3])


def test_offsets_are_into_the_file_text() -> None:
    html = "<p>The &amp; works ran <b>from 2009</b> to 2011 in Paris.</p>"
    m = _range(extract_text(html, format="html"))
    a, b = _ends(html, m)
    assert (a.text, b.text) == ("2009", "2011")


def test_one_expression_is_not_split() -> None:
    for text in ("In the 1990s prices rose.", "Prices rose in 2009 and 2010."):
        for m in find_dates(text):
            assert isinstance(m.value, DateValue) and m.value.parts is None


def test_parts_in_json_pickle_and_identity() -> None:
    text = "It ran from 2009 to 2011."
    m = _range(extract_text(text))
    assert isinstance(m.value, DateValue)
    data = json.loads(json.dumps(m.value.to_json()))
    assert [(p["text"], p["value"]["start"]) for p in data["parts"]] == [
        ("2009", "2009-01-01"),
        ("2011", "2011-01-01"),
    ]
    assert pickle.loads(pickle.dumps(m.value)) == m.value
    assert pickle.loads(pickle.dumps(m.value)).parts == m.value.parts
    whole = DateValue(start=m.value.start, end=m.value.end, granularity="year", timex=m.value.timex)
    assert whole == m.value and hash(whole) == hash(m.value)
    assert "parts" not in whole.to_json()
