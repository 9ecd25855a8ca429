"""MEANTIME date extraction and normalization stay at or above their measured floors.

Runs ``eval/meantime_dates.py --json`` over ``corpora/meantime-en`` in the shared data folder
(skipped when it is not found, see ``eval/holdout.py``). Strict and relaxed extraction F1 and
value F1 (TempEval-3 style) of the tuning part, the blind part and all articles must not fall
below the floors; the gold side (what is in scope) must not change silently.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import pytest

from claimcheck import DateValue

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
from holdout import shared_root  # noqa: E402
from meantime_dates import range_ends, timex_value  # noqa: E402

from tests.eval_scripts import run_eval_json  # noqa: E402

CORPUS = shared_root() / "corpora" / "meantime-en"

#: part -> measure -> minimum F1, as measured (split by the first byte of SHA-1 of the doc id).
FLOORS: dict[str, dict[str, float]] = {
    "tuning": {"strict": 0.913, "relaxed": 0.944, "value": 0.888},
    "blind": {"strict": 0.857, "relaxed": 0.896, "value": 0.834},
    "all": {"strict": 0.888, "relaxed": 0.922, "value": 0.863},
}

#: The gold side as it is scored today: articles per part and in-scope gold TIMEX3s per part.
GOLD = {"tuning": (65, 167), "blind": (55, 139)}


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} not found")
    data: dict[str, Any] = run_eval_json("meantime_dates", "--corpus", str(CORPUS), timeout=300)
    return data


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_f1_at_or_above_floor(part: str, results: dict[str, Any]) -> None:
    scores = results[part]
    for measure, floor in FLOORS[part].items():
        assert scores[measure]["f1"] >= floor, f"{part} {measure}: {scores[measure]}"


def test_gold_side_unchanged(results: dict[str, Any]) -> None:
    assert results["articles"] == 120
    for part, (articles, gold) in GOLD.items():
        assert results["documents"][part] == articles
        assert results[part]["gold"] == gold
    assert results["all"]["gold"] == sum(g for _, g in GOLD.values())


def test_blind_failures_only_counted(results: dict[str, Any]) -> None:
    """The tuning part's failures are listed by category, the blind part's only counted."""
    assert set(results["tuning_failures"]) == {"missed", "spurious", "wrong value", "boundary"}
    assert all(isinstance(v, int) for v in results["blind_failure_counts"].values())


@pytest.mark.parametrize(
    ("start", "end", "granularity", "expected"),
    [
        ("2007-03-04", "2007-03-04", "day", "2007-03-04"),
        ("2007-03-05", "2007-03-11", "week", "2007-W10"),
        ("2007-03-10", "2007-03-11", "day", "2007-W10-WE"),
        ("2007-03-01", "2007-03-31", "month", "2007-03"),
        ("2007-01-01", "2007-03-31", "quarter", "2007-Q1"),
        ("2007-07-01", "2007-12-31", "half", "2007-H2"),
        ("2007-01-01", "2007-12-31", "year", "2007"),
        ("1970-01-01", "1979-12-31", "decade", "197"),
        ("2009-01-01", "2010-12-31", "year", "2009-01-01/2010-12-31"),
    ],
)
def test_timex_value(start: str, end: str, granularity: str, expected: str) -> None:
    value = DateValue(
        start=dt.date.fromisoformat(start),
        end=dt.date.fromisoformat(end),
        granularity=granularity,  # type: ignore[arg-type]
    )
    assert timex_value(value) == expected


def test_timex_value_unresolved_and_reference() -> None:
    assert timex_value(DateValue(start=None, end=None, timex="XXXX-WXX-2")) == "XXXX-WXX-2"

    class Ref:  # a date value carrying the DESIGN.md ``reference`` field
        reference = "present"
        start = end = None

    assert timex_value(Ref()) == "PRESENT_REF"


def test_timex_value_of_a_clock_time_is_its_day() -> None:
    # a TIMEX3 TIME is scored by its date; a clock time alone without a known day keeps its timex
    at = DateValue(start=None, end=None, timex="T1800", day=dt.date(2009, 12, 15))
    assert timex_value(at) == "2009-12-15"
    assert timex_value(DateValue(start=None, end=None, timex="T1800")) == "T1800"


def test_modified_period_and_two_ended_range() -> None:
    early = DateValue(
        start=dt.date(2009, 1, 1), end=dt.date(2009, 4, 30), granularity="month", timex="2009:early"
    )
    assert timex_value(early) == "2009"
    span = DateValue(
        start=dt.date(2009, 1, 1),
        end=dt.date(2011, 12, 31),
        granularity="year",
        timex="(2009,2011)",
    )
    assert timex_value(span) == "2009-01-01/2011-12-31"
    assert range_ends(span) == ("2009", "2011")
    assert range_ends(early) is None


@pytest.mark.parametrize(
    ("start", "end", "granularity", "timex", "expected"),
    [
        # TimeML annotates the period and leaves "earlier"/"later"/"late" to the text
        ("2009-03-01", "2009-03-03", "month", "PRESENT_REF-month:earlier", "2009-03"),
        ("2009-03-04", "2009-12-31", "year", "PRESENT_REF-year:later", "2009"),
        ("2009-03-02", "2009-03-03", "week", "PRESENT_REF-week:earlier", "2009-W10"),
        ("1997-01-01", "1999-12-31", "decade", "199X:late", "199"),
        # a fiscal year named, and one placed around the publication date (its year)
        ("2008-02-01", "2009-12-31", "fiscal_year", "FY2009", "FY2009"),
        ("2008-04-01", "2010-02-28", "fiscal_year", "PRESENT_REF-fiscal", "FY2009"),
    ],
)
def test_timex_value_of_modified_and_fiscal_periods(
    start: str, end: str, granularity: str, timex: str, expected: str
) -> None:
    value = DateValue(
        start=dt.date.fromisoformat(start),
        end=dt.date.fromisoformat(end),
        granularity=granularity,  # type: ignore[arg-type]
        timex=timex,
    )
    assert timex_value(value) == expected
