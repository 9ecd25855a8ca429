"""The ``json`` format: the stable wire shape of DESIGN.md for ``check`` and ``extract``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from claimcheck.plugin import hookimpl
from claimcheck.reporting import FormatOptions, FormatterSpec
from claimcheck.reporting.jsontext import dumps_indented

if TYPE_CHECKING:
    from claimcheck.engine import RunResult
    from claimcheck.model import Document, Mention

__all__ = ["check_json", "extract_json", "mention_json", "render"]


def _tool(options: FormatOptions) -> dict[str, str]:
    from claimcheck import __version__

    return {"name": "claimcheck", "version": options.version or __version__}


def check_json(result: RunResult, options: FormatOptions) -> dict[str, Any]:
    """The ``check`` document as a JSON-ready dict."""
    out: dict[str, Any] = {
        "tool": _tool(options),
        "documents": [d.to_json() for d in result.documents],
        "findings": [f.to_json() for f in result.shown],
        "errors": [e.to_json() for e in result.errors],
    }
    if not result.complete:
        out["complete"] = False
    return out


def extract_json(result: RunResult, options: FormatOptions) -> dict[str, Any]:
    """The ``extract`` document as a JSON-ready dict."""
    mentions: list[dict[str, Any]] = []
    for doc in result.documents:
        a = result.analyses.get(doc.id)
        if a is None:
            continue
        mentions.extend(mention_json(doc, m, m.kind) for m in a.mentions)
    return {
        "tool": _tool(options),
        "documents": [d.to_json() for d in result.documents],
        "mentions": mentions,
        "errors": [e.to_json() for e in result.errors],
    }


def mention_json(doc: Document, m: Mention, kind: str) -> dict[str, Any]:
    """Where a mention stands in its document, what it says and its value, as JSON."""
    from claimcheck.reading.lines import line_col

    line, col = line_col(doc.text, m.start)
    return {
        "path": doc.path,
        "start": m.start,
        "end": m.end,
        "line": line,
        "column": col,
        "text": m.text,
        "kind": kind,
        "value": m.value.to_json(),
    }


def render(result: RunResult, options: FormatOptions) -> str:
    data = (
        extract_json(result, options)
        if options.command == "extract"
        else check_json(result, options)
    )
    return dumps_indented(data) + "\n"


@hookimpl
def claimcheck_formatters() -> Iterable[FormatterSpec]:
    return [
        FormatterSpec(
            name="json",
            description="machine-readable JSON (the shape fixed in DESIGN.md)",
            render=render,
            commands=("check", "extract"),
        )
    ]
