"""A dated update line in the body re-anchors the relative dates that follow it."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import DateValue
from claimcheck.normalization.hooks import update_stamps
from claimcheck.reading.files import DocInput

STAMPS = [
    ("UPDATE 5/21/16: Two more bodies were found.", dt.date(2016, 5, 21)),
    ("Updated: March 4, 2025\nThe road reopened.", dt.date(2025, 3, 4)),
    ("*UPDATE* 2024-11-20 - Police named the victim.", dt.date(2024, 11, 20)),
    ("Last updated 9 July 2013. Firefighters left the scene.", dt.date(2013, 7, 9)),
]


@pytest.mark.parametrize(("text", "day"), STAMPS)
def test_update_lines_are_found_with_their_dates(text: str, day: dt.date) -> None:
    assert [d for _, d in update_stamps(text)] == [day]


def test_relative_dates_after_an_update_line_resolve_against_it() -> None:
    text = (
        "The fire started on Friday, officials said.\n\n"
        "UPDATE 5/21/16: Officials said on Friday that two more bodies were found."
    )
    meta = {"published": dt.date(2016, 5, 16), "published_from": "manifest", "language": "en"}
    eng = Engine(Config())
    analysis = eng.analyze(eng.read(DocInput(path="a.txt", text=text, meta=meta)))
    fridays = [
        m.value for m in analysis.mentions if m.text == "Friday" and isinstance(m.value, DateValue)
    ]
    assert [v.start for v in fridays] == [dt.date(2016, 5, 13), dt.date(2016, 5, 20)]
    assert not any(c.mention.text == "5/21/16" for c in analysis.claims)
