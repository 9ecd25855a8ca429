"""The day of an event across reports (CC301) and a weekday against its date (CC302).

The sentences are written for these tests: different wordings of one event's day, and the
dates that are not the event's (a statement's, something still to come, a page's stamp).
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.api import check, check_texts
from claimcheck.model import Finding
from tests.event_reports import (
    WEEKDAYS,
    assert_other_day_flagged,
    assert_same_date_not_flagged,
    cites,
    date_findings,
    report,
)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


# one event told by two outlets: the first report's day is filled in, the second's is fixed
_PAIRS = [
    (
        (
            "Gunman kills 2 at Riverside party",
            "A gunman opened fire at a crowded party {day}, "
            "killing two people in Riverside, police said.",
        ),
        (
            "Two dead in Riverside shooting",
            "Two people were killed in a shooting at a party in Riverside on Sunday.",
        ),
        "2025-03-09",
        "Sunday",
    ),
    (
        (
            "Fire guts Harbor Street warehouse",
            "A fire destroyed a warehouse on Harbor Street "
            "in Dunmore {day}, the fire department said.",
        ),
        (
            "Warehouse burns in Dunmore",
            "The fire broke out at the Harbor Street warehouse in "
            "Dunmore on Tuesday afternoon and burned for six hours.",
        ),
        "2025-06-12",
        "Tuesday",
    ),
    (
        (
            "Crash on Route 4 kills three",
            "Three people died when a truck crossed the median "
            "of Route 4 near Millbrook and hit a van in a crash {day}.",
        ),
        (
            "Three killed in Route 4 crash",
            "The crash on Route 4 near Millbrook on Friday killed three people, state police said.",
        ),
        "2025-05-04",
        "Friday",
    ),
]


@pytest.mark.parametrize(("first", "second", "published", "day"), _PAIRS)
def test_the_main_event_dated_on_another_day_is_flagged(
    first: tuple[str, str], second: tuple[str, str], published: str, day: str
) -> None:
    assert_other_day_flagged(first, second, published, day, shift=3)


@pytest.mark.parametrize(("first", "second", "published", "day"), _PAIRS)
def test_the_same_day_in_other_words_is_not_flagged(
    first: tuple[str, str], second: tuple[str, str], published: str, day: str
) -> None:
    assert_same_date_not_flagged(first, second, published, day)


@pytest.mark.parametrize(
    "body",
    [
        # the day a statement was made, not the day of the shooting
        "Police said on Wednesday that a gunman killed two people at a party in Riverside.",
        # something still to come
        "Two people were killed at a party in Riverside. A vigil is planned for Wednesday.",
        # one night told from both sides of midnight
        "A gunman killed two people at a party in Riverside late Saturday night.",
    ],
)
def test_dates_that_are_not_the_event_day_are_not_flagged(body: str) -> None:
    a = report("a.md", "Two killed at Riverside party", body, "2025-03-09")
    b = report(
        "b.md",
        "Riverside party shooting",
        "Two people were killed in a shooting at a party in Riverside early on Sunday.",
        "2025-03-09",
    )
    assert date_findings(a, b) == []


def test_undated_reports_compare_weekdays_as_a_warning() -> None:
    a = report(
        "a.md",
        "Teen shot by police in Brooklyn",
        "Kimani Gray, 16, was shot by police in Brooklyn on Tuesday after officers said he "
        "pointed a gun at them.",
        None,
    )
    b = report(
        "b.md",
        "Brooklyn teen killed by police",
        "Kimani Gray, 16, was shot by police in Brooklyn on Saturday night, officers said.",
        None,
    )
    found = date_findings(a, b)
    assert found and all(f.severity == "warning" for f in found)
    assert any(cites(f, "a.md", "Tuesday") and cites(f, "b.md", "Saturday") for f in found)


# ---------------------------------------------------------------------------------------
# CC302: a weekday against a date written without its year


def _weekday_findings(text: str, published: dt.date) -> list[Finding]:
    res = check_texts(draft={"id": "a.txt", "text": text, "published": published.isoformat()})
    return [f for f in res.findings if f.code == "CC302"]


@settings(max_examples=25, deadline=None)
@given(
    published=st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2030, 12, 31)),
    back=st.integers(min_value=1, max_value=60),
    shift=st.integers(min_value=1, max_value=6),
)
def test_a_wrong_weekday_on_a_date_without_its_year_is_flagged(
    published: dt.date, back: int, shift: int
) -> None:
    when = published - dt.timedelta(days=back)
    right = WEEKDAYS[when.weekday()]
    wrong = WEEKDAYS[(when.weekday() + shift) % 7]
    date = f"{when.strftime('%B')} {when.day}"
    assert _weekday_findings(f"The council voted on {right}, {date}.", published) == []
    flagged = _weekday_findings(f"The council voted on {wrong}, {date}.", published)
    assert len(flagged) == 1 and wrong in flagged[0].message


def test_a_weekday_that_fits_the_coming_year_is_not_flagged() -> None:
    # 7 January 2026 is a Wednesday; in a report of 20 December 2025 it is the coming one
    text = "The new rules take effect on Wednesday, January 7, the ministry said."
    assert _weekday_findings(text, dt.date(2025, 12, 20)) == []


# ---------------------------------------------------------------------------------------
# the seeds with one date changed in one article


def _perturbed_seeds(tmp_path: Path, name: str, old: str, new: str) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    target = folder / name
    text = target.read_text(encoding="utf-8")
    assert text.count(old) == 1
    target.write_text(text.replace(old, new), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("old", "new", "changed"),
    [
        ("On November 9, the group claimed", "On November 19, the group claimed", "November 19"),
        ("was approved in June, reflecting", "was approved in May, reflecting", "May"),
    ],
)
def test_a_date_changed_in_one_seed_is_found(
    tmp_path: Path, old: str, new: str, changed: str
) -> None:
    name = "000_3d5d9e3a4461c3fe.txt"
    folder = _perturbed_seeds(tmp_path, name, old, new)
    res = check([str(folder)])
    hits = [
        f
        for f in res.findings
        if f.code == "CC301"
        and f.location.path.endswith(name)
        and f.location.text == changed
        and any(not r.path.endswith(name) for r in f.related)
    ]
    assert hits, [f.message for f in res.findings if f.code == "CC301"]


def test_the_seeds_as_they_are_have_no_date_conflict() -> None:
    res = check([str(SEEDS)])
    assert [f.message for f in res.findings if f.code in ("CC301", "CC302")] == []


@pytest.mark.parametrize(
    "bound",
    [
        "just before Christmas 2002",
        "just before December 25, 2002",
        "days before Dec. 25, 2002",
        "shortly before New Year's Day 2003",
    ],
)
def test_a_date_the_event_lies_before_is_not_its_day(bound: str) -> None:
    """A date after "before" or "until" in the sentence naming the main event bounds another
    event ("convicted Nov. 14 ... for the death of their unborn son just before Christmas
    2002"): the conviction's day stays the one written beside it."""
    first = report(
        "a.md",
        "Peterson jury recommends death",
        "A jury recommended the death penalty for Scott Peterson on Monday. Peterson was "
        "convicted Nov. 14 of first-degree murder for the death of Laci Peterson and "
        f"second-degree murder for the death of their unborn son {bound}.",
        None,
    )
    second = report(
        "b.md",
        "Jury convicts Peterson",
        "On November 12, a jury in Redwood City convicted Scott Peterson of first-degree murder.",
        None,
    )
    found = date_findings(first, second)
    assert any(cites(f, "a.md", "Nov. 14") and cites(f, "b.md", "November 12") for f in found)
