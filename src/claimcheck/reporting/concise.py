"""The ``concise`` format: one line per finding, ``path:line:col: CODE message``.

::

    drafts/quetta.md:3:71: CC101 [error] The number of people killed is 32 here but 26 in ...

The shape compilers and linters print, so editors' problem matchers and ``errorformat``
parse it. File names are escaped (see :mod:`claimcheck.reporting.escape`): a name holding a
newline cannot forge a second line.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from claimcheck.model import Finding
from claimcheck.plugin import hookimpl
from claimcheck.reporting import FormatOptions, FormatterSpec
from claimcheck.reporting.escape import printable
from claimcheck.reporting.text import paint, summary_line

if TYPE_CHECKING:
    from claimcheck.engine import RunResult

__all__ = ["line", "render"]


def line(f: Finding, color: bool = False) -> str:
    """One finding on one line."""
    loc = f.location
    where = paint(f"{printable(loc.path)}:{loc.line}:{loc.column}:", "bold", color)
    message = " ".join(printable(f.message).split())
    return (
        f"{where} {paint(f.code, 'code', color)} [{paint(f.severity, f.severity, color)}] {message}"
    )


def render(result: RunResult, options: FormatOptions) -> str:
    out = [line(f, options.color) for f in result.shown]
    if not options.quiet:
        out.append(summary_line(result))
    return "".join(f"{x}\n" for x in out)


@hookimpl
def claimcheck_formatters() -> Iterable[FormatterSpec]:
    return [
        FormatterSpec(
            name="concise",
            description="one line per finding: path:line:col: CODE [severity] message",
            render=render,
        )
    ]
