"""The body of a ``POST /v1/check`` answer: decision, findings, completeness and counts.

The decision follows the request's policy (``fail_on``, default ``error``): ``block`` when a
finding is at or above ``fail_on``, ``warn`` when another finding is a warning or an error,
``pass`` otherwise. Findings about the tool itself (CC9xx: a plugin that failed) never decide;
they make the answer incomplete instead (``incomplete_reason: "plugin_failure"``).

An incomplete answer never reads ``pass``: what was not checked has not passed. It reads
``block`` when what was checked already blocks, and ``warn`` otherwise, so a CMS that only looks
at the decision fails closed; ``complete`` and ``incomplete_reason`` say why.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from claimcheck.config import Config
from claimcheck.engine import RunResult
from claimcheck.http.validation import CheckRequest, Policy
from claimcheck.model import SEVERITY_RANK, Finding

__all__ = [
    "API_VERSION",
    "INCOMPLETE_REASONS",
    "check_body",
    "decide",
    "is_tool_finding",
    "select_findings",
]

API_VERSION = "1"

#: Why an answer can be incomplete: the deadline passed (the check was stopped), a plugin
#: failed, a document could not be read, or the worker running the check died.
INCOMPLETE_REASONS = ("timeout", "plugin_failure", "input_error", "worker_failure")


def is_tool_finding(f: Finding) -> bool:
    """A finding about the run itself (CC9xx), not about the documents."""
    return f.code.startswith("CC9")


def decide(findings: Iterable[Finding], fail_on: str = "error", *, complete: bool = True) -> str:
    """``block``, ``warn`` or ``pass`` for these findings under ``fail_on``; never ``pass``
    when the check is not ``complete``."""
    floor = SEVERITY_RANK.get(fail_on)  # None for "never"
    decision = "pass" if complete else "warn"
    for f in findings:
        if is_tool_finding(f):
            continue
        rank = SEVERITY_RANK[f.severity]
        if floor is not None and rank >= floor:
            return "block"
        if rank >= SEVERITY_RANK["warning"]:
            decision = "warn"
    return decision


def select_findings(
    findings: Sequence[Finding], policy: Policy, base: Config, draft_id: str
) -> list[Finding]:
    """The findings to report: about the draft, selected by the policy, at its minimum severity."""
    chooser = replace(base, select=policy.select or base.select, ignore=policy.ignore)
    floor = SEVERITY_RANK[policy.min_severity or base.min_severity]
    out = []
    for f in findings:
        involves_draft = f.location.path == draft_id or any(r.path == draft_id for r in f.related)
        if not (involves_draft or is_tool_finding(f)):
            continue
        if not is_tool_finding(f) and (
            SEVERITY_RANK[f.severity] < floor or not chooser.selects(f.code)
        ):
            continue
        out.append(f)
    return out


def _finding_json(f: Finding) -> dict[str, Any]:
    d = f.to_json()
    d["help_uri"] = f"/v1/rules/{f.code}"
    return d


def _reason(result: RunResult | None, timed_out: bool, worker_failed: bool) -> str | None:
    if worker_failed:
        return "worker_failure"
    if timed_out or result is None or not result.complete:
        return "timeout"
    if result.failures:
        return "plugin_failure"
    if result.errors:
        return "input_error"
    return None


def check_body(
    request: CheckRequest,
    result: RunResult | None,
    *,
    timed_out: bool,
    elapsed: float,
    config: Config,
    version: str,
    worker_failed: bool = False,
    stalled_in: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The JSON answer to a check (``result`` is ``None`` when nothing finished in time).

    ``stalled_in`` names the plugin (and function) a check that missed its deadline was
    running when it was stopped, when that is known.
    """
    findings = (
        select_findings(result.findings, request.policy, config, request.draft_id) if result else []
    )
    errors = [e.to_json() for e in result.errors] if result else []
    reason = _reason(result, timed_out, worker_failed)
    decision = decide(findings, request.policy.fail_on, complete=reason is None)
    counts = Counter(f.severity for f in findings if not is_tool_finding(f))
    body: dict[str, Any] = {
        "api_version": API_VERSION,
        "tool": {"name": "claimcheck", "version": version},
        "id": request.draft_id,
        "decision": decision,
        "complete": reason is None,
    }
    if reason is not None:
        body["incomplete_reason"] = reason
    if stalled_in:
        body["stalled_in"] = stalled_in
    if request.revision is not None:
        body["revision"] = request.revision
    body["summary"] = {s: counts[s] for s in ("error", "warning", "info")}
    body["findings"] = [_finding_json(f) for f in findings]
    body["documents"] = [d.to_json() for d in result.documents] if result else []
    body["errors"] = errors
    body["elapsed_ms"] = round(elapsed * 1000, 1)
    return body
