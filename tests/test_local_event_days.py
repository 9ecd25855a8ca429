"""The day of an incident across local reports that word it their own way.

Each incident (``tests/local_reports.py``) is told by two outlets with different sentence
orders and publication days: the day in the lead of one and only where the responders are
told in the other, relative days ("yesterday afternoon") against weekdays, an update stamp
above the story, an arrest told on a later day. Changing the weekday of one report's
statement must be flagged against the other report's statement of that day; writing the
weekday as the date it stands for, or leaving the reports as they are, must not.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.api import check_texts
from claimcheck.model import Finding
from tests.event_reports import WEEKDAYS, cites, report, weekday_on_or_before
from tests.local_reports import INCIDENTS, DayChange, Incident

_CHANGES = [(inc, ch) for inc in INCIDENTS for ch in inc.changes]


def _ids(item: tuple[Incident, DayChange]) -> str:
    return f"{item[0].name}-{item[1].doc}-{item[1].day}"


def _texts(inc: Incident, doc: str | None = None, new: str | None = None) -> list[dict[str, str]]:
    out = []
    for r in inc.reports:
        body = r.body
        if r.id == doc and new is not None:
            old = next(ch.statement for ch in inc.changes if ch.doc == doc)
            body = body.replace(old, new, 1)
        out.append(report(r.id, r.title, body, r.published))
    return out


def _flagged(docs: list[dict[str, str]], draft: str) -> list[Finding]:
    first = next(d for d in docs if d["id"] == draft)
    res = check_texts(draft=first, sources=[d for d in docs if d is not first])
    return [f for f in res.findings if f.severity != "info"]


@pytest.mark.parametrize("incident", INCIDENTS, ids=lambda inc: inc.name)
def test_the_reports_as_written_agree(incident: Incident) -> None:
    docs = _texts(incident)
    found = [f for f in _flagged(docs, docs[0]["id"]) if f.code.startswith("CC3")]
    assert found == [], [f.message for f in found]


@pytest.mark.parametrize("item", _CHANGES, ids=_ids)
@settings(max_examples=4, deadline=None)
@given(shift=st.integers(min_value=2, max_value=5))
def test_another_weekday_in_one_report_is_flagged(
    item: tuple[Incident, DayChange], shift: int
) -> None:
    inc, ch = item
    other = WEEKDAYS[(WEEKDAYS.index(ch.day) + shift) % 7]
    new = ch.statement.replace(ch.day, other)
    found = _flagged(_texts(inc, ch.doc, new), ch.doc)
    partner = next(r.id for r in inc.reports if r.id != ch.doc)
    assert any(
        f.code == "CC301"
        and cites(f, ch.doc, other)
        and cites(f, partner, ch.counterpart.split()[-1])
        for f in found
    ), [f.message for f in found]
    message = next(f.message for f in found if f.code == "CC301")
    assert message.startswith("The ") and " is dated " in message


@pytest.mark.parametrize("item", _CHANGES, ids=_ids)
def test_the_weekday_written_as_its_date_agrees(item: tuple[Incident, DayChange]) -> None:
    inc, ch = item
    published = next(r.published for r in inc.reports if r.id == ch.doc)
    date = weekday_on_or_before(published, ch.day)
    new = ch.statement.replace(ch.day, f"{date.strftime('%B')} {date.day}")
    found = [f for f in _flagged(_texts(inc, ch.doc, new), ch.doc) if f.code == "CC301"]
    assert found == [], [f.message for f in found]
