"""The ``text`` format: one ruff-like line per finding, then the statements behind it.

::

    seeds/004.txt:20:92: CC201 error money-mismatch: ...
      this   seeds/004.txt:20:92   "$65-billion"  = 65,000,000,000 USD
      other  seeds/000.txt:17:190  "$62-billion"  = 62,000,000,000 USD
      why    ...
      same fact because: ...; confidence 0.90

Colour only when writing to a terminal.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from claimcheck.model import DateValue, Finding, Location, Money, Value
from claimcheck.plugin import hookimpl
from claimcheck.reporting import FormatOptions, FormatterSpec

if TYPE_CHECKING:
    from claimcheck.engine import RunResult

__all__ = ["render", "render_check", "render_extract"]

_COLORS = {"error": "31", "warning": "33", "info": "36", "dim": "2", "bold": "1", "code": "35"}


def _c(text: str, what: str, on: bool) -> str:
    return f"\x1b[{_COLORS[what]}m{text}\x1b[0m" if on else text


def _where(loc: Location) -> str:
    return f"{loc.path}:{loc.line}:{loc.column}"


def _short(text: str, limit: int = 90) -> str:
    t = " ".join(text.split())
    return t if len(t) <= limit else t[: limit - 1] + "\u2026"


def _statement(label: str, loc: Location, color: bool) -> list[str]:
    value = f"  = {loc.value.describe()}" if loc.value is not None else ""
    lines = [
        f"  {_c(label.ljust(6), 'dim', color)} {_where(loc)}  \u201c{_short(loc.text)}\u201d{value}"
    ]
    if loc.message:
        lines.append(f"  {'':6} {_c(loc.message, 'dim', color)}")
    return lines


def format_finding(f: Finding, color: bool = False) -> str:
    head = (
        f"{_c(_where(f.location), 'bold', color)}: {_c(f.code, 'code', color)} "
        f"{_c(f.severity, f.severity, color)} {f.rule}: {f.message}"
    )
    lines = [head, *_statement("this", f.location, color)]
    for r in f.related:
        lines.extend(_statement("other", r, color))
    if f.reason:
        lines.append(f"  {_c('why'.ljust(6), 'dim', color)} {f.reason}")
    tail = []
    if f.evidence:
        tail.append("same fact because: " + "; ".join(f.evidence))
    tail.append(f"confidence {f.confidence:.2f}")
    lines.append(f"  {'':6} {_c(', '.join(tail), 'dim', color)}")
    return "\n".join(lines)


def render_check(result: RunResult, options: FormatOptions) -> str:
    shown = result.shown
    out = [format_finding(f, options.color) + "\n" for f in shown]
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
    out.append(summary + ".\n")
    return "\n".join(out) if shown else out[-1]


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
            _c(f"{doc.path}", "bold", options.color)
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
