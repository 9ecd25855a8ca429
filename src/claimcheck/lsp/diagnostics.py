"""A :class:`~claimcheck.lsp.checking.DraftCheck` as LSP 3.17 diagnostics and hover text.

Each finding becomes one diagnostic on the draft's figure: severity from the finding, the rule
code with a link to its page, ``source`` "claimcheck", the finding's message, the conflicting
statements as related information (their files and ranges, each with its own message), and
the finding's fingerprint in ``data`` (what a baseline or an inline suppression keys on).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from lsprotocol import types
from pygls.uris import from_fs_path

from claimcheck.lsp.checking import DraftCheck
from claimcheck.lsp.positions import LineIndex
from claimcheck.model import Finding, InputError, Location
from claimcheck.reporting.newsroom import newsroom_value

__all__ = ["RuleLinks", "diagnostics", "hover_text", "rule_links"]

SOURCE = "claimcheck"
_SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}
RuleLinks = Callable[[str], "str | None"]


def rule_links(base: str | None) -> RuleLinks:
    """Where a rule's page is: ``base`` + ``CODE.md`` (``{code}`` in ``base`` is replaced),
    else the ``docs/rules`` page of a source checkout, else nowhere."""
    if base:
        return lambda code: base.replace("{code}", code) if "{code}" in base else f"{base}{code}.md"
    here = Path(__file__).resolve()
    pages = next(
        (p / "docs" / "rules" for p in here.parents if (p / "docs" / "rules").is_dir()), None
    )
    if pages is None:
        return lambda code: None
    return lambda code: (
        from_fs_path(str(pages / f"{code}.md")) if (pages / f"{code}.md").is_file() else None
    )


def _range(index: LineIndex, start: int, end: int) -> types.Range:
    (l0, c0), (l1, c1) = index.position(start), index.position(end)
    return types.Range(start=types.Position(l0, c0), end=types.Position(l1, c1))


class _Places:
    """Line indexes of the documents of one check, built once each."""

    def __init__(self, check: DraftCheck, encoding: str) -> None:
        self._check = check
        self._encoding = encoding
        self._indexes: dict[str, LineIndex] = {}

    def index(self, path: str) -> LineIndex | None:
        if path not in self._indexes:
            text = self._check.text if path == self._check.path else self._check.texts.get(path)
            if text is None:
                return None
            self._indexes[path] = LineIndex.of(text, self._encoding)
        return self._indexes[path]

    def location(self, loc: Location) -> types.Location | None:
        index = self.index(loc.path)
        if index is None:
            return None
        uri = from_fs_path(os.path.abspath(loc.path)) or loc.path
        return types.Location(uri=uri, range=_range(index, loc.start, loc.end))


def _related(places: _Places, f: Finding) -> list[types.DiagnosticRelatedInformation]:
    out = []
    for r in f.related:
        where = places.location(r)
        if where is not None:
            out.append(
                types.DiagnosticRelatedInformation(location=where, message=r.message or r.text)
            )
    return out


_SOURCES_KEY = re.compile(r"^sources[ \t]*:", re.MULTILINE)


def _sources_line(text: str) -> int:
    """The offset of the front matter's ``sources:`` key, or 0 when there is none."""
    if not text.startswith("---"):
        return 0
    close = text.find("\n---", 3)
    found = _SOURCES_KEY.search(text, 0, close if close >= 0 else len(text))
    return found.start() if found else 0


def _problem(check: DraftCheck, index: LineIndex, p: InputError) -> types.Diagnostic:
    """An input problem (a source not found, a bad configuration) on the front matter's
    ``sources`` line when there is one, else on the first line."""
    start = _sources_line(check.text)
    end = check.text.find("\n", start)
    message = p.message if p.path == check.path else f"{p.path}: {p.message}"
    return types.Diagnostic(
        range=_range(index, start, end if end >= 0 else len(check.text)),
        message=message,
        severity=types.DiagnosticSeverity.Error,
        source=SOURCE,
    )


def diagnostics(check: DraftCheck, encoding: str, links: RuleLinks) -> list[types.Diagnostic]:
    """The diagnostics of one check of a draft, in the order of the findings."""
    places = _Places(check, encoding)
    index = places.index(check.path) or LineIndex.of(check.text, encoding)
    out = [_problem(check, index, p) for p in check.problems]
    for f in check.findings:
        href = links(f.code)
        out.append(
            types.Diagnostic(
                range=_range(index, f.location.start, f.location.end),
                message=f.message,
                severity=_SEVERITY[f.severity],
                code=f.code,
                code_description=types.CodeDescription(href=href) if href else None,
                source=SOURCE,
                related_information=_related(places, f) or None,
                data={"fingerprint": f.fingerprint, "rule": f.rule},
            )
        )
    return out


def _covering(check: DraftCheck, offset: int) -> Iterator[Finding]:
    for f in check.findings:
        spans = [f.location, *(r for r in f.related if r.path == check.path)]
        if any(s.start <= offset <= s.end for s in spans):
            yield f


#: What Markdown could read as markup inside a line (emphasis, code, links, HTML, tables).
_MARKDOWN = re.compile(r"([\\`*_\[\]<>|~])")


def _md(text: str) -> str:
    """``text`` with Markdown's punctuation escaped, so a sentence shows as written."""
    return _MARKDOWN.sub(r"\\\1", text)


def _statement(check: DraftCheck, loc: Location, role: str) -> str:
    """One statement of a finding: where it is, its sentence with the figure in bold, and
    the value it was read as when that is not simply its words."""
    name = "this draft" if loc.path == check.path else f"`{Path(loc.path).name}`"
    ctx = check.sentences.get((loc.path, loc.start, loc.end))
    said = (
        f"{_md(ctx.before)}**{_md(ctx.figure)}**{_md(ctx.after)}"
        if ctx is not None
        else f"**{_md(loc.text)}**"
    )
    line = f"- {role} ({name}, line {loc.line}): {said}"
    if loc.value is not None:
        value = newsroom_value(loc.value, check.languages.get(loc.path, "en"))
        if value and value != loc.text:
            line += f" (read as {_md(value)})"
    return line


def hover_text(check: DraftCheck, offset: int) -> str | None:
    """Markdown for a hover at ``offset`` in the draft: each finding there, with both
    statements and their values, or ``None`` when nothing is flagged there."""
    parts = []
    for f in _covering(check, offset):
        lines = [f"**{f.code} {f.rule}** ({f.severity}): {_md(f.message)}", ""]
        lines.append(_statement(check, f.location, "Here"))
        lines.extend(_statement(check, r, "Against") for r in f.related)
        if f.reason:
            lines += ["", _md(f.reason)]
        parts.append("\n".join(lines))
    return "\n\n---\n\n".join(parts) or None
