"""Date extraction and resolution: table-driven cases and the relative-date policy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import tomllib

from claimcheck.extraction.dates.extractor import find_dates
from claimcheck.model import DateValue
from claimcheck.normalization.dates import resolve_date

DATA = Path(__file__).parent / "data" / "dates"


def _cases() -> list[Any]:
    params = []
    for path in sorted(DATA.glob("*.toml")):
        language = path.stem
        with path.open("rb") as fh:
            table = tomllib.load(fh)
        for i, case in enumerate(table["case"]):
            params.append(pytest.param(language, case, id=f"{language}-{i}-{case['text'][:40]}"))
    return params


def _resolved(text: str, language: str, published: dt.date | None) -> dict[str, tuple[Any, Any]]:
    out: dict[str, tuple[Any, Any]] = {}
    for m in find_dates(text, language):
        assert m.kind == "date"
        assert isinstance(m.value, DateValue)
        surface = text[m.start : m.end]
        value = resolve_date(m.value, published, tense=m.attrs.get("tense"))
        out[surface] = (m, value)
    return out


@pytest.mark.parametrize(("language", "case"), _cases())
def test_table(language: str, case: dict[str, Any]) -> None:
    published = case.get("published")
    pub = dt.date.fromisoformat(published) if published else None
    found = _resolved(case["text"], language, pub)
    expected = case.get("expect", [])
    assert sorted(found) == sorted(e["text"] for e in expected)
    for exp in expected:
        mention, value = found[exp["text"]]
        for key in ("start", "end"):
            if key in exp:
                assert getattr(value, key) == dt.date.fromisoformat(exp[key]), key
        for key in ("granularity", "timex", "resolution"):
            if key in exp:
                assert getattr(value, key) == exp[key], key
        assert value.weekday == exp.get("weekday")
        if "tense" in exp:
            assert mention.attrs.get("tense") == exp["tense"]


# --------------------------------------------------------------------------------------------
# the relative-date policy, value by value

WED = dt.date(2024, 11, 20)


def _unresolved(timex: str, granularity: str = "day") -> DateValue:
    return DateValue(
        start=None, end=None, granularity=granularity, timex=timex, resolution="unresolved"
    )  # type: ignore[arg-type]


def _span(value: DateValue) -> tuple[str, str]:
    assert value.start is not None and value.end is not None
    return value.start.isoformat(), value.end.isoformat()


@pytest.mark.parametrize(
    ("timex", "tense", "expected"),
    [
        ("XXXX-WXX-2", None, "2024-11-19"),  # most recent Tuesday
        ("XXXX-WXX-3", None, "2024-11-20"),  # the publication day itself
        ("XXXX-WXX-3", "past", "2024-11-20"),
        ("XXXX-WXX-4", None, "2024-11-14"),
        ("XXXX-WXX-4", "future", "2024-11-21"),  # future tense: the next one
        ("XXXX-WXX-2", "future", "2024-11-26"),
        ("XXXX-WXX-3", "future", "2024-11-20"),
        ("XXXX-WXX-3:last", None, "2024-11-13"),  # strictly before
        ("XXXX-WXX-2:last", None, "2024-11-19"),
        ("XXXX-WXX-3:next", None, "2024-11-27"),  # strictly after
        ("XXXX-WXX-4:next", "past", "2024-11-21"),
    ],
)
def test_weekday_policy(timex: str, tense: str | None, expected: str) -> None:
    value = resolve_date(_unresolved(timex), WED, tense=tense)
    assert _span(value) == (expected, expected)
    assert value.resolution == "relative"


@pytest.mark.parametrize(
    ("timex", "tense", "start", "end"),
    [
        ("PAST_REF-month-1", None, "2024-10-01", "2024-10-31"),
        ("PRESENT_REF-month", None, "2024-11-01", "2024-11-30"),
        ("FUTURE_REF-month-1", None, "2024-12-01", "2024-12-31"),
        ("PAST_REF-month-1", None, "2024-10-01", "2024-10-31"),
        ("PAST_REF-year-1", None, "2023-01-01", "2023-12-31"),
        ("PAST_REF-week-1", None, "2024-11-11", "2024-11-17"),
        ("PRESENT_REF-week:earlier", None, "2024-11-18", "2024-11-19"),
        ("PRESENT_REF-week:later", None, "2024-11-20", "2024-11-24"),
        ("PAST_REF-weekend-1", None, "2024-11-16", "2024-11-17"),
        ("PRESENT_REF-quarter", None, "2024-10-01", "2024-12-31"),
        ("PAST_REF-quarter-1", None, "2024-07-01", "2024-09-30"),
        ("PAST_REF-year-1:late", None, "2023-09-01", "2023-12-31"),
        ("PAST_REF-day-1", None, "2024-11-19", "2024-11-19"),
        ("XXXX-10", "past", "2024-10-01", "2024-10-31"),
        ("XXXX-12", "past", "2023-12-01", "2023-12-31"),  # a past December: last year's
        ("XXXX-12", None, "2024-12-01", "2024-12-31"),
        ("XXXX-01", "future", "2025-01-01", "2025-01-31"),  # a future January: next year's
        ("XXXX-10", "future", "2025-10-01", "2025-10-31"),
        ("XXXX-11", "past", "2024-11-01", "2024-11-30"),
        ("XXXX-10:next", None, "2025-10-01", "2025-10-31"),
        ("XXXX-12:last", None, "2023-12-01", "2023-12-31"),
        ("XXXX-11:late", None, "2024-11-21", "2024-11-30"),
        ("XXXX-02:late", None, "2024-02-21", "2024-02-29"),
        ("XXXX-Q3", None, "2024-07-01", "2024-09-30"),
        ("XXXX-Q1", "future", "2025-01-01", "2025-03-31"),
        ("XXXX-11-25", "past", "2023-11-25", "2023-11-25"),
        ("XXXX-11-09", "past", "2024-11-09", "2024-11-09"),
        ("(XXXX-11:late,XXXX-12:mid)", None, "2024-11-21", "2024-12-20"),
        ("(XXXX-12-28,XXXX-01-03)", None, "2024-12-28", "2025-01-03"),
        ("(XXXX-WXX-1,XXXX-WXX-5)", None, "2024-11-18", "2024-11-22"),
        ("(2019-01,FUTURE_REF-day-1)", None, "2019-01-01", "2024-11-21"),
    ],
)
def test_period_policy(timex: str, tense: str | None, start: str, end: str) -> None:
    assert _span(resolve_date(_unresolved(timex), WED, tense=tense)) == (start, end)


def test_leap_day_without_year_goes_to_a_leap_year() -> None:
    value = resolve_date(_unresolved("XXXX-02-29"), dt.date(2023, 3, 22), tense="past")
    assert _span(value) == ("2020-02-29", "2020-02-29")


def test_unresolvable_and_already_resolved_values_are_returned_unchanged() -> None:
    impossible = _unresolved("XXXX-02-30")
    assert resolve_date(impossible, WED) is impossible
    absolute = DateValue(start=WED, end=WED, timex="2024-11-20")
    assert resolve_date(absolute, dt.date(2030, 1, 1)) is absolute
    relative = _unresolved("PAST_REF-month-1")
    assert resolve_date(relative, None) is relative


def test_publication_datetime_is_accepted() -> None:
    value = resolve_date(_unresolved("PAST_REF-day-1"), dt.datetime(2024, 11, 20, 15, 27))
    assert _span(value) == ("2024-11-19", "2024-11-19")


def test_mention_attrs_carry_tense_and_offsets_are_exact() -> None:
    text = "The court said on Monday it will rule on Friday, and it met in October."
    mentions = find_dates(text)
    surfaces = {text[m.start : m.end]: m.attrs.get("tense") for m in mentions}
    assert surfaces == {"Monday": "past", "Friday": "future", "October": "past"}


def test_unsupported_language_yields_nothing() -> None:
    assert find_dates("19 ноября 2024 года", "ru") == []
    assert find_dates("", "en") == []


def test_regional_language_tags_use_the_base_grammar() -> None:
    (m,) = find_dates("It happened on 19 Sept 2024.", "en-GB")
    assert m.value.start == dt.date(2024, 9, 19)
