"""The ``junit`` format: JUnit XML, the test report every CI server reads.

One ``<testsuite>`` per checked document (its path is the suite's name), one ``<testcase>`` per
finding. A finding at or above the run's ``fail-on`` severity is a ``<failure>``; one below it
is a passing test case whose ``<system-out>`` holds the message, so CI dashboards show it
without turning red. A document without findings gets one passing test case, so a dashboard
shows it as checked; a file that could not be read is an ``<error>``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from claimcheck.model import SEVERITY_RANK, Finding
from claimcheck.plugin import hookimpl
from claimcheck.reporting import FormatOptions, FormatterSpec

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

    from claimcheck.engine import RunResult

__all__ = ["render"]


@cache
def _not_xml() -> re.Pattern[str]:
    """Characters XML 1.0 cannot hold at all, even escaped (compiled when a report is written:
    most runs write none)."""
    return re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _x(text: str) -> str:
    """``text`` with what XML cannot carry replaced by U+FFFD."""
    return _not_xml().sub("\ufffd", text)


def _details(f: Finding) -> str:
    rows = [f"{f.location.path}:{f.location.line}:{f.location.column}: {f.message}"]
    rows.append(f"  this:  \u201c{f.location.text}\u201d")
    rows += [f"  other: {r.path}:{r.line}:{r.column} \u201c{r.text}\u201d" for r in f.related]
    if f.reason:
        rows.append(f"  why:   {f.reason}")
    return _x("\n".join(rows))


def _failing(f: Finding, fail_on: str) -> bool:
    return fail_on != "never" and SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on]


def _case(suite: Element, f: Finding, fail_on: str) -> bool:
    from xml.etree import ElementTree as ET

    loc = f.location
    case = ET.SubElement(
        suite,
        "testcase",
        name=f"{f.code} {f.rule} at {loc.line}:{loc.column}",
        classname=_x(loc.path),
        time="0",
    )
    if _failing(f, fail_on):
        failure = ET.SubElement(case, "failure", message=_x(f.message), type=f.severity)
        failure.text = _details(f)
        return True
    ET.SubElement(case, "system-out").text = _details(f)
    return False


def _suite(root: Element, path: str) -> Element:
    from xml.etree import ElementTree as ET

    return ET.SubElement(
        root, "testsuite", name=_x(path), tests="0", failures="0", errors="0", time="0"
    )


def render(result: RunResult, options: FormatOptions) -> str:
    from xml.etree import ElementTree as ET

    fail_on = result.config.fail_on
    root = ET.Element("testsuites", name="claimcheck")
    by_path: dict[str, list[Finding]] = defaultdict(list)
    for f in result.shown:
        by_path[f.location.path].append(f)
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for e in result.errors:
        suite = _suite(root, e.path)
        case = ET.SubElement(suite, "testcase", name="read", classname=_x(e.path), time="0")
        error = ET.SubElement(case, "error", message=_x(e.message), type="input-error")
        error.text = _x(e.message)
        suite.set("tests", "1")
        suite.set("errors", "1")
        totals["tests"] += 1
        totals["errors"] += 1
    for doc in result.documents:
        suite = _suite(root, doc.path)
        findings = by_path.get(doc.path, [])
        failures = sum(_case(suite, f, fail_on) for f in findings)
        if not findings:
            ET.SubElement(suite, "testcase", name="no conflicts", classname=_x(doc.path), time="0")
        suite.set("tests", str(max(len(findings), 1)))
        suite.set("failures", str(failures))
        totals["tests"] += max(len(findings), 1)
        totals["failures"] += failures
    for key, n in totals.items():
        root.set(key, str(n))
    root.set("time", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


@hookimpl
def claimcheck_formatters() -> Iterable[FormatterSpec]:
    return [
        FormatterSpec(
            name="junit",
            description="JUnit XML (a test suite per document, a test case per finding)",
            render=render,
        )
    ]
