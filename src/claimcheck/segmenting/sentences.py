"""Sentence and paragraph segmentation of the analysis text.

Paragraphs: where a document separates paragraphs with blank lines, single line breaks are soft
wraps; otherwise every line is a paragraph (wire copy and scraped text). Sentences end at ``.``,
``!`` or ``?`` (with closing quotes or brackets) followed by white space and a capital letter,
digit or opening quote, except after common abbreviations, initials and honorifics.

Every pattern here runs in time linear in the text: a run of punctuation, spaces or
letters is scanned once, never again from each of its characters. :func:`split_long` cuts
a "sentence" longer than :data:`MAX_SENTENCE_CHARS` (a list or a table flattened into one
line, text without punctuation) at the last clause break or space before the limit; the
engine applies it to what any segmenter returns, and reports it, so whatever later stages
do per sentence stays bounded.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from claimcheck.model import Document, Segment
from claimcheck.plugin import hookimpl

__all__ = [
    "ABBREVIATIONS",
    "MAX_SENTENCE_CHARS",
    "claimcheck_segment",
    "segment_text",
    "split_long",
]

#: Longest sentence analysed as one; longer ones are cut into parts (news sentences are
#: shorter: the longest of the 14,000 in the ECB+ corpus has under 1,500 characters).
MAX_SENTENCE_CHARS = 2000

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
# Paragraph breaks: two or more line breaks (blank lines between paragraphs), or one or more
# (a paragraph per line), with the white space around them. A match starts at a line break,
# which the engine finds without trying every character, and runs are consumed
# possessively; :func:`_breaks` takes in the spaces and tabs before it.
_PARA_SPLIT_BLANK = regex.compile(r"\r?\n(?:[ \t]*+\r?\n)++")
_PARA_SPLIT_LINE = regex.compile(r"\r?\n(?:[ \t]*+\r?\n)*+")
_BOUNDARY = regex.compile(
    r"""(?<![.!?])[.!?]++['"\u2019\u201d\u00bb)\]]*+"""
    r"""(?=\s++['"\u2018\u201c\u00ab(\[]*+[\p{Lu}\p{N}])"""
)
# Where an over-long sentence may be cut, best first: after a clause mark, then at a space.
_CLAUSE_BREAK = regex.compile(r"[;:,\u2013\u2014]\s", regex.REVERSE)
_SPACE = regex.compile(r"\s", regex.REVERSE)
_WORD_BEFORE = regex.compile(r"([\p{L}.]+)\.?$")
_DOTTED_ACRONYM = regex.compile(r"(?:\p{L}\.)+\p{L}")


def _is_abbrev(text: str, dot: int, start: int) -> bool:
    m = _WORD_BEFORE.search(text, max(start, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1).rstrip(".").lower()
    if word in ABBREVIATIONS:
        return True
    # single initials ("J. Smith") and dotted acronyms ("U.S.")
    return len(word) == 1 or bool(_DOTTED_ACRONYM.fullmatch(word))


def _breaks(text: str, splitter: regex.Pattern[str]) -> list[tuple[int, int]]:
    """The spans of the paragraph breaks ``splitter`` finds, each from the first space or tab
    before its line breaks (each character is looked at once: the spaces taken in lie
    between the previous break and this one)."""
    out: list[tuple[int, int]] = []
    for m in splitter.finditer(text):
        s, e = m.span()
        while s > 0 and text[s - 1] in " \t":
            s -= 1
        out.append((s, e))
    return out


def segment_text(text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of each sentence of ``text``; white space trimmed."""
    splitter = _PARA_SPLIT_BLANK if _BLANK_PARA.search(text) else _PARA_SPLIT_LINE
    out: list[tuple[int, int, int]] = []
    para = 0
    pos = 0
    bounds = _breaks(text, splitter)
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


def split_long(
    text: str, start: int, end: int, limit: int = MAX_SENTENCE_CHARS
) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` into parts of at most ``limit`` characters, white space trimmed.

    Each cut is at the last clause break (``;``, ``:``, ``,``, a dash) in the second half of
    the window, else at its last space, else (one "word" longer than half the limit) at the
    limit itself. Text within the limit comes back whole.
    """
    parts: list[tuple[int, int]] = []
    s = start
    while end - s > limit:
        lo, hi = s + limit // 2, s + limit
        clause = _CLAUSE_BREAK.search(text, lo, hi + 1)
        space = clause or _SPACE.search(text, lo, hi + 1)
        cut = (space.start() + (1 if clause else 0)) if space else hi
        e = cut
        while e > s and text[e - 1].isspace():
            e -= 1
        parts.append((s, e))
        s = cut
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        parts.append((s, end))
    return parts


@hookimpl(trylast=True)
def claimcheck_segment(document: Document) -> Sequence[Segment] | None:
    segs = []
    for i, (s, e, p) in enumerate(segment_text(document.plain)):
        fs, fe = document.file_span(s, e)
        segs.append(Segment(start=fs, end=fe, plain_start=s, plain_end=e, paragraph=p, index=i))
    return segs
