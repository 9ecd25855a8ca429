"""The ``gitlab`` format: a GitLab Code Quality report (``artifacts:reports:codequality``).

A JSON array of issues in the subset of the Code Climate engine specification that GitLab
reads: ``description``, ``check_name``, ``fingerprint``, ``severity`` (``info``, ``minor``,
``major``, ``critical``, ``blocker``) and ``location`` with a path and positions. GitLab uses
the fingerprint to tell new issues from fixed ones between a merge request and its target,
so it is the finding's own fingerprint, stable across edits that do not touch the claim.

Errors become ``major``, warnings ``minor`` and info ``info``; a file that could not be read
is a ``blocker`` (nothing in it was checked).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from claimcheck.model import Finding, InputError, Location
from claimcheck.plugin import hookimpl
from claimcheck.reporting import FormatOptions, FormatterSpec
from claimcheck.reporting.jsontext import dumps_indented

if TYPE_CHECKING:
    from claimcheck.engine import RunResult

__all__ = ["SEVERITIES", "issue", "render"]

#: claimcheck severity -> Code Quality severity.
SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def _positions(loc: Location) -> dict[str, Any]:
    return {
        "begin": {"line": loc.line, "column": loc.column},
        "end": {"line": loc.end_line, "column": loc.end_column},
    }


def _body(f: Finding) -> str:
    """The Markdown shown when the issue is expanded: the statements and why they conflict."""
    rows = [f"- this: `{f.location.path}:{f.location.line}` \u201c{f.location.text}\u201d"]
    rows += [f"- other: `{r.path}:{r.line}` \u201c{r.text}\u201d" for r in f.related]
    if f.reason:
        rows.append(f"\n{f.reason}")
    return "\n".join(rows)


def issue(f: Finding) -> dict[str, Any]:
    """One finding as a Code Quality issue."""
    return {
        "type": "issue",
        "check_name": f"{f.code} {f.rule}",
        "description": f.message,
        "content": {"body": _body(f)},
        "categories": ["Bug Risk"],
        "severity": SEVERITIES[f.severity],
        "fingerprint": f.fingerprint,
        "location": {"path": f.location.path, "positions": _positions(f.location)},
    }


def _error_issue(e: InputError) -> dict[str, Any]:
    digest = hashlib.sha256(f"{e.path}\0{e.message}".encode()).hexdigest()[:32]
    return {
        "type": "issue",
        "check_name": "input-error",
        "description": f"Not checked: {e.message}",
        "categories": ["Bug Risk"],
        "severity": "blocker",
        "fingerprint": digest,
        "location": {"path": e.path, "lines": {"begin": 1}},
    }


def render(result: RunResult, options: FormatOptions) -> str:
    issues = [_error_issue(e) for e in result.errors] + [issue(f) for f in result.shown]
    return dumps_indented(issues) + "\n"


@hookimpl
def claimcheck_formatters() -> Iterable[FormatterSpec]:
    return [
        FormatterSpec(
            name="gitlab",
            description="GitLab Code Quality report (JSON, for artifacts:reports:codequality)",
            render=render,
        )
    ]
