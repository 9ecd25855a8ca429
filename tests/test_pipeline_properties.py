"""The whole pipeline never raises on arbitrary text and every mention's offsets are exact,
whatever the format."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.reading import DocumentError

NEWSY = st.sampled_from(
    [
        "killed 26 people",
        "$62-billion",
        "Rs 5 crore",
        "on Tuesday",
        "last month",
        "Prime Minister Shehbaz Sharif",
        "the Balochistan Liberation Army (BLA)",
        '"we will not negotiate," he said',
        "<b>26</b>&amp;",
        "**bold** [link](http://x.org/26)",
        "\n\n",
        "---\n",
        "“",
        "”",
        "20-13",
        "3:27 PM, Nov 21, 2024",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=30), NEWSY), max_size=12).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, fmt=st.sampled_from(["text", "markdown", "html"]))
def test_offsets_are_exact_on_any_text(text: str, fmt: str) -> None:
    if not text.strip():
        return
    try:
        mentions = claimcheck.extract_text(text, format=fmt, published=dt.date(2024, 11, 20))
    except DocumentError:  # malformed front matter is an input error, reported as such
        return
    for m in mentions:
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start : m.end] == m.text
