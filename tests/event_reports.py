"""Short reports of one event by two outlets, checked as a draft against its source, for the
tests of event dates and event kinds."""

from __future__ import annotations

import calendar
import datetime as dt

from claimcheck.api import check_texts
from claimcheck.model import Finding

WEEKDAYS = list(calendar.day_name)


def report(doc_id: str, title: str, body: str, published: str | None) -> dict[str, str]:
    """A Markdown report with its headline and, when given, its publication date."""
    meta = f'---\ntitle: "{title}"\n' + (f"published: {published}\n" if published else "") + "---\n"
    return {"id": doc_id, "text": meta + body + "\n", "format": "markdown"}


def date_findings(*docs: dict[str, str]) -> list[Finding]:
    """The warning- and error-level CC301 findings of the first report against the others."""
    res = check_texts(draft=docs[0], sources=list(docs[1:]))
    return [f for f in res.findings if f.code == "CC301" and f.severity != "info"]


def cites(f: Finding, doc_id: str, text: str) -> bool:
    """The finding cites a statement of ``doc_id`` containing ``text``."""
    return any(loc.path == doc_id and text in loc.text for loc in (f.location, *f.related))


#: (headline, body with a ``{day}`` slot) of the first report; (headline, body) of the second.
Story = tuple[str, str]


def weekday_on_or_before(published: str, day: str) -> dt.date:
    """The last ``day`` (a weekday name) on or before the publication date."""
    date = dt.date.fromisoformat(published)
    while WEEKDAYS[date.weekday()] != day:
        date -= dt.timedelta(days=1)
    return date


def assert_other_day_flagged(
    first: Story, second: Story, published: str, day: str, shift: int
) -> None:
    """The first report dates the event ``shift`` weekdays from the second's ``day``: a CC301
    finding cites both statements."""
    other = WEEKDAYS[(WEEKDAYS.index(day) + shift) % 7]
    a = report("a.md", first[0], first[1].format(day=f"on {other}"), published)
    b = report("b.md", second[0], second[1], published)
    found = date_findings(a, b)
    assert any(cites(f, "a.md", other) and cites(f, "b.md", day) for f in found), found


def assert_same_date_not_flagged(first: Story, second: Story, published: str, day: str) -> None:
    """The first report writes the second's weekday as the date it stands for: no finding."""
    date = weekday_on_or_before(published, day)
    written = f"on {date.strftime('%B')} {date.day}"
    a = report("a.md", first[0], first[1].format(day=written), published)
    b = report("b.md", second[0], second[1], published)
    assert date_findings(a, b) == []
