"""Paragraph breaks are found from their line breaks, not by trying every character: the
same breaks as a pattern anchored where a run of white space starts."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.segmenting.sentences import (
    _PARA_SPLIT_BLANK,
    _PARA_SPLIT_LINE,
    _breaks,
    segment_text,
)

# The breaks as first specified: a match starts only where a run of spaces and tabs starts.
_BLANK_SPEC = regex.compile(r"(?<![ \t])(?:[ \t]*+\r?\n){2,}+")
_LINE_SPEC = regex.compile(r"(?<![ \t])[ \t]*+\r?\n(?:[ \t]*+\r?\n)*+")

_WHITE_TEXT = st.text(alphabet=st.sampled_from([" ", "\t", "\r", "\n", "a", "B", "."]), max_size=60)


@settings(max_examples=1500, deadline=None)
@given(_WHITE_TEXT)
def test_breaks_are_the_specified_ones(text: str) -> None:
    assert _breaks(text, _PARA_SPLIT_BLANK) == [m.span() for m in _BLANK_SPEC.finditer(text)]
    assert _breaks(text, _PARA_SPLIT_LINE) == [m.span() for m in _LINE_SPEC.finditer(text)]


def test_paragraphs_of_wire_copy_and_of_blank_line_text() -> None:
    wire = "Storm hits coast.  \r\nTwo people died. \nRoads closed.\n"
    assert [(wire[s:e], p) for s, e, p in segment_text(wire)] == [
        ("Storm hits coast.", 0),
        ("Two people died.", 1),
        ("Roads closed.", 2),
    ]
    blank = "First line\nwraps here. Second one.\n \t\n\nNext paragraph."
    assert [(blank[s:e], p) for s, e, p in segment_text(blank)] == [
        ("First line\nwraps here.", 0),
        ("Second one.", 0),
        ("Next paragraph.", 1),
    ]
