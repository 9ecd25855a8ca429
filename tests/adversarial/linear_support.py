"""Timing one analysis the way the linear-time tests compare them: CPU time, best of runs."""

from __future__ import annotations

import time

from claimcheck.engine import Analysis, Engine
from claimcheck.reading.files import DocInput

SUFFIX = {"text": "txt", "markdown": "md", "html": "html"}


def analyse(engine: Engine, text: str, fmt: str = "text") -> Analysis:
    """Read and analyse (with framing) one document given as text."""
    doc = engine.read(DocInput(path=f"doc.{SUFFIX[fmt]}", text=text, format=fmt))
    return engine.analyze(doc)


def cpu_seconds(engine: Engine, text: str, fmt: str = "text", runs: int = 1) -> float:
    """The least CPU time of ``runs`` analyses of ``text`` (other jobs add, never subtract)."""
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        analyse(engine, text, fmt)
        best = min(best, time.process_time() - t0)
    return best


def repeat_to(unit: str, size: int) -> str:
    """``unit`` repeated to ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def assert_offsets_exact(analysis: Analysis) -> None:
    """Every mention's text is the file text at its offsets, and its analysis-text offsets
    map to the same place."""
    doc = analysis.document
    for m in analysis.mentions:
        assert 0 <= m.start <= m.end <= len(doc.text)
        assert doc.text[m.start : m.end] == m.text
        assert doc.file_span(m.plain_start, m.plain_end) == (m.start, m.end)
