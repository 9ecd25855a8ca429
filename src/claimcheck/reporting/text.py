"""The ``text`` format: one ruff-like line per finding, then the statements behind it.

::

    seeds/004.txt:20:92: CC201 error money-mismatch: ...
           │ ... a rescue package of $65-billion, the ministry said.
           │                         ^^^^^^^^^^^
      this   seeds/004.txt:20:92   "$65-billion"  = 65,000,000,000 USD
      other  seeds/000.txt:17:190  "$62-billion"  = 62,000,000,000 USD
      why    ...
      same fact because: ...; confidence 0.90

Under the headline, the sentence the finding is about, as a reader sees it (markup left
out), with the figure marked. File names are escaped (:mod:`claimcheck.reporting.escape`).
Colour only when writing to a terminal (or when asked for).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from claimcheck.model import DateValue, Finding, Location, Money, Value
from claimcheck.plugin import hookimpl
from claimcheck.reporting import FormatOptions, FormatterSpec
from claimcheck.reporting.context import Context, Sentences
from claimcheck.reporting.escape import printable

if TYPE_CHECKING:
    from claimcheck.engine import RunResult

__all__ = ["paint", "render", "render_check", "render_extract", "summary_line"]

_COLORS = {"error": "31", "warning": "33", "info": "36", "dim": "2", "bold": "1", "code": "35"}


def paint(text: str, what: str, on: bool) -> str:
    """``text`` in the terminal colour for ``what`` (a severity, "dim", "bold", "code")."""
    return f"\x1b[{_COLORS[what]}m{text}\x1b[0m" if on else text


_c = paint


def _where(loc: Location) -> str:
    return f"{printable(loc.path)}:{loc.line}:{loc.column}"


def _short(text: str, limit: int = 90) -> str:
    t = printable(" ".join(text.split()))
    return t if len(t) <= limit else t[: limit - 1] + "\u2026"


def _statement(label: str, loc: Location, color: bool) -> list[str]:
    value = f"  = {loc.value.describe()}" if loc.value is not None else ""
    lines = [
        f"  {_c(label.ljust(6), 'dim', color)} {_where(loc)}  \u201c{_short(loc.text)}\u201d{value}"
    ]
    if loc.message:
        lines.append(f"  {'':6} {_c(printable(loc.message), 'dim', color)}")
    return lines


def _sentence(ctx: Context, color: bool) -> list[str]:
    """The sentence with the figure marked: underlined by carets, and in colour on a terminal."""
    bar = _c("\u2502", "dim", color)
    before, figure, after = printable(ctx.before), printable(ctx.figure), printable(ctx.after)
    return [
        f"  {'':6} {bar} {before}{_c(figure, 'bold', color)}{after}",
        f"  {'':6} {bar} {' ' * len(before)}{_c('^' * max(len(figure), 1), 'error', color)}",
    ]


def format_finding(f: Finding, color: bool = False, sentence: Context | None = None) -> str:
    head = (
        f"{_c(_where(f.location), 'bold', color)}: {_c(f.code, 'code', color)} "
        f"{_c(f.severity, f.severity, color)} {f.rule}: {printable(f.message)}"
    )
    lines = [head]
    if sentence is not None:
        lines.extend(_sentence(sentence, color))
    lines.extend(_statement("this", f.location, color))
    for r in f.related:
        lines.extend(_statement("other", r, color))
    if f.reason:
        lines.append(f"  {_c('why'.ljust(6), 'dim', color)} {printable(f.reason)}")
    tail = []
    if f.evidence:
        tail.append("same fact because: " + printable("; ".join(f.evidence)))
    tail.append(f"confidence {f.confidence:.2f}")
    lines.append(f"  {'':6} {_c(', '.join(tail), 'dim', color)}")
    return "\n".join(lines)


def summary_line(result: RunResult) -> str:
    """The closing line: findings by severity, documents, errors, what was left out."""
    shown = result.shown
    counts = Counter(f.severity for f in shown)
    parts = [
        f"{counts[s]} {s}{'s' if counts[s] != 1 and s != 'info' else ''}"
        for s in ("error", "warning", "info")
    ]
    summary = f"{', '.join(parts)} in {len(result.documents)} document{'s' if len(result.documents) != 1 else ''}"
    if result.errors:
        summary += f"; {len(result.errors)} input error{'s' if len(result.errors) != 1 else ''}"
    if result.baselined:
        summary += f"; {result.baselined} baselined"
    if not result.complete:
        summary += "; incomplete (deadline reached)"
    if not shown and not result.errors:
        summary = "No conflicts found: " + summary
    return summary + "."


def render_check(result: RunResult, options: FormatOptions) -> str:
    sentences = Sentences(result)
    out = [format_finding(f, options.color, sentences(f.location)) + "\n" for f in result.shown]
    if not options.quiet:
        out.append(summary_line(result) + "\n")
    return "\n".join(out) if len(out) > 1 else "".join(out)


def _explain(value: Value) -> str:
    """A value as ``extract`` shows it: with what was assumed or resolved, and how."""
    text = value.describe()
    if isinstance(value, Money) and value.currency_assumed:
        text += f" (currency assumed for \u201c{value.currency_text}\u201d)"
    elif isinstance(value, DateValue) and value.resolution == "relative":
        text += " (relative, resolved against the publication date)"
    return text


def render_extract(result: RunResult, options: FormatOptions) -> str:
    from claimcheck.reading.lines import line_col

    out: list[str] = []
    for doc in result.documents:
        a = result.analyses.get(doc.id)
        if a is None:
            continue
        pub = doc.published.isoformat() if doc.published else "unknown"
        src = f" ({doc.published_from})" if doc.published_from else ""
        out.append(
            _c(printable(doc.path), "bold", options.color)
            + f"  published {pub}{src}, language {doc.language}"
        )
        rows = []
        for m in a.mentions:
            line, col = line_col(doc.text, m.start)
            rows.append((f"{line}:{col}", m.kind, _short(m.text, 48), _explain(m.value)))
        if not rows:
            out.append("  (no mentions)")
        w0 = max((len(r[0]) for r in rows), default=0)
        w1 = max((len(r[1]) for r in rows), default=0)
        w2 = max((len(r[2]) for r in rows), default=0)
        for pos, kind, text, val in rows:
            out.append(
                f"  {pos.rjust(w0)}  {_c(kind.ljust(w1), 'code', options.color)}  "
                f"{text.ljust(w2)}  {_c('→', 'dim', options.color)} {val}"
            )
        out.append("")
    counts = Counter(m.kind for a in result.analyses.values() for m in a.mentions)
    out.append(
        f"{sum(counts.values())} mentions in {len(result.analyses)} documents"
        + (": " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())) if counts else "")
    )
    return "\n".join(out) + "\n"


def render(result: RunResult, options: FormatOptions) -> str:
    if options.command == "extract":
        return render_extract(result, options)
    return render_check(result, options)


@hookimpl
def claimcheck_formatters() -> Iterable[FormatterSpec]:
    return [
        FormatterSpec(
            name="text",
            description="readable lines with both statements and their values (the default)",
            render=render,
            commands=("check", "extract"),
        )
    ]
