"""The sentence around a statement, as readers see it (markup and front matter left out)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck.model import Document, Location

if TYPE_CHECKING:
    from claimcheck.engine import Analysis, RunResult

__all__ = ["Context", "Sentences", "sentence_of"]


@dataclass(frozen=True, slots=True)
class Context:
    """A sentence cut in three: before the statement, the statement, after it."""

    before: str
    figure: str
    after: str


def _plain_offset(doc: Document, offset: int) -> int:
    """The analysis-text offset whose character comes from file offset ``offset`` (or the next)."""
    if not doc.plain_to_file:
        return offset
    return bisect.bisect_left(doc.plain_to_file, offset)


def _squash(text: str) -> str:
    return " ".join(text.split())


class Sentences:
    """Finds the sentence around a location in the documents of one run."""

    def __init__(self, result: RunResult) -> None:
        self._docs = {d.path: d for d in result.documents}
        self._analyses = result.analyses

    def __call__(self, loc: Location, width: int = 160) -> Context | None:
        doc = self._docs.get(loc.path)
        analysis = self._analyses.get(doc.id) if doc is not None else None
        if doc is None or analysis is None or not analysis.segments:
            return None
        return sentence_of(doc, analysis, loc, width)


def sentence_of(
    doc: Document, analysis: Analysis, loc: Location, width: int = 160
) -> Context | None:
    """The sentence of ``doc`` holding ``loc``, cut to about ``width`` characters around it."""
    starts = [s.start for s in analysis.segments]
    i = bisect.bisect_right(starts, loc.start) - 1
    if i < 0 or analysis.segments[i].end < loc.end:
        return None
    seg = analysis.segments[i]
    p0, p1 = _plain_offset(doc, loc.start), _plain_offset(doc, loc.end)
    if not seg.plain_start <= p0 <= p1 <= seg.plain_end:
        return None
    raw_before, raw_after = doc.plain[seg.plain_start : p0], doc.plain[p1 : seg.plain_end]
    before, after = _squash(raw_before), _squash(raw_after)
    figure = _squash(doc.plain[p0:p1]) or _squash(loc.text)
    room = max(width - len(figure), 20) // 2
    if len(before) > room:
        before = "\u2026" + before[len(before) - room + 1 :].lstrip()
    if len(after) > room:
        after = after[: room - 1].rstrip() + "\u2026"
    if before and raw_before[-1:].isspace():
        before += " "
    if after and raw_after[:1].isspace():
        after = " " + after
    return Context(before, figure, after)
