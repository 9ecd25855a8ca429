"""Publication dates from datelines: a line near the top that is essentially a date.

"- 03:27 PM, Nov 21, 2024", "Published: 21 November 2024", "Updated Nov. 21, 2024 3:27 p.m.".
A date inside a sentence near the top (a photo caption, "on Oct 6, 2024 ...") is not a
dateline.
"""

from __future__ import annotations

import datetime as dt

import regex

from claimcheck.model import DateValue, Document
from claimcheck.plugin import hookimpl

__all__ = ["claimcheck_publication_date", "find_dateline"]

_HEAD_LINES = 12
_FILLER = regex.compile(
    r"(?i)\b(?:published|updated|posted|last\s+updated|first\s+published|on|at|by|"
    r"(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)|[ap]\.?m\.?|"
    r"utc|gmt|ist|pkt|est|edt|cet|cest|bst|pst|pdt|hrs|ist)\b|[\s\-\u2013\u2014|\u2022\u00b7,.:/()]+"
)


def _head_lines(text: str, n: int = _HEAD_LINES) -> list[str]:
    """``text.splitlines()[:n]`` without splitting the whole of a long document."""
    lines = text[: n * 1024].splitlines()
    # with more than n lines in the head, the first n are whole
    return lines[:n] if len(lines) > n else text.splitlines()[:n]


def find_dateline(text: str, language: str = "en") -> dt.date | None:
    """The date of the first dateline-like line among the first lines of ``text``."""
    from claimcheck.extraction.dates.extractor import find_dates

    for line in _head_lines(text):
        if not line.strip() or len(line) > 80:
            continue
        for m in find_dates(line, language):
            v = m.value
            if not isinstance(v, DateValue) or v.granularity != "day" or not v.resolved:
                continue
            rest = line[: m.start] + " " + line[m.end :]
            if not _FILLER.sub("", rest).strip():
                return v.start
    return None


@hookimpl(trylast=True)
def claimcheck_publication_date(document: Document) -> dt.date | None:
    return find_dateline(document.plain, document.language)
