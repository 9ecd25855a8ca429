"""The ``sarif`` format: SARIF 2.1.0 for code-scanning dashboards and editors.

One run. The driver lists every rule (``id`` the code, ``name`` the kebab-case name, the rule's
documentation page as ``fullDescription``); each finding is a result whose primary location is
the statement (in the draft when there is one) and whose ``relatedLocations`` are the
statements it conflicts with, each with its message. ``partialFingerprints`` carries the
finding's content fingerprint under ``claimcheck/v1``, so an alert keeps its identity across
edits that do not touch the claim. Columns and character offsets count Unicode code points
(``columnKind: unicodeCodePoints``), as claimcheck's offsets do. Unreadable inputs, plugin
failures and a missed deadline are ``toolExecutionNotifications`` of the invocation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import PurePath, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from claimcheck.model import Finding, Location
from claimcheck.plugin import hookimpl
from claimcheck.reporting import FormatOptions, FormatterSpec
from claimcheck.reporting.jsontext import dumps_indented

if TYPE_CHECKING:
    from claimcheck.engine import RunResult
    from claimcheck.rulekit import RuleSpec

__all__ = ["FINGERPRINT_KEY", "SARIF_SCHEMA", "artifact_uri", "render", "sarif_log"]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
#: The key of claimcheck's fingerprint in ``partialFingerprints``; bump the version if the
#: fingerprint's recipe ever changes, so old alerts are not matched to new ones.
FINGERPRINT_KEY = "claimcheck/v1"
_FALLBACK_URI = "https://pypi.org/project/claimcheck/"
_LEVELS: Mapping[str, str] = {"error": "error", "warning": "warning", "info": "note"}


@lru_cache(maxsize=1)
def information_uri() -> str:
    """The project's home page from the installed distribution's metadata."""
    from importlib import metadata

    try:
        meta = metadata.metadata("claimcheck")
    except metadata.PackageNotFoundError:
        return _FALLBACK_URI
    for entry in meta.get_all("Project-URL") or ():
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "documentation", "source") and url.strip():
            return url.strip()
    home = (meta.get_all("Home-page") or [""])[0]
    return home if home.startswith("http") else _FALLBACK_URI


def artifact_uri(path: str) -> str:
    """A URI reference for a document path: relative paths stay relative, with ``/``."""
    p: PurePath = PureWindowsPath(path) if "\\" in path else PurePosixPath(path)
    if p.is_absolute():
        if isinstance(p, PureWindowsPath):
            return "file:///" + quote(p.as_posix(), safe="/:")
        return "file://" + quote(p.as_posix(), safe="/")
    return quote(p.as_posix(), safe="/")


def _region(loc: Location) -> dict[str, Any]:
    return {
        "startLine": loc.line,
        "startColumn": loc.column,
        "endLine": loc.end_line,
        "endColumn": loc.end_column,
        "charOffset": loc.start,
        "charLength": loc.end - loc.start,
        "snippet": {"text": loc.text},
    }


def _link_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _rule_descriptor(code: str, spec: RuleSpec | None, docs_base: str) -> dict[str, Any]:
    if spec is None:
        return {"id": code, "shortDescription": {"text": code}}
    doc = spec.doc.strip() or spec.summary
    return {
        "id": spec.code,
        "name": spec.name,
        "shortDescription": {"text": spec.summary},
        "fullDescription": {"text": doc, "markdown": doc},
        "help": {
            "text": f"{doc}\n\nRun `claimcheck rule {spec.code}` for this page.",
            "markdown": doc,
        },
        "helpUri": f"{docs_base}{spec.code}.md",
        "defaultConfiguration": {"level": _LEVELS[spec.default_severity]},
        "properties": {"tags": ["claimcheck", spec.name], "plugin": spec.plugin},
    }


def _notification(level: str, text: str, path: str | None = None, **extra: Any) -> dict[str, Any]:
    n: dict[str, Any] = {"level": level, "message": {"text": text}}
    if path:
        n["locations"] = [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(path)}}}]
    n.update(extra)
    return n


def sarif_log(result: RunResult, options: FormatOptions) -> dict[str, Any]:
    """The SARIF log as a JSON-ready dict."""
    from claimcheck import __version__

    docs_base = str(options.extra.get("docs_base", "docs/rules/"))
    shown = result.shown
    codes = sorted({*result.rules, *(f.code for f in shown)})
    rule_index = {code: i for i, code in enumerate(codes)}
    rules = [_rule_descriptor(c, result.rules.get(c), docs_base) for c in codes]
    artifact_index = {d.path: i for i, d in enumerate(result.documents)}
    artifacts = [
        {
            "location": {"uri": artifact_uri(d.path)},
            "roles": ["analysisTarget"],
            "properties": {k: v for k, v in d.to_json().items() if k != "path" and v is not None},
        }
        for d in result.documents
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "claimcheck",
                "version": options.version or __version__,
                "semanticVersion": options.version or __version__,
                "informationUri": information_uri(),
                "rules": rules,
            }
        },
        "invocations": [_invocation(result)],
        "artifacts": artifacts,
        "columnKind": "unicodeCodePoints",
        "results": [_sarif_result(f, rule_index, artifact_index) for f in shown],
    }
    if not result.complete:
        run["properties"] = {"complete": False}
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def _physical(loc: Location, artifact_index: dict[str, int]) -> dict[str, Any]:
    art: dict[str, Any] = {"uri": artifact_uri(loc.path)}
    if loc.path in artifact_index:
        art["index"] = artifact_index[loc.path]
    return {"artifactLocation": art, "region": _region(loc)}


def _sarif_result(
    f: Finding, rule_index: dict[str, int], artifact_index: dict[str, int]
) -> dict[str, Any]:
    """One finding as a SARIF result, its related locations linked from the message."""
    text = f.message
    if f.related:
        links = ", ".join(
            f"[{_link_text(r.path)}:{r.line}]({i})" for i, r in enumerate(f.related, start=1)
        )
        text += f" (see {links})"
    res: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": rule_index[f.code],
        "level": _LEVELS[f.severity],
        "message": {"text": text},
        "locations": [{"physicalLocation": _physical(f.location, artifact_index)}],
    }
    if f.related:
        res["relatedLocations"] = [
            {
                "id": i,
                "physicalLocation": _physical(r, artifact_index),
                "message": {"text": r.message or f"{r.path}: {r.text}"},
            }
            for i, r in enumerate(f.related, start=1)
        ]
    if f.fingerprint:
        res["partialFingerprints"] = {FINGERPRINT_KEY: f.fingerprint}
    props: dict[str, Any] = {"claim": f.claim, "confidence": round(f.confidence, 3)}
    if f.reason:
        props["reason"] = f.reason
    if f.evidence:
        props["evidence"] = list(f.evidence)
    props["values"] = [
        loc.value.to_json() if loc.value is not None else None for loc in (f.location, *f.related)
    ]
    res["properties"] = props
    return res


def _invocation(result: RunResult) -> dict[str, Any]:
    """Whether the run succeeded, with its unreadable files, failed hooks and deadline."""
    notifications = [_notification("error", e.message, e.path) for e in result.errors]
    notifications += [
        _notification(
            "error",
            str(fail),
            exception={"kind": type(fail.exc).__name__, "message": str(fail.exc)},
        )
        for fail in result.failures
    ]
    if not result.complete:
        notifications.append(
            _notification(
                "warning", "the deadline passed before every document and rule was checked"
            )
        )
    return {
        "executionSuccessful": not (result.errors or result.failures),
        "toolExecutionNotifications": notifications,
    }


def render(result: RunResult, options: FormatOptions) -> str:
    return dumps_indented(sarif_log(result, options)) + "\n"


@hookimpl
def claimcheck_formatters() -> Iterable[FormatterSpec]:
    return [
        FormatterSpec(
            name="sarif",
            description="SARIF 2.1.0 for GitHub code scanning and editors",
            render=render,
        )
    ]
