"""The ``github`` format: GitHub Actions workflow commands that annotate the checked files.

::

    ::error file=drafts/quetta.md,line=3,col=71,endLine=3,endColumn=73,title=CC101 count-mismatch::The people killed ...%0Aother: ...

Errors become ``::error``, warnings ``::warning`` and info ``::notice``. Values are escaped as
the workflow-command rules require: ``%``, CR and LF everywhere, and also ``:`` and ``,``
inside properties. GitHub shows only about ten annotations of each kind per step (and fifty per
job) and drops the rest silently, so the last line counts them and says how many will not be
shown as annotations; every one of them is still in the log.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from claimcheck.model import Finding, Location
from claimcheck.plugin import hookimpl
from claimcheck.reporting import FormatOptions, FormatterSpec

if TYPE_CHECKING:
    from claimcheck.engine import RunResult

__all__ = ["ANNOTATIONS_PER_KIND", "escape_data", "escape_property", "render"]

#: How many annotations of one kind GitHub shows for a step.
ANNOTATIONS_PER_KIND = 10
#: How many annotations GitHub shows for a whole job.
ANNOTATIONS_PER_JOB = 50
_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    """Escape a command's message (after ``::``)."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a property value (``file=``, ``title=``)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _position(loc: Location) -> str:
    parts = [f"file={escape_property(loc.path)}", f"line={loc.line}"]
    if loc.end_line == loc.line:
        parts += [f"col={loc.column}", f"endLine={loc.end_line}", f"endColumn={loc.end_column}"]
    else:
        parts.append(f"endLine={loc.end_line}")
    return ",".join(parts)


def _statement(label: str, loc: Location) -> str:
    value = f" = {loc.value.describe()}" if loc.value is not None else ""
    line = f"{label}: {loc.path}:{loc.line}:{loc.column} \u201c{' '.join(loc.text.split())}\u201d{value}"
    if loc.message:
        line += f" ({loc.message})"
    return line


def annotation(f: Finding) -> str:
    """One finding as a workflow command."""
    lines = [f.message, _statement("this", f.location)]
    lines += [_statement("other", r) for r in f.related]
    if f.reason:
        lines.append(f"why: {f.reason}")
    if f.evidence:
        lines.append("same fact because: " + "; ".join(f.evidence))
    title = escape_property(f"{f.code} {f.rule}")
    return f"::{_COMMANDS[f.severity]} {_position(f.location)},title={title}::{escape_data(chr(10).join(lines))}"


def render(result: RunResult, options: FormatOptions) -> str:
    out: list[str] = []
    for e in result.errors:
        out.append(
            f"::error file={escape_property(e.path)},title={escape_property('claimcheck input error')}"
            f"::{escape_data(e.message)}"
        )
    shown = result.shown
    out.extend(annotation(f) for f in shown)
    counts = Counter(_COMMANDS[f.severity] for f in shown)
    counts["error"] += len(result.errors)
    summary = (
        f"claimcheck: {counts['error']} error{'s' if counts['error'] != 1 else ''}, "
        f"{counts['warning']} warning{'s' if counts['warning'] != 1 else ''}, "
        f"{counts['notice']} notice{'s' if counts['notice'] != 1 else ''} "
        f"in {len(result.documents)} document{'s' if len(result.documents) != 1 else ''}"
    )
    if not result.complete:
        summary += "; incomplete (deadline reached)"
    notes = [
        f"{counts[k] - ANNOTATIONS_PER_KIND} more {k}{'s' if counts[k] - ANNOTATIONS_PER_KIND != 1 else ''}"
        for k in ("error", "warning", "notice")
        if counts[k] > ANNOTATIONS_PER_KIND
    ]
    total = sum(counts.values())
    if notes:
        summary += (
            f". GitHub shows {ANNOTATIONS_PER_KIND} annotations of each kind per step, so "
            + ", ".join(notes)
            + " appear only in this log"
        )
    elif total > ANNOTATIONS_PER_JOB:
        summary += f". GitHub shows {ANNOTATIONS_PER_JOB} annotations per job; the rest appear only in this log"
    out.append(summary + ".")
    return "\n".join(out) + "\n"


@hookimpl
def claimcheck_formatters() -> Iterable[FormatterSpec]:
    return [
        FormatterSpec(
            name="github",
            description="GitHub Actions annotations (::error file=...::message)",
            render=render,
        )
    ]
