"""The ``rdjson`` format: reviewdog's Diagnostic Format as one JSON document.

``reviewdog -f=rdjson`` reads it and comments on the pull request at each finding. Positions
follow the format's definition: lines from 1, and columns from 1 counted in UTF-8 *bytes*
(so a finding after "Zürich" sits one column further right than in the text format); the
end position is exclusive. The statements a finding conflicts with are its
``related_locations``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from claimcheck.model import Finding, Location
from claimcheck.plugin import hookimpl
from claimcheck.reporting import FormatOptions, FormatterSpec
from claimcheck.reporting.jsontext import dumps_indented
from claimcheck.reporting.sarif import information_uri

if TYPE_CHECKING:
    from claimcheck.engine import RunResult

__all__ = ["diagnostic", "render"]

_SEVERITIES = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


class _Lines:
    """UTF-8 byte columns for the documents of a run, computed once per line asked for."""

    def __init__(self, texts: dict[str, str]) -> None:
        self._texts = texts

    def column(self, path: str, offset: int, column: int) -> int:
        """The 1-based byte column of ``offset``, whose code-point column is ``column``."""
        text = self._texts.get(path)
        if text is None:
            return column
        return len(text[offset - (column - 1) : offset].encode("utf-8")) + 1


def _range(loc: Location, lines: _Lines) -> dict[str, Any]:
    return {
        "start": {"line": loc.line, "column": lines.column(loc.path, loc.start, loc.column)},
        "end": {
            "line": loc.end_line,
            "column": lines.column(loc.path, loc.end, loc.end_column),
        },
    }


def diagnostic(f: Finding, lines: _Lines) -> dict[str, Any]:
    """One finding as a reviewdog Diagnostic."""
    return {
        "message": f.message,
        "location": {"path": f.location.path, "range": _range(f.location, lines)},
        "severity": _SEVERITIES[f.severity],
        "code": {"value": f.code},
        "related_locations": [
            {
                "message": r.message or "",
                "location": {"path": r.path, "range": _range(r, lines)},
            }
            for r in f.related
        ],
    }


def render(result: RunResult, options: FormatOptions) -> str:
    lines = _Lines({d.path: d.text for d in result.documents})
    data: dict[str, Any] = {
        "source": {"name": "claimcheck", "url": information_uri()},
        "diagnostics": [diagnostic(f, lines) for f in result.shown],
    }
    return dumps_indented(data) + "\n"


@hookimpl
def claimcheck_formatters() -> Iterable[FormatterSpec]:
    return [
        FormatterSpec(
            name="rdjson",
            description="reviewdog Diagnostic Format (reviewdog -f=rdjson)",
            render=render,
        )
    ]
