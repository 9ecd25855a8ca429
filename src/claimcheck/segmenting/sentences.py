"""Sentence and paragraph segmentation of the analysis text.

Paragraphs: where a document separates paragraphs with blank lines, single line breaks are soft
wraps; otherwise every line is a paragraph (wire copy and scraped text). Sentences end at ``.``,
``!`` or ``?`` (with closing quotes or brackets) followed by white space and a capital letter,
digit or opening quote, except after common abbreviations, initials and honorifics.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from claimcheck.model import Document, Segment
from claimcheck.plugin import hookimpl

__all__ = ["ABBREVIATIONS", "claimcheck_segment", "segment_text"]

#: Abbreviations whose full stop does not end a sentence (lower case, without the stop).
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "cpl",
        "adm",
        "gov",
        "sen",
        "rep",
        "rev",
        "st",
        "jr",
        "sr",
        "sen",
        "hon",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "univ",
        "est",
        "approx",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "mt",
        "ft",
        "pres",
        "amb",
        "brig",
        "supt",
        "insp",
        "det",
        "cmdr",
    ]
)
_BLANK_PARA = regex.compile(r"\n[ \t]*\n")
_PARA_SPLIT_BLANK = regex.compile(r"(?:[ \t]*\r?\n){2,}")
_PARA_SPLIT_LINE = regex.compile(r"[ \t]*\r?\n(?:[ \t]*\r?\n)*")
_BOUNDARY = regex.compile(
    r"""[.!?]+['"\u2019\u201d\u00bb)\]]*(?=\s+['"\u2018\u201c\u00ab(\[]*[\p{Lu}\p{N}])"""
)
_WORD_BEFORE = regex.compile(r"([\p{L}.]+)\.?$")


def _is_abbrev(text: str, dot: int, start: int) -> bool:
    m = _WORD_BEFORE.search(text, max(start, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1).rstrip(".").lower()
    if word in ABBREVIATIONS:
        return True
    # single initials ("J. Smith") and dotted acronyms ("U.S.")
    return len(word) == 1 or bool(regex.fullmatch(r"(?:\p{L}\.)+\p{L}", word))


def segment_text(text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of each sentence of ``text``; white space trimmed."""
    splitter = _PARA_SPLIT_BLANK if _BLANK_PARA.search(text) else _PARA_SPLIT_LINE
    out: list[tuple[int, int, int]] = []
    para = 0
    pos = 0
    bounds = [m.span() for m in splitter.finditer(text)]
    bounds.append((len(text), len(text)))
    for bs, be in bounds:
        ps, pe = pos, bs
        pos = be
        while ps < pe and text[ps].isspace():
            ps += 1
        while pe > ps and text[pe - 1].isspace():
            pe -= 1
        if ps >= pe:
            continue
        s = ps
        for m in _BOUNDARY.finditer(text, ps, pe):
            if text[m.start()] == "." and _is_abbrev(text, m.start(), s):
                continue
            e = m.end()
            out.append((s, e, para))
            s = e
            while s < pe and text[s].isspace():
                s += 1
        if s < pe:
            out.append((s, pe, para))
        para += 1
    return out


@hookimpl(trylast=True)
def claimcheck_segment(document: Document) -> Sequence[Segment] | None:
    segs = []
    for i, (s, e, p) in enumerate(segment_text(document.plain)):
        fs, fe = document.file_span(s, e)
        segs.append(Segment(start=fs, end=fe, plain_start=s, plain_end=e, paragraph=p, index=i))
    return segs
